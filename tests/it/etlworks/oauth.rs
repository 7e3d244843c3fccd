//! OAuth helpers against a fake provider on 127.0.0.1 (the configured base of google,
//! salesforce and microsoft): the consent URL and its signed state, the code exchanged
//! and the tokens kept on the connection as secrets, a refresh, Salesforce's
//! username-password login and Microsoft tenant discovery. A bad, expired or foreign
//! state, a provider's refusal and an unreachable provider answer 400/400/502 in
//! Etlworks' shape and change nothing.

use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::state::Environment;

use super::receiver::{closed_url, Received, Receiver, Responder};
use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, Spawn, TestApp, START_MS};

const TENANT_ID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

fn form(r: &Received) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(&r.body);
    reqwest::Url::parse(&format!("http://x/?{text}"))
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn field<'a>(form: &'a [(String, String)], key: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

/// The fake provider: Google's token endpoint, Salesforce's and Microsoft's discovery.
fn provider() -> Responder {
    Arc::new(|r: &Received| {
        let f = form(r);
        let (status, body) = match (r.method.as_str(), r.target.as_str()) {
            ("POST", "/token") => match (
                field(&f, "grant_type"),
                field(&f, "code"),
                field(&f, "refresh_token"),
            ) {
                ("authorization_code", "good-code", _) => (
                    200,
                    json!({
                    "access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600,
                    "scope": "drive.readonly email", "token_type": "Bearer"}),
                ),
                ("refresh_token", _, "rt-1") => {
                    (200, json!({"access_token": "at-2", "expires_in": 1800}))
                }
                ("authorization_code", "broken", _) => (500, json!({"error": "server_error"})),
                _ => (
                    400,
                    json!({"error": "invalid_grant", "error_description": "Bad code"}),
                ),
            },
            ("POST", "/services/oauth2/token") => {
                if field(&f, "username") == "int@acme.com" && field(&f, "password") == "s3cretTOK" {
                    (
                        200,
                        json!({"access_token": "sf-at", "instance_url": "https://acme.my.salesforce.com",
                        "id": "https://login.salesforce.com/id/00D5g000004XyZ1/0055g00000AbCdE"}),
                    )
                } else {
                    (
                        400,
                        json!({"error": "invalid_grant", "error_description": "authentication failure"}),
                    )
                }
            }
            ("GET", "/contoso.com/v2.0/.well-known/openid-configuration") => (
                200,
                json!({
                "issuer": format!("https://login.microsoftonline.com/{TENANT_ID}/v2.0")}),
            ),
            _ => (
                400,
                json!({"error": "invalid_tenant", "error_description": "AADSTS90002: Tenant not found."}),
            ),
        };
        (status, body.to_string())
    })
}

async fn spawn(base: &str) -> (TestApp, Arc<understudy::common::clock::ManualClock>) {
    let (env, clock) = Environment::seeded(23, START_MS);
    let oauth = understudy::config::EtlworksOAuth {
        client_id: "understudy-test".into(),
        bases: ["google", "salesforce", "microsoft"]
            .into_iter()
            .map(|p| (p.to_string(), base.to_string()))
            .collect(),
        ..Default::default()
    };
    let app = Spawn {
        env,
        run_jobs: false,
        etlworks_oauth: oauth,
        ..Spawn::default()
    }
    .start()
    .await;
    (app, clock)
}

async fn http_connection(app: &TestApp, name: &str) -> i64 {
    let body = json!({"name": name, "connectionType": "connection.http", "properties": {"url": "https://example.com"}});
    let r = admin(app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

async fn properties(app: &TestApp, id: i64) -> Value {
    let r = admin(
        app,
        Method::GET,
        &format!("/rest/v1/connections/{id}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["properties"].clone()
}

async fn consent(app: &TestApp, connection: i64) -> String {
    let path = format!("/rest/v1/io/oauth/google/url?connectionId={connection}&redirectUri=https%3A%2F%2Fapp.example.com%2Fcb");
    let r = admin(app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["state"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_consent_is_exchanged_for_tokens_kept_as_secrets_and_refreshed() {
    let fake = Receiver::answering(provider()).await;
    let (app, clock) = spawn(&fake.base()).await;
    let conn = http_connection(&app, "Drive").await;

    let path = format!("/rest/v1/io/oauth/google/url?connectionId={conn}&redirectUri=https%3A%2F%2Fapp.example.com%2Fcb");
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["provider"], "google");
    let url = reqwest::Url::parse(r.json["url"].as_str().unwrap()).unwrap();
    assert!(
        url.as_str()
            .starts_with(&format!("{}/o/oauth2/v2/auth?", fake.base())),
        "{url}"
    );
    let q: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    assert_eq!(field(&q, "client_id"), "understudy-test");
    assert_eq!(field(&q, "redirect_uri"), "https://app.example.com/cb");
    assert_eq!(field(&q, "response_type"), "code");
    assert_eq!(field(&q, "state"), r.json["state"].as_str().unwrap());
    let state = r.json["state"].as_str().unwrap().to_string();

    let cb = "/rest/v1/io/oauth/google/callback";
    let body = json!({"code": "good-code", "state": state, "connectionId": conn, "redirectUri": "https://app.example.com/cb"});
    let r = admin(&app, Method::POST, cb, Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["scopes"], json!(["drive.readonly", "email"]));
    assert_eq!(r.json["expiresAt"], "2025-11-27T08:42:00Z");
    let sent = form(&fake.got()[0]);
    assert_eq!(field(&sent, "code"), "good-code");
    assert_eq!(field(&sent, "redirect_uri"), "https://app.example.com/cb");
    assert_eq!(field(&sent, "client_id"), "understudy-test");
    let props = properties(&app, conn).await;
    assert_eq!(props["accessToken"], "********");
    assert_eq!(props["refreshToken"], "********");
    assert_eq!(props["oauthProvider"], "google");
    assert!(!props.to_string().contains("at-1"), "{props}");

    // Refresh: the stored refresh token goes to the provider; it is kept when no new one comes.
    clock.advance(std::time::Duration::from_secs(60));
    let refresh = "/rest/v1/io/oauth/google/refresh";
    for _ in 0..2 {
        let r = admin(
            &app,
            Method::POST,
            refresh,
            Some(json!({"connectionId": conn})),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json["expiresAt"], "2025-11-27T08:13:00Z");
        let last = fake.got().last().cloned().unwrap();
        assert_eq!(field(&form(&last), "refresh_token"), "rt-1");
    }
    let other = http_connection(&app, "No tokens").await;
    let r = admin(
        &app,
        Method::POST,
        refresh,
        Some(json!({"connectionId": other})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, refresh, "no refresh token");
}

#[tokio::test]
async fn bad_states_refusals_and_unreachable_providers_change_nothing() {
    let fake = Receiver::answering(provider()).await;
    let (app, clock) = spawn(&fake.base()).await;
    let conn = http_connection(&app, "Drive").await;
    let other = http_connection(&app, "Other").await;
    let before = properties(&app, conn).await;
    let cb = "/rest/v1/io/oauth/google/callback";
    let state = consent(&app, conn).await;
    let salesforce_state = {
        let r = admin(&app, Method::GET, "/rest/v1/io/oauth/salesforce/url", None).await;
        r.json["state"].as_str().unwrap().to_string()
    };
    // Salesforce's claims under Google's signature.
    let (claims, _) = salesforce_state.rsplit_once('.').unwrap();
    let tampered = format!("{claims}.{}", state.rsplit_once('.').unwrap().1);

    for (body, says) in [
        (
            json!({"code": "good-code", "state": "garbage", "connectionId": conn}),
            "Field 'state'",
        ),
        (
            json!({"code": "good-code", "state": tampered, "connectionId": conn}),
            "Field 'state'",
        ),
        (
            json!({"code": "good-code", "state": state, "connectionId": other}),
            "another connection",
        ),
        (
            json!({"code": "good-code", "state": state, "connectionId": conn, "redirectUri": "https://evil.example.com/"}),
            "Field 'redirectUri'",
        ),
        (
            json!({"code": "nope", "state": state, "connectionId": conn}),
            "invalid_grant: Bad code",
        ),
    ] {
        refused(
            &admin(&app, Method::POST, cb, Some(body)).await,
            StatusCode::BAD_REQUEST,
            cb,
            says,
        );
    }
    let body = json!({"code": "good-code", "state": salesforce_state, "connectionId": conn});
    refused(
        &admin(&app, Method::POST, cb, Some(body)).await,
        StatusCode::BAD_REQUEST,
        cb,
        "provider salesforce",
    );
    let body = json!({"code": "broken", "state": state, "connectionId": conn});
    refused(
        &admin(&app, Method::POST, cb, Some(body)).await,
        StatusCode::BAD_GATEWAY,
        cb,
        "could not be reached",
    );
    assert_eq!(
        fake.got().len(),
        2,
        "only the two exchanges with a good state reached the provider"
    );

    // Roles, tenants, tokens.
    let (_, viewer) = user_with_key(&app, "vi", "VIEWER", None).await;
    let url = format!("/rest/v1/io/oauth/google/url?connectionId={conn}");
    refused(
        &call(&app, &viewer, Method::GET, &url, None).await,
        StatusCode::FORBIDDEN,
        "/rest/v1/io/oauth/google/url",
        "",
    );
    let r = app.send_with(&client(), Method::GET, &url, |b| b).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let missing = "/rest/v1/io/oauth/google/url?connectionId=999";
    refused(
        &admin(&app, Method::GET, missing, None).await,
        StatusCode::NOT_FOUND,
        "/rest/v1/io/oauth/google/url",
        "not found",
    );
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/io/oauth/google/url?redirectUri=ftp%3A%2F%2Fx",
        None,
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/io/oauth/google/url",
        "redirectUri",
    );

    // Expired.
    clock.advance(std::time::Duration::from_secs(11 * 60));
    let body = json!({"code": "good-code", "state": state, "connectionId": conn});
    refused(
        &admin(&app, Method::POST, cb, Some(body)).await,
        StatusCode::BAD_REQUEST,
        cb,
        "expired",
    );
    assert_eq!(properties(&app, conn).await, before);

    // Unreachable.
    let closed = closed_url().await.trim_end_matches("/hook").to_string();
    let (down, _) = spawn(&closed).await;
    let conn = http_connection(&down, "Drive").await;
    let state = consent(&down, conn).await;
    let body = json!({"code": "good-code", "state": state, "connectionId": conn});
    refused(
        &admin(&down, Method::POST, cb, Some(body)).await,
        StatusCode::BAD_GATEWAY,
        cb,
        "Provider google could not be reached",
    );
    let tenant = "/rest/v1/microsoft/tenant";
    refused(
        &admin(
            &down,
            Method::GET,
            &format!("{tenant}?domain=contoso.com"),
            None,
        )
        .await,
        StatusCode::BAD_GATEWAY,
        tenant,
        "could not be reached",
    );
}

#[tokio::test]
async fn salesforce_login_and_microsoft_tenant_ask_the_provider() {
    let fake = Receiver::answering(provider()).await;
    let (app, _clock) = spawn(&fake.base()).await;
    let conn = http_connection(&app, "SF").await;
    let login = "/rest/v1/salesforce/login";
    let body = json!({"username": "int@acme.com", "password": "s3cret", "securityToken": "TOK", "connectionId": conn});
    let r = admin(&app, Method::POST, login, Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"instanceUrl": "https://acme.my.salesforce.com", "organizationId": "00D5g000004XyZ1",
            "userId": "0055g00000AbCdE", "connectionId": conn})
    );
    assert_eq!(fake.got()[0].target, "/services/oauth2/token");
    let props = properties(&app, conn).await;
    assert_eq!(
        (props["accessToken"].clone(), props["instanceUrl"].clone()),
        (json!("********"), json!("https://acme.my.salesforce.com"))
    );

    let other = http_connection(&app, "Other").await;
    let before = properties(&app, other).await;
    let body = json!({"username": "int@acme.com", "password": "wrong", "connectionId": other});
    refused(
        &admin(&app, Method::POST, login, Some(body)).await,
        StatusCode::BAD_REQUEST,
        login,
        "authentication failure",
    );
    assert_eq!(properties(&app, other).await, before);
    let body = json!({"username": "int@acme.com", "password": "s3cret", "connectionId": 999});
    refused(
        &admin(&app, Method::POST, login, Some(body)).await,
        StatusCode::NOT_FOUND,
        login,
        "not found",
    );

    let tenant = "/rest/v1/microsoft/tenant";
    let r = admin(
        &app,
        Method::GET,
        &format!("{tenant}?domain=Contoso.com"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["tenantId"], TENANT_ID);
    assert_eq!(r.json["domain"], "contoso.com");
    assert_eq!(r.json["authority"], format!("{}/{TENANT_ID}", fake.base()));
    let r = admin(
        &app,
        Method::GET,
        &format!("{tenant}?domain=unknown.example"),
        None,
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, tenant, "AADSTS90002");
    let r = admin(
        &app,
        Method::GET,
        &format!("{tenant}?domain=a%2F..%2Fb"),
        None,
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, tenant, "not a domain name");
}
