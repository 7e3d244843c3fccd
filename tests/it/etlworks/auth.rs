//! Signing in: JWTs from `token-auth` (and its legacy path), API keys, refresh, sign-out,
//! expiry on the server's clock, tampered tokens and Basic auth refused.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{admin, admin_jwt, call, refused, sign_in, user_with_key};
use crate::helpers::{
    client, spawn_app, spawn_stopped_clock, ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_TOKEN,
};

#[tokio::test]
async fn the_bootstrap_admin_signs_in_with_email_and_password_and_the_jwt_works() {
    let app = spawn_app().await;
    let token = admin_jwt(&app).await;
    assert_eq!(token.split('.').count(), 3, "a JWT: {token}");
    let me = call(&app, &token, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text);
    assert_eq!(me.json["email"], ADMIN_EMAIL);
    assert_eq!(me.json["role"], "SUPER_ADMIN");
    assert_eq!(me.json["tenantName"], "default");
    // The legacy path answers the same kind of token.
    let legacy = app
        .send_with(&client(), Method::POST, "/rest/v1/token-auth/issue", |b| {
            b.json(&json!({"login": ADMIN_EMAIL, "password": ADMIN_PASSWORD}))
        })
        .await;
    assert_eq!(legacy.status, StatusCode::OK, "{}", legacy.text);
    // The admin's API key is UNDERSTUDY_ADMIN_TOKEN.
    let by_key = admin(&app, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(by_key.json["login"], me.json["login"]);
    app.stop().await;
}

#[tokio::test]
async fn wrong_credentials_tampered_tokens_and_basic_auth_are_etlworks_401s() {
    let app = spawn_app().await;
    let r = sign_in(&app, ADMIN_EMAIL, "not-the-password").await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/token-auth",
        "Invalid login or password",
    );
    let r = sign_in(&app, "nobody", "whatever-1").await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/token-auth",
        "Invalid login or password",
    );
    let token = admin_jwt(&app).await;
    // Change one character of the signature.
    let mut tampered = token.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    let r = call(&app, &tampered, Method::GET, "/rest/v1/users", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/users",
        "Invalid token",
    );
    let r = call(&app, "ewk_not-a-key", Method::GET, "/rest/v1/users", None).await;
    refused(&r, StatusCode::UNAUTHORIZED, "/rest/v1/users", "");
    let basic = app
        .send_with(&client(), Method::GET, "/rest/v1/users", |b| {
            b.basic_auth(ADMIN_EMAIL, Some(ADMIN_PASSWORD))
        })
        .await;
    refused(&basic, StatusCode::UNAUTHORIZED, "/rest/v1/users", "");
    let none = app
        .send_with(&client(), Method::GET, "/rest/v1/users", |b| b)
        .await;
    refused(&none, StatusCode::UNAUTHORIZED, "/rest/v1/users", "");
    app.stop().await;
}

#[tokio::test]
async fn a_jwt_expires_after_24_hours_of_the_servers_clock_and_refresh_extends_it() {
    let (app, clock) = spawn_stopped_clock(7, None).await;
    let token = admin_jwt(&app).await;
    clock.advance(std::time::Duration::from_secs(23 * 3600));
    let refreshed = call(
        &app,
        &token,
        Method::POST,
        "/rest/v1/token-auth/refresh",
        None,
    )
    .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.text);
    let fresh = refreshed.json["token"].as_str().unwrap().to_string();
    assert_ne!(fresh, token);
    clock.advance(std::time::Duration::from_secs(2 * 3600));
    let r = call(&app, &token, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "expired",
    );
    let r = call(&app, &fresh, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    app.stop().await;
}

#[tokio::test]
async fn sign_out_ends_that_token_only() {
    let app = spawn_app().await;
    let first = admin_jwt(&app).await;
    let second = admin_jwt(&app).await;
    let r = call(
        &app,
        &first,
        Method::POST,
        "/rest/v1/token-auth/logout",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = call(&app, &first, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "signed out",
    );
    let r = call(&app, &second, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(r.status, StatusCode::OK);
    // An API key is not a session: signing out with one changes nothing.
    let r = call(
        &app,
        ADMIN_TOKEN,
        Method::POST,
        "/rest/v1/token-auth/logout",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        admin(&app, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn api_users_may_sign_in_but_call_no_built_in_api() {
    let app = spawn_app().await;
    let (_, key) = user_with_key(&app, "robot", "API_USER", None).await;
    let r = call(&app, &key, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "/rest/v1/userprofile",
        "user-defined listener APIs",
    );
    let signed = sign_in(&app, "robot", "pass-word-1").await;
    assert_eq!(signed.status, StatusCode::OK, "{}", signed.text);
    let jwt = signed.json["token"].as_str().unwrap();
    let r = call(&app, jwt, Method::GET, "/rest/v1/users", None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn a_changed_password_works_at_once_and_a_reset_ends_every_token() {
    let app = spawn_app().await;
    let (id, key) = user_with_key(&app, "ada", "EDITOR", None).await;
    let jwt = sign_in(&app, "ada", "pass-word-1").await.json["token"]
        .as_str()
        .unwrap()
        .to_string();
    let body = json!({"currentPassword": "wrong-password", "newPassword": "n3w-Passw0rd!"});
    let r = call(&app, &jwt, Method::POST, "/rest/v1/passupdate", Some(body)).await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "/rest/v1/passupdate",
        "currentPassword",
    );
    let body = json!({"currentPassword": "pass-word-1", "newPassword": "n3w-Passw0rd!"});
    let r = call(&app, &jwt, Method::POST, "/rest/v1/passupdate", Some(body)).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    assert_eq!(
        sign_in(&app, "ada", "pass-word-1").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&app, "ada", "n3w-Passw0rd!").await.status,
        StatusCode::OK
    );

    // A reset: the token arrives in the user's in-app messages.
    let r = app
        .send_with(&client(), Method::POST, "/rest/v1/passreset", |b| {
            b.json(&json!({"email": "ada@example.com"}))
        })
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    // An unknown address is answered the same way.
    let r = app
        .send_with(&client(), Method::POST, "/rest/v1/passreset", |b| {
            b.json(&json!({"email": "nobody@example.com"}))
        })
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let token = reset_token_of(&app, id as i32).await;
    let confirm = |token: String| {
        let app = &app;
        async move {
            app.send_with(&client(), Method::POST, "/rest/v1/passreset/confirm", |b| {
                b.json(&json!({"token": token, "newPassword": "after-reset-1"}))
            })
            .await
        }
    };
    let r = confirm("ewr_forged".into()).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/passreset/confirm",
        "not found or expired",
    );
    let r = confirm(token.clone()).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    // Once only.
    assert_eq!(confirm(token).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        sign_in(&app, "ada", "after-reset-1").await.status,
        StatusCode::OK
    );
    // The JWT issued before the reset stops working; the API key does not (it is not a session).
    let r = call(&app, &jwt, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "no longer valid",
    );
    assert_eq!(
        call(&app, &key, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );
    app.stop().await;
}

/// The reset token in the newest message of user `id`.
async fn reset_token_of(app: &crate::helpers::TestApp, id: i32) -> String {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use understudy::store::entities::et_message;
    let message = et_message::Entity::find()
        .filter(et_message::Column::UserId.eq(id))
        .order_by_desc(et_message::Column::Id)
        .one(&app.state().db)
        .await
        .unwrap()
        .expect("a reset message");
    message
        .body
        .split_whitespace()
        .find(|w| w.starts_with("ewr_"))
        .expect("a token in the message")
        .to_string()
}

#[tokio::test]
async fn sso_redirects_to_the_tenants_identity_provider() {
    let app = spawn_app().await;
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/sso/login", |b| b)
        .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/sso/login",
        "not configured",
    );
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme", "ssoUrl": "https://idp.example.com/saml/acme"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/sso/login", |b| b)
        .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/sso/login",
        "tenant default",
    );
    let r = app
        .send_with(
            &client(),
            Method::GET,
            "/rest/v1/sso/login?tenant=acme&redirect=https%3A%2F%2Fapp.example.com%2F",
            |b| b,
        )
        .await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.text);
    assert_eq!(
        r.headers["location"],
        "https://idp.example.com/saml/acme?RelayState=https%3A%2F%2Fapp.example.com%2F"
    );
    let r = app
        .send_with(
            &client(),
            Method::GET,
            "/rest/v1/sso/login?tenant=nope",
            |b| b,
        )
        .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/sso/login",
        "Tenant nope",
    );
    app.stop().await;
}
