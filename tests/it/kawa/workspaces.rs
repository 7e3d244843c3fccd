//! Workspaces and scoping: `CreateWorkspace`, members added and removed, the current
//! workspace, visibility, and the `x-kawa-workspace-id` header on every call.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{new_workspace, refused, user_with_key, ADMIN};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_created_workspace_is_owned_by_its_creator_and_its_name_is_taken_afterwards() {
    let app = spawn_app().await;
    let (bob, bob_key) = user_with_key(&app, "bob@example.com").await;
    let create =
        json!({"displayInformation": {"displayName": "Finance", "description": "Closing"}});
    let r = app
        .command(&bob_key, "CreateWorkspace", create.clone())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["ownerId"], bob.as_str());
    assert_eq!(r.json["isPublic"], false);
    assert_eq!(r.json["members"][0]["principalId"], bob.as_str());
    assert_eq!(r.json["displayInformation"]["description"], "Closing");
    let again = app.command(ADMIN, "CreateWorkspace", create).await;
    refused(
        &again,
        StatusCode::CONFLICT,
        "A workspace named Finance already exists",
    );
    let named = app
        .kawa_get("/backoffice/workspaces?name=Finance", ADMIN)
        .await;
    assert_eq!(named.json.as_array().unwrap().len(), 1);
    assert_eq!(named.json[0]["id"], r.json["id"]);
    let all = app.kawa_get("/backoffice/workspaces", ADMIN).await;
    assert_eq!(all.json.as_array().unwrap().len(), 2, "no second Finance");
    refused(
        &app.kawa_get("/backoffice/workspaces/Finance", ADMIN).await,
        StatusCode::NOT_FOUND,
        "No workspace",
    );
    app.stop().await;
}

#[tokio::test]
async fn the_workspace_header_is_403_for_a_non_member_and_a_removed_member_loses_access_at_once() {
    let app = spawn_app().await;
    let ws = new_workspace(&app, "Private").await;
    let (bob, key) = user_with_key(&app, "bob@example.com").await;
    let me = |ws: &str| {
        let app = &app;
        let key = key.clone();
        let ws = ws.to_string();
        async move {
            app.kawa(Method::GET, "/backoffice/principals", &key, Some(&ws), None)
                .await
        }
    };
    refused(
        &me(&ws).await,
        StatusCode::FORBIDDEN,
        &format!("workspace {ws}"),
    );
    refused(&me("999").await, StatusCode::FORBIDDEN, "workspace 999");
    assert_eq!(
        me("1").await.status,
        StatusCode::OK,
        "the default workspace is public"
    );
    assert_eq!(
        app.kawa_get("/backoffice/principals", &key).await.status,
        StatusCode::OK,
        "global calls need no header"
    );
    refused(
        &app.kawa_get(&format!("/backoffice/workspaces/{ws}"), &key)
            .await,
        StatusCode::FORBIDDEN,
        "",
    );
    let visible = app.kawa_get("/backoffice/workspaces", &key).await;
    assert_eq!(
        visible.json.as_array().unwrap().len(),
        1,
        "only the public one"
    );

    let add = json!({"workspaceId": ws, "members": [{"principalId": bob, "permissions": []}]});
    let r = app.command(ADMIN, "AddMembersToWorkspace", add).await;
    assert_eq!(r.json["members"].as_array().unwrap().len(), 2, "{}", r.text);
    assert_eq!(me(&ws).await.status, StatusCode::OK);
    assert_eq!(
        app.kawa_get(&format!("/backoffice/workspaces/{ws}"), &key)
            .await
            .status,
        StatusCode::OK
    );

    let remove = json!({"workspaceId": ws, "principalIds": [bob]});
    let r = app.command(ADMIN, "RemoveWorkspaceMembers", remove).await;
    assert_eq!(r.json["members"].as_array().unwrap().len(), 1, "{}", r.text);
    refused(&me(&ws).await, StatusCode::FORBIDDEN, "");
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_member_is_404_and_nobody_is_added() {
    let app = spawn_app().await;
    let ws = new_workspace(&app, "Ops").await;
    let (bob, _) = user_with_key(&app, "bob@example.com").await;
    let members = json!([{"principalId": bob, "permissions": []}, {"principalId": "4242", "permissions": []}]);
    let r = app
        .command(
            ADMIN,
            "AddMembersToWorkspace",
            json!({"workspaceId": ws, "members": members}),
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No principal with id 4242");
    let after = app
        .kawa_get(&format!("/backoffice/workspaces/{ws}"), ADMIN)
        .await;
    assert_eq!(after.json["members"].as_array().unwrap().len(), 1);
    let r = app
        .command(
            ADMIN,
            "AddMembersToWorkspace",
            json!({"workspaceId": "777", "members": []}),
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No workspace with id 777");
    app.stop().await;
}

#[tokio::test]
async fn members_with_manage_users_may_manage_a_workspace_and_readers_may_not() {
    let app = spawn_app().await;
    let ws = new_workspace(&app, "Sales").await;
    let (manager, manager_key) = user_with_key(&app, "manager@example.com").await;
    let (reader, reader_key) = user_with_key(&app, "reader@example.com").await;
    let members = json!([
        {"principalId": manager, "permissions": ["MANAGE_USERS"]},
        {"principalId": reader, "permissions": []}
    ]);
    app.command(
        ADMIN,
        "AddMembersToWorkspace",
        json!({"workspaceId": ws, "members": members}),
    )
    .await;
    let toggle = json!({"workspaceId": ws, "isPublic": true});
    let r = app
        .command(&reader_key, "ToggleWorkspaceVisibility", toggle.clone())
        .await;
    refused(&r, StatusCode::FORBIDDEN, "may not manage");
    let r = app
        .command(&manager_key, "ToggleWorkspaceVisibility", toggle)
        .await;
    assert_eq!(r.json["isPublic"], true, "{}", r.text);
    let remove = json!({"workspaceId": ws, "principalIds": [reader]});
    let r = app
        .command(&manager_key, "RemoveWorkspaceMembers", remove)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // Public now: the removed reader still reaches it, as everyone does.
    let r = app
        .kawa(
            Method::GET,
            "/backoffice/principals",
            &reader_key,
            Some(&ws),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn the_current_workspace_moves_for_members_only_and_scopes_calls_without_a_header() {
    let app = spawn_app().await;
    let ws = new_workspace(&app, "Research").await;
    let (bob, key) = user_with_key(&app, "bob@example.com").await;
    let set = json!({"workspaceId": ws, "principalIds": [bob]});
    let r = app
        .command(ADMIN, "SetCurrentWorkspaceForPrincipals", set.clone())
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "principalIds");
    app.command(
        ADMIN,
        "AddMembersToWorkspace",
        json!({"workspaceId": ws, "members": [{"principalId": bob, "permissions": []}]}),
    )
    .await;
    let r = app
        .command(ADMIN, "SetCurrentWorkspaceForPrincipals", set)
        .await;
    assert_eq!(
        r.json,
        json!({"workspaceId": ws, "principalIds": [bob]}),
        "{}",
        r.text
    );
    let me = app.kawa_get("/authentication/current-user", &key).await;
    assert_eq!(me.json["currentWorkspaceId"], ws.as_str());
    // A reader sets only its own.
    let admin_id = app
        .kawa_get("/authentication/current-user", ADMIN)
        .await
        .json["id"]
        .clone();
    let r = app
        .command(
            &key,
            "SetCurrentWorkspaceForPrincipals",
            json!({"workspaceId": "1", "principalIds": [admin_id]}),
        )
        .await;
    refused(&r, StatusCode::FORBIDDEN, "Only administrators");
    // Without a header, a workspace-scoped call acts in the current workspace; once
    // removed from it, the caller is refused there.
    let scoped = app
        .kawa(Method::GET, "/backoffice/perimeters", &key, None, None)
        .await;
    assert_eq!(scoped.status, StatusCode::OK);
    app.command(
        ADMIN,
        "RemoveWorkspaceMembers",
        json!({"workspaceId": ws, "principalIds": [bob]}),
    )
    .await;
    let scoped = app
        .kawa(Method::GET, "/backoffice/perimeters", &key, None, None)
        .await;
    refused(&scoped, StatusCode::FORBIDDEN, &format!("workspace {ws}"));
    app.stop().await;
}
