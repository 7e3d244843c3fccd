//! Etlworks in real mode: sign-in and tokens, two-factor, passwords, users, tenants and
//! profiles, flows, runs and schedules, connections, formats, listeners and the
//! explorer, the audit log, webhooks with their deliveries and the recycle bin,
//! messages, tags and search, templates, macros and functions, Composer drafts and the
//! OAuth helpers, over HTTP against an in-process server (SQLite, or the PostgreSQL the
//! environment names).

mod agents;
mod audit;
mod auth;
mod backups;
mod composer;
mod connections;
mod deliveries;
mod explorer;
mod fixtures;
mod flows;
mod messages;
mod metrics;
mod oauth;
mod receiver;
mod runs;
mod schedules;
mod system;
mod tags;
mod templates;
mod tenants;
mod transfer;
mod two_factor;
mod users;
mod webhooks;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{client, Answer, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_TOKEN};

/// A call with `Authorization: Bearer <token>` and an optional JSON body.
pub async fn call(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> Answer {
    app.send_with(&client(), method, path, |b| {
        let b = b.bearer_auth(token);
        match body {
            Some(v) => b.json(&v),
            None => b,
        }
    })
    .await
}

/// A call as the bootstrap admin (a super admin), by API key.
pub async fn admin(app: &TestApp, method: Method, path: &str, body: Option<Value>) -> Answer {
    call(app, ADMIN_TOKEN, method, path, body).await
}

/// `POST /rest/v1/token-auth`.
pub async fn sign_in(app: &TestApp, login: &str, password: &str) -> Answer {
    app.send_with(&client(), Method::POST, "/rest/v1/token-auth", |b| {
        b.json(&json!({"login": login, "password": password}))
    })
    .await
}

/// The bootstrap admin's JWT.
pub async fn admin_jwt(app: &TestApp) -> String {
    let r = sign_in(app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["token"].as_str().expect("a token").to_string()
}

/// Creates a user of `role` in the admin's current tenant (or `tenant`), with an API
/// key; their id and key.
pub async fn user_with_key(
    app: &TestApp,
    login: &str,
    role: &str,
    tenant: Option<i64>,
) -> (i64, String) {
    let r = admin(
        app,
        Method::POST,
        "/rest/v1/users",
        Some(json!({
            "login": login, "email": format!("{login}@example.com"), "firstName": "Test",
            "lastName": login, "role": role, "password": "pass-word-1", "tenantId": tenant,
            "generateApiKey": true
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    (
        r.json["id"].as_i64().expect("an id"),
        r.json["apiKey"].as_str().expect("a key").to_string(),
    )
}

/// Asserts an Etlworks error: its status, shape and path, and that the message says `says`.
pub fn refused(r: &Answer, status: StatusCode, path: &str, says: &str) {
    assert_eq!(r.status, status, "{}", r.text);
    assert_eq!(r.json["status"], status.as_u16(), "{}", r.text);
    assert_eq!(r.json["path"], path, "{}", r.text);
    assert!(r.json["error"].is_string());
    let message = r.json["message"].as_str().unwrap_or_default();
    assert!(message.contains(says), "{message:?} should say {says:?}");
}

#[test]
fn real_mode_serves_every_operation_of_the_served_tags() {
    use generated::etlworks::v1::CONTRACT;
    let served = understudy::http::mounting::operations_tagged(
        &CONTRACT,
        understudy::surfaces::etlworks::SERVED_TAGS,
    );
    let ids: Vec<&str> = served.iter().map(|op| op.operation_id).collect();
    assert_eq!(
        ids,
        [
            "list_flows",
            "create_flow",
            "list_recent_flows",
            "inspect_flow",
            "get_flow",
            "update_flow",
            "delete_flow",
            "run_flow",
            "stop_flow",
            "run_flow_by_name",
            "get_flow_usage",
            "list_flow_versions",
            "get_flow_documentation",
            "get_flow_execution",
            "list_flow_executions",
            "count_flow_execution_statuses",
            "get_execution_console",
            "tail_execution_console",
            "list_running_tasks",
            "download_execution_consoles",
            "list_schedules",
            "create_schedule",
            "bulk_update_schedules",
            "list_schedule_types",
            "get_schedule",
            "update_schedule",
            "delete_schedule",
            "disable_schedule",
            "enable_schedule",
            "list_schedule_history",
            "run_scheduled_flow",
            "list_recent_composer_drafts",
            "create_composer_draft",
            "get_composer_draft",
            "delete_composer_draft",
            "get_composer_conversation",
            "append_composer_message",
            "promote_composer_draft",
            "list_connections",
            "create_connection",
            "list_connector_types",
            "get_connection",
            "update_connection",
            "delete_connection",
            "test_connection",
            "get_connection_metadata",
            "upload_connection_key",
            "list_formats",
            "create_format",
            "get_format",
            "update_format",
            "delete_format",
            "list_listeners",
            "create_listener",
            "get_listener",
            "update_listener",
            "delete_listener",
            "export_bundle",
            "import_bundle",
            "get_oauth_consent_url",
            "exchange_oauth_code",
            "refresh_oauth_tokens",
            "salesforce_login",
            "resolve_microsoft_tenant",
            "list_explorer_schemas",
            "list_explorer_tables",
            "list_explorer_columns",
            "sample_explorer_table",
            "upload_file_to_connection",
            "execute_sql",
            "list_templates",
            "get_template",
            "deploy_template",
            "list_macros",
            "create_macro",
            "get_macro",
            "update_macro",
            "delete_macro",
            "list_functions",
            "issue_token",
            "issue_token_legacy",
            "refresh_token",
            "logout",
            "issue_tenant_token",
            "request_password_reset",
            "confirm_password_reset",
            "update_password",
            "sso_login",
            "get_totp_status",
            "disable_totp",
            "enroll_totp",
            "verify_totp",
            "list_users",
            "create_user",
            "get_user",
            "update_user",
            "delete_user",
            "rotate_user_api_key",
            "revoke_user_api_key",
            "list_tenants",
            "create_tenant",
            "get_tenant",
            "update_tenant",
            "switch_tenant",
            "get_user_profile",
            "update_user_profile",
            "get_notification_preferences",
            "update_notification_preferences",
            "list_tags",
            "get_resource_tags",
            "replace_resource_tags",
            "search",
            "list_audit_events",
            "get_audit_event",
            "list_recycle_bin",
            "restore_recycle_bin_item",
            "purge_recycle_bin_item",
            "list_webhooks",
            "create_webhook",
            "get_webhook",
            "update_webhook",
            "delete_webhook",
            "list_webhook_deliveries",
            "list_messages",
            "mark_message_read",
            "delete_message",
            "get_system_info",
            "get_system_health",
            "get_settings",
            "update_settings",
            "list_modules",
            "get_execution_summary",
            "get_execution_report",
            "list_agents",
            "get_agent",
            "restart_agent",
            "get_subscription",
            "list_invoices",
            "create_backup",
            "list_backups",
        ]
    );
}

#[test]
fn schemathesis_covers_every_tag_real_mode_serves() {
    let script = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/schemathesis.sh"),
    )
    .unwrap();
    let line = script
        .lines()
        .find_map(|l| l.strip_prefix("ETLWORKS_TAGS=("))
        .and_then(|l| l.strip_suffix(')'))
        .expect("ETLWORKS_TAGS in scripts/schemathesis.sh");
    let listed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    assert_eq!(listed, understudy::surfaces::etlworks::SERVED_TAGS);
}
