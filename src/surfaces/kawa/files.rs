//! Files uploaded to a workspace (`/uploads/files`, kywy's `upload_file`,
//! `download_file`, `delete_file`): the bytes go to the shared file store first, then the
//! row points at them, so a reader never sees a row without its bytes; a replaced or
//! deleted file's bytes are removed after the row changed. Any member of the workspace
//! reads a file; its owner and administrators replace or delete it.

use generated::kawa::v1 as api;

use super::commands::datasources::workspace;
use super::error::KawaError;
use crate::authz::kawa::{Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_file;
use crate::store::kawa::files as store;
use crate::store::StoreError;

fn shown(f: &kw_file::Model) -> api::UploadedFile {
    api::UploadedFile {
        file_id: f.file_id.clone(),
        file_name: f.name.clone(),
        size: f.size,
        content_type: f.content_type.clone(),
        workspace_id: f.workspace_id.to_string(),
        owner_id: f.owner_id.to_string(),
        created_at: iso_ms(f.created_at),
    }
}

/// The file `file_id` of the workspace in scope (404 naming it otherwise).
async fn find(
    state: &AppState,
    scope: &InWorkspace,
    file_id: &str,
) -> Result<kw_file::Model, KawaError> {
    store::one(&state.db, scope, file_id)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No file with id {file_id}")))
}

fn may_change(caller: &Caller, f: &kw_file::Model) -> Result<(), KawaError> {
    if caller.is_admin() || f.owner_id == caller.id() {
        Ok(())
    } else {
        Err(KawaError::Forbidden(format!(
            "You may not change file {}",
            f.file_id
        )))
    }
}

/// Logs a file store failure and answers KAWA's 500.
fn storage(e: std::io::Error) -> KawaError {
    tracing::error!(error = %e, "kawa: the file store failed");
    KawaError::Internal
}

/// `POST /uploads/files`: stores `upload` as `file_id` (a new id when none).
pub async fn upload(
    state: &AppState,
    caller: &Caller,
    file_id: Option<String>,
    upload: poem_openapi::types::multipart::Upload,
) -> Result<api::UploadedFile, KawaError> {
    let scope = workspace(state, caller).await?;
    let file_id = file_id.unwrap_or_else(|| state.ids.uuid().to_string());
    let existing = store::one(&state.db, &scope, &file_id).await?;
    if let Some(row) = &existing {
        may_change(caller, row)?;
    }
    let name = upload.file_name().unwrap_or(&file_id).to_string();
    let content_type = upload
        .content_type()
        .unwrap_or("application/octet-stream")
        .to_string();
    let bytes = upload
        .into_vec()
        .await
        .map_err(|e| KawaError::field("file-0", e))?;
    let key = format!("kawa/files/{}", state.ids.uuid().simple());
    state.files.put(&key, &bytes).await.map_err(storage)?;
    let new = store::NewFile {
        file_id: file_id.clone(),
        name,
        content_type,
        size: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        storage_key: key.clone(),
        owner_id: caller.id(),
        created_at: state.now_ms(),
    };
    let written = match &existing {
        Some(row) => store::replace(&state.db, row, new).await,
        None => store::insert(&state.db, &scope, new).await,
    };
    let row = match written {
        Ok(row) => row,
        Err(e) => {
            // The row did not take the bytes: they must not stay behind.
            let _ = state.files.remove(&key).await;
            return Err(match e {
                StoreError::Conflict(_) => {
                    KawaError::Conflict(format!("File {file_id} was uploaded concurrently"))
                }
                other => other.into(),
            });
        }
    };
    if let Some(old) = existing {
        let _ = state.files.remove(&old.storage_key).await;
    }
    Ok(shown(&row))
}

/// `GET /uploads/files/{fileId}/metadata`.
pub async fn metadata(
    state: &AppState,
    caller: &Caller,
    file_id: &str,
) -> Result<api::UploadedFile, KawaError> {
    let scope = workspace(state, caller).await?;
    Ok(shown(&find(state, &scope, file_id).await?))
}

/// `GET /uploads/files/{fileId}`: the bytes and the file's name.
pub async fn download(
    state: &AppState,
    caller: &Caller,
    file_id: &str,
) -> Result<(Vec<u8>, String), KawaError> {
    let scope = workspace(state, caller).await?;
    let row = find(state, &scope, file_id).await?;
    let bytes = state.files.get(&row.storage_key).await.map_err(storage)?;
    Ok((bytes, row.name))
}

/// `DELETE /uploads/files/{fileId}`.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    file_id: &str,
) -> Result<api::FileRemoval, KawaError> {
    let scope = workspace(state, caller).await?;
    let row = find(state, &scope, file_id).await?;
    may_change(caller, &row)?;
    store::delete(&state.db, &row).await?;
    let _ = state.files.remove(&row.storage_key).await;
    Ok(api::FileRemoval {
        file_id: row.file_id,
        deleted: true,
    })
}
