//! Who may do what in Kadi4Mat. A [`Caller`] comes from a live personal access token
//! whose scopes cover the operation (seed 004: none means full access); an expired token
//! is refused with its own 401, missing scopes with a 401 that lists them.

use crate::state::AppState;
use crate::store::entities::user;
use crate::surfaces::accounts::{self, Product, TokenRefusal};
use crate::surfaces::kadi4mat::error::KadiError;
use crate::surfaces::kadi4mat::scopes;

/// A user calling through one of their tokens.
#[derive(Debug, Clone)]
pub struct Caller {
    user: user::Model,
    /// The token's scopes, space-separated; `None` for full access.
    scopes: Option<String>,
}

impl Caller {
    pub fn user(&self) -> &user::Model {
        &self.user
    }

    pub fn id(&self) -> i32 {
        self.user.id
    }

    /// Kadi's system administrators may do anything to anything.
    pub fn is_sysadmin(&self) -> bool {
        match self.user.system_role.as_deref() {
            Some(role) => role == "admin",
            None => self.user.is_admin,
        }
    }

    /// Whether the token holds `scope` (every scope when it holds none).
    pub fn has_scope(&self, scope: &str) -> bool {
        scopes::missing(self.scopes.as_deref(), &[scope]).is_empty()
    }
}

/// The caller behind `token`, if the token is live, its user active, and its scopes
/// cover everything operation `operation_id` requires (the contract's
/// `x-required-scopes`).
pub async fn caller(
    state: &AppState,
    token: &str,
    operation_id: &str,
) -> Result<Caller, KadiError> {
    let holder = match accounts::token_holder(state, Product::Kadi4Mat, token).await? {
        Ok(holder) => holder,
        Err(TokenRefusal::Unknown) => return Err(KadiError::Unauthorized),
        Err(TokenRefusal::Expired) => return Err(KadiError::Expired),
    };
    if holder.user.state.as_deref() == Some("inactive") {
        return Err(KadiError::Unauthorized);
    }
    let required = required_scopes(operation_id);
    let missing = scopes::missing(holder.token.scopes.as_deref(), required);
    if !missing.is_empty() {
        // Kadi lists every scope the endpoint needs, not only the missing ones.
        return Err(KadiError::MissingScopes(
            required.iter().map(|s| s.to_string()).collect(),
        ));
    }
    Ok(Caller {
        user: holder.user,
        scopes: holder.token.scopes,
    })
}

/// Whether `token` is a live token of an active user (whatever its scopes): a request
/// without one has every refusal answered as a 401.
pub async fn is_authenticated(state: &AppState, token: &str) -> bool {
    matches!(
        accounts::token_holder(state, Product::Kadi4Mat, token).await,
        Ok(Ok(holder)) if holder.user.state.as_deref() != Some("inactive")
    )
}

/// The scopes the contract says `operation_id` requires.
fn required_scopes(operation_id: &str) -> &'static [&'static str] {
    generated::kadi4mat::v1::OPERATIONS
        .iter()
        .find(|op| op.operation_id == operation_id)
        .map_or(&[], |op| op.scopes)
}
