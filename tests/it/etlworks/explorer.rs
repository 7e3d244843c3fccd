//! The explorer on a real SQLite file (and on the PostgreSQL of
//! `UNDERSTUDY_TEST_POSTGRES` when it is set): a test that connects, metadata one level
//! at a time, schemas, tables, columns, samples and SQL with a row limit; files uploaded
//! into a server-storage folder; refusals by role, tenant and connection kind.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::connections::{own_database, tenant_of};
use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, spawn_app, TestApp, ADMIN_TOKEN, POSTGRES_VAR};

/// A SQLite file with a table of three orders and a view; its folder and path.
async fn orders_file() -> (tempfile::TempDir, String) {
    use sea_orm::ConnectionTrait;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("orders.db").display().to_string();
    let db = sea_orm::Database::connect(format!("sqlite://{path}?mode=rwc"))
        .await
        .unwrap();
    for sql in [
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, status TEXT NOT NULL, total REAL, note TEXT)",
        "INSERT INTO orders VALUES (1001, 'shipped', 12.5, NULL), (1002, 'open', 3, 'rush'), (1003, 'open', 7.25, NULL)",
        "CREATE VIEW open_orders AS SELECT * FROM orders WHERE status = 'open'",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }
    db.close().await.unwrap();
    (dir, path)
}

async fn connection(app: &TestApp, body: Value) -> i64 {
    let r = admin(app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

async fn sql(
    app: &TestApp,
    token: &str,
    id: i64,
    statement: &str,
    max_rows: i64,
) -> crate::helpers::Answer {
    let body = json!({"connectionId": id, "sql": statement, "maxRows": max_rows});
    call(
        app,
        token,
        Method::POST,
        "/rest/v1/explorer/sql",
        Some(body),
    )
    .await
}

#[tokio::test]
async fn a_sqlite_file_is_tested_browsed_and_queried() {
    let app = spawn_app().await;
    let (_dir, file) = orders_file().await;
    let id = connection(
        &app,
        json!({"name": "Orders", "connectionType": "connection.db.sqlite",
        "properties": {"field.connection.template.database": file}}),
    )
    .await;
    let base = format!("/rest/v1/connections/{id}");
    let r = admin(&app, Method::POST, &format!("{base}/test"), Some(json!({}))).await;
    assert_eq!(r.json["success"], true, "{}", r.text);
    assert!(
        r.json["message"].as_str().unwrap().contains("SQLite 3."),
        "{}",
        r.text
    );

    // Metadata, one level at a time.
    let r = admin(&app, Method::GET, &format!("{base}/metadata"), None).await;
    assert_eq!(
        r.json["objects"],
        json!([{"name": "main", "type": "schema", "path": "main", "dataType": null, "hasChildren": true}])
    );
    let r = admin(
        &app,
        Method::GET,
        &format!("{base}/metadata?path=main"),
        None,
    )
    .await;
    let names: Vec<(&str, &str)> = r.json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap(), o["type"].as_str().unwrap()))
        .collect();
    assert_eq!(names, [("open_orders", "view"), ("orders", "table")]);
    let r = admin(
        &app,
        Method::GET,
        &format!("{base}/metadata?path=main.orders"),
        None,
    )
    .await;
    assert_eq!(
        r.json["objects"][0],
        json!({"name": "order_id", "type": "column", "path": "main.orders.order_id", "dataType": "INTEGER", "hasChildren": false})
    );

    // The explorer: anyone in the tenant may browse.
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let ex = format!("/rest/v1/explorer/connections/{id}");
    let r = call(&app, &viewer, Method::GET, &format!("{ex}/schemas"), None).await;
    assert_eq!(
        r.json,
        json!([{"name": "main", "catalog": null}]),
        "{}",
        r.text
    );
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{ex}/tables?includeViews=false"),
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(
        r.json,
        json!([{"schema": "main", "name": "orders", "type": "table"}])
    );
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{ex}/tables?q=OPEN"),
        None,
    )
    .await;
    assert_eq!(r.json[0]["name"], "open_orders");
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{ex}/columns?table=orders"),
        None,
    )
    .await;
    assert_eq!(
        r.json[0],
        json!({"name": "order_id", "dataType": "INTEGER", "isNullable": true, "primaryKey": true, "position": 1})
    );
    assert_eq!(r.json[1]["isNullable"], false);
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{ex}/columns?table=nosuch"),
        None,
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("{ex}/columns"),
        "nosuch",
    );
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{ex}/sample?table=orders&rows=2"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["rows"],
        json!([
            ["1001", "shipped", "12.5", null],
            ["1002", "open", "3.0", "rush"]
        ])
    );
    assert_eq!(r.json["truncated"], true);

    // SQL with a row limit; a viewer may not run it (it may write).
    let r = sql(
        &app,
        ADMIN_TOKEN,
        id,
        "select order_id, status from orders order by order_id",
        2,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["columns"][0]["name"], "order_id");
    assert_eq!(
        r.json["rows"],
        json!([["1001", "shipped"], ["1002", "open"]])
    );
    assert_eq!(r.json["rowCount"], 2);
    assert_eq!(r.json["truncated"], true);
    assert_eq!(r.json["updateCount"], Value::Null);
    let r = sql(
        &app,
        ADMIN_TOKEN,
        id,
        "update orders set status = 'closed' where status = 'open'",
        10,
    )
    .await;
    assert_eq!(r.json["updateCount"], 2, "{}", r.text);
    assert_eq!(r.json["rows"], json!([]));
    let r = sql(&app, ADMIN_TOKEN, id, "select nope from orders", 10).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/explorer/sql",
        "no such column",
    );
    let r = sql(&app, &viewer, id, "delete from orders", 10).await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/explorer/sql", "Editor");
    let r = sql(
        &app,
        ADMIN_TOKEN,
        id,
        "select count(*) from orders where status = 'closed'",
        10,
    )
    .await;
    assert_eq!(
        r.json["rows"],
        json!([["2"]]),
        "the viewer's delete did nothing"
    );
    let r = sql(&app, ADMIN_TOKEN, 999_999, "select 1", 10).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/explorer/sql",
        "not found",
    );

    // Another tenant sees no such connection.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let (_, outsider) = user_with_key(&app, "acme-ed", "EDITOR", r.json["id"].as_i64()).await;
    let r = call(&app, &outsider, Method::GET, &format!("{ex}/tables"), None).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("{ex}/tables"),
        "not found",
    );
    let r = sql(&app, &outsider, id, "select 1", 10).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/explorer/sql",
        "not found",
    );
}

#[tokio::test]
async fn understudys_own_database_is_never_explored() {
    let app = spawn_app().await;
    let mut own = own_database(&app);
    own["name"] = json!("Myself");
    let id = connection(&app, own).await;
    let r = sql(&app, ADMIN_TOKEN, id, "select * from et_users", 10).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/explorer/sql",
        "Understudy's own database",
    );
    let path = format!("/rest/v1/connections/{id}/metadata");
    let r = admin(&app, Method::GET, &path, None).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        &path,
        "Understudy's own database",
    );
}

#[tokio::test]
async fn files_are_uploaded_into_a_server_storage_folder() {
    let app = spawn_app().await;
    let tenant = tenant_of(&app, ADMIN_TOKEN).await;
    let id = connection(
        &app,
        json!({"name": "Inbox", "connectionType": "connection.file.server",
        "properties": {"directory": "inbox"}}),
    )
    .await;
    let path = format!("/rest/v1/explorer/connections/{id}/upload");
    let upload = |token: String, folder: &'static str| {
        let app = &app;
        let path = path.clone();
        async move {
            let form = reqwest::multipart::Form::new()
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(b"id,total\n1,2\n".to_vec())
                        .file_name("orders.csv"),
                )
                .text("path", folder);
            app.send_with(&client(), Method::POST, &path, |b| {
                b.bearer_auth(token).multipart(form)
            })
            .await
        }
    };
    let r = upload(ADMIN_TOKEN.to_string(), "2026/03").await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"connectionId": id, "path": "2026/03/orders.csv", "fileName": "orders.csv", "size": 13})
    );
    let on_disk = app
        .state()
        .config
        .data_dir
        .join(format!("etlworks/{tenant}/inbox/2026/03/orders.csv"));
    assert_eq!(std::fs::read(&on_disk).unwrap(), b"id,total\n1,2\n");
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/connections/{id}/metadata?path=2026/03"),
        None,
    )
    .await;
    assert_eq!(
        r.json["objects"][0]["path"], "2026/03/orders.csv",
        "{}",
        r.text
    );
    let r = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/connections/{id}/test"),
        Some(json!({})),
    )
    .await;
    assert_eq!(r.json["success"], true, "the folder exists now: {}", r.text);

    let r = upload(ADMIN_TOKEN.to_string(), "../../escape").await;
    refused(&r, StatusCode::BAD_REQUEST, &path, "Field 'path'");
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = upload(viewer, "x").await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
    assert!(!app
        .state()
        .config
        .data_dir
        .join(format!("etlworks/{tenant}/inbox/x"))
        .exists());
    // A database connection takes no uploads, and a folder no SQL.
    let r = sql(&app, ADMIN_TOKEN, id, "select 1", 1).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/explorer/sql",
        "Server storage",
    );
}

#[tokio::test]
async fn a_postgresql_connection_is_tested_and_queried_when_one_is_named() {
    let Some(url) = std::env::var(POSTGRES_VAR).ok().filter(|v| !v.is_empty()) else {
        eprintln!("{POSTGRES_VAR} is not set: the PostgreSQL connection is not tried");
        return;
    };
    let app = spawn_app().await;
    let rest = url.split("://").nth(1).unwrap();
    let (auth, rest) = rest.split_once('@').unwrap();
    let (user, password) = auth.split_once(':').unwrap_or((auth, ""));
    let (hostport, database) = rest.split_once('/').unwrap();
    let (host, port) = hostport.split_once(':').unwrap_or((hostport, "5432"));
    let id = connection(&app, json!({"name": "PG", "connectionType": "connection.db.postgres",
        "properties": {"field.connection.template.host": host, "field.connection.template.port": port,
            "field.connection.template.database": database.split('?').next().unwrap(),
            "user": user, "password": password}})).await;
    let r = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/connections/{id}/test"),
        Some(json!({})),
    )
    .await;
    assert_eq!(r.json["success"], true, "{}", r.text);
    assert!(
        r.json["message"].as_str().unwrap().contains("PostgreSQL"),
        "{}",
        r.text
    );
    let r = sql(
        &app,
        ADMIN_TOKEN,
        id,
        "select 1 as one, 'x'::text as two, null::int as three from generate_series(1, 5)",
        3,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["columns"],
        json!([{"name": "one", "type": "int4"}, {"name": "two", "type": "text"}, {"name": "three", "type": "int4"}])
    );
    assert_eq!(r.json["rows"][0], json!(["1", "x", null]));
    assert_eq!(r.json["rowCount"], 3);
    assert_eq!(r.json["truncated"], true);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/connections/{id}/metadata"),
        None,
    )
    .await;
    assert!(
        r.json["objects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["name"] == "public"),
        "{}",
        r.text
    );
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/explorer/connections/{id}/schemas"),
        None,
    )
    .await;
    assert!(
        r.json
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "public"),
        "{}",
        r.text
    );
    let r = sql(&app, ADMIN_TOKEN, id, "select * from no_such_table_here", 3).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/explorer/sql",
        "no_such_table_here",
    );
}
