//! Checks of request fields every Etlworks service shares, each refusal a 400 naming the
//! field as Etlworks does (`Field 'email': …`), and the page window of its listings.

use super::error::EtlworksError;
use crate::common::time::parse_rfc3339;
use crate::state::AppState;

/// The most a listing answers (`limit` is at most 200).
pub const MAX_LIMIT: i32 = 200;

/// The rows to skip and take for `offset` and `limit` (already bounded by the contract;
/// clamped again so a caller of the service cannot ask for more).
pub fn page(offset: i32, limit: i32) -> (u64, u64) {
    (offset.max(0) as u64, limit.clamp(1, MAX_LIMIT) as u64)
}

/// A login: 1 to 128 characters, kept as sent (the contract bounds it; Etlworks puts no
/// other rule on it).
pub fn login(text: &str) -> Result<String, EtlworksError> {
    let length = text.chars().count();
    if (1..=128).contains(&length) {
        Ok(text.to_string())
    } else {
        Err(EtlworksError::BadRequest(
            "Field 'login': 1 to 128 characters".into(),
        ))
    }
}

/// An email address, lower-cased as every product stores them.
pub fn email(field: &str, text: &str) -> Result<String, EtlworksError> {
    let text = text.trim();
    // A local part and a domain around the last `@` (a quoted local part may hold one).
    let valid = text
        .rsplit_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty());
    if valid {
        Ok(text.to_lowercase())
    } else {
        Err(EtlworksError::BadRequest(format!(
            "Field '{field}': {text:?} is not an email address"
        )))
    }
}

/// An optional RFC 3339 time that lies ahead of now (an expiry).
pub fn future_time(
    state: &AppState,
    field: &str,
    text: Option<&str>,
) -> Result<Option<i64>, EtlworksError> {
    let Some(text) = text else {
        return Ok(None);
    };
    let at = parse_rfc3339(text).ok_or_else(|| {
        EtlworksError::BadRequest(format!("Field '{field}': not an RFC 3339 date-time"))
    })?;
    if at <= state.now_ms() {
        return Err(EtlworksError::BadRequest(format!(
            "Field '{field}': must be in the future"
        )));
    }
    Ok(Some(at))
}

/// A name of 1 to `max` characters, kept as sent.
pub fn name(field: &str, text: &str, max: usize) -> Result<String, EtlworksError> {
    let length = text.chars().count();
    if length == 0 || length > max {
        return Err(EtlworksError::BadRequest(format!(
            "Field '{field}': 1 to {max} characters"
        )));
    }
    Ok(text.to_string())
}

/// An optional RFC 3339 instant (a `since` filter), in epoch milliseconds.
pub fn instant(field: &str, text: Option<&str>) -> Result<Option<i64>, EtlworksError> {
    text.map(|t| {
        parse_rfc3339(t).ok_or_else(|| {
            EtlworksError::BadRequest(format!(
                "Field '{field}': {t:?} is not an RFC 3339 date-time"
            ))
        })
    })
    .transpose()
}

/// A BCP 47 language tag in its usual shape (`en`, `en-GB`, `zh-Hant-TW`).
pub fn language_tag(field: &str, text: &str) -> Result<String, EtlworksError> {
    let mut parts = text.split('-');
    let language = parts.next().unwrap_or("");
    let valid = (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if valid {
        Ok(text.to_string())
    } else {
        Err(EtlworksError::BadRequest(format!(
            "Field '{field}': {text:?} is not a BCP 47 language tag"
        )))
    }
}
