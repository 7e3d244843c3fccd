//! Etlworks (`/rest/v1/*`): the generated `Api` traits implemented on the services (one
//! file per tag under [`api`]), the services beside them, and the error shape mock mode
//! shares. Real mode serves the tags in [`SERVED_TAGS`]: sign-in (JWTs, API keys, tenant
//! tokens, password reset and update, SSO, TOTP), users, tenants and profiles, flows,
//! their runs and executions, schedules, connections, formats and listeners with export
//! and import, the explorer, the audit log and the recycle bin, webhooks (with [`events`]
//! and their delivery) and messages, tags and search, templates, macros and the
//! transformation functions, Composer drafts, the OAuth helpers, and system and
//! operations ([`operations`]: info, health, settings, modules, metrics, agents, billing
//! and backups).

mod api;
pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod composer;
pub mod connections;
pub mod connectors;
pub mod error;
pub mod events;
pub mod executions;
pub mod explorer;
pub mod fields;
pub mod fixtures;
pub mod flows;
pub mod functions;
pub mod jobs;
pub mod macros;
pub mod messages;
pub mod oauth;
pub mod operations;
pub mod profile;
pub mod recycle_bin;
pub mod runs;
pub mod schedules;
pub mod search;
pub mod tags;
pub mod templates;
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
    "Flows",
    "Executions",
    "Schedules",
    "Connections",
    "Explorer & SQL",
    "Audit & recycle bin",
    "Webhooks & messages",
    "Tags & search",
    "Templates & macros",
    "Composer",
    "OAuth helpers",
    "System & operations",
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
    .around(|inner, mut req| async move {
        let path = req.uri().path().to_string();
        token_from_query(&mut req);
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

/// Log downloads take the token as the `Authorization` query parameter too (a browser
/// link cannot send the header): when the header is absent, the parameter stands in.
fn token_from_query(req: &mut poem::Request) {
    use poem::http::header::{HeaderValue, AUTHORIZATION};
    if req.headers().contains_key(AUTHORIZATION) || req.uri().path() != DOWNLOAD_PATH {
        return;
    }
    let params: std::collections::BTreeMap<String, String> = req.params().unwrap_or_default();
    let value = params
        .get("Authorization")
        .and_then(|v| HeaderValue::from_str(v).ok());
    if let Some(value) = value {
        req.headers_mut().insert(AUTHORIZATION, value);
    }
}

const DOWNLOAD_PATH: &str = "/rest/v1/executions/console/download";

fn render(err: &EtlworksError, path: &str) -> poem::Response {
    poem::Response::builder()
        .status(err.status())
        .content_type("application/json")
        .body(err.body(path).to_string())
}
