//! An application's SSL setting: reading it, and the update rules of the seed
//! (`mode` when `isSSL`; `cert`, `key` and `uploadFile=false` when `UPLOAD`).

use generated::datawiza::v1 as api;
use generated::support::WireEnum;

use super::certificates;
use super::error::DatawizaError;
use super::text::reject_supplementary;
use crate::authz::datawiza::Admin;
use crate::state::AppState;
use crate::store;
use crate::store::entities::dw_ssl;

/// What a client asked for, after parsing the form.
#[derive(Debug, Clone)]
pub struct SslChange {
    pub is_ssl: bool,
    pub mode: Option<String>,
    pub upload_file: Option<bool>,
    pub cert: Option<String>,
    pub key: Option<String>,
}

pub async fn get(
    state: &AppState,
    admin: &Admin,
    application_id: &str,
) -> Result<api::Ssl, DatawizaError> {
    let ssl = find(state, admin, application_id).await?;
    Ok(view(ssl))
}

pub async fn update(
    state: &AppState,
    admin: &Admin,
    application_id: &str,
    change: SslChange,
) -> Result<(), DatawizaError> {
    for (field, value) in [
        ("mode", &change.mode),
        ("cert", &change.cert),
        ("key", &change.key),
    ] {
        if let Some(v) = value {
            reject_supplementary(field, v)?;
        }
    }
    let current = find(state, admin, application_id).await?;
    let next = apply(current, change)?;
    store::datawiza::save_ssl(&state.db, admin, next, state.now_ms()).await?;
    Ok(())
}

async fn find(
    state: &AppState,
    admin: &Admin,
    application_id: &str,
) -> Result<dw_ssl::Model, DatawizaError> {
    let missing = || DatawizaError::NotFound(format!("Application {application_id} not found"));
    if !crate::common::ids::is_hex32(application_id) {
        return Err(missing());
    }
    store::datawiza::ssl(&state.db, admin, application_id)
        .await?
        .ok_or_else(missing)
}

/// The setting after `change`, or why the change is refused. Pure, so every rule is
/// testable without a database.
pub fn apply(mut ssl: dw_ssl::Model, change: SslChange) -> Result<dw_ssl::Model, DatawizaError> {
    ssl.is_ssl = change.is_ssl;
    if !change.is_ssl {
        return Ok(ssl);
    }
    let mode = match change.mode.as_deref().map(str::trim) {
        None | Some("") => {
            return Err(DatawizaError::Validation(
                "mode is required when isSSL is true".into(),
            ))
        }
        // The seed's property table spells it SELF_SIGN, its sample SELF_SIGNED: take both.
        Some("SELF_SIGNED") | Some("SELF_SIGN") => api::SslMode::SelfSigned,
        Some("UPLOAD") => api::SslMode::Upload,
        Some(other) => {
            return Err(DatawizaError::Validation(format!(
                "mode {other:?} is not one of SELF_SIGNED, SELF_SIGN, UPLOAD"
            )))
        }
    };
    ssl.mode = mode.wire().to_string();
    if mode == api::SslMode::SelfSigned {
        ssl.cert_pem = None;
        ssl.subject = None;
        ssl.finger_print = None;
        ssl.expiration_time = None;
        return Ok(ssl);
    }
    match change.upload_file {
        None => {
            return Err(DatawizaError::Validation(
                "uploadFile is required when mode is UPLOAD".into(),
            ))
        }
        Some(true) => return Err(DatawizaError::Validation("uploadFile must be false".into())),
        Some(false) => {}
    }
    let cert = change
        .cert
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| DatawizaError::Validation("cert is required when mode is UPLOAD".into()))?;
    let key = change
        .key
        .filter(|k| !k.trim().is_empty())
        .ok_or_else(|| DatawizaError::Validation("key is required when mode is UPLOAD".into()))?;
    let facts = certificates::inspect(&cert, &key).map_err(DatawizaError::Validation)?;
    ssl.cert_pem = Some(cert);
    ssl.subject = Some(facts.subject);
    ssl.finger_print = Some(facts.finger_print);
    ssl.expiration_time = Some(facts.expiration_time);
    Ok(ssl)
}

/// The API view; certificate facts only when a certificate was uploaded.
pub fn view(ssl: dw_ssl::Model) -> api::Ssl {
    let mode = api::SslMode::from_wire(&ssl.mode).unwrap_or(api::SslMode::SelfSigned);
    let uploaded = mode == api::SslMode::Upload;
    api::Ssl {
        id: ssl.id,
        creation_date: ssl.creation_date,
        last_update_date: ssl.last_update_date,
        is_ssl: ssl.is_ssl,
        mode,
        subject: ssl.subject.filter(|_| uploaded),
        finger_print: ssl.finger_print.filter(|_| uploaded),
        expiration_time: ssl.expiration_time.filter(|_| uploaded),
    }
}
