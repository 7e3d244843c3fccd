//! The product surfaces: real mode's implementations of the generated `Api` traits, and
//! each product's error conventions (which mock mode shares).

pub mod accounts;
pub mod datawiza;
pub mod etlworks;
pub mod kadi4mat;
pub mod kawa;
pub mod syntho;

use std::sync::Arc;

use poem::{EndpointExt, IntoEndpoint};

use crate::http::dispatch::Surface;
use crate::state::AppState;

/// Every surface real mode serves, in routing order: Syntho's exact paths under `/api/`
/// before Kadi4Mat, which owns the rest of that prefix.
pub fn mounted(state: &AppState) -> Vec<Surface> {
    vec![
        Surface {
            product: "datawiza",
            operations: generated::datawiza::v1::OPERATIONS,
            owned_prefixes: &["/admin/api/"],
            endpoint: generated::datawiza::v1::service(Arc::new(datawiza::Datawiza::new(
                state.clone(),
            )))
            .into_endpoint()
            .map_to_response()
            .boxed(),
            shape: Box::new(datawiza::error::Shape),
            spec: serde_yaml_ng::from_str(generated::datawiza::v1::SPEC_YAML).ok(),
            guard: None,
            conventions: Default::default(),
        },
        Surface {
            product: "syntho",
            operations: generated::syntho::v1::OPERATIONS,
            // Kadi4Mat owns the rest of `/api/`.
            owned_prefixes: &["/api/v1/auth/", "/api/v1/workspaces/"],
            endpoint: generated::syntho::v1::service(Arc::new(syntho::Syntho::new(state.clone())))
                .into_endpoint()
                .map_to_response()
                .boxed(),
            shape: Box::new(syntho::error::Shape),
            spec: serde_yaml_ng::from_str(generated::syntho::v1::SPEC_YAML).ok(),
            guard: None,
            conventions: Default::default(),
        },
        kadi4mat::surface(state),
        kawa::surface(state),
        etlworks::surface(state),
    ]
}
