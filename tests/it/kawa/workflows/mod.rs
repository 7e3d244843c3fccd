//! KAWA's workflows in real mode: definitions created, replaced, listed and deleted by
//! command with their refusals ([`definitions`]), and runs queued by `RunWorkflow`,
//! executed in the background and read back from the run history ([`runs`]), held by
//! their runner through a heartbeat ([`heartbeat`]).

mod definitions;
mod heartbeat;
mod runs;

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::ADMIN;
use crate::helpers::{Answer, TestApp};

/// A `GENERATE_OUTPUT` task `id` whose content is `parts` (text, or `{"var": id}` for a
/// trigger variable).
pub fn output_task(id: &str, parts: &[Value]) -> Value {
    let bindings: Vec<Value> = parts
        .iter()
        .map(|p| match p.get("var") {
            Some(var) => {
                json!({"type": "TRIGGER_VARIABLE", "variableId": var, "valueType": "text"})
            }
            None => json!({"type": "STATIC_VALUE", "value": p, "valueType": "text"}),
        })
        .collect();
    json!({"type": "GENERATE_OUTPUT", "id": id,
           "displayInformation": {"displayName": id, "description": ""},
           "continueCondition": {"continueIfEmpty": true, "continueIfTooManyRows": true, "numRowsLimit": 50000},
           "outputAsDataSource": false,
           "parameterBindings": {"param_content": {"bindings": bindings}}})
}

/// A task of `kind` with nothing else, as kywy's builder sends it.
pub fn bare_task(id: &str, kind: &str) -> Value {
    json!({"type": kind, "id": id, "displayInformation": {"displayName": id, "description": ""},
           "continueCondition": {"continueIfEmpty": true, "continueIfTooManyRows": true, "numRowsLimit": 50000},
           "outputAsDataSource": false})
}

/// `CreateWorkflow` as kywy's `WorkflowBuilder.create()` sends it, with a manual trigger
/// holding a text variable `region` (default `EMEA`).
pub async fn create(app: &TestApp, key: &str, name: &str, tasks: Value) -> Answer {
    app.command(
        key,
        "CreateWorkflow",
        json!({"displayInformation": {"displayName": name, "description": ""},
               "tasks": tasks, "tasksWithControlPanel": [],
               "trigger": {"triggerType": "MANUAL", "triggerVariables": [
                   {"id": "region", "displayInformation": {"displayName": "Region", "description": ""},
                    "type": "text", "controlParameters": {}, "defaultValue": "EMEA"}]}}),
    )
    .await
}

/// A workflow of the admin's: its id.
pub async fn workflow(app: &TestApp, name: &str, tasks: Value) -> String {
    let r = create(app, ADMIN, name, tasks).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["workflow"]["id"].as_str().unwrap().to_string()
}

/// Starts a run of `id` with `values`: the 202 answer.
pub async fn start(app: &TestApp, id: &str, values: Value) -> Answer {
    app.command(
        ADMIN,
        "RunWorkflow",
        json!({"workflowId": id, "parameterValues": values}),
    )
    .await
}

/// The newest run of workflow `id` once it has ended (the runner polls every 100 ms;
/// this waits at most 10 s).
pub async fn ended(app: &TestApp, id: &str) -> Value {
    let path = format!("/backoffice/workflows/{id}/run-history");
    for _ in 0..200 {
        let r = app
            .kawa(reqwest::Method::GET, &path, ADMIN, Some("1"), None)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let newest = r.json[0].clone();
        if newest["status"] != "RUNNING" {
            return newest;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the run of workflow {id} did not end");
}

/// Every workflow row and run, as text: what a refusal must leave as it was.
pub async fn workflow_rows(app: &TestApp) -> Vec<String> {
    super::rows_as_text(
        app,
        &[
            "SELECT id, workspace_id, name, owner_id, trigger_variables, tasks FROM kw_workflows ORDER BY id",
            "SELECT id, workflow_id, status, parameter_values FROM kw_workflow_runs ORDER BY id",
        ],
    )
    .await
}
