//! The revisions tag: every change to a record, its files, a collection, a template or
//! a group listed newest first, each with who made it and what changed.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::spawn_app_with;

#[tokio::test]
async fn a_records_changes_are_listed_newest_first_with_their_diffs() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(
        &app,
        &ada,
        json!({"identifier": "revised", "title": "First"}),
    )
    .await;
    let path = format!("/api/v1/records/{}", record["id"]);
    for title in ["Second", "Third"] {
        let r = app
            .kadi_json(Method::PATCH, &path, &ada, Some(json!({"title": title})))
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let list = app
        .kadi(Method::GET, &format!("{path}/revisions"), &ada)
        .await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    let items = list.json["items"].as_array().unwrap();
    let titles: Vec<&str> = items
        .iter()
        .map(|r| r["data"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Third", "Second", "First"]);
    assert_eq!(items[0]["diff"], json!({"title": "Second"}));
    assert_eq!(items[0]["user"]["identity"]["username"], "ada");
    assert_eq!(items[0]["object_id"], record["id"]);
    assert!(items[0]["_links"].get("child").is_none());
    let newest = items[0]["id"].as_i64().unwrap();
    let oldest = items[2]["id"].as_i64().unwrap();
    assert_eq!(items[2]["_links"]["child"], items[1]["_links"]["self"]);

    let against_first = app
        .kadi(
            Method::GET,
            &format!("{path}/revisions/{newest}?revision={oldest}"),
            &ada,
        )
        .await;
    assert_eq!(
        against_first.status,
        StatusCode::OK,
        "{}",
        against_first.text
    );
    assert_eq!(against_first.json["diff"], json!({"title": "First"}));
    // A revision of another record is not one of this record's.
    let other = new_record(&app, &ada, json!({"identifier": "other", "title": "O"})).await;
    let foreign = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/revisions/{newest}", other["id"]),
            &ada,
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let mixed = app
        .kadi(
            Method::GET,
            &format!("{path}/revisions/{newest}?revision={}", newest + 1),
            &ada,
        )
        .await;
    assert_eq!(mixed.status, StatusCode::BAD_REQUEST, "{}", mixed.text);
    // Reading revisions needs reading the record.
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let refused = app
        .kadi(Method::GET, &format!("{path}/revisions"), &bob)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn file_collection_template_and_group_changes_have_revisions_too() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(&app, &ada, json!({"identifier": "files", "title": "F"})).await;
    let rid = record["id"].as_i64().unwrap();
    let upload = app
        .kadi_json(
            Method::POST,
            &format!("/api/v1/records/{rid}/uploads"),
            &ada,
            Some(json!({"name": "a.txt", "size": 2})),
        )
        .await;
    let target = upload.json["_actions"]["upload_data"].as_str().unwrap();
    let target = format!("/api/v1{}", target.split_once("/api/v1").unwrap().1);
    let file = app
        .send_with(&app.http, Method::PUT, &target, |b| {
            b.bearer_auth(&ada).body("hi")
        })
        .await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", file.text);
    let file_path = format!(
        "/api/v1/records/{rid}/files/{}",
        file.json["id"].as_str().unwrap()
    );
    app.kadi_json(
        Method::PATCH,
        &file_path,
        &ada,
        Some(json!({"name": "b.txt"})),
    )
    .await;
    assert_eq!(
        app.kadi(Method::DELETE, &file_path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    let files = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/revisions"),
            &ada,
        )
        .await;
    assert_eq!(files.status, StatusCode::OK, "{}", files.text);
    let states: Vec<(&str, &str)> = files.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["data"]["name"].as_str().unwrap(),
                r["data"]["state"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("b.txt", "deleted"),
            ("b.txt", "active"),
            ("a.txt", "active")
        ]
    );
    assert_eq!(files.json["items"][0]["object_id"], file.json["id"]);
    let one_id = files.json["items"][1]["id"].as_i64().unwrap();
    let one = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/revisions/{one_id}"),
            &ada,
        )
        .await;
    assert_eq!(one.json["diff"], json!({"name": "a.txt"}));

    for (path, body) in [
        (
            "/api/v1/collections",
            json!({"identifier": "c", "title": "C"}),
        ),
        (
            "/api/v1/templates",
            json!({"identifier": "t", "title": "T", "type": "record", "data": {}}),
        ),
        ("/api/v1/groups", json!({"identifier": "g", "title": "G"})),
    ] {
        let made = app.kadi_json(Method::POST, path, &ada, Some(body)).await;
        assert_eq!(made.status, StatusCode::CREATED, "{path}: {}", made.text);
        let item = format!("{path}/{}", made.json["id"]);
        app.kadi_json(
            Method::PATCH,
            &item,
            &ada,
            Some(json!({"title": "Renamed"})),
        )
        .await;
        let list = app
            .kadi(Method::GET, &format!("{item}/revisions"), &ada)
            .await;
        assert_eq!(list.status, StatusCode::OK, "{path}: {}", list.text);
        let items: &Vec<Value> = list.json["items"].as_array().unwrap();
        assert_eq!(items.len(), 2, "{path}: {}", list.text);
        assert_eq!(
            items[0]["diff"]["title"],
            path.rsplit('/').next().unwrap()[..1].to_uppercase()
        );
    }
    app.stop().await;
}
