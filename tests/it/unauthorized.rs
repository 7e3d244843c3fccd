//! Every secured operation of every mounted product, taken from the generated operation
//! list (so a new operation is covered without editing this file), refuses a request
//! without credentials and one with wrong credentials — in the product's error shape —
//! and leaves the data as it was; and another user's valid credential neither sees nor
//! changes what is not theirs.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{client, spawn_app_with, TestApp};

const FIXTURES: &str = r#"
users:
  - {email: outsider@example.com, password: outsider-password, organization: 2}
datawiza:
  applications:
    - {id: 68496c6bd01242b98e2f469eaa2f3465, name: Guarded, publicDomain: https://guarded.example.com}
syntho:
  workspaces:
    - name: Guarded
      owner: admin@example.com
      source_connection: {connector_type: postgres, host: a.example.com, port: 5432, database: d, username: u}
      target_connection: {connector_type: postgres, host: b.example.com, port: 5432, database: d, username: u}
"#;

/// The admin's view of everything the operations could change.
async fn world(app: &TestApp, admin: &reqwest::Client) -> Value {
    let apps = app
        .datawiza(Method::GET, "/admin/api/v1/applications/?size=100", None)
        .await
        .json;
    let ssl = app
        .datawiza(
            Method::GET,
            "/admin/api/v1/applications/68496c6bd01242b98e2f469eaa2f3465/ssl",
            None,
        )
        .await
        .json;
    let workspaces = app
        .json(admin, Method::GET, "/api/v1/workspaces/", None)
        .await
        .json;
    json!({"apps": apps, "ssl": ssl, "workspaces": workspaces})
}

/// The server with the guarded records, the admin's signed-in client, and the pk of the
/// admin's workspace.
async fn guarded() -> (TestApp, reqwest::Client, i64) {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let admin = app.syntho_admin().await;
    let workspace = app
        .json(&admin, Method::GET, "/api/v1/workspaces/", None)
        .await
        .json["workspaces"][0]["pk"]
        .as_i64()
        .expect("the fixture workspace");
    (app, admin, workspace)
}

/// A body the operation would accept from an authorised caller.
fn body_for(operation_id: &str) -> Option<Value> {
    let conn = |host: &str| json!({"connector_type": "postgres", "host": host, "port": 5432, "database": "d", "username": "u"});
    match operation_id {
        "list_applications" => Some(json!({"page": 0, "size": 5})),
        "workspaces_create" => Some(
            json!({"name": "Intruder", "organization": 1, "source_connection": conn("x.example.com"), "target_connection": conn("y.example.com")}),
        ),
        "workspaces_update" | "workspaces_duplicate_create" => Some(
            json!({"name": "Intruder", "source_connection": conn("x.example.com"), "target_connection": conn("y.example.com")}),
        ),
        _ => None,
    }
}

async fn attempt(
    app: &TestApp,
    op: &generated::support::Operation,
    workspace: i64,
    credentials: Option<&str>,
) -> (u16, Value, String) {
    let path = op
        .path
        .replace(
            "{id}",
            if op.path.starts_with("/admin/") {
                "68496c6bd01242b98e2f469eaa2f3465"
            } else {
                ""
            },
        )
        .replace("//", &format!("/{workspace}/"));
    let method = Method::from_bytes(op.method.as_bytes()).expect("a method");
    let answer = app
        .send_with(&client(), method, &path, |b| {
            let b = match credentials {
                Some(c) if path.starts_with("/admin/") => b.bearer_auth(c),
                Some(c) => b.header("cookie", format!("sessionid={c}")),
                None => b,
            };
            if op.operation_id.ends_with("_ssl") && op.method != "GET" {
                b.multipart(reqwest::multipart::Form::new().text("isSSL", "false"))
            } else if let Some(body) = body_for(op.operation_id) {
                b.json(&body)
            } else {
                b
            }
        })
        .await;
    (answer.status.as_u16(), answer.json, path)
}

#[tokio::test]
async fn every_secured_operation_refuses_missing_or_wrong_credentials_and_changes_nothing() {
    let (app, admin, workspace) = guarded().await;
    let before = world(&app, &admin).await;
    let operations = generated::datawiza::v1::OPERATIONS
        .iter()
        .chain(generated::syntho::v1::OPERATIONS);
    let mut checked = 0;
    for op in operations.filter(|op| op.secured) {
        for credentials in [None, Some("us_wrong_credentials")] {
            let (status, _, path) = attempt(&app, op, workspace, credentials).await;
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED.as_u16(),
                "{} {path} with {credentials:?}",
                op.method
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 2 * 12,
        "all secured operations were tried ({checked})"
    );
    assert_eq!(
        world(&app, &admin).await,
        before,
        "a refused request changed nothing"
    );
    app.stop().await;
}

/// What another user's valid session gets from each Syntho operation on the admin's
/// workspace: their own (empty) list, a 403 for creating in an organization not theirs,
/// and a 404 for the workspace, as if it did not exist. Datawiza has one kind of caller
/// (every admin API token is an administrator of the one organization), so it has no
/// other user to keep out.
fn as_another_user(operation_id: &str) -> u16 {
    match operation_id {
        "workspaces_list" => 200,
        "workspaces_create" => 403,
        "auth_destroy" => 200,
        _ => 404,
    }
}

#[tokio::test]
async fn another_users_valid_session_neither_sees_nor_changes_the_admins_workspace() {
    let (app, admin, workspace) = guarded().await;
    let before = world(&app, &admin).await;
    let mut checked = 0;
    // Signing out ends the session it is sent with, so it goes last.
    let mut operations: Vec<_> = generated::syntho::v1::OPERATIONS
        .iter()
        .filter(|op| op.secured)
        .collect();
    operations.sort_by_key(|op| op.operation_id == "auth_destroy");
    let session = outsider_session(&app).await;
    for op in operations {
        let (status, body, path) = attempt(&app, op, workspace, Some(&session)).await;
        assert_eq!(
            status,
            as_another_user(op.operation_id),
            "{} {path}: {body}",
            op.method
        );
        if op.operation_id == "workspaces_list" {
            assert_eq!(body["workspaces"], json!([]), "the admin's is not listed");
        }
        checked += 1;
    }
    assert!(checked >= 8, "every secured Syntho operation ({checked})");
    assert_eq!(world(&app, &admin).await, before, "nothing changed");
    app.stop().await;
}

/// A session key of the outsider's (the test sends it as a cookie header).
async fn outsider_session(app: &TestApp) -> String {
    let signed_in = app
        .send_with(&client(), Method::POST, "/api/v1/auth/", |b| {
            b.json(&json!({"email": "outsider@example.com", "password": "outsider-password"}))
        })
        .await;
    let cookie = signed_in.headers["set-cookie"].to_str().unwrap();
    cookie
        .strip_prefix("sessionid=")
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_string()
}
