//! Key files of a connection (`/connections/{id}/keys`): an SSH key, certificate or
//! service-account file kept in the file store
//! (`etlworks/<tenant>/keys/<connection>/<property>`), the connection's property set to
//! its file name. The property is a secret like any other: read as `********`.

use super::super::audit::{self, Write};
use super::super::connectors::secrets;
use super::{get, views, Saved, CONNECTIONS};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::etlworks::definitions::{self as store, Fields};
use crate::surfaces::etlworks::error::EtlworksError;

/// The largest key file accepted.
pub const MAX_KEY_BYTES: usize = 1024 * 1024;

/// An uploaded key file.
pub struct KeyFile {
    pub file_name: Option<String>,
    pub bytes: Vec<u8>,
    /// The property that will name it (`privateKey` by default).
    pub property: Option<String>,
}

/// Stores `key` for connection `id`; the property it set, the file name and size.
pub async fn upload(
    state: &AppState,
    caller: &Caller,
    id: i64,
    key: KeyFile,
) -> Result<(String, String, usize), EtlworksError> {
    caller.at_least(Role::Editor, "upload connection keys")?;
    let before = get(state, caller, CONNECTIONS, id).await?;
    let property = key
        .property
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "privateKey".into());
    if property.chars().count() > 255 {
        return Err(EtlworksError::BadRequest(
            "Field 'property': at most 255 characters".into(),
        ));
    }
    if key.bytes.len() > MAX_KEY_BYTES {
        return Err(EtlworksError::BadRequest(format!(
            "Field 'file': a key file has at most {MAX_KEY_BYTES} bytes"
        )));
    }
    let file_name = plain_name(key.file_name.as_deref()).unwrap_or_else(|| property.clone());
    let storage_key = format!(
        "etlworks/{}/keys/{}/{}",
        caller.tenant_id(),
        before.row.id,
        hex::encode(property.as_bytes())
    );
    state
        .files
        .put(&storage_key, &key.bytes)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "etlworks: a key file could not be stored");
            EtlworksError::Internal
        })?;
    let mut properties = secrets::parse(&before.row.properties);
    properties.insert(property.clone(), file_name.clone().into());
    let fields = Fields {
        name: before.row.name.clone(),
        description: before.row.description.clone(),
        kind: before.row.kind.clone(),
        properties: secrets::to_text(&properties),
    };
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    store::update(
        &tx,
        CONNECTIONS,
        caller.tenant_id(),
        before.row.id,
        fields,
        now,
    )
    .await?;
    let row = store::one(&tx, CONNECTIONS, caller.tenant_id(), before.row.id)
        .await?
        .ok_or(EtlworksError::Internal)?;
    let after = Saved {
        row,
        tags: before.tags.clone(),
    };
    let write = Write::new("update", "connection", before.row.id.to_string())
        .named(&before.row.name)
        .before(views::json(CONNECTIONS, &before))
        .after(views::json(CONNECTIONS, &after));
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok((property, file_name, key.bytes.len()))
}

/// The last part of an uploaded file's name, if it has a usable one.
pub fn plain_name(name: Option<&str>) -> Option<String> {
    let name = name?.rsplit(['/', '\\']).next()?.trim();
    if name.is_empty() || name == "." || name == ".." {
        None
    } else {
        Some(name.to_string())
    }
}
