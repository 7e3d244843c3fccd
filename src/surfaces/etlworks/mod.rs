//! Etlworks (`/rest/v1/*`): the generated `Api` traits implemented on the services (one
//! file per tag under [`api`]), the services beside them, and the error shape mock mode
//! shares. Real mode serves the tags in [`SERVED_TAGS`]: sign-in (JWTs, API keys, tenant
//! tokens, password reset and update, SSO, TOTP), users, tenants and profiles, the audit
//! log and the recycle bin, webhooks (with [`events`] and their delivery) and messages.

mod api;
pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod error;
pub mod events;
pub mod fields;
pub mod fixtures;
pub mod jobs;
pub mod messages;
pub mod profile;
pub mod recycle_bin;
pub mod tenants;
pub mod users;
pub mod webhooks;

use std::sync::Arc;

use generated::etlworks::v1 as contract;
use poem::{Endpoint, EndpointExt, IntoEndpoint};

use self::error::EtlworksError;
use crate::http::dispatch::Surface;
use crate::http::mounting;
use crate::state::AppState;

pub use api::Etlworks;

/// The tags whose every operation real mode serves (a test keeps the list, the routes
/// and the schemathesis run in step).
pub const SERVED_TAGS: &[&str] = &[
    "Authentication",
    "Users & tenants",
    "Audit & recycle bin",
    "Webhooks & messages",
];

/// Etlworks mounted for the dispatcher: the served tags only, every error in Etlworks'
/// shape with the request's path.
pub fn surface(state: &AppState) -> Surface {
    let api = Arc::new(Etlworks::new(state.clone()));
    let spec: Option<serde_json::Value> = serde_yaml_ng::from_str(contract::SPEC_YAML).ok();
    let endpoint = mounting::mount(&contract::CONTRACT, || {
        contract::service(api.clone())
            .into_endpoint()
            .map_to_response()
    })
    .around(|inner, req| async move {
        let path = req.uri().path().to_string();
        match inner.call(req).await {
            Err(err) => match err.downcast_ref::<EtlworksError>() {
                Some(etl) => Ok(render(etl, &path)),
                None => Err(err),
            },
            ok => ok,
        }
    })
    .boxed();
    Surface {
        product: contract::PRODUCT,
        operations: mounting::operations_tagged(&contract::CONTRACT, SERVED_TAGS),
        owned_prefixes: &["/rest/"],
        endpoint,
        shape: Box::new(error::Shape),
        spec,
        guard: None,
        conventions: Default::default(),
    }
}

fn render(err: &EtlworksError, path: &str) -> poem::Response {
    poem::Response::builder()
        .status(err.status())
        .content_type("application/json")
        .body(err.body(path).to_string())
}
