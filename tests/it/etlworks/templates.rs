//! Templates, macros and functions: the gallery searched and read; a template deployed
//! as a flow of the caller's tenant that really runs (a table copied between SQLite
//! databases, a CSV file loaded), its name suffixed when the template's is taken and a
//! 409 when the one sent is; macros created, read, edited, listed and deleted to the
//! recycle bin with unique names; the functions listed as the runner knows them. Every
//! refusal leaves nothing created.

use std::path::Path;

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{json, Value};
use understudy::surfaces::etlworks::runs::runner;

use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, spawn_app, spawn_stopped_clock, TestApp};

async fn sqlite(path: &Path, statements: &[&str]) -> DatabaseConnection {
    let db = Database::connect(format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("a SQLite file");
    for s in statements {
        db.execute_unprepared(s).await.expect("the statement runs");
    }
    db
}

async fn names(db: &DatabaseConnection) -> Vec<String> {
    let sql = "SELECT name FROM customers ORDER BY id";
    let rows = db
        .query_all(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("the query runs");
    rows.iter()
        .map(|r| r.try_get_by_index(0).unwrap())
        .collect()
}

async fn connection(app: &TestApp, name: &str, kind: &str, properties: Value) -> i64 {
    let body = json!({"name": name, "connectionType": kind, "properties": properties});
    let r = admin(app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

async fn sqlite_connection(app: &TestApp, name: &str, file: &Path) -> i64 {
    let props = json!({"field.connection.template.database": file.display().to_string()});
    connection(app, name, "connection.db.sqlite", props).await
}

/// Runs flow `id` to its end; the execution's status.
async fn run_to_end(app: &TestApp, id: i64) -> Value {
    let path = format!("/rest/v1/flows/{id}/run");
    let r = admin(app, Method::POST, &path, Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let audit = r.json["auditId"].as_i64().unwrap();
    assert_eq!(runner::drain(app.state()).await.unwrap(), 1);
    let path = format!("/rest/v1/executions/{id}?auditId={audit}");
    admin(app, Method::GET, &path, None).await.json
}

async fn flow_count(app: &TestApp) -> String {
    let r = admin(app, Method::GET, "/rest/v1/flows", None).await;
    r.headers["x-total-count"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn templates_are_searched_and_read() {
    let app = spawn_app().await;
    let r = admin(&app, Method::GET, "/rest/v1/templates", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let all = r.json.as_array().unwrap().len();
    assert!(all >= 5, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], all.to_string().as_str());
    for (query, expected) in [
        ("?q=csv%20FILE", vec![3, 5]),
        ("?q=json", vec![4, 6]),
        ("?category=cdc%20%26%20incremental", vec![2, 6]),
        (
            "?connector=connection.file.server&limit=2&offset=1",
            vec![4, 5],
        ),
        ("?connector=connection.db.snowflake", vec![]),
    ] {
        let r = admin(
            &app,
            Method::GET,
            &format!("/rest/v1/templates{query}"),
            None,
        )
        .await;
        let ids: Vec<i64> = r
            .json
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, expected, "{query}: {}", r.text);
    }
    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let r = call(&app, &viewer, Method::GET, "/rest/v1/templates/1", None).await;
    assert_eq!(r.json["flowType"], "flow.db.to.db", "{}", r.text);
    assert_eq!(r.json["name"], "Database table to database table");
    let r = admin(&app, Method::GET, "/rest/v1/templates/999", None).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/templates/999",
        "Template 999",
    );
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/templates", |b| b)
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

#[tokio::test]
async fn a_deployed_template_is_a_flow_that_runs() {
    let (app, _clock) = spawn_stopped_clock(21, None).await;
    let dir = tempfile::tempdir().unwrap();
    let (source_file, target_file) = (dir.path().join("s.db"), dir.path().join("t.db"));
    let _src = sqlite(
        &source_file,
        &[
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
            "INSERT INTO customers VALUES (1, 'ada'), (2, 'grace')",
        ],
    )
    .await;
    let target = sqlite(&target_file, &[]).await;
    let source = sqlite_connection(&app, "source", &source_file).await;
    let dest = sqlite_connection(&app, "target", &target_file).await;

    let body =
        json!({"name": "Copy customers", "connections": {"source": source, "destination": dest}});
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/templates/1/deploy",
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.json["templateId"], 1);
    assert_eq!(r.json["name"], "Copy customers");
    let flow = r.json["flowId"].as_i64().unwrap();
    let r = admin(&app, Method::GET, &format!("/rest/v1/flows/{flow}"), None).await;
    assert_eq!(
        r.json["transformations"][0]["sourceConnectionId"], source,
        "{}",
        r.text
    );
    assert_eq!(r.json["connections"], json!([source, dest]));
    assert_eq!(r.json["tags"], json!(["copy", "database"]));
    let done = run_to_end(&app, flow).await;
    assert_eq!(done["status"], "success", "{done}");
    assert_eq!(names(&target).await, ["ada", "grace"]);

    // A CSV file in a server-storage folder, loaded by the CSV template.
    let inbox = app.state().config.data_dir.join("etlworks/1/in");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::write(inbox.join("customers.csv"), "id,name\n3,linus\n").unwrap();
    let files = connection(
        &app,
        "inbox",
        "connection.file.server",
        json!({"directory": "in"}),
    )
    .await;
    let body = json!({"connections": {"source": files, "destination": dest}});
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/templates/3/deploy",
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.json["name"], "CSV file to database table");
    let done = run_to_end(&app, r.json["flowId"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "success", "{done}");
    assert_eq!(names(&target).await, ["ada", "grace", "linus"]);

    // The template's name again is suffixed; a name sent that is taken is a 409.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/templates/3/deploy",
        Some(json!({})),
    )
    .await;
    assert_eq!(
        r.json["name"], "CSV file to database table (2)",
        "{}",
        r.text
    );
    let audit = admin(
        &app,
        Method::GET,
        "/rest/v1/audit?resourceType=flow&action=create",
        None,
    )
    .await;
    assert_eq!(audit.headers["x-total-count"], "3", "{}", audit.text);
    app.stop().await;
}

#[tokio::test]
async fn deploy_refusals_create_nothing() {
    let app = spawn_app().await;
    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, stranger) = user_with_key(&app, "stranger", "EDITOR", Some(acme)).await;
    let mine = connection(
        &app,
        "mine",
        "connection.file.server",
        json!({"directory": "in"}),
    )
    .await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/templates/1/deploy",
        Some(json!({"name": "Taken"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let path = "/rest/v1/templates/1/deploy";
    let before = flow_count(&app).await;

    let r = admin(&app, Method::POST, path, Some(json!({"name": "Taken"}))).await;
    refused(&r, StatusCode::CONFLICT, path, "Taken");
    let r = call(&app, &viewer, Method::POST, path, Some(json!({}))).await;
    refused(&r, StatusCode::FORBIDDEN, path, "Editor");
    let r = admin(
        &app,
        Method::POST,
        path,
        Some(json!({"connections": {"middle": mine}})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, path, "connections.middle");
    let r = admin(
        &app,
        Method::POST,
        path,
        Some(json!({"connections": {"source": 999}})),
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, path, "Connection 999");
    let body = json!({"connections": {"source": mine}});
    let r = call(&app, &stranger, Method::POST, path, Some(body)).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        path,
        &format!("Connection {mine}"),
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/templates/77/deploy",
        Some(json!({})),
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/templates/77/deploy",
        "Template 77",
    );
    assert_eq!(flow_count(&app).await, before);
    let r = call(&app, &stranger, Method::GET, "/rest/v1/flows", None).await;
    assert_eq!(r.json, json!([]));
    app.stop().await;
}

#[tokio::test]
async fn macros_are_managed_with_unique_names_and_deleted_to_the_bin() {
    let app = spawn_app().await;
    let body = json!({"name": "lastRunDate", "description": "Previous run",
                      "value": "{lastRunDate:yyyy-MM-dd} in {region}", "tags": ["dates"]});
    let r = admin(&app, Method::POST, "/rest/v1/macros", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.json["parameters"], json!(["lastRunDate", "region"]));
    assert_eq!(r.json["tags"], json!(["dates"]));
    let id = r.json["id"].as_i64().unwrap();
    let path = format!("/rest/v1/macros/{id}");
    let other = json!({"name": "region", "value": "emea", "parameters": []});
    let r = admin(&app, Method::POST, "/rest/v1/macros", Some(other)).await;
    let other_id = r.json["id"].as_i64().unwrap();

    let edit = json!({"name": "lastRunDay", "value": "{lastRunDate:dd}", "parameters": ["format"]});
    let r = admin(&app, Method::PUT, &path, Some(edit)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["parameters"], json!(["format"]));
    assert_eq!(r.json["tags"], json!([]));
    assert!(r.json["description"].is_null());
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.json["name"], "lastRunDay", "{}", r.text);
    let r = admin(&app, Method::GET, "/rest/v1/macros?q=DAY", None).await;
    assert_eq!(r.json.as_array().unwrap().len(), 1, "{}", r.text);
    let r = admin(&app, Method::GET, "/rest/v1/macros?limit=1", None).await;
    assert_eq!(
        (r.json[0]["id"].as_i64(), &r.headers["x-total-count"]),
        (
            Some(id),
            &"2".parse::<reqwest::header::HeaderValue>().unwrap()
        )
    );

    // Refusals: taken names, roles, other tenants, bad fields; nothing changes.
    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let (_, stranger) = user_with_key(
        &app,
        "stranger",
        "EDITOR",
        Some(r.json["id"].as_i64().unwrap()),
    )
    .await;
    let clash = json!({"name": "region", "value": "x"});
    let r = admin(&app, Method::POST, "/rest/v1/macros", Some(clash.clone())).await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/macros", "region");
    let r = admin(&app, Method::PUT, &path, Some(clash.clone())).await;
    refused(&r, StatusCode::CONFLICT, &path, "region");
    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/macros",
        Some(json!({"name": "v", "value": "x"})),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/macros", "Editor");
    let r = call(&app, &viewer, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
    let r = call(&app, &stranger, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, &format!("Macro {id}"));
    let r = call(&app, &stranger, Method::PUT, &path, Some(clash)).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/macros",
        Some(json!({"name": "", "value": "x"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let r = call(&app, &viewer, Method::GET, "/rest/v1/macros", None).await;
    assert_eq!(r.headers["x-total-count"], "2", "{}", r.text);
    let r = call(&app, &stranger, Method::GET, "/rest/v1/macros", None).await;
    assert_eq!(r.json, json!([]));

    // Deleted to the bin: gone, its name free, restorable once the name is free again.
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/macros/{other_id}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/macros/{other_id}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/recycle-bin?resourceType=macro",
        None,
    )
    .await;
    assert_eq!(r.json[0]["resourceId"], other_id, "{}", r.text);
    assert_eq!(r.json[0]["name"], "region");
    let item = r.json[0]["id"].as_i64().unwrap();
    let r = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/recycle-bin/{item}/restore"),
        None,
    )
    .await;
    assert!(r.status.is_success(), "{}", r.text);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/macros/{other_id}"),
        None,
    )
    .await;
    assert_eq!(r.json["value"], "emea", "{}", r.text);
    let r = admin(&app, Method::GET, "/rest/v1/audit?resourceType=macro", None).await;
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["restore", "delete", "update", "create", "create"],
        "{}",
        r.text
    );
    app.stop().await;
}

#[tokio::test]
async fn functions_are_the_ones_the_runner_applies() {
    let app = spawn_app().await;
    let r = admin(&app, Method::GET, "/rest/v1/functions", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let listed: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["lower", "trim", "upper"]);
    assert_eq!(r.json[2]["signature"], "upper(value: string): string");
    for (query, expected) in [
        ("?q=UP", 1),
        ("?language=javascript&category=string", 3),
        ("?language=python", 0),
        ("?category=Date", 0),
        ("?limit=1&offset=2", 1),
    ] {
        let r = admin(
            &app,
            Method::GET,
            &format!("/rest/v1/functions{query}"),
            None,
        )
        .await;
        assert_eq!(
            r.json.as_array().unwrap().len(),
            expected,
            "{query}: {}",
            r.text
        );
    }
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/functions", |b| b)
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}
