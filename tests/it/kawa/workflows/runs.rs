//! Workflow runs: `RunWorkflow` answers 202 with the run `RUNNING`, the background runner
//! executes the tasks and the run history shows how it ended, newest first; values are
//! checked against the trigger variables; branches, interruptions and tasks needing a
//! service Understudy does not have; a real copy of rows from a layout into datasources.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::super::data::{compute, create_sheet, get, load, orders};
use super::super::{refused, ADMIN};
use super::{bare_task, ended, output_task, start, workflow, workflow_rows};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_run_starts_at_once_ends_in_the_background_and_is_kept_newest_first() {
    let app = spawn_app().await;
    let id = workflow(
        &app,
        "Hello",
        json!([output_task(
            "greet",
            &[json!("Region "), json!({"var": "region"})]
        )]),
    )
    .await;
    let r = start(&app, &id, json!({"taskVariable_region": "APAC"})).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    assert_eq!(
        (r.json["status"].as_str(), r.json["workflowId"].as_str()),
        (Some("RUNNING"), Some(id.as_str()))
    );
    assert_eq!(r.json["endTime"], Value::Null);
    assert_eq!(r.json["triggeredBy"], "1");
    assert_eq!(
        r.json["parameterValues"],
        json!({"taskVariable_region": "APAC"})
    );
    let first = ended(&app, &id).await;
    assert_eq!(first["status"], "SUCCESS", "{first}");
    assert!(first["endTime"].is_string(), "{first}");
    assert_eq!(
        first["tasks"],
        json!([{"taskId": "greet", "type": "GENERATE_OUTPUT", "status": "SUCCESS",
        "numRows": null, "output": "Region APAC", "errorMessage": null}])
    );

    // Unset, the variable takes its default; the newest run comes first.
    let r = start(&app, &id, json!({})).await;
    let second = r.json["id"].clone();
    let newest = ended(&app, &id).await;
    assert_eq!(newest["id"], second);
    assert_eq!(newest["tasks"][0]["output"], "Region EMEA");
    let r = get(
        &app,
        &format!("/backoffice/workflows/{id}/run-history"),
        ADMIN,
    )
    .await;
    let ids: Vec<&Value> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|run| &run["id"])
        .collect();
    assert_eq!(ids, vec![&second, &first["id"]]);
    app.stop().await;
}

#[tokio::test]
async fn values_are_checked_against_the_variables_and_refusals_queue_nothing() {
    let app = spawn_app().await;
    let id = workflow(&app, "Checked", json!([output_task("t", &[json!("x")])])).await;
    let before = workflow_rows(&app).await;
    let r = start(&app, &id, json!({"taskVariable_nope": 1})).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "parameterValues.taskVariable_nope: the workflow has no such variable",
    );
    let r = start(&app, &id, json!({"taskVariable_region": 3})).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "parameterValues.taskVariable_region: 3 is not a text",
    );
    let r = start(&app, "4040", json!({})).await;
    refused(&r, StatusCode::NOT_FOUND, "No workflow with id 4040");
    let r = app.command(ADMIN, "RunWorkflow", json!({})).await;
    refused(&r, StatusCode::BAD_REQUEST, "workflowId");
    assert_eq!(workflow_rows(&app).await, before, "no run was queued");
    // kywy adds the prefix; a key without it names the same variable.
    let r = start(&app, &id, json!({"region": "LATAM"})).await;
    assert_eq!(
        r.json["parameterValues"],
        json!({"taskVariable_region": "LATAM"}),
        "{}",
        r.text
    );
    app.stop().await;
}

fn if_else(branch_on: &str) -> Value {
    let condition = json!({"joinWith": "AND", "items": [{"operator": "EQUALS", "operands": [
        {"type": "TRIGGER_VARIABLE", "variableId": "region", "valueType": "text"},
        {"type": "STATIC_VALUE", "value": branch_on, "valueType": "text"}]}]});
    let mut task = bare_task("route", "IF_ELSE");
    task["conditionalBranches"] = json!([{"condition": condition,
        "branch": {"displayInformation": {"displayName": "Matched", "description": ""},
                   "tasks": [output_task("yes", &[json!("matched")])]}}]);
    task["elseBranch"] = json!({"displayInformation": {"displayName": "Else", "description": ""},
        "tasks": [output_task("no", &[json!("other")]), bare_task("stop", "INTERRUPT_WORKFLOW")]});
    task
}

#[tokio::test]
async fn branches_interruptions_and_unavailable_services_end_runs_as_kawa_would() {
    let app = spawn_app().await;
    let tasks = json!([if_else("EMEA"), bare_task("mail", "EMAIL")]);
    let id = workflow(&app, "Branching", tasks).await;

    // EMEA: the matched branch, then the email task, which needs a mail server.
    start(&app, &id, json!({"taskVariable_region": "EMEA"})).await;
    let run = ended(&app, &id).await;
    assert_eq!(run["status"], "FAILURE", "{run}");
    let message = run["errorMessage"].as_str().unwrap();
    assert!(
        message.contains("Task mail (EMAIL) needs a mail server"),
        "{message}"
    );
    let done: Vec<(&str, &str)> = run["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["taskId"].as_str().unwrap(), t["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        done,
        vec![
            ("route", "SUCCESS"),
            ("yes", "SUCCESS"),
            ("mail", "FAILURE")
        ]
    );
    assert_eq!(run["tasks"][0]["output"], "Matched", "the branch taken");

    // Elsewhere: the else branch, whose interruption ends the run before the email.
    start(&app, &id, json!({"taskVariable_region": "APAC"})).await;
    let run = ended(&app, &id).await;
    assert_eq!(run["status"], "SUCCESS", "{run}");
    assert_eq!(run["errorMessage"], Value::Null);
    let done: Vec<&str> = run["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["taskId"].as_str().unwrap())
        .collect();
    assert_eq!(done, vec!["route", "no", "stop"]);
    app.stop().await;
}

#[tokio::test]
async fn a_compute_and_an_etl_task_copy_a_layouts_rows_into_datasources() {
    let app = spawn_app().await;
    let source = orders(&app, "Orders").await;
    let rows = [
        (1, "FR", "Paris", 10.0),
        (2, "UK", "London", 5.0),
        (3, "BE", "Brussels", 25.0),
    ];
    let r = load(&app, &source, &rows, true, true).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);
    let sheet = create_sheet(&app, ADMIN, "Orders", &source).await;
    let layout = sheet.json["layoutIds"][0]
        .as_str()
        .expect("a default layout")
        .to_string();
    let staging = orders(&app, "Staging").await;
    let archive = orders(&app, "Archive").await;
    // The archive held other rows: the export replaces them.
    load(&app, &archive, &[(9, "XX", "Nowhere", 1.0)], true, true).await;

    let mut compute_task = bare_task("grid", "COMPUTE");
    compute_task["viewId"] = json!(layout);
    compute_task["outputAsDataSource"] = json!(true);
    compute_task["outputDataSourceId"] = json!(staging);
    let mut etl = bare_task("export", "ETL");
    etl["dataSourceId"] = json!(archive);
    etl["inputBindings"] = json!({"input_df": {"sourceTaskId": "grid", "mapping": {}}});
    let id = workflow(&app, "Copy", json!([compute_task, etl])).await;
    start(&app, &id, json!({})).await;
    let run = ended(&app, &id).await;
    assert_eq!(run["status"], "SUCCESS", "{run}");
    let counts: Vec<&Value> = run["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["numRows"])
        .collect();
    assert_eq!(counts, vec![&json!(3), &json!(3)]);

    for ds in [&staging, &archive] {
        let r = compute(
            &app,
            json!({"datasourceId": ds, "timeZone": "UTC", "limit": 100,
            "orderBy": {"columnName": "amount", "ascending": true}}),
        )
        .await;
        let cities = super::super::data::column(&r, "city");
        assert_eq!(
            cities,
            vec![json!("London"), json!("Paris"), json!("Brussels")],
            "datasource {ds}"
        );
    }
    app.stop().await;
}
