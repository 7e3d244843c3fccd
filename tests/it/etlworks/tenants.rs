//! Tenants: a super admin creates, edits and switches between them; everyone else sees
//! only their own; another tenant's users and tenant are 404s; an inactive tenant's
//! users are refused at once.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{admin, admin_jwt, call, refused, sign_in, user_with_key};
use crate::helpers::spawn_app;

#[tokio::test]
async fn tenants_isolate_their_users() {
    let app = spawn_app().await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme", "description": "Acme"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let acme = r.json["id"].as_i64().unwrap();
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/tenants", "acme");
    let (_, acme_admin) = user_with_key(&app, "acme-admin", "ADMINISTRATOR", Some(acme)).await;
    let (home_id, home_admin) = user_with_key(&app, "home-admin", "ADMINISTRATOR", None).await;

    // Each administrator lists only their tenant's users and sees only their tenant.
    let r = call(&app, &acme_admin, Method::GET, "/rest/v1/users", None).await;
    assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);
    let r = call(
        &app,
        &acme_admin,
        Method::GET,
        &format!("/rest/v1/users/{home_id}"),
        None,
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("/rest/v1/users/{home_id}"),
        "not found",
    );
    let r = call(&app, &acme_admin, Method::GET, "/rest/v1/tenants", None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(r.json[0]["name"], "acme");
    assert_eq!(r.json[0]["userCount"], 1);
    let r = call(
        &app,
        &home_admin,
        Method::GET,
        &format!("/rest/v1/tenants/{acme}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Only a super admin makes tenants, or users in another tenant.
    let r = call(
        &app,
        &acme_admin,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "other"})),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/tenants", "Super Admin");
    let body = json!({"login": "sneaky", "email": "sneaky@example.com", "role": "VIEWER", "password": "pass-word-1", "tenantId": 1});
    let r = call(
        &app,
        &acme_admin,
        Method::POST,
        "/rest/v1/users",
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    // The super admin sees both.
    let r = admin(&app, Method::GET, "/rest/v1/tenants", None).await;
    assert_eq!(r.headers["x-total-count"], "2");
    app.stop().await;
}

#[tokio::test]
async fn a_super_admin_switches_tenant_with_a_token_and_their_api_key_follows() {
    let app = spawn_app().await;
    let acme = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await
    .json["id"]
        .as_i64()
        .unwrap();
    user_with_key(&app, "in-acme", "VIEWER", Some(acme)).await;
    let jwt = admin_jwt(&app).await;
    let path = format!("/rest/v1/token-auth/tenants/{acme}");
    let r = call(&app, &jwt, Method::POST, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let in_acme = r.json["token"].as_str().unwrap().to_string();
    let me = call(&app, &in_acme, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(me.json["tenantName"], "acme");
    let r = call(
        &app,
        &in_acme,
        Method::GET,
        "/rest/v1/users?role=VIEWER",
        None,
    )
    .await;
    assert_eq!(r.json[0]["login"], "in-acme", "{}", r.text);
    // The API key acts where the super admin last switched to.
    let me = admin(&app, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(me.json["tenantName"], "acme");
    let r = admin(&app, Method::POST, "/rest/v1/tenants/1/switch", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        admin(&app, Method::GET, "/rest/v1/userprofile", None)
            .await
            .json["tenantName"],
        "default"
    );
    // Anyone else switches only to their own tenant.
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = call(
        &app,
        &viewer,
        Method::POST,
        &format!("/rest/v1/tenants/{acme}/switch"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/tenants/999/switch",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn an_inactive_tenants_users_are_refused_at_once() {
    let app = spawn_app().await;
    let acme = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await
    .json["id"]
        .as_i64()
        .unwrap();
    let (_, key) = user_with_key(&app, "worker", "EDITOR", Some(acme)).await;
    let path = format!("/rest/v1/tenants/{acme}");
    let r = admin(&app, Method::PUT, &path, Some(json!({"active": false}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["active"], false);
    let r = call(&app, &key, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "inactive",
    );
    assert_eq!(
        sign_in(&app, "worker", "pass-word-1").await.status,
        StatusCode::UNAUTHORIZED
    );
    let r = admin(
        &app,
        Method::PUT,
        &path,
        Some(json!({"ssoUrl": "not a uri"})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, &path, "ssoUrl");
    admin(&app, Method::PUT, &path, Some(json!({"active": true}))).await;
    assert_eq!(
        call(&app, &key, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );
    let r = call(
        &app,
        &key,
        Method::PUT,
        &path,
        Some(json!({"active": false})),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}
