//! The generated Etlworks `Api` traits implemented on the services, one file per tag;
//! handlers authenticate, call a service and wrap its answer. Every tag of the contract
//! is served.

mod audit_recycle_bin;
mod authentication;
mod composer;
mod connections;
mod executions;
mod explorer_sql;
mod flows;
mod oauth_helpers;
mod schedules;
mod system_operations;
mod tags_search;
mod templates_macros;
mod users_tenants;
mod webhooks_messages;

use generated::etlworks::v1 as api;
use tokio::sync::OnceCell;

use super::auth::jwt::Keys;
use super::error::EtlworksError;
use crate::authz::etlworks::{self as authz, Caller, Pending};
use crate::state::AppState;

/// The real-mode Etlworks surface.
pub struct Etlworks {
    state: AppState,
    /// The JWT signing key, read from the database at the first use (it never changes).
    keys: OnceCell<Keys>,
    /// When the surface was made (the server's start), on the state's clock.
    started: i64,
}

impl Etlworks {
    pub fn new(state: AppState) -> Self {
        Etlworks {
            started: state.now_ms(),
            state,
            keys: OnceCell::new(),
        }
    }

    async fn keys(&self) -> Result<&Keys, EtlworksError> {
        self.keys.get_or_try_init(|| Keys::load(&self.state)).await
    }

    /// The signed-in caller behind `auth` (a sign-in still waiting for its TOTP code is
    /// refused).
    async fn caller(&self, auth: &api::BearerAuth) -> Result<Caller, EtlworksError> {
        self.caller_with(auth, Pending::Refused).await
    }

    /// The caller behind `auth`, a sign-in waiting for its TOTP code included.
    async fn caller_pending(&self, auth: &api::BearerAuth) -> Result<Caller, EtlworksError> {
        self.caller_with(auth, Pending::Allowed).await
    }

    async fn caller_with(
        &self,
        auth: &api::BearerAuth,
        pending: Pending,
    ) -> Result<Caller, EtlworksError> {
        let keys = self.keys().await?;
        authz::caller(&self.state, keys, &auth.0.token, pending).await
    }
}
