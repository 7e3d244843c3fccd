//! Engine jobs: created STARTED with a workspace, then moved by a background runner to
//! IN_PROGRESS and to SUCCESS or FAILURE. Each step is a conditional update, so with
//! several replicas on one PostgreSQL every step still happens once.

use std::time::Duration;

use tokio::sync::watch;

use crate::authz::Operator;
use crate::state::AppState;
use crate::store;
use crate::store::entities::sy_job;
use crate::store::StoreError;

/// A new `create_engine` job for `engine_id`, due `duration` from now.
pub fn creation_job(state: &AppState, engine_id: &str, duration: Duration) -> sy_job::Model {
    let now = state.now_ms();
    sy_job::Model {
        id: state.ids.uuid().to_string(),
        engine_id: engine_id.to_string(),
        workspace: 0,
        job_type: "create_engine".into(),
        status: "STARTED".into(),
        reason: None,
        created: now,
        last_updated: now,
        due_at: now + duration.as_millis() as i64,
    }
}

/// Runs until `stop` turns true.
pub async fn run(state: AppState, stop: watch::Receiver<bool>) {
    let state = &state;
    crate::common::jobs::every("syntho", stop, move || async move {
        step(state).await.map(drop)
    })
    .await;
}

/// Advances every job due at the state's clock by one state; returns how many moved
/// (here: another replica may have moved some first).
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    let operator = Operator::outside_requests();
    let now = state.now_ms();
    let duration = state.config.syntho_job_duration.as_millis() as i64;
    let start_delay = (duration / 3).min(500);
    let mut moved = 0;
    for job in store::syntho::jobs_due(&state.db, &operator, now, start_delay).await? {
        let done = match job.status.as_str() {
            "STARTED" => {
                store::syntho::transition_job(
                    &state.db,
                    &operator,
                    &job.id,
                    "STARTED",
                    "IN_PROGRESS",
                    None,
                    now,
                )
                .await?
            }
            "IN_PROGRESS" => {
                let (to, reason) = outcome(state, &operator, &job).await?;
                store::syntho::transition_job(
                    &state.db,
                    &operator,
                    &job.id,
                    "IN_PROGRESS",
                    to,
                    reason,
                    now,
                )
                .await?
            }
            _ => false,
        };
        moved += usize::from(done);
    }
    Ok(moved)
}

/// How a creation job ends. Understudy cannot reach customer databases, so it fails
/// exactly when the source host is under `.invalid` (RFC 2606: never resolvable) —
/// a documented switch for testing a client's failure path.
async fn outcome(
    state: &AppState,
    operator: &Operator,
    job: &sy_job::Model,
) -> Result<(&'static str, Option<String>), StoreError> {
    let Some(workspace) =
        store::syntho::workspace_for_job(&state.db, operator, job.workspace).await?
    else {
        return Ok(("REVOKED", Some("workspace deleted".into())));
    };
    let host = super::workspaces::from_json(&workspace.source_connection)
        .ok()
        .and_then(|c| c.host)
        .unwrap_or_default();
    if host.trim_end_matches('.').ends_with(".invalid") {
        return Ok((
            "FAILURE",
            Some(format!(
                "could not connect to the source database at {host}"
            )),
        ));
    }
    Ok(("SUCCESS", None))
}
