//! Composer drafts: a conversation with the rule-based composer builds a flow definition
//! (connections looked up in the tenant, unparsed sentences and missing parts said), the
//! promoted draft is a regular flow the runner copies rows with, and every refusal
//! (no token, viewer, another user's draft, bad input, not ready, promoted already,
//! duplicate flow name) leaves nothing changed.

use std::path::Path;

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::{json, Value};
use understudy::surfaces::etlworks::runs::runner;

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, spawn_stopped_clock, TestApp, ADMIN_TOKEN};

const DRAFTS: &str = "/rest/v1/composer/flows";

async fn sqlite_connection(app: &TestApp, name: &str, file: &Path) -> i64 {
    let body = json!({
        "name": name, "connectionType": "connection.db.sqlite",
        "properties": {"field.connection.template.database": file.display().to_string()}
    });
    let r = admin(app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

async fn new_draft(app: &TestApp, token: &str, body: Value) -> Value {
    let r = call(app, token, Method::POST, DRAFTS, Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json
}

async fn say(app: &TestApp, token: &str, id: i64, content: &str) -> Value {
    let path = format!("{DRAFTS}/{id}/conversation");
    let r = call(
        app,
        token,
        Method::POST,
        &path,
        Some(json!({"content": content})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

/// The last message of a conversation (the composer's reply).
fn reply(conversation: &Value) -> String {
    let messages = conversation["messages"].as_array().unwrap();
    let last = messages.last().unwrap();
    assert_eq!(last["role"], "agent");
    last["content"].as_str().unwrap().to_string()
}

async fn flow_count(app: &TestApp) -> i64 {
    let r = admin(app, Method::GET, "/rest/v1/flows", None).await;
    r.json.as_array().unwrap().len() as i64
}

#[tokio::test]
async fn a_conversation_builds_a_flow_that_promotes_and_runs() {
    let (app, _clock) = spawn_stopped_clock(17, None).await;
    let dir = tempfile::tempdir().unwrap();
    let (source_file, target_file) = (dir.path().join("s.db"), dir.path().join("t.db"));
    let src = Database::connect(format!("sqlite://{}?mode=rwc", source_file.display()))
        .await
        .unwrap();
    for s in [
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT)",
        "INSERT INTO orders VALUES (1, 'ada'), (2, 'grace')",
    ] {
        src.execute_unprepared(s).await.unwrap();
    }
    let dst = Database::connect(format!("sqlite://{}?mode=rwc", target_file.display()))
        .await
        .unwrap();
    let source = sqlite_connection(&app, "Orders DB", &source_file).await;
    let target = sqlite_connection(&app, "warehouse", &target_file).await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;

    // The prompt is the first message; one connection named, the other not found.
    let draft = new_draft(
        &app,
        &editor,
        json!({"name": "Orders copy", "prompt": "Copy table orders from connection 'Orders DB' to connection nowhere. Hello there"}),
    )
    .await;
    let id = draft["id"].as_i64().unwrap();
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["missing"], json!(["destination connection"]));
    assert_eq!(
        draft["definition"]["transformations"][0]["sourceConnectionId"],
        source
    );
    let talk = call(
        &app,
        &editor,
        Method::GET,
        &format!("{DRAFTS}/{id}/conversation"),
        None,
    )
    .await;
    assert_eq!(talk.json["messages"].as_array().unwrap().len(), 2);
    let first = reply(&talk.json);
    assert!(first.contains("source connection 'Orders DB'"), "{first}");
    assert!(first.contains("no connection 'nowhere'"), "{first}");
    assert!(
        first.contains("Could not parse: \"Hello there\""),
        "{first}"
    );
    assert!(
        first.contains("Still missing: destination connection"),
        "{first}"
    );

    // The rest, by id; a mapping and a name.
    let talk = say(
        &app,
        &editor,
        id,
        &format!("to connection {target}; map customer to client\nname it Nightly orders"),
    )
    .await;
    let last = reply(&talk);
    assert!(last.contains("The draft is ready"), "{last}");
    assert_eq!(talk["messages"].as_array().unwrap().len(), 4);
    let r = call(&app, &editor, Method::GET, &format!("{DRAFTS}/{id}"), None).await;
    assert_eq!(r.json["missing"], json!([]));
    assert_eq!(r.json["flowType"], "flow.db.to.db");
    assert_eq!(r.json["definition"]["name"], "Nightly orders");
    assert_eq!(r.json["definition"]["connections"], json!([source, target]));
    assert_eq!(
        r.json["definition"]["mappings"][0],
        json!({"transformation": "orders to orders", "source": "customer", "destination": "client", "function": null})
    );

    // Recent: the caller's drafts only, newest first.
    new_draft(&app, &editor, json!({"name": "Second"})).await;
    new_draft(&app, ADMIN_TOKEN, json!({"name": "Admin's"})).await;
    let r = call(
        &app,
        &editor,
        Method::GET,
        &format!("{DRAFTS}/recent"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let names: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.contains(&"Orders copy") && names.contains(&"Second"),
        "{names:?}"
    );
    assert_eq!(r.headers["x-total-count"], "2");

    // Promote: a regular flow that runs.
    let path = format!("{DRAFTS}/{id}/promote");
    let r = call(&app, &editor, Method::POST, &path, None).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let flow = r.json["id"].as_i64().unwrap();
    assert_eq!(r.json["name"], "Nightly orders");
    let r = call(&app, &editor, Method::GET, &format!("{DRAFTS}/{id}"), None).await;
    assert_eq!(
        (r.json["status"].clone(), r.json["flowId"].clone()),
        (json!("promoted"), json!(flow))
    );
    let r = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/flows/{flow}/run"),
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(runner::drain(app.state()).await.unwrap(), 1);
    let rows = dst
        .query_all(Statement::from_string(
            dst.get_database_backend(),
            "SELECT id, client FROM orders ORDER BY id",
        ))
        .await
        .unwrap();
    let got: Vec<(i64, String)> = rows
        .iter()
        .map(|r| {
            (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
            )
        })
        .collect();
    assert_eq!(got, [(1, "ada".to_string()), (2, "grace".to_string())]);

    // Promoted: no second promotion, no more messages.
    let flows = flow_count(&app).await;
    refused(
        &call(&app, &editor, Method::POST, &path, None).await,
        StatusCode::CONFLICT,
        &path,
        "promoted",
    );
    let talk_path = format!("{DRAFTS}/{id}/conversation");
    let r = call(
        &app,
        &editor,
        Method::POST,
        &talk_path,
        Some(json!({"content": "reset"})),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, &talk_path, "promoted");
    assert_eq!(flow_count(&app).await, flows);
    let r = call(&app, &editor, Method::GET, &talk_path, None).await;
    assert_eq!(r.json["messages"].as_array().unwrap().len(), 4);

    // Audited.
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/audit?resourceType=composer_draft",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"create") && actions.contains(&"update"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn refusals_leave_drafts_and_flows_unchanged() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let a = sqlite_connection(&app, "a", &dir.path().join("a.db")).await;
    let b = sqlite_connection(&app, "b", &dir.path().join("b.db")).await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let (_, other) = user_with_key(&app, "ot", "EDITOR", None).await;
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let prompt = format!("copy table t from connection {a} to connection {b}");
    let draft = new_draft(&app, &editor, json!({"name": "D", "prompt": prompt})).await;
    let id = draft["id"].as_i64().unwrap();
    let path = format!("{DRAFTS}/{id}");
    let before = call(&app, &editor, Method::GET, &path, None).await.json;

    // No token; a viewer; another user's draft; bad input.
    let r = app
        .send_with(&crate::helpers::client(), Method::GET, &path, |b| b)
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    refused(
        &call(
            &app,
            &viewer,
            Method::POST,
            DRAFTS,
            Some(json!({"name": "x"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        DRAFTS,
        "",
    );
    for (method, p, body) in [
        (Method::GET, path.clone(), None),
        (Method::DELETE, path.clone(), None),
        (
            Method::POST,
            format!("{path}/conversation"),
            Some(json!({"content": "reset"})),
        ),
        (Method::POST, format!("{path}/promote"), None),
    ] {
        let r = call(&app, &other, method, &p, body).await;
        refused(&r, StatusCode::NOT_FOUND, &p, "not found");
    }
    let r = call(
        &app,
        &editor,
        Method::POST,
        DRAFTS,
        Some(json!({"name": "   "})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, DRAFTS, "Field 'name'");
    let talk = format!("{path}/conversation");
    let r = call(
        &app,
        &editor,
        Method::POST,
        &talk,
        Some(json!({"content": "  "})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, &talk, "Field 'content'");
    let r = call(
        &app,
        &editor,
        Method::GET,
        &format!("{DRAFTS}/recent"),
        None,
    )
    .await;
    assert_eq!(r.json.as_array().unwrap().len(), 1);
    assert_eq!(
        call(&app, &editor, Method::GET, &path, None).await.json,
        before
    );

    // A draft missing parts is not promoted, nor one whose flow name is taken.
    let flows = flow_count(&app).await;
    let second = new_draft(
        &app,
        &editor,
        json!({"name": "E", "prompt": "from table t"}),
    )
    .await;
    let promote = format!("{DRAFTS}/{}/promote", second["id"]);
    let r = call(&app, &editor, Method::POST, &promote, None).await;
    refused(
        &r,
        StatusCode::CONFLICT,
        &promote,
        "missing source connection",
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/flows",
        Some(json!({"name": "D", "flowType": "flow.db.to.db"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let promote = format!("{path}/promote");
    let r = call(&app, &editor, Method::POST, &promote, None).await;
    refused(&r, StatusCode::CONFLICT, &promote, "already exists");
    assert_eq!(flow_count(&app).await, flows + 1);
    assert_eq!(
        call(&app, &editor, Method::GET, &path, None).await.json["status"],
        "draft"
    );

    // Discarded: gone with its conversation.
    let r = call(&app, &editor, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    refused(
        &call(&app, &editor, Method::GET, &talk, None).await,
        StatusCode::NOT_FOUND,
        &talk,
        "not found",
    );
}
