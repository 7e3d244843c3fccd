//! The commands on workflows: `CreateWorkflow` and `UpdateWorkflow` (checked by
//! [`definition`]), `DeleteWorkflow` (with its run history) and `RunWorkflow` (queued
//! by [`runs`], answered 202).

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use super::super::workflows::{self as views, definition, find, may_change, runs};
use super::datasources::workspace;
use super::{begin, commit, Outcome};
use crate::authz::kawa::Caller;
use crate::state::AppState;
use crate::store::kawa::workflows as store;

/// The workflow fields of `CreateWorkflowParameters` or `UpdateWorkflowParameters`
/// (two generated types with the same fields).
macro_rules! given {
    ($p:ident) => {
        definition::Given {
            display_information: $p.display_information,
            tasks: $p.tasks,
            control_panels: $p.tasks_with_control_panel,
            trigger: $p.trigger,
            schedule: $p.schedule,
        }
    };
}

/// `CreateWorkflow`: the workflow, owned by the caller, enabled.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    p: api::CreateWorkflowParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let def = definition::check(&state.db, Some(caller), &scope, given!(p)).await?;
    let txn = begin(state).await?;
    let created = store::create(&txn, &scope, caller.id(), def, state.now_ms()).await?;
    commit(state, txn, caller).await?;
    Ok(envelope(&created))
}

/// `UpdateWorkflow`: its owner's or an administrator's; the run history stays.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    p: api::UpdateWorkflowParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    may_change(caller, &find(&state.db, &scope, &p.workflow_id).await?)?;
    let def = definition::check(&state.db, Some(caller), &scope, given!(p)).await?;
    let txn = begin(state).await?;
    // Read again in the transaction: a delete meanwhile makes this a 404.
    let current = find(&txn, &scope, &p.workflow_id).await?;
    let replaced = store::replace(&txn, current, def).await?;
    commit(state, txn, caller).await?;
    Ok(envelope(&replaced))
}

fn envelope(w: &crate::store::entities::kw_workflow::Model) -> api::CommandResult {
    api::CommandResult::WorkflowEnvelope(api::WorkflowEnvelope {
        workflow: views::workflow(w),
    })
}

/// `ScheduleWorkflow`: sets or removes the schedule (the trigger follows).
pub async fn schedule(
    state: &AppState,
    caller: &Caller,
    p: api::ScheduleWorkflowParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    if let Some(schedule) = &p.schedule {
        views::schedule::check("schedule", schedule)?;
    }
    let stored = p.schedule.and_then(|s| serde_json::to_string(&s).ok());
    let txn = begin(state).await?;
    let found = find(&txn, &scope, &p.workflow_id).await?;
    may_change(caller, &found)?;
    let changed = store::set_schedule(&txn, found, stored).await?;
    commit(state, txn, caller).await?;
    Ok(envelope(&changed))
}

/// `DeleteWorkflow`: its owner's or an administrator's, with its run history.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    p: api::DeleteWorkflowParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let found = find(&txn, &scope, &p.workflow_id).await?;
    may_change(caller, &found)?;
    store::delete(&txn, found.id).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::EntityRemoval(api::EntityRemoval {
        kind: api::EntityRemovalKind::Workflows,
        id: found.id.to_string(),
        deleted: true,
    }))
}

/// `RunWorkflow`: 202 with the run, queued for the background runner.
pub async fn run(
    state: &AppState,
    caller: &Caller,
    p: api::RunWorkflowParameters,
) -> Result<Outcome, KawaError> {
    Ok(Outcome::Started(runs::start(state, caller, p).await?))
}
