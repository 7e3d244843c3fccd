//! Personal access tokens: missing, unknown, expired, scoped, an inactive user; and Kadi's
//! rule that any refusal to a caller without a live token is a 401.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::FIXTURES;
use crate::helpers::{spawn_app_with, ADMIN_TOKEN};

#[tokio::test]
async fn the_bootstrap_admins_token_is_a_personal_access_token() {
    let app = spawn_app_with(None).await;
    for prefix in ["/api/v1", "/api"] {
        let r = app
            .kadi(Method::GET, &format!("{prefix}/info"), ADMIN_TOKEN)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json, json!({"version": "1.13.0"}));
    }
    app.stop().await;
}

#[tokio::test]
async fn a_missing_unknown_or_malformed_token_is_kadis_401() {
    let app = spawn_app_with(None).await;
    let expected = json!({"code": 401, "message": "Unauthorized", "description": "No valid access token was supplied."});
    for token in ["", "pat_not-a-token", "Bearer"] {
        let r = app.kadi(Method::GET, "/api/v1/info", token).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert_eq!(r.json, expected);
    }
    let basic = app
        .send_with(&app.http, Method::GET, "/api/v1/info", |b| {
            b.basic_auth("admin", Some("secret"))
        })
        .await;
    assert_eq!(basic.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

#[tokio::test]
async fn an_expired_token_says_so() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let past = app.state().now_ms() - 1;
    let token = app.kadi_token("ada@example.com", &[], Some(past)).await;
    let r = app.kadi(Method::GET, "/api/v1/info", &token).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json["description"], "Access token has expired.");
    let later = app.state().now_ms() + 60_000;
    let live = app.kadi_token("ada@example.com", &[], Some(later)).await;
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/info", &live).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn a_token_without_the_scopes_an_operation_needs_gets_a_401_listing_them() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let token = app
        .kadi_token("ada@example.com", &["record.read", "user.read"], None)
        .await;
    // /info needs no scope.
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/info", &token).await.status,
        StatusCode::OK
    );
    let r = app.kadi(Method::GET, "/api/v1/trash", &token).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        r.json,
        json!({"code": 401, "message": "Unauthorized", "description": "Access token has insufficient scope.", "scopes": ["misc.manage_trash"]})
    );
    let full = app.kadi_token("ada@example.com", &[], None).await;
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/trash", &full).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn an_inactive_users_token_is_refused() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let token = app.kadi_token("gone@example.com", &[], None).await;
    let r = app.kadi(Method::GET, "/api/v1/info", &token).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

#[tokio::test]
async fn any_refusal_to_a_caller_without_a_live_token_is_a_401_and_with_one_its_own_status() {
    let app = spawn_app_with(None).await;
    let cases = [
        (Method::GET, "/api/v1/nowhere", StatusCode::NOT_FOUND),
        (Method::GET, "/api/v2/records", StatusCode::NOT_FOUND),
        (
            Method::DELETE,
            "/api/v1/info",
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (Method::GET, "/api/v1/records/abc", StatusCode::NOT_FOUND),
        (Method::POST, "/api/v1/records", StatusCode::BAD_REQUEST),
    ];
    for (method, path, with_token) in cases {
        let without = app.kadi(method.clone(), path, "").await;
        assert_eq!(without.status, StatusCode::UNAUTHORIZED, "{method} {path}");
        let wrong = app.kadi(method.clone(), path, "pat_wrong").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{method} {path}");
        let with = app.kadi(method.clone(), path, ADMIN_TOKEN).await;
        assert_eq!(with.status, with_token, "{method} {path}: {}", with.text);
        assert_eq!(with.json["code"], with_token.as_u16());
    }
    // Syntho's paths under /api keep Syntho's conventions.
    let syntho = app.kadi(Method::GET, "/api/v1/workspaces/", "").await;
    assert_eq!(
        syntho.json,
        json!({"detail": "Authentication credentials were not provided."})
    );
    app.stop().await;
}

#[tokio::test]
async fn a_declared_rate_limit_applies_to_kadi4mat_in_real_mode() {
    let app = crate::helpers::Spawn {
        rate_limits: vec!["kadi4mat=2/min".parse().unwrap()],
        ..Default::default()
    }
    .start()
    .await;
    for _ in 0..2 {
        assert_eq!(
            app.kadi(Method::GET, "/api/info", ADMIN_TOKEN).await.status,
            StatusCode::OK
        );
    }
    let r = app.kadi(Method::GET, "/api/v1/info", ADMIN_TOKEN).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers.contains_key("retry-after"));
    assert_eq!(r.json["code"], 429);
    app.stop().await;
}
