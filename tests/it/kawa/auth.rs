//! Signing in (`POST /authentication/login` → the `accessToken` cookie), API keys, who
//! the caller is, and credentials that stop or start working at once.

use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use understudy::store::entities::api_token;
use understudy::surfaces::accounts::{self, Product, TokenSpec};

use super::{key_of, new_user, refused, user_with_key, ADMIN};
use crate::helpers::{client, spawn_app, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD};

fn login_body(email: &str, password: &str) -> Value {
    json!({"credentialType": "LOGIN_AND_PASSWORD", "credentials": {"email": email, "password": password}})
}

/// Signs in with a fresh client; the answer and the `accessToken` cookie it set.
async fn login(
    app: &TestApp,
    email: &str,
    password: &str,
) -> (crate::helpers::Answer, Option<String>) {
    let r = app
        .json(
            &client(),
            Method::POST,
            "/authentication/login",
            Some(login_body(email, password)),
        )
        .await;
    let cookie = r
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("accessToken="))
        .map(|v| v.split(';').next().unwrap_or_default().to_string());
    (r, cookie)
}

/// `GET /authentication/current-user` with `Cookie: <cookie>`.
async fn current_user_with_cookie(app: &TestApp, cookie: &str) -> crate::helpers::Answer {
    let plain = reqwest::Client::new();
    app.send_with(&plain, Method::GET, "/authentication/current-user", |b| {
        b.header("cookie", cookie)
    })
    .await
}

#[tokio::test]
async fn a_login_sets_the_access_token_cookie_which_authenticates_even_when_sent_twice() {
    let app = spawn_app().await;
    let (r, cookie) = login(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["email"], ADMIN_EMAIL);
    assert!(
        r.json.get("error").is_none(),
        "kywy reads `error` as a failure"
    );
    let cookie = cookie.expect("an accessToken cookie");
    let me = current_user_with_cookie(&app, &format!("accessToken={cookie}")).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    assert_eq!(me.json["currentWorkspaceId"], "1");
    // kywy merges its session jar with explicit cookies: the cookie comes twice.
    let twice = format!("accessToken={cookie}; accessToken={cookie}");
    let me = current_user_with_cookie(&app, &twice).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    let forged = current_user_with_cookie(&app, "accessToken=forged").await;
    refused(&forged, StatusCode::UNAUTHORIZED, "");
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_password_or_an_unknown_email_sets_no_cookie_and_is_401_in_kawas_shape() {
    let app = spawn_app().await;
    for (email, password) in [(ADMIN_EMAIL, "wrong-password"), ("nobody@example.com", "x")] {
        let (r, cookie) = login(&app, email, password).await;
        refused(&r, StatusCode::UNAUTHORIZED, "Invalid email or password");
        assert_eq!(r.json["path"], "/authentication/login");
        assert!(cookie.is_none());
    }
    let malformed = app
        .json(
            &client(),
            Method::POST,
            "/authentication/login",
            Some(json!({"credentials": {}})),
        )
        .await;
    refused(&malformed, StatusCode::BAD_REQUEST, "");
    app.stop().await;
}

#[tokio::test]
async fn the_bootstrap_admin_has_a_key_and_a_current_workspace() {
    let app = spawn_app().await;
    let me = app.kawa_get("/authentication/current-user", ADMIN).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    assert_eq!(me.json["role"], "ADMIN_ROLE");
    assert_eq!(me.json["currentWorkspaceId"], "1");
    let ws = app.kawa_get("/backoffice/workspaces/1", ADMIN).await;
    assert_eq!(ws.json["isPublic"], true);
    assert_eq!(ws.json["members"][0]["principalId"], me.json["id"]);
    let none = app.kawa_get("/authentication/current-user", "").await;
    refused(&none, StatusCode::UNAUTHORIZED, "x-kawa-api-key");
    let wrong = app
        .kawa_get("/authentication/current-user", "kawa_wrong")
        .await;
    refused(&wrong, StatusCode::UNAUTHORIZED, "");
    app.stop().await;
}

#[tokio::test]
async fn keys_are_stored_hashed_and_the_cli_mints_them_too() {
    let app = spawn_app().await;
    let (id, key) = user_with_key(&app, "ada@example.com").await;
    assert!(key.starts_with("kawa_"));
    let stored = api_token::Entity::find()
        .filter(api_token::Column::Product.eq("kawa"))
        .all(&app.state().db)
        .await
        .unwrap();
    assert!(stored
        .iter()
        .all(|t| t.token_digest != key && t.token_digest.len() == 64));
    let me = app.kawa_get("/authentication/current-user", &key).await;
    assert_eq!(me.json["id"], id.as_str());
    // What `understudy admin create-token --product kawa` does.
    let minted = accounts::create_token(
        app.state(),
        "ada@example.com",
        Product::Kawa,
        TokenSpec::default(),
    )
    .await
    .unwrap();
    let me = app
        .kawa_get("/authentication/current-user", minted.expose())
        .await;
    assert_eq!(me.json["id"], id.as_str());
    app.stop().await;
}

#[tokio::test]
async fn a_deactivated_principal_is_refused_at_once_and_works_again_after_reactivation() {
    let app = spawn_app().await;
    let id = new_user(&app, "bob@example.com", "bob-password").await;
    let key = key_of(&app, &id).await;
    let (_, cookie) = login(&app, "bob@example.com", "bob-password").await;
    let cookie = format!("accessToken={}", cookie.unwrap());
    let status = |active: bool| json!({"principalId": id, "active": active});
    let r = app.command(ADMIN, "ReplaceUserStatus", status(false)).await;
    assert_eq!(r.json["status"], "INACTIVE", "{}", r.text);
    refused(
        &app.kawa_get("/authentication/current-user", &key).await,
        StatusCode::UNAUTHORIZED,
        "deactivated",
    );
    refused(
        &current_user_with_cookie(&app, &cookie).await,
        StatusCode::UNAUTHORIZED,
        "deactivated",
    );
    let (again, set) = login(&app, "bob@example.com", "bob-password").await;
    refused(&again, StatusCode::UNAUTHORIZED, "deactivated");
    assert!(set.is_none());
    let r = app.command(ADMIN, "ReplaceUserStatus", status(true)).await;
    assert_eq!(r.json["status"], "ACTIVE");
    assert_eq!(
        app.kawa_get("/authentication/current-user", &key)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        current_user_with_cookie(&app, &cookie).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn a_changed_password_signs_in_at_once_and_the_old_one_no_longer_does() {
    let app = spawn_app().await;
    let id = new_user(&app, "carol@example.com", "first-password").await;
    let r = app
        .command(
            ADMIN,
            "AdminChangeUserPassword",
            json!({"principalId": id, "newPassword": "second-password"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        login(&app, "carol@example.com", "second-password")
            .await
            .0
            .status,
        StatusCode::OK
    );
    let (old, _) = login(&app, "carol@example.com", "first-password").await;
    refused(&old, StatusCode::UNAUTHORIZED, "Invalid");
    let unknown = app
        .command(
            ADMIN,
            "AdminChangeUserPassword",
            json!({"principalId": "999", "newPassword": "x"}),
        )
        .await;
    refused(&unknown, StatusCode::NOT_FOUND, "No principal with id 999");
    app.stop().await;
}

#[tokio::test]
async fn the_doubled_slash_kywy_sends_reaches_the_command_bus() {
    let app = spawn_app().await;
    for path in ["//commands/secured/run", "/commands/secured/run"] {
        let body = json!({"command": "ToggleWorkspaceVisibility", "parameters": {"workspaceId": "1", "isPublic": true}});
        let r = app
            .kawa(Method::POST, path, ADMIN, Some("1"), Some(body))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
    }
    app.stop().await;
}
