//! KAWA (`/authentication/*`, `/backoffice/*`, `/commands/secured/run`, `/ingestion/*`,
//! `/computation/*`, `/uploads/*`, `/health`): the generated `Api` traits implemented on the store, one
//! file per tag under [`api`]; services beside them; the error shape. Real mode serves
//! the tags in [`SERVED_TAGS`]: the control plane (sign-in, principals, workspaces, the
//! directory, the server and the command bus), the data tier's datasources, sheets,
//! loads, queries and uploaded files, workflows with their background runs, dashboards
//! and applications, script runners, scripts and agents: every tag of the contract.

pub mod agents;
mod api;
pub mod applications;
pub mod commands;
pub mod computation;
pub mod dashboards;
pub mod datasources;
pub mod directory;
pub mod error;
pub mod files;
pub mod fixtures;
pub mod ingestion;
pub mod parts;
pub mod principals;
pub mod providers;
pub mod runners;
pub mod scripts;
pub mod server;
pub mod sessions;
pub mod sheets;
pub mod usage;
pub mod workflows;
pub mod workspaces;

use std::sync::Arc;

use generated::kawa::v1 as contract;
use poem::{Endpoint, EndpointExt, IntoEndpoint};

use self::error::KawaError;
use crate::authz::kawa::{self as authz, Caller, Credential};
use crate::http::dispatch::Surface;
use crate::http::mounting;
use crate::state::AppState;

/// The tags whose every operation real mode serves: every tag of the contract (a test
/// keeps the list, the routes and the schemathesis run in step).
pub const SERVED_TAGS: &[&str] = &[
    "Authentication",
    "Server",
    "Commands",
    "Users",
    "Workspaces",
    "Datasources",
    "Sheets",
    "Ingestion",
    "Computation",
    "Uploads",
    "Workflows",
    "Dashboards and applications",
    "Scripts and agents",
];

/// The real-mode KAWA surface.
pub struct Kawa {
    state: AppState,
    /// Who was seen lately, so that activity is written at most once a minute each.
    recent: Arc<usage::Recent>,
}

impl Kawa {
    pub fn new(state: AppState) -> Self {
        Kawa {
            state,
            recent: Arc::default(),
        }
    }

    /// The caller behind `auth`, with the workspace header checked when sent; its
    /// activity is recorded for the usage report.
    async fn caller(
        &self,
        auth: &contract::ApiKeyOrAccessTokenCookie,
        workspace: Option<&str>,
    ) -> Result<Caller, KawaError> {
        let credential = match auth {
            contract::ApiKeyOrAccessTokenCookie::ApiKey(k) => Credential::ApiKey(k.0.key.trim()),
            contract::ApiKeyOrAccessTokenCookie::AccessTokenCookie(c) => {
                Credential::Session(c.0.key.trim())
            }
        };
        // A blank header names no workspace, as an absent one.
        let workspace = workspace.map(str::trim).filter(|w| !w.is_empty());
        let caller = authz::caller(&self.state, credential, workspace).await?;
        usage::seen(&self.state, &self.recent, caller.id()).await;
        Ok(caller)
    }
}

/// Where the command bus is (kywy doubles its first slash; the dispatcher collapses it).
const COMMAND_PATH: &str = "/commands/secured/run";

/// Where kywy uploads rows.
const UPLOAD_PATH: &str = "/ingestion/upload";

/// kywy's pandas path posts Parquet labelled `Content-Type: application/json`: a body
/// that starts with Parquet's magic is relabelled as the bytes it is, so the contract's
/// `application/octet-stream` operation takes it.
async fn relabel_parquet(req: &mut poem::Request) {
    let labelled_json = req
        .content_type()
        .is_some_and(|t| t.starts_with("application/json"));
    if !labelled_json {
        return;
    }
    let bytes = req.take_body().into_bytes().await.unwrap_or_default();
    if bytes.starts_with(b"PAR1") {
        req.headers_mut().insert(
            poem::http::header::CONTENT_TYPE,
            poem::http::HeaderValue::from_static("application/octet-stream"),
        );
    }
    req.set_body(bytes);
}

/// KAWA mounted for the dispatcher: the served tags only, every error in KAWA's shape
/// with the request's path and the time, a refused command body explained.
pub fn surface(state: &AppState) -> Surface {
    let api = Arc::new(Kawa::new(state.clone()));
    let clock = state.clock.clone();
    let stamp_clock = clock.clone();
    let spec: Option<serde_json::Value> = serde_yaml_ng::from_str(contract::SPEC_YAML).ok();
    let command_spec = Arc::new(spec.clone().unwrap_or_default());
    let endpoint = mounting::mount(&contract::CONTRACT, || {
        contract::service(api.clone())
            .into_endpoint()
            .map_to_response()
    })
    .around(move |inner, mut req| {
        let clock = stamp_clock.clone();
        let spec = command_spec.clone();
        async move {
            let path = req.uri().path().to_string();
            if path == UPLOAD_PATH {
                relabel_parquet(&mut req).await;
            }
            // The dispatcher has buffered the body already: keeping a copy is cheap.
            let body = if path == COMMAND_PATH {
                let bytes = req.take_body().into_bytes().await.unwrap_or_default();
                req.set_body(bytes.clone());
                Some(bytes)
            } else {
                None
            };
            let err = match inner.call(req).await {
                Err(err) => err,
                ok => return ok,
            };
            let refusal = match err.downcast_ref::<KawaError>() {
                Some(kawa) => Some(kawa.clone()),
                None if err.is::<poem_openapi::error::ParseRequestPayloadError>() => body
                    .as_deref()
                    .and_then(|b| commands::refusals::explain(&spec, b)),
                None => None,
            };
            match refusal {
                Some(kawa) => Ok(kawa.render(&path, clock.now_ms())),
                None => Err(err),
            }
        }
    })
    .boxed();
    Surface {
        product: contract::PRODUCT,
        operations: mounting::operations_tagged(&contract::CONTRACT, SERVED_TAGS),
        owned_prefixes: &[
            "/authentication/",
            "/backoffice/",
            "/commands/",
            "/ingestion/",
            "/computation/",
            "/uploads/",
        ],
        endpoint,
        shape: Box::new(error::Stamped(clock)),
        spec,
        guard: None,
        conventions: crate::http::conventions::Conventions::KAWA,
    }
}

/// Keeps the entities whose display name is `name` exactly and whose tags hold `tag`
/// (each only when given): the `name` and `tag` filters of every listing.
pub fn kept(display_name: &str, tags: &[String], name: Option<&str>, tag: Option<&str>) -> bool {
    name.is_none_or(|n| n == display_name) && tag.is_none_or(|t| tags.iter().any(|x| x == t))
}
