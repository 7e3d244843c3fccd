//! Flows: created, read, edited (each save a version), listed with their filters and
//! `X-Total-Count`, opened recently, described, inspected without saving, and deleted to
//! the recycle bin; every refusal (viewer, duplicate name, bad field, another tenant, a
//! flow a nested flow uses) leaves nothing changed.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, TestApp};

/// A flow copying `orders` to `ORDERS` with one renamed field.
pub fn orders_flow(name: &str) -> Value {
    json!({
        "name": name,
        "description": "Nightly load of new orders.",
        "flowType": "flow.db.to.db",
        "properties": {"onError": "stop"},
        "transformations": [{
            "index": 0, "name": "orders to ORDERS", "sourceConnectionId": 7,
            "sourceObject": "orders", "destinationConnectionId": 8,
            "destinationObject": "ORDERS", "properties": {"action": "merge", "lookupFields": "id"}
        }],
        "mappings": [{"transformation": "orders to ORDERS", "source": "id", "destination": "ORDER_ID"}],
        "connections": [7, 8],
        "tags": ["orders", "nightly"]
    })
}

pub async fn create(app: &TestApp, body: Value) -> i64 {
    let r = admin(app, Method::POST, "/rest/v1/flows", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().expect("an id")
}

#[tokio::test]
async fn a_flow_is_created_read_edited_listed_and_versioned() {
    let app = spawn_app().await;
    let id = create(&app, orders_flow("Load orders")).await;
    let other = create(
        &app,
        json!({"name": "Export customers", "flowType": "flow.db.to.file", "tags": ["customers"]}),
    )
    .await;

    let path = format!("/rest/v1/flows/{id}");
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "Load orders");
    assert_eq!(r.json["tags"], json!(["nightly", "orders"]));
    assert_eq!(r.json["mappings"][0]["destination"], "ORDER_ID");
    assert_eq!(r.json["owner"], "admin@example.com");

    // Filters: text, tag, type; the total counts what matches.
    for (query, expected) in [
        ("", vec![id, other]),
        ("?q=ORDERS", vec![id]),
        ("?q=new%20orders", vec![id]),
        ("?tag=customers", vec![other]),
        ("?type=flow.db.to.db", vec![id]),
        ("?limit=1&offset=1", vec![other]),
        ("?since=2999-01-01T00:00:00Z", vec![]),
    ] {
        let r = admin(&app, Method::GET, &format!("/rest/v1/flows{query}"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.text);
        let ids: Vec<i64> = r
            .json
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, expected, "{query}");
        let total = if query.starts_with("?limit") {
            2
        } else {
            expected.len()
        };
        assert_eq!(
            r.headers["x-total-count"],
            total.to_string().as_str(),
            "{query}"
        );
    }

    // An edit replaces the definition and saves a version.
    let mut edited = orders_flow("Load orders v2");
    edited["tags"] = json!(["orders"]);
    let r = admin(&app, Method::PUT, &path, Some(edited)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "Load orders v2");
    assert_eq!(r.json["tags"], json!(["orders"]));
    let r = admin(&app, Method::GET, &format!("{path}/history"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "2");
    assert_eq!(r.json[0]["version"], 2);
    assert_eq!(r.json[0]["action"], "updated");
    assert_eq!(r.json[1]["action"], "created");
    assert_eq!(r.json[1]["modifiedBy"], "admin@example.com");

    // Reading it made it recent; the documentation describes it.
    let r = admin(&app, Method::GET, "/rest/v1/flows/recent", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json[0]["flowId"], id);
    let r = admin(&app, Method::GET, &format!("{path}/documentation"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(
        r.text.contains("Flow \"Load orders v2\" (flow.db.to.db)"),
        "{}",
        r.text
    );
    assert!(r.text.contains("merging on id"), "{}", r.text);
    assert!(r.text.contains("id -> ORDER_ID"), "{}", r.text);
}

#[tokio::test]
async fn refusals_change_nothing() {
    let app = spawn_app().await;
    let id = create(&app, orders_flow("Load orders")).await;
    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;

    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/flows",
        Some(orders_flow("x")),
    )
    .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "/rest/v1/flows",
        "Viewer role cannot create flows",
    );
    let path = format!("/rest/v1/flows/{id}");
    let r = call(&app, &viewer, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Viewer");
    // A viewer reads.
    let r = call(&app, &viewer, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/flows",
        Some(orders_flow("Load orders")),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/flows", "already exists");
    let mut bad = orders_flow("Bad");
    bad["mappings"][0]["transformation"] = json!("nope");
    let r = admin(&app, Method::POST, "/rest/v1/flows", Some(bad)).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/flows",
        "Field 'mappings[0].transformation'",
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/flows",
        Some(json!({"flowType": "x"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);

    // Renaming onto a taken name is a conflict too.
    create(&app, json!({"name": "Second", "flowType": "flow.db.to.db"})).await;
    let r = admin(&app, Method::PUT, &path, Some(orders_flow("Second"))).await;
    refused(&r, StatusCode::CONFLICT, &path, "already exists");

    let r = admin(&app, Method::GET, "/rest/v1/flows", None).await;
    assert_eq!(r.headers["x-total-count"], "2", "{}", r.text);
    let r = admin(&app, Method::GET, &format!("{path}/history"), None).await;
    assert_eq!(r.headers["x-total-count"], "1", "nothing saved: {}", r.text);

    // Another tenant's flow does not exist for its users.
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, outsider) = user_with_key(&app, "outsider", "ADMINISTRATOR", Some(acme)).await;
    for method in [Method::GET, Method::DELETE] {
        let r = call(&app, &outsider, method, &path, None).await;
        refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    }
    let r = call(
        &app,
        &outsider,
        Method::PUT,
        &path,
        Some(orders_flow("Mine")),
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.json["name"], "Load orders");
}

#[tokio::test]
async fn inspect_validates_without_saving_and_usage_guards_deletes() {
    let app = spawn_app().await;
    let child = create(&app, orders_flow("Child")).await;
    let mut bad = orders_flow("Child");
    bad["nestedFlows"] = json!([{"flowId": 9999, "order": 1}]);
    bad["mappings"][0]["source"] = json!(" ");
    let r = admin(&app, Method::POST, "/rest/v1/flows/inspect", Some(bad)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["valid"], false);
    let fields: Vec<&str> = r.json["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        ["mappings[0].source", "nestedFlows[0].flowId", "name"],
        "{}",
        r.text
    );
    assert_eq!(r.json["issues"][2]["severity"], "warning");
    let r = admin(&app, Method::GET, "/rest/v1/flows", None).await;
    assert_eq!(r.headers["x-total-count"], "1", "inspect saved nothing");

    let parent = create(
        &app,
        json!({"name": "Pipeline", "flowType": "flow.nested", "nestedFlows": [{"flowId": child, "order": 1}]}),
    )
    .await;
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/flows/{child}/usage"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["parentFlows"],
        json!([{"id": parent, "name": "Pipeline"}])
    );
    assert_eq!(r.json["webhooks"], json!([]));
    let hook = json!({"name": "On child", "events": ["Flow.Executed"],
                      "url": "http://127.0.0.1:9/h", "flowIncludes": [child]});
    let r = admin(&app, Method::POST, "/rest/v1/webhooks", Some(hook)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let hook_id = r.json["id"].as_i64().unwrap();
    let usage = format!("/rest/v1/flows/{child}/usage");
    let r = admin(&app, Method::GET, &usage, None).await;
    assert_eq!(
        r.json["webhooks"],
        json!([{"id": hook_id, "name": "On child"}])
    );
    let path = format!("/rest/v1/flows/{child}");
    let r = admin(&app, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::CONFLICT, &path, "nested flow 'Pipeline'");

    // Once the parent is gone, the child can go; both are then 404s and run-by-name
    // misses them; a new flow may take a deleted one's name.
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/flows/{parent}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = admin(&app, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = admin(&app, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/flows/flow-name/Child/run",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
    create(&app, orders_flow("Child")).await;
}
