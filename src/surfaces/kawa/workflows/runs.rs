//! `RunWorkflow`: checks the values given for the trigger variables, fills in the
//! defaults and queues a run with the workflow's tasks as they are now; the background
//! runner ([`super::runner`]) takes it from there.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate};
use generated::kawa::v1 as api;
use serde_json::Value;

use super::{find, prefixed};
use crate::authz::kawa::Caller;
use crate::state::AppState;
use crate::store::kawa::workflows::{self as store, NewRun};
use crate::surfaces::kawa::commands::{begin, commit, datasources::workspace};
use crate::surfaces::kawa::error::KawaError;

/// Whether `value` is of variable type `t` (null is: the variable is unset).
pub fn check_value(t: &api::WorkflowTriggerVariableType, value: &Value) -> Result<(), String> {
    use api::WorkflowTriggerVariableType as T;
    let fits = match (t, value) {
        (_, Value::Null) => true,
        (T::Text, Value::String(_)) => true,
        (T::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (T::Decimal, Value::Number(_)) => true,
        (T::Boolean, Value::Bool(_)) => true,
        (T::Date, Value::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
        (T::DateTime, Value::String(s)) => DateTime::parse_from_rfc3339(s).is_ok(),
        (T::DateTime, Value::Number(n)) => n.is_i64(),
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        Err(format!(
            "{value} is not a {}",
            super::definition::type_name(t)
        ))
    }
}

/// `RunWorkflow`: 202 with the queued run, `RUNNING`.
pub async fn start(
    state: &AppState,
    caller: &Caller,
    params: api::RunWorkflowParameters,
) -> Result<api::WorkflowRun, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let workflow = find(&txn, &scope, &params.workflow_id).await?;
    let variables: Vec<api::WorkflowTriggerVariable> =
        serde_json::from_str(&workflow.trigger_variables).unwrap_or_default();
    let mut values: BTreeMap<String, Value> = BTreeMap::new();
    for (key, value) in params.parameter_values.unwrap_or_default() {
        let id = prefixed(&key);
        let field = format!("parameterValues.{key}");
        let variable = variables
            .iter()
            .find(|v| v.id == id)
            .ok_or_else(|| KawaError::field(&field, "the workflow has no such variable"))?;
        check_value(&variable.type_, &value).map_err(|why| KawaError::field(&field, why))?;
        values.insert(id, value);
    }
    for v in &variables {
        values
            .entry(v.id.clone())
            .or_insert_with(|| v.default_value.clone().unwrap_or(Value::Null));
    }
    let new = NewRun {
        workflow_id: workflow.id,
        workspace_id: scope.id(),
        triggered_by: caller.id(),
        parameter_values: serde_json::to_string(&values).unwrap_or_else(|_| "{}".into()),
        tasks: workflow.tasks.clone(),
        start_time: state.now_ms(),
    };
    let queued = store::queue(&txn, new).await?;
    commit(state, txn, caller).await?;
    Ok(super::run(&queued))
}
