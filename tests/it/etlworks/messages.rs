//! In-app messages: a user lists their own (a password reset writes one), marks one
//! read and dismisses it; another user's message is a 404 and stays as it was.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{admin, call, refused};
use crate::helpers::{client, spawn_app, TestApp};

/// A user whose login is their email (so a reset finds them), with an API key.
async fn user(app: &TestApp, email: &str) -> String {
    let r = admin(
        app,
        Method::POST,
        "/rest/v1/users",
        Some(json!({
            "login": email, "email": email, "firstName": "T", "lastName": "U", "role": "VIEWER",
            "password": "pass-word-1", "generateApiKey": true
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["apiKey"].as_str().unwrap().to_string()
}

async fn reset(app: &TestApp, email: &str) {
    let r = app
        .send_with(&client(), Method::POST, "/rest/v1/passreset", |b| {
            b.json(&json!({"email": email}))
        })
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
}

#[tokio::test]
async fn a_user_reads_marks_and_dismisses_their_own_messages() {
    let app = spawn_app().await;
    let ann = user(&app, "ann@example.com").await;
    let bob = user(&app, "bob@example.com").await;
    reset(&app, "ann@example.com").await;
    reset(&app, "ann@example.com").await;
    reset(&app, "bob@example.com").await;

    let r = call(&app, &ann, Method::GET, "/rest/v1/messages", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "2");
    let first = &r.json[0];
    assert_eq!(first["subject"], "Reset your password");
    assert_eq!(first["severity"], "info");
    assert_eq!(first["read"], false);
    assert!(first["body"].as_str().unwrap().contains("ewr_"));
    let id = first["id"].as_i64().unwrap();
    let r = call(
        &app,
        &ann,
        Method::GET,
        "/rest/v1/messages?limit=1&offset=1",
        None,
    )
    .await;
    assert_eq!(
        (
            r.json.as_array().unwrap().len(),
            &r.headers["x-total-count"]
        ),
        (1, &"2".parse().unwrap())
    );

    let read = format!("/rest/v1/messages/{id}/read");
    let r = call(&app, &ann, Method::PUT, &read, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["read"], true);
    assert_eq!(r.json["id"], id);
    // Again: still read, nothing more.
    assert_eq!(
        call(&app, &ann, Method::PUT, &read, None).await.json["read"],
        true
    );
    let r = call(
        &app,
        &ann,
        Method::GET,
        "/rest/v1/messages?unreadOnly=true",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1");
    assert_ne!(r.json[0]["id"], id);

    // Bob cannot touch Ann's message; it stays as it was.
    let gone = format!("/rest/v1/messages/{id}");
    refused(
        &call(&app, &bob, Method::PUT, &read, None).await,
        StatusCode::NOT_FOUND,
        &read,
        "not found",
    );
    refused(
        &call(&app, &bob, Method::DELETE, &gone, None).await,
        StatusCode::NOT_FOUND,
        &gone,
        "not found",
    );
    let r = call(&app, &bob, Method::GET, "/rest/v1/messages", None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/messages", |b| b)
        .await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/messages",
        "authentication",
    );
    assert_eq!(
        call(&app, &ann, Method::GET, "/rest/v1/messages", None)
            .await
            .headers["x-total-count"],
        "2"
    );

    // Dismissed: gone from the list, a second time a 404.
    let r = call(&app, &ann, Method::DELETE, &gone, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    refused(
        &call(&app, &ann, Method::DELETE, &gone, None).await,
        StatusCode::NOT_FOUND,
        &gone,
        "not found",
    );
    let r = call(&app, &ann, Method::GET, "/rest/v1/messages", None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    // Both writes are in the audit log.
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/audit?resourceType=message",
        None,
    )
    .await;
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["delete", "read"], "{}", r.text);
    // Without the message's body: an administrator must not read a reset token there.
    for event in r.json.as_array().unwrap() {
        let r = admin(
            &app,
            Method::GET,
            &format!("/rest/v1/audit/{}", event["id"]),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!r.text.contains("ewr_"), "{}", r.text);
    }
    app.stop().await;
}
