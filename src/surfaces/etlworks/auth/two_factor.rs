//! TOTP two-factor sign-in: enrollment (a secret and its QR code), confirmation by a
//! code, the second step of a sign-in, and turning it off.

use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::users;
use crate::surfaces::etlworks::audit;
use crate::surfaces::etlworks::auth::jwt::Keys;
use crate::surfaces::etlworks::auth::{mint, qr, totp};
use crate::surfaces::etlworks::error::EtlworksError;

/// A started enrollment.
pub struct Enrollment {
    pub secret: String,
    pub otpauth_url: String,
    pub qr_code: String,
}

/// What a checked code did.
pub struct Verified {
    /// Whether the code was right.
    pub verified: bool,
    /// Whether two-factor sign-in is on now.
    pub enabled: bool,
    /// The full token, when the code completed a sign-in.
    pub token: Option<String>,
}

/// Starts an enrollment: a fresh secret, kept until a code confirms it.
pub async fn enroll(state: &AppState, caller: &Caller) -> Result<Enrollment, EtlworksError> {
    if caller.account().etl.totp_secret.is_some() {
        return Err(EtlworksError::Conflict(
            "Two-factor authentication is already on; turn it off first".into(),
        ));
    }
    let mut raw = [0u8; 20];
    state.ids.fill(&mut raw);
    let secret = totp::encode(&raw);
    let mut account = caller.account().clone();
    account.etl.totp_pending = Some(secret.clone());
    users::update(&state.db, account).await?;
    let otpauth_url = format!(
        "otpauth://totp/Etlworks:{login}?secret={secret}&issuer=Etlworks",
        login = caller.login()
    );
    let qr_code = qr::png_data_uri(&otpauth_url).ok_or(EtlworksError::Internal)?;
    Ok(Enrollment {
        secret,
        otpauth_url,
        qr_code,
    })
}

/// Checks `code`: the second step of a sign-in (answering the full token), or the
/// confirmation of an enrollment (turning two-factor on).
pub async fn verify(
    state: &AppState,
    keys: &Keys,
    caller: &Caller,
    code: &str,
) -> Result<Verified, EtlworksError> {
    let now = state.now_ms();
    let account = caller.account();
    let signing_in = matches!(caller.via(), crate::authz::etlworks::Via::Jwt(c) if c.mfa);
    if signing_in {
        let secret = account.etl.totp_secret.as_deref().unwrap_or_default();
        if !totp::accepts(secret, code, now) {
            return Err(EtlworksError::Unauthenticated("Invalid code".into()));
        }
        let token = mint(state, keys, account, caller.tenant_id(), false)?;
        return Ok(Verified {
            verified: true,
            enabled: true,
            token: Some(token),
        });
    }
    let Some(pending) = account.etl.totp_pending.clone() else {
        if let Some(secret) = &account.etl.totp_secret {
            // Enrolled already: a code check (e.g. before a sensitive change).
            return Ok(Verified {
                verified: totp::accepts(secret, code, now),
                enabled: true,
                token: None,
            });
        }
        return Err(EtlworksError::Conflict(
            "No two-factor enrollment in progress: POST /rest/v1/2fa/enroll first".into(),
        ));
    };
    if !totp::accepts(&pending, code, now) {
        // A wrong code leaves the enrollment waiting for a right one.
        return Ok(Verified {
            verified: false,
            enabled: false,
            token: None,
        });
    }
    let mut changed = account.clone();
    changed.etl.totp_secret = Some(pending);
    changed.etl.totp_pending = None;
    changed.etl.totp_enabled_at = Some(now);
    let txn = crate::store::begin(&state.db).await?;
    users::update(&txn, changed).await?;
    let write =
        audit::Write::new("enable_2fa", "user", caller.id().to_string()).named(caller.login());
    audit::record(&txn, now, caller, write).await?;
    txn.commit().await?;
    Ok(Verified {
        verified: true,
        enabled: true,
        token: None,
    })
}

/// Turns two-factor sign-in off (and drops an unfinished enrollment).
pub async fn disable(state: &AppState, caller: &Caller) -> Result<(), EtlworksError> {
    let mut account = caller.account().clone();
    let was_on = account.etl.totp_secret.is_some();
    account.etl.totp_secret = None;
    account.etl.totp_pending = None;
    account.etl.totp_enabled_at = None;
    let txn = crate::store::begin(&state.db).await?;
    users::update(&txn, account).await?;
    if was_on {
        let write =
            audit::Write::new("disable_2fa", "user", caller.id().to_string()).named(caller.login());
        audit::record(&txn, state.now_ms(), caller, write).await?;
    }
    txn.commit().await?;
    Ok(())
}
