//! Kadi4Mat (`/api/v1/*` and the alias `/api/*`): the generated `Api` traits implemented
//! on the store, one file per tag under [`api`]; services beside them; the error shape,
//! links and pagination the product uses. Real mode serves the tags in [`SERVED_TAGS`]:
//! every tag of the contract.

mod api;
pub mod collections;
pub mod error;
pub mod export;
pub mod fixtures;
pub mod groups;
pub mod jobs;
pub mod licenses;
pub mod lifecycle;
pub mod links;
pub mod misc;
pub mod paging;
pub mod records;
pub mod resources;
pub mod revisions;
pub mod roles;
pub mod scopes;
pub mod templates;
pub mod users;

use std::sync::Arc;

use generated::kadi4mat::v1 as contract;
use poem::{EndpointExt, IntoEndpoint};

use self::error::KadiError;
use crate::authz::kadi4mat::{self as authz, Caller};
use crate::http::dispatch::{AuthGuard, Surface};
use crate::http::mounting;
use crate::state::AppState;

/// The tags whose every operation real mode serves. The list only grows: each tag lands
/// whole, with its tests (a tag not served yet would be declared with the generated
/// `kadi4mat_v1_unmounted_<tag>_api!` macro and answer Kadi's 404).
pub const SERVED_TAGS: &[&str] = &[
    "misc",
    "records",
    "collections",
    "users",
    "templates",
    "files",
    "uploads",
    "roles",
    "groups",
    "revisions",
];

/// The real-mode Kadi4Mat surface.
pub struct Kadi4Mat {
    state: AppState,
}

impl Kadi4Mat {
    pub fn new(state: AppState) -> Self {
        Kadi4Mat { state }
    }

    /// The caller behind the token, if its scopes cover `operation_id`.
    async fn caller(
        &self,
        auth: &contract::PersonalAccessToken,
        operation_id: &str,
    ) -> Result<Caller, KadiError> {
        authz::caller(&self.state, &auth.0.token, operation_id).await
    }
}

/// Kadi4Mat mounted for the dispatcher: under both base paths, the served tags only,
/// every refusal to a caller without a live token answered as a 401.
pub fn surface(state: &AppState) -> Surface {
    let api = Arc::new(Kadi4Mat::new(state.clone()));
    Surface {
        product: contract::PRODUCT,
        operations: mounting::operations_tagged(&contract::CONTRACT, SERVED_TAGS),
        owned_prefixes: &["/api/"],
        endpoint: mounting::mount(&contract::CONTRACT, || {
            contract::service(api.clone())
                .into_endpoint()
                .map_to_response()
        }),
        shape: Box::new(error::Shape),
        spec: serde_yaml_ng::from_str(contract::SPEC_YAML).ok(),
        guard: Some(Box::new(Guard(state.clone()))),
        conventions: crate::http::conventions::Conventions::KADI4MAT,
    }
}

/// Whether a request to Kadi4Mat carries a live token.
struct Guard(AppState);

#[async_trait::async_trait]
impl AuthGuard for Guard {
    async fn authenticated(&self, headers: &poem::http::HeaderMap) -> bool {
        let Some(token) = headers
            .get(poem::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return false;
        };
        authz::is_authenticated(&self.0, token.trim()).await
    }
}
