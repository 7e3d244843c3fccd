//! The users tag: the directory (listing by name, inactive users, lookups by id and by
//! identity), the token's user, and what a profile lists for whoever asks.

use reqwest::{Method, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};
use understudy::store::entities::{kd_group, kd_group_member, kd_role, kd_template, user};

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::{spawn_app_with, Answer, TestApp};

async fn user_id(app: &TestApp, email: &str) -> i32 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.state().db)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn usernames(r: &Answer) -> Vec<String> {
    r.json["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a page: {}", r.text))
        .iter()
        .map(|u| u["identity"]["username"].as_str().unwrap().to_string())
        .collect()
}

fn identifiers(r: &Answer) -> Vec<String> {
    let mut ids: Vec<String> = r.json["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a page: {}", r.text))
        .iter()
        .map(|i| i["identifier"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn the_directory_lists_active_users_by_name_and_finds_them_by_id_and_identity() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let me = app.kadi(Method::GET, "/api/v1/users/me", &ada).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    assert_eq!(me.json["identity"]["username"], "ada");
    assert_eq!(me.json["identity"]["type"], "local");
    assert_eq!(me.json["displayname"], "Ada Lovelace");
    assert_eq!(
        me.json["identity"]["email"], "ada@example.com",
        "own email shown"
    );
    let ada_id = me.json["id"].as_i64().unwrap();

    // By display name or username, any case; inactive users only when asked for.
    let all = app.kadi(Method::GET, "/api/v1/users", &ada).await;
    // "Ada Lovelace", "Bob B.", "Understudy Admin".
    assert_eq!(usernames(&all), ["ada", "bob", "admin"]);
    let with_inactive = app
        .kadi(Method::GET, "/api/v1/users?inactive=true", &ada)
        .await;
    assert!(usernames(&with_inactive).contains(&"gone".to_string()));
    assert!(!usernames(&all).contains(&"gone".to_string()));
    let bob = app
        .kadi(Method::GET, "/api/v1/users?filter=BOB", &ada)
        .await;
    assert_eq!(usernames(&bob), ["bob"]);
    assert_eq!(bob.json["items"][0]["displayname"], "Bob B.");
    assert!(
        bob.json["items"][0]["identity"].get("email").is_none(),
        "another user's email stays hidden: {}",
        bob.text
    );
    assert_eq!(bob.json["_pagination"]["total_items"], 1);

    let bob_id = bob.json["items"][0]["id"].as_i64().unwrap();
    let by_id = app
        .kadi(Method::GET, &format!("/api/v1/users/{bob_id}"), &ada)
        .await;
    assert_eq!(by_id.json["identity"]["username"], "bob");
    let by_identity = app.kadi(Method::GET, "/api/v1/users/local/bob", &ada).await;
    assert_eq!(by_identity.status, StatusCode::OK, "{}", by_identity.text);
    assert_eq!(by_identity.json["id"], bob_id);
    for missing in [
        "/api/v1/users/ldap/bob",
        "/api/v1/users/local/nobody",
        "/api/v1/users/999999",
        "/api/v1/users/999999/identities",
        "/api/v1/users/999999/records",
    ] {
        let r = app.kadi(Method::GET, missing, &ada).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{missing}: {}", r.text);
        assert_eq!(r.json["code"], 404);
    }
    let identities = app
        .kadi(
            Method::GET,
            &format!("/api/v1/users/{ada_id}/identities"),
            &ada,
        )
        .await;
    assert_eq!(identities.json["items"][0]["username"], "ada");
    assert_eq!(identities.json["items"].as_array().unwrap().len(), 1);

    // Without user.read a token may not look anyone up, itself included.
    let narrow = app
        .kadi_token("ada@example.com", &["record.read"], None)
        .await;
    let refused = app.kadi(Method::GET, "/api/v1/users/me", &narrow).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.json["scopes"], json!(["user.read"]));
    app.stop().await;
}

#[tokio::test]
async fn a_profile_lists_what_the_user_created_or_was_given_and_only_what_the_caller_may_read() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let (ada_id, bob_id) = (
        user_id(&app, "ada@example.com").await,
        user_id(&app, "bob@example.com").await,
    );
    new_record(
        &app,
        &ada,
        json!({"identifier": "ada-private", "title": "P"}),
    )
    .await;
    new_record(
        &app,
        &ada,
        json!({"identifier": "ada-public", "title": "Q", "visibility": "public"}),
    )
    .await;
    let shared: Value = new_record(
        &app,
        &bob,
        json!({"identifier": "bob-shared", "title": "S"}),
    )
    .await;
    new_record(&app, &bob, json!({"identifier": "bob-own", "title": "O"})).await;
    // Bob makes Ada a member of one of his records (the roles tag's effect, in the store).
    kd_role::ActiveModel {
        resource_type: Set("record".into()),
        resource_id: Set(shared["id"].as_i64().unwrap() as i32),
        subject_type: Set("user".into()),
        subject_id: Set(ada_id),
        role: Set("member".into()),
        created_at: Set(app.state().now_ms()),
    }
    .insert(&app.state().db)
    .await
    .unwrap();

    let records = |token: String, query: &'static str| {
        let app = &app;
        async move {
            let r = app
                .kadi(
                    Method::GET,
                    &format!("/api/v1/users/{ada_id}/records{query}"),
                    &token,
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            identifiers(&r)
        }
    };
    assert_eq!(
        records(ada.clone(), "").await,
        ["ada-private", "ada-public"]
    );
    assert_eq!(
        records(bob.clone(), "").await,
        ["ada-public"],
        "private stays hidden"
    );
    assert_eq!(records(ada.clone(), "?shared=true").await, ["bob-shared"]);
    assert_eq!(records(bob.clone(), "?shared=yes").await, ["bob-shared"]);
    assert_eq!(records(ada.clone(), "?filter=PUBLIC").await, ["ada-public"]);

    let made = app
        .kadi_json(
            Method::POST,
            "/api/v1/collections",
            &ada,
            Some(json!({"identifier": "ada-coll", "title": "C", "visibility": "public"})),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text);
    let collections = app
        .kadi(
            Method::GET,
            &format!("/api/v1/users/{ada_id}/collections"),
            &bob,
        )
        .await;
    assert_eq!(identifiers(&collections), ["ada-coll"]);

    // A private group Ada created, with Bob as a member, and a public template of hers.
    let db = &app.state().db;
    let now = app.state().now_ms();
    let group = kd_group::ActiveModel {
        identifier: Set("ada-group".into()),
        title: Set("Ada's group".into()),
        description: Set(String::new()),
        visibility: Set("private".into()),
        state: Set("active".into()),
        creator_id: Set(ada_id),
        created_at: Set(now),
        last_modified: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for (member, role) in [(ada_id, "admin"), (bob_id, "member")] {
        kd_group_member::ActiveModel {
            group_id: Set(group.id),
            user_id: Set(member),
            role: Set(role.into()),
            created_at: Set(now),
        }
        .insert(db)
        .await
        .unwrap();
    }
    kd_template::ActiveModel {
        identifier: Set("ada-template".into()),
        title: Set("T".into()),
        description: Set(String::new()),
        visibility: Set("public".into()),
        state: Set("active".into()),
        creator_id: Set(ada_id),
        created_at: Set(now),
        last_modified: Set(now),
        r#type: Set("extras".into()),
        data: Set(r#"[{"type": "str", "key": "k", "value": null}]"#.into()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let groups = app
        .kadi(Method::GET, &format!("/api/v1/users/{ada_id}/groups"), &bob)
        .await;
    assert_eq!(identifiers(&groups), ["ada-group"], "{}", groups.text);
    assert_eq!(
        groups.json["items"][0]["_links"]["members"],
        format!("{}/api/v1/groups/{}/members", app.base, group.id)
    );
    let common = app
        .kadi(
            Method::GET,
            &format!("/api/v1/users/{bob_id}/groups?common=true"),
            &ada,
        )
        .await;
    assert_eq!(identifiers(&common), ["ada-group"], "both are members");
    let admin_common = app
        .kadi(
            Method::GET,
            &format!("/api/v1/users/{bob_id}/groups?common=true"),
            crate::helpers::ADMIN_TOKEN,
        )
        .await;
    assert_eq!(identifiers(&admin_common), Vec::<String>::new());
    let templates = app
        .kadi(
            Method::GET,
            &format!("/api/v1/users/{ada_id}/templates"),
            &bob,
        )
        .await;
    assert_eq!(identifiers(&templates), ["ada-template"]);
    assert_eq!(templates.json["items"][0]["type"], "extras");
    assert_eq!(templates.json["items"][0]["data"][0]["key"], "k");
    app.stop().await;
}
