//! KAWA's state in the fixtures file: a load shows through the API, a misfit entry is
//! refused by its path with nothing written, a second load adds nothing, and an export
//! loads into an empty instance to the same state.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::{new_user, new_workspace, user_with_key, ADMIN};
use crate::fixtures::{export_with_the_cli, refused_at_start};
use crate::helpers::{spawn_app_with, Spawn, TestApp, TestDatabase};

/// A reader member of Finance (owned by the bootstrap admin), an outsider, a team, a
/// perimeter and an attribute.
pub const FILE: &str = r#"
users:
  - {email: reader@example.com, password: reader-password, first_name: Rea, last_name: Der,
     tokens: [{product: kawa, name: ci, token: kawa_reader_key_0123456789}]}
  - {email: outsider@example.com, password: outsider-password,
     tokens: [{product: kawa, token: kawa_outsider_key_0123456789}]}
kawa:
  principals:
    - {email: reader@example.com, role: READER_ROLE, current_workspace: Finance}
  workspaces:
    - {name: Finance, owner: admin@example.com, description: The money, tags: [money],
       created_at: 1700000000000, members: [{email: reader@example.com, permissions: [MANAGE_USERS]}]}
  teams:
    - {name: Analysts, members: [{email: admin@example.com, admin: true}, {email: reader@example.com}]}
  perimeters:
    - {workspace: Finance, name: EMEA, members: [reader@example.com]}
  attributes:
    - {workspace: Finance, name: REGION, type: text}
"#;

/// What the admin reads of KAWA's control plane, and the reader's own view.
async fn views(app: &TestApp, reader_key: &str) -> Value {
    let get = |path: &'static str, workspace: Option<&'static str>| async move {
        let r = app
            .kawa(reqwest::Method::GET, path, ADMIN, workspace, None)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
        r.json
    };
    let me = app
        .kawa_get("/authentication/current-user", reader_key)
        .await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    json!({
        "workspaces": get("/backoffice/workspaces", None).await,
        "principals": get("/backoffice/principals", None).await,
        "teams": get("/backoffice/teams", None).await,
        "perimeters": get("/backoffice/perimeters", Some("2")).await,
        "attributes": get("/backoffice/attributes", Some("2")).await,
        "me": me.json,
    })
}

#[tokio::test]
async fn a_loaded_file_shows_through_the_api() {
    let app = spawn_app_with(Some(FILE)).await;
    let v = views(&app, "kawa_reader_key_0123456789").await;
    // The bootstrap's default workspace is 1, the file's follow it.
    assert_eq!(
        v["workspaces"][0]["displayInformation"]["displayName"],
        "Default workspace"
    );
    let finance = &v["workspaces"][1];
    assert_eq!(finance["id"], "2");
    assert_eq!(finance["displayInformation"]["displayName"], "Finance");
    let reader = v["me"]["id"].as_str().unwrap().to_string();
    // The file's users load first; the bootstrap admin is made after them.
    let admin = v["principals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["email"] == "admin@example.com")
        .expect("the admin is a principal")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut both = [admin.clone(), reader.clone()];
    both.sort_by_key(|id| id.parse::<i64>().unwrap());
    assert_eq!(v["me"]["role"], "READER_ROLE");
    assert_eq!(v["me"]["currentWorkspaceId"], "2");
    assert_eq!(v["teams"][0]["members"], json!(both));
    assert_eq!(v["teams"][0]["admins"], json!([admin]));
    assert_eq!(v["perimeters"][0]["members"], json!([reader]));
    assert_eq!(
        v["attributes"][0]["displayInformation"]["displayName"],
        "REGION"
    );
    // The outsider's key works, but not in Finance.
    let outsider = "kawa_outsider_key_0123456789";
    let r = app
        .kawa(
            reqwest::Method::GET,
            "/backoffice/workspaces",
            outsider,
            Some("2"),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    let r = app
        .kawa(
            reqwest::Method::GET,
            "/backoffice/workspaces",
            "kawa_reader_key_0123456789",
            Some("2"),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    app.stop().await;
}

#[tokio::test]
async fn a_misfit_kawa_entry_is_refused_by_its_path_and_nothing_is_written() {
    let ok_user = "users:\n  - {email: reader@example.com, password: reader-password}\n";
    let cases = [
        (
            format!("{ok_user}kawa:\n  workspaces:\n    - {{name: A, owner: admin@example.com}}\n    - {{name: B, owner: admin@example.com, members: [{{email: x@example.com}}]}}\n"),
            "kawa.workspaces[1].members[0].email: no user has email x@example.com",
        ),
        (
            format!("{ok_user}kawa:\n  workspaces:\n    - {{name: A, owner: admin@example.com}}\n    - {{id: 7, name: Default workspace, owner: admin@example.com}}\n"),
            "kawa.workspaces[1].name: A workspace named Default workspace already exists",
        ),
        (
            format!("{ok_user}kawa:\n  principals:\n    - {{email: reader@example.com, role: OWNER_ROLE}}\n"),
            "kawa.principals[0].role: unknown variant `OWNER_ROLE`",
        ),
        (
            format!("{ok_user}kawa:\n  workspaces:\n    - {{name: A, owner: admin@example.com}}\n  principals:\n    - {{email: reader@example.com, current_workspace: A}}\n"),
            "kawa.principals[0].current_workspace: reader@example.com is not a member of workspace A",
        ),
    ];
    for (text, expected) in cases {
        let state = refused_at_start(&text, expected).await;
        assert_eq!(
            state.kawa.workspaces.len(),
            1,
            "{expected}: only the default"
        );
    }
}

#[tokio::test]
async fn loading_the_same_file_twice_adds_nothing() {
    let database = TestDatabase::shareable().await;
    let spawn = || Spawn {
        fixtures: Some(FILE.to_string()),
        ..Spawn::default()
    };
    let first = spawn().start_on(database.share()).await;
    let before = export_with_the_cli(&first);
    first.stop().await;
    let second = spawn().start_on(database.share()).await;
    assert_eq!(export_with_the_cli(&second), before);
    second.stop().await;
    database.drop_database().await;
}

#[tokio::test]
async fn a_kawa_export_loads_into_an_empty_instance_to_the_same_state() {
    let first = spawn_app_with(Some(FILE)).await;
    // More through the command bus: a principal with a key in a new workspace.
    let (lucius, key) = user_with_key(&first, "lucius@example.com").await;
    let ops = new_workspace(&first, "Operations").await;
    let r = first
        .command(
            ADMIN,
            "AddMembersToWorkspace",
            json!({"workspaceId": ops, "members": [{"principalId": lucius, "permissions": []}]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = first
        .command(
            ADMIN,
            "SetCurrentWorkspaceForPrincipals",
            json!({"workspaceId": ops, "principalIds": [lucius]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = first
        .command(
            ADMIN,
            "ReplaceUserStatus",
            json!({"principalId": lucius, "active": false}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let before = views(&first, "kawa_reader_key_0123456789").await;
    let exported = export_with_the_cli(&first);
    assert!(!exported.contains(&key), "no clear-text key");
    first.stop().await;

    let second = spawn_app_with(Some(&exported)).await;
    assert!(second.running.as_ref().unwrap().bootstrap.is_none());
    assert_eq!(views(&second, "kawa_reader_key_0123456789").await, before);
    assert_eq!(
        export_with_the_cli(&second),
        exported,
        "the same file again"
    );
    // A deactivated principal stays so: its key is refused.
    let r = second.kawa_get("/authentication/current-user", &key).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    // New rows take ids after the loaded ones.
    let next = new_workspace(&second, "After the load").await;
    assert_eq!(next, "4");
    let _ = new_user(&second, "later@example.com", "a-password-1").await;
    second.stop().await;
}
