//! The roles tag: users and groups given roles on records, collections and templates
//! by the resource's admins, what each role lets its holder do, the creator's role kept,
//! and the catalogue of roles.

use reqwest::{Method, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use understudy::store::entities::{kd_group, kd_group_member, user};

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::{spawn_app_with, TestApp};

async fn user_id(app: &TestApp, email: &str) -> i32 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.state().db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn role_listings_put_the_creator_first_then_page_by_role_name_and_id() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let ada_id = user_id(&app, "ada@example.com").await;
    let bob_id = user_id(&app, "bob@example.com").await;
    assert!(ada_id < bob_id, "the fixture's order this test relies on");
    // Bob creates; Ada is an admin too: by role and id alone she would come first.
    let record = new_record(&app, &bob, json!({"identifier": "bobs", "title": "B"})).await;
    let roles = format!("/api/v1/records/{}/roles/users", record["id"]);
    let grant = json!({"user": {"id": ada_id}, "role": {"name": "admin"}});
    let added = app.kadi_json(Method::POST, &roles, &bob, Some(grant)).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    let ids = |page: &serde_json::Value| -> Vec<i64> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["user"]["id"].as_i64().unwrap())
            .collect()
    };
    let all = app.kadi(Method::GET, &roles, &ada).await;
    assert_eq!(ids(&all.json), [i64::from(bob_id), i64::from(ada_id)]);
    let second = app
        .kadi(Method::GET, &format!("{roles}?per_page=1&page=2"), &ada)
        .await;
    assert_eq!(ids(&second.json), [i64::from(ada_id)]);
    assert_eq!(second.json["_pagination"]["total_items"], 2);
    assert_eq!(second.json["_pagination"]["total_pages"], 2);
    // The filter reads names in any case; nothing matching is an empty page.
    let none = app
        .kadi(Method::GET, &format!("{roles}?filter=NOBODY"), &ada)
        .await;
    assert_eq!(none.json["_pagination"]["total_items"], 0);
    assert_eq!(ids(&none.json), Vec::<i64>::new());
    let groups = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/roles/groups?filter=x", record["id"]),
            &ada,
        )
        .await;
    assert_eq!(groups.status, StatusCode::OK, "{}", groups.text);
    assert_eq!(groups.json["_pagination"]["total_items"], 0);
}

#[tokio::test]
async fn a_role_given_by_an_admin_decides_what_another_user_may_do() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let bob_id = user_id(&app, "bob@example.com").await;
    let ada_id = user_id(&app, "ada@example.com").await;
    let record = new_record(&app, &ada, json!({"identifier": "shared", "title": "S"})).await;
    let path = format!("/api/v1/records/{}", record["id"]);
    let roles = format!("{path}/roles/users");
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );

    let grant = |role: &'static str| json!({"user": {"id": bob_id}, "role": {"name": role}});
    let added = app
        .kadi_json(Method::POST, &roles, &ada, Some(grant("member")))
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::OK
    );
    let edit = json!({"title": "Bob's"});
    let refused = app
        .kadi_json(Method::PATCH, &path, &bob, Some(edit.clone()))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let again = app
        .kadi_json(Method::POST, &roles, &ada, Some(grant("editor")))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "one role per user");

    let bob_entry = format!("{roles}/{bob_id}");
    let changed = app
        .kadi_json(
            Method::PATCH,
            &bob_entry,
            &ada,
            Some(json!({"name": "editor"})),
        )
        .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text);
    assert_eq!(
        app.kadi_json(Method::PATCH, &path, &bob, Some(edit))
            .await
            .status,
        StatusCode::OK
    );
    // An editor may edit, not manage permissions.
    let by_bob = app
        .kadi_json(Method::DELETE, &format!("{roles}/{ada_id}"), &bob, None)
        .await;
    assert_eq!(by_bob.status, StatusCode::FORBIDDEN);

    let listed = app.kadi(Method::GET, &roles, &ada).await;
    let entries: Vec<(i64, String)> = listed.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["user"]["id"].as_i64().unwrap(),
                e["role"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        vec![
            (i64::from(ada_id), "admin".into()),
            (i64::from(bob_id), "editor".into())
        ]
    );
    assert_eq!(
        listed.json["items"][1]["_actions"]["remove"],
        format!("{}{bob_entry}", app.base)
    );
    let filtered = app
        .kadi(Method::GET, &format!("{roles}?filter=bob"), &ada)
        .await;
    assert_eq!(filtered.json["_pagination"]["total_items"], 1);
    let excluded = app
        .kadi(Method::GET, &format!("{roles}?exclude={ada_id}"), &ada)
        .await;
    assert_eq!(excluded.json["items"][0]["user"]["id"], bob_id);

    // The creator keeps the admin role.
    let ada_entry = format!("{roles}/{ada_id}");
    let demote = app
        .kadi_json(
            Method::PATCH,
            &ada_entry,
            &ada,
            Some(json!({"name": "member"})),
        )
        .await;
    assert_eq!(demote.status, StatusCode::CONFLICT);
    assert_eq!(
        app.kadi(Method::DELETE, &ada_entry, &ada).await.status,
        StatusCode::CONFLICT
    );
    // Nobody and no role: 404.
    let nobody = app
        .kadi_json(
            Method::POST,
            &roles,
            &ada,
            Some(json!({"user": {"id": 99999}, "role": {"name": "member"}})),
        )
        .await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);

    assert_eq!(
        app.kadi(Method::DELETE, &bob_entry, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.kadi(Method::DELETE, &bob_entry, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn a_groups_role_is_its_members_and_a_template_knows_no_collaborator() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let bob_id = user_id(&app, "bob@example.com").await;
    // A private group of Bob's (the groups tag's effect, in the store).
    let db = &app.state().db;
    let now = app.state().now_ms();
    let group = kd_group::ActiveModel {
        identifier: Set("bobs-lab".into()),
        title: Set("Bob's lab".into()),
        description: Set("Private".into()),
        visibility: Set("private".into()),
        state: Set("active".into()),
        creator_id: Set(bob_id),
        created_at: Set(now),
        last_modified: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    kd_group_member::ActiveModel {
        group_id: Set(group.id),
        user_id: Set(bob_id),
        role: Set("admin".into()),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    let collection = app
        .kadi_json(
            Method::POST,
            "/api/v1/collections",
            &ada,
            Some(json!({"identifier": "c", "title": "C"})),
        )
        .await;
    let path = format!("/api/v1/collections/{}", collection.json["id"]);
    let roles = format!("{path}/roles/groups");
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    let added = app
        .kadi_json(
            Method::POST,
            &roles,
            &ada,
            Some(json!({"group": {"id": group.id}, "role": {"name": "collaborator"}})),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::OK,
        "through the group"
    );
    // Ada may not read Bob's private group: she sees who it is, not more.
    let listed = app.kadi(Method::GET, &roles, &ada).await;
    let entry = &listed.json["items"][0];
    assert_eq!(entry["role"]["name"], "collaborator");
    assert_eq!(entry["group"]["identifier"], "bobs-lab");
    assert!(
        entry["group"].get("description").is_none(),
        "{}",
        listed.text
    );
    let seen_by_bob = app.kadi(Method::GET, &roles, &bob).await;
    assert_eq!(
        seen_by_bob.json["items"][0]["group"]["description"],
        "Private"
    );
    let entry_path = format!("{roles}/{}", group.id);
    assert_eq!(
        app.kadi_json(
            Method::PATCH,
            &entry_path,
            &ada,
            Some(json!({"name": "member"}))
        )
        .await
        .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::DELETE, &entry_path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );

    let template = app
        .kadi_json(
            Method::POST,
            "/api/v1/templates",
            &ada,
            Some(json!({"identifier": "t", "title": "T", "type": "extras", "data": []})),
        )
        .await;
    let wrong = app
        .kadi_json(
            Method::POST,
            &format!("/api/v1/templates/{}/roles/users", template.json["id"]),
            &ada,
            Some(json!({"user": {"id": bob_id}, "role": {"name": "collaborator"}})),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(
        wrong.json["errors"]["role"]["name"].is_array(),
        "{}",
        wrong.text
    );

    let catalog = app.kadi(Method::GET, "/api/v1/roles", &bob).await;
    assert_eq!(catalog.status, StatusCode::OK);
    assert_eq!(catalog.json["record"].as_array().unwrap().len(), 4);
    assert_eq!(catalog.json["template"].as_array().unwrap().len(), 3);
    assert_eq!(
        catalog.json["record"][0]["permissions"],
        json!([{"action": "read", "description": "View this record."}])
    );
    app.stop().await;
}
