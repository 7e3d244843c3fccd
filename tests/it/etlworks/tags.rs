//! Tags and search: a resource's tags read and replaced for flows, connections and
//! macros (the resource's own `tags` agrees, the write is audited), the tenant's tags
//! counted, and the search across kinds ranked, filtered, paged and kept to the live
//! resources of the caller's tenant; every refusal (no token, viewer, unknown type,
//! missing, deleted or another tenant's resource) leaves the tags as they were.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::flows::{create, orders_flow};
use super::webhooks::hook;
use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, spawn_app, TestApp, ADMIN_TOKEN};

/// A SQLite connection (never opened here); its id.
async fn connection(app: &TestApp, name: &str, description: &str) -> i64 {
    let body = json!({
        "name": name, "description": description, "connectionType": "connection.db.sqlite",
        "properties": {"field.connection.template.database": "/tmp/understudy-tags.db"}
    });
    let r = admin(app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

async fn get(app: &TestApp, path: &str) -> Value {
    let r = admin(app, Method::GET, path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
    r.json
}

fn hits(found: &Value) -> Vec<(String, i64)> {
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["resourceType"].as_str().unwrap().to_string(),
                h["id"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn tags_are_replaced_counted_and_agree_with_the_resource() {
    let app = spawn_app().await;
    let flow = create(&app, orders_flow("Load orders")).await;
    let conn = connection(&app, "Warehouse", "Where orders land").await;
    assert_eq!(
        get(&app, "/rest/v1/tags").await,
        json!([{"name": "nightly", "count": 1}, {"name": "orders", "count": 1}])
    );
    let path = format!("/rest/v1/tags/flow/{flow}");
    assert_eq!(
        get(&app, &path).await,
        json!({"resourceType": "flow", "resourceId": flow, "tags": ["nightly", "orders"]})
    );

    // Trimmed, blanks dropped, duplicates collapsed; the flow says the same.
    let body = json!({"tags": ["orders", " etl ", "orders", "  "]});
    let r = admin(&app, Method::PUT, &path, Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["tags"], json!(["etl", "orders"]));
    let flow_now = get(&app, &format!("/rest/v1/flows/{flow}")).await;
    assert_eq!(flow_now["tags"], json!(["etl", "orders"]));
    let cpath = format!("/rest/v1/tags/connection/{conn}");
    let r = admin(&app, Method::PUT, &cpath, Some(json!({"tags": ["orders"]}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let conn_now = get(&app, &format!("/rest/v1/connections/{conn}")).await;
    assert_eq!(conn_now["tags"], json!(["orders"]));

    let r = admin(&app, Method::GET, "/rest/v1/tags?q=OR&limit=1", None).await;
    assert_eq!(r.json, json!([{"name": "orders", "count": 2}]));
    assert_eq!(r.headers["x-total-count"], "1");
    let r = admin(&app, Method::GET, "/rest/v1/tags?offset=1", None).await;
    assert_eq!(r.json, json!([{"name": "orders", "count": 2}]));
    assert_eq!(r.headers["x-total-count"], "2");

    // The write is audited with the tags before and after.
    let audit = get(
        &app,
        &format!("/rest/v1/audit?resourceType=flow&resourceId={flow}&action=update"),
    )
    .await;
    let event = get(&app, &format!("/rest/v1/audit/{}", audit[0]["id"])).await;
    assert_eq!(event["resourceName"], "Load orders", "{event}");
    assert!(event.to_string().contains("etl"), "{event}");

    // A deleted flow's tags are neither counted nor readable.
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/flows/{flow}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    assert_eq!(
        get(&app, "/rest/v1/tags").await,
        json!([{"name": "orders", "count": 1}])
    );
    let r = admin(&app, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "Flow");
    app.stop().await;
}

#[tokio::test]
async fn tag_refusals_change_nothing() {
    let app = spawn_app().await;
    let flow = create(&app, orders_flow("Load orders")).await;
    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let (_, editor) = user_with_key(&app, "editor", "EDITOR", None).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, stranger) = user_with_key(&app, "stranger", "ADMINISTRATOR", Some(acme)).await;
    let path = format!("/rest/v1/tags/flow/{flow}");
    let body = json!({"tags": ["x"]});

    let r = app.send_with(&client(), Method::GET, &path, |b| b).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    let r = call(&app, &viewer, Method::PUT, &path, Some(body.clone())).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Editor");
    let r = call(&app, &stranger, Method::PUT, &path, Some(body.clone())).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = call(&app, &stranger, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let missing = "/rest/v1/tags/macro/424242";
    let r = admin(&app, Method::PUT, missing, Some(body.clone())).await;
    refused(&r, StatusCode::NOT_FOUND, missing, "Macro 424242");
    let r = admin(&app, Method::GET, "/rest/v1/tags/gadget/1", None).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let long = json!({"tags": ["x".repeat(65)]});
    let r = admin(&app, Method::PUT, &path, Some(long)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    // Viewers read; the stranger's tenant has no tags.
    let r = call(&app, &viewer, Method::GET, &path, None).await;
    assert_eq!(r.json["tags"], json!(["nightly", "orders"]), "{}", r.text);
    let r = call(&app, &stranger, Method::GET, "/rest/v1/tags", None).await;
    assert_eq!(r.json, json!([]), "{}", r.text);

    // A webhook is tagged by Administrators only, as it is managed.
    let body_hook = hook("Hook", "http://127.0.0.1:9/h", &["Flow.Created"]);
    let hook_id = super::webhooks::create(&app, ADMIN_TOKEN, body_hook).await;
    let hook_path = format!("/rest/v1/tags/webhook/{hook_id}");
    let r = call(&app, &editor, Method::PUT, &hook_path, Some(body.clone())).await;
    refused(&r, StatusCode::FORBIDDEN, &hook_path, "Administrator");
    let r = admin(&app, Method::PUT, &hook_path, Some(body)).await;
    assert_eq!(r.json["tags"], json!(["x"]), "{}", r.text);

    assert_eq!(get(&app, &path).await["tags"], json!(["nightly", "orders"]));
    app.stop().await;
}

#[tokio::test]
async fn search_ranks_live_resources_of_the_tenant_across_kinds() {
    let app = spawn_app().await;
    let flow = create(&app, orders_flow("Load orders")).await;
    let other = create(
        &app,
        json!({"name": "Export customers", "flowType": "flow.db.to.file",
               "description": "Weekly orders report", "tags": ["reports"]}),
    )
    .await;
    let conn = connection(&app, "Warehouse", "Where nightly orders land").await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/macros",
        Some(json!({"name": "ordersSince", "value": "{since}", "tags": ["orders"]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let macro_id = r.json["id"].as_i64().unwrap();

    // Name matches first, then tags, then descriptions.
    let found = get(&app, "/rest/v1/search?q=orders").await;
    assert_eq!(
        hits(&found),
        [
            ("flow".to_string(), flow),
            ("macro".to_string(), macro_id),
            ("flow".to_string(), other),
            ("connection".to_string(), conn),
        ],
        "{found}"
    );
    assert_eq!(found[0]["score"], 1.0);
    assert_eq!(found[0]["tags"], json!(["nightly", "orders"]));
    assert_eq!(found[3]["description"], "Where nightly orders land");
    let scores: Vec<f64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    // Several words: the share matched; type filters; paging with the total.
    let found = get(&app, "/rest/v1/search?q=nightly%20warehouse").await;
    assert_eq!(hits(&found)[0], ("connection".to_string(), conn), "{found}");
    let found = get(&app, "/rest/v1/search?q=orders&type=connection&type=macro").await;
    assert_eq!(
        hits(&found),
        [
            ("macro".to_string(), macro_id),
            ("connection".to_string(), conn)
        ]
    );
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/search?q=orders&limit=1&offset=1",
        None,
    )
    .await;
    assert_eq!(hits(&r.json), [("macro".to_string(), macro_id)]);
    assert_eq!(r.headers["x-total-count"], "4");
    assert_eq!(get(&app, "/rest/v1/search?q=zebra").await, json!([]));
    assert_eq!(get(&app, "/rest/v1/search?q=%20").await, json!([]));

    // Deleted resources and other tenants' are not found.
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/flows/{flow}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let found = get(&app, "/rest/v1/search?q=orders&type=flow").await;
    assert_eq!(hits(&found), [("flow".to_string(), other)]);
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, stranger) = user_with_key(&app, "stranger", "VIEWER", Some(acme)).await;
    let r = call(
        &app,
        &stranger,
        Method::GET,
        "/rest/v1/search?q=orders",
        None,
    )
    .await;
    assert_eq!(
        (r.status, r.json.clone()),
        (StatusCode::OK, json!([])),
        "{}",
        r.text
    );
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/search?q=orders", |b| b)
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    app.stop().await;
}
