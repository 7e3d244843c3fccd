//! TOTP two-factor sign-in: enrolling with a code from the secret, a sign-in that then
//! needs a code, and turning it off.

use reqwest::{Method, StatusCode};
use serde_json::json;
use understudy::surfaces::etlworks::auth::totp;

use super::{call, refused, sign_in, user_with_key};
use crate::helpers::{spawn_stopped_clock, START_MS};

/// The code an authenticator app shows for `secret` at the test clock's start.
fn code(secret: &str) -> String {
    let raw = data_encoding::BASE32_NOPAD
        .decode(secret.as_bytes())
        .unwrap();
    totp::code_at(&raw, START_MS)
}

#[tokio::test]
async fn enrolling_then_signing_in_needs_the_code() {
    let (app, _clock) = spawn_stopped_clock(5, None).await;
    let (_, key) = user_with_key(&app, "sec", "EDITOR", None).await;
    let r = call(&app, &key, Method::GET, "/rest/v1/2fa", None).await;
    assert_eq!(r.json["enabled"], false);
    let r = call(
        &app,
        &key,
        Method::POST,
        "/rest/v1/2fa/verify",
        Some(json!({"code": "123456"})),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/2fa/verify", "enroll");
    let r = call(&app, &key, Method::POST, "/rest/v1/2fa/enroll", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let secret = r.json["secret"].as_str().unwrap().to_string();
    assert!(r.json["otpauthUrl"].as_str().unwrap().contains(&secret));
    assert!(r.json["qrCode"]
        .as_str()
        .unwrap()
        .starts_with("data:image/png;base64,iVBORw0KGgo"));
    let wrong = if code(&secret) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let r = call(
        &app,
        &key,
        Method::POST,
        "/rest/v1/2fa/verify",
        Some(json!({"code": wrong})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["verified"], false);
    assert_eq!(r.json["enabled"], false, "a wrong code turns nothing on");
    let r = call(
        &app,
        &key,
        Method::POST,
        "/rest/v1/2fa/verify",
        Some(json!({"code": code(&secret)})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["enabled"], true);
    let r = call(&app, &key, Method::POST, "/rest/v1/2fa/enroll", None).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Signing in now answers a token that only verifies a code.
    let r = sign_in(&app, "sec", "pass-word-1").await;
    assert_eq!(r.json["twoFactorRequired"], true, "{}", r.text);
    let pending = r.json["token"].as_str().unwrap().to_string();
    let r = call(&app, &pending, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "2fa/verify",
    );
    let r = call(
        &app,
        &pending,
        Method::POST,
        "/rest/v1/2fa/verify",
        Some(json!({"code": wrong})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = call(
        &app,
        &pending,
        Method::POST,
        "/rest/v1/2fa/verify",
        Some(json!({"code": code(&secret)})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let full = r.json["token"].as_str().unwrap().to_string();
    assert_eq!(
        call(&app, &full, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );

    let r = call(&app, &full, Method::DELETE, "/rest/v1/2fa", None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        sign_in(&app, "sec", "pass-word-1").await.json["twoFactorRequired"],
        false
    );
    app.stop().await;
}
