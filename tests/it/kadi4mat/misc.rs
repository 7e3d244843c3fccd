//! `GET /` (the index), `/info`, `/licenses`, `/tags`, `/trash` and `/oauth/userinfo`.

use reqwest::{Method, StatusCode};
use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;
use understudy::store::entities::{kd_record, kd_record_tag, kd_role, user};

use super::FIXTURES;
use crate::helpers::{spawn_app_with, TestApp, ADMIN_TOKEN};

#[tokio::test]
async fn the_index_links_on_the_callers_host_and_prefix() {
    let app = spawn_app_with(None).await;
    for (path, prefix) in [
        ("/api/v1", "/api/v1"),
        ("/api/v1/", "/api/v1"),
        ("/api", "/api"),
        ("/api/", "/api"),
    ] {
        let r = app
            .send_with(&app.http, Method::GET, path, |b| {
                b.bearer_auth(ADMIN_TOKEN).header("host", "kadi.test:9000")
            })
            .await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
        assert_eq!(
            r.json["records"],
            format!("http://kadi.test:9000{prefix}/records")
        );
        assert_eq!(
            r.json["trash"],
            format!("http://kadi.test:9000{prefix}/trash")
        );
        assert_eq!(r.json.as_object().unwrap().len(), 10);
    }
    app.stop().await;
}

#[tokio::test]
async fn licenses_page_and_filter_the_catalogue() {
    let app = spawn_app_with(None).await;
    let first = app
        .kadi(Method::GET, "/api/v1/licenses?per_page=5", ADMIN_TOKEN)
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.json["items"].as_array().unwrap().len(), 5);
    let total = first.json["_pagination"]["total_items"].as_i64().unwrap();
    assert!(total >= 20, "{total}");
    assert_eq!(first.json["_pagination"]["total_pages"], (total + 4) / 5);
    let next = first.json["_pagination"]["_links"]["next"]
        .as_str()
        .unwrap();
    assert!(
        next.ends_with("/api/v1/licenses?page=2&per_page=5"),
        "{next}"
    );
    let cc = app
        .kadi(
            Method::GET,
            "/api/licenses?filter=attribution%204.0",
            ADMIN_TOKEN,
        )
        .await;
    let names: Vec<&str> = cc.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"CC-BY-4.0"), "{names:?}");
    assert!(!names.contains(&"MIT"));
    // Kadi clamps rather than refuses: page 0 is page 1, per_page 500 is 100.
    let clamped = app
        .kadi(
            Method::GET,
            "/api/v1/licenses?page=0&per_page=500",
            ADMIN_TOKEN,
        )
        .await;
    assert_eq!(clamped.json["_pagination"]["page"], 1);
    assert_eq!(clamped.json["_pagination"]["per_page"], 100);
    app.stop().await;
}

#[tokio::test]
async fn kadis_request_conventions_hold_where_a_strict_reading_would_refuse() {
    let app = spawn_app_with(None).await;
    // An integer too large for any type is still an integer to Kadi (Python's are
    // unbounded): the page is simply past the end, and per_page clamps to 100.
    let huge = app
        .kadi(
            Method::GET,
            "/api/v1/licenses?page=99999999999999999999&per_page=99999999999999999999",
            ADMIN_TOKEN,
        )
        .await;
    assert_eq!(huge.status, StatusCode::OK, "{}", huge.text);
    assert_eq!(huge.json["_pagination"]["per_page"], 100);
    assert_eq!(huge.json["items"], serde_json::json!([]));
    // What is not an integer at all is refused in Kadi's error shape.
    let word = app
        .kadi(Method::GET, "/api/v1/licenses?per_page=abc", ADMIN_TOKEN)
        .await;
    assert_eq!(word.status, StatusCode::BAD_REQUEST, "{}", word.text);
    assert_eq!(word.json["code"], 400);
    // A JSON body is read as JSON whatever its declared type (Flask's `force=True`).
    let created = app
        .send_with(&app.http, Method::POST, "/api/v1/records", |b| {
            b.bearer_auth(ADMIN_TOKEN)
                .header("content-type", "text/plain")
                .body(r#"{"identifier": "plain-typed", "title": "Plain"}"#)
        })
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.json["identifier"], "plain-typed");
    // An id that is not a number matches no route: Kadi's 404, in Kadi's shape.
    let misfit = app
        .kadi(Method::GET, "/api/v1/records/plain-typed", ADMIN_TOKEN)
        .await;
    assert_eq!(misfit.status, StatusCode::NOT_FOUND);
    assert_eq!(misfit.json["code"], 404);
    // So is an identifier no resource can have (Kadi looks it up and finds nothing).
    let upper = app
        .kadi(
            Method::GET,
            "/api/v1/records/identifier/Not%20One",
            ADMIN_TOKEN,
        )
        .await;
    assert_eq!(upper.status, StatusCode::NOT_FOUND, "{}", upper.text);
    assert_eq!(upper.json["code"], 404);
    app.stop().await;
}

/// A record straight into the store: `creator` gets the admin role, as Kadi gives it.
async fn record(
    app: &TestApp,
    creator: i32,
    identifier: &str,
    visibility: &str,
    state: &str,
    tags: &[&str],
) -> i32 {
    let db = &app.state().db;
    let now = app.state().now_ms();
    let r = kd_record::ActiveModel {
        identifier: Set(identifier.into()),
        title: Set(identifier.to_uppercase()),
        description: Set(String::new()),
        visibility: Set(visibility.into()),
        state: Set(state.into()),
        creator_id: Set(creator),
        created_at: Set(now),
        last_modified: Set(now),
        r#type: Set(None),
        license: Set(None),
        extras: Set("[]".into()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for tag in tags {
        kd_record_tag::ActiveModel {
            record_id: Set(r.id),
            tag: Set(tag.to_string()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    kd_role::ActiveModel {
        resource_type: Set("record".into()),
        resource_id: Set(r.id),
        subject_type: Set("user".into()),
        subject_id: Set(creator),
        role: Set("admin".into()),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    r.id
}

async fn user_id(app: &TestApp, email: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.state().db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn tags_are_those_on_what_the_caller_may_read() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let (ada, bob) = (
        user_id(&app, "ada@example.com").await,
        user_id(&app, "bob@example.com").await,
    );
    record(
        &app,
        ada,
        "ada-private",
        "private",
        "active",
        &["steel", "ada-only"],
    )
    .await;
    record(
        &app,
        bob,
        "bob-public",
        "public",
        "active",
        &["steel", "public-tag"],
    )
    .await;
    record(&app, bob, "bob-private", "private", "active", &["bob-only"]).await;
    record(&app, ada, "ada-deleted", "private", "deleted", &["binned"]).await;
    let ada_token = app.kadi_token("ada@example.com", &[], None).await;
    let names = |r: &crate::helpers::Answer| -> Vec<String> {
        r.json["items"]
            .as_array()
            .unwrap_or_else(|| panic!("not a page: {}", r.text))
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect()
    };
    let r = app.kadi(Method::GET, "/api/v1/tags", &ada_token).await;
    assert_eq!(names(&r), ["ada-only", "public-tag", "steel"]);
    let filtered = app
        .kadi(Method::GET, "/api/v1/tags?filter=ST", &ada_token)
        .await;
    assert_eq!(names(&filtered), ["steel"], "in any case");
    let literal = app
        .kadi(Method::GET, "/api/v1/tags?filter=%25", &ada_token)
        .await;
    assert_eq!(
        names(&literal),
        Vec::<String>::new(),
        "% is a character, not a wildcard"
    );
    let collections = app
        .kadi(Method::GET, "/api/v1/tags?type=collection", &ada_token)
        .await;
    assert_eq!(names(&collections), Vec::<String>::new());
    let unknown = app
        .kadi(Method::GET, "/api/v1/tags?type=file", &ada_token)
        .await;
    assert_eq!(
        names(&unknown),
        names(&r),
        "a type Kadi cannot read is ignored"
    );
    // A system administrator reads everything.
    let all = app.kadi(Method::GET, "/api/v1/tags", ADMIN_TOKEN).await;
    assert_eq!(names(&all), ["ada-only", "bob-only", "public-tag", "steel"]);
    app.stop().await;
}

#[tokio::test]
async fn the_trash_holds_the_callers_deleted_resources() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let (ada, bob) = (
        user_id(&app, "ada@example.com").await,
        user_id(&app, "bob@example.com").await,
    );
    let binned = record(&app, ada, "ada-binned", "private", "deleted", &[]).await;
    record(&app, ada, "ada-kept", "private", "active", &[]).await;
    record(&app, bob, "bob-binned", "private", "deleted", &[]).await;
    let token = app.kadi_token("ada@example.com", &[], None).await;
    let r = app.kadi(Method::GET, "/api/v1/trash", &token).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["identifier"], "ada-binned");
    assert_eq!(items[0]["state"], "deleted");
    assert!(items[0]["_actions"]["restore"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/api/v1/records/{binned}/restore")));
    let none = app
        .kadi(Method::GET, "/api/v1/trash?filter=nothing", &token)
        .await;
    assert_eq!(none.json["_pagination"]["total_items"], 0);
    app.stop().await;
}

#[tokio::test]
async fn userinfo_names_the_tokens_user() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let token = app.kadi_token("ada@example.com", &[], None).await;
    let r = app
        .kadi(Method::POST, "/api/v1/oauth/userinfo", &token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let ada = user_id(&app, "ada@example.com").await;
    assert_eq!(
        r.json,
        json!({"sub": ada.to_string(), "name": "Ada Lovelace", "preferred_username": "ada", "email": "ada@example.com", "email_verified": true})
    );
    app.stop().await;
}
