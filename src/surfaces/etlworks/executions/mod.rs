//! Executions (`/rest/v1/executions/*`): a flow's audit records (one run each), their
//! history and status counts, the transformations in flight, and (in [`console`]) their
//! console logs. Operators and above read them, as Etlworks' run-status API asks; a
//! Viewer is refused.

pub mod console;
pub mod views;

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::error::EtlworksError;
use super::{fields, flows};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::et_execution;
use crate::store::etlworks::executions::{self, Filter};

/// What `GET /executions/{flowId}` asks for.
pub struct Lookup {
    pub audit_id: Option<i64>,
    pub message_id: Option<uuid::Uuid>,
    pub status: Option<api::FlowStatus>,
}

/// One record of flow `flow_id`: `auditId`'s, the run `messageId` started, or the
/// latest; a 404 when it does not exist or has not the asked status.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    lookup: Lookup,
) -> Result<api::FlowAuditRecord, EtlworksError> {
    let record = match lookup.audit_id {
        Some(audit) => record(state, caller, flow_id, audit).await?,
        None => {
            let flow = readable_flow(state, caller, flow_id).await?;
            let message = lookup.message_id.map(|m| m.to_string());
            let filter = Filter {
                message_id: message.as_deref(),
                ..Filter::default()
            };
            let (rows, _) =
                executions::page(&state.db, caller.tenant_id(), flow.id, filter, 0, 1).await?;
            rows.into_iter().next().ok_or_else(|| {
                EtlworksError::NotFound(format!("Flow {flow_id} has no matching execution"))
            })?
        }
    };
    if let Some(status) = lookup.status {
        if record.status != status.wire() {
            return Err(EtlworksError::NotFound(format!(
                "Execution {} is {}, not {}",
                record.id,
                record.status,
                status.wire()
            )));
        }
    }
    Ok(views::record(&record))
}

/// A page of flow `flow_id`'s records, newest first, and how many match.
pub async fn history(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    params: api::ListFlowExecutionsParams,
) -> Result<(Vec<api::FlowAuditRecord>, i64), EtlworksError> {
    let flow = readable_flow(state, caller, flow_id).await?;
    let since = fields::instant("since", params.since.as_deref())?;
    let (offset, limit) = fields::page(params.offset, params.limit);
    let filter = Filter {
        status: params.status.map(|s| s.wire()),
        since,
        ..Filter::default()
    };
    let (rows, total) = executions::page(
        &state.db,
        caller.tenant_id(),
        flow.id,
        filter,
        offset,
        limit,
    )
    .await?;
    Ok((rows.iter().map(views::record).collect(), total as i64))
}

/// How many of flow `flow_id`'s runs queued in `[from, to)` have each status.
pub async fn statuses(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    from: Option<String>,
    to: Option<String>,
) -> Result<api::FlowStatusCounts, EtlworksError> {
    let flow = readable_flow(state, caller, flow_id).await?;
    let from = fields::instant("from", from.as_deref())?;
    // A window that ends before it starts holds no run: every count is 0.
    let to = fields::instant("to", to.as_deref())?.unwrap_or(i64::MAX);
    let counts = executions::counts(&state.db, caller.tenant_id(), flow.id, from, to).await?;
    let n = |s: &str| counts.get(s).copied().unwrap_or(0);
    Ok(api::FlowStatusCounts {
        queued: n("queued"),
        running: n("running"),
        success: n("success"),
        warning: n("warning"),
        error: n("error"),
        canceled: n("canceled"),
    })
}

/// The transformations execution `audit_id` has in flight (none once it ended).
pub async fn running_tasks(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    audit_id: i64,
    kind: Option<api::ListRunningTasksType>,
) -> Result<Vec<api::RunningTask>, EtlworksError> {
    caller.at_least(Role::Administrator, "see running tasks")?;
    let record = record(state, caller, flow_id, audit_id).await?;
    if record.status != "running" {
        return Ok(Vec::new());
    }
    let now = state.now_ms();
    let tasks: Vec<api::RunningTask> = serde_json::from_str(&record.tasks).unwrap_or_default();
    Ok(tasks
        .into_iter()
        .filter(|t| kind.is_none_or(|k| t.type_.wire() == k.wire()))
        .map(|mut t| {
            t.duration = (now - t.started).max(0);
            t
        })
        .collect())
}

/// The caller's tenant's flow `flow_id`, for a caller who may read its runs.
async fn readable_flow(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
) -> Result<crate::store::entities::et_flow::Model, EtlworksError> {
    caller.at_least(Role::Operator, "read flow executions")?;
    flows::live(&state.db, caller, flow_id).await
}

/// Record `audit_id` of the caller's tenant's flow `flow_id`, or a 404.
pub async fn record(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    audit_id: i64,
) -> Result<et_execution::Model, EtlworksError> {
    let flow = readable_flow(state, caller, flow_id).await?;
    let found = match i32::try_from(audit_id) {
        Ok(id) => executions::of_flow(&state.db, caller.tenant_id(), flow.id, id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| {
        EtlworksError::NotFound(format!("Execution {audit_id} of flow {flow_id} not found"))
    })
}
