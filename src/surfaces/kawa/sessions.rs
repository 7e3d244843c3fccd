//! Signing in to KAWA with email and password: a session whose key travels in the
//! `accessToken` cookie (kywy's `login_with_credential`), stored as a digest.

use generated::kawa::v1 as api;

use super::error::KawaError;
use crate::authz::kawa::PRODUCT;
use crate::state::AppState;
use crate::store::kawa::{activity, principals};
use crate::surfaces::accounts;

/// The cookie that carries a session.
pub const COOKIE: &str = "accessToken";

/// Signs a principal in: the principal and the `Set-Cookie` value of its new session. A
/// wrong email or password and a deactivated principal are refused alike, with a 401
/// that sets no cookie.
pub async fn sign_in(
    state: &AppState,
    body: api::LoginRequest,
) -> Result<(api::Principal, String), KawaError> {
    let credentials = body.credentials;
    let found = accounts::check_password(state, &credentials.email, credentials.password).await?;
    let Some(user) = found else {
        return Err(KawaError::Refused("Invalid email or password".into()));
    };
    if !principals::is_active(&user) {
        return Err(KawaError::Refused("This user is deactivated".into()));
    }
    let key = accounts::open_session(state, PRODUCT, user.id).await?;
    activity::record(&state.db, user.id, "login", state.now_ms()).await?;
    let cookie = accounts::session_cookie(state, COOKIE, &key);
    Ok((super::principals::principal(&user), cookie))
}
