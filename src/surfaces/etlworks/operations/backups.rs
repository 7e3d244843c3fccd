//! Tenant backups (`/rest/v1/maintenance/backup*`), Administrators only. A request queues
//! a backup and answers at once (409 while another is queued or running); the job loop
//! ([`step`]) claims it through the database and writes the tenant — settings,
//! connections, formats and listeners (secrets redacted, as an export has them), flows,
//! schedules, agents and, when asked, executions — as one JSON file under
//! `<data dir>/etlworks/<tenant id>/backups/`. The file is written beside its final name
//! and renamed when whole, so a failure (recorded as `failed`, with why) leaves no file.

use std::path::{Path, PathBuf};

use generated::etlworks::v1 as api;
use generated::support::WireEnum;
use sea_orm::Set;

use super::document;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_backup as backup;
use crate::store::etlworks::backups::{self as store, Ending};
use crate::store::StoreError;
use crate::surfaces::etlworks::audit::{self, Write};
use crate::surfaces::etlworks::connectors::storage;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// The audit log's name for a backup.
const RESOURCE: &str = "backup";
/// The longest note.
const NOTE_MAX: usize = 500;
/// A backup running this long lost its runner (the server stopped mid-way).
pub const STALL_MS: i64 = 10 * 60 * 1000;
/// The most backups one tick starts.
const PER_TICK: u64 = 2;

/// Queues a backup of the caller's tenant.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::BackupRequest,
) -> Result<api::Backup, EtlworksError> {
    admin(caller, "back up the tenant")?;
    let note = match input.note {
        Some(n) if n.chars().count() > NOTE_MAX => {
            return Err(EtlworksError::BadRequest(format!(
                "Field 'note': at most {NOTE_MAX} characters"
            )))
        }
        other => other,
    };
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    if store::active(&tx, caller.tenant_id()).await? {
        return Err(EtlworksError::Conflict(
            "A backup of this tenant is already queued or running".into(),
        ));
    }
    let row = store::insert(
        &tx,
        backup::ActiveModel {
            id: sea_orm::NotSet,
            tenant_id: Set(caller.tenant_id()),
            status: Set("queued".into()),
            requested_at: Set(now),
            requested_by: Set(caller.login().to_string()),
            include_history: Set(input.include_execution_history.unwrap_or(false)),
            note: Set(note),
            claimed_at: Set(None),
            completed_at: Set(None),
            size_bytes: Set(None),
            file_name: Set(None),
            error: Set(None),
        },
    )
    .await?;
    let answer = view(&row);
    let write = Write::new("create", RESOURCE, row.id.to_string()).after(&answer);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok(answer)
}

/// A page of the tenant's backups, newest first, and how many there are.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListBackupsParams,
) -> Result<(Vec<api::Backup>, i64), EtlworksError> {
    admin(caller, "list backups")?;
    let (offset, limit) = fields::page(params.offset, params.limit);
    let (rows, total) = store::page(&state.db, caller.tenant_id(), offset, limit).await?;
    Ok((rows.iter().map(view).collect(), total as i64))
}

/// The job loop's part: backups whose runner died fail, then queued ones are written.
/// How many were taken.
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now_ms();
    for lost in store::stalled(&state.db, now - STALL_MS).await? {
        discard(&folder(state, lost.tenant_id), lost.id).await;
        let error = "Interrupted: the server stopped while writing it".to_string();
        store::end(&state.db, lost.id, now, Ending::Failed { error }).await?;
    }
    let mut taken = 0;
    for queued in store::queued(&state.db, PER_TICK).await? {
        if !store::claim(&state.db, queued.id, state.now_ms()).await? {
            continue; // Another replica took it.
        }
        taken += 1;
        let ending = match write(state, &queued).await {
            Ok(ending) => ending,
            Err(error) => {
                discard(&folder(state, queued.tenant_id), queued.id).await;
                tracing::warn!(backup = queued.id, %error, "etlworks: a backup failed");
                Ending::Failed { error }
            }
        };
        let written = matches!(ending, Ending::Completed { .. });
        if let Err(e) = store::end(&state.db, queued.id, state.now_ms(), ending).await {
            // Not recorded: the file must not outlive the row that would name it.
            if written {
                discard(&folder(state, queued.tenant_id), queued.id).await;
            }
            return Err(e);
        }
    }
    Ok(taken)
}

/// Writes backup `b`'s file; how it ended, or why it failed.
async fn write(state: &AppState, b: &backup::Model) -> Result<Ending, String> {
    let doc = document::build(state, b)
        .await
        .map_err(|e| format!("Reading the tenant failed: {e}"))?;
    let bytes = serde_json::to_vec_pretty(&doc).map_err(|e| e.to_string())?;
    let dir = folder(state, b.tenant_id);
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(|e| format!("Cannot create {}: {e}", dir.display()))?;
    let (partial, done) = (partial_path(&dir, b.id), dir.join(file_name(b.id)));
    tokio::fs::write(&partial, &bytes)
        .await
        .map_err(|e| format!("Cannot write {}: {e}", partial.display()))?;
    tokio::fs::rename(&partial, &done)
        .await
        .map_err(|e| format!("Cannot rename {}: {e}", partial.display()))?;
    Ok(Ending::Completed {
        file_name: file_name(b.id),
        size_bytes: bytes.len() as i64,
    })
}

/// The tenant's backup folder.
pub fn folder(state: &AppState, tenant_id: i32) -> PathBuf {
    storage::tenant_root(state, tenant_id).join("backups")
}

fn file_name(id: i32) -> String {
    format!("backup-{id}.json")
}

fn partial_path(dir: &Path, id: i32) -> PathBuf {
    dir.join(format!("backup-{id}.json.partial"))
}

/// Removes whatever backup `id` left in `dir` (nothing there is fine).
async fn discard(dir: &Path, id: i32) {
    for path in [partial_path(dir, id), dir.join(file_name(id))] {
        if let Err(e) = tokio::fs::remove_file(&path).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(path = %path.display(), error = %e, "etlworks: a backup file stays");
            }
        }
    }
}

fn admin<'a>(caller: &'a Caller, doing: &str) -> Result<&'a Caller, EtlworksError> {
    caller.at_least(Role::Administrator, doing)
}

fn view(row: &backup::Model) -> api::Backup {
    api::Backup {
        id: row.id.into(),
        status: api::BackupStatus::from_wire(&row.status).unwrap_or(api::BackupStatus::Failed),
        requested_at: iso_seconds(row.requested_at),
        requested_by: row.requested_by.clone(),
        completed_at: row.completed_at.map(iso_seconds),
        size_bytes: row.size_bytes,
        note: row.note.clone(),
        error: row.error.clone(),
        file_name: row.file_name.clone(),
    }
}
