//! Export and import of flows and schedules (`/io/export`, `/io/import`): a schedule
//! brings its flow, the flows it nests and their connections; imported into another
//! tenant every id is translated to the namesake's there; importing again changes
//! nothing; a refused entry leaves the tenant as it was.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, TestApp};

async fn created(app: &TestApp, token: &str, path: &str, body: Value) -> i64 {
    let r = call(app, token, Method::POST, path, Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{path}: {}", r.text);
    r.json["id"].as_i64().unwrap()
}

fn postgres(name: &str) -> Value {
    json!({"name": name, "connectionType": "connection.db.postgres",
        "properties": {"field.connection.template.host": "db.example",
            "field.connection.template.database": "sales", "password": "hunter2"}})
}

/// Every item's `action`, by resource type and name.
fn actions(result: &Value) -> Vec<(String, String, String)> {
    let mut found: Vec<_> = result["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["resourceType"].as_str().unwrap().to_string(),
                i["name"].as_str().unwrap().to_string(),
                i["action"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

async fn total(app: &TestApp, token: &str, path: &str) -> String {
    let r = call(app, token, Method::GET, path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.headers["x-total-count"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn a_schedule_travels_with_its_flows_and_connections_and_ids_are_translated() {
    let app = spawn_app().await;
    let token = crate::helpers::ADMIN_TOKEN;
    let source = created(&app, token, "/rest/v1/connections", postgres("Sales DB")).await;
    let target = created(&app, token, "/rest/v1/connections", postgres("Warehouse")).await;
    created(&app, token, "/rest/v1/connections", postgres("Unused")).await;
    let child = created(
        &app,
        token,
        "/rest/v1/flows",
        json!({"name": "Child", "flowType": "flow.db.to.db", "tags": ["nightly"]}),
    )
    .await;
    let parent = created(&app, token, "/rest/v1/flows", json!({
        "name": "Parent", "flowType": "flow.nested",
        "transformations": [{"index": 0, "name": "copy", "sourceConnectionId": source,
            "sourceObject": "orders", "destinationConnectionId": target, "destinationObject": "orders"}],
        "connections": [source, target],
        "nestedFlows": [{"flowId": child, "order": 1}]
    }))
    .await;
    created(
        &app,
        token,
        "/rest/v1/flows",
        json!({"name": "Other", "flowType": "flow.db.to.db"}),
    )
    .await;
    let schedule = created(&app, token, "/rest/v1/schedules", json!({
        "name": "Nightly", "flowId": parent, "schedule": "0 0 2 * * ?", "retries": 2, "tags": ["ops"]
    }))
    .await;

    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"schedules": [schedule]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let bundle = r.json.clone();
    let names = |field: &str| -> Vec<String> {
        let mut n: Vec<String> = bundle[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names("schedules"), ["Nightly"]);
    assert_eq!(
        names("flows"),
        ["Child", "Parent"],
        "its flow and the nested one"
    );
    assert_eq!(names("connections"), ["Sales DB", "Warehouse"]);
    assert_eq!(
        bundle["connections"][0]["properties"]["password"],
        "********"
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"schedules": [schedule], "includeDependencies": false})),
    )
    .await;
    assert_eq!(r.json["flows"], json!([]));
    assert_eq!(r.json["connections"], json!([]));
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"flows": [999999]})),
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/io/export",
        "Flow 999999",
    );
    let r = admin(&app, Method::POST, "/rest/v1/io/export", Some(json!({}))).await;
    assert_eq!(r.json["flows"].as_array().unwrap().len(), 3, "everything");
    assert_eq!(r.json["schedules"].as_array().unwrap().len(), 1);

    // Another tenant, whose ids differ: a preview writes nothing.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, editor) = user_with_key(&app, "acme-ed", "EDITOR", Some(acme)).await;
    created(&app, &editor, "/rest/v1/connections", postgres("Acme own")).await;
    created(
        &app,
        &editor,
        "/rest/v1/flows",
        json!({"name": "Acme flow", "flowType": "flow.db.to.db"}),
    )
    .await;
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import?preview=true",
        Some(bundle.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(actions(&r.json).iter().all(|(_, _, a)| a == "create"));
    assert!(r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["id"].is_null()));
    assert_eq!(total(&app, &editor, "/rest/v1/flows").await, "1");
    assert_eq!(total(&app, &editor, "/rest/v1/schedules").await, "0");

    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id_of = |kind: &str, name: &str| {
        r.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["resourceType"] == kind && i["name"] == name)
            .and_then(|i| i["id"].as_i64())
            .unwrap()
    };
    let (a_source, a_target) = (
        id_of("connection", "Sales DB"),
        id_of("connection", "Warehouse"),
    );
    let (a_parent, a_child) = (id_of("flow", "Parent"), id_of("flow", "Child"));
    assert_ne!((a_source, a_parent), (source, parent), "new ids here");
    let flow = call(
        &app,
        &editor,
        Method::GET,
        &format!("/rest/v1/flows/{a_parent}"),
        None,
    )
    .await
    .json;
    let t = &flow["transformations"][0];
    assert_eq!(t["sourceConnectionId"], a_source);
    assert_eq!(t["destinationConnectionId"], a_target);
    assert_eq!(flow["connections"], json!([a_source, a_target]));
    assert_eq!(flow["nestedFlows"][0]["flowId"], a_child);
    let r2 = call(&app, &editor, Method::GET, "/rest/v1/schedules", None).await;
    let imported = &r2.json[0];
    assert_eq!(imported["flowId"], a_parent);
    assert_eq!(imported["retries"], 2);
    assert_eq!(imported["tags"], json!(["ops"]));
    let child_view = call(
        &app,
        &editor,
        Method::GET,
        &format!("/rest/v1/flows/{a_child}"),
        None,
    )
    .await;
    assert_eq!(child_view.json["tags"], json!(["nightly"]));

    // Again: every item is skipped. Back home: identical too.
    let again = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert!(
        actions(&again.json).iter().all(|(_, _, a)| a == "skip"),
        "{}",
        again.text
    );
    let home = admin(
        &app,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert!(
        actions(&home.json).iter().all(|(_, _, a)| a == "skip"),
        "{}",
        home.text
    );

    // A changed schedule is updated in place.
    let mut changed = bundle.clone();
    changed["schedules"][0]["schedule"] = json!("15");
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(changed),
    )
    .await;
    assert!(actions(&r.json).contains(&("schedule".into(), "Nightly".into(), "update".into())));
    let r = call(&app, &editor, Method::GET, "/rest/v1/schedules", None).await;
    assert_eq!(r.json[0]["schedule"], "15");
    assert_eq!(r.headers["x-total-count"], "1");
}

#[tokio::test]
async fn a_refused_flow_or_schedule_leaves_the_tenant_as_it_was() {
    let app = spawn_app().await;
    let token = crate::helpers::ADMIN_TOKEN;
    let a = created(
        &app,
        token,
        "/rest/v1/flows",
        json!({"name": "A", "flowType": "flow.db.to.db"}),
    )
    .await;
    let b = created(
        &app,
        token,
        "/rest/v1/flows",
        json!({
            "name": "B", "flowType": "flow.nested", "nestedFlows": [{"flowId": a, "order": 1}]
        }),
    )
    .await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"flows": [b]})),
    )
    .await;
    let bundle = r.json.clone();
    assert_eq!(bundle["flows"].as_array().unwrap().len(), 2);

    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let mut renamed = bundle.clone();
    for f in renamed["flows"].as_array_mut().unwrap() {
        let name = format!("{} copy", f["name"].as_str().unwrap());
        f["name"] = json!(name);
    }
    // Flows that nest each other in a circle.
    let mut circle = renamed.clone();
    let first = circle["flows"][0]["id"].clone();
    let second = circle["flows"][1]["id"].clone();
    circle["flows"][0]["nestedFlows"] = json!([{"flowId": second, "order": 1}]);
    circle["flows"][1]["nestedFlows"] = json!([{"flowId": first, "order": 1}]);
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(circle),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, "/rest/v1/io/import", "circle");
    // A schedule whose timing does not parse refuses the flows before it too.
    let mut bad = renamed.clone();
    bad["schedules"] = json!([{"id": 1, "name": "S", "flowId": b, "schedule": "not cron",
        "enabled": true, "emailSuccess": false, "emailFailure": false, "retries": 0,
        "delayBetweenRetries": 0, "debug": false, "keepMessage": false,
        "keepEmptyAudit": false, "tags": []}]);
    let r = call(&app, &editor, Method::POST, "/rest/v1/io/import", Some(bad)).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/io/import",
        "Field 'schedules[0].schedule'",
    );
    // A flow without a name.
    let mut nameless = renamed.clone();
    nameless["flows"][1]["name"] = json!("  ");
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(nameless),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/io/import",
        "Field 'flows[1].name'",
    );
    assert_eq!(
        total(&app, &editor, "/rest/v1/flows").await,
        "2",
        "nothing half-imported"
    );
    assert_eq!(total(&app, &editor, "/rest/v1/schedules").await, "0");

    // The renamed copies import beside the originals, the copy nesting the copy.
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(renamed),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let copy_a = r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "A copy")
        .unwrap()["id"]
        .clone();
    let copy_b = r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "B copy")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = call(
        &app,
        &editor,
        Method::GET,
        &format!("/rest/v1/flows/{copy_b}"),
        None,
    )
    .await;
    assert_eq!(r.json["nestedFlows"][0]["flowId"], copy_a);
    assert_eq!(total(&app, &editor, "/rest/v1/flows").await, "4");
}
