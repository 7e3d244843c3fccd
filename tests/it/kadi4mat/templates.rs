//! The templates tag: record and extras templates created, checked against their
//! type, found, searched, edited, exported and taken through the trash.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::FIXTURES;
use crate::helpers::{spawn_app_with, TestApp};

async fn new_template(app: &TestApp, token: &str, body: Value) -> Value {
    let r = app
        .kadi_json(Method::POST, "/api/v1/templates", token, Some(body))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json
}

async fn total(app: &TestApp, token: &str, query: &str) -> i64 {
    let r = app
        .kadi(Method::GET, &format!("/api/v1/templates{query}"), token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["_pagination"]["total_items"].as_i64().unwrap()
}

#[tokio::test]
async fn templates_are_checked_against_their_type_and_found_by_id_identifier_and_search() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let extras = new_template(
        &app,
        &ada,
        json!({
            "identifier": " Tensile-Template ", "title": "Tensile", "type": "extras",
            "data": [{"type": "float", "key": "force", "unit": "N", "value": null,
                      "validation": {"required": true}},
                     {"type": "str", "key": "note", "unit": "dropped"}]
        }),
    )
    .await;
    assert_eq!(extras["identifier"], "tensile-template");
    assert_eq!(extras["type"], "extras");
    assert_eq!(extras["visibility"], "private");
    assert_eq!(extras["data"][0]["unit"], "N");
    assert_eq!(
        extras["data"][1]["unit"],
        Value::Null,
        "units only on numbers"
    );
    assert_eq!(
        extras["_links"]["self"],
        format!("{}/api/v1/templates/{}", app.base, extras["id"])
    );
    let record = new_template(
        &app,
        &ada,
        json!({
            "identifier": "sample-record", "title": "Sample", "type": "record", "visibility": "public",
            "data": {"title": "A sample", "type": "Sample", "tags": ["Steel", "steel"],
                     "extras": [{"type": "int", "key": "n", "value": 3}]}
        }),
    )
    .await;
    assert_eq!(record["data"]["type"], "sample");
    assert_eq!(record["data"]["tags"], json!(["steel"]));
    assert_eq!(record["data"]["extras"][0]["value"], 3);

    let by_identifier = app
        .kadi(
            Method::GET,
            "/api/v1/templates/identifier/tensile-template",
            &ada,
        )
        .await;
    assert_eq!(by_identifier.json["id"], extras["id"]);
    assert_eq!(total(&app, &ada, "").await, 2);
    assert_eq!(total(&app, &ada, "?type=record").await, 1);
    assert_eq!(total(&app, &ada, "?query=tensile").await, 1);
    let page = app.kadi(Method::GET, "/api/v1/templates", &ada).await;
    assert_eq!(
        page.json["_actions"]["new_template"],
        format!("{}/api/v1/templates", app.base)
    );

    // Refusals name the field and create nothing.
    let before = total(&app, &ada, "").await;
    let taken = app
        .kadi_json(
            Method::POST,
            "/api/v1/templates",
            &ada,
            Some(
                json!({"identifier": "sample-record", "title": "T", "type": "record", "data": {}}),
            ),
        )
        .await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        taken.json["errors"],
        json!({"identifier": ["Identifier is already in use."]})
    );
    let mistyped = app
        .kadi_json(
            Method::POST,
            "/api/v1/templates",
            &ada,
            Some(json!({"identifier": "bad", "title": "T", "type": "extras",
                        "data": [{"type": "int", "key": "n", "value": "x"}]})),
        )
        .await;
    assert_eq!(
        mistyped.status,
        StatusCode::BAD_REQUEST,
        "{}",
        mistyped.text
    );
    assert_eq!(
        mistyped.json["errors"],
        json!({"data": {"0": {"value": ["Not a valid integer."]}}})
    );
    let wrong_shape = app
        .kadi_json(
            Method::POST,
            "/api/v1/templates",
            &ada,
            Some(json!({"identifier": "bad", "title": "T", "type": "record", "data": []})),
        )
        .await;
    assert_eq!(wrong_shape.status, StatusCode::BAD_REQUEST);
    assert!(
        wrong_shape.json["errors"]["data"].is_array(),
        "{}",
        wrong_shape.text
    );
    assert_eq!(total(&app, &ada, "").await, before, "nothing was created");

    // Another user sees the public template only.
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    assert_eq!(total(&app, &bob, "").await, 1);
    let hidden = app
        .kadi(
            Method::GET,
            &format!("/api/v1/templates/{}", extras["id"]),
            &bob,
        )
        .await;
    assert_eq!(hidden.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn editing_keeps_the_type_and_the_trash_takes_a_template_away_and_back() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let t = new_template(
        &app,
        &ada,
        json!({"identifier": "t", "title": "T", "type": "extras", "data": []}),
    )
    .await;
    let path = format!("/api/v1/templates/{}", t["id"]);
    let edited = app
        .kadi_json(
            Method::PATCH,
            &path,
            &ada,
            Some(json!({"title": "T2", "data": [{"type": "bool", "key": "ok", "value": true}]})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    assert_eq!(edited.json["title"], "T2");
    assert_eq!(edited.json["data"][0]["key"], "ok");
    // A null `data` leaves it as it is.
    let kept = app
        .kadi_json(Method::PATCH, &path, &ada, Some(json!({"data": null})))
        .await;
    assert_eq!(kept.status, StatusCode::OK, "{}", kept.text);
    assert_eq!(kept.json["data"][0]["key"], "ok");
    // Data for the other type is refused: the type cannot change.
    let other = app
        .kadi_json(
            Method::PATCH,
            &path,
            &ada,
            Some(json!({"data": {"title": "a record template's"}})),
        )
        .await;
    assert_eq!(other.status, StatusCode::BAD_REQUEST, "{}", other.text);
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.json["type"],
        "extras"
    );
    // Every change is a revision (the revisions tag shows them; here, the store).
    let revisions = understudy::store::kadi4mat::revisions::page(
        &app.state().db,
        "template",
        &[t["id"].to_string()],
        0,
        10,
    )
    .await
    .unwrap();
    assert_eq!(revisions.1, 2, "created and edited once");

    assert_eq!(
        app.kadi(Method::DELETE, &path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    let trash = app.kadi(Method::GET, "/api/v1/trash", &ada).await;
    assert!(
        trash.text.contains("\"identifier\":\"t\""),
        "{}",
        trash.text
    );
    let restored = app
        .kadi(Method::POST, &format!("{path}/restore"), &ada)
        .await;
    assert_eq!(restored.status, StatusCode::OK, "{}", restored.text);
    assert_eq!(restored.json["state"], "active");
    app.kadi(Method::DELETE, &path, &ada).await;
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/purge"), &ada)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    // Purged for good: the identifier is free again.
    new_template(
        &app,
        &ada,
        json!({"identifier": "t", "title": "Again", "type": "record", "data": {}}),
    )
    .await;
    app.stop().await;
}

#[tokio::test]
async fn a_template_exports_as_json_json_schema_and_shacl() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let t = new_template(
        &app,
        &ada,
        json!({"identifier": "measure", "title": "Measure", "type": "extras", "data": [
            {"type": "float", "key": "temperature", "value": null,
             "validation": {"required": true, "range": {"min": 0, "max": 2000}}},
            {"type": "str", "key": "operator", "value": "ada"}
        ]}),
    )
    .await;
    let base = format!("/api/v1/templates/{}/export", t["id"]);
    let json_export = app.kadi(Method::GET, &format!("{base}/json"), &ada).await;
    assert_eq!(json_export.status, StatusCode::OK);
    assert_eq!(json_export.json["identifier"], "measure");
    assert!(json_export.json.get("_links").is_none());
    let schema = app
        .kadi(Method::GET, &format!("{base}/json-schema"), &ada)
        .await;
    assert_eq!(schema.status, StatusCode::OK, "{}", schema.text);
    assert_eq!(
        schema.headers["content-type"].to_str().unwrap(),
        "application/json"
    );
    assert_eq!(schema.json["required"], json!(["temperature"]));
    assert_eq!(schema.json["properties"]["temperature"]["maximum"], 2000.0);
    let shacl = app.kadi(Method::GET, &format!("{base}/shacl"), &ada).await;
    assert_eq!(shacl.status, StatusCode::OK);
    assert!(shacl.text.contains("sh:NodeShape"), "{}", shacl.text);
    assert!(shacl.text.contains("sh:minCount 1"));
    assert!(shacl.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("measure.ttl"));
    let unknown = app.kadi(Method::GET, &format!("{base}/pdf"), &ada).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    app.stop().await;
}
