//! Syntho's cookie sessions: signing in and out, and resolving `sessionid` to a user.

use generated::syntho::v1 as api;
use poem::Request;

use super::error::SynthoError;
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store;
use crate::store::entities::{session, user};

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
    let found = store::accounts::user_by_email(&state.db, form.email.trim()).await?;
    // Verify against a real hash even for an unknown email, so timing does not reveal
    // which emails exist.
    let stored = match &found {
        Some(u) => u.password_hash.clone(),
        None => dummy_hash().await,
    };
    let valid = secrets::verify_password(Secret::new(form.password), stored).await;
    let user = match found {
        Some(u) if valid => u,
        _ => return Err(bad_credentials()),
    };
    let key = Secret::new(state.ids.hex(32));
    let now = state.now_ms();
    let expires = now + state.config.session_timeout.as_millis() as i64;
    store::accounts::insert_session(
        &state.db,
        user.id,
        PRODUCT,
        secrets::token_digest(key.expose()),
        now,
        expires,
    )
    .await?;
    Ok((user, key))
}

/// The `Set-Cookie` value for a new session.
pub fn set_cookie(state: &AppState, key: &Secret) -> String {
    format!(
        "{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
        key.expose(),
        state.config.session_timeout.as_secs()
    )
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

async fn dummy_hash() -> String {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_init(|| async {
        secrets::hash_password(Secret::new("understudy-timing-equaliser"))
            .await
            .unwrap_or_default()
    })
    .await
    .clone()
}
