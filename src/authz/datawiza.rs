//! Datawiza's one kind of caller: the holder of an admin API token. The Admin API has no
//! roles or tenants below the organisation's administrators (seed 001), so the proof is
//! that the token is live and whose it is.

use crate::state::AppState;
use crate::surfaces::accounts;
use crate::surfaces::datawiza::error::DatawizaError;

/// An administrator authenticated by a Datawiza admin API token.
#[derive(Debug)]
pub struct Admin {
    user_id: i32,
}

impl Admin {
    /// The user the token belongs to.
    pub fn user_id(&self) -> i32 {
        self.user_id
    }
}

/// The admin behind `token`; 401 (`4010`) for an unknown or expired one.
pub async fn admin(state: &AppState, token: &str) -> Result<Admin, DatawizaError> {
    accounts::user_for_token(state, accounts::Product::Datawiza, token)
        .await?
        .map(|user| Admin { user_id: user.id })
        .ok_or(DatawizaError::Unauthorized)
}
