//! `GET|POST|DELETE /api/v1/auth/`.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{client, spawn_app, ADMIN_EMAIL, ADMIN_PASSWORD};

const AUTH: &str = "/api/v1/auth/";

#[tokio::test]
async fn login_methods_need_no_session() {
    let app = spawn_app().await;
    let r = app.json(&client(), Method::GET, AUTH, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["username_password_enabled"], true);
    assert!(r.json["session_timeout"].as_i64().unwrap() > 0);
    app.stop().await;
}

#[tokio::test]
async fn signing_in_sets_an_http_only_session_cookie() {
    let app = spawn_app().await;
    let c = client();
    let r = app.syntho_login(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(r.json["new_password_required"], false);
    assert!(r.json["pk"].is_i64());
    let cookie = r.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("sessionid=")
            && cookie.contains("HttpOnly")
            && cookie.contains("Path=/"),
        "{cookie}"
    );
    let list = app.json(&c, Method::GET, "/api/v1/workspaces/", None).await;
    assert_eq!(list.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn wrong_credentials_are_a_400_with_non_field_errors() {
    let app = spawn_app().await;
    for (email, password) in [
        (ADMIN_EMAIL, "wrong-password"),
        ("nobody@example.com", ADMIN_PASSWORD),
    ] {
        let r = app
            .json(
                &client(),
                Method::POST,
                AUTH,
                Some(json!({"email": email, "password": password})),
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            r.json,
            json!({"non_field_errors": ["Unable to log in with provided credentials."]})
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn a_malformed_login_names_the_field() {
    let app = spawn_app().await;
    let short = app
        .json(
            &client(),
            Method::POST,
            AUTH,
            Some(json!({"email": ADMIN_EMAIL, "password": "short"})),
        )
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        short.json,
        json!({"password": ["Ensure this field has at least 8 characters."]})
    );
    let missing = app
        .json(
            &client(),
            Method::POST,
            AUTH,
            Some(json!({"password": ADMIN_PASSWORD})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_eq!(missing.json, json!({"email": ["This field is required."]}));
    let not_json = app
        .send_with(&client(), Method::POST, AUTH, |b| {
            b.header("content-type", "application/json").body("{nope")
        })
        .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert!(
        not_json.json["detail"]
            .as_str()
            .unwrap()
            .starts_with("JSON parse error"),
        "{}",
        not_json.text
    );
    app.stop().await;
}

#[tokio::test]
async fn a_stale_session_cookie_on_login_is_401() {
    let app = spawn_app().await;
    let r = app
        .send_with(&client(), Method::POST, AUTH, |b| {
            b.header("cookie", "sessionid=forged")
                .json(&json!({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}))
        })
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let out = app.json(&c, Method::DELETE, AUTH, None).await;
    assert_eq!(out.status, StatusCode::OK);
    assert_eq!(out.json, json!({"status": "OK"}));
    let after = app.json(&c, Method::GET, "/api/v1/workspaces/", None).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

#[tokio::test]
async fn calls_without_or_with_a_bad_session_are_401_with_detail() {
    let app = spawn_app().await;
    let none = app
        .json(&client(), Method::GET, "/api/v1/workspaces/", None)
        .await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert!(none.json["detail"].is_string());
    let bad = app
        .send_with(&client(), Method::GET, "/api/v1/workspaces/", |b| {
            b.header("cookie", "sessionid=nope")
        })
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}
