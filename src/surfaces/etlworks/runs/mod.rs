//! Running flows (`/flows/{id}/run`, `/flows/flow-name/{name}/run`, `/flows/{id}/stop`):
//! a run request queues an execution (its id is the `auditId` to poll) and answers at
//! once; the job runner ([`runner`]) claims it through the database and executes it
//! ([`execute`]). One instance of a flow at a time unless `parallel` is asked; `wait`
//! answers when the run ends. Operators and above run and stop flows.

pub mod console;
pub mod endpoints;
pub mod execute;
pub mod mapping;
pub mod rows;
pub mod runner;
pub mod transfer;
pub mod variables;

use std::collections::BTreeMap;
use std::time::Duration;

use generated::etlworks::v1 as api;
use sea_orm::{ConnectionTrait, Set};

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::flows;
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::{et_execution, et_flow};
use crate::store::etlworks::{executions, flows as flow_store};
use crate::store::StoreError;

/// The integer codes of a run answer (`FlowExecutionResponse.status`).
pub mod code {
    pub const STARTED: i32 = 0;
    pub const RUNNING: i32 = 1;
    pub const CANCELED: i32 = 2;
    pub const NOT_RUNNING: i32 = 3;
    pub const SUCCESS: i32 = 4;
    pub const ERROR: i32 = 5;
}

/// How often a waiting request looks at its run.
const WAIT_POLL: Duration = Duration::from_millis(100);

/// What a run request asks for.
pub struct Start {
    pub parameters: BTreeMap<String, String>,
    pub parallel: bool,
    pub wait: bool,
    pub timeout_seconds: i32,
}

/// Who or what queues a run: a user, or a schedule ("event") on its owner's behalf.
pub struct Origin<'a> {
    pub user_id: i32,
    pub login: &'a str,
    pub event: Option<(i32, String)>,
    /// Set for an automatic retry of a failed scheduled run.
    pub retry: Option<Retry>,
}

/// An automatic retry: of which first run, which attempt, not before when.
pub struct Retry {
    pub parent_audit_id: i32,
    pub attempt: i32,
    pub due_at: i64,
}

/// Runs the caller's tenant's flow `id`.
pub async fn run_by_id(
    state: &AppState,
    caller: &Caller,
    id: i64,
    start: Start,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    caller.at_least(Role::Operator, "run flows")?;
    let flow = flows::live(&state.db, caller, id).await?;
    run(state, caller, flow, start).await
}

/// Runs the caller's tenant's flow named `name`.
pub async fn run_by_name(
    state: &AppState,
    caller: &Caller,
    name: &str,
    start: Start,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    caller.at_least(Role::Operator, "run flows")?;
    let flow = flow_store::by_name(&state.db, caller.tenant_id(), name)
        .await?
        .ok_or_else(|| EtlworksError::NotFound(format!("Flow '{name}' not found")))?;
    run(state, caller, flow, start).await
}

async fn run(
    state: &AppState,
    caller: &Caller,
    flow: et_flow::Model,
    start: Start,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    let parameters = variables::checked(start.parameters)?;
    let origin = Origin {
        user_id: caller.id(),
        login: caller.login(),
        event: None,
        retry: None,
    };
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let queued = match queue(&tx, state, &flow, &origin, &parameters, start.parallel).await? {
        Queued::New(execution) => execution,
        Queued::AlreadyActive(active) => return Ok(already_running(&flow, &active)),
    };
    let write = Write::new("run", "flow", flow.id.to_string())
        .named(&flow.name)
        .after(serde_json::json!({ "auditId": queued.id, "parameters": parameters }));
    audit::record(&tx, state.now_ms(), caller, write).await?;
    match tx.commit().await.map_err(StoreError::from) {
        Ok(()) => {}
        // A concurrent request queued an exclusive run of the flow first.
        Err(StoreError::Conflict(_)) => {
            if let Some(active) = executions::active(&state.db, flow.id).await?.first() {
                return Ok(already_running(&flow, active));
            }
            return Err(EtlworksError::Conflict(
                "The flow was started concurrently".into(),
            ));
        }
        Err(e) => return Err(e.into()),
    }
    let mut answer = answer(&queued);
    if start.wait {
        answer = wait(state, &queued, start.timeout_seconds).await?;
    }
    Ok(answer)
}

/// What [`queue`] did.
pub enum Queued {
    New(et_execution::Model),
    /// An exclusive run was asked while this one is queued or running.
    AlreadyActive(et_execution::Model),
}

/// Queues a run of `flow` for `origin` in the transaction `db`, with its first console
/// line; schedules queue theirs through here too.
pub async fn queue<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    flow: &et_flow::Model,
    origin: &Origin<'_>,
    parameters: &BTreeMap<String, String>,
    parallel: bool,
) -> Result<Queued, EtlworksError> {
    let active = executions::active(db, flow.id).await?;
    if !parallel {
        if let Some(first) = active.into_iter().next() {
            return Ok(Queued::AlreadyActive(first));
        }
    }
    let now = state.now_ms();
    let row = et_execution::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(flow.tenant_id),
        flow_id: Set(flow.id),
        flow_name: Set(flow.name.clone()),
        status: Set("queued".into()),
        parameters: Set(serde_json::to_string(parameters).unwrap_or_else(|_| "{}".into())),
        event_id: Set(origin.event.as_ref().map(|e| e.0)),
        event_name: Set(origin.event.as_ref().map(|e| e.1.clone())),
        message_id: Set(None),
        parent_audit_id: Set(origin.retry.as_ref().map(|r| r.parent_audit_id)),
        retries: Set(origin.retry.as_ref().map(|r| r.attempt)),
        started_by: Set(origin.user_id),
        owner: Set(origin.login.to_string()),
        queued_at: Set(now),
        started_at: Set(None),
        finished_at: Set(None),
        exception: Set(None),
        records_processed: Set(0),
        metrics: Set("[]".into()),
        tasks: Set("[]".into()),
        claimed_at: Set(None),
        cancel_requested: Set(false),
        exclusive: Set(!parallel),
        due_at: Set(origin.retry.as_ref().map(|r| r.due_at)),
    };
    let execution = executions::insert(db, row).await?;
    let by = match (&origin.event, &origin.retry) {
        (Some((_, name)), Some(retry)) => {
            format!(
                "schedule \"{name}\" (retry {} of audit {})",
                retry.attempt, retry.parent_audit_id
            )
        }
        (Some((_, name)), None) => format!("schedule \"{name}\""),
        (None, _) => origin.login.to_string(),
    };
    let line = format!(
        "Flow \"{}\" queued by {by} (audit {})",
        flow.name, execution.id
    );
    executions::log(db, execution.id, now, console::INFO, &line).await?;
    Ok(Queued::New(execution))
}

/// Stops the caller's tenant's flow `id`: every queued or running execution, or only
/// `audit_id`. A queued one is canceled at once; a running one at its runner's next step.
pub async fn stop(
    state: &AppState,
    caller: &Caller,
    id: i64,
    audit_id: Option<i64>,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    caller.at_least(Role::Operator, "stop flows")?;
    let flow = flows::live(&state.db, caller, id).await?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let active: Vec<_> = executions::active(&tx, flow.id)
        .await?
        .into_iter()
        .filter(|e| audit_id.is_none_or(|a| i64::from(e.id) == a))
        .collect();
    let now = state.now_ms();
    let mut stopped = None;
    for execution in &active {
        let line = format!("Stop requested by {}", caller.login());
        let done = if execution.status == "queued" {
            let ending = runner::canceled_before_start(now);
            executions::end(&tx, execution.id, "queued", ending).await?
        } else {
            executions::request_cancel(&tx, execution.id).await?
        };
        if done {
            executions::log(&tx, execution.id, now, console::WARN, &line).await?;
            stopped.get_or_insert(execution.id);
        }
        // A run canceled before it started has ended; a running one ends at its runner.
        if done && execution.status == "queued" {
            if let Some(ended) = executions::by_id(&tx, execution.id).await? {
                flows::events::executed(&tx, state, &ended).await?;
            }
        }
    }
    if let Some(audit) = stopped {
        let write = Write::new("update", "flow", flow.id.to_string())
            .named(&flow.name)
            .after(serde_json::json!({ "stopped": audit }));
        audit::record(&tx, now, caller, write).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(api::FlowExecutionResponse {
        flow_id: i64::from(flow.id),
        audit_id: stopped.map(i64::from),
        message_uuid: None,
        status: if stopped.is_some() {
            code::CANCELED
        } else {
            code::NOT_RUNNING
        },
        exception: None,
    })
}

/// Waits for `queued` to end, at most `timeout_seconds`; the answer then.
async fn wait(
    state: &AppState,
    queued: &et_execution::Model,
    timeout_seconds: i32,
) -> Result<api::FlowExecutionResponse, EtlworksError> {
    let polls = (u64::try_from(timeout_seconds.clamp(1, 3600)).unwrap_or(1) * 1000)
        / WAIT_POLL.as_millis() as u64;
    let mut latest = queued.clone();
    for _ in 0..polls {
        if let Some(now) = executions::by_id(&state.db, queued.id).await? {
            latest = now;
        }
        if !executions::ACTIVE.contains(&latest.status.as_str()) {
            break;
        }
        tokio::time::sleep(WAIT_POLL).await;
    }
    Ok(answer(&latest))
}

/// The answer for `execution` as it stands.
pub fn answer(execution: &et_execution::Model) -> api::FlowExecutionResponse {
    api::FlowExecutionResponse {
        flow_id: i64::from(execution.flow_id),
        audit_id: Some(i64::from(execution.id)),
        message_uuid: execution.message_id.as_deref().and_then(|m| m.parse().ok()),
        status: status_code(&execution.status),
        exception: execution.exception.clone(),
    }
}

fn already_running(
    flow: &et_flow::Model,
    active: &et_execution::Model,
) -> api::FlowExecutionResponse {
    api::FlowExecutionResponse {
        flow_id: i64::from(flow.id),
        audit_id: Some(i64::from(active.id)),
        message_uuid: None,
        status: code::RUNNING,
        exception: Some(format!(
            "Flow \"{}\" is already running (audit {}): ask with parallel=true to start another instance",
            flow.name, active.id
        )),
    }
}

/// The integer code of a record status. A run that ended with warnings succeeded.
pub fn status_code(status: &str) -> i32 {
    match status {
        "queued" => code::STARTED,
        "running" => code::RUNNING,
        "canceled" => code::CANCELED,
        "success" | "warning" => code::SUCCESS,
        _ => code::ERROR,
    }
}
