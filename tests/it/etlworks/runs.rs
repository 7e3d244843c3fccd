//! Running flows for real: a run copies rows between two SQLite databases (checked row
//! by row) and from a CSV file, through its mappings; runs end in each terminal status
//! (success, warning with rejected rows, error on an unreachable connector, canceled by a
//! stop); one instance at a time unless `parallel`; variables; a run whose runner went
//! silent ends `error`; `wait` answers at the end. The job runner is off (the test
//! drains the queue) except where `wait` needs it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{json, Value};
use understudy::store::etlworks::executions;
use understudy::surfaces::etlworks::runs::runner::{self, Runner, STALL_MS};

use super::flows::create;
use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, spawn_stopped_clock, TestApp};

/// A SQLite file at `path` after `statements`.
async fn sqlite(path: &Path, statements: &[&str]) -> DatabaseConnection {
    let db = Database::connect(format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("a SQLite file");
    for s in statements {
        db.execute_unprepared(s).await.expect("the statement runs");
    }
    db
}

/// Every row of `sql` as JSON arrays.
async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<Value> {
    let found = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("the query runs");
    found
        .iter()
        .map(|r| {
            let id: i64 = r.try_get_by_index(0).unwrap();
            let name: Option<String> = r.try_get_by_index(1).unwrap();
            let amount: Option<f64> = r.try_get_by_index(2).unwrap();
            json!([id, name, amount])
        })
        .collect()
}

/// A connection of `kind` with `properties`; its id.
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

/// A one-transformation flow from `source` to `destination`.
fn copy_flow(name: &str, source: (i64, &str), destination: (i64, &str), action: Value) -> Value {
    json!({
        "name": name, "flowType": "flow.db.to.db",
        "transformations": [{
            "index": 0, "name": "copy", "sourceConnectionId": source.0, "sourceObject": source.1,
            "destinationConnectionId": destination.0, "destinationObject": destination.1,
            "properties": action
        }],
        "mappings": [{"transformation": "copy", "source": "customer", "destination": "customer", "function": "upper"}]
    })
}

async fn run(app: &TestApp, flow: i64, query: &str, params: Value) -> Value {
    let path = format!("/rest/v1/flows/{flow}/run{query}");
    let r = admin(app, Method::POST, &path, Some(params)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

async fn record(app: &TestApp, flow: i64, audit: i64) -> Value {
    let path = format!("/rest/v1/executions/{flow}?auditId={audit}");
    let r = admin(app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

async fn console(app: &TestApp, flow: i64, audit: i64) -> String {
    let path = format!("/rest/v1/executions/{flow}/audit/{audit}/console");
    let r = admin(app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.text
}

const ORDERS: [&str; 2] = [
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, amount REAL)",
    "INSERT INTO orders VALUES (1, 'ada', 10.5), (2, 'grace', 20.0), (3, 'linus', NULL)",
];

#[tokio::test]
async fn a_run_copies_rows_between_databases_through_its_mappings() {
    let (app, _clock) = spawn_stopped_clock(11, None).await;
    let dir = tempfile::tempdir().unwrap();
    let source_file = dir.path().join("source.db");
    let target_file = dir.path().join("target.db");
    let _src = sqlite(&source_file, &ORDERS).await;
    let target = sqlite(&target_file, &[]).await;
    let source = sqlite_connection(&app, "source", &source_file).await;
    let dest = sqlite_connection(&app, "target", &target_file).await;
    let flow = create(
        &app,
        copy_flow(
            "Copy orders",
            (source, "orders"),
            (dest, "ORDERS"),
            json!({}),
        ),
    )
    .await;

    let answer = run(&app, flow, "", json!({})).await;
    assert_eq!(answer["status"], 0, "started: {answer}");
    let audit = answer["auditId"].as_i64().unwrap();
    assert_eq!(record(&app, flow, audit).await["status"], "queued");
    assert_eq!(runner::drain(app.state()).await.unwrap(), 1);

    let done = record(&app, flow, audit).await;
    assert_eq!(done["status"], "success", "{done}");
    assert_eq!(done["recordsProcessed"], 3);
    assert_eq!(done["metrics"][0]["recordsExtracted"], 3);
    assert_eq!(done["metrics"][0]["recordsLoaded"], 3);
    assert!(
        done["finished"].is_string() && done["exception"].is_null(),
        "{done}"
    );
    assert_eq!(
        rows(
            &target,
            "SELECT id, customer, amount FROM ORDERS ORDER BY id"
        )
        .await,
        vec![
            json!([1, "ADA", 10.5]),
            json!([2, "GRACE", 20.0]),
            json!([3, "LINUS", null])
        ]
    );
    let text = console(&app, flow, audit).await;
    assert!(text.contains("created table ORDERS"), "{text}");
    assert!(
        text.contains("copy: 3 extracted, 3 loaded, 0 rejected"),
        "{text}"
    );
    assert!(text.contains("Flow finished with status success"), "{text}");
    assert!(
        !text.contains("records processed"),
        "no schedule, no step: {text}"
    );

    // A merge on `id` replaces the rows it shares; an insert would have doubled them.
    let mut merge = copy_flow(
        "Copy orders",
        (source, "orders"),
        (dest, "ORDERS"),
        json!({"action": "merge", "lookupFields": "id"}),
    );
    merge["mappings"] = json!([]);
    let r = admin(
        &app,
        Method::PUT,
        &format!("/rest/v1/flows/{flow}"),
        Some(merge),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let second = run(&app, flow, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();
    runner::drain(app.state()).await.unwrap();
    assert_eq!(record(&app, flow, second).await["status"], "success");
    assert_eq!(
        rows(
            &target,
            "SELECT id, customer, amount FROM ORDERS ORDER BY id"
        )
        .await,
        vec![
            json!([1, "ada", 10.5]),
            json!([2, "grace", 20.0]),
            json!([3, "linus", null])
        ]
    );

    // History, counts, live tail and the download.
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/executions/{flow}/history"),
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "2", "{}", r.text);
    assert_eq!(r.json[0]["auditId"], second);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/executions/{flow}/statuses"),
        None,
    )
    .await;
    assert_eq!(r.json["success"], 2, "{}", r.text);
    let tail = format!("/rest/v1/executions/{flow}/audit/{audit}/console/live?position=0");
    let r = admin(&app, Method::GET, &tail, None).await;
    assert_eq!(r.headers["x-execution-running"], "false");
    assert_eq!(
        r.headers["x-log-position"],
        text.chars().count().to_string().as_str()
    );
    let download = format!("/rest/v1/executions/console/download?flowId={flow}&auditId={audit}");
    let r = admin(&app, Method::GET, &download, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers["content-disposition"],
        format!("attachment; filename=\"flow-{flow}-audit-{audit}.log\"").as_str()
    );
    assert_eq!(r.text, text);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/executions/console/download?flowId={flow}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.bytes.starts_with(b"PK"), "a ZIP of the recent logs");

    // A run its schedule starts logs progress every `logStep` records.
    let body = json!({"name": "Stepped", "flowId": flow, "schedule": "60", "logStep": 2});
    let r = admin(&app, Method::POST, "/rest/v1/schedules", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let path = format!("/rest/v1/schedules/{}/flows/{flow}/run", r.json["id"]);
    let r = admin(&app, Method::POST, &path, None).await;
    let stepped = r.json["auditId"].as_i64().expect("started");
    runner::drain(app.state()).await.unwrap();
    let text = console(&app, flow, stepped).await;
    assert!(text.contains("copy: 3 records processed"), "{text}");
}

#[tokio::test]
async fn runs_end_in_each_terminal_status() {
    let (app, _clock) = spawn_stopped_clock(12, None).await;
    let dir = tempfile::tempdir().unwrap();
    let source_file = dir.path().join("source.db");
    let target_file = dir.path().join("target.db");
    let _src = sqlite(&source_file, &ORDERS).await;
    // The destination refuses the customer 'grace'.
    let _target = sqlite(
        &target_file,
        &["CREATE TABLE picky (id INTEGER, customer TEXT CHECK (customer <> 'GRACE'), amount REAL)"],
    )
    .await;
    let source = sqlite_connection(&app, "source", &source_file).await;
    let dest = sqlite_connection(&app, "target", &target_file).await;
    let snowflake = connection(
        &app,
        "warehouse",
        "connection.db.snowflake",
        json!({"field.connection.template.account": "acme", "user": "etl", "password": "p"}),
    )
    .await;

    // warning: one row rejected, the others loaded.
    let picky = create(
        &app,
        copy_flow("Picky", (source, "orders"), (dest, "picky"), json!({})),
    )
    .await;
    let audit = run(&app, picky, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();
    runner::drain(app.state()).await.unwrap();
    let done = record(&app, picky, audit).await;
    assert_eq!(done["status"], "warning", "{done}");
    assert_eq!(done["metrics"][0]["recordsRejected"], 1);
    assert_eq!(done["metrics"][0]["recordsLoaded"], 2);
    assert!(console(&app, picky, audit)
        .await
        .contains("1 records rejected"));

    // error: the connector cannot be reached from here; the console says why.
    let cloud = create(
        &app,
        copy_flow(
            "To Snowflake",
            (source, "orders"),
            (snowflake, "ORDERS"),
            json!({}),
        ),
    )
    .await;
    let audit = run(&app, cloud, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();
    runner::drain(app.state()).await.unwrap();
    let done = record(&app, cloud, audit).await;
    assert_eq!(done["status"], "error", "{done}");
    assert!(
        done["exception"]
            .as_str()
            .unwrap()
            .contains("cannot move data through Snowflake"),
        "{done}"
    );
    assert!(console(&app, cloud, audit).await.contains("ERROR"));

    // canceled: stopped while queued; a second stop finds nothing running.
    let audit = run(&app, picky, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();
    let stop = format!("/rest/v1/flows/{picky}/stop");
    let r = admin(&app, Method::POST, &stop, None).await;
    assert_eq!(
        (r.json["status"].as_i64(), r.json["auditId"].as_i64()),
        (Some(2), Some(audit)),
        "{}",
        r.text
    );
    let r = admin(&app, Method::POST, &stop, None).await;
    assert_eq!(r.json["status"], 3, "{}", r.text);
    assert_eq!(
        runner::drain(app.state()).await.unwrap(),
        0,
        "nothing left to run"
    );
    assert_eq!(record(&app, picky, audit).await["status"], "canceled");
    assert!(console(&app, picky, audit)
        .await
        .contains("Stop requested by admin@example.com"));

    // The counts follow every ending.
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/executions/{picky}/statuses"),
        None,
    )
    .await;
    assert_eq!(
        (r.json["warning"].as_i64(), r.json["canceled"].as_i64()),
        (Some(1), Some(1)),
        "{}",
        r.text
    );
}

#[tokio::test]
async fn a_csv_file_loads_into_a_database_with_variables() {
    let (app, _clock) = spawn_stopped_clock(13, None).await;
    let tenant_dir: PathBuf = app.state().config.data_dir.join("etlworks/1/in");
    std::fs::create_dir_all(&tenant_dir).unwrap();
    std::fs::write(
        tenant_dir.join("orders-emea.csv"),
        "id,customer,amount\n1,ada,1.5\n2,grace,2\n",
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let target_file = dir.path().join("target.db");
    let target = sqlite(&target_file, &[]).await;
    let files = connection(
        &app,
        "inbox",
        "connection.file.server",
        json!({"directory": "in"}),
    )
    .await;
    let dest = sqlite_connection(&app, "target", &target_file).await;
    let flow = create(
        &app,
        copy_flow(
            "Load CSV",
            (files, "orders-{region}.csv"),
            (dest, "orders"),
            json!({}),
        ),
    )
    .await;

    // By name, with the variables in the query string.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/flows/flow-name/Load%20CSV/run?region=emea",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let audit = r.json["auditId"].as_i64().unwrap();
    runner::drain(app.state()).await.unwrap();
    let done = record(&app, flow, audit).await;
    assert_eq!(done["status"], "success", "{done}");
    assert!(console(&app, flow, audit)
        .await
        .contains("Flow variable region = emea"));
    let found = target
        .query_all(Statement::from_string(
            target.get_database_backend(),
            "SELECT id, customer FROM orders ORDER BY id".to_string(),
        ))
        .await
        .unwrap();
    let got: Vec<(String, String)> = found
        .iter()
        .map(|r| {
            (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("1".to_string(), "ADA".to_string()),
            ("2".into(), "GRACE".into())
        ]
    );
}

#[tokio::test]
async fn one_instance_at_a_time_unless_parallel_and_roles() {
    let (app, clock) = spawn_stopped_clock(14, None).await;
    let flow = create(&app, json!({"name": "Empty", "flowType": "flow.db.to.db"})).await;
    let first = run(&app, flow, "", json!({})).await;
    let again = run(&app, flow, "", json!({})).await;
    assert_eq!(again["status"], 1, "{again}");
    assert_eq!(again["auditId"], first["auditId"]);
    assert!(again["exception"]
        .as_str()
        .unwrap()
        .contains("already running"));
    let parallel = run(&app, flow, "?parallel=true", json!({})).await;
    assert_ne!(parallel["auditId"], first["auditId"]);
    // Any variable name is taken (one with a brace cannot be referenced); a value past
    // 64 KiB is refused, naming the variable.
    let odd = run(&app, flow, "?parallel=true", json!({"a{": "1"})).await;
    assert!(odd["auditId"].is_i64(), "{odd}");
    let bad = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/flows/{flow}/run"),
        Some(json!({"big": "x".repeat(64 * 1024 + 1)})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert!(bad.text.contains("Field 'big'"), "{}", bad.text);

    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let (_, operator) = user_with_key(&app, "operator", "OPERATOR", None).await;
    let path = format!("/rest/v1/flows/{flow}/run");
    let r = call(&app, &viewer, Method::POST, &path, Some(json!({}))).await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        &path,
        "Viewer role cannot run flows",
    );
    let history = format!("/rest/v1/executions/{flow}/history");
    let r = call(&app, &viewer, Method::GET, &history, None).await;
    refused(&r, StatusCode::FORBIDDEN, &history, "Viewer");
    let r = call(&app, &operator, Method::GET, &history, None).await;
    assert_eq!(r.headers["x-total-count"], "3", "{}", r.text);

    // A run whose runner stops beating is ended `error`, never left running.
    let audit = first["auditId"].as_i64().unwrap() as i32;
    let db = &app.state().db;
    let queued = executions::by_id(db, audit).await.unwrap().unwrap();
    assert!(executions::claim(db, &queued, 10, app.state().now_ms())
        .await
        .unwrap());
    clock.advance(Duration::from_millis(STALL_MS as u64 + 1));
    runner::drain(app.state()).await.unwrap();
    let done = record(&app, flow, i64::from(audit)).await;
    assert_eq!(done["status"], "error", "{done}");
    assert!(done["exception"].as_str().unwrap().contains("interrupted"));
    // The parallel one ran (an empty flow succeeds at once).
    let parallel = record(&app, flow, parallel["auditId"].as_i64().unwrap()).await;
    assert_eq!(parallel["status"], "success", "{parallel}");
}

#[tokio::test]
async fn a_tenant_runs_at_most_max_parallel_flows_at_once() {
    let (app, clock) = spawn_stopped_clock(13, None).await;
    let settings = json!({
        "auditRetentionDays": 365, "executionRetentionDays": 30, "recycleBinRetentionDays": 90,
        "defaultTimeZone": "UTC", "defaultLocale": "en-US", "maxParallelFlows": 1,
        "branding": {"companyName": "Acme", "primaryColor": "#1f6feb"}
    });
    let r = admin(&app, Method::PUT, "/rest/v1/settings", Some(settings)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let a = create(&app, json!({"name": "A", "flowType": "flow.db.to.db"})).await;
    let b = create(&app, json!({"name": "B", "flowType": "flow.db.to.db"})).await;
    let first = run(&app, a, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();
    let second = run(&app, b, "", json!({})).await["auditId"]
        .as_i64()
        .unwrap();

    // A claims its run; B's waits while the tenant is at its cap, through the claim
    // itself and through a runner's step.
    let db = &app.state().db;
    let now = app.state().now_ms();
    let run_a = executions::by_id(db, first as i32).await.unwrap().unwrap();
    let run_b = executions::by_id(db, second as i32).await.unwrap().unwrap();
    assert!(executions::claim(db, &run_a, 1, now).await.unwrap());
    assert!(
        !executions::claim(db, &run_b, 1, now).await.unwrap(),
        "at the cap"
    );
    let runner = Runner::default();
    runner.step(app.state()).await.unwrap();
    runner.shutdown().await;
    assert_eq!(record(&app, b, second).await["status"], "queued");

    // Once A's run has ended (its runner went silent), B's runs.
    clock.advance(Duration::from_millis(STALL_MS as u64 + 1));
    runner::drain(app.state()).await.unwrap();
    assert_eq!(record(&app, a, first).await["status"], "error");
    assert_eq!(record(&app, b, second).await["status"], "success");
}

#[tokio::test]
async fn wait_answers_when_the_run_ends() {
    let app = spawn_app().await;
    let flow = create(&app, json!({"name": "Quick", "flowType": "flow.db.to.db"})).await;
    let answer = run(&app, flow, "?wait=true&timeout=30", json!({})).await;
    assert_eq!(answer["status"], 4, "{answer}");
    let done = record(&app, flow, answer["auditId"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "success");
}
