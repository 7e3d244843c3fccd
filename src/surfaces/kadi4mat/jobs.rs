//! Kadi4Mat's background work: assembling finished chunked uploads into files (each
//! claimed through the database, so one replica does it once), and sweeping what
//! nobody finished, so an abandoned upload does not keep its chunks on disk.

use tokio::sync::watch;

use super::records::uploads;
use crate::common::mimetype;
use crate::state::AppState;
use crate::store;
use crate::store::entities::kd_upload;
use crate::store::StoreError;

/// An upload untouched this long is abandoned (Kadi keeps them a day too).
pub const UPLOAD_EXPIRY_MS: i64 = 24 * 60 * 60 * 1000;
/// A task running this long lost its runner (a stopped replica) and is run again.
const TASK_TIMEOUT_MS: i64 = 10 * 60 * 1000;
/// Sweep every this many ticks.
const SWEEP_EVERY: u32 = 600;

/// Runs until `stop` says so; sweeps now and then.
pub async fn run(state: AppState, stop: watch::Receiver<bool>) {
    let state = &state;
    let mut ticks = 0u32;
    crate::common::jobs::every("kadi4mat", stop, move || {
        ticks = ticks.wrapping_add(1);
        let sweeping = ticks % SWEEP_EVERY == 1;
        async move {
            // A failed assembly must not keep the sweep from running, nor hide it.
            let assembled = step(state).await.map(drop);
            if sweeping {
                sweep(state).await?;
            }
            assembled
        }
    })
    .await;
}

/// Assembles every finished upload this runner can claim; how many it handled.
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now_ms();
    store::kadi4mat::uploads::requeue_stuck(&state.db, now - TASK_TIMEOUT_MS).await?;
    let mut handled = 0;
    for upload in store::kadi4mat::uploads::pending(&state.db).await? {
        if !store::kadi4mat::uploads::claim(&state.db, &upload.id, now).await? {
            continue;
        }
        handled += 1;
        if let Err(reason) = assemble(state, &upload).await {
            store::kadi4mat::uploads::end(&state.db, &upload.id, Err(&reason), true, now).await?;
        }
        // Made or not, the chunks are no longer needed.
        if let Err(e) = state.files.remove(&uploads::chunk_prefix(&upload.id)).await {
            tracing::warn!(upload = %upload.id, error = %e, "chunks could not be removed");
        }
    }
    Ok(handled)
}

/// The chunks of `upload` joined into its file (made, or replacing the one it names).
async fn assemble(state: &AppState, upload: &kd_upload::Model) -> Result<(), String> {
    let prefix = uploads::chunk_prefix(&upload.id);
    let parts: Vec<String> = (0..upload.chunk_count)
        .map(|i| format!("{prefix}/{i}"))
        .collect();
    let key = uploads::data_key(state);
    let (size, md5) = state
        .files
        .concat(&key, &parts)
        .await
        .map_err(|e| format!("The chunks could not be joined: {e}"))?;
    let outcome = if size as i64 != upload.size {
        Err(format!(
            "The chunks hold {size} bytes, the upload announced {}.",
            upload.size
        ))
    } else {
        let head = state.files.get(&parts[0]).await.unwrap_or_default();
        let magic = mimetype::sniff(&head[..head.len().min(65_536)]);
        uploads::save_file(state, upload, key.clone(), md5, magic)
            .await
            .map(|_| ())
            .map_err(|e| e.body()["description"].as_str().unwrap_or("").to_string())
    };
    if outcome.is_err() {
        let _ = state.files.remove(&key).await;
    }
    outcome
}

/// Removes uploads untouched for a day (unfinished, or finished and read) with their
/// chunks, and chunks that belong to no upload.
pub async fn sweep(state: &AppState) -> Result<usize, StoreError> {
    let before = state.now_ms() - UPLOAD_EXPIRY_MS;
    let mut removed = 0;
    for upload in store::kadi4mat::uploads::stale(&state.db, before).await? {
        store::kadi4mat::uploads::delete(&state.db, &upload.id).await?;
        let _ = state.files.remove(&uploads::chunk_prefix(&upload.id)).await;
        removed += 1;
    }
    let keys = state.files.list("uploads/").await.unwrap_or_default();
    for key in keys {
        let id = key.trim_start_matches("uploads/");
        if store::kadi4mat::uploads::one(&state.db, id)
            .await?
            .is_none()
        {
            let _ = state.files.remove(&key).await;
            removed += 1;
        }
    }
    Ok(removed)
}
