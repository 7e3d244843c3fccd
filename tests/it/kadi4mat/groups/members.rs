//! `/groups/{id}/members`: managed by the group's admins only; the creator stays.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{error, member_list, new_group, pairs, total, user_id, USERS};
use crate::helpers::spawn_app_with;

#[tokio::test]
async fn members_are_managed_by_admins_only_and_the_creator_stays() {
    let app = spawn_app_with(Some(USERS)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let (ada_id, bob_id, cy_id) = (
        user_id(&app, "ada@example.com").await,
        user_id(&app, "bob@example.com").await,
        user_id(&app, "cy@example.com").await,
    );
    let g = new_group(&app, &ada, json!({"identifier": "team", "title": "Team"})).await;
    let id = &g["id"];
    let path = format!("/api/v1/groups/{id}");
    let add = |token: String, user: i64, role: &'static str| {
        let (app, path) = (&app, &path);
        async move {
            app.kadi_json(
                Method::POST,
                &format!("{path}/members"),
                &token,
                Some(json!({"user": {"id": user}, "role": {"name": role}})),
            )
            .await
        }
    };
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        add(ada.clone(), bob_id, "member").await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &bob).await.status,
        StatusCode::OK
    );
    assert_eq!(
        add(ada.clone(), cy_id, "editor").await.status,
        StatusCode::CREATED
    );

    let twice = add(ada.clone(), bob_id, "admin").await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(
        twice.json,
        error(409, "Conflict", "A role for that resource already exists.")
    );
    assert_eq!(
        add(ada.clone(), 999_999, "member").await.status,
        StatusCode::NOT_FOUND
    );
    let members_before = member_list(&app, &ada, id, "").await;
    assert_eq!(
        members_before,
        pairs(&[("ada", "admin"), ("cy", "editor"), ("bob", "member")])
    );

    // A plain member manages nobody, and nothing changes.
    let entry = |user: i64| format!("{path}/members/{user}");
    let refusals = [
        add(bob.clone(), bob_id, "admin").await,
        app.kadi_json(
            Method::PATCH,
            &entry(bob_id),
            &bob,
            Some(json!({"name": "admin"})),
        )
        .await,
        app.kadi(Method::DELETE, &entry(cy_id), &bob).await,
    ];
    for r in refusals {
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    }
    assert_eq!(member_list(&app, &ada, id, "").await, members_before);

    // The creator's membership is fixed.
    let change_creator = app
        .kadi_json(
            Method::PATCH,
            &entry(ada_id),
            &ada,
            Some(json!({"name": "member"})),
        )
        .await;
    assert_eq!(
        (change_creator.status, change_creator.json),
        (
            StatusCode::CONFLICT,
            error(409, "Conflict", "Cannot change the creator's role.")
        )
    );
    let remove_creator = app.kadi(Method::DELETE, &entry(ada_id), &ada).await;
    assert_eq!(
        (remove_creator.status, remove_creator.json),
        (
            StatusCode::CONFLICT,
            error(409, "Conflict", "Cannot remove the creator's role.")
        )
    );
    // Groups know no collaborators.
    let collaborator = app
        .kadi_json(
            Method::PATCH,
            &entry(bob_id),
            &ada,
            Some(json!({"name": "collaborator"})),
        )
        .await;
    assert_eq!(collaborator.status, StatusCode::BAD_REQUEST);
    assert_eq!(member_list(&app, &ada, id, "").await, members_before);

    // An admin reorders by role; filter and exclude narrow the list.
    let promote = app
        .kadi_json(
            Method::PATCH,
            &entry(bob_id),
            &ada,
            Some(json!({"name": "admin"})),
        )
        .await;
    assert_eq!(promote.status, StatusCode::NO_CONTENT);
    assert_eq!(
        member_list(&app, &ada, id, "").await,
        pairs(&[("ada", "admin"), ("bob", "admin"), ("cy", "editor")])
    );
    assert_eq!(
        member_list(&app, &ada, id, "?filter=BOB").await,
        pairs(&[("bob", "admin")])
    );
    assert_eq!(
        member_list(
            &app,
            &ada,
            id,
            &format!("?exclude={ada_id}&exclude={bob_id}")
        )
        .await,
        pairs(&[("cy", "editor")])
    );
    assert_eq!(
        total(&app, &ada, &format!("{path}/members?per_page=1")).await,
        3
    );
    // The creator heads the list even among admins with lower ids.
    let cy = app.kadi_token("cy@example.com", &[], None).await;
    let cys = new_group(&app, &cy, json!({"identifier": "cys", "title": "Cy's"})).await;
    let join = app
        .kadi_json(
            Method::POST,
            &format!("/api/v1/groups/{}/members", cys["id"]),
            &cy,
            Some(json!({"user": {"id": ada_id}, "role": {"name": "admin"}})),
        )
        .await;
    assert_eq!(join.status, StatusCode::CREATED);
    assert_eq!(
        member_list(&app, &cy, &cys["id"], "").await,
        pairs(&[("cy", "admin"), ("ada", "admin")])
    );

    // Now an admin, Bob manages members too.
    let removed = app.kadi(Method::DELETE, &entry(cy_id), &bob).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.text);
    let again = app.kadi(Method::DELETE, &entry(cy_id), &bob).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let not_member = app
        .kadi_json(
            Method::PATCH,
            &entry(cy_id),
            &ada,
            Some(json!({"name": "member"})),
        )
        .await;
    assert_eq!(not_member.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.kadi(Method::GET, &path, &cy).await.status,
        StatusCode::FORBIDDEN
    );

    // Managing members takes the group.members scope.
    let narrow = app
        .kadi_token("ada@example.com", &["group.read"], None)
        .await;
    let scoped = add(narrow, cy_id, "member").await;
    assert_eq!(scoped.status, StatusCode::UNAUTHORIZED);
    assert_eq!(scoped.json["scopes"], json!(["group.members"]));
    app.stop().await;
}
