//! The groups tag: groups created (the creator their admin member), found, searched,
//! edited and taken through the trash; their members in [`members`]; what is shared
//! with them in [`shared`].

mod members;
mod shared;

use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};
use understudy::store::entities::{kd_group_member, user};

use crate::helpers::{spawn_app_with, TestApp};

/// Three active users: Ada creates the groups, Bob and Cy join them or not.
const USERS: &str = r#"
users:
  - {email: ada@example.com, password: ada-password-1, username: ada, displayname: Ada L.}
  - {email: bob@example.com, password: bob-password-1, username: bob, displayname: Bob B.}
  - {email: cy@example.com, password: cy-password-1, username: cy, displayname: Cy C.}
"#;

async fn new_group(app: &TestApp, token: &str, body: Value) -> Value {
    let r = app
        .kadi_json(Method::POST, "/api/v1/groups", token, Some(body))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    i64::from(
        user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(&app.state().db)
            .await
            .unwrap()
            .unwrap()
            .id,
    )
}

async fn total(app: &TestApp, token: &str, path: &str) -> i64 {
    let r = app.kadi(Method::GET, path, token).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["_pagination"]["total_items"].as_i64().unwrap()
}

/// The members of group `id` as `(username, role)`, in the listing's order.
async fn member_list(app: &TestApp, token: &str, id: &Value, query: &str) -> Vec<(String, String)> {
    let r = app
        .kadi(
            Method::GET,
            &format!("/api/v1/groups/{id}/members{query}"),
            token,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["user"]["identity"]["username"].as_str().unwrap().into(),
                m["role"]["name"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(u, r)| (u.to_string(), r.to_string()))
        .collect()
}

fn error(code: u16, message: &str, description: &str) -> Value {
    json!({"code": code, "message": message, "description": description})
}

async fn revisions(app: &TestApp, id: &Value) -> u64 {
    understudy::store::kadi4mat::revisions::page(
        &app.state().db,
        "group",
        &[id.to_string()],
        0,
        100,
    )
    .await
    .unwrap()
    .1
}

#[tokio::test]
async fn a_group_is_created_with_its_creator_as_admin_and_found_by_id_identifier_and_search() {
    let app = spawn_app_with(Some(USERS)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let (ada_id, bob_id) = (
        user_id(&app, "ada@example.com").await,
        user_id(&app, "bob@example.com").await,
    );
    let lab = new_group(
        &app,
        &ada,
        json!({"identifier": " Materials-Lab ", "title": " Materials lab ",
               "description": "Everyone in the **lab**."}),
    )
    .await;
    assert_eq!(lab["identifier"], "materials-lab");
    assert_eq!(lab["title"], "Materials lab");
    assert_eq!(lab["plain_description"], "Everyone in the lab.");
    assert_eq!(
        (&lab["visibility"], &lab["state"]),
        (&json!("private"), &json!("active"))
    );
    assert_eq!(lab["creator"]["id"], ada_id);
    let id = &lab["id"];
    assert_eq!(
        lab["_links"]["members"],
        format!("{}/api/v1/groups/{id}/members", app.base)
    );
    assert_eq!(
        member_list(&app, &ada, id, "").await,
        pairs(&[("ada", "admin")])
    );
    let listed = app
        .kadi(Method::GET, &format!("/api/v1/groups/{id}/members"), &ada)
        .await;
    assert_eq!(
        listed.json["items"][0]["_actions"]["remove"],
        format!("{}/api/v1/groups/{id}/members/{ada_id}", app.base)
    );
    assert_eq!(revisions(&app, id).await, 1);

    let by_identifier = app
        .kadi(Method::GET, "/api/v1/groups/identifier/materials-lab", &ada)
        .await;
    assert_eq!(by_identifier.status, StatusCode::OK);
    assert_eq!(&by_identifier.json["id"], id);
    let public = new_group(
        &app,
        &bob,
        json!({"identifier": "bobs-club", "title": "Club", "visibility": "public"}),
    )
    .await;

    assert_eq!(total(&app, &ada, "/api/v1/groups").await, 2);
    assert_eq!(
        total(&app, &ada, "/api/v1/groups?member_only=True").await,
        1
    );
    assert_eq!(
        total(&app, &ada, "/api/v1/groups?visibility=private").await,
        1
    );
    assert_eq!(
        total(&app, &ada, &format!("/api/v1/groups?user={bob_id}")).await,
        1
    );
    assert_eq!(total(&app, &ada, "/api/v1/groups?query=MATERIALS").await, 1);
    let page = app.kadi(Method::GET, "/api/v1/groups", &ada).await;
    assert_eq!(
        page.json["_actions"]["new_group"],
        format!("{}/api/v1/groups", app.base)
    );

    // A taken identifier is Kadi's 400 naming the field, and creates nothing.
    let taken = app
        .kadi_json(
            Method::POST,
            "/api/v1/groups",
            &bob,
            Some(json!({"identifier": "materials-lab", "title": "Copy"})),
        )
        .await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        taken.json["errors"],
        json!({"identifier": ["Identifier is already in use."]})
    );
    assert_eq!(total(&app, &ada, "/api/v1/groups").await, 2);

    // A private group is Ada's members' only: Bob sees the public one alone.
    assert_eq!(total(&app, &bob, "/api/v1/groups").await, 1);
    let path = format!("/api/v1/groups/{id}");
    for refused in [
        app.kadi(Method::GET, &path, &bob).await,
        app.kadi(Method::GET, "/api/v1/groups/identifier/materials-lab", &bob)
            .await,
        app.kadi(Method::GET, &format!("{path}/members"), &bob)
            .await,
    ] {
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
        assert_eq!(refused.json["code"], 403);
    }
    let club = app
        .kadi(
            Method::GET,
            &format!("/api/v1/groups/{}", public["id"]),
            &ada,
        )
        .await;
    assert_eq!(club.status, StatusCode::OK);
    let missing = app.kadi(Method::GET, "/api/v1/groups/999999", &ada).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn editing_needs_an_editor_and_the_trash_takes_a_group_away_and_back() {
    let app = spawn_app_with(Some(USERS)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let bob_id = user_id(&app, "bob@example.com").await;
    let g = new_group(&app, &ada, json!({"identifier": "g", "title": "G"})).await;
    let id = &g["id"];
    let path = format!("/api/v1/groups/{id}");
    let add = app
        .kadi_json(
            Method::POST,
            &format!("{path}/members"),
            &ada,
            Some(json!({"user": {"id": bob_id}, "role": {"name": "member"}})),
        )
        .await;
    assert_eq!((add.status, add.text.as_str()), (StatusCode::CREATED, ""));

    // A member reads; editing takes an editor.
    let rename = Some(json!({"title": "By Bob"}));
    let refused = app
        .kadi_json(Method::PATCH, &path, &bob, rename.clone())
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.kadi(Method::GET, &path, &ada).await.json["title"], "G");
    let promote = app
        .kadi_json(
            Method::PATCH,
            &format!("{path}/members/{bob_id}"),
            &ada,
            Some(json!({"name": "editor"})),
        )
        .await;
    assert_eq!(promote.status, StatusCode::NO_CONTENT, "{}", promote.text);
    let edited = app.kadi_json(Method::PATCH, &path, &bob, rename).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    assert_eq!(edited.json["title"], "By Bob");
    // Deleting takes an admin.
    assert_eq!(
        app.kadi(Method::DELETE, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    // Restore and purge act on the trash only.
    for action in ["restore", "purge"] {
        let r = app
            .kadi(Method::POST, &format!("{path}/{action}"), &ada)
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{action}");
    }

    assert_eq!(
        app.kadi(Method::DELETE, &path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(total(&app, &ada, "/api/v1/groups").await, 0);
    let trash = app.kadi(Method::GET, "/api/v1/trash", &ada).await;
    assert!(
        trash.text.contains("\"identifier\":\"g\""),
        "{}",
        trash.text
    );
    // Only the creator restores.
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/restore"), &bob)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let restored = app
        .kadi(Method::POST, &format!("{path}/restore"), &ada)
        .await;
    assert_eq!(restored.status, StatusCode::OK, "{}", restored.text);
    assert_eq!(restored.json["state"], "active");
    assert_eq!(restored.json["title"], "By Bob");
    assert_eq!(
        revisions(&app, id).await,
        4,
        "created, edited, deleted, restored"
    );

    app.kadi(Method::DELETE, &path, &ada).await;
    let purged = app.kadi(Method::POST, &format!("{path}/purge"), &ada).await;
    assert_eq!(purged.status, StatusCode::NO_CONTENT);
    assert_eq!(revisions(&app, id).await, 0);
    let memberships = kd_group_member::Entity::find()
        .filter(kd_group_member::Column::GroupId.eq(id.as_i64().unwrap() as i32))
        .count(&app.state().db)
        .await
        .unwrap();
    assert_eq!(memberships, 0);
    // Purged for good: the identifier is free again.
    new_group(&app, &ada, json!({"identifier": "g", "title": "Again"})).await;
    app.stop().await;
}
