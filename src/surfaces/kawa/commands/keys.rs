//! `AdminGenerateApiKeyForPrincipal`: a new API key for a principal, its clear text
//! shown once in the answer and stored only as a digest.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use super::super::principals::find;
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller, PRODUCT};
use crate::common::secrets;
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::accounts::NewToken;
use crate::store::kawa::keys;
use crate::surfaces::accounts::Product;

const DAY_MS: i64 = 86_400_000;

/// Generates the key. A principal has one key per name (unnamed keys share the empty
/// name): with one already there, `replaceIfExists: true` revokes it, anything else is
/// KAWA's 409. `expirationDate` (days since the epoch) keeps the key working to the end
/// of that day, UTC.
pub async fn generate(
    state: &AppState,
    caller: &Caller,
    params: api::AdminGenerateApiKeyForPrincipalParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "generate API keys")?;
    let name = params.name.clone().unwrap_or_default();
    let txn = begin(state).await?;
    let user = find(&txn, &params.principal_id).await?;
    if !keys::named(&txn, user.id, &name).await?.is_empty() {
        if params.replace_if_exists != Some(true) {
            return Err(KawaError::Conflict(format!(
                "User {} already has an API key{}",
                user.id,
                if name.is_empty() {
                    String::new()
                } else {
                    format!(" named {name}")
                }
            )));
        }
        keys::revoke_named(&txn, &admin, user.id, &name).await?;
    }
    let key = state.ids.token(Product::Kawa.token_prefix());
    let now = state.now_ms();
    let expires_at = params
        .expiration_date
        .map(|days| days.saturating_add(1).saturating_mul(DAY_MS));
    let new = NewToken {
        id: None,
        user_id: user.id,
        product: PRODUCT.into(),
        name: name.clone(),
        token_digest: secrets::token_digest(key.expose()),
        created_at: now,
        expires_at,
        scopes: None,
    };
    keys::insert(&txn, &admin, new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::GeneratedApiKey(api::GeneratedApiKey {
        principal_id: user.id.to_string(),
        name: params.name,
        clear_text_api_key: key.expose().to_string(),
        expiration_date: params.expiration_date,
        created_at: iso_ms(now),
    }))
}
