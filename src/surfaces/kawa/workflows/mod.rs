//! KAWA's workflows: a trigger and tasks, created and replaced by command
//! ([`definition`] checks them), listed and read by every member of the workspace, run
//! by `RunWorkflow` ([`runs`] queues a run) and executed in the background
//! ([`runner`], holding each run by a heartbeat, [`claim`], with [`bindings`] resolving
//! the values tasks and conditions name).

pub mod bindings;
pub mod claim;
mod copy;
pub mod definition;
pub mod runner;
pub mod runs;
pub mod schedule;

use generated::kawa::v1 as api;
use serde_json::Value;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::{kw_workflow, kw_workflow_run};
use crate::store::kawa::{scoped, text_list, workflows as store};

/// The prefix KAWA stores trigger variable ids with.
pub const VARIABLE_PREFIX: &str = "taskVariable_";

/// `id` with the variable prefix, added when missing (kywy's `run_workflow` does too).
pub fn prefixed(id: &str) -> String {
    if id.starts_with(VARIABLE_PREFIX) {
        id.to_string()
    } else {
        format!("{VARIABLE_PREFIX}{id}")
    }
}

/// A stored JSON list, read back (what was stored was checked on the way in).
fn json_list<T: serde::de::DeserializeOwned>(stored: &str) -> Vec<T> {
    serde_json::from_str(stored).unwrap_or_default()
}

fn trigger_type(stored: &str) -> api::WorkflowTriggerType {
    serde_json::from_value(Value::String(stored.to_string()))
        .unwrap_or(api::WorkflowTriggerType::Manual)
}

/// The contract's view of a stored workflow.
pub fn workflow(w: &kw_workflow::Model) -> api::Workflow {
    let variables: Vec<api::WorkflowTriggerVariable> = json_list(&w.trigger_variables);
    let tasks: Vec<api::WorkflowTaskDefinition> = json_list(&w.tasks);
    api::Workflow {
        id: w.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: w.name.clone(),
            description: Some(w.description.clone()),
        },
        workspace_id: w.workspace_id.to_string(),
        owner_id: w.owner_id.to_string(),
        enabled: w.enabled,
        trigger: api::WorkflowTrigger {
            type_: trigger_type(&w.trigger_type),
            parameters: variables
                .into_iter()
                .map(|v| api::WorkflowTriggerParameter {
                    display_information: v.display_information.unwrap_or_else(|| {
                        api::DisplayInformation {
                            display_name: v.id.clone(),
                            description: Some(String::new()),
                        }
                    }),
                    id: v.id,
                    type_: definition::type_name(&v.type_).to_string(),
                    default_value: v.default_value,
                })
                .collect(),
        },
        tasks: tasks.iter().map(definition::summary).collect(),
        schedule: w
            .schedule
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok()),
        tags: text_list(&w.tags),
        created_at: iso_ms(w.created_at),
    }
}

/// The contract's view of a run.
pub fn run(r: &kw_workflow_run::Model) -> api::WorkflowRun {
    let status = match r.status.as_str() {
        "SUCCESS" => api::WorkflowRunStatus::Success,
        "FAILURE" => api::WorkflowRunStatus::Failure,
        _ => api::WorkflowRunStatus::Running,
    };
    api::WorkflowRun {
        id: r.id.to_string(),
        workflow_id: r.workflow_id.to_string(),
        status,
        start_time: iso_ms(r.start_time),
        end_time: r.end_time.map(iso_ms),
        triggered_by: r.triggered_by.to_string(),
        parameter_values: serde_json::from_str(&r.parameter_values).unwrap_or_default(),
        error_message: r.error_message.clone(),
        tasks: Some(json_list(&r.results)),
    }
}

/// The workflows of the workspace the request acts in, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Workflow>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(scoped::all::<kw_workflow::Entity, _>(&state.db, &scope)
        .await?
        .iter()
        .filter(|w| kept(&w.name, &text_list(&w.tags), name, tag))
        .map(workflow)
        .collect())
}

/// Workflow `id` of the workspace in scope: 404 when it has none such.
pub async fn find<C: sea_orm::ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    id: &str,
) -> Result<kw_workflow::Model, KawaError> {
    let missing = || KawaError::Missing(format!("No workflow with id {id}"));
    let n = authz::parse_id(id).ok_or_else(missing)?;
    scoped::one::<kw_workflow::Entity, _>(db, scope, n)
        .await?
        .ok_or_else(missing)
}

/// The workflow `id`.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Workflow, KawaError> {
    let scope = super::commands::datasources::workspace(state, caller).await?;
    Ok(workflow(&find(&state.db, &scope, id).await?))
}

/// The runs of workflow `id`, newest first.
pub async fn history(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<Vec<api::WorkflowRun>, KawaError> {
    let scope = super::commands::datasources::workspace(state, caller).await?;
    let found = find(&state.db, &scope, id).await?;
    Ok(store::runs_of(&state.db, found.id)
        .await?
        .iter()
        .map(run)
        .collect())
}

/// Every workflow of the workspace in scope with its newest run, oldest workflow first.
pub async fn last_runs(
    state: &AppState,
    caller: &Caller,
) -> Result<Vec<api::WorkflowLastRun>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for w in scoped::all::<kw_workflow::Entity, _>(&state.db, &scope).await? {
        let newest = store::newest_run(&state.db, w.id).await?;
        out.push(api::WorkflowLastRun {
            workflow_id: w.id.to_string(),
            last_run: newest.as_ref().map(run),
        });
    }
    Ok(out)
}

/// Only a workflow's owner and administrators change or delete it.
pub fn may_change(caller: &Caller, w: &kw_workflow::Model) -> Result<(), KawaError> {
    if caller.is_admin() || w.owner_id == caller.id() {
        Ok(())
    } else {
        Err(KawaError::Forbidden(format!(
            "Only its owner may change workflow {}",
            w.id
        )))
    }
}
