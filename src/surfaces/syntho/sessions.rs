//! Syntho's cookie sessions: signing in and out, and resolving `sessionid` to a user.

use generated::syntho::v1 as api;
use poem::Request;

use super::error::SynthoError;
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store;
use crate::store::entities::{session, user};
use crate::surfaces::accounts;

/// The cookie that carries a session.
pub const COOKIE: &str = "sessionid";

/// The product name sessions are stored under.
const PRODUCT: &str = "syntho";

/// Signs a user in; returns the user and the clear-text session key for the cookie.
pub async fn sign_in(
    state: &AppState,
    req: &Request,
    form: api::SessionForm,
) -> Result<(user::Model, Secret), SynthoError> {
    // The vendor answers 401 when a stale or forged session comes with the login.
    if let Some(cookie) = cookie_value(req) {
        if find(state, &cookie).await?.is_none() {
            return Err(SynthoError::InvalidSession);
        }
    }
    let bad_credentials = || {
        SynthoError::field(
            "non_field_errors",
            "Unable to log in with provided credentials.",
        )
    };
    let Some(user) = accounts::check_password(state, &form.email, form.password).await? else {
        return Err(bad_credentials());
    };
    let key = accounts::open_session(state, PRODUCT, user.id).await?;
    Ok((user, key))
}

/// The `Set-Cookie` value for a new session.
pub fn set_cookie(state: &AppState, key: &Secret) -> String {
    accounts::session_cookie(state, COOKIE, key)
}

/// Ends the session behind `key`.
pub async fn sign_out(state: &AppState, key: &str) -> Result<(), SynthoError> {
    let session = find(state, key).await?.ok_or(SynthoError::InvalidSession)?;
    store::accounts::delete_session(&state.db, session.id).await?;
    Ok(())
}

/// The live session behind `key`, if any.
pub async fn find(state: &AppState, key: &str) -> Result<Option<session::Model>, SynthoError> {
    let digest = secrets::token_digest(key);
    let now = state.now_ms();
    let found = store::accounts::session_by_digest(&state.db, PRODUCT, &digest, now).await?;
    Ok(found.filter(|s| secrets::digests_match(&s.session_digest, &digest)))
}

fn cookie_value(req: &Request) -> Option<String> {
    req.cookie().get(COOKIE).map(|c| c.value_str().to_string())
}
