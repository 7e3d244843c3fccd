//! Workflow definitions: created as kywy's builder sends them, read back, listed with
//! the name filter, replaced by their owner, deleted with their history; refusals name
//! the field and change nothing.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::super::data::{create_sheet, orders};
use super::super::{new_workspace, refused, user_with_key, ADMIN};
use super::{bare_task, create, output_task, start, workflow, workflow_rows};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_workflow_is_created_read_listed_replaced_and_deleted() {
    let app = spawn_app().await;
    let r = create(
        &app,
        ADMIN,
        "Summary",
        json!([output_task("t1", &[json!("hi")])]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let w = &r.json["workflow"];
    let id = w["id"].as_str().unwrap().to_string();
    assert_eq!(w["displayInformation"]["displayName"], "Summary");
    assert_eq!(
        (w["workspaceId"].as_str(), w["ownerId"].as_str()),
        (Some("1"), Some("1"))
    );
    assert_eq!(w["enabled"], true);
    assert_eq!(w["trigger"]["type"], "MANUAL");
    let variable = &w["trigger"]["parameters"][0];
    assert_eq!(
        variable["id"], "taskVariable_region",
        "stored with KAWA's prefix"
    );
    assert_eq!(
        (variable["type"].as_str(), variable["defaultValue"].as_str()),
        (Some("text"), Some("EMEA"))
    );
    assert_eq!(
        w["tasks"],
        json!([{"id": "t1", "type": "GENERATE_OUTPUT",
        "displayInformation": {"displayName": "t1", "description": ""}}])
    );
    assert_eq!(w["schedule"], Value::Null);

    let get = |path: String| {
        let app = &app;
        async move { app.kawa(Method::GET, &path, ADMIN, Some("1"), None).await }
    };
    let r = get(format!("/backoffice/workflows/{id}")).await;
    assert_eq!(r.json, *w, "read back as created");
    let r = get("/backoffice/workflows?name=Summary".into()).await;
    assert_eq!(r.json.as_array().map(Vec::len), Some(1), "{}", r.text);
    let r = get("/backoffice/workflows?name=Summ".into()).await;
    assert_eq!(r.json, json!([]), "the name filter is exact");
    let r = get(format!("/backoffice/workflows/{id}/run-history")).await;
    assert_eq!(r.json, json!([]), "no run yet");
    refused(
        &get("/backoffice/workflows/999".into()).await,
        StatusCode::NOT_FOUND,
        "No workflow with id 999",
    );
    refused(
        &get("/backoffice/workflows/Summary".into()).await,
        StatusCode::NOT_FOUND,
        "No workflow",
    );

    let schedule = json!({"scheduleType": "DAILY", "timeZone": "UTC", "time": "06:00:00", "onlyOnBusinessDays": false});
    let r = app
        .command(
            ADMIN,
            "UpdateWorkflow",
            json!({"workflowId": id,
            "displayInformation": {"displayName": "Daily summary", "description": "mornings"},
            "tasks": [output_task("t1", &[json!("a")]), output_task("t2", &[json!("b")])],
            "trigger": {"triggerType": "SCHEDULE"}, "schedule": schedule}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let w = &r.json["workflow"];
    assert_eq!(
        (
            w["id"].as_str(),
            w["displayInformation"]["displayName"].as_str()
        ),
        (Some(id.as_str()), Some("Daily summary"))
    );
    assert_eq!(w["trigger"], json!({"type": "SCHEDULE", "parameters": []}));
    assert_eq!(w["tasks"].as_array().map(Vec::len), Some(2));
    assert_eq!(w["schedule"], schedule);

    let r = start(&app, &id, json!({})).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    let r = app
        .command(ADMIN, "DeleteWorkflow", json!({"workflowId": id}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"kind": "workflows", "id": id, "deleted": true})
    );
    refused(
        &get(format!("/backoffice/workflows/{id}")).await,
        StatusCode::NOT_FOUND,
        "No workflow",
    );
    refused(
        &get(format!("/backoffice/workflows/{id}/run-history")).await,
        StatusCode::NOT_FOUND,
        "No workflow",
    );
    let rows = workflow_rows(&app).await;
    assert!(
        rows.iter().all(|l| l.ends_with(": []")),
        "the runs went with it: {rows:?}"
    );
    let r = app
        .command(ADMIN, "DeleteWorkflow", json!({"workflowId": id}))
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No workflow");
    app.stop().await;
}

#[tokio::test]
async fn bad_definitions_name_the_field_and_write_nothing() {
    let app = spawn_app().await;
    let id = workflow(&app, "Kept", json!([output_task("t1", &[json!("x")])])).await;
    let before = workflow_rows(&app).await;
    let cases = [
        (
            json!([output_task("t1", &[]), output_task("t1", &[])]),
            "tasks[1].id: t1 is the id of another task",
        ),
        (
            json!([{"type": "GENERATE_OUTPUT", "id": "t1"}]),
            "tasks[0].displayInformation.displayName",
        ),
        (
            json!([{"id": "t1", "displayInformation": {"displayName": "x"}}]),
            "tasks[0].type",
        ),
        (
            json!([{"type": "COMPUTE", "id": "c", "displayInformation": {"displayName": "c"}, "viewId": "404"}]),
            "tasks[0].viewId: no layout with id 404",
        ),
        (
            json!([{"type": "ETL", "id": "e", "displayInformation": {"displayName": "e"}, "dataSourceId": "77"}]),
            "tasks[0].dataSourceId: no datasource with id 77",
        ),
        (
            json!([{"type": "ETL", "id": "e", "displayInformation": {"displayName": "e"},
                 "inputBindings": {"input_df": {"sourceTaskId": "later", "mapping": {}}}}, bare_task("later", "COMPUTE")]),
            "tasks[0].inputBindings.input_df.sourceTaskId",
        ),
        (
            json!([{"type": "IF_ELSE", "id": "if", "displayInformation": {"displayName": "if"},
                 "conditionalBranches": [{"condition": {}, "branch": {"tasks": [output_task("if", &[])]}}]}]),
            "tasks[0].conditionalBranches[0].branch.tasks[0].id: if is the id of another task",
        ),
    ];
    for (tasks, message) in cases {
        let r = create(&app, ADMIN, "Broken", tasks).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
    }
    let r = app
        .command(ADMIN, "CreateWorkflow", json!({"displayInformation": {"displayName": " "}, "tasks": [], "trigger": {"triggerType": "MANUAL"}}))
        .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "displayInformation.displayName",
    );
    let r = app
        .command(
            ADMIN,
            "CreateWorkflow",
            json!({"displayInformation": {"displayName": "V"}, "tasks": [],
            "trigger": {"triggerType": "MANUAL", "triggerVariables": [
                {"id": "n", "type": "integer", "defaultValue": "ten"}]}}),
        )
        .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "trigger.triggerVariables[0].defaultValue",
    );
    let r = app
        .command(
            ADMIN,
            "CreateWorkflow",
            json!({"displayInformation": {"displayName": "V"}, "tasks": [],
            "trigger": {"triggerType": "MANUAL", "triggerVariables": [
                {"id": "n", "type": "text"}, {"id": "taskVariable_n", "type": "text"}]}}),
        )
        .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "taskVariable_n is defined twice",
    );
    let r = app
        .command(ADMIN, "UpdateWorkflow", json!({"workflowId": id, "displayInformation": {"displayName": "X"},
            "tasks": [output_task("a", &[]), output_task("a", &[])], "trigger": {"triggerType": "MANUAL"}}))
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "tasks[1].id");
    assert_eq!(workflow_rows(&app).await, before, "nothing written");
    app.stop().await;
}

#[tokio::test]
async fn workflows_are_their_workspaces_and_their_owners_to_change() {
    let app = spawn_app().await;
    let id = workflow(&app, "Admin's", json!([output_task("t1", &[json!("x")])])).await;
    let (member, key) = user_with_key(&app, "writer@example.com").await;
    let r = app
        .command(
            ADMIN,
            "AddMembersToWorkspace",
            json!({"workspaceId": "1", "members": [{"principalId": member, "permissions": []}]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let before = workflow_rows(&app).await;
    let r = app
        .kawa(
            Method::GET,
            &format!("/backoffice/workflows/{id}"),
            &key,
            Some("1"),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "a member reads it: {}", r.text);
    let r = app
        .command(&key, "DeleteWorkflow", json!({"workflowId": id}))
        .await;
    refused(&r, StatusCode::FORBIDDEN, "Only its owner");
    let r = app
        .command(
            &key,
            "UpdateWorkflow",
            json!({"workflowId": id, "displayInformation": {"displayName": "Mine"},
            "tasks": [], "trigger": {"triggerType": "MANUAL"}}),
        )
        .await;
    refused(&r, StatusCode::FORBIDDEN, "Only its owner");
    // The admin's private sheet: its layout is no layout to the member, whose run would
    // otherwise read its rows.
    let ds = orders(&app, "Private orders").await;
    let sheet = create_sheet(&app, ADMIN, "Private", &ds).await;
    let layout = sheet.json["layoutIds"][0].as_str().unwrap().to_string();
    let mut compute = bare_task("grid", "COMPUTE");
    compute["viewId"] = json!(layout);
    let r = create(&app, &key, "Peek", json!([compute])).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        &format!("tasks[0].viewId: no layout with id {layout}"),
    );
    assert_eq!(workflow_rows(&app).await, before, "nothing changed");
    let r = create(&app, ADMIN, "Own", json!([compute])).await;
    assert_eq!(r.status, StatusCode::OK, "the owner may: {}", r.text);

    // Another workspace: the admin's workflow is not there, and a non-member is refused.
    let other = new_workspace(&app, "Elsewhere").await;
    let r = app
        .kawa(
            Method::GET,
            &format!("/backoffice/workflows/{id}"),
            ADMIN,
            Some(&other),
            None,
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No workflow");
    let r = app
        .kawa(
            Method::GET,
            "/backoffice/workflows",
            ADMIN,
            Some(&other),
            None,
        )
        .await;
    assert_eq!(r.json, json!([]), "{}", r.text);
    let r = app
        .kawa(
            Method::GET,
            "/backoffice/workflows",
            &key,
            Some(&other),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    app.stop().await;
}

#[tokio::test]
async fn a_schedule_is_set_checked_and_removed_and_last_runs_are_listed() {
    let app = spawn_app().await;
    let id = workflow(&app, "Scheduled", json!([output_task("t1", &[json!("x")])])).await;
    let idle = workflow(&app, "Idle", json!([])).await;
    let weekly = json!({"scheduleType": "WEEKLY", "timeZone": "Europe/Paris", "localTime": "07:30:00", "daysOfWeek": ["MONDAY"]});
    let r = app
        .command(
            ADMIN,
            "ScheduleWorkflow",
            json!({"workflowId": id, "schedule": weekly}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        (
            &r.json["workflow"]["trigger"]["type"],
            &r.json["workflow"]["schedule"]
        ),
        (&json!("SCHEDULE"), &weekly)
    );
    let before = workflow_rows(&app).await;
    for (schedule, field) in [
        (
            json!({"scheduleType": "DAILY", "timeZone": "Mars/Olympus", "time": "06:00:00"}),
            "schedule.timeZone: Mars/Olympus is not a time zone",
        ),
        (
            json!({"scheduleType": "CRON", "timeZone": "UTC", "cronExpression": "daily"}),
            "schedule.cronExpression",
        ),
        (
            json!({"scheduleType": "WEEKLY", "timeZone": "UTC", "localTime": "07:00", "daysOfWeek": []}),
            "schedule.daysOfWeek",
        ),
    ] {
        let r = app
            .command(
                ADMIN,
                "ScheduleWorkflow",
                json!({"workflowId": id, "schedule": schedule}),
            )
            .await;
        refused(&r, StatusCode::BAD_REQUEST, field);
    }
    assert_eq!(workflow_rows(&app).await, before, "nothing changed");
    let r = app
        .command(ADMIN, "ScheduleWorkflow", json!({"workflowId": "999"}))
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No workflow with id 999");
    let r = app
        .command(ADMIN, "ScheduleWorkflow", json!({"workflowId": id}))
        .await;
    assert_eq!(
        (
            &r.json["workflow"]["trigger"]["type"],
            &r.json["workflow"]["schedule"]
        ),
        (&json!("MANUAL"), &Value::Null),
        "{}",
        r.text
    );

    let r = start(&app, &id, json!({})).await;
    let run = r.json["id"].clone();
    super::ended(&app, &id).await;
    let r = app
        .kawa(
            Method::GET,
            "/backoffice/workflows-last-run-details",
            ADMIN,
            Some("1"),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let listed: Vec<(&Value, &Value)> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (&w["workflowId"], &w["lastRun"]["id"]))
        .collect();
    assert_eq!(listed[0], (&json!(id), &run));
    assert_eq!(
        listed[1],
        (&json!(idle), &Value::Null),
        "no run yet: no lastRun"
    );
    app.stop().await;
}
