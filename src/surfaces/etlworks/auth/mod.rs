//! Signing in and out: `token-auth` (and its legacy path), refresh, sign-out and tenant
//! tokens. A sign-in of a user with two-factor on answers a short-lived token that only
//! `POST /2fa/verify` takes ([`two_factor`]).

pub mod jwt;
pub mod passwords;
pub mod qr;
pub mod sso;
pub mod totp;
pub mod two_factor;

use self::jwt::{Claims, Keys};
use super::audit;
use super::error::EtlworksError;
use crate::authz::etlworks::{Caller, Role, Via};
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store::etlworks::users::{self, Account};
use crate::store::etlworks::{tenants, tokens};

/// A token handed out, and whether it still waits for a TOTP code.
pub struct Issued {
    pub token: String,
    pub two_factor_required: bool,
}

/// Exchanges a login (or the user's email) and password for a JWT.
pub async fn sign_in(
    state: &AppState,
    keys: &Keys,
    login: &str,
    password: String,
) -> Result<Issued, EtlworksError> {
    let refused = || EtlworksError::Unauthenticated("Invalid login or password".into());
    let found = users::by_login(&state.db, login.trim()).await?;
    // An unknown login is checked against a real hash too, so the answer's timing does
    // not tell which logins exist.
    let stored = match &found {
        Some(a) => a.person.password_hash.clone(),
        None => secrets::timing_hash().await,
    };
    let valid = secrets::verify_password(Secret::new(password), stored).await;
    let Some(mut account) = found.filter(|_| valid) else {
        return Err(refused());
    };
    if !account.etl.enabled {
        return Err(EtlworksError::Unauthenticated("User is disabled".into()));
    }
    let tenant = home_tenant(state, &account).await?;
    let now = state.now_ms();
    account.etl.last_login_at = Some(now);
    let account = users::update(&state.db, account).await?;
    let pending = account.etl.totp_secret.is_some();
    let token = mint(state, keys, &account, tenant, pending)?;
    Ok(Issued {
        token,
        two_factor_required: pending,
    })
}

/// The tenant a fresh sign-in acts in: the user's own (which must be active), or for a
/// super admin the one they last switched to, else the first.
async fn home_tenant(state: &AppState, account: &Account) -> Result<i32, EtlworksError> {
    if Role::parse(&account.etl.role) == Role::SuperAdmin {
        if let Some(id) = account.etl.current_tenant_id {
            if tenants::by_id(&state.db, id).await?.is_some() {
                return Ok(id);
            }
        }
        let first = tenants::first(&state.db).await?;
        return first.map(|t| t.id).ok_or(EtlworksError::Internal);
    }
    let tenant = match account.etl.tenant_id {
        Some(id) => tenants::by_id(&state.db, id).await?,
        None => None,
    };
    match tenant {
        Some(t) if t.active => Ok(t.id),
        Some(t) => Err(EtlworksError::Unauthenticated(format!(
            "Tenant {} is inactive",
            t.name
        ))),
        None => Err(EtlworksError::Unauthorized),
    }
}

/// A JWT for `account` acting in `tenant`; `pending` while a TOTP code is still due.
pub fn mint(
    state: &AppState,
    keys: &Keys,
    account: &Account,
    tenant: i32,
    pending: bool,
) -> Result<String, EtlworksError> {
    let now = state.now_ms();
    let lifetime = if pending {
        jwt::PENDING_LIFETIME_MS
    } else {
        jwt::LIFETIME_MS
    };
    keys.sign(&Claims {
        sub: account.etl.login.clone(),
        uid: account.person.id,
        tenant,
        ver: account.etl.token_version,
        jti: state.ids.hex(16),
        iat: now.div_euclid(1000),
        exp: (now + lifetime).div_euclid(1000),
        mfa: pending,
    })
}

/// A fresh token for a caller whose token is still valid (a JWT or an API key).
pub fn refresh(state: &AppState, keys: &Keys, caller: &Caller) -> Result<String, EtlworksError> {
    mint(state, keys, caller.account(), caller.tenant_id(), false)
}

/// Signs out the caller's JWT; an API key is not a session, so there is nothing to end.
pub async fn sign_out(state: &AppState, caller: &Caller) -> Result<(), EtlworksError> {
    if let Via::Jwt(claims) = caller.via() {
        tokens::revoke(
            &state.db,
            &claims.jti,
            claims.expires_at_ms(),
            state.now_ms(),
        )
        .await?;
    }
    Ok(())
}

/// A token acting in tenant `id`: any tenant for a super admin (who then stays there:
/// their API key acts in it too), only their own for everyone else (another is a 404).
pub async fn tenant_token(
    state: &AppState,
    keys: &Keys,
    caller: &Caller,
    id: i64,
) -> Result<String, EtlworksError> {
    let tenant = super::tenants::visible(state, caller, id).await?;
    let mut account = caller.account().clone();
    if caller.is_super_admin() && account.etl.current_tenant_id != Some(tenant.id) {
        account.etl.current_tenant_id = Some(tenant.id);
        let txn = crate::store::begin(&state.db).await?;
        account = users::update(&txn, account).await?;
        let write = audit::Write::new("switch_tenant", "user", account.person.id.to_string())
            .named(&account.etl.login)
            .after(serde_json::json!({"tenantId": tenant.id}));
        audit::record(&txn, state.now_ms(), caller, write).await?;
        txn.commit().await?;
    }
    mint(state, keys, &account, tenant.id, false)
}
