//! `/collections`: CRUD and search, the records a collection holds (with its children's),
//! child collections (one parent, no cycles), the trash, exports.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::{spawn_app_with, TestApp};

async fn new_collection(app: &TestApp, token: &str, body: Value) -> Value {
    let r = app
        .kadi_json(Method::POST, "/api/v1/collections", token, Some(body))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json
}

fn identifiers(v: &Value) -> Vec<&str> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["identifier"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn collections_are_created_edited_found_and_searched() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let c = new_collection(
        &app,
        &ada,
        json!({"identifier": "Batch-7", "title": "Batch 7", "tags": ["Alloy"]}),
    )
    .await;
    assert_eq!(c["identifier"], "batch-7");
    assert_eq!(c["tags"], json!(["alloy"]));
    let taken = app
        .kadi_json(
            Method::POST,
            "/api/v1/collections",
            &ada,
            Some(json!({"identifier": "batch-7", "title": "x"})),
        )
        .await;
    assert_eq!(
        taken.json["errors"]["identifier"],
        json!(["Identifier is already in use."])
    );
    let path = format!("/api/v1/collections/{}", c["id"]);
    let edited = app
        .kadi_json(
            Method::PATCH,
            &path,
            &ada,
            Some(json!({"title": "Batch seven", "visibility": "public"})),
        )
        .await;
    assert_eq!(edited.json["title"], "Batch seven");
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/collections/identifier/batch-7", &ada)
            .await
            .json["id"],
        c["id"]
    );
    new_collection(&app, &ada, json!({"identifier": "other", "title": "Other"})).await;
    let found = app
        .kadi(Method::GET, "/api/v1/collections?query=seven", &ada)
        .await;
    assert_eq!(identifiers(&found.json), ["batch-7"]);
    let tagged = app
        .kadi(Method::GET, "/api/v1/collections?tag=alloy", &ada)
        .await;
    assert_eq!(identifiers(&tagged.json), ["batch-7"]);
    assert!(found.json["_actions"]["new_collection"].is_string());
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let bobs = app.kadi(Method::GET, "/api/v1/collections", &bob).await;
    assert_eq!(identifiers(&bobs.json), ["batch-7"], "public only");
    assert_eq!(
        app.kadi_json(Method::PATCH, &path, &bob, Some(json!({"title": "x"})))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

#[tokio::test]
async fn a_collections_records_include_its_childrens_when_asked() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let parent = new_collection(&app, &ada, json!({"identifier": "parent", "title": "P"})).await;
    let child = new_collection(&app, &ada, json!({"identifier": "child", "title": "C"})).await;
    let grandchild = new_collection(
        &app,
        &ada,
        json!({"identifier": "grandchild", "title": "G"}),
    )
    .await;
    let link = |p: &Value, c: &Value| {
        let (app, ada) = (&app, &ada);
        let path = format!("/api/v1/collections/{}/collections", p["id"]);
        let body = json!({"id": c["id"]});
        async move { app.kadi_json(Method::POST, &path, ada, Some(body)).await }
    };
    assert_eq!(link(&parent, &child).await.status, StatusCode::CREATED);
    assert_eq!(link(&child, &grandchild).await.status, StatusCode::CREATED);
    assert_eq!(
        link(&grandchild, &parent).await.status,
        StatusCode::CONFLICT,
        "no cycles"
    );
    assert_eq!(
        link(&parent, &parent).await.status,
        StatusCode::CONFLICT,
        "not itself"
    );
    let other = new_collection(&app, &ada, json!({"identifier": "other", "title": "O"})).await;
    assert_eq!(
        link(&other, &child).await.status,
        StatusCode::CONFLICT,
        "one parent"
    );
    for (collection, record) in [(&parent, "in-parent"), (&grandchild, "in-grandchild")] {
        let r = new_record(&app, &ada, json!({"identifier": record, "title": record})).await;
        let path = format!("/api/v1/collections/{}/records", collection["id"]);
        let added = app
            .kadi_json(Method::POST, &path, &ada, Some(json!({"id": r["id"]})))
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    }
    let records = format!("/api/v1/collections/{}/records", parent["id"]);
    assert_eq!(
        identifiers(&app.kadi(Method::GET, &records, &ada).await.json),
        ["in-parent"]
    );
    let all = app
        .kadi(
            Method::GET,
            &format!("{records}?children=true&sort=identifier"),
            &ada,
        )
        .await;
    assert_eq!(identifiers(&all.json), ["in-grandchild", "in-parent"]);
    let children = app
        .kadi(
            Method::GET,
            &format!("/api/v1/collections/{}/collections", parent["id"]),
            &ada,
        )
        .await;
    assert_eq!(identifiers(&children.json), ["child"]);
    assert_eq!(
        children.json["items"][0]["_links"]["parent"]
            .as_str()
            .map(|p| p.ends_with(&format!("/collections/{}", parent["id"]))),
        Some(true)
    );
    let unlink = format!(
        "/api/v1/collections/{}/collections/{}",
        parent["id"], child["id"]
    );
    assert_eq!(
        app.kadi(Method::DELETE, &unlink, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::DELETE, &unlink, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    let export = app
        .kadi(
            Method::GET,
            &format!("/api/v1/collections/{}/export/json", parent["id"]),
            &ada,
        )
        .await;
    assert_eq!(export.json["records"][0]["identifier"], "in-parent");
    app.stop().await;
}

#[tokio::test]
async fn a_collection_goes_through_the_trash() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let c = new_collection(&app, &ada, json!({"identifier": "gone", "title": "Gone"})).await;
    let path = format!("/api/v1/collections/{}", c["id"]);
    assert_eq!(
        app.kadi(Method::DELETE, &path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    let restored = app
        .kadi(Method::POST, &format!("{path}/restore"), &ada)
        .await;
    assert_eq!(restored.json["state"], "active");
    app.kadi(Method::DELETE, &path, &ada).await;
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/purge"), &ada)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    new_collection(&app, &ada, json!({"identifier": "gone", "title": "Back"})).await;
    app.stop().await;
}
