//! A user's one API key (`/rest/v1/users/{userId}/api-key`): generated (shown once, any
//! earlier key stops working) and revoked, by the user themselves or an administrator
//! who manages them.

use generated::etlworks::v1 as api;

use super::{found, not_found};
use crate::authz::etlworks::{Caller, Role};
use crate::common::secrets;
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::api_token;
use crate::store::etlworks::users::{self, Account};
use crate::surfaces::etlworks::audit::{self, Write};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// Generates user `id`'s API key (any previous one stops working); for themselves or
/// a user the caller manages.
pub async fn rotate_key(
    state: &AppState,
    caller: &Caller,
    id: i64,
    expires: Option<&str>,
) -> Result<api::ApiKey, EtlworksError> {
    let account = self_or_managed(state, caller, id).await?;
    let expires_at = fields::future_time(state, "expiresAt", expires)?;
    let txn = crate::store::begin(&state.db).await?;
    let (key, clear) = mint(state, &txn, account.person.id, expires_at).await?;
    let write = Write::new("rotate_api_key", "user", account.person.id.to_string())
        .named(&account.etl.login)
        .after(serde_json::json!({"expiresAt": expires_at.map(iso_seconds)}));
    audit::record(&txn, state.now_ms(), caller, write).await?;
    txn.commit().await?;
    Ok(api::ApiKey {
        user_id: account.person.id.into(),
        api_key: clear,
        expires_at: key.expires_at.map(iso_seconds),
        created_at: iso_seconds(key.created_at),
    })
}

/// Revokes user `id`'s API key; revoking none is fine.
pub async fn revoke_key(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    let account = self_or_managed(state, caller, id).await?;
    let txn = crate::store::begin(&state.db).await?;
    users::delete_api_keys(&txn, account.person.id).await?;
    let write = Write::new("revoke_api_key", "user", account.person.id.to_string())
        .named(&account.etl.login);
    audit::record(&txn, state.now_ms(), caller, write).await?;
    txn.commit().await?;
    Ok(())
}

pub(super) async fn mint<C: sea_orm::ConnectionTrait>(
    state: &AppState,
    db: &C,
    user_id: i32,
    expires_at: Option<i64>,
) -> Result<(api_token::Model, String), EtlworksError> {
    let clear = state
        .ids
        .token(crate::surfaces::accounts::Product::Etlworks.token_prefix());
    let key = users::replace_api_key(
        db,
        user_id,
        secrets::token_digest(clear.expose()),
        state.now_ms(),
        expires_at,
    )
    .await?;
    Ok((key, clear.expose().to_string()))
}

/// User `id` if the caller may manage their key: themselves, or (an administrator) a
/// user of their tenant; a tenant administrator does not see super admins.
async fn self_or_managed(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<Account, EtlworksError> {
    let account = found(state, caller, id).await?;
    if account.person.id != caller.id() {
        caller.at_least(Role::Administrator, "manage other users' API keys")?;
        if Role::parse(&account.etl.role) == Role::SuperAdmin && !caller.is_super_admin() {
            return Err(not_found(id));
        }
    }
    Ok(account)
}
