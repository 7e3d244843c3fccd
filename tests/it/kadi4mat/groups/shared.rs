//! `/groups/{id}/records|collections|templates`: what the group holds a role on, as far
//! as the caller may read it; a group in the trash grants nothing.

use reqwest::{Method, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{json, Value};
use understudy::store::entities::kd_role;

use super::super::records::new_record;
use super::{new_group, total, user_id, USERS};
use crate::helpers::{spawn_app_with, TestApp};

/// Gives group `group` the role `member` on resource `kind` `id` (the roles tag's
/// effect, in the store).
async fn share(app: &TestApp, kind: &str, id: &Value, group: &Value) {
    kd_role::ActiveModel {
        resource_type: Set(kind.into()),
        resource_id: Set(id.as_i64().unwrap() as i32),
        subject_type: Set("group".into()),
        subject_id: Set(group.as_i64().unwrap() as i32),
        role: Set("member".into()),
        created_at: Set(app.state().now_ms()),
    }
    .insert(&app.state().db)
    .await
    .unwrap();
}

fn ids(r: &Value) -> Vec<i64> {
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn a_group_lists_what_it_holds_a_role_on_that_the_caller_may_read() {
    let app = spawn_app_with(Some(USERS)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let cy = app.kadi_token("cy@example.com", &[], None).await;
    let bob_id = user_id(&app, "bob@example.com").await;
    let g = new_group(
        &app,
        &ada,
        json!({"identifier": "lab", "title": "Lab", "visibility": "public"}),
    )
    .await;
    let private = new_record(&app, &ada, json!({"identifier": "secret", "title": "S"})).await;
    let public = new_record(
        &app,
        &ada,
        json!({"identifier": "open-data", "title": "O", "visibility": "public"}),
    )
    .await;
    new_record(&app, &ada, json!({"identifier": "unshared", "title": "U"})).await;
    share(&app, "record", &private["id"], &g["id"]).await;
    share(&app, "record", &public["id"], &g["id"]).await;
    let records = format!("/api/v1/groups/{}/records", g["id"]);
    let both = vec![
        public["id"].as_i64().unwrap(),
        private["id"].as_i64().unwrap(),
    ];

    let as_ada = app
        .kadi(Method::GET, &format!("{records}?sort=title"), &ada)
        .await;
    assert_eq!(as_ada.status, StatusCode::OK, "{}", as_ada.text);
    assert_eq!(ids(&as_ada.json), both);
    // Bob reads the group (public) but not the private record: not listed.
    let as_bob = app.kadi(Method::GET, &records, &bob).await;
    assert_eq!(ids(&as_bob.json), vec![public["id"].as_i64().unwrap()]);
    // A member of the group reads what the group holds a role on.
    app.kadi_json(
        Method::POST,
        &format!("/api/v1/groups/{}/members", g["id"]),
        &ada,
        Some(json!({"user": {"id": bob_id}, "role": {"name": "member"}})),
    )
    .await;
    let joined = app
        .kadi(Method::GET, &format!("{records}?sort=title"), &bob)
        .await;
    assert_eq!(ids(&joined.json), both);
    let filtered = app
        .kadi(Method::GET, &format!("{records}?filter=secret"), &bob)
        .await;
    assert_eq!(ids(&filtered.json), vec![private["id"].as_i64().unwrap()]);

    // Collections and templates likewise; nothing shared, nothing listed.
    let base = format!("/api/v1/groups/{}", g["id"]);
    assert_eq!(total(&app, &ada, &format!("{base}/collections")).await, 0);
    assert_eq!(total(&app, &ada, &format!("{base}/templates")).await, 0);

    // A private group's listings are for its members.
    let hidden = new_group(&app, &ada, json!({"identifier": "hidden", "title": "H"})).await;
    share(&app, "record", &public["id"], &hidden["id"]).await;
    let refused = app
        .kadi(
            Method::GET,
            &format!("/api/v1/groups/{}/records", hidden["id"]),
            &cy,
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // A group in the trash grants its members nothing; restored, it does again.
    let secret = format!("/api/v1/records/{}", private["id"]);
    assert_eq!(
        app.kadi(Method::GET, &secret, &bob).await.status,
        StatusCode::OK
    );
    app.kadi(Method::DELETE, &base, &ada).await;
    assert_eq!(
        app.kadi(Method::GET, &secret, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    app.kadi(Method::POST, &format!("{base}/restore"), &ada)
        .await;
    assert_eq!(
        app.kadi(Method::GET, &secret, &bob).await.status,
        StatusCode::OK
    );

    // A purged group's roles go with it.
    app.kadi(Method::DELETE, &base, &ada).await;
    let purged = app.kadi(Method::POST, &format!("{base}/purge"), &ada).await;
    assert_eq!(purged.status, StatusCode::NO_CONTENT);
    let left = kd_role::Entity::find()
        .filter(kd_role::Column::SubjectType.eq("group"))
        .filter(kd_role::Column::SubjectId.eq(g["id"].as_i64().unwrap() as i32))
        .count(&app.state().db)
        .await
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(
        app.kadi(Method::GET, &secret, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}
