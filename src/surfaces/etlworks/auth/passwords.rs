//! Password changes: by the signed-in user (the current password required), and the
//! reset by token. Understudy sends no email: the reset link Etlworks would mail lands in
//! the user's in-app messages (`GET /rest/v1/messages`) and the server log.

use crate::authz::etlworks::Caller;
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store::etlworks::messages::{self, NewMessage};
use crate::store::etlworks::{tokens, users};
use crate::surfaces::etlworks::audit;
use crate::surfaces::etlworks::error::EtlworksError;

/// How long a reset token works.
const RESET_LIFETIME_MS: i64 = 60 * 60 * 1000;

/// Starts a reset for the user with `email`. The answer is the same whether or not one
/// exists, so it does not tell which addresses have accounts.
pub async fn request_reset(state: &AppState, email: &str) -> Result<(), EtlworksError> {
    crate::surfaces::etlworks::fields::email("email", email)?;
    let Some(account) = users::by_login(&state.db, email.trim()).await? else {
        return Ok(());
    };
    if !account.etl.enabled || !account.person.email.eq_ignore_ascii_case(email.trim()) {
        return Ok(());
    }
    let token = state.ids.token("ewr_");
    let now = state.now_ms();
    let txn = crate::store::begin(&state.db).await?;
    tokens::insert_reset(
        &txn,
        secrets::token_digest(token.expose()),
        account.person.id,
        now + RESET_LIFETIME_MS,
    )
    .await?;
    messages::insert(
        &txn,
        NewMessage {
            user_id: account.person.id,
            subject: "Reset your password".into(),
            body: format!(
                "Someone asked to reset the password of {}. To choose a new one, send this \
                 token to POST /rest/v1/passreset/confirm within an hour: {}",
                account.etl.login,
                token.expose()
            ),
            severity: "info",
            link: Some("/rest/v1/passreset/confirm".into()),
            created_at: now,
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(
        to = %account.person.email,
        token = token.expose(),
        "etlworks: password reset (Understudy sends no email)"
    );
    Ok(())
}

/// Sets a new password with a reset token; every token the user held stops working.
pub async fn confirm_reset(
    state: &AppState,
    token: &str,
    password: String,
) -> Result<(), EtlworksError> {
    check_new(&password)?;
    let invalid = || EtlworksError::NotFound("Reset token not found or expired".into());
    let txn = crate::store::begin(&state.db).await?;
    let Some(reset) = tokens::take_reset(&txn, &secrets::token_digest(token.trim())).await? else {
        return Err(invalid());
    };
    if reset.expires_at <= state.now_ms() {
        // The used-up row goes with the commit; an expired token is no use anyway.
        txn.commit().await?;
        return Err(invalid());
    }
    let Some(mut account) = users::by_id(&txn, reset.user_id).await? else {
        return Err(invalid());
    };
    account.person.password_hash = hash(password).await?;
    account.etl.token_version += 1;
    let login = account.etl.login.clone();
    let tenant = account.etl.tenant_id;
    users::update(&txn, account).await?;
    tokens::drop_resets(&txn, reset.user_id).await?;
    let write =
        audit::Write::new("reset_password", "user", reset.user_id.to_string()).named(&login);
    audit::by(&txn, state.now_ms(), None, tenant, write).await?;
    txn.commit().await?;
    Ok(())
}

/// Changes the caller's password, given the current one.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    current: String,
    new: String,
) -> Result<(), EtlworksError> {
    check_new(&new)?;
    let stored = caller.account().person.password_hash.clone();
    if !secrets::verify_password(Secret::new(current), stored).await {
        return Err(EtlworksError::Forbidden(
            "Field 'currentPassword': the current password is not correct".into(),
        ));
    }
    let mut account = caller.account().clone();
    account.person.password_hash = hash(new).await?;
    let txn = crate::store::begin(&state.db).await?;
    users::update(&txn, account).await?;
    tokens::drop_resets(&txn, caller.id()).await?;
    let write =
        audit::Write::new("update_password", "user", caller.id().to_string()).named(caller.login());
    audit::record(&txn, state.now_ms(), caller, write).await?;
    txn.commit().await?;
    Ok(())
}

/// Refuses a new password Etlworks would not take (the contract says 8 characters or
/// more; argon2 hashes any length, and the body limit bounds it).
pub fn check_new(password: &str) -> Result<(), EtlworksError> {
    if password.chars().count() < 8 {
        return Err(EtlworksError::BadRequest(
            "Field 'newPassword': a password has at least 8 characters".into(),
        ));
    }
    Ok(())
}

pub async fn hash(password: String) -> Result<String, EtlworksError> {
    secrets::hash_password(Secret::new(password))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "etlworks: hashing a password failed");
            EtlworksError::Internal
        })
}
