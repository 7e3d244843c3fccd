//! Connections, formats and listeners: editors create, list, edit and delete them (to the
//! recycle bin, from which a connection comes back); secrets are write-only and survive
//! GET → edit → PUT; refusals (401, 403, 404, 409, 400) change nothing; tests report
//! what Understudy really reached; export then import round-trips without a secret in
//! clear.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, TestApp, ADMIN_TOKEN};

/// A PostgreSQL connection's body with a password.
fn orders_db(name: &str) -> Value {
    json!({
        "name": name, "description": "Orders replica", "connectionType": "connection.db.postgres",
        "properties": {
            "field.connection.template.host": "db.example.com",
            "field.connection.template.port": "5432",
            "field.connection.template.database": "orders",
            "user": "etl", "password": "hunter2", "token": "{{secret:orders-token}}"
        },
        "tags": ["orders", "prod"]
    })
}

/// Every connection of the caller's tenant, as listed.
async fn listing(app: &TestApp, token: &str) -> Value {
    let r = call(
        app,
        token,
        Method::GET,
        "/rest/v1/connections?limit=200",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

/// The stored properties of connection `id` (as the database holds them).
async fn stored(app: &TestApp, tenant: i32, id: i64) -> Value {
    let conn = understudy::store::etlworks::connections::live(&app.state().db, tenant, id as i32)
        .await
        .unwrap()
        .expect("a live connection");
    serde_json::from_str(&conn.properties).unwrap()
}

/// The tenant the caller acts in.
pub async fn tenant_of(app: &TestApp, token: &str) -> i32 {
    let r = call(app, token, Method::GET, "/rest/v1/userprofile", None).await;
    r.json["tenantId"].as_i64().expect("a tenant") as i32
}

#[tokio::test]
async fn editors_manage_connections_formats_and_listeners() {
    let app = spawn_app().await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json["id"].as_i64().unwrap();
    assert_eq!(r.json["tags"], json!(["orders", "prod"]));
    let mut other = orders_db("Billing DB");
    other["connectionType"] = json!("connection.db.mysql");
    other["tags"] = json!(["billing"]);
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/connections",
        Some(other),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);

    // Newest first, filtered by text (name or description), tag and type, paged.
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/connections?limit=1",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "2");
    assert_eq!(r.json[0]["name"], "Billing DB");
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/connections?q=REPLICA",
        None,
    )
    .await;
    assert_eq!(
        r.headers["x-total-count"], "2",
        "both descriptions say so: {}",
        r.text
    );
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/connections?q=replica&tag=orders",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/connections?tag=billing",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1");
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/connections?type=connection.db.postgres",
        None,
    )
    .await;
    assert_eq!(r.json.as_array().unwrap().len(), 1);
    assert_eq!(r.json[0]["id"], id);

    let mut edit = orders_db("Orders DB (replica)");
    edit["tags"] = json!(["orders"]);
    let path = format!("/rest/v1/connections/{id}");
    let r = call(&app, &editor, Method::PUT, &path, Some(edit)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "Orders DB (replica)");
    assert_eq!(r.json["tags"], json!(["orders"]));

    // Formats and listeners follow the same rules.
    let format = json!({"name": "Orders CSV", "formatType": "format.csv",
        "properties": {"delimiter": ",", "firstRowFieldNames": true}});
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/formats",
        Some(format.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let format_id = r.json["id"].as_i64().unwrap();
    assert_eq!(r.json["properties"]["firstRowFieldNames"], true);
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/formats",
        Some(format),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/formats", "Orders CSV");
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/formats?type=format.json",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "0");
    let listener = json!({"name": "Orders events", "connectionType": "listener.http",
        "properties": {"pattern": "/orders/events", "method": "POST"}});
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/listeners",
        Some(listener),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let listener_id = r.json["id"].as_i64().unwrap();
    // A listener type is not a connection type, nor the other way round.
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/listeners",
        Some(orders_db("x")),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/listeners",
        "Field 'connectionType'",
    );

    for path in [
        format!("/rest/v1/formats/{format_id}"),
        format!("/rest/v1/listeners/{listener_id}"),
        format!("/rest/v1/connections/{id}"),
    ] {
        let r = call(&app, &editor, Method::DELETE, &path, None).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{path}: {}", r.text);
        let r = call(&app, &editor, Method::GET, &path, None).await;
        refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    }
    // A deleted name is free again.
    let r = call(
        &app,
        &editor,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB (replica)")),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
}

#[tokio::test]
async fn the_connector_library_lists_connectors_by_category() {
    let app = spawn_app().await;
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/connections/types?limit=200",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let all = r.json.as_array().unwrap();
    assert_eq!(r.headers["x-total-count"], all.len().to_string().as_str());
    let pg = all
        .iter()
        .find(|c| c["connectionType"] == "connection.db.postgres")
        .unwrap();
    assert_eq!(pg["category"], "database");
    assert!(pg["propertyKeys"]
        .as_array()
        .unwrap()
        .contains(&json!("password")));
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/connections/types?category=listener",
        None,
    )
    .await;
    assert!(r
        .json
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["category"] == "listener"));
    assert!(r
        .json
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["connectionType"] == "listener.http"));
}

#[tokio::test]
async fn secrets_are_write_only_and_survive_an_edit() {
    let app = spawn_app().await;
    let tenant = tenant_of(&app, ADMIN_TOKEN).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json["id"].as_i64().unwrap();
    assert_eq!(r.json["properties"]["password"], "********");
    assert_eq!(
        r.json["properties"]["token"], "{{secret:orders-token}}",
        "a placeholder is shown as sent"
    );
    assert_eq!(r.json["properties"]["user"], "etl");
    let path = format!("/rest/v1/connections/{id}");

    // GET → edit → PUT keeps the stored password.
    let mut got = admin(&app, Method::GET, &path, None).await.json;
    assert_eq!(got["properties"]["password"], "********");
    got["description"] = json!("edited");
    let r = admin(&app, Method::PUT, &path, Some(got)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["description"], "edited");
    assert_eq!(stored(&app, tenant, id).await["password"], "hunter2");
    // A new value replaces it; the listing never shows it.
    let mut edit = orders_db("Orders DB");
    edit["properties"]["password"] = json!("correct horse");
    let r = admin(&app, Method::PUT, &path, Some(edit)).await;
    assert_eq!(r.json["properties"]["password"], "********");
    assert_eq!(stored(&app, tenant, id).await["password"], "correct horse");
    let listed = listing(&app, ADMIN_TOKEN).await;
    assert_eq!(listed[0]["properties"]["password"], "********");
    // Nor does the audit log hold it.
    let audit: Vec<String> =
        <understudy::store::entities::et_audit_event::Entity as sea_orm::EntityTrait>::find()
            .all(&app.state().db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| format!("{:?} {:?}", e.before, e.after))
            .collect();
    assert!(
        audit.iter().any(|e| e.contains("Orders DB")),
        "the writes are audited"
    );
    assert!(audit
        .iter()
        .all(|e| !e.contains("hunter2") && !e.contains("correct horse")));
}

#[tokio::test]
async fn refusals_change_nothing() {
    let app = spawn_app().await;
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, outsider) = user_with_key(&app, "acme-ed", "EDITOR", Some(acme)).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    let id = r.json["id"].as_i64().unwrap();
    let path = format!("/rest/v1/connections/{id}");
    let before = listing(&app, ADMIN_TOKEN).await;

    // No token, a bad token.
    let r = app
        .send_with(
            &crate::helpers::client(),
            Method::GET,
            "/rest/v1/connections",
            |b| b,
        )
        .await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/connections",
        "authentication",
    );
    let r = call(&app, "ewk_nope", Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // A viewer reads but does not write.
    let r = call(&app, &viewer, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("V")),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/connections", "Editor");
    let r = call(&app, &viewer, Method::PUT, &path, Some(orders_db("V"))).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
    let r = call(&app, &viewer, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
    let r = call(
        &app,
        &viewer,
        Method::POST,
        &format!("{path}/test"),
        Some(json!({})),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, &format!("{path}/test"), "Editor");
    // Another tenant's editor sees no such connection.
    for method in [Method::GET, Method::DELETE] {
        let r = call(&app, &outsider, method, &path, None).await;
        refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    }
    let r = call(&app, &outsider, Method::PUT, &path, Some(orders_db("Mine"))).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    assert_eq!(listing(&app, &outsider).await, json!([]));
    // The same name, an unknown connector, a bad folder, a blank name: nothing written.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    refused(
        &r,
        StatusCode::CONFLICT,
        "/rest/v1/connections",
        "Orders DB",
    );
    let mut bad = orders_db("Bad");
    bad["connectionType"] = json!("connection.db.nosuch");
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(bad.clone()),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/connections",
        "Field 'connectionType'",
    );
    let r = admin(&app, Method::PUT, &path, Some(bad)).await;
    refused(&r, StatusCode::BAD_REQUEST, &path, "Field 'connectionType'");
    let escape = json!({"name": "Escape", "connectionType": "connection.file.server",
        "properties": {"directory": "../../etc"}});
    let r = admin(&app, Method::POST, "/rest/v1/connections", Some(escape)).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/connections",
        "Field 'properties.directory'",
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(json!({"name": " ", "connectionType": "connection.db.sqlite"})),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/connections",
        "Field 'name'",
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(json!({"connectionType": "connection.db.sqlite"})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, "/rest/v1/connections", "name");
    assert_eq!(listing(&app, ADMIN_TOKEN).await, before);
}

#[tokio::test]
async fn a_deleted_connection_goes_to_the_recycle_bin_and_comes_back() {
    use understudy::store::etlworks::bin;
    let app = spawn_app().await;
    let tenant = tenant_of(&app, ADMIN_TOKEN).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    let id = r.json["id"].as_i64().unwrap();
    let path = format!("/rest/v1/connections/{id}");

    // A live flow that uses it keeps it (409, nothing changed).
    let flow = insert_flow(&app, tenant, id).await;
    let r = admin(&app, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::CONFLICT, &path, "Nightly orders");
    assert_eq!(
        admin(&app, Method::GET, &path, None).await.status,
        StatusCode::OK
    );
    <understudy::store::entities::et_flow::Entity as sea_orm::EntityTrait>::delete_by_id(flow)
        .exec(&app.state().db)
        .await
        .unwrap();

    let r = admin(&app, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let db = &app.state().db;
    let (entries, total) = bin::page(db, tenant, Some("connection"), 0, 10)
        .await
        .unwrap();
    assert_eq!(total, 1);
    assert_eq!(entries[0].resource_id as i64, id);
    assert_eq!(entries[0].name, "Orders DB");
    let kind = bin::kind("connection").unwrap();
    bin::restore(db, kind, &entries[0]).await.unwrap();
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["tags"],
        json!(["orders", "prod"]),
        "tags came back with it"
    );
    assert_eq!(stored(&app, tenant, id).await["password"], "hunter2");
}

/// A live flow of `tenant` that uses connection `id`; its id.
async fn insert_flow(app: &TestApp, tenant: i32, id: i64) -> i32 {
    use understudy::store::entities::et_flow;
    let flow = et_flow::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: sea_orm::Set(tenant),
        name: sea_orm::Set("Nightly orders".into()),
        description: sea_orm::Set(None),
        flow_type: sea_orm::Set("flow.db.to.db".into()),
        properties: sea_orm::Set("{}".into()),
        transformations: sea_orm::Set("[]".into()),
        mappings: sea_orm::Set("[]".into()),
        connections: sea_orm::Set(format!("[{id}]")),
        nested_flows: sea_orm::Set("[]".into()),
        owner: sea_orm::Set("admin".into()),
        version: sea_orm::Set(1),
        created_at: sea_orm::Set(0),
        updated_at: sea_orm::Set(0),
        deleted_at: sea_orm::Set(None),
    };
    sea_orm::ActiveModelTrait::insert(flow, &app.state().db)
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn tests_report_only_what_understudy_reached() {
    let app = spawn_app().await;
    let tenant = tenant_of(&app, ADMIN_TOKEN).await;
    let a = &app;
    let create = |body: Value| async move {
        let r = admin(a, Method::POST, "/rest/v1/connections", Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json["id"].as_i64().unwrap()
    };
    let test = |id: i64, body: Value| async move {
        let r = admin(
            a,
            Method::POST,
            &format!("/rest/v1/connections/{id}/test"),
            Some(body),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        (
            r.json["success"].as_bool().unwrap(),
            r.json["message"].as_str().unwrap().to_string(),
        )
    };
    // Nothing listens on port 1: the TCP attempt fails, honestly.
    let mysql = create(json!({"name": "My", "connectionType": "connection.db.mysql",
        "properties": {"field.connection.template.host": "127.0.0.1", "field.connection.template.port": 1}})).await;
    let (ok, message) = test(mysql, json!({})).await;
    assert!(
        !ok && message.contains("Cannot reach 127.0.0.1:1"),
        "{message}"
    );
    let snowflake =
        create(json!({"name": "Snow", "connectionType": "connection.db.snowflake"})).await;
    let (ok, message) = test(snowflake, json!({})).await;
    assert!(
        !ok && message.contains("cannot speak Snowflake"),
        "{message}"
    );
    // A server-storage folder exists or not.
    let storage = create(
        json!({"name": "Inbox", "connectionType": "connection.file.server",
        "properties": {"directory": "inbox"}}),
    )
    .await;
    let (ok, message) = test(storage, json!({})).await;
    assert!(!ok && message.contains("does not exist"), "{message}");
    let folder = app
        .state()
        .config
        .data_dir
        .join(format!("etlworks/{tenant}/inbox"));
    std::fs::create_dir_all(&folder).unwrap();
    let (ok, message) = test(storage, json!({})).await;
    assert!(ok, "{message}");
    // Unsaved settings are tested without being saved.
    let (ok, _) = test(storage, json!({"properties": {"directory": "elsewhere"}})).await;
    assert!(!ok);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/connections/{storage}"),
        None,
    )
    .await;
    assert_eq!(r.json["properties"]["directory"], "inbox");
    // A placeholder cannot be resolved, and says so.
    let sqlite = create(
        json!({"name": "Lite", "connectionType": "connection.db.sqlite",
        "properties": {"field.connection.template.database": "{{secret:file}}"}}),
    )
    .await;
    let (ok, message) = test(sqlite, json!({})).await;
    assert!(!ok && message.contains("no secret vault"), "{message}");
    // Understudy's own database is never opened.
    let own = own_database(&app);
    let (ok, message) = test(
        sqlite,
        json!({"connectionType": own["connectionType"], "properties": own["properties"]}),
    )
    .await;
    assert!(
        !ok && message.contains("Understudy's own database"),
        "{message}"
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections/999999/test",
        Some(json!({})),
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/connections/999999/test",
        "not found",
    );
}

/// A connection's type and properties that point at Understudy's own database.
pub fn own_database(app: &TestApp) -> Value {
    match &app.database.url {
        Some(url) if url.starts_with("postgres") => {
            let rest = url.split("://").nth(1).unwrap();
            let (auth, rest) = rest.split_once('@').unwrap_or(("postgres", rest));
            let (user, password) = auth.split_once(':').unwrap_or((auth, ""));
            let (hostport, db) = rest.split_once('/').unwrap();
            let (host, port) = hostport.split_once(':').unwrap_or((hostport, "5432"));
            json!({"connectionType": "connection.db.postgres", "properties": {
                "field.connection.template.host": host, "field.connection.template.port": port,
                "field.connection.template.database": db.split('?').next().unwrap(),
                "user": user, "password": password}})
        }
        _ => {
            let file = app.state().config.data_dir.join("understudy.db");
            json!({"connectionType": "connection.db.sqlite", "properties": {
                "field.connection.template.database": file.display().to_string()}})
        }
    }
}

#[tokio::test]
async fn export_then_import_round_trips_without_secrets_in_clear() {
    let app = spawn_app().await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/connections",
        Some(orders_db("Orders DB")),
    )
    .await;
    let conn = r.json["id"].as_i64().unwrap();
    admin(
        &app,
        Method::POST,
        "/rest/v1/formats",
        Some(json!({"name": "CSV", "formatType": "format.csv", "tags": ["x"]})),
    )
    .await;
    admin(
        &app,
        Method::POST,
        "/rest/v1/listeners",
        Some(json!({"name": "Hook", "connectionType": "listener.http"})),
    )
    .await;

    let r = admin(&app, Method::POST, "/rest/v1/io/export", Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let bundle = r.json.clone();
    assert_eq!(
        bundle["connections"][0]["properties"]["password"],
        "********"
    );
    assert_eq!(
        bundle["connections"][0]["properties"]["token"],
        "{{secret:orders-token}}"
    );
    assert!(!r.text.contains("hunter2"));
    assert_eq!(bundle["formats"][0]["name"], "CSV");
    assert_eq!(bundle["listeners"][0]["name"], "Hook");
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"connections": [conn]})),
    )
    .await;
    assert_eq!(r.json["connections"].as_array().unwrap().len(), 1);
    assert_eq!(r.json["formats"], json!([]));
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/export",
        Some(json!({"connections": [999999]})),
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, "/rest/v1/io/export", "not found");

    // Into another tenant: a preview writes nothing, the import creates all three.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, acme_editor) = user_with_key(&app, "acme-ed", "EDITOR", Some(acme)).await;
    let r = call(
        &app,
        &acme_editor,
        Method::POST,
        "/rest/v1/io/import?preview=true",
        Some(bundle.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["preview"], true);
    assert!(r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["action"] == "create"));
    assert_eq!(listing(&app, &acme_editor).await, json!([]));
    let r = call(
        &app,
        &acme_editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let items = r.json["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 3);
    let imported = items
        .iter()
        .find(|i| i["resourceType"] == "connection")
        .unwrap();
    assert_eq!(imported["action"], "create");
    assert!(
        imported["message"].as_str().unwrap().contains("'password'"),
        "{imported}"
    );
    let copy = stored(&app, acme as i32, imported["id"].as_i64().unwrap()).await;
    assert!(copy.get("password").is_none(), "no secret invented: {copy}");
    assert_eq!(copy["token"], "{{secret:orders-token}}");
    let r = call(&app, &acme_editor, Method::GET, "/rest/v1/formats", None).await;
    assert_eq!(r.json[0]["tags"], json!(["x"]));
    // Again: nothing changes. Back home: identical, the stored password kept.
    let r = call(
        &app,
        &acme_editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert!(
        r.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["action"] == "skip"),
        "{}",
        r.text
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle.clone()),
    )
    .await;
    assert!(
        r.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["action"] == "skip"),
        "{}",
        r.text
    );
    let home = tenant_of(&app, ADMIN_TOKEN).await;
    assert_eq!(stored(&app, home, conn).await["password"], "hunter2");

    // One bad entry refuses the whole bundle, naming it; a viewer may not import.
    let mut bad = bundle.clone();
    bad["formats"][0]["name"] = json!("CSV 2");
    bad["connections"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": 9, "name": "Z",
        "connectionType": "connection.db.nosuch", "properties": {}, "tags": []}));
    let r = call(
        &app,
        &acme_editor,
        Method::POST,
        "/rest/v1/io/import",
        Some(bad),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/io/import",
        "Field 'connections[1].connectionType'",
    );
    let r = call(&app, &acme_editor, Method::GET, "/rest/v1/formats", None).await;
    assert_eq!(r.headers["x-total-count"], "1", "nothing half-imported");
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/io/import",
        Some(bundle),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/io/import", "Editor");
}

#[tokio::test]
async fn a_key_file_is_stored_and_named_by_a_secret_property() {
    let app = spawn_app().await;
    let r = admin(&app, Method::POST, "/rest/v1/connections", Some(json!({"name": "SFTP",
        "connectionType": "connection.file.sftp", "properties": {"field.connection.template.host": "h"}}))).await;
    let id = r.json["id"].as_i64().unwrap();
    let path = format!("/rest/v1/connections/{id}/keys");
    let form = || {
        reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(b"-----BEGIN KEY-----".to_vec()).file_name("id_rsa"),
        )
    };
    let r = app
        .send_with(&crate::helpers::client(), Method::POST, &path, |b| {
            b.bearer_auth(ADMIN_TOKEN).multipart(form())
        })
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"connectionId": id, "property": "privateKey", "fileName": "id_rsa", "size": 19})
    );
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/connections/{id}"),
        None,
    )
    .await;
    assert_eq!(r.json["properties"]["privateKey"], "********");
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = app
        .send_with(&crate::helpers::client(), Method::POST, &path, |b| {
            b.bearer_auth(&viewer).multipart(form())
        })
        .await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
}
