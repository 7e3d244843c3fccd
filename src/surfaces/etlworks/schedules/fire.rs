//! Schedules firing: the job loop's step queues a run for every enabled schedule whose
//! time has come (the conditional update moving its next firing on is the claim, so
//! across replicas each firing happens once; missed firings while no server ran are
//! fired once, not replayed); `run now` queues one on request; a failed scheduled run is
//! retried as the schedule says. Their runs carry the schedule as `eventId`/`eventName`.

use std::collections::BTreeMap;

use generated::etlworks::v1 as api;

use super::timing::Timing;
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::{et_execution, et_schedule};
use crate::store::etlworks::{executions, flows, schedules};
use crate::store::StoreError;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::executions::views;
use crate::surfaces::etlworks::fields;
use crate::surfaces::etlworks::runs::{self, Origin, Queued, Retry};

/// The most schedules one step fires.
const BATCH: u64 = 50;

/// Fires every due schedule; how many runs it queued.
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now_ms();
    let mut queued = 0;
    for schedule in schedules::due(&state.db, now, BATCH).await? {
        match fire(state, &schedule, now).await {
            Ok(true) => queued += 1,
            Ok(false) => {}
            Err(EtlworksError::Internal) => {
                return Err(StoreError::Internal("a schedule did not fire".into()))
            }
            Err(e) => {
                tracing::info!(schedule = schedule.id, error = %e, "etlworks: a schedule fired nothing")
            }
        }
    }
    Ok(queued)
}

/// Claims `schedule`'s firing and queues its run, in one transaction; whether a run was
/// queued (not when another replica fired it, the flow is gone, or it is still running).
async fn fire(
    state: &AppState,
    schedule: &et_schedule::Model,
    now: i64,
) -> Result<bool, EtlworksError> {
    let Some(due) = schedule.next_fire_at else {
        return Ok(false);
    };
    let next = Timing::parse(&schedule.schedule)
        .ok()
        .and_then(|t| t.next_after(now));
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    if !schedules::claim_firing(&tx, schedule.id, due, next).await? {
        return Ok(false);
    }
    let Some(flow) = flows::by_id(&tx, schedule.tenant_id, schedule.flow_id).await? else {
        tx.commit().await.map_err(StoreError::from)?;
        return Ok(false);
    };
    let origin = Origin {
        user_id: schedule.owner_id,
        login: &schedule.owner,
        event: Some((schedule.id, schedule.name.clone())),
        retry: None,
    };
    let queued = runs::queue(&tx, state, &flow, &origin, &BTreeMap::new(), false).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(matches!(queued, Queued::New(_)))
}

/// Runs schedule `id`'s flow once now, with the schedule as its event. A flow that is
/// not the schedule's is a 404.
pub async fn run_now(
    state: &AppState,
    caller: &Caller,
    id: i64,
    flow_id: i64,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    caller.at_least(Role::Operator, "run flows")?;
    let schedule = super::live(&state.db, caller, id).await?;
    if i64::from(schedule.flow_id) != flow_id {
        return Err(EtlworksError::NotFound(format!(
            "Flow {flow_id} is not the flow of schedule {id}"
        )));
    }
    let flow = crate::surfaces::etlworks::flows::live(&state.db, caller, flow_id).await?;
    let origin = Origin {
        user_id: caller.id(),
        login: caller.login(),
        event: Some((schedule.id, schedule.name.clone())),
        retry: None,
    };
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let queued = runs::queue(&tx, state, &flow, &origin, &BTreeMap::new(), false).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(match queued {
        Queued::New(execution) => runs::answer(&execution),
        Queued::AlreadyActive(active) => {
            let mut answer = runs::answer(&active);
            answer.exception = Some(format!("Flow \"{}\" is already running", flow.name));
            answer
        }
    })
}

/// A page of the runs schedule `id` started, newest first, and how many.
pub async fn history(
    state: &AppState,
    caller: &Caller,
    id: i64,
    offset: i32,
    limit: i32,
) -> Result<(Vec<api::FlowAuditRecord>, i64), EtlworksError> {
    let schedule = super::live(&state.db, caller, id).await?;
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) =
        executions::of_event(&state.db, caller.tenant_id(), schedule.id, offset, limit).await?;
    Ok((rows.iter().map(views::record).collect(), total as i64))
}

/// After a scheduled run ended `status`: a failure is retried after the schedule's delay
/// while it has retries left; the retry names the first run as its parent.
pub async fn after_end(
    state: &AppState,
    execution: &et_execution::Model,
    status: &str,
) -> Result<(), EtlworksError> {
    let Some(event) = execution.event_id else {
        return Ok(());
    };
    if status != "error" {
        return Ok(());
    }
    let Some(schedule) = schedules::any(&state.db, event).await? else {
        return Ok(());
    };
    let attempt = execution.retries.unwrap_or(0) + 1;
    if attempt > schedule.retries || schedule.deleted_at.is_some() {
        return Ok(());
    }
    let Some(flow) = flows::by_id(&state.db, schedule.tenant_id, schedule.flow_id).await? else {
        return Ok(());
    };
    let now = state.now_ms();
    let origin = Origin {
        user_id: schedule.owner_id,
        login: &schedule.owner,
        event: Some((schedule.id, schedule.name.clone())),
        retry: Some(Retry {
            parent_audit_id: execution.parent_audit_id.unwrap_or(execution.id),
            attempt,
            due_at: now + i64::from(schedule.delay_between_retries) * 60_000,
        }),
    };
    let parameters: BTreeMap<String, String> =
        serde_json::from_str(&execution.parameters).unwrap_or_default();
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    runs::queue(&tx, state, &flow, &origin, &parameters, false).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}
