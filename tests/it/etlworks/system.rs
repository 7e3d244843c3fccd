//! System info and health, modules, and tenant settings: the version and uptime on the
//! server's clock, a health probe that needs no token and answers 503 once the database
//! is gone, modules derived from what real mode serves, and settings that default, are
//! replaced by an Administrator only (checked field by field, audited) and drive the
//! recycle bin's and the executions' and audit log's retention.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::surfaces::etlworks::operations::retention;

use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, spawn_app, spawn_stopped_clock, START_MS};

#[tokio::test]
async fn system_info_reports_the_version_and_the_uptime_on_the_servers_clock() {
    let (app, clock) = spawn_stopped_clock(31, None).await;
    let r = admin(&app, Method::GET, "/rest/v1/system/info", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(r.json["deploymentMode"], "on-prem");
    assert_eq!(r.json["startedAt"], "2025-11-27T07:42:00Z");
    assert_eq!(r.json["uptimeSeconds"], 0);
    clock.advance(Duration::from_secs(90));
    let r = admin(&app, Method::GET, "/rest/v1/system/info", None).await;
    assert_eq!(r.json["uptimeSeconds"], 90);
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/system/info", |b| b)
        .await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/system/info",
        "authentication",
    );
    app.stop().await;
}

#[tokio::test]
async fn health_needs_no_token_and_answers_503_once_the_database_is_gone() {
    let (app, _clock) = spawn_stopped_clock(32, None).await;
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/system/health", |b| b)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"status": "UP", "timestamp": "2025-11-27T07:42:00Z"})
    );
    // Closing a handle closes the pool every handle shares: the database is gone.
    app.state()
        .db
        .clone()
        .close()
        .await
        .expect("the pool closes");
    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/system/health", |b| b)
        .await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.text);
    assert_eq!(r.json["status"], "DOWN");
    assert_eq!(r.json["timestamp"], "2025-11-27T07:42:00Z");
    app.stop().await;
}

#[tokio::test]
async fn modules_follow_the_served_tags_and_the_connectors_understudy_can_reach() {
    let app = spawn_app().await;
    let (_, viewer) = user_with_key(&app, "mod-viewer", "VIEWER", None).await;
    let r = call(&app, &viewer, Method::GET, "/rest/v1/modules", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let modules = r.json.as_array().expect("a list");
    let enabled = |name: &str| {
        modules
            .iter()
            .find(|m| m["name"] == name)
            .unwrap_or_else(|| panic!("module {name} in {modules:?}"))["enabled"]
            .clone()
    };
    assert_eq!(enabled("system-operations"), json!(true));
    assert_eq!(enabled("flows"), json!(true));
    assert_eq!(enabled("connectors-database"), json!(true));
    assert_eq!(enabled("connectors-saas"), json!(false));
    let served = understudy::surfaces::etlworks::SERVED_TAGS;
    let tag_modules: Vec<&Value> = modules
        .iter()
        .filter(|m| !m["name"].as_str().unwrap().starts_with("connectors-"))
        .collect();
    for m in &tag_modules {
        let title = m["title"].as_str().unwrap();
        assert_eq!(m["enabled"], served.contains(&title), "{m}");
        assert_eq!(m["version"], env!("CARGO_PKG_VERSION"));
    }
    assert_eq!(
        tag_modules.iter().filter(|m| m["enabled"] == true).count(),
        served.len()
    );
    app.stop().await;
}

fn settings_body(bin_days: i64) -> Value {
    json!({
        "auditRetentionDays": 100, "executionRetentionDays": 10,
        "recycleBinRetentionDays": bin_days, "defaultTimeZone": "Europe/Paris",
        "defaultLocale": "fr-FR", "maxParallelFlows": 4,
        "branding": {"companyName": "Acme Corp", "logoUrl": "https://cdn.example.com/a.png",
                     "primaryColor": "#00aa11"}
    })
}

#[tokio::test]
async fn settings_default_then_an_administrator_replaces_them_and_the_write_is_audited() {
    let app = spawn_app().await;
    let (_, editor) = user_with_key(&app, "set-editor", "EDITOR", None).await;
    let tenant = admin(&app, Method::GET, "/rest/v1/tenants/1", None).await;
    let r = call(&app, &editor, Method::GET, "/rest/v1/settings", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let defaults = json!({
        "auditRetentionDays": 365, "executionRetentionDays": 30, "recycleBinRetentionDays": 90,
        "defaultTimeZone": "UTC", "defaultLocale": "en-US", "maxParallelFlows": 10,
        "branding": {"companyName": tenant.json["name"], "logoUrl": null, "primaryColor": "#1f6feb"}
    });
    assert_eq!(r.json, defaults);
    // An Editor may not change them: nothing changes.
    let r = call(
        &app,
        &editor,
        Method::PUT,
        "/rest/v1/settings",
        Some(settings_body(5)),
    )
    .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "/rest/v1/settings",
        "Administrator",
    );
    // Bad fields are named; nothing changes.
    for (field, value, says) in [
        (
            "defaultTimeZone",
            json!("Mars/Olympus"),
            "Field 'defaultTimeZone'",
        ),
        (
            "defaultLocale",
            json!("not a locale"),
            "Field 'defaultLocale'",
        ),
        (
            "recycleBinRetentionDays",
            json!(0),
            "recycleBinRetentionDays",
        ),
        (
            "executionRetentionDays",
            json!(1_000_000),
            "Field 'executionRetentionDays'",
        ),
    ] {
        let mut body = settings_body(5);
        body[field] = value;
        let r = admin(&app, Method::PUT, "/rest/v1/settings", Some(body)).await;
        refused(&r, StatusCode::BAD_REQUEST, "/rest/v1/settings", says);
    }
    let mut body = settings_body(5);
    body["branding"]["logoUrl"] = json!("ftp://example.com/logo.png");
    let r = admin(&app, Method::PUT, "/rest/v1/settings", Some(body)).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/settings",
        "branding.logoUrl",
    );
    let r = admin(&app, Method::GET, "/rest/v1/settings", None).await;
    assert_eq!(r.json, defaults, "nothing changed");
    // The administrator replaces them; every role reads the new ones.
    let r = admin(
        &app,
        Method::PUT,
        "/rest/v1/settings",
        Some(settings_body(5)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json, settings_body(5));
    let r = call(&app, &editor, Method::GET, "/rest/v1/settings", None).await;
    assert_eq!(r.json, settings_body(5));
    let r = admin(
        &app,
        Method::GET,
        "/rest/v1/audit?resourceType=settings",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let events = r.json.as_array().expect("events");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["action"], "update");
    app.stop().await;
}

#[tokio::test]
async fn the_recycle_bin_keeps_what_is_deleted_for_the_tenants_retention() {
    let app = spawn_app().await;
    let r = admin(
        &app,
        Method::PUT,
        "/rest/v1/settings",
        Some(settings_body(5)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let body = json!({"name": "short-lived", "url": "https://example.com/hook", "events": ["Flow.Executed"]});
    let r = admin(&app, Method::POST, "/rest/v1/webhooks", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json["id"].as_i64().unwrap();
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/webhooks/{id}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = admin(&app, Method::GET, "/rest/v1/recycle-bin", None).await;
    let entry = &r.json[0];
    let at = |field: &str| {
        chrono::DateTime::parse_from_rfc3339(entry[field].as_str().unwrap())
            .unwrap()
            .timestamp()
    };
    assert_eq!(at("expiresAt") - at("deletedAt"), 5 * 24 * 3600, "{entry}");
    app.stop().await;
}

/// An ended execution of flow 1 in tenant 1, queued at `at`.
pub async fn ended_execution(app: &crate::helpers::TestApp, at: i64, status: &str) -> i32 {
    ended_execution_of(app, 1, at, status).await
}

/// A successful execution in `tenant`, queued at `at`.
pub async fn ended_execution_in(app: &crate::helpers::TestApp, tenant: i32, at: i64) -> i32 {
    ended_execution_of(app, tenant, at, "success").await
}

async fn ended_execution_of(
    app: &crate::helpers::TestApp,
    tenant: i32,
    at: i64,
    status: &str,
) -> i32 {
    use sea_orm::Set;
    use understudy::store::entities::et_execution;
    let row = et_execution::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(tenant),
        flow_id: Set(1),
        flow_name: Set("Nightly".into()),
        status: Set(status.into()),
        parameters: Set("{}".into()),
        event_id: Set(None),
        event_name: Set(None),
        message_id: Set(None),
        parent_audit_id: Set(None),
        retries: Set(None),
        started_by: Set(1),
        owner: Set("admin".into()),
        queued_at: Set(at),
        started_at: Set(Some(at + 1_000)),
        finished_at: Set(Some(at + 3_000)),
        exception: Set(None),
        records_processed: Set(10),
        metrics: Set("[]".into()),
        tasks: Set("[]".into()),
        claimed_at: Set(None),
        cancel_requested: Set(false),
        exclusive: Set(true),
        due_at: Set(None),
    };
    understudy::store::etlworks::executions::insert(&app.state().db, row)
        .await
        .expect("an execution")
        .id
}

#[tokio::test]
async fn executions_and_audit_events_past_the_tenants_retention_are_purged() {
    use sea_orm::EntityTrait;
    use understudy::store::entities::{et_audit_event, et_execution};
    let (app, clock) = spawn_stopped_clock(33, None).await;
    const DAY: i64 = 24 * 3600 * 1000;
    let old = ended_execution(&app, START_MS - 20 * DAY, "success").await;
    let recent = ended_execution(&app, START_MS - 5 * DAY, "error").await;
    let db = &app.state().db;
    let exists = |id: i32| async move {
        et_execution::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .is_some()
    };
    // The defaults (30 days, 365 days) keep both.
    assert_eq!(retention::purge(app.state()).await.unwrap(), (0, 0));
    // 10 days for executions: the older one goes, nothing else.
    let r = admin(
        &app,
        Method::PUT,
        "/rest/v1/settings",
        Some(settings_body(5)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(retention::purge(app.state()).await.unwrap(), (1, 0));
    assert!(!exists(old).await);
    assert!(exists(recent).await);
    // 101 days on, the settings' own audit event (100 days) goes too.
    let events = et_audit_event::Entity::find().all(db).await.unwrap().len();
    clock.advance(Duration::from_secs(101 * 24 * 3600));
    let (executions, purged_events) = retention::purge(app.state()).await.unwrap();
    assert_eq!(executions, 1);
    assert!(purged_events >= 1);
    assert_eq!(
        et_audit_event::Entity::find().all(db).await.unwrap().len() as u64,
        events as u64 - purged_events
    );
    assert!(!exists(recent).await);
    app.stop().await;
}
