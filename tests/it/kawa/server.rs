//! Health, the runner's health, the version kywy parses, configurations (stored by
//! `ReplaceConfiguration`) and the usage report built from what principals did.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{refused, user_with_key, ADMIN};
use crate::helpers::{client, spawn_app, ADMIN_EMAIL, ADMIN_PASSWORD};

#[tokio::test]
async fn health_and_the_runner_need_no_credentials() {
    let app = spawn_app().await;
    assert_eq!(
        app.kawa_get("/health", "").await.json,
        json!({"status": "UP"})
    );
    assert_eq!(
        app.kawa_get("/health/runner", "").await.json,
        json!({"status": "DOWN"})
    );
    app.stop().await;
}

#[tokio::test]
async fn the_version_reads_as_kywy_parses_it() {
    let app = spawn_app().await;
    let r = app
        .kawa_get("/backoffice/application-environment", ADMIN)
        .await;
    let version = r.json["version"]["version"].as_str().unwrap();
    // kywy: drop the first character, split on dots, the patch on `-`.
    let parts: Vec<&str> = version[1..].split('.').collect();
    assert!(version.starts_with('v'));
    assert_eq!(parts[0].parse::<u32>().unwrap(), 1);
    assert!(parts[1].parse::<u32>().is_ok());
    assert!(parts[2].split('-').next().unwrap().parse::<u32>().is_ok());
    app.stop().await;
}

#[tokio::test]
async fn configurations_are_for_administrators() {
    let app = spawn_app().await;
    let (_, key) = user_with_key(&app, "reader@example.com").await;
    let path = "/backoffice/configuration/ArrowFlightConfiguration";
    assert_eq!(app.kawa_get(path, ADMIN).await.json, json!({}));
    refused(
        &app.kawa_get(path, &key).await,
        StatusCode::FORBIDDEN,
        "administrators",
    );
    refused(
        &app.kawa_get("/backoffice/configuration/not-a-class", ADMIN)
            .await,
        StatusCode::NOT_FOUND,
        "",
    );
    app.stop().await;
}

/// The stored configurations, as text: what a refusal must leave as it was.
async fn configuration_rows(app: &crate::helpers::TestApp) -> Vec<String> {
    super::rows_as_text(
        app,
        &["SELECT kind, content, updated_by FROM kw_configurations ORDER BY kind"],
    )
    .await
}

#[tokio::test]
async fn a_replaced_configuration_is_what_its_type_reads_until_replaced_again() {
    let app = spawn_app().await;
    let flight = json!({"host": "flight.example.com", "port": 8815, "tls": false, "pollingIntervalSeconds": 30});
    let r = app
        .command(
            ADMIN,
            "ReplaceConfiguration",
            json!({"configurationClassSimpleName": "ArrowFlightConfiguration", "configurationContent": flight}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"configurationClassSimpleName": "ArrowFlightConfiguration", "configurationContent": flight})
    );
    let path = "/backoffice/configuration/ArrowFlightConfiguration";
    assert_eq!(app.kawa_get(path, ADMIN).await.json, flight);
    // Other types are untouched; a new document replaces the whole old one.
    let routing = "/backoffice/configuration/OpenAiModelRoutingConfiguration";
    assert_eq!(app.kawa_get(routing, ADMIN).await.json, json!({}));
    let r = app
        .command(
            ADMIN,
            "ReplaceConfiguration",
            json!({"configurationClassSimpleName": "ArrowFlightConfiguration",
                   "configurationContent": {"host": "other.example.com"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        app.kawa_get(path, ADMIN).await.json,
        json!({"host": "other.example.com"})
    );

    // Refusals: a reader (403), a workspace not the caller's (403), a name that is no
    // class name (400); nothing stored changes.
    let before = configuration_rows(&app).await;
    let (_, key) = user_with_key(&app, "reader@example.com").await;
    let params = json!({"configurationClassSimpleName": "ArrowFlightConfiguration",
                        "configurationContent": {"host": "evil.example.com"}});
    refused(
        &app.command(&key, "ReplaceConfiguration", params.clone())
            .await,
        StatusCode::FORBIDDEN,
        "Only administrators may replace configurations",
    );
    let private = super::new_workspace(&app, "Private").await;
    let body = json!({"command": "ReplaceConfiguration", "parameters": params});
    let r = app
        .kawa(
            Method::POST,
            "/commands/secured/run",
            &key,
            Some(&private),
            Some(body),
        )
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "You do not have access to workspace",
    );
    let r = app
        .command(
            ADMIN,
            "ReplaceConfiguration",
            json!({"configurationClassSimpleName": "not a class", "configurationContent": {}}),
        )
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "configurationClassSimpleName");
    assert_eq!(configuration_rows(&app).await, before);
    app.stop().await;
}

#[tokio::test]
async fn usage_reports_what_each_principal_did_in_the_period() {
    let app = spawn_app().await;
    let (bob, key) = user_with_key(&app, "bob@example.com").await;
    app.kawa_get("/backoffice/workspaces", &key).await;
    let login = json!({"credentialType": "LOGIN_AND_PASSWORD", "credentials": {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}});
    app.json(
        &client(),
        Method::POST,
        "/authentication/login",
        Some(login),
    )
    .await;
    let r = app
        .kawa_get(
            "/backoffice/usage?from=2000-01-01&to=2100-01-01&zoneId=Europe/Paris",
            ADMIN,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["zoneId"], "Europe/Paris");
    let reports = r.json["userUsageReports"].as_array().unwrap();
    let of = |id: &str| reports.iter().find(|u| u["userId"] == id).cloned();
    let admin = of("1").expect("the admin acted");
    assert_eq!(admin["numberOfLogins"], 1);
    assert!(admin["lastActivityAt"].is_string());
    let bob_report = of(&bob).expect("Bob acted");
    assert_eq!(bob_report["email"], "bob@example.com");
    assert_eq!(bob_report["numberOfLogins"], 0);
    let defaults = app.kawa_get("/backoffice/usage", ADMIN).await;
    assert_eq!(defaults.json["from"], "1980-01-01");
    assert_eq!(
        defaults.json["userUsageReports"].as_array().unwrap().len(),
        2
    );
    let past = app
        .kawa_get("/backoffice/usage?from=1990-01-01&to=1990-12-31", ADMIN)
        .await;
    assert_eq!(past.json["userUsageReports"], json!([]));
    refused(
        &app.kawa_get("/backoffice/usage?from=yesterday", ADMIN)
            .await,
        StatusCode::BAD_REQUEST,
        "from",
    );
    refused(
        &app.kawa_get("/backoffice/usage?zoneId=Mars/Olympus", ADMIN)
            .await,
        StatusCode::BAD_REQUEST,
        "zoneId",
    );
    refused(
        &app.kawa_get("/backoffice/usage", &key).await,
        StatusCode::FORBIDDEN,
        "administrators",
    );
    app.stop().await;
}
