//! Signing in to KAWA with email and password: a session whose key travels in the
//! `accessToken` cookie (kywy's `login_with_credential`), stored as a digest.

use generated::kawa::v1 as api;

use super::error::KawaError;
use crate::authz::kawa::PRODUCT;
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store;
use crate::store::kawa::{activity, principals};

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
    let found = store::accounts::user_by_email(&state.db, credentials.email.trim()).await?;
    // Verify against a real hash even for an unknown email, so timing does not reveal
    // which emails exist.
    let stored = match &found {
        Some(u) => u.password_hash.clone(),
        None => secrets::timing_hash().await,
    };
    let valid = secrets::verify_password(Secret::new(credentials.password), stored).await;
    let user = match found {
        Some(u) if valid => u,
        _ => return Err(KawaError::Refused("Invalid email or password".into())),
    };
    if !principals::is_active(&user) {
        return Err(KawaError::Refused("This user is deactivated".into()));
    }
    let key = Secret::new(state.ids.hex(32));
    let now = state.now_ms();
    let lifetime = state.config.session_timeout;
    store::accounts::insert_session(
        &state.db,
        user.id,
        PRODUCT,
        secrets::token_digest(key.expose()),
        now,
        now.saturating_add(lifetime.as_millis() as i64),
    )
    .await?;
    activity::record(&state.db, user.id, "login", now).await?;
    let cookie = format!(
        "{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
        key.expose(),
        lifetime.as_secs()
    );
    Ok((super::principals::principal(&user), cookie))
}
