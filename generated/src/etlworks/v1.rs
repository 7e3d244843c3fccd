//! Etlworks REST API 1.0.0 — generated from `openapi/etlworks/v1.yaml` by `cargo xtask codegen`; never edit by hand.
#![allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    non_camel_case_types,
    missing_docs
)]

use crate::support::Json;
use poem_openapi::param::{Cookie, Header, Path, Query};
use poem_openapi::payload::{Binary, PlainText};
use std::sync::Arc;

/// The spec's `info.title`.
pub const TITLE: &str = "Etlworks REST API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "etlworks";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/etlworks/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/etlworks/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows",
        operation_id: "list_flows",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/flows",
        operation_id: "create_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows/recent",
        operation_id: "list_recent_flows",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/flows/inspect",
        operation_id: "inspect_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows/{flowId}",
        operation_id: "get_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/flows/{flowId}",
        operation_id: "update_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/flows/{flowId}",
        operation_id: "delete_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/flows/{flowId}/run",
        operation_id: "run_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/flows/{flowId}/stop",
        operation_id: "stop_flow",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/flows/flow-name/{flowName}/run",
        operation_id: "run_flow_by_name",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows/{flowId}/usage",
        operation_id: "get_flow_usage",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows/{flowId}/history",
        operation_id: "list_flow_versions",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/flows/{flowId}/documentation",
        operation_id: "get_flow_documentation",
        secured: true,
        scopes: &[],
        tag: "Flows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}",
        operation_id: "get_flow_execution",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}/history",
        operation_id: "list_flow_executions",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}/statuses",
        operation_id: "count_flow_execution_statuses",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}/audit/{auditId}/console",
        operation_id: "get_execution_console",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}/audit/{auditId}/console/live",
        operation_id: "tail_execution_console",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/{flowId}/audit/{auditId}/running-tasks",
        operation_id: "list_running_tasks",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/executions/console/download",
        operation_id: "download_execution_consoles",
        secured: true,
        scopes: &[],
        tag: "Executions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/schedules",
        operation_id: "list_schedules",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/schedules",
        operation_id: "create_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/schedules/bulk",
        operation_id: "bulk_update_schedules",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/schedules/metadata",
        operation_id: "list_schedule_types",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/schedules/{scheduleId}",
        operation_id: "get_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/schedules/{scheduleId}",
        operation_id: "update_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/schedules/{scheduleId}",
        operation_id: "delete_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/schedules/{scheduleId}/disable",
        operation_id: "disable_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/schedules/{scheduleId}/enable",
        operation_id: "enable_schedule",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/schedules/{scheduleId}/history",
        operation_id: "list_schedule_history",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/schedules/{scheduleId}/flows/{flowId}/run",
        operation_id: "run_scheduled_flow",
        secured: true,
        scopes: &[],
        tag: "Schedules",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/composer/flows/recent",
        operation_id: "list_recent_composer_drafts",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/composer/flows",
        operation_id: "create_composer_draft",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/composer/flows/{draftId}",
        operation_id: "get_composer_draft",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/composer/flows/{draftId}",
        operation_id: "delete_composer_draft",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/composer/flows/{draftId}/conversation",
        operation_id: "get_composer_conversation",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/composer/flows/{draftId}/conversation",
        operation_id: "append_composer_message",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/composer/flows/{draftId}/promote",
        operation_id: "promote_composer_draft",
        secured: true,
        scopes: &[],
        tag: "Composer",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/connections",
        operation_id: "list_connections",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/connections",
        operation_id: "create_connection",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/connections/types",
        operation_id: "list_connector_types",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/connections/{connectionId}",
        operation_id: "get_connection",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/connections/{connectionId}",
        operation_id: "update_connection",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/connections/{connectionId}",
        operation_id: "delete_connection",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/connections/{connectionId}/test",
        operation_id: "test_connection",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/connections/{connectionId}/metadata",
        operation_id: "get_connection_metadata",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/connections/{connectionId}/keys",
        operation_id: "upload_connection_key",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/formats",
        operation_id: "list_formats",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/formats",
        operation_id: "create_format",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/formats/{formatId}",
        operation_id: "get_format",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/formats/{formatId}",
        operation_id: "update_format",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/formats/{formatId}",
        operation_id: "delete_format",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/listeners",
        operation_id: "list_listeners",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/listeners",
        operation_id: "create_listener",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/listeners/{listenerId}",
        operation_id: "get_listener",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/listeners/{listenerId}",
        operation_id: "update_listener",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/listeners/{listenerId}",
        operation_id: "delete_listener",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/io/export",
        operation_id: "export_bundle",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/io/import",
        operation_id: "import_bundle",
        secured: true,
        scopes: &[],
        tag: "Connections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/io/oauth/{provider}/url",
        operation_id: "get_oauth_consent_url",
        secured: true,
        scopes: &[],
        tag: "OAuth helpers",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/io/oauth/{provider}/callback",
        operation_id: "exchange_oauth_code",
        secured: true,
        scopes: &[],
        tag: "OAuth helpers",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/io/oauth/{provider}/refresh",
        operation_id: "refresh_oauth_tokens",
        secured: true,
        scopes: &[],
        tag: "OAuth helpers",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/salesforce/login",
        operation_id: "salesforce_login",
        secured: true,
        scopes: &[],
        tag: "OAuth helpers",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/microsoft/tenant",
        operation_id: "resolve_microsoft_tenant",
        secured: true,
        scopes: &[],
        tag: "OAuth helpers",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/explorer/connections/{connectionId}/schemas",
        operation_id: "list_explorer_schemas",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/explorer/connections/{connectionId}/tables",
        operation_id: "list_explorer_tables",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/explorer/connections/{connectionId}/columns",
        operation_id: "list_explorer_columns",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/explorer/connections/{connectionId}/sample",
        operation_id: "sample_explorer_table",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/explorer/connections/{connectionId}/upload",
        operation_id: "upload_file_to_connection",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/explorer/sql",
        operation_id: "execute_sql",
        secured: true,
        scopes: &[],
        tag: "Explorer & SQL",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/templates",
        operation_id: "list_templates",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/templates/{templateId}",
        operation_id: "get_template",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/templates/{templateId}/deploy",
        operation_id: "deploy_template",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/macros",
        operation_id: "list_macros",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/macros",
        operation_id: "create_macro",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/macros/{macroId}",
        operation_id: "get_macro",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/macros/{macroId}",
        operation_id: "update_macro",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/macros/{macroId}",
        operation_id: "delete_macro",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/functions",
        operation_id: "list_functions",
        secured: true,
        scopes: &[],
        tag: "Templates & macros",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/token-auth",
        operation_id: "issue_token",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/token-auth/issue",
        operation_id: "issue_token_legacy",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/token-auth/refresh",
        operation_id: "refresh_token",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/token-auth/logout",
        operation_id: "logout",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/token-auth/tenants/{tenantId}",
        operation_id: "issue_tenant_token",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/passreset",
        operation_id: "request_password_reset",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/passreset/confirm",
        operation_id: "confirm_password_reset",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/passupdate",
        operation_id: "update_password",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/sso/login",
        operation_id: "sso_login",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/2fa",
        operation_id: "get_totp_status",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/2fa",
        operation_id: "disable_totp",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/2fa/enroll",
        operation_id: "enroll_totp",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/2fa/verify",
        operation_id: "verify_totp",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/users",
        operation_id: "list_users",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/users",
        operation_id: "create_user",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/users/{userId}",
        operation_id: "get_user",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/users/{userId}",
        operation_id: "update_user",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/users/{userId}",
        operation_id: "delete_user",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/users/{userId}/api-key",
        operation_id: "rotate_user_api_key",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/users/{userId}/api-key",
        operation_id: "revoke_user_api_key",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/tenants",
        operation_id: "list_tenants",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/tenants",
        operation_id: "create_tenant",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/tenants/{tenantId}",
        operation_id: "get_tenant",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/tenants/{tenantId}",
        operation_id: "update_tenant",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/tenants/{tenantId}/switch",
        operation_id: "switch_tenant",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/userprofile",
        operation_id: "get_user_profile",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/userprofile",
        operation_id: "update_user_profile",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/userprofile/notifications",
        operation_id: "get_notification_preferences",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/userprofile/notifications",
        operation_id: "update_notification_preferences",
        secured: true,
        scopes: &[],
        tag: "Users & tenants",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/tags",
        operation_id: "list_tags",
        secured: true,
        scopes: &[],
        tag: "Tags & search",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/tags/{resourceType}/{resourceId}",
        operation_id: "get_resource_tags",
        secured: true,
        scopes: &[],
        tag: "Tags & search",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/tags/{resourceType}/{resourceId}",
        operation_id: "replace_resource_tags",
        secured: true,
        scopes: &[],
        tag: "Tags & search",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/search",
        operation_id: "search",
        secured: true,
        scopes: &[],
        tag: "Tags & search",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/audit",
        operation_id: "list_audit_events",
        secured: true,
        scopes: &[],
        tag: "Audit & recycle bin",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/audit/{auditEventId}",
        operation_id: "get_audit_event",
        secured: true,
        scopes: &[],
        tag: "Audit & recycle bin",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/recycle-bin",
        operation_id: "list_recycle_bin",
        secured: true,
        scopes: &[],
        tag: "Audit & recycle bin",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/recycle-bin/{itemId}/restore",
        operation_id: "restore_recycle_bin_item",
        secured: true,
        scopes: &[],
        tag: "Audit & recycle bin",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/recycle-bin/{itemId}",
        operation_id: "purge_recycle_bin_item",
        secured: true,
        scopes: &[],
        tag: "Audit & recycle bin",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/webhooks",
        operation_id: "list_webhooks",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/webhooks",
        operation_id: "create_webhook",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/webhooks/{webhookId}",
        operation_id: "get_webhook",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/webhooks/{webhookId}",
        operation_id: "update_webhook",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/webhooks/{webhookId}",
        operation_id: "delete_webhook",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/webhooks/{webhookId}/events",
        operation_id: "list_webhook_deliveries",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/messages",
        operation_id: "list_messages",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/messages/{messageId}/read",
        operation_id: "mark_message_read",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/rest/v1/messages/{messageId}",
        operation_id: "delete_message",
        secured: true,
        scopes: &[],
        tag: "Webhooks & messages",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/system/info",
        operation_id: "get_system_info",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/system/health",
        operation_id: "get_system_health",
        secured: false,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/settings",
        operation_id: "get_settings",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/rest/v1/settings",
        operation_id: "update_settings",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/modules",
        operation_id: "list_modules",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/metrics/executions/summary",
        operation_id: "get_execution_summary",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/metrics/executions",
        operation_id: "get_execution_report",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/agents",
        operation_id: "list_agents",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/agents/{agentId}",
        operation_id: "get_agent",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/agents/{agentId}/restart",
        operation_id: "restart_agent",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/billing/subscription",
        operation_id: "get_subscription",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/billing/invoices",
        operation_id: "list_invoices",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "POST",
        path: "/rest/v1/maintenance/backup",
        operation_id: "create_backup",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
    crate::support::Operation {
        method: "GET",
        path: "/rest/v1/maintenance/backups",
        operation_id: "list_backups",
        secured: true,
        scopes: &[],
        tag: "System & operations",
    },
];

/// Path prefixes the operations answer under (the spec's `servers`; `""` for absolute paths).
pub const BASE_PATHS: &[&str] = &[""];
/// `info.x-understudy-released`: this version only changes additively.
pub const RELEASED: bool = true;

/// This contract, for code that walks every product.
pub const CONTRACT: crate::support::Contract = crate::support::Contract {
    product: PRODUCT,
    version: API_VERSION,
    title: TITLE,
    spec_path: SPEC_PATH,
    spec_yaml: SPEC_YAML,
    base_paths: BASE_PATHS,
    operations: OPERATIONS,
    released: RELEASED,
};

/// The spec's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Build, edit, run, document and inspect flows — the unit of work (FlowsResource).
    #[oai(rename = "Flows")]
    Flows,
    /// The run-time side of flows: audit records, run logs, history and status counts. An execution is identified by (flowId, auditId).
    #[oai(rename = "Executions")]
    Executions,
    /// Schedules ("events" in the UI) that run flows, with retry, email and timeout settings.
    #[oai(rename = "Schedules")]
    Schedules,
    /// Composer drafts and the in-flow agent conversation. In Understudy the agent is a deterministic, rule-based composer (no language model): each user message is read sentence by sentence (sentences end with `.`, `;` or a new line) and every sentence it recognises updates the draft's flow definition (`definition`). It understands `copy table <t> from connection <c> to connection <d>` (also `copy file <f> ...`), `from table <t>`, `from file <f>`, `to table <t>` / `into table <t>`, `to file <f>`, `from connection <c>`, `to connection <d>` (a connection is named by its id or its name, quoted when it has spaces, and must exist in the tenant), `map <a> to <b>` (one column mapping; `map a to b, c to d` adds several), `action insert|replace|merge`, `upsert on <field>[, <field>]` (action merge with those lookup fields), `name it <name>` (the flow's name), `description <text>` and `reset` (start the definition over). Its reply says what it understood, what is still missing before the draft can be promoted (`missing`) and which sentences it could not parse. A promoted draft takes no more messages (409).
    #[oai(rename = "Composer")]
    Composer,
    /// Connections, file formats, listeners, key uploads and bundle export/import.
    #[oai(rename = "Connections")]
    Connections,
    /// Built-in OAuth flows for Amazon Seller, Atlassian, Dropbox, Facebook, Google, HubSpot, Mailchimp, Microsoft, QuickBooks, Salesforce and Zoho, plus provider-specific helpers.
    #[oai(rename = "OAuth helpers")]
    OAuthHelpers,
    /// Browse schemas, tables and columns of a connection, sample rows, run ad-hoc SQL and upload files.
    #[oai(rename = "Explorer & SQL")]
    ExplorerSql,
    /// The template library, parameter macros and built-in transformation functions.
    #[oai(rename = "Templates & macros")]
    TemplatesMacros,
    /// JWT sign-in, refresh and sign-out, tenant tokens, password reset and update, SSO and TOTP two-factor authentication.
    #[oai(rename = "Authentication")]
    Authentication,
    /// Users, roles and API keys; tenants; the caller's profile, settings and notification preferences.
    #[oai(rename = "Users & tenants")]
    UsersTenants,
    /// Tags on any resource, and search across them.
    #[oai(rename = "Tags & search")]
    TagsSearch,
    /// The platform-wide audit log and the recycle bin (90-day retention by default).
    #[oai(rename = "Audit & recycle bin")]
    AuditRecycleBin,
    /// Outbound webhooks fired by flow events, their delivery log, and in-app messages.
    #[oai(rename = "Webhooks & messages")]
    WebhooksMessages,
    /// System info and health, tenant settings, modules, metrics, on-prem agents, billing and maintenance.
    #[oai(rename = "System & operations")]
    SystemOperations,
}

/// A per-user API key or a JWT from `POST /rest/v1/token-auth`, sent as `Authorization: Bearer <token>`.
#[derive(poem_openapi::SecurityScheme)]
#[oai(rename = "bearerAuth", ty = "bearer")]
pub struct BearerAuth(pub poem_openapi::auth::Bearer);

impl crate::support::Credential for BearerAuth {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// An on-prem CLI agent (worker). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Agent")]
pub struct Agent {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "hostname")]
    #[serde(rename = "hostname")]
    pub hostname: String,
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: AgentStatus,
    #[oai(rename = "lastSeenAt")]
    #[serde(rename = "lastSeenAt", default)]
    pub last_seen_at: Option<String>,
    #[oai(rename = "runningFlows")]
    #[serde(rename = "runningFlows")]
    pub running_flows: i32,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "AgentStatus")]
pub enum AgentStatus {
    #[oai(rename = "online")]
    #[serde(rename = "online")]
    Online,
    #[oai(rename = "offline")]
    #[serde(rename = "offline")]
    Offline,
    #[oai(rename = "restarting")]
    #[serde(rename = "restarting")]
    Restarting,
}

impl AgentStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [AgentStatus] = &[
        AgentStatus::Online,
        AgentStatus::Offline,
        AgentStatus::Restarting,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            AgentStatus::Online => "online",
            AgentStatus::Offline => "offline",
            AgentStatus::Restarting => "restarting",
        }
    }
}

impl crate::support::WireEnum for AgentStatus {
    const VALUES: &'static [AgentStatus] = AgentStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A newly generated API key; any previous key stops working. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApiKey")]
pub struct ApiKey {
    #[oai(rename = "userId")]
    #[serde(rename = "userId")]
    pub user_id: i64,
    /// The clear-text key, shown once.
    #[oai(rename = "apiKey")]
    #[serde(rename = "apiKey")]
    pub api_key: String,
    #[oai(rename = "expiresAt")]
    #[serde(rename = "expiresAt", default)]
    pub expires_at: Option<String>,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// Options for a new API key. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApiKeyRequest")]
pub struct ApiKeyRequest {
    /// Optional expiry; null for a non-expiring key.
    #[oai(rename = "expiresAt")]
    #[serde(rename = "expiresAt", default)]
    pub expires_at: Option<String>,
}

/// One changed field. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AuditChange")]
pub struct AuditChange {
    #[oai(rename = "field")]
    #[serde(rename = "field")]
    pub field: String,
    /// Value before, as JSON text; null when added.
    #[oai(rename = "before")]
    #[serde(rename = "before", default)]
    pub before: Option<String>,
    /// Value after, as JSON text; null when removed.
    #[oai(rename = "after")]
    #[serde(rename = "after", default)]
    pub after: Option<String>,
}

/// A platform audit event. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AuditEvent")]
pub struct AuditEvent {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "timestamp")]
    #[serde(rename = "timestamp")]
    pub timestamp: String,
    #[oai(rename = "userId")]
    #[serde(rename = "userId", default)]
    pub user_id: Option<i64>,
    #[oai(rename = "userLogin")]
    #[serde(rename = "userLogin", default)]
    pub user_login: Option<String>,
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: AuditEventAction,
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: String,
    #[oai(rename = "resourceId")]
    #[serde(rename = "resourceId", default)]
    pub resource_id: Option<i64>,
    #[oai(rename = "resourceName")]
    #[serde(rename = "resourceName", default)]
    pub resource_name: Option<String>,
    #[oai(rename = "tenantId")]
    #[serde(rename = "tenantId", default)]
    pub tenant_id: Option<i64>,
    #[oai(rename = "ipAddress")]
    #[serde(rename = "ipAddress", default)]
    pub ip_address: Option<String>,
    /// Before/after diff; only in the single-event answer.
    #[oai(rename = "changes", skip_serializing_if_is_none)]
    #[serde(rename = "changes", default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<AuditChange>>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "AuditEventAction")]
pub enum AuditEventAction {
    #[oai(rename = "create")]
    #[serde(rename = "create")]
    Create,
    #[oai(rename = "update")]
    #[serde(rename = "update")]
    Update,
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    Delete,
    #[oai(rename = "restore")]
    #[serde(rename = "restore")]
    Restore,
    #[oai(rename = "purge")]
    #[serde(rename = "purge")]
    Purge,
    #[oai(rename = "run")]
    #[serde(rename = "run")]
    Run,
    #[oai(rename = "login")]
    #[serde(rename = "login")]
    Login,
    #[oai(rename = "logout")]
    #[serde(rename = "logout")]
    Logout,
    #[oai(rename = "update_profile")]
    #[serde(rename = "update_profile")]
    UpdateProfile,
    #[oai(rename = "update_notifications")]
    #[serde(rename = "update_notifications")]
    UpdateNotifications,
    #[oai(rename = "update_password")]
    #[serde(rename = "update_password")]
    UpdatePassword,
    #[oai(rename = "reset_password")]
    #[serde(rename = "reset_password")]
    ResetPassword,
    #[oai(rename = "rotate_api_key")]
    #[serde(rename = "rotate_api_key")]
    RotateApiKey,
    #[oai(rename = "revoke_api_key")]
    #[serde(rename = "revoke_api_key")]
    RevokeApiKey,
    #[oai(rename = "switch_tenant")]
    #[serde(rename = "switch_tenant")]
    SwitchTenant,
    #[oai(rename = "enable_2fa")]
    #[serde(rename = "enable_2fa")]
    Enable2fa,
    #[oai(rename = "disable_2fa")]
    #[serde(rename = "disable_2fa")]
    Disable2fa,
    #[oai(rename = "read")]
    #[serde(rename = "read")]
    Read,
}

impl AuditEventAction {
    /// Every value, in spec order.
    pub const ALL: &'static [AuditEventAction] = &[
        AuditEventAction::Create,
        AuditEventAction::Update,
        AuditEventAction::Delete,
        AuditEventAction::Restore,
        AuditEventAction::Purge,
        AuditEventAction::Run,
        AuditEventAction::Login,
        AuditEventAction::Logout,
        AuditEventAction::UpdateProfile,
        AuditEventAction::UpdateNotifications,
        AuditEventAction::UpdatePassword,
        AuditEventAction::ResetPassword,
        AuditEventAction::RotateApiKey,
        AuditEventAction::RevokeApiKey,
        AuditEventAction::SwitchTenant,
        AuditEventAction::Enable2fa,
        AuditEventAction::Disable2fa,
        AuditEventAction::Read,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            AuditEventAction::Create => "create",
            AuditEventAction::Update => "update",
            AuditEventAction::Delete => "delete",
            AuditEventAction::Restore => "restore",
            AuditEventAction::Purge => "purge",
            AuditEventAction::Run => "run",
            AuditEventAction::Login => "login",
            AuditEventAction::Logout => "logout",
            AuditEventAction::UpdateProfile => "update_profile",
            AuditEventAction::UpdateNotifications => "update_notifications",
            AuditEventAction::UpdatePassword => "update_password",
            AuditEventAction::ResetPassword => "reset_password",
            AuditEventAction::RotateApiKey => "rotate_api_key",
            AuditEventAction::RevokeApiKey => "revoke_api_key",
            AuditEventAction::SwitchTenant => "switch_tenant",
            AuditEventAction::Enable2fa => "enable_2fa",
            AuditEventAction::Disable2fa => "disable_2fa",
            AuditEventAction::Read => "read",
        }
    }
}

impl crate::support::WireEnum for AuditEventAction {
    const VALUES: &'static [AuditEventAction] = AuditEventAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A tenant backup. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Backup")]
pub struct Backup {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: BackupStatus,
    #[oai(rename = "requestedAt")]
    #[serde(rename = "requestedAt")]
    pub requested_at: String,
    #[oai(rename = "requestedBy")]
    #[serde(rename = "requestedBy")]
    pub requested_by: String,
    #[oai(rename = "completedAt")]
    #[serde(rename = "completedAt", default)]
    pub completed_at: Option<String>,
    #[oai(rename = "sizeBytes")]
    #[serde(rename = "sizeBytes", default)]
    pub size_bytes: Option<i64>,
    #[oai(rename = "note")]
    #[serde(rename = "note", default)]
    pub note: Option<String>,
    /// Understudy addition. Why a `failed` backup failed.
    #[oai(rename = "error")]
    #[serde(rename = "error", default)]
    pub error: Option<String>,
    /// Understudy addition. The backup file, under `<data dir>/etlworks/<tenant id>/backups/`, once completed.
    #[oai(rename = "fileName")]
    #[serde(rename = "fileName", default)]
    pub file_name: Option<String>,
}

/// Options for an on-demand backup. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "BackupRequest")]
pub struct BackupRequest {
    #[oai(
        rename = "includeExecutionHistory",
        default = "default_backup_request_include_execution_history",
        skip_serializing_if_is_none
    )]
    #[serde(
        rename = "includeExecutionHistory",
        default = "default_backup_request_include_execution_history",
        skip_serializing_if = "Option::is_none"
    )]
    pub include_execution_history: Option<bool>,
    #[oai(rename = "note", validator(max_length = 500))]
    #[serde(rename = "note", default)]
    pub note: Option<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "BackupStatus")]
pub enum BackupStatus {
    #[oai(rename = "queued")]
    #[serde(rename = "queued")]
    Queued,
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    Running,
    #[oai(rename = "completed")]
    #[serde(rename = "completed")]
    Completed,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    Failed,
}

impl BackupStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [BackupStatus] = &[
        BackupStatus::Queued,
        BackupStatus::Running,
        BackupStatus::Completed,
        BackupStatus::Failed,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            BackupStatus::Queued => "queued",
            BackupStatus::Running => "running",
            BackupStatus::Completed => "completed",
            BackupStatus::Failed => "failed",
        }
    }
}

impl crate::support::WireEnum for BackupStatus {
    const VALUES: &'static [BackupStatus] = BackupStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Tenant branding. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "BrandingSettings")]
pub struct BrandingSettings {
    #[oai(rename = "companyName")]
    #[serde(rename = "companyName")]
    pub company_name: String,
    #[oai(rename = "logoUrl")]
    #[serde(rename = "logoUrl", default)]
    pub logo_url: Option<String>,
    #[oai(rename = "primaryColor", validator(pattern = "^#[0-9a-fA-F]{6}$"))]
    #[serde(rename = "primaryColor")]
    pub primary_color: String,
}

/// An id the bulk action could not apply to. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "BulkFailure")]
pub struct BulkFailure {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
}

/// A draft's conversation with the agent. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComposerConversation")]
pub struct ComposerConversation {
    #[oai(rename = "draftId")]
    #[serde(rename = "draftId")]
    pub draft_id: i64,
    /// Oldest first.
    #[oai(rename = "messages")]
    #[serde(rename = "messages")]
    pub messages: Vec<ComposerMessage>,
}

/// A Composer draft flow. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComposerDraft")]
pub struct ComposerDraft {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: ComposerDraftStatus,
    #[oai(rename = "flowType")]
    #[serde(rename = "flowType", default)]
    pub flow_type: Option<String>,
    /// The regular flow created by promotion; null until promoted.
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId", default)]
    pub flow_id: Option<i64>,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
    #[oai(rename = "updatedAt")]
    #[serde(rename = "updatedAt")]
    pub updated_at: String,
    /// The writable fields of a flow (create and edit). Omitted arrays are empty and `properties` is `{}`.
    #[oai(rename = "definition", skip_serializing_if_is_none)]
    #[serde(
        rename = "definition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub definition: Option<FlowInput>,
    /// What the definition still lacks before the draft can be promoted; empty when it is ready.
    #[oai(rename = "missing", skip_serializing_if_is_none)]
    #[serde(rename = "missing", default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<Vec<String>>,
}

/// A new Composer draft. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComposerDraftInput")]
pub struct ComposerDraftInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Optional first message to the agent.
    #[oai(rename = "prompt")]
    #[serde(rename = "prompt", default)]
    pub prompt: Option<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ComposerDraftStatus")]
pub enum ComposerDraftStatus {
    #[oai(rename = "draft")]
    #[serde(rename = "draft")]
    Draft,
    #[oai(rename = "promoted")]
    #[serde(rename = "promoted")]
    Promoted,
}

impl ComposerDraftStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [ComposerDraftStatus] =
        &[ComposerDraftStatus::Draft, ComposerDraftStatus::Promoted];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ComposerDraftStatus::Draft => "draft",
            ComposerDraftStatus::Promoted => "promoted",
        }
    }
}

impl crate::support::WireEnum for ComposerDraftStatus {
    const VALUES: &'static [ComposerDraftStatus] = ComposerDraftStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One message of a Composer conversation. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComposerMessage")]
pub struct ComposerMessage {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: ComposerMessageRole,
    #[oai(rename = "content")]
    #[serde(rename = "content")]
    pub content: String,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A message to the in-flow agent. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComposerMessageInput")]
pub struct ComposerMessageInput {
    #[oai(rename = "content", validator(min_length = 1))]
    #[serde(rename = "content")]
    pub content: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ComposerMessageRole")]
pub enum ComposerMessageRole {
    #[oai(rename = "user")]
    #[serde(rename = "user")]
    User,
    #[oai(rename = "agent")]
    #[serde(rename = "agent")]
    Agent,
}

impl ComposerMessageRole {
    /// Every value, in spec order.
    pub const ALL: &'static [ComposerMessageRole] =
        &[ComposerMessageRole::User, ComposerMessageRole::Agent];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ComposerMessageRole::User => "user",
            ComposerMessageRole::Agent => "agent",
        }
    }
}

impl crate::support::WireEnum for ComposerMessageRole {
    const VALUES: &'static [ComposerMessageRole] = ComposerMessageRole::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A connection. Credentials are redacted (`********`) in answers.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Connection")]
pub struct Connection {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Connector discriminator from the connector library, e.g. `connection.db.postgres`; not a free string.
    #[oai(rename = "connectionType")]
    #[serde(rename = "connectionType")]
    pub connection_type: String,
    /// Connector property bag; keys are defined by the connector descriptor (e.g. `field.connection.template.host`). Sensitive values may be `{{secret:...}}` placeholders.
    #[oai(rename = "properties")]
    #[serde(rename = "properties")]
    pub properties: std::collections::BTreeMap<String, serde_json::Value>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// The writable fields of a connection. Copy `connectionType` and the property keys from a connection made in the UI.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectionInput")]
pub struct ConnectionInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Connector discriminator from the connector library, e.g. `connection.db.postgres`; not a free string.
    #[oai(rename = "connectionType")]
    #[serde(rename = "connectionType")]
    pub connection_type: String,
    /// Connector property bag; keys are defined by the connector descriptor (e.g. `field.connection.template.host`). Sensitive values may be `{{secret:...}}` placeholders.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// Objects found through a connection. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectionMetadata")]
pub struct ConnectionMetadata {
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// The level listed; null for the top level.
    #[oai(rename = "path")]
    #[serde(rename = "path", default)]
    pub path: Option<String>,
    #[oai(rename = "objects")]
    #[serde(rename = "objects")]
    pub objects: Vec<MetadataObject>,
}

/// Settings to test instead of the saved ones; every field is optional, and a field left out (or `{}`) keeps the saved connection's value. A sensitive property sent as `********` keeps the saved secret.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectionTestInput")]
pub struct ConnectionTestInput {
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        validator(max_length = 255)
    )]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Connector discriminator from the connector library, e.g. `connection.db.postgres`.
    #[oai(rename = "connectionType", skip_serializing_if_is_none)]
    #[serde(
        rename = "connectionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_type: Option<String>,
    /// Connector property bag, replacing the saved one.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// The outcome of a connection test. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectionTestResult")]
pub struct ConnectionTestResult {
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    pub success: bool,
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
}

/// One connector of the connector library. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectorType")]
pub struct ConnectorType {
    #[oai(rename = "connectionType")]
    #[serde(rename = "connectionType")]
    pub connection_type: String,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "category")]
    #[serde(rename = "category")]
    pub category: ConnectorTypeCategory,
    /// Property keys the connector descriptor defines.
    #[oai(rename = "propertyKeys")]
    #[serde(rename = "propertyKeys")]
    pub property_keys: Vec<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ConnectorTypeCategory")]
pub enum ConnectorTypeCategory {
    #[oai(rename = "database")]
    #[serde(rename = "database")]
    Database,
    #[oai(rename = "file")]
    #[serde(rename = "file")]
    File,
    #[oai(rename = "http")]
    #[serde(rename = "http")]
    Http,
    #[oai(rename = "queue")]
    #[serde(rename = "queue")]
    Queue,
    #[oai(rename = "saas")]
    #[serde(rename = "saas")]
    Saas,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    Email,
    #[oai(rename = "other")]
    #[serde(rename = "other")]
    Other,
}

impl ConnectorTypeCategory {
    /// Every value, in spec order.
    pub const ALL: &'static [ConnectorTypeCategory] = &[
        ConnectorTypeCategory::Database,
        ConnectorTypeCategory::File,
        ConnectorTypeCategory::Http,
        ConnectorTypeCategory::Queue,
        ConnectorTypeCategory::Saas,
        ConnectorTypeCategory::Listener,
        ConnectorTypeCategory::Email,
        ConnectorTypeCategory::Other,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ConnectorTypeCategory::Database => "database",
            ConnectorTypeCategory::File => "file",
            ConnectorTypeCategory::Http => "http",
            ConnectorTypeCategory::Queue => "queue",
            ConnectorTypeCategory::Saas => "saas",
            ConnectorTypeCategory::Listener => "listener",
            ConnectorTypeCategory::Email => "email",
            ConnectorTypeCategory::Other => "other",
        }
    }
}

impl crate::support::WireEnum for ConnectorTypeCategory {
    const VALUES: &'static [ConnectorTypeCategory] = ConnectorTypeCategory::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The error body of every 4xx and 5xx answer (Spring Boot style).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Error")]
pub struct Error {
    /// The HTTP status code.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: i32,
    /// The HTTP reason phrase.
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    pub error: String,
    /// What went wrong, in plain words.
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
    /// The request path.
    #[oai(rename = "path")]
    #[serde(rename = "path")]
    pub path: String,
}

/// Execution statistics over a time window. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExecutionSummary")]
pub struct ExecutionSummary {
    #[oai(rename = "from")]
    #[serde(rename = "from")]
    pub from: String,
    #[oai(rename = "to")]
    #[serde(rename = "to")]
    pub to: String,
    #[oai(rename = "executions")]
    #[serde(rename = "executions")]
    pub executions: i64,
    #[oai(rename = "succeeded")]
    #[serde(rename = "succeeded")]
    pub succeeded: i64,
    #[oai(rename = "warnings")]
    #[serde(rename = "warnings")]
    pub warnings: i64,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    pub failed: i64,
    #[oai(rename = "canceled")]
    #[serde(rename = "canceled")]
    pub canceled: i64,
    /// succeeded / finished executions, 0 to 1.
    #[oai(
        rename = "successRate",
        validator(
            maximum(value = "1", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(rename = "successRate")]
    pub success_rate: f64,
    #[oai(rename = "avgDurationMs")]
    #[serde(rename = "avgDurationMs")]
    pub avg_duration_ms: f64,
}

/// A column of a table or view. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExplorerColumn")]
pub struct ExplorerColumn {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "dataType")]
    #[serde(rename = "dataType")]
    pub data_type: String,
    #[oai(rename = "isNullable")]
    #[serde(rename = "isNullable")]
    pub is_nullable: bool,
    #[oai(rename = "primaryKey")]
    #[serde(rename = "primaryKey")]
    pub primary_key: bool,
    /// 1-based ordinal.
    #[oai(rename = "position")]
    #[serde(rename = "position")]
    pub position: i32,
}

/// A database schema. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExplorerSchema")]
pub struct ExplorerSchema {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "catalog")]
    #[serde(rename = "catalog", default)]
    pub catalog: Option<String>,
}

/// A table or view. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExplorerTable")]
pub struct ExplorerTable {
    #[oai(rename = "schema")]
    #[serde(rename = "schema", default)]
    pub schema: Option<String>,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: ExplorerTableType,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ExplorerTableType")]
pub enum ExplorerTableType {
    #[oai(rename = "table")]
    #[serde(rename = "table")]
    Table,
    #[oai(rename = "view")]
    #[serde(rename = "view")]
    View,
}

impl ExplorerTableType {
    /// Every value, in spec order.
    pub const ALL: &'static [ExplorerTableType] =
        &[ExplorerTableType::Table, ExplorerTableType::View];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ExplorerTableType::Table => "table",
            ExplorerTableType::View => "view",
        }
    }
}

impl crate::support::WireEnum for ExplorerTableType {
    const VALUES: &'static [ExplorerTableType] = ExplorerTableType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A portable bundle of flows and connections (credentials redacted). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExportBundle")]
pub struct ExportBundle {
    /// Bundle format version.
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
    #[oai(rename = "exportedAt")]
    #[serde(rename = "exportedAt")]
    pub exported_at: String,
    #[oai(rename = "tenant", skip_serializing_if_is_none)]
    #[serde(rename = "tenant", default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[oai(rename = "flows")]
    #[serde(rename = "flows")]
    pub flows: Vec<Flow>,
    #[oai(rename = "connections")]
    #[serde(rename = "connections")]
    pub connections: Vec<Connection>,
    #[oai(rename = "formats")]
    #[serde(rename = "formats")]
    pub formats: Vec<Format>,
    #[oai(rename = "schedules")]
    #[serde(rename = "schedules")]
    pub schedules: Vec<FlowSchedule>,
    /// Listeners (an Understudy addition; absent in bundles from Etlworks).
    #[oai(rename = "listeners", skip_serializing_if_is_none)]
    #[serde(rename = "listeners", default, skip_serializing_if = "Option::is_none")]
    pub listeners: Option<Vec<Listener>>,
}

/// What to export. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExportRequest")]
pub struct ExportRequest {
    /// Flow ids.
    #[oai(rename = "flows", skip_serializing_if_is_none)]
    #[serde(rename = "flows", default, skip_serializing_if = "Option::is_none")]
    pub flows: Option<Vec<i64>>,
    /// Connection ids.
    #[oai(rename = "connections", skip_serializing_if_is_none)]
    #[serde(
        rename = "connections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connections: Option<Vec<i64>>,
    /// Format ids.
    #[oai(rename = "formats", skip_serializing_if_is_none)]
    #[serde(rename = "formats", default, skip_serializing_if = "Option::is_none")]
    pub formats: Option<Vec<i64>>,
    /// Schedule ids.
    #[oai(rename = "schedules", skip_serializing_if_is_none)]
    #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<i64>>,
    /// Listener ids (an Understudy addition).
    #[oai(rename = "listeners", skip_serializing_if_is_none)]
    #[serde(rename = "listeners", default, skip_serializing_if = "Option::is_none")]
    pub listeners: Option<Vec<i64>>,
    /// Also bundle the connections, formats and nested flows the selected flows use.
    #[oai(
        rename = "includeDependencies",
        default = "default_export_request_include_dependencies",
        skip_serializing_if_is_none
    )]
    #[serde(
        rename = "includeDependencies",
        default = "default_export_request_include_dependencies",
        skip_serializing_if = "Option::is_none"
    )]
    pub include_dependencies: Option<bool>,
}

/// A flow: the unit of work. `createdAt`, `updatedAt` and `owner` are Understudy additions.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Flow")]
pub struct Flow {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Flow type discriminator from the connector library (e.g. `flow.db.to.db`); copy it from an existing flow.
    #[oai(rename = "flowType")]
    #[serde(rename = "flowType")]
    pub flow_type: String,
    /// Global flow properties; keys are defined by the flow type's descriptor.
    #[oai(rename = "properties")]
    #[serde(rename = "properties")]
    pub properties: std::collections::BTreeMap<String, serde_json::Value>,
    #[oai(rename = "transformations")]
    #[serde(rename = "transformations")]
    pub transformations: Vec<FlowTransformation>,
    #[oai(rename = "mappings")]
    #[serde(rename = "mappings")]
    pub mappings: Vec<FlowMapping>,
    /// Ids of the connections the flow uses.
    #[oai(rename = "connections")]
    #[serde(rename = "connections")]
    pub connections: Vec<i64>,
    /// Steps of a nested flow; empty for other flow types.
    #[oai(rename = "nestedFlows")]
    #[serde(rename = "nestedFlows")]
    pub nested_flows: Vec<NestedFlowStep>,
    /// Tag names.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    #[oai(rename = "createdAt", skip_serializing_if_is_none)]
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[oai(rename = "updatedAt", skip_serializing_if_is_none)]
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Login of the user who created the flow.
    #[oai(rename = "owner", skip_serializing_if_is_none)]
    #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One execution of a flow: status, timing, exception and metrics. Identified by (flowId, auditId).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowAuditRecord")]
pub struct FlowAuditRecord {
    #[oai(rename = "auditId")]
    #[serde(rename = "auditId")]
    pub audit_id: i64,
    /// Null unless there were automatic retries.
    #[oai(rename = "parentAuditId")]
    #[serde(rename = "parentAuditId", default)]
    pub parent_audit_id: Option<i64>,
    #[oai(rename = "retries")]
    #[serde(rename = "retries", default)]
    pub retries: Option<i32>,
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    #[oai(rename = "flowName")]
    #[serde(rename = "flowName")]
    pub flow_name: String,
    /// The schedule ("event") that fired the run; null if not scheduled.
    #[oai(rename = "eventId")]
    #[serde(rename = "eventId", default)]
    pub event_id: Option<i64>,
    #[oai(rename = "eventName")]
    #[serde(rename = "eventName", default)]
    pub event_name: Option<String>,
    /// Set when a listener payload started the run.
    #[oai(rename = "messageId")]
    #[serde(rename = "messageId", default)]
    pub message_id: Option<uuid::Uuid>,
    /// The status of one execution. `success`, `warning`, `error` and `canceled` are terminal.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: FlowStatus,
    #[oai(rename = "started")]
    #[serde(rename = "started", default)]
    pub started: Option<String>,
    /// Null while queued or running.
    #[oai(rename = "finished")]
    #[serde(rename = "finished", default)]
    pub finished: Option<String>,
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs", default)]
    pub duration_ms: Option<i64>,
    /// Error message and stack trace of a failed run.
    #[oai(rename = "exception")]
    #[serde(rename = "exception", default)]
    pub exception: Option<String>,
    #[oai(rename = "recordsProcessed")]
    #[serde(rename = "recordsProcessed")]
    pub records_processed: i64,
    #[oai(rename = "metrics")]
    #[serde(rename = "metrics")]
    pub metrics: Vec<FlowMetric>,
}

/// Per-flow aggregates for one day (reporting API). Field set designed by Understudy.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowExecutionReport")]
pub struct FlowExecutionReport {
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    #[oai(rename = "flowName")]
    #[serde(rename = "flowName")]
    pub flow_name: String,
    #[oai(rename = "executions")]
    #[serde(rename = "executions")]
    pub executions: i64,
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    pub success: i64,
    #[oai(rename = "warnings")]
    #[serde(rename = "warnings")]
    pub warnings: i64,
    #[oai(rename = "errors")]
    #[serde(rename = "errors")]
    pub errors: i64,
    #[oai(rename = "canceled")]
    #[serde(rename = "canceled")]
    pub canceled: i64,
    #[oai(rename = "totalDurationMs")]
    #[serde(rename = "totalDurationMs")]
    pub total_duration_ms: i64,
    #[oai(rename = "avgDurationMs")]
    #[serde(rename = "avgDurationMs")]
    pub avg_duration_ms: f64,
    /// Only with `includeMetrics=true`.
    #[oai(rename = "recordsProcessed")]
    #[serde(rename = "recordsProcessed", default)]
    pub records_processed: Option<i64>,
}

/// The answer to a run request. The run is asynchronous: the answer comes back at once.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowExecutionResponse")]
pub struct FlowExecutionResponse {
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// The execution's id; poll `GET /rest/v1/executions/{flowId}?auditId=` with it. Set when the flow was run by id or by name.
    #[oai(rename = "auditId")]
    #[serde(rename = "auditId", default)]
    pub audit_id: Option<i64>,
    /// Set when a listener payload started the flow.
    #[oai(rename = "messageUuid")]
    #[serde(rename = "messageUuid", default)]
    pub message_uuid: Option<uuid::Uuid>,
    /// Integer run code: 0 started, 1 running, 2 canceled, 3 was not running (not executed), 4 success, 5 error; later codes may follow. Poll with `auditId` rather than relying on it.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: i32,
    /// Stack trace when the flow could not be started.
    #[oai(rename = "exception")]
    #[serde(rename = "exception", default)]
    pub exception: Option<String>,
}

/// The writable fields of a flow (create and edit). Omitted arrays are empty and `properties` is `{}`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowInput")]
pub struct FlowInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Flow type discriminator from the connector library (e.g. `flow.db.to.db`); copy it from an existing flow.
    #[oai(rename = "flowType")]
    #[serde(rename = "flowType")]
    pub flow_type: String,
    /// Global flow properties; keys are defined by the flow type's descriptor.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[oai(rename = "transformations", skip_serializing_if_is_none)]
    #[serde(
        rename = "transformations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transformations: Option<Vec<FlowTransformation>>,
    #[oai(rename = "mappings", skip_serializing_if_is_none)]
    #[serde(rename = "mappings", default, skip_serializing_if = "Option::is_none")]
    pub mappings: Option<Vec<FlowMapping>>,
    /// Ids of the connections the flow uses.
    #[oai(rename = "connections", skip_serializing_if_is_none)]
    #[serde(
        rename = "connections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connections: Option<Vec<i64>>,
    /// Steps of a nested flow; empty for other flow types.
    #[oai(rename = "nestedFlows", skip_serializing_if_is_none)]
    #[serde(
        rename = "nestedFlows",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nested_flows: Option<Vec<NestedFlowStep>>,
    /// Tag names.
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// The result of validating a flow definition. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowInspection")]
pub struct FlowInspection {
    /// True when there are no errors (warnings allowed).
    #[oai(rename = "valid")]
    #[serde(rename = "valid")]
    pub valid: bool,
    #[oai(rename = "issues")]
    #[serde(rename = "issues")]
    pub issues: Vec<InspectionIssue>,
}

/// One field mapping. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowMapping")]
pub struct FlowMapping {
    /// Name of the transformation the mapping belongs to.
    #[oai(rename = "transformation")]
    #[serde(rename = "transformation")]
    pub transformation: String,
    /// Source column or field.
    #[oai(rename = "source")]
    #[serde(rename = "source")]
    pub source: String,
    /// Destination column or field.
    #[oai(rename = "destination")]
    #[serde(rename = "destination")]
    pub destination: String,
    /// Optional transformation function applied to the value.
    #[oai(rename = "function")]
    #[serde(rename = "function", default)]
    pub function: Option<String>,
    /// Whether the field is left out.
    #[oai(rename = "excluded", skip_serializing_if_is_none)]
    #[serde(rename = "excluded", default, skip_serializing_if = "Option::is_none")]
    pub excluded: Option<bool>,
}

/// Per-transformation counters of one execution. Field set designed by Understudy (the reference says only "metrics").
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowMetric")]
pub struct FlowMetric {
    #[oai(rename = "transformation")]
    #[serde(rename = "transformation")]
    pub transformation: String,
    #[oai(rename = "recordsExtracted")]
    #[serde(rename = "recordsExtracted")]
    pub records_extracted: i64,
    #[oai(rename = "recordsLoaded")]
    #[serde(rename = "recordsLoaded")]
    pub records_loaded: i64,
    #[oai(rename = "recordsRejected")]
    #[serde(rename = "recordsRejected")]
    pub records_rejected: i64,
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
}

/// A schedule ("event" in the UI) that runs a flow.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowSchedule")]
pub struct FlowSchedule {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// A cron expression, or a number of minutes between runs.
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    pub schedule: String,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    /// Email `emails` after a successful run.
    #[oai(rename = "emailSuccess")]
    #[serde(rename = "emailSuccess")]
    pub email_success: bool,
    /// Email `emails` after a failed run.
    #[oai(rename = "emailFailure")]
    #[serde(rename = "emailFailure")]
    pub email_failure: bool,
    /// Addresses separated by whitespace.
    #[oai(rename = "emails")]
    #[serde(rename = "emails", default)]
    pub emails: Option<String>,
    /// Automatic retries after a failure.
    #[oai(rename = "retries", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "retries")]
    pub retries: i32,
    /// Minutes between retries.
    #[oai(
        rename = "delayBetweenRetries",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "delayBetweenRetries")]
    pub delay_between_retries: i32,
    /// Minutes the run is expected to take; longer runs are reported (timeout).
    #[oai(
        rename = "expectedTime",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "expectedTime", default)]
    pub expected_time: Option<i32>,
    #[oai(rename = "debug")]
    #[serde(rename = "debug")]
    pub debug: bool,
    /// Log progress every this many records.
    #[oai(rename = "logStep", skip_serializing_if_is_none)]
    #[serde(rename = "logStep", default, skip_serializing_if = "Option::is_none")]
    pub log_step: Option<i32>,
    #[oai(rename = "keepMessage")]
    #[serde(rename = "keepMessage")]
    pub keep_message: bool,
    /// Keep audit records of runs that processed nothing.
    #[oai(rename = "keepEmptyAudit")]
    #[serde(rename = "keepEmptyAudit")]
    pub keep_empty_audit: bool,
}

/// The writable fields of a FlowSchedule. Omitted booleans are false, `enabled` defaults to true, `retries` and `delayBetweenRetries` to 0.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowScheduleInput")]
pub struct FlowScheduleInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// A cron expression, or a number of minutes between runs.
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    pub schedule: String,
    #[oai(rename = "enabled", skip_serializing_if_is_none)]
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Email `emails` after a successful run.
    #[oai(rename = "emailSuccess", skip_serializing_if_is_none)]
    #[serde(
        rename = "emailSuccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_success: Option<bool>,
    /// Email `emails` after a failed run.
    #[oai(rename = "emailFailure", skip_serializing_if_is_none)]
    #[serde(
        rename = "emailFailure",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_failure: Option<bool>,
    /// Addresses separated by whitespace.
    #[oai(rename = "emails")]
    #[serde(rename = "emails", default)]
    pub emails: Option<String>,
    /// Automatic retries after a failure.
    #[oai(
        rename = "retries",
        skip_serializing_if_is_none,
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "retries", default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i32>,
    /// Minutes between retries.
    #[oai(
        rename = "delayBetweenRetries",
        skip_serializing_if_is_none,
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(
        rename = "delayBetweenRetries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delay_between_retries: Option<i32>,
    /// Minutes the run is expected to take; longer runs are reported (timeout).
    #[oai(
        rename = "expectedTime",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "expectedTime", default)]
    pub expected_time: Option<i32>,
    #[oai(rename = "debug", skip_serializing_if_is_none)]
    #[serde(rename = "debug", default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<bool>,
    /// Log progress every this many records.
    #[oai(rename = "logStep", skip_serializing_if_is_none)]
    #[serde(rename = "logStep", default, skip_serializing_if = "Option::is_none")]
    pub log_step: Option<i32>,
    #[oai(rename = "keepMessage", skip_serializing_if_is_none)]
    #[serde(
        rename = "keepMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_message: Option<bool>,
    /// Keep audit records of runs that processed nothing.
    #[oai(rename = "keepEmptyAudit", skip_serializing_if_is_none)]
    #[serde(
        rename = "keepEmptyAudit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_empty_audit: Option<bool>,
}

/// The status of one execution. `success`, `warning`, `error` and `canceled` are terminal.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "FlowStatus")]
pub enum FlowStatus {
    #[oai(rename = "queued")]
    #[serde(rename = "queued")]
    Queued,
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    Running,
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    Success,
    #[oai(rename = "warning")]
    #[serde(rename = "warning")]
    Warning,
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    Error,
    #[oai(rename = "canceled")]
    #[serde(rename = "canceled")]
    Canceled,
}

impl FlowStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [FlowStatus] = &[
        FlowStatus::Queued,
        FlowStatus::Running,
        FlowStatus::Success,
        FlowStatus::Warning,
        FlowStatus::Error,
        FlowStatus::Canceled,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FlowStatus::Queued => "queued",
            FlowStatus::Running => "running",
            FlowStatus::Success => "success",
            FlowStatus::Warning => "warning",
            FlowStatus::Error => "error",
            FlowStatus::Canceled => "canceled",
        }
    }
}

impl crate::support::WireEnum for FlowStatus {
    const VALUES: &'static [FlowStatus] = FlowStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Number of executions per FlowStatus in the requested window.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowStatusCounts")]
pub struct FlowStatusCounts {
    #[oai(rename = "queued")]
    #[serde(rename = "queued")]
    pub queued: i64,
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    pub running: i64,
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    pub success: i64,
    #[oai(rename = "warning")]
    #[serde(rename = "warning")]
    pub warning: i64,
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    pub error: i64,
    #[oai(rename = "canceled")]
    #[serde(rename = "canceled")]
    pub canceled: i64,
}

/// One source-to-destination step of a flow. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowTransformation")]
pub struct FlowTransformation {
    /// Position in the flow, from 0.
    #[oai(rename = "index")]
    #[serde(rename = "index")]
    pub index: i32,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "sourceConnectionId")]
    #[serde(rename = "sourceConnectionId", default)]
    pub source_connection_id: Option<i64>,
    /// Format of the source, for file and API connections.
    #[oai(rename = "sourceFormatId")]
    #[serde(rename = "sourceFormatId", default)]
    pub source_format_id: Option<i64>,
    /// Table, file name or endpoint read.
    #[oai(rename = "sourceObject", skip_serializing_if_is_none)]
    #[serde(
        rename = "sourceObject",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_object: Option<String>,
    #[oai(rename = "destinationConnectionId")]
    #[serde(rename = "destinationConnectionId", default)]
    pub destination_connection_id: Option<i64>,
    #[oai(rename = "destinationFormatId")]
    #[serde(rename = "destinationFormatId", default)]
    pub destination_format_id: Option<i64>,
    /// Table, file name or endpoint written.
    #[oai(rename = "destinationObject", skip_serializing_if_is_none)]
    #[serde(
        rename = "destinationObject",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_object: Option<String>,
    /// Transformation settings; keys come from the flow type's connector descriptor.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Where a flow is referenced. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowUsage")]
pub struct FlowUsage {
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Schedules that run the flow.
    #[oai(rename = "schedules")]
    #[serde(rename = "schedules")]
    pub schedules: Vec<UsageRef>,
    /// Nested flows that include it.
    #[oai(rename = "parentFlows")]
    #[serde(rename = "parentFlows")]
    pub parent_flows: Vec<UsageRef>,
    /// Listeners that trigger it.
    #[oai(rename = "listeners")]
    #[serde(rename = "listeners")]
    pub listeners: Vec<UsageRef>,
    /// Webhooks that name it in `flowIncludes`.
    #[oai(rename = "webhooks")]
    #[serde(rename = "webhooks")]
    pub webhooks: Vec<UsageRef>,
}

/// One saved edit of a flow. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FlowVersion")]
pub struct FlowVersion {
    /// Version number, from 1.
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: i32,
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: FlowVersionAction,
    #[oai(rename = "modifiedAt")]
    #[serde(rename = "modifiedAt")]
    pub modified_at: String,
    /// Login of the editor.
    #[oai(rename = "modifiedBy")]
    #[serde(rename = "modifiedBy")]
    pub modified_by: String,
    #[oai(rename = "comment")]
    #[serde(rename = "comment", default)]
    pub comment: Option<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "FlowVersionAction")]
pub enum FlowVersionAction {
    #[oai(rename = "created")]
    #[serde(rename = "created")]
    Created,
    #[oai(rename = "updated")]
    #[serde(rename = "updated")]
    Updated,
    #[oai(rename = "restored")]
    #[serde(rename = "restored")]
    Restored,
}

impl FlowVersionAction {
    /// Every value, in spec order.
    pub const ALL: &'static [FlowVersionAction] = &[
        FlowVersionAction::Created,
        FlowVersionAction::Updated,
        FlowVersionAction::Restored,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FlowVersionAction::Created => "created",
            FlowVersionAction::Updated => "updated",
            FlowVersionAction::Restored => "restored",
        }
    }
}

impl crate::support::WireEnum for FlowVersionAction {
    const VALUES: &'static [FlowVersionAction] = FlowVersionAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A file-format definition (CSV, JSON, XML, ...).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Format")]
pub struct Format {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Format discriminator from the connector library, e.g. `format.csv`.
    #[oai(rename = "formatType")]
    #[serde(rename = "formatType")]
    pub format_type: String,
    /// Format property bag; keys are defined by the format descriptor.
    #[oai(rename = "properties")]
    #[serde(rename = "properties")]
    pub properties: std::collections::BTreeMap<String, serde_json::Value>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// The writable fields of a format.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FormatInput")]
pub struct FormatInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Format discriminator from the connector library, e.g. `format.csv`.
    #[oai(rename = "formatType")]
    #[serde(rename = "formatType")]
    pub format_type: String,
    /// Format property bag; keys are defined by the format descriptor.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// Liveness. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Health")]
pub struct Health {
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: HealthStatus,
    #[oai(rename = "timestamp")]
    #[serde(rename = "timestamp")]
    pub timestamp: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "HealthStatus")]
pub enum HealthStatus {
    #[oai(rename = "UP")]
    #[serde(rename = "UP")]
    Up,
    #[oai(rename = "DOWN")]
    #[serde(rename = "DOWN")]
    Down,
}

impl HealthStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [HealthStatus] = &[HealthStatus::Up, HealthStatus::Down];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            HealthStatus::Up => "UP",
            HealthStatus::Down => "DOWN",
        }
    }
}

impl crate::support::WireEnum for HealthStatus {
    const VALUES: &'static [HealthStatus] = HealthStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One item of an import. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ImportItem")]
pub struct ImportItem {
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: ImportItemResourceType,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// What the import does (or did) with the item.
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: ImportItemAction,
    /// Id in this tenant; null for items not yet created (preview).
    #[oai(rename = "id")]
    #[serde(rename = "id", default)]
    pub id: Option<i64>,
    /// Why an item is skipped, or what to do after it is imported (e.g. a secret to set again: secrets are never exported in clear). An Understudy addition.
    #[oai(rename = "message")]
    #[serde(rename = "message", default)]
    pub message: Option<String>,
}

/// What the import does (or did) with the item.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ImportItemAction")]
pub enum ImportItemAction {
    #[oai(rename = "create")]
    #[serde(rename = "create")]
    Create,
    #[oai(rename = "update")]
    #[serde(rename = "update")]
    Update,
    #[oai(rename = "skip")]
    #[serde(rename = "skip")]
    Skip,
}

impl ImportItemAction {
    /// Every value, in spec order.
    pub const ALL: &'static [ImportItemAction] = &[
        ImportItemAction::Create,
        ImportItemAction::Update,
        ImportItemAction::Skip,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ImportItemAction::Create => "create",
            ImportItemAction::Update => "update",
            ImportItemAction::Skip => "skip",
        }
    }
}

impl crate::support::WireEnum for ImportItemAction {
    const VALUES: &'static [ImportItemAction] = ImportItemAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ImportItemResourceType")]
pub enum ImportItemResourceType {
    #[oai(rename = "flow")]
    #[serde(rename = "flow")]
    Flow,
    #[oai(rename = "connection")]
    #[serde(rename = "connection")]
    Connection,
    #[oai(rename = "format")]
    #[serde(rename = "format")]
    Format,
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    Schedule,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
}

impl ImportItemResourceType {
    /// Every value, in spec order.
    pub const ALL: &'static [ImportItemResourceType] = &[
        ImportItemResourceType::Flow,
        ImportItemResourceType::Connection,
        ImportItemResourceType::Format,
        ImportItemResourceType::Schedule,
        ImportItemResourceType::Listener,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ImportItemResourceType::Flow => "flow",
            ImportItemResourceType::Connection => "connection",
            ImportItemResourceType::Format => "format",
            ImportItemResourceType::Schedule => "schedule",
            ImportItemResourceType::Listener => "listener",
        }
    }
}

impl crate::support::WireEnum for ImportItemResourceType {
    const VALUES: &'static [ImportItemResourceType] = ImportItemResourceType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The plan (preview) or outcome of an import. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ImportResult")]
pub struct ImportResult {
    #[oai(rename = "preview")]
    #[serde(rename = "preview")]
    pub preview: bool,
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<ImportItem>,
}

/// A problem found in a flow definition. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "InspectionIssue")]
pub struct InspectionIssue {
    #[oai(rename = "severity")]
    #[serde(rename = "severity")]
    pub severity: InspectionIssueSeverity,
    /// JSON path of the offending field.
    #[oai(rename = "field")]
    #[serde(rename = "field", default)]
    pub field: Option<String>,
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "InspectionIssueSeverity")]
pub enum InspectionIssueSeverity {
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    Error,
    #[oai(rename = "warning")]
    #[serde(rename = "warning")]
    Warning,
}

impl InspectionIssueSeverity {
    /// Every value, in spec order.
    pub const ALL: &'static [InspectionIssueSeverity] = &[
        InspectionIssueSeverity::Error,
        InspectionIssueSeverity::Warning,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            InspectionIssueSeverity::Error => "error",
            InspectionIssueSeverity::Warning => "warning",
        }
    }
}

impl crate::support::WireEnum for InspectionIssueSeverity {
    const VALUES: &'static [InspectionIssueSeverity] = InspectionIssueSeverity::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// An invoice. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Invoice")]
pub struct Invoice {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "issuedAt")]
    #[serde(rename = "issuedAt")]
    pub issued_at: String,
    #[oai(rename = "dueAt")]
    #[serde(rename = "dueAt")]
    pub due_at: String,
    #[oai(rename = "amount")]
    #[serde(rename = "amount")]
    pub amount: f64,
    /// ISO 4217.
    #[oai(rename = "currency")]
    #[serde(rename = "currency")]
    pub currency: String,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: InvoiceStatus,
    #[oai(rename = "pdfUrl")]
    #[serde(rename = "pdfUrl", default)]
    pub pdf_url: Option<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "InvoiceStatus")]
pub enum InvoiceStatus {
    #[oai(rename = "paid")]
    #[serde(rename = "paid")]
    Paid,
    #[oai(rename = "open")]
    #[serde(rename = "open")]
    Open,
    #[oai(rename = "void")]
    #[serde(rename = "void")]
    Void,
    #[oai(rename = "uncollectible")]
    #[serde(rename = "uncollectible")]
    Uncollectible,
}

impl InvoiceStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [InvoiceStatus] = &[
        InvoiceStatus::Paid,
        InvoiceStatus::Open,
        InvoiceStatus::Void,
        InvoiceStatus::Uncollectible,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Open => "open",
            InvoiceStatus::Void => "void",
            InvoiceStatus::Uncollectible => "uncollectible",
        }
    }
}

impl crate::support::WireEnum for InvoiceStatus {
    const VALUES: &'static [InvoiceStatus] = InvoiceStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A key file upload (SSH private key, SSL certificate, service-account JSON). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, poem_openapi::Multipart)]
pub struct KeyUploadForm {
    /// The key or certificate file.
    #[oai(rename = "file")]
    pub file: poem_openapi::types::multipart::Upload,
    /// Connection property that will reference the stored file, e.g. `privateKey`.
    #[oai(rename = "property")]
    pub property: Option<String>,
}

impl KeyUploadForm {
    /// The form as a backend sees it: fields as JSON, files summarized.
    pub fn to_form(&self) -> serde_json::Value {
        let mut form = serde_json::Map::new();
        form.insert(
            "file".to_string(),
            crate::support::upload_summary(&self.file),
        );
        form.insert(
            "property".to_string(),
            crate::support::to_json(&self.property),
        );
        serde_json::Value::Object(form)
    }
}

/// A stored key file. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "KeyUploadResult")]
pub struct KeyUploadResult {
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    #[oai(rename = "property")]
    #[serde(rename = "property")]
    pub property: String,
    #[oai(rename = "fileName")]
    #[serde(rename = "fileName")]
    pub file_name: String,
    #[oai(rename = "size")]
    #[serde(rename = "size")]
    pub size: i64,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ListAgentsStatus")]
pub enum ListAgentsStatus {
    #[oai(rename = "online")]
    #[serde(rename = "online")]
    Online,
    #[oai(rename = "offline")]
    #[serde(rename = "offline")]
    Offline,
    #[oai(rename = "restarting")]
    #[serde(rename = "restarting")]
    Restarting,
}

impl ListAgentsStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [ListAgentsStatus] = &[
        ListAgentsStatus::Online,
        ListAgentsStatus::Offline,
        ListAgentsStatus::Restarting,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListAgentsStatus::Online => "online",
            ListAgentsStatus::Offline => "offline",
            ListAgentsStatus::Restarting => "restarting",
        }
    }
}

impl crate::support::WireEnum for ListAgentsStatus {
    const VALUES: &'static [ListAgentsStatus] = ListAgentsStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ListAuditEventsAction")]
pub enum ListAuditEventsAction {
    #[oai(rename = "create")]
    #[serde(rename = "create")]
    Create,
    #[oai(rename = "update")]
    #[serde(rename = "update")]
    Update,
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    Delete,
    #[oai(rename = "restore")]
    #[serde(rename = "restore")]
    Restore,
    #[oai(rename = "purge")]
    #[serde(rename = "purge")]
    Purge,
    #[oai(rename = "run")]
    #[serde(rename = "run")]
    Run,
    #[oai(rename = "login")]
    #[serde(rename = "login")]
    Login,
    #[oai(rename = "logout")]
    #[serde(rename = "logout")]
    Logout,
    #[oai(rename = "update_profile")]
    #[serde(rename = "update_profile")]
    UpdateProfile,
    #[oai(rename = "update_notifications")]
    #[serde(rename = "update_notifications")]
    UpdateNotifications,
    #[oai(rename = "update_password")]
    #[serde(rename = "update_password")]
    UpdatePassword,
    #[oai(rename = "reset_password")]
    #[serde(rename = "reset_password")]
    ResetPassword,
    #[oai(rename = "rotate_api_key")]
    #[serde(rename = "rotate_api_key")]
    RotateApiKey,
    #[oai(rename = "revoke_api_key")]
    #[serde(rename = "revoke_api_key")]
    RevokeApiKey,
    #[oai(rename = "switch_tenant")]
    #[serde(rename = "switch_tenant")]
    SwitchTenant,
    #[oai(rename = "enable_2fa")]
    #[serde(rename = "enable_2fa")]
    Enable2fa,
    #[oai(rename = "disable_2fa")]
    #[serde(rename = "disable_2fa")]
    Disable2fa,
    #[oai(rename = "read")]
    #[serde(rename = "read")]
    Read,
}

impl ListAuditEventsAction {
    /// Every value, in spec order.
    pub const ALL: &'static [ListAuditEventsAction] = &[
        ListAuditEventsAction::Create,
        ListAuditEventsAction::Update,
        ListAuditEventsAction::Delete,
        ListAuditEventsAction::Restore,
        ListAuditEventsAction::Purge,
        ListAuditEventsAction::Run,
        ListAuditEventsAction::Login,
        ListAuditEventsAction::Logout,
        ListAuditEventsAction::UpdateProfile,
        ListAuditEventsAction::UpdateNotifications,
        ListAuditEventsAction::UpdatePassword,
        ListAuditEventsAction::ResetPassword,
        ListAuditEventsAction::RotateApiKey,
        ListAuditEventsAction::RevokeApiKey,
        ListAuditEventsAction::SwitchTenant,
        ListAuditEventsAction::Enable2fa,
        ListAuditEventsAction::Disable2fa,
        ListAuditEventsAction::Read,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListAuditEventsAction::Create => "create",
            ListAuditEventsAction::Update => "update",
            ListAuditEventsAction::Delete => "delete",
            ListAuditEventsAction::Restore => "restore",
            ListAuditEventsAction::Purge => "purge",
            ListAuditEventsAction::Run => "run",
            ListAuditEventsAction::Login => "login",
            ListAuditEventsAction::Logout => "logout",
            ListAuditEventsAction::UpdateProfile => "update_profile",
            ListAuditEventsAction::UpdateNotifications => "update_notifications",
            ListAuditEventsAction::UpdatePassword => "update_password",
            ListAuditEventsAction::ResetPassword => "reset_password",
            ListAuditEventsAction::RotateApiKey => "rotate_api_key",
            ListAuditEventsAction::RevokeApiKey => "revoke_api_key",
            ListAuditEventsAction::SwitchTenant => "switch_tenant",
            ListAuditEventsAction::Enable2fa => "enable_2fa",
            ListAuditEventsAction::Disable2fa => "disable_2fa",
            ListAuditEventsAction::Read => "read",
        }
    }
}

impl crate::support::WireEnum for ListAuditEventsAction {
    const VALUES: &'static [ListAuditEventsAction] = ListAuditEventsAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ListConnectorTypesCategory")]
pub enum ListConnectorTypesCategory {
    #[oai(rename = "database")]
    #[serde(rename = "database")]
    Database,
    #[oai(rename = "file")]
    #[serde(rename = "file")]
    File,
    #[oai(rename = "http")]
    #[serde(rename = "http")]
    Http,
    #[oai(rename = "queue")]
    #[serde(rename = "queue")]
    Queue,
    #[oai(rename = "saas")]
    #[serde(rename = "saas")]
    Saas,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    Email,
    #[oai(rename = "other")]
    #[serde(rename = "other")]
    Other,
}

impl ListConnectorTypesCategory {
    /// Every value, in spec order.
    pub const ALL: &'static [ListConnectorTypesCategory] = &[
        ListConnectorTypesCategory::Database,
        ListConnectorTypesCategory::File,
        ListConnectorTypesCategory::Http,
        ListConnectorTypesCategory::Queue,
        ListConnectorTypesCategory::Saas,
        ListConnectorTypesCategory::Listener,
        ListConnectorTypesCategory::Email,
        ListConnectorTypesCategory::Other,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListConnectorTypesCategory::Database => "database",
            ListConnectorTypesCategory::File => "file",
            ListConnectorTypesCategory::Http => "http",
            ListConnectorTypesCategory::Queue => "queue",
            ListConnectorTypesCategory::Saas => "saas",
            ListConnectorTypesCategory::Listener => "listener",
            ListConnectorTypesCategory::Email => "email",
            ListConnectorTypesCategory::Other => "other",
        }
    }
}

impl crate::support::WireEnum for ListConnectorTypesCategory {
    const VALUES: &'static [ListConnectorTypesCategory] = ListConnectorTypesCategory::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ListFunctionsLanguage")]
pub enum ListFunctionsLanguage {
    #[oai(rename = "javascript")]
    #[serde(rename = "javascript")]
    Javascript,
    #[oai(rename = "python")]
    #[serde(rename = "python")]
    Python,
    #[oai(rename = "sql")]
    #[serde(rename = "sql")]
    Sql,
}

impl ListFunctionsLanguage {
    /// Every value, in spec order.
    pub const ALL: &'static [ListFunctionsLanguage] = &[
        ListFunctionsLanguage::Javascript,
        ListFunctionsLanguage::Python,
        ListFunctionsLanguage::Sql,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListFunctionsLanguage::Javascript => "javascript",
            ListFunctionsLanguage::Python => "python",
            ListFunctionsLanguage::Sql => "sql",
        }
    }
}

impl crate::support::WireEnum for ListFunctionsLanguage {
    const VALUES: &'static [ListFunctionsLanguage] = ListFunctionsLanguage::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ListRunningTasksType")]
pub enum ListRunningTasksType {
    #[oai(rename = "stream")]
    #[serde(rename = "stream")]
    Stream,
    #[oai(rename = "extract")]
    #[serde(rename = "extract")]
    Extract,
    #[oai(rename = "load")]
    #[serde(rename = "load")]
    Load,
    #[oai(rename = "task")]
    #[serde(rename = "task")]
    Task,
    #[oai(rename = "hwm")]
    #[serde(rename = "hwm")]
    Hwm,
}

impl ListRunningTasksType {
    /// Every value, in spec order.
    pub const ALL: &'static [ListRunningTasksType] = &[
        ListRunningTasksType::Stream,
        ListRunningTasksType::Extract,
        ListRunningTasksType::Load,
        ListRunningTasksType::Task,
        ListRunningTasksType::Hwm,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListRunningTasksType::Stream => "stream",
            ListRunningTasksType::Extract => "extract",
            ListRunningTasksType::Load => "load",
            ListRunningTasksType::Task => "task",
            ListRunningTasksType::Hwm => "hwm",
        }
    }
}

impl crate::support::WireEnum for ListRunningTasksType {
    const VALUES: &'static [ListRunningTasksType] = ListRunningTasksType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A queue or event listener (HTTP, Kafka, SQS, MQTT, ...) that triggers flows.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Listener")]
pub struct Listener {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Listener connector discriminator, e.g. `listener.http`, `listener.kafka`, `listener.sqs`.
    #[oai(rename = "connectionType")]
    #[serde(rename = "connectionType")]
    pub connection_type: String,
    /// Listener property bag; keys are defined by the connector descriptor.
    #[oai(rename = "properties")]
    #[serde(rename = "properties")]
    pub properties: std::collections::BTreeMap<String, serde_json::Value>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// The writable fields of a listener.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ListenerInput")]
pub struct ListenerInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Listener connector discriminator, e.g. `listener.http`, `listener.kafka`, `listener.sqs`.
    #[oai(rename = "connectionType")]
    #[serde(rename = "connectionType")]
    pub connection_type: String,
    /// Listener property bag; keys are defined by the connector descriptor.
    #[oai(rename = "properties", skip_serializing_if_is_none)]
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// A parameter macro (reusable snippet). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Macro")]
pub struct Macro {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// The snippet; `{name}` placeholders are parameters.
    #[oai(rename = "value")]
    #[serde(rename = "value")]
    pub value: String,
    /// Parameter names used in `value`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: Vec<String>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// The writable fields of a macro. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "MacroInput")]
pub struct MacroInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// The snippet; `{name}` placeholders are parameters.
    #[oai(rename = "value")]
    #[serde(rename = "value")]
    pub value: String,
    /// Parameter names used in `value`.
    #[oai(rename = "parameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parameters: Option<Vec<String>>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// An in-app message. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Message")]
pub struct Message {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "subject")]
    #[serde(rename = "subject")]
    pub subject: String,
    #[oai(rename = "body")]
    #[serde(rename = "body")]
    pub body_: String,
    #[oai(rename = "severity")]
    #[serde(rename = "severity")]
    pub severity: MessageSeverity,
    #[oai(rename = "read")]
    #[serde(rename = "read")]
    pub read: bool,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// Path in the UI or API the message is about.
    #[oai(rename = "link")]
    #[serde(rename = "link", default)]
    pub link: Option<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "MessageSeverity")]
pub enum MessageSeverity {
    #[oai(rename = "info")]
    #[serde(rename = "info")]
    Info,
    #[oai(rename = "warning")]
    #[serde(rename = "warning")]
    Warning,
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    Error,
}

impl MessageSeverity {
    /// Every value, in spec order.
    pub const ALL: &'static [MessageSeverity] = &[
        MessageSeverity::Info,
        MessageSeverity::Warning,
        MessageSeverity::Error,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            MessageSeverity::Info => "info",
            MessageSeverity::Warning => "warning",
            MessageSeverity::Error => "error",
        }
    }
}

impl crate::support::WireEnum for MessageSeverity {
    const VALUES: &'static [MessageSeverity] = MessageSeverity::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One schema, table, view, endpoint or column. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "MetadataObject")]
pub struct MetadataObject {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: MetadataObjectType,
    /// Fully qualified name; pass it as `path` to drill down.
    #[oai(rename = "path")]
    #[serde(rename = "path")]
    pub path: String,
    /// Column data type; null for other kinds.
    #[oai(rename = "dataType")]
    #[serde(rename = "dataType", default)]
    pub data_type: Option<String>,
    #[oai(rename = "hasChildren")]
    #[serde(rename = "hasChildren")]
    pub has_children: bool,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "MetadataObjectType")]
pub enum MetadataObjectType {
    #[oai(rename = "catalog")]
    #[serde(rename = "catalog")]
    Catalog,
    #[oai(rename = "schema")]
    #[serde(rename = "schema")]
    Schema,
    #[oai(rename = "table")]
    #[serde(rename = "table")]
    Table,
    #[oai(rename = "view")]
    #[serde(rename = "view")]
    View,
    #[oai(rename = "column")]
    #[serde(rename = "column")]
    Column,
    #[oai(rename = "endpoint")]
    #[serde(rename = "endpoint")]
    Endpoint,
    #[oai(rename = "file")]
    #[serde(rename = "file")]
    File,
    #[oai(rename = "queue")]
    #[serde(rename = "queue")]
    Queue,
}

impl MetadataObjectType {
    /// Every value, in spec order.
    pub const ALL: &'static [MetadataObjectType] = &[
        MetadataObjectType::Catalog,
        MetadataObjectType::Schema,
        MetadataObjectType::Table,
        MetadataObjectType::View,
        MetadataObjectType::Column,
        MetadataObjectType::Endpoint,
        MetadataObjectType::File,
        MetadataObjectType::Queue,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            MetadataObjectType::Catalog => "catalog",
            MetadataObjectType::Schema => "schema",
            MetadataObjectType::Table => "table",
            MetadataObjectType::View => "view",
            MetadataObjectType::Column => "column",
            MetadataObjectType::Endpoint => "endpoint",
            MetadataObjectType::File => "file",
            MetadataObjectType::Queue => "queue",
        }
    }
}

impl crate::support::WireEnum for MetadataObjectType {
    const VALUES: &'static [MetadataObjectType] = MetadataObjectType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A resolved Microsoft Entra tenant. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "MicrosoftTenant")]
pub struct MicrosoftTenant {
    #[oai(rename = "domain")]
    #[serde(rename = "domain")]
    pub domain: String,
    #[oai(rename = "tenantId")]
    #[serde(rename = "tenantId")]
    pub tenant_id: uuid::Uuid,
    #[oai(rename = "authority")]
    #[serde(rename = "authority")]
    pub authority: String,
}

/// A platform module. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Module")]
pub struct Module {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    pub title: String,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
}

/// A flow run as a step of a nested (pipeline) flow. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "NestedFlowStep")]
pub struct NestedFlowStep {
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Execution order, from 1.
    #[oai(rename = "order")]
    #[serde(rename = "order")]
    pub order: i32,
    #[oai(rename = "enabled", skip_serializing_if_is_none)]
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Optional JavaScript condition that must be true for the step to run.
    #[oai(rename = "condition")]
    #[serde(rename = "condition", default)]
    pub condition: Option<String>,
}

/// The caller's notification preferences. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "NotificationPreferences")]
pub struct NotificationPreferences {
    #[oai(rename = "emailOnFlowFailure")]
    #[serde(rename = "emailOnFlowFailure")]
    pub email_on_flow_failure: bool,
    #[oai(rename = "emailOnFlowSuccess")]
    #[serde(rename = "emailOnFlowSuccess")]
    pub email_on_flow_success: bool,
    #[oai(rename = "inAppMessages")]
    #[serde(rename = "inAppMessages")]
    pub in_app_messages: bool,
    #[oai(rename = "digest")]
    #[serde(rename = "digest")]
    pub digest: NotificationPreferencesDigest,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "NotificationPreferencesDigest")]
pub enum NotificationPreferencesDigest {
    #[oai(rename = "none")]
    #[serde(rename = "none")]
    None,
    #[oai(rename = "daily")]
    #[serde(rename = "daily")]
    Daily,
    #[oai(rename = "weekly")]
    #[serde(rename = "weekly")]
    Weekly,
}

impl NotificationPreferencesDigest {
    /// Every value, in spec order.
    pub const ALL: &'static [NotificationPreferencesDigest] = &[
        NotificationPreferencesDigest::None,
        NotificationPreferencesDigest::Daily,
        NotificationPreferencesDigest::Weekly,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            NotificationPreferencesDigest::None => "none",
            NotificationPreferencesDigest::Daily => "daily",
            NotificationPreferencesDigest::Weekly => "weekly",
        }
    }
}

impl crate::support::WireEnum for NotificationPreferencesDigest {
    const VALUES: &'static [NotificationPreferencesDigest] = NotificationPreferencesDigest::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The provider's answer to exchange for tokens. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OAuthCallbackRequest")]
pub struct OAuthCallbackRequest {
    /// Authorization code from the provider's redirect.
    #[oai(rename = "code")]
    #[serde(rename = "code")]
    pub code: String,
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: String,
    #[oai(rename = "redirectUri", skip_serializing_if_is_none)]
    #[serde(
        rename = "redirectUri",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub redirect_uri: Option<String>,
    /// Connection that stores the tokens.
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Where to send the user to grant access. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OAuthConsentUrl")]
pub struct OAuthConsentUrl {
    /// A built-in OAuth provider.
    #[oai(rename = "provider")]
    #[serde(rename = "provider")]
    pub provider: OAuthProvider,
    /// Consent URL to redirect the user to.
    #[oai(rename = "url")]
    #[serde(rename = "url")]
    pub url: String,
    /// Opaque value to send back with the callback.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: String,
}

/// A built-in OAuth provider.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "OAuthProvider")]
pub enum OAuthProvider {
    #[oai(rename = "amazon-seller")]
    #[serde(rename = "amazon-seller")]
    AmazonSeller,
    #[oai(rename = "atlassian")]
    #[serde(rename = "atlassian")]
    Atlassian,
    #[oai(rename = "dropbox")]
    #[serde(rename = "dropbox")]
    Dropbox,
    #[oai(rename = "facebook")]
    #[serde(rename = "facebook")]
    Facebook,
    #[oai(rename = "google")]
    #[serde(rename = "google")]
    Google,
    #[oai(rename = "hubspot")]
    #[serde(rename = "hubspot")]
    Hubspot,
    #[oai(rename = "mailchimp")]
    #[serde(rename = "mailchimp")]
    Mailchimp,
    #[oai(rename = "microsoft")]
    #[serde(rename = "microsoft")]
    Microsoft,
    #[oai(rename = "quickbooks")]
    #[serde(rename = "quickbooks")]
    Quickbooks,
    #[oai(rename = "salesforce")]
    #[serde(rename = "salesforce")]
    Salesforce,
    #[oai(rename = "zoho")]
    #[serde(rename = "zoho")]
    Zoho,
}

impl OAuthProvider {
    /// Every value, in spec order.
    pub const ALL: &'static [OAuthProvider] = &[
        OAuthProvider::AmazonSeller,
        OAuthProvider::Atlassian,
        OAuthProvider::Dropbox,
        OAuthProvider::Facebook,
        OAuthProvider::Google,
        OAuthProvider::Hubspot,
        OAuthProvider::Mailchimp,
        OAuthProvider::Microsoft,
        OAuthProvider::Quickbooks,
        OAuthProvider::Salesforce,
        OAuthProvider::Zoho,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            OAuthProvider::AmazonSeller => "amazon-seller",
            OAuthProvider::Atlassian => "atlassian",
            OAuthProvider::Dropbox => "dropbox",
            OAuthProvider::Facebook => "facebook",
            OAuthProvider::Google => "google",
            OAuthProvider::Hubspot => "hubspot",
            OAuthProvider::Mailchimp => "mailchimp",
            OAuthProvider::Microsoft => "microsoft",
            OAuthProvider::Quickbooks => "quickbooks",
            OAuthProvider::Salesforce => "salesforce",
            OAuthProvider::Zoho => "zoho",
        }
    }
}

impl crate::support::WireEnum for OAuthProvider {
    const VALUES: &'static [OAuthProvider] = OAuthProvider::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Which connection's tokens to refresh. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OAuthRefreshRequest")]
pub struct OAuthRefreshRequest {
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Tokens stored on the connection (the tokens themselves are never returned). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OAuthTokenResult")]
pub struct OAuthTokenResult {
    /// A built-in OAuth provider.
    #[oai(rename = "provider")]
    #[serde(rename = "provider")]
    pub provider: OAuthProvider,
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// When the access token expires.
    #[oai(rename = "expiresAt")]
    #[serde(rename = "expiresAt", default)]
    pub expires_at: Option<String>,
    #[oai(rename = "scopes")]
    #[serde(rename = "scopes")]
    pub scopes: Vec<String>,
}

/// Completes a password reset. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "PasswordResetConfirm")]
pub struct PasswordResetConfirm {
    /// The token from the reset email.
    #[oai(rename = "token")]
    #[serde(rename = "token")]
    pub token: String,
    #[oai(rename = "newPassword", write_only, validator(min_length = 8))]
    #[serde(
        rename = "newPassword",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub new_password: String,
}

/// Who wants a reset link. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "PasswordResetRequest")]
pub struct PasswordResetRequest {
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
}

/// Changes the caller's password. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "PasswordUpdate")]
pub struct PasswordUpdate {
    #[oai(rename = "currentPassword", write_only)]
    #[serde(
        rename = "currentPassword",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub current_password: String,
    #[oai(rename = "newPassword", write_only, validator(min_length = 8))]
    #[serde(
        rename = "newPassword",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub new_password: String,
}

/// Per-user UI settings. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ProfileSettings")]
pub struct ProfileSettings {
    #[oai(rename = "theme")]
    #[serde(rename = "theme")]
    pub theme: ProfileSettingsTheme,
    #[oai(rename = "dateFormat")]
    #[serde(rename = "dateFormat")]
    pub date_format: String,
    #[oai(
        rename = "defaultPageSize",
        validator(
            maximum(value = "200", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "defaultPageSize")]
    pub default_page_size: i32,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ProfileSettingsTheme")]
pub enum ProfileSettingsTheme {
    #[oai(rename = "light")]
    #[serde(rename = "light")]
    Light,
    #[oai(rename = "dark")]
    #[serde(rename = "dark")]
    Dark,
    #[oai(rename = "system")]
    #[serde(rename = "system")]
    System,
}

impl ProfileSettingsTheme {
    /// Every value, in spec order.
    pub const ALL: &'static [ProfileSettingsTheme] = &[
        ProfileSettingsTheme::Light,
        ProfileSettingsTheme::Dark,
        ProfileSettingsTheme::System,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ProfileSettingsTheme::Light => "light",
            ProfileSettingsTheme::Dark => "dark",
            ProfileSettingsTheme::System => "system",
        }
    }
}

impl crate::support::WireEnum for ProfileSettingsTheme {
    const VALUES: &'static [ProfileSettingsTheme] = ProfileSettingsTheme::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A flow the caller opened recently. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecentFlow")]
pub struct RecentFlow {
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "flowType")]
    #[serde(rename = "flowType")]
    pub flow_type: String,
    #[oai(rename = "openedAt")]
    #[serde(rename = "openedAt")]
    pub opened_at: String,
}

/// A deleted resource that can be restored. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecycleBinItem")]
pub struct RecycleBinItem {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: RecycleBinItemResourceType,
    #[oai(rename = "resourceId")]
    #[serde(rename = "resourceId")]
    pub resource_id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "deletedAt")]
    #[serde(rename = "deletedAt")]
    pub deleted_at: String,
    #[oai(rename = "deletedBy")]
    #[serde(rename = "deletedBy")]
    pub deleted_by: String,
    /// When it is purged automatically (90 days by default).
    #[oai(rename = "expiresAt")]
    #[serde(rename = "expiresAt")]
    pub expires_at: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "RecycleBinItemResourceType")]
pub enum RecycleBinItemResourceType {
    #[oai(rename = "flow")]
    #[serde(rename = "flow")]
    Flow,
    #[oai(rename = "connection")]
    #[serde(rename = "connection")]
    Connection,
    #[oai(rename = "format")]
    #[serde(rename = "format")]
    Format,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    Schedule,
    #[oai(rename = "webhook")]
    #[serde(rename = "webhook")]
    Webhook,
    #[oai(rename = "macro")]
    #[serde(rename = "macro")]
    Macro,
    #[oai(rename = "user")]
    #[serde(rename = "user")]
    User,
}

impl RecycleBinItemResourceType {
    /// Every value, in spec order.
    pub const ALL: &'static [RecycleBinItemResourceType] = &[
        RecycleBinItemResourceType::Flow,
        RecycleBinItemResourceType::Connection,
        RecycleBinItemResourceType::Format,
        RecycleBinItemResourceType::Listener,
        RecycleBinItemResourceType::Schedule,
        RecycleBinItemResourceType::Webhook,
        RecycleBinItemResourceType::Macro,
        RecycleBinItemResourceType::User,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            RecycleBinItemResourceType::Flow => "flow",
            RecycleBinItemResourceType::Connection => "connection",
            RecycleBinItemResourceType::Format => "format",
            RecycleBinItemResourceType::Listener => "listener",
            RecycleBinItemResourceType::Schedule => "schedule",
            RecycleBinItemResourceType::Webhook => "webhook",
            RecycleBinItemResourceType::Macro => "macro",
            RecycleBinItemResourceType::User => "user",
        }
    }
}

impl crate::support::WireEnum for RecycleBinItemResourceType {
    const VALUES: &'static [RecycleBinItemResourceType] = RecycleBinItemResourceType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The tags on one resource. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ResourceTags")]
pub struct ResourceTags {
    /// A taggable resource type.
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: ResourceType,
    #[oai(rename = "resourceId")]
    #[serde(rename = "resourceId")]
    pub resource_id: i64,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// A taggable resource type.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ResourceType")]
pub enum ResourceType {
    #[oai(rename = "flow")]
    #[serde(rename = "flow")]
    Flow,
    #[oai(rename = "connection")]
    #[serde(rename = "connection")]
    Connection,
    #[oai(rename = "format")]
    #[serde(rename = "format")]
    Format,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    Schedule,
    #[oai(rename = "webhook")]
    #[serde(rename = "webhook")]
    Webhook,
    #[oai(rename = "macro")]
    #[serde(rename = "macro")]
    Macro,
}

impl ResourceType {
    /// Every value, in spec order.
    pub const ALL: &'static [ResourceType] = &[
        ResourceType::Flow,
        ResourceType::Connection,
        ResourceType::Format,
        ResourceType::Listener,
        ResourceType::Schedule,
        ResourceType::Webhook,
        ResourceType::Macro,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ResourceType::Flow => "flow",
            ResourceType::Connection => "connection",
            ResourceType::Format => "format",
            ResourceType::Listener => "listener",
            ResourceType::Schedule => "schedule",
            ResourceType::Webhook => "webhook",
            ResourceType::Macro => "macro",
        }
    }
}

impl crate::support::WireEnum for ResourceType {
    const VALUES: &'static [ResourceType] = ResourceType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A resource brought back from the recycle bin. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RestoredResource")]
pub struct RestoredResource {
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: String,
    #[oai(rename = "resourceId")]
    #[serde(rename = "resourceId")]
    pub resource_id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
}

/// A user's role. `SUPER_ADMIN` spans tenants; the others are bound to one tenant. `API_USER` may only call user-defined listener APIs.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "Role")]
pub enum Role {
    #[oai(rename = "SUPER_ADMIN")]
    #[serde(rename = "SUPER_ADMIN")]
    SuperAdmin,
    #[oai(rename = "ADMINISTRATOR")]
    #[serde(rename = "ADMINISTRATOR")]
    Administrator,
    #[oai(rename = "EDITOR")]
    #[serde(rename = "EDITOR")]
    Editor,
    #[oai(rename = "OPERATOR")]
    #[serde(rename = "OPERATOR")]
    Operator,
    #[oai(rename = "VIEWER")]
    #[serde(rename = "VIEWER")]
    Viewer,
    #[oai(rename = "API_USER")]
    #[serde(rename = "API_USER")]
    ApiUser,
}

impl Role {
    /// Every value, in spec order.
    pub const ALL: &'static [Role] = &[
        Role::SuperAdmin,
        Role::Administrator,
        Role::Editor,
        Role::Operator,
        Role::Viewer,
        Role::ApiUser,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::SuperAdmin => "SUPER_ADMIN",
            Role::Administrator => "ADMINISTRATOR",
            Role::Editor => "EDITOR",
            Role::Operator => "OPERATOR",
            Role::Viewer => "VIEWER",
            Role::ApiUser => "API_USER",
        }
    }
}

impl crate::support::WireEnum for Role {
    const VALUES: &'static [Role] = Role::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Flat map of parameter name to value. The flow receives each pair as a flow variable and a global variable, referenced as `{name}`. Not wrapped in `{"params": ...}`; a flow without parameters gets `{}`.
pub type RunParameters = std::collections::BTreeMap<String, String>;

/// An in-flight transformation of a running execution.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RunningTask")]
pub struct RunningTask {
    #[oai(rename = "requestId")]
    #[serde(rename = "requestId")]
    pub request_id: String,
    #[oai(rename = "owner")]
    #[serde(rename = "owner")]
    pub owner: String,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// Start time, epoch milliseconds.
    #[oai(rename = "started")]
    #[serde(rename = "started")]
    pub started: i64,
    /// Milliseconds so far.
    #[oai(rename = "duration")]
    #[serde(rename = "duration")]
    pub duration: i64,
    /// The task's code or SQL, when it has one.
    #[oai(rename = "code")]
    #[serde(rename = "code", default)]
    pub code: Option<String>,
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: RunningTaskType,
    #[oai(rename = "tenant")]
    #[serde(rename = "tenant")]
    pub tenant: String,
    #[oai(rename = "language")]
    #[serde(rename = "language", default)]
    pub language: Option<String>,
    #[oai(rename = "latency")]
    #[serde(rename = "latency", default)]
    pub latency: Option<i64>,
    #[oai(rename = "maxLatency")]
    #[serde(rename = "maxLatency", default)]
    pub max_latency: Option<i64>,
    #[oai(rename = "minLatency")]
    #[serde(rename = "minLatency", default)]
    pub min_latency: Option<i64>,
    #[oai(rename = "avgLatency")]
    #[serde(rename = "avgLatency", default)]
    pub avg_latency: Option<i64>,
    #[oai(rename = "recordsProcessed")]
    #[serde(rename = "recordsProcessed")]
    pub records_processed: i64,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "RunningTaskType")]
pub enum RunningTaskType {
    #[oai(rename = "stream")]
    #[serde(rename = "stream")]
    Stream,
    #[oai(rename = "extract")]
    #[serde(rename = "extract")]
    Extract,
    #[oai(rename = "load")]
    #[serde(rename = "load")]
    Load,
    #[oai(rename = "task")]
    #[serde(rename = "task")]
    Task,
    #[oai(rename = "hwm")]
    #[serde(rename = "hwm")]
    Hwm,
}

impl RunningTaskType {
    /// Every value, in spec order.
    pub const ALL: &'static [RunningTaskType] = &[
        RunningTaskType::Stream,
        RunningTaskType::Extract,
        RunningTaskType::Load,
        RunningTaskType::Task,
        RunningTaskType::Hwm,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            RunningTaskType::Stream => "stream",
            RunningTaskType::Extract => "extract",
            RunningTaskType::Load => "load",
            RunningTaskType::Task => "task",
            RunningTaskType::Hwm => "hwm",
        }
    }
}

impl crate::support::WireEnum for RunningTaskType {
    const VALUES: &'static [RunningTaskType] = RunningTaskType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Salesforce username-password login. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SalesforceLoginRequest")]
pub struct SalesforceLoginRequest {
    #[oai(rename = "username")]
    #[serde(rename = "username")]
    pub username: String,
    #[oai(rename = "password", write_only)]
    #[serde(
        rename = "password",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub password: String,
    #[oai(rename = "securityToken", write_only)]
    #[serde(
        rename = "securityToken",
        default,
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub security_token: Option<String>,
    #[oai(
        rename = "sandbox",
        default = "default_salesforce_login_request_sandbox",
        skip_serializing_if_is_none
    )]
    #[serde(
        rename = "sandbox",
        default = "default_salesforce_login_request_sandbox",
        skip_serializing_if = "Option::is_none"
    )]
    pub sandbox: Option<bool>,
    /// Connection to store the session on.
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId", default)]
    pub connection_id: Option<i64>,
}

/// A Salesforce session. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SalesforceLoginResult")]
pub struct SalesforceLoginResult {
    #[oai(rename = "instanceUrl")]
    #[serde(rename = "instanceUrl")]
    pub instance_url: String,
    #[oai(rename = "organizationId")]
    #[serde(rename = "organizationId")]
    pub organization_id: String,
    #[oai(rename = "userId")]
    #[serde(rename = "userId")]
    pub user_id: String,
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId", default)]
    pub connection_id: Option<i64>,
}

/// A bulk action on schedules. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScheduleBulkRequest")]
pub struct ScheduleBulkRequest {
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: ScheduleBulkRequestAction,
    /// Schedule ids.
    #[oai(rename = "ids", validator(max_items = 200, min_items = 1))]
    #[serde(rename = "ids")]
    pub ids: Vec<i64>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ScheduleBulkRequestAction")]
pub enum ScheduleBulkRequestAction {
    #[oai(rename = "enable")]
    #[serde(rename = "enable")]
    Enable,
    #[oai(rename = "disable")]
    #[serde(rename = "disable")]
    Disable,
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    Delete,
}

impl ScheduleBulkRequestAction {
    /// Every value, in spec order.
    pub const ALL: &'static [ScheduleBulkRequestAction] = &[
        ScheduleBulkRequestAction::Enable,
        ScheduleBulkRequestAction::Disable,
        ScheduleBulkRequestAction::Delete,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ScheduleBulkRequestAction::Enable => "enable",
            ScheduleBulkRequestAction::Disable => "disable",
            ScheduleBulkRequestAction::Delete => "delete",
        }
    }
}

impl crate::support::WireEnum for ScheduleBulkRequestAction {
    const VALUES: &'static [ScheduleBulkRequestAction] = ScheduleBulkRequestAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Per-id outcome of a bulk action. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScheduleBulkResult")]
pub struct ScheduleBulkResult {
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: ScheduleBulkResultAction,
    #[oai(rename = "succeeded")]
    #[serde(rename = "succeeded")]
    pub succeeded: Vec<i64>,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    pub failed: Vec<BulkFailure>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ScheduleBulkResultAction")]
pub enum ScheduleBulkResultAction {
    #[oai(rename = "enable")]
    #[serde(rename = "enable")]
    Enable,
    #[oai(rename = "disable")]
    #[serde(rename = "disable")]
    Disable,
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    Delete,
}

impl ScheduleBulkResultAction {
    /// Every value, in spec order.
    pub const ALL: &'static [ScheduleBulkResultAction] = &[
        ScheduleBulkResultAction::Enable,
        ScheduleBulkResultAction::Disable,
        ScheduleBulkResultAction::Delete,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ScheduleBulkResultAction::Enable => "enable",
            ScheduleBulkResultAction::Disable => "disable",
            ScheduleBulkResultAction::Delete => "delete",
        }
    }
}

impl crate::support::WireEnum for ScheduleBulkResultAction {
    const VALUES: &'static [ScheduleBulkResultAction] = ScheduleBulkResultAction::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One kind of `schedule` string the platform accepts. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScheduleType")]
pub struct ScheduleType {
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: ScheduleTypeType,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description")]
    pub description: String,
    /// A valid value.
    #[oai(rename = "sample")]
    #[serde(rename = "sample")]
    pub sample: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ScheduleTypeType")]
pub enum ScheduleTypeType {
    #[oai(rename = "cron")]
    #[serde(rename = "cron")]
    Cron,
    #[oai(rename = "interval")]
    #[serde(rename = "interval")]
    Interval,
}

impl ScheduleTypeType {
    /// Every value, in spec order.
    pub const ALL: &'static [ScheduleTypeType] =
        &[ScheduleTypeType::Cron, ScheduleTypeType::Interval];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ScheduleTypeType::Cron => "cron",
            ScheduleTypeType::Interval => "interval",
        }
    }
}

impl crate::support::WireEnum for ScheduleTypeType {
    const VALUES: &'static [ScheduleTypeType] = ScheduleTypeType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One search hit. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SearchResult")]
pub struct SearchResult {
    #[oai(rename = "resourceType")]
    #[serde(rename = "resourceType")]
    pub resource_type: SearchResultResourceType,
    /// Id of the resource; for `metadata` hits, the connection's id.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// Relevance, 0 to 1.
    #[oai(
        rename = "score",
        validator(
            maximum(value = "1", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(rename = "score")]
    pub score: f64,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "SearchResultResourceType")]
pub enum SearchResultResourceType {
    #[oai(rename = "flow")]
    #[serde(rename = "flow")]
    Flow,
    #[oai(rename = "connection")]
    #[serde(rename = "connection")]
    Connection,
    #[oai(rename = "format")]
    #[serde(rename = "format")]
    Format,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    Schedule,
    #[oai(rename = "webhook")]
    #[serde(rename = "webhook")]
    Webhook,
    #[oai(rename = "macro")]
    #[serde(rename = "macro")]
    Macro,
    #[oai(rename = "metadata")]
    #[serde(rename = "metadata")]
    Metadata,
}

impl SearchResultResourceType {
    /// Every value, in spec order.
    pub const ALL: &'static [SearchResultResourceType] = &[
        SearchResultResourceType::Flow,
        SearchResultResourceType::Connection,
        SearchResultResourceType::Format,
        SearchResultResourceType::Listener,
        SearchResultResourceType::Schedule,
        SearchResultResourceType::Webhook,
        SearchResultResourceType::Macro,
        SearchResultResourceType::Metadata,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SearchResultResourceType::Flow => "flow",
            SearchResultResourceType::Connection => "connection",
            SearchResultResourceType::Format => "format",
            SearchResultResourceType::Listener => "listener",
            SearchResultResourceType::Schedule => "schedule",
            SearchResultResourceType::Webhook => "webhook",
            SearchResultResourceType::Macro => "macro",
            SearchResultResourceType::Metadata => "metadata",
        }
    }
}

impl crate::support::WireEnum for SearchResultResourceType {
    const VALUES: &'static [SearchResultResourceType] = SearchResultResourceType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "SearchTypeItem")]
pub enum SearchTypeItem {
    #[oai(rename = "flow")]
    #[serde(rename = "flow")]
    Flow,
    #[oai(rename = "connection")]
    #[serde(rename = "connection")]
    Connection,
    #[oai(rename = "format")]
    #[serde(rename = "format")]
    Format,
    #[oai(rename = "listener")]
    #[serde(rename = "listener")]
    Listener,
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule")]
    Schedule,
    #[oai(rename = "webhook")]
    #[serde(rename = "webhook")]
    Webhook,
    #[oai(rename = "macro")]
    #[serde(rename = "macro")]
    Macro,
    #[oai(rename = "metadata")]
    #[serde(rename = "metadata")]
    Metadata,
}

impl SearchTypeItem {
    /// Every value, in spec order.
    pub const ALL: &'static [SearchTypeItem] = &[
        SearchTypeItem::Flow,
        SearchTypeItem::Connection,
        SearchTypeItem::Format,
        SearchTypeItem::Listener,
        SearchTypeItem::Schedule,
        SearchTypeItem::Webhook,
        SearchTypeItem::Macro,
        SearchTypeItem::Metadata,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SearchTypeItem::Flow => "flow",
            SearchTypeItem::Connection => "connection",
            SearchTypeItem::Format => "format",
            SearchTypeItem::Listener => "listener",
            SearchTypeItem::Schedule => "schedule",
            SearchTypeItem::Webhook => "webhook",
            SearchTypeItem::Macro => "macro",
            SearchTypeItem::Metadata => "metadata",
        }
    }
}

impl crate::support::WireEnum for SearchTypeItem {
    const VALUES: &'static [SearchTypeItem] = SearchTypeItem::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A result column. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SqlColumn")]
pub struct SqlColumn {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
}

/// A statement to run. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SqlRequest")]
pub struct SqlRequest {
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    #[oai(rename = "sql", validator(min_length = 1))]
    #[serde(rename = "sql")]
    pub sql: String,
    /// Stop after this many rows.
    #[oai(
        rename = "maxRows",
        default = "default_sql_request_max_rows",
        skip_serializing_if_is_none,
        validator(
            maximum(value = "10000", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(
        rename = "maxRows",
        default = "default_sql_request_max_rows",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_rows: Option<i32>,
}

/// Rows and metadata of a statement or sample. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SqlResult")]
pub struct SqlResult {
    #[oai(rename = "columns")]
    #[serde(rename = "columns")]
    pub columns: Vec<SqlColumn>,
    /// Rows in column order; values are rendered as strings, SQL NULL as null.
    #[oai(rename = "rows")]
    #[serde(rename = "rows")]
    pub rows: Vec<Vec<Option<String>>>,
    #[oai(rename = "rowCount")]
    #[serde(rename = "rowCount")]
    pub row_count: i64,
    /// Rows changed by a DML statement; null for queries.
    #[oai(rename = "updateCount")]
    #[serde(rename = "updateCount", default)]
    pub update_count: Option<i64>,
    /// True when more rows existed than `maxRows`.
    #[oai(rename = "truncated")]
    #[serde(rename = "truncated")]
    pub truncated: bool,
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
}

/// The current subscription. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Subscription")]
pub struct Subscription {
    #[oai(rename = "tier")]
    #[serde(rename = "tier")]
    pub tier: String,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: SubscriptionStatus,
    #[oai(rename = "seats")]
    #[serde(rename = "seats")]
    pub seats: i32,
    #[oai(rename = "seatsUsed")]
    #[serde(rename = "seatsUsed")]
    pub seats_used: i32,
    /// What the allowance counts.
    #[oai(rename = "allowanceUnit")]
    #[serde(rename = "allowanceUnit")]
    pub allowance_unit: String,
    #[oai(rename = "allowance")]
    #[serde(rename = "allowance")]
    pub allowance: i64,
    #[oai(rename = "allowanceUsed")]
    #[serde(rename = "allowanceUsed")]
    pub allowance_used: i64,
    #[oai(rename = "periodStart")]
    #[serde(rename = "periodStart")]
    pub period_start: String,
    #[oai(rename = "periodEnd")]
    #[serde(rename = "periodEnd")]
    pub period_end: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "SubscriptionStatus")]
pub enum SubscriptionStatus {
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    Active,
    #[oai(rename = "trialing")]
    #[serde(rename = "trialing")]
    Trialing,
    #[oai(rename = "past_due")]
    #[serde(rename = "past_due")]
    PastDue,
    #[oai(rename = "canceled")]
    #[serde(rename = "canceled")]
    Canceled,
}

impl SubscriptionStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [SubscriptionStatus] = &[
        SubscriptionStatus::Active,
        SubscriptionStatus::Trialing,
        SubscriptionStatus::PastDue,
        SubscriptionStatus::Canceled,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SubscriptionStatus::Active => "active",
            SubscriptionStatus::Trialing => "trialing",
            SubscriptionStatus::PastDue => "past_due",
            SubscriptionStatus::Canceled => "canceled",
        }
    }
}

impl crate::support::WireEnum for SubscriptionStatus {
    const VALUES: &'static [SubscriptionStatus] = SubscriptionStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Version, build and deployment mode. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SystemInfo")]
pub struct SystemInfo {
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
    #[oai(rename = "build")]
    #[serde(rename = "build")]
    pub build: String,
    #[oai(rename = "deploymentMode")]
    #[serde(rename = "deploymentMode")]
    pub deployment_mode: SystemInfoDeploymentMode,
    #[oai(rename = "buildTime", skip_serializing_if_is_none)]
    #[serde(rename = "buildTime", default, skip_serializing_if = "Option::is_none")]
    pub build_time: Option<String>,
    /// Understudy addition. When this server started.
    #[oai(rename = "startedAt", skip_serializing_if_is_none)]
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Understudy addition. Seconds since `startedAt`.
    #[oai(rename = "uptimeSeconds", skip_serializing_if_is_none)]
    #[serde(
        rename = "uptimeSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub uptime_seconds: Option<i64>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "SystemInfoDeploymentMode")]
pub enum SystemInfoDeploymentMode {
    #[oai(rename = "cloud")]
    #[serde(rename = "cloud")]
    Cloud,
    #[oai(rename = "hybrid")]
    #[serde(rename = "hybrid")]
    Hybrid,
    #[oai(rename = "on-prem")]
    #[serde(rename = "on-prem")]
    OnPrem,
}

impl SystemInfoDeploymentMode {
    /// Every value, in spec order.
    pub const ALL: &'static [SystemInfoDeploymentMode] = &[
        SystemInfoDeploymentMode::Cloud,
        SystemInfoDeploymentMode::Hybrid,
        SystemInfoDeploymentMode::OnPrem,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SystemInfoDeploymentMode::Cloud => "cloud",
            SystemInfoDeploymentMode::Hybrid => "hybrid",
            SystemInfoDeploymentMode::OnPrem => "on-prem",
        }
    }
}

impl crate::support::WireEnum for SystemInfoDeploymentMode {
    const VALUES: &'static [SystemInfoDeploymentMode] = SystemInfoDeploymentMode::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A tag in use in the tenant. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Tag")]
pub struct Tag {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// Resources carrying the tag.
    #[oai(rename = "count")]
    #[serde(rename = "count")]
    pub count: i64,
}

/// A set of tags. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TagList")]
pub struct TagList {
    /// Tag names; replaces the current set.
    #[oai(rename = "tags", validator(max_items = 50))]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// A library template. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Template")]
pub struct Template {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description")]
    pub description: String,
    #[oai(rename = "category")]
    #[serde(rename = "category")]
    pub category: String,
    /// Connector discriminators the template uses.
    #[oai(rename = "connectors")]
    #[serde(rename = "connectors")]
    pub connectors: Vec<String>,
    #[oai(rename = "flowType")]
    #[serde(rename = "flowType")]
    pub flow_type: String,
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
}

/// How to deploy a template. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateDeployRequest")]
pub struct TemplateDeployRequest {
    /// Name of the new flow; defaults to the template's.
    #[oai(rename = "name")]
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Template connection placeholder name to an existing connection id.
    #[oai(rename = "connections", skip_serializing_if_is_none)]
    #[serde(
        rename = "connections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connections: Option<std::collections::BTreeMap<String, i64>>,
}

/// The flow created from a template. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateDeployResult")]
pub struct TemplateDeployResult {
    #[oai(rename = "templateId")]
    #[serde(rename = "templateId")]
    pub template_id: i64,
    /// The new flow's id.
    #[oai(rename = "flowId")]
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
}

/// A tenant (account). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Tenant")]
pub struct Tenant {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    pub active: bool,
    #[oai(rename = "userCount")]
    #[serde(rename = "userCount")]
    pub user_count: i32,
    /// Understudy addition: the identity provider's sign-in URL `GET /rest/v1/sso/login` redirects to; null when the tenant has no SSO.
    #[oai(rename = "ssoUrl")]
    #[serde(rename = "ssoUrl", default)]
    pub sso_url: Option<String>,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A new tenant. Understudy addition.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TenantInput")]
pub struct TenantInput {
    /// Unique among tenants.
    #[oai(rename = "name", validator(max_length = 128, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// The identity provider's sign-in URL, for `GET /rest/v1/sso/login`.
    #[oai(rename = "ssoUrl")]
    #[serde(rename = "ssoUrl", default)]
    pub sso_url: Option<String>,
}

/// Tenant-level settings. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TenantSettings")]
pub struct TenantSettings {
    #[oai(
        rename = "auditRetentionDays",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "auditRetentionDays")]
    pub audit_retention_days: i32,
    /// Days execution records and logs are kept.
    #[oai(
        rename = "executionRetentionDays",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "executionRetentionDays")]
    pub execution_retention_days: i32,
    #[oai(
        rename = "recycleBinRetentionDays",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "recycleBinRetentionDays")]
    pub recycle_bin_retention_days: i32,
    #[oai(rename = "defaultTimeZone")]
    #[serde(rename = "defaultTimeZone")]
    pub default_time_zone: String,
    #[oai(rename = "defaultLocale")]
    #[serde(rename = "defaultLocale")]
    pub default_locale: String,
    #[oai(
        rename = "maxParallelFlows",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "maxParallelFlows")]
    pub max_parallel_flows: i32,
    /// Tenant branding. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(rename = "branding")]
    #[serde(rename = "branding")]
    pub branding: BrandingSettings,
}

/// A tenant's editable fields; omitted ones keep their value. Understudy addition.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TenantUpdate")]
pub struct TenantUpdate {
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    #[oai(rename = "active", skip_serializing_if_is_none)]
    #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[oai(rename = "ssoUrl")]
    #[serde(rename = "ssoUrl", default)]
    pub sso_url: Option<String>,
}

/// User name and password.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TokenAuthRequest")]
pub struct TokenAuthRequest {
    #[oai(rename = "login")]
    #[serde(rename = "login")]
    pub login: String,
    #[oai(rename = "password", write_only)]
    #[serde(
        rename = "password",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub password: String,
}

/// A JWT.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TokenResponse")]
pub struct TokenResponse {
    /// The JWT, sent as `Authorization: Bearer <token>`.
    #[oai(rename = "token")]
    #[serde(rename = "token")]
    pub token: String,
    /// Understudy addition: true when the user has TOTP enabled; the token then only allows `POST /rest/v1/2fa/verify`, which answers the full token.
    #[oai(rename = "twoFactorRequired", skip_serializing_if_is_none)]
    #[serde(
        rename = "twoFactorRequired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub two_factor_required: Option<bool>,
}

/// A started TOTP enrollment; confirm it with `POST /rest/v1/2fa/verify`. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TotpEnrollment")]
pub struct TotpEnrollment {
    /// Base32 TOTP secret.
    #[oai(rename = "secret")]
    #[serde(rename = "secret")]
    pub secret: String,
    #[oai(rename = "otpauthUrl")]
    #[serde(rename = "otpauthUrl")]
    pub otpauth_url: String,
    /// PNG of the QR code as a data URI.
    #[oai(rename = "qrCode")]
    #[serde(rename = "qrCode")]
    pub qr_code: String,
}

/// The caller's 2FA state. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TotpStatus")]
pub struct TotpStatus {
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[oai(rename = "enrolledAt")]
    #[serde(rename = "enrolledAt", default)]
    pub enrolled_at: Option<String>,
}

/// The outcome of a TOTP check. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TotpVerification")]
pub struct TotpVerification {
    #[oai(rename = "verified")]
    #[serde(rename = "verified")]
    pub verified: bool,
    /// Whether 2FA is now on for the user.
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    /// Full JWT, when the code completed a sign-in.
    #[oai(rename = "token")]
    #[serde(rename = "token", default)]
    pub token: Option<String>,
}

/// A TOTP code. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TotpVerifyRequest")]
pub struct TotpVerifyRequest {
    /// Six-digit TOTP code.
    #[oai(rename = "code", validator(pattern = "^[0-9]{6}$"))]
    #[serde(rename = "code")]
    pub code: String,
}

/// A built-in transformation function. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TransformationFunction")]
pub struct TransformationFunction {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "category")]
    #[serde(rename = "category")]
    pub category: String,
    #[oai(rename = "language")]
    #[serde(rename = "language")]
    pub language: TransformationFunctionLanguage,
    #[oai(rename = "signature")]
    #[serde(rename = "signature")]
    pub signature: String,
    #[oai(rename = "returnType")]
    #[serde(rename = "returnType")]
    pub return_type: String,
    #[oai(rename = "description")]
    #[serde(rename = "description")]
    pub description: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "TransformationFunctionLanguage")]
pub enum TransformationFunctionLanguage {
    #[oai(rename = "javascript")]
    #[serde(rename = "javascript")]
    Javascript,
    #[oai(rename = "python")]
    #[serde(rename = "python")]
    Python,
    #[oai(rename = "sql")]
    #[serde(rename = "sql")]
    Sql,
}

impl TransformationFunctionLanguage {
    /// Every value, in spec order.
    pub const ALL: &'static [TransformationFunctionLanguage] = &[
        TransformationFunctionLanguage::Javascript,
        TransformationFunctionLanguage::Python,
        TransformationFunctionLanguage::Sql,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            TransformationFunctionLanguage::Javascript => "javascript",
            TransformationFunctionLanguage::Python => "python",
            TransformationFunctionLanguage::Sql => "sql",
        }
    }
}

impl crate::support::WireEnum for TransformationFunctionLanguage {
    const VALUES: &'static [TransformationFunctionLanguage] = TransformationFunctionLanguage::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A file to store through a file or object-store connection. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, poem_openapi::Multipart)]
pub struct UploadForm {
    #[oai(rename = "file")]
    pub file: poem_openapi::types::multipart::Upload,
    /// Folder or object key prefix on the connection; the file keeps its name.
    #[oai(rename = "path")]
    pub path: Option<String>,
}

impl UploadForm {
    /// The form as a backend sees it: fields as JSON, files summarized.
    pub fn to_form(&self) -> serde_json::Value {
        let mut form = serde_json::Map::new();
        form.insert(
            "file".to_string(),
            crate::support::upload_summary(&self.file),
        );
        form.insert("path".to_string(), crate::support::to_json(&self.path));
        serde_json::Value::Object(form)
    }
}

/// A stored file. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadResult")]
pub struct UploadResult {
    #[oai(rename = "connectionId")]
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    #[oai(rename = "path")]
    #[serde(rename = "path")]
    pub path: String,
    #[oai(rename = "fileName")]
    #[serde(rename = "fileName")]
    pub file_name: String,
    #[oai(rename = "size")]
    #[serde(rename = "size")]
    pub size: i64,
}

/// A resource that references a flow. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UsageRef")]
pub struct UsageRef {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
}

/// A user. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "User")]
pub struct User {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "login")]
    #[serde(rename = "login")]
    pub login: String,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "firstName")]
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[oai(rename = "lastName")]
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// A user's role. `SUPER_ADMIN` spans tenants; the others are bound to one tenant. `API_USER` may only call user-defined listener APIs.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: Role,
    /// Null for super admins.
    #[oai(rename = "tenantId")]
    #[serde(rename = "tenantId", default)]
    pub tenant_id: Option<i64>,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[oai(rename = "twoFactorEnabled")]
    #[serde(rename = "twoFactorEnabled")]
    pub two_factor_enabled: bool,
    #[oai(rename = "hasApiKey")]
    #[serde(rename = "hasApiKey")]
    pub has_api_key: bool,
    #[oai(rename = "apiKeyExpiresAt")]
    #[serde(rename = "apiKeyExpiresAt", default)]
    pub api_key_expires_at: Option<String>,
    #[oai(rename = "lastLoginAt")]
    #[serde(rename = "lastLoginAt", default)]
    pub last_login_at: Option<String>,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// Clear-text API key; only in the answer that generated it, otherwise null.
    #[oai(rename = "apiKey")]
    #[serde(rename = "apiKey", default)]
    pub api_key: Option<String>,
}

/// A new user. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserInput")]
pub struct UserInput {
    #[oai(rename = "login", validator(max_length = 128, min_length = 1))]
    #[serde(rename = "login")]
    pub login: String,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "firstName", skip_serializing_if_is_none)]
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[oai(rename = "lastName", skip_serializing_if_is_none)]
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// A user's role. `SUPER_ADMIN` spans tenants; the others are bound to one tenant. `API_USER` may only call user-defined listener APIs.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: Role,
    /// Tenant of the user; defaults to the caller's.
    #[oai(rename = "tenantId")]
    #[serde(rename = "tenantId", default)]
    pub tenant_id: Option<i64>,
    #[oai(rename = "password", write_only, validator(min_length = 8))]
    #[serde(
        rename = "password",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub password: String,
    /// Generate an API key now; it is returned once in `apiKey`.
    #[oai(
        rename = "generateApiKey",
        default = "default_user_input_generate_api_key",
        skip_serializing_if_is_none
    )]
    #[serde(
        rename = "generateApiKey",
        default = "default_user_input_generate_api_key",
        skip_serializing_if = "Option::is_none"
    )]
    pub generate_api_key: Option<bool>,
    #[oai(rename = "apiKeyExpiresAt")]
    #[serde(rename = "apiKeyExpiresAt", default)]
    pub api_key_expires_at: Option<String>,
}

/// The caller's profile and settings. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserProfile")]
pub struct UserProfile {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "login")]
    #[serde(rename = "login")]
    pub login: String,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "firstName")]
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[oai(rename = "lastName")]
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// BCP 47 tag.
    #[oai(rename = "locale")]
    #[serde(rename = "locale")]
    pub locale: String,
    /// IANA time zone.
    #[oai(rename = "timeZone")]
    #[serde(rename = "timeZone")]
    pub time_zone: String,
    /// A user's role. `SUPER_ADMIN` spans tenants; the others are bound to one tenant. `API_USER` may only call user-defined listener APIs.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: Role,
    #[oai(rename = "tenantId")]
    #[serde(rename = "tenantId", default)]
    pub tenant_id: Option<i64>,
    #[oai(rename = "tenantName")]
    #[serde(rename = "tenantName", default)]
    pub tenant_name: Option<String>,
    /// Per-user UI settings. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(rename = "settings")]
    #[serde(rename = "settings")]
    pub settings: ProfileSettings,
}

/// Profile fields to change; omitted fields keep their value. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserProfileUpdate")]
pub struct UserProfileUpdate {
    #[oai(rename = "firstName", skip_serializing_if_is_none)]
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[oai(rename = "lastName", skip_serializing_if_is_none)]
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[oai(rename = "email", skip_serializing_if_is_none)]
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[oai(rename = "locale", skip_serializing_if_is_none)]
    #[serde(rename = "locale", default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[oai(rename = "timeZone", skip_serializing_if_is_none)]
    #[serde(rename = "timeZone", default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Per-user UI settings. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(rename = "settings", skip_serializing_if_is_none)]
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ProfileSettings>,
}

/// The editable fields of a user. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserUpdate")]
pub struct UserUpdate {
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "firstName", skip_serializing_if_is_none)]
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[oai(rename = "lastName", skip_serializing_if_is_none)]
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// A user's role. `SUPER_ADMIN` spans tenants; the others are bound to one tenant. `API_USER` may only call user-defined listener APIs.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: Role,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
}

/// An outbound webhook subscription. Deliveries carry `X-Etl-Webhook-Event-Id`, `X-Etl-Webhook-Event`, `X-Etl-Webhook-Id`, `X-Etl-Webhook-Entity-Id` and `X-Etl-Webhook-Entity-URL`, the webhook's own `headers`, basic authentication when `basicUser` is set, and, when a `secret` is set, `X-Etl-Webhook-Signature: sha256=<hex>`: the HMAC-SHA256 of the exact body bytes (of the query string for a `GET`) keyed by the secret, in lower-case hex. A `POST` sends `{eventId, eventType, webhookId, entityId, entity (when includeEntity), entityUrl, timestamp}` (epoch milliseconds) in `contentType`; a `GET` sends the same fields but `entity` as query parameters. Events: `Flow.Created`, `Flow.Updated`, `Flow.Deleted`, `Flow.Executed` (each about a flow: `flowIncludes` and `flowExcludes` apply) and `User.Created`, `User.Updated`, `User.Deleted` (about no flow: the flow filters do not apply). `entityUrl` is the entity's API path on this server (`/rest/v1/users/7`). Deliveries happen in the background, never in the request that caused the event: a 2xx within 10 seconds is a success; anything else is retried 1, 5, 25, 125 and 360 minutes later (6 attempts in all), every attempt listed under `GET /rest/v1/webhooks/{webhookId}/events`. A webhook with an empty `url` gets no deliveries (Understudy sends no email), nor does a disabled or deleted one. `secret` and `basicPass` are write-only: an update that omits them (or sends null) keeps the stored value, an empty string removes it; `hasSecret` tells whether a secret is set.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Webhook")]
pub struct Webhook {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Event names, e.g. `Flow.Executed`, `Flow.Created`.
    #[oai(rename = "events", validator(min_items = 1))]
    #[serde(rename = "events")]
    pub events: Vec<String>,
    /// Target URL; may be empty for email-only webhooks.
    #[oai(rename = "url")]
    #[serde(rename = "url")]
    pub url: String,
    #[oai(rename = "method")]
    #[serde(rename = "method")]
    pub method: WebhookMethod,
    #[oai(rename = "contentType")]
    #[serde(rename = "contentType")]
    pub content_type: String,
    /// Send the entity (e.g. the audit record) in the body.
    #[oai(rename = "includeEntity")]
    #[serde(rename = "includeEntity")]
    pub include_entity: bool,
    #[oai(rename = "headers")]
    #[serde(rename = "headers")]
    pub headers: Vec<WebhookHeader>,
    /// HMAC-SHA256 signing secret; write-only (see the webhook's description).
    #[oai(rename = "secret", write_only)]
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub secret: Option<String>,
    /// Whether deliveries are signed (a `secret` is set).
    #[oai(rename = "hasSecret", skip_serializing_if_is_none)]
    #[serde(rename = "hasSecret", default, skip_serializing_if = "Option::is_none")]
    pub has_secret: Option<bool>,
    #[oai(rename = "basicUser")]
    #[serde(rename = "basicUser", default)]
    pub basic_user: Option<String>,
    #[oai(rename = "basicPass", write_only)]
    #[serde(
        rename = "basicPass",
        default,
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub basic_pass: Option<String>,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    /// Only these flows fire the webhook; empty means all.
    #[oai(rename = "flowIncludes")]
    #[serde(rename = "flowIncludes")]
    pub flow_includes: Vec<i64>,
    /// These flows never fire it.
    #[oai(rename = "flowExcludes")]
    #[serde(rename = "flowExcludes")]
    pub flow_excludes: Vec<i64>,
}

/// One outbound delivery attempt. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WebhookDelivery")]
pub struct WebhookDelivery {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "webhookId")]
    #[serde(rename = "webhookId")]
    pub webhook_id: i64,
    #[oai(rename = "eventId")]
    #[serde(rename = "eventId")]
    pub event_id: uuid::Uuid,
    #[oai(rename = "eventType")]
    #[serde(rename = "eventType")]
    pub event_type: String,
    #[oai(rename = "entityId")]
    #[serde(rename = "entityId")]
    pub entity_id: i64,
    #[oai(rename = "attempt")]
    #[serde(rename = "attempt")]
    pub attempt: i32,
    #[oai(rename = "attemptedAt")]
    #[serde(rename = "attemptedAt")]
    pub attempted_at: String,
    #[oai(rename = "requestUrl")]
    #[serde(rename = "requestUrl")]
    pub request_url: String,
    /// HTTP status received; null when the target could not be reached.
    #[oai(rename = "responseStatus")]
    #[serde(rename = "responseStatus", default)]
    pub response_status: Option<i32>,
    #[oai(rename = "responseBody")]
    #[serde(rename = "responseBody", default)]
    pub response_body: Option<String>,
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    /// Why the attempt failed when no HTTP answer came (refused, timed out, bad URL); null otherwise.
    #[oai(rename = "error")]
    #[serde(rename = "error", default)]
    pub error: Option<String>,
    /// When the delivery is tried again after this failed attempt; null after a success or the last attempt.
    #[oai(rename = "nextAttemptAt")]
    #[serde(rename = "nextAttemptAt", default)]
    pub next_attempt_at: Option<String>,
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    pub success: bool,
}

/// An extra header sent with each delivery.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WebhookHeader")]
pub struct WebhookHeader {
    #[oai(rename = "key")]
    #[serde(rename = "key")]
    pub key: String,
    #[oai(rename = "value")]
    #[serde(rename = "value")]
    pub value: String,
}

/// The writable fields of a webhook. An optional field sent as null is read as absent (its default: no URL, `POST`, `application/json`, no entity, no headers, enabled, no flow filters). `events` must be names from the `Webhook` description's list (others are a 400).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WebhookInput")]
pub struct WebhookInput {
    #[oai(rename = "name", validator(max_length = 255, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "description")]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Event names, e.g. `Flow.Executed`, `Flow.Created`.
    #[oai(rename = "events", validator(min_items = 1))]
    #[serde(rename = "events")]
    pub events: Vec<String>,
    /// Target URL; may be empty for email-only webhooks.
    #[oai(rename = "url")]
    #[serde(rename = "url", default)]
    pub url: Option<String>,
    #[oai(rename = "method", default = "default_webhook_input_method")]
    #[serde(rename = "method", default = "default_webhook_input_method")]
    pub method: Option<WebhookInputMethod>,
    #[oai(rename = "contentType", default = "default_webhook_input_content_type")]
    #[serde(rename = "contentType", default = "default_webhook_input_content_type")]
    pub content_type: Option<String>,
    /// Send the entity (e.g. the audit record) in the body.
    #[oai(rename = "includeEntity")]
    #[serde(rename = "includeEntity", default)]
    pub include_entity: Option<bool>,
    #[oai(rename = "headers")]
    #[serde(rename = "headers", default)]
    pub headers: Option<Vec<WebhookHeader>>,
    /// HMAC-SHA256 signing secret; write-only (see the webhook's description).
    #[oai(rename = "secret", write_only)]
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub secret: Option<String>,
    #[oai(rename = "basicUser")]
    #[serde(rename = "basicUser", default)]
    pub basic_user: Option<String>,
    #[oai(rename = "basicPass", write_only)]
    #[serde(
        rename = "basicPass",
        default,
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub basic_pass: Option<String>,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled", default)]
    pub enabled: Option<bool>,
    /// Only these flows fire the webhook; empty means all.
    #[oai(rename = "flowIncludes")]
    #[serde(rename = "flowIncludes", default)]
    pub flow_includes: Option<Vec<i64>>,
    /// These flows never fire it.
    #[oai(rename = "flowExcludes")]
    #[serde(rename = "flowExcludes", default)]
    pub flow_excludes: Option<Vec<i64>>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "WebhookInputMethod")]
pub enum WebhookInputMethod {
    #[oai(rename = "POST")]
    #[serde(rename = "POST")]
    Post,
    #[oai(rename = "GET")]
    #[serde(rename = "GET")]
    Get,
}

impl WebhookInputMethod {
    /// Every value, in spec order.
    pub const ALL: &'static [WebhookInputMethod] =
        &[WebhookInputMethod::Post, WebhookInputMethod::Get];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WebhookInputMethod::Post => "POST",
            WebhookInputMethod::Get => "GET",
        }
    }
}

impl crate::support::WireEnum for WebhookInputMethod {
    const VALUES: &'static [WebhookInputMethod] = WebhookInputMethod::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "WebhookMethod")]
pub enum WebhookMethod {
    #[oai(rename = "POST")]
    #[serde(rename = "POST")]
    Post,
    #[oai(rename = "GET")]
    #[serde(rename = "GET")]
    Get,
}

impl WebhookMethod {
    /// Every value, in spec order.
    pub const ALL: &'static [WebhookMethod] = &[WebhookMethod::Post, WebhookMethod::Get];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WebhookMethod::Post => "POST",
            WebhookMethod::Get => "GET",
        }
    }
}

impl crate::support::WireEnum for WebhookMethod {
    const VALUES: &'static [WebhookMethod] = WebhookMethod::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The parameters of `list_flows`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListFlowsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep flows whose name or description contains this text, ignoring case.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Keep flows carrying this tag.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
    /// Keep flows of this `flowType`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Keep flows changed at or after this instant.
    #[serde(rename = "since")]
    pub since: Option<String>,
}

/// Every answer `list_flows` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListFlowsResponse {
    /// The flows.
    #[oai(status = 200)]
    Ok(Json<Vec<Flow>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListFlowsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateFlowResponse {
    /// The created flow.
    #[oai(status = 201)]
    Created(Json<Flow>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `list_recent_flows` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListRecentFlowsResponse {
    /// Recent flows.
    #[oai(status = 200)]
    Ok(Json<Vec<RecentFlow>>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListRecentFlowsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `inspect_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum InspectFlowResponse {
    /// The validation result.
    #[oai(status = 200)]
    Ok(Json<FlowInspection>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for InspectFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFlowParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `get_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFlowResponse {
    /// The flow.
    #[oai(status = 200)]
    Ok(Json<Flow>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateFlowParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `update_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateFlowResponse {
    /// The updated flow.
    #[oai(status = 200)]
    Ok(Json<Flow>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteFlowParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `delete_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteFlowResponse {
    /// Moved to the recycle bin.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for DeleteFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `run_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RunFlowParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Start another instance even when one is already queued or running.
    #[serde(rename = "parallel")]
    pub parallel: bool,
    /// Synchronous mode. Answer when the run ends (or when `timeout` passes), with its final status code.
    #[serde(rename = "wait")]
    pub wait: bool,
    /// With `wait`, the most seconds to wait; a run still going then answers status 1 (running).
    #[serde(rename = "timeout")]
    pub timeout: i32,
}

/// Every answer `run_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RunFlowResponse {
    /// The run was accepted.
    #[oai(status = 200)]
    Ok(Json<FlowExecutionResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for RunFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `stop_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StopFlowParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Stop only this execution of the flow.
    #[serde(rename = "auditId")]
    pub audit_id: Option<i64>,
}

/// Every answer `stop_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum StopFlowResponse {
    /// The stop request was handled.
    #[oai(status = 200)]
    Ok(Json<FlowExecutionResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for StopFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `run_flow_by_name`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RunFlowByNameParams {
    /// The flow's name, URL-encoded (`Load%20orders%20to%20Snowflake`).
    #[serde(rename = "flowName")]
    pub flow_name: String,
    /// Start another instance even when one is already queued or running.
    #[serde(rename = "parallel")]
    pub parallel: bool,
    /// Synchronous mode. Answer when the run ends (or when `timeout` passes), with its final status code.
    #[serde(rename = "wait")]
    pub wait: bool,
    /// With `wait`, the most seconds to wait; a run still going then answers status 1 (running).
    #[serde(rename = "timeout")]
    pub timeout: i32,
}

/// Every answer `run_flow_by_name` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RunFlowByNameResponse {
    /// The run was accepted.
    #[oai(status = 200)]
    Ok(Json<FlowExecutionResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for RunFlowByNameResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_flow_usage`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFlowUsageParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `get_flow_usage` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFlowUsageResponse {
    /// The references.
    #[oai(status = 200)]
    Ok(Json<FlowUsage>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetFlowUsageResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_flow_versions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListFlowVersionsParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_flow_versions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListFlowVersionsResponse {
    /// The versions.
    #[oai(status = 200)]
    Ok(Json<Vec<FlowVersion>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListFlowVersionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_flow_documentation`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFlowDocumentationParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `get_flow_documentation` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFlowDocumentationResponse {
    /// The description.
    #[oai(status = 200)]
    Ok(PlainText<String>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetFlowDocumentationResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(PlainText(a.text()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_flow_execution`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFlowExecutionParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// The execution's id, from the run answer.
    #[serde(rename = "auditId")]
    pub audit_id: Option<i64>,
    /// The message UUID of a run started by a listener payload.
    #[serde(rename = "messageId")]
    pub message_id: Option<uuid::Uuid>,
    /// Only answer if the record has this status (otherwise 404).
    #[serde(rename = "status")]
    pub status: Option<FlowStatus>,
}

/// Every answer `get_flow_execution` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFlowExecutionResponse {
    /// The audit record.
    #[oai(status = 200)]
    Ok(Json<FlowAuditRecord>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetFlowExecutionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_flow_executions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListFlowExecutionsParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep records with this status.
    #[serde(rename = "status")]
    pub status: Option<FlowStatus>,
    /// Keep records started at or after this instant.
    #[serde(rename = "since")]
    pub since: Option<String>,
}

/// Every answer `list_flow_executions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListFlowExecutionsResponse {
    /// The audit records.
    #[oai(status = 200)]
    Ok(
        Json<Vec<FlowAuditRecord>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListFlowExecutionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `count_flow_execution_statuses`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CountFlowExecutionStatusesParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Window start (inclusive).
    #[serde(rename = "from")]
    pub from: Option<String>,
    /// Window end (exclusive); default now.
    #[serde(rename = "to")]
    pub to: Option<String>,
}

/// Every answer `count_flow_execution_statuses` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CountFlowExecutionStatusesResponse {
    /// Counts per status.
    #[oai(status = 200)]
    Ok(Json<FlowStatusCounts>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for CountFlowExecutionStatusesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_execution_console`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetExecutionConsoleParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// The execution's id.
    #[serde(rename = "auditId")]
    pub audit_id: i64,
}

/// Every answer `get_execution_console` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetExecutionConsoleResponse {
    /// The log.
    #[oai(status = 200)]
    Ok(PlainText<String>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetExecutionConsoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(PlainText(a.text()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `tail_execution_console`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TailExecutionConsoleParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// The execution's id.
    #[serde(rename = "auditId")]
    pub audit_id: i64,
    /// Character offset to read from.
    #[serde(rename = "position")]
    pub position: i64,
}

/// Every answer `tail_execution_console` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum TailExecutionConsoleResponse {
    /// New log text (possibly empty).
    #[oai(status = 200)]
    Ok(
        PlainText<String>,
        #[oai(header = "X-Log-Position")] i64,
        #[oai(header = "X-Execution-Running")] bool,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for TailExecutionConsoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(
                PlainText(a.text()?),
                a.header("X-Log-Position")?,
                a.header("X-Execution-Running")?,
            )),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_running_tasks`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRunningTasksParams {
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// The execution's id.
    #[serde(rename = "auditId")]
    pub audit_id: i64,
    /// Keep tasks of this type.
    #[serde(rename = "type")]
    pub type_: Option<ListRunningTasksType>,
}

/// Every answer `list_running_tasks` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListRunningTasksResponse {
    /// The running tasks.
    #[oai(status = 200)]
    Ok(Json<Vec<RunningTask>>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListRunningTasksResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `download_execution_consoles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DownloadExecutionConsolesParams {
    /// The flow.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
    /// Executions to include; repeat the parameter for several.
    #[serde(rename = "auditId")]
    pub audit_id: Option<Vec<i64>>,
    /// Alternative to the header: `Bearer <token>`, URL-encoded.
    #[serde(rename = "Authorization")]
    pub authorization: Option<String>,
}

/// Every answer `download_execution_consoles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DownloadExecutionConsolesResponse {
    /// The log file or ZIP archive.
    #[oai(status = 200)]
    Ok(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DownloadExecutionConsolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(
                Binary(a.bytes()?),
                a.header("Content-Disposition")?,
            )),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_schedules`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListSchedulesParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep schedules of this flow.
    #[serde(rename = "flowId")]
    pub flow_id: Option<i64>,
    /// Keep enabled (true) or paused (false) schedules.
    #[serde(rename = "enabled")]
    pub enabled: Option<bool>,
}

/// Every answer `list_schedules` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListSchedulesResponse {
    /// The schedules.
    #[oai(status = 200)]
    Ok(
        Json<Vec<FlowSchedule>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListSchedulesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateScheduleResponse {
    /// The created schedule.
    #[oai(status = 201)]
    Created(Json<FlowSchedule>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `bulk_update_schedules` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum BulkUpdateSchedulesResponse {
    /// Per-id results.
    #[oai(status = 200)]
    Ok(Json<ScheduleBulkResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for BulkUpdateSchedulesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `list_schedule_types` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListScheduleTypesResponse {
    /// The schedule types.
    #[oai(status = 200)]
    Ok(Json<Vec<ScheduleType>>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListScheduleTypesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_schedule`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetScheduleParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
}

/// Every answer `get_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetScheduleResponse {
    /// The schedule.
    #[oai(status = 200)]
    Ok(Json<FlowSchedule>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_schedule`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateScheduleParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
}

/// Every answer `update_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateScheduleResponse {
    /// The updated schedule.
    #[oai(status = 200)]
    Ok(Json<FlowSchedule>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_schedule`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteScheduleParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
}

/// Every answer `delete_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteScheduleResponse {
    /// Moved to the recycle bin.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `disable_schedule`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DisableScheduleParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
}

/// Every answer `disable_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DisableScheduleResponse {
    /// The paused schedule.
    #[oai(status = 200)]
    Ok(Json<FlowSchedule>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DisableScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `enable_schedule`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EnableScheduleParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
}

/// Every answer `enable_schedule` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EnableScheduleResponse {
    /// The resumed schedule.
    #[oai(status = 200)]
    Ok(Json<FlowSchedule>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for EnableScheduleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_schedule_history`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListScheduleHistoryParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_schedule_history` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListScheduleHistoryResponse {
    /// The firings.
    #[oai(status = 200)]
    Ok(
        Json<Vec<FlowAuditRecord>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListScheduleHistoryResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `run_scheduled_flow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RunScheduledFlowParams {
    /// The schedule's id.
    #[serde(rename = "scheduleId")]
    pub schedule_id: i64,
    /// The flow's id.
    #[serde(rename = "flowId")]
    pub flow_id: i64,
}

/// Every answer `run_scheduled_flow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RunScheduledFlowResponse {
    /// The run was accepted.
    #[oai(status = 200)]
    Ok(Json<FlowExecutionResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for RunScheduledFlowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_recent_composer_drafts`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRecentComposerDraftsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_recent_composer_drafts` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListRecentComposerDraftsResponse {
    /// The drafts.
    #[oai(status = 200)]
    Ok(
        Json<Vec<ComposerDraft>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListRecentComposerDraftsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_composer_draft` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateComposerDraftResponse {
    /// The draft.
    #[oai(status = 201)]
    Created(Json<ComposerDraft>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateComposerDraftResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_composer_draft`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetComposerDraftParams {
    /// The Composer draft's id.
    #[serde(rename = "draftId")]
    pub draft_id: i64,
}

/// Every answer `get_composer_draft` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetComposerDraftResponse {
    /// The draft.
    #[oai(status = 200)]
    Ok(Json<ComposerDraft>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetComposerDraftResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_composer_draft`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteComposerDraftParams {
    /// The Composer draft's id.
    #[serde(rename = "draftId")]
    pub draft_id: i64,
}

/// Every answer `delete_composer_draft` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteComposerDraftResponse {
    /// Deleted.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteComposerDraftResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_composer_conversation`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetComposerConversationParams {
    /// The Composer draft's id.
    #[serde(rename = "draftId")]
    pub draft_id: i64,
}

/// Every answer `get_composer_conversation` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetComposerConversationResponse {
    /// The conversation.
    #[oai(status = 200)]
    Ok(Json<ComposerConversation>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetComposerConversationResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `append_composer_message`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AppendComposerMessageParams {
    /// The Composer draft's id.
    #[serde(rename = "draftId")]
    pub draft_id: i64,
}

/// Every answer `append_composer_message` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AppendComposerMessageResponse {
    /// The conversation.
    #[oai(status = 200)]
    Ok(Json<ComposerConversation>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for AppendComposerMessageResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `promote_composer_draft`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PromoteComposerDraftParams {
    /// The Composer draft's id.
    #[serde(rename = "draftId")]
    pub draft_id: i64,
}

/// Every answer `promote_composer_draft` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PromoteComposerDraftResponse {
    /// The new flow.
    #[oai(status = 201)]
    Created(Json<Flow>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for PromoteComposerDraftResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_connections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListConnectionsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name or description contains this text, ignoring case.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Carries this tag.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
    /// Has this `connectionType`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

/// Every answer `list_connections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListConnectionsResponse {
    /// The connections.
    #[oai(status = 200)]
    Ok(Json<Vec<Connection>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListConnectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateConnectionResponse {
    /// The created connection (credentials redacted).
    #[oai(status = 201)]
    Created(Json<Connection>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_connector_types`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListConnectorTypesParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep this category.
    #[serde(rename = "category")]
    pub category: Option<ListConnectorTypesCategory>,
}

/// Every answer `list_connector_types` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListConnectorTypesResponse {
    /// The connector types.
    #[oai(status = 200)]
    Ok(
        Json<Vec<ConnectorType>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListConnectorTypesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_connection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetConnectionParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `get_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetConnectionResponse {
    /// The connection.
    #[oai(status = 200)]
    Ok(Json<Connection>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_connection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateConnectionParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `update_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateConnectionResponse {
    /// The updated connection.
    #[oai(status = 200)]
    Ok(Json<Connection>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_connection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteConnectionParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `delete_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteConnectionResponse {
    /// Moved to the recycle bin.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for DeleteConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `test_connection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TestConnectionParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `test_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum TestConnectionResponse {
    /// The test result.
    #[oai(status = 200)]
    Ok(Json<ConnectionTestResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for TestConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_connection_metadata`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetConnectionMetadataParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// Object to drill into, e.g. `public` or `public.orders`.
    #[serde(rename = "path")]
    pub path: Option<String>,
}

/// Every answer `get_connection_metadata` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetConnectionMetadataResponse {
    /// The objects.
    #[oai(status = 200)]
    Ok(Json<ConnectionMetadata>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetConnectionMetadataResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `upload_connection_key`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadConnectionKeyParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `upload_connection_key` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UploadConnectionKeyResponse {
    /// The stored key.
    #[oai(status = 201)]
    Created(Json<KeyUploadResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UploadConnectionKeyResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_formats`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListFormatsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name contains this text, ignoring case.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Has this `formatType`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

/// Every answer `list_formats` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListFormatsResponse {
    /// The formats.
    #[oai(status = 200)]
    Ok(Json<Vec<Format>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListFormatsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_format` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateFormatResponse {
    /// The created format.
    #[oai(status = 201)]
    Created(Json<Format>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateFormatResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_format`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFormatParams {
    /// The format's id.
    #[serde(rename = "formatId")]
    pub format_id: i64,
}

/// Every answer `get_format` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFormatResponse {
    /// The format.
    #[oai(status = 200)]
    Ok(Json<Format>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetFormatResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_format`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateFormatParams {
    /// The format's id.
    #[serde(rename = "formatId")]
    pub format_id: i64,
}

/// Every answer `update_format` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateFormatResponse {
    /// The updated format.
    #[oai(status = 200)]
    Ok(Json<Format>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateFormatResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_format`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteFormatParams {
    /// The format's id.
    #[serde(rename = "formatId")]
    pub format_id: i64,
}

/// Every answer `delete_format` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteFormatResponse {
    /// Moved to the recycle bin.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for DeleteFormatResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_listeners`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListListenersParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name contains this text, ignoring case.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Has this `connectionType`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

/// Every answer `list_listeners` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListListenersResponse {
    /// The listeners.
    #[oai(status = 200)]
    Ok(Json<Vec<Listener>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListListenersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_listener` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateListenerResponse {
    /// The listener.
    #[oai(status = 201)]
    Created(Json<Listener>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateListenerResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_listener`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetListenerParams {
    /// The listener's id.
    #[serde(rename = "listenerId")]
    pub listener_id: i64,
}

/// Every answer `get_listener` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetListenerResponse {
    /// The listener.
    #[oai(status = 200)]
    Ok(Json<Listener>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetListenerResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_listener`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateListenerParams {
    /// The listener's id.
    #[serde(rename = "listenerId")]
    pub listener_id: i64,
}

/// Every answer `update_listener` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateListenerResponse {
    /// The updated listener.
    #[oai(status = 200)]
    Ok(Json<Listener>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateListenerResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_listener`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteListenerParams {
    /// The listener's id.
    #[serde(rename = "listenerId")]
    pub listener_id: i64,
}

/// Every answer `delete_listener` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteListenerResponse {
    /// Moved to the recycle bin.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteListenerResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `export_bundle` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ExportBundleResponse {
    /// The bundle.
    #[oai(status = 200)]
    Ok(Json<ExportBundle>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for ExportBundleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `import_bundle`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportBundleParams {
    /// Only report what the import would do.
    #[serde(rename = "preview")]
    pub preview: bool,
}

/// Every answer `import_bundle` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ImportBundleResponse {
    /// The import plan or outcome.
    #[oai(status = 200)]
    Ok(Json<ImportResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for ImportBundleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_oauth_consent_url`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetOauthConsentUrlParams {
    /// The OAuth provider.
    #[serde(rename = "provider")]
    pub provider: OAuthProvider,
    /// Where the provider sends the user back.
    #[serde(rename = "redirectUri")]
    pub redirect_uri: Option<String>,
    /// Connection that will store the tokens.
    #[serde(rename = "connectionId")]
    pub connection_id: Option<i64>,
}

/// Every answer `get_oauth_consent_url` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetOauthConsentUrlResponse {
    /// The consent URL.
    #[oai(status = 200)]
    Ok(Json<OAuthConsentUrl>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetOauthConsentUrlResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `exchange_oauth_code`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ExchangeOauthCodeParams {
    /// The OAuth provider.
    #[serde(rename = "provider")]
    pub provider: OAuthProvider,
}

/// Every answer `exchange_oauth_code` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ExchangeOauthCodeResponse {
    /// Tokens stored.
    #[oai(status = 200)]
    Ok(Json<OAuthTokenResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
    /// The upstream provider could not be reached or answered something unusable.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for ExchangeOauthCodeResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `refresh_oauth_tokens`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RefreshOauthTokensParams {
    /// The OAuth provider.
    #[serde(rename = "provider")]
    pub provider: OAuthProvider,
}

/// Every answer `refresh_oauth_tokens` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RefreshOauthTokensResponse {
    /// Tokens refreshed.
    #[oai(status = 200)]
    Ok(Json<OAuthTokenResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
    /// The upstream provider could not be reached or answered something unusable.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for RefreshOauthTokensResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `salesforce_login` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum SalesforceLoginResponse {
    /// The Salesforce session.
    #[oai(status = 200)]
    Ok(Json<SalesforceLoginResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
    /// The upstream provider could not be reached or answered something unusable.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for SalesforceLoginResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `resolve_microsoft_tenant`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ResolveMicrosoftTenantParams {
    /// The organization's domain.
    #[serde(rename = "domain")]
    pub domain: String,
}

/// Every answer `resolve_microsoft_tenant` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ResolveMicrosoftTenantResponse {
    /// The tenant.
    #[oai(status = 200)]
    Ok(Json<MicrosoftTenant>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The upstream provider could not be reached or answered something unusable.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for ResolveMicrosoftTenantResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_explorer_schemas`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListExplorerSchemasParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_explorer_schemas` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListExplorerSchemasResponse {
    /// The schemas.
    #[oai(status = 200)]
    Ok(
        Json<Vec<ExplorerSchema>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListExplorerSchemasResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_explorer_tables`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListExplorerTablesParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Only this schema.
    #[serde(rename = "schema")]
    pub schema: Option<String>,
    /// Name contains this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Include views.
    #[serde(rename = "includeViews")]
    pub include_views: bool,
}

/// Every answer `list_explorer_tables` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListExplorerTablesResponse {
    /// The tables.
    #[oai(status = 200)]
    Ok(
        Json<Vec<ExplorerTable>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListExplorerTablesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_explorer_columns`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListExplorerColumnsParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// The table or view.
    #[serde(rename = "table")]
    pub table: String,
    /// Its schema.
    #[serde(rename = "schema")]
    pub schema: Option<String>,
}

/// Every answer `list_explorer_columns` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListExplorerColumnsResponse {
    /// The columns.
    #[oai(status = 200)]
    Ok(Json<Vec<ExplorerColumn>>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListExplorerColumnsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `sample_explorer_table`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SampleExplorerTableParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
    /// The table, view, file or endpoint.
    #[serde(rename = "table")]
    pub table: String,
    /// Its schema.
    #[serde(rename = "schema")]
    pub schema: Option<String>,
    /// How many rows.
    #[serde(rename = "rows")]
    pub rows: i32,
}

/// Every answer `sample_explorer_table` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum SampleExplorerTableResponse {
    /// The rows.
    #[oai(status = 200)]
    Ok(Json<SqlResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for SampleExplorerTableResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `upload_file_to_connection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadFileToConnectionParams {
    /// The connection's id.
    #[serde(rename = "connectionId")]
    pub connection_id: i64,
}

/// Every answer `upload_file_to_connection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UploadFileToConnectionResponse {
    /// The stored file.
    #[oai(status = 201)]
    Created(Json<UploadResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UploadFileToConnectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `execute_sql` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ExecuteSqlResponse {
    /// The result.
    #[oai(status = 200)]
    Ok(Json<SqlResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for ExecuteSqlResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_templates`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListTemplatesParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name or description contains this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Template category.
    #[serde(rename = "category")]
    pub category: Option<String>,
    /// Uses this connector discriminator.
    #[serde(rename = "connector")]
    pub connector: Option<String>,
}

/// Every answer `list_templates` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListTemplatesResponse {
    /// The templates.
    #[oai(status = 200)]
    Ok(Json<Vec<Template>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListTemplatesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateParams {
    /// The template's id.
    #[serde(rename = "templateId")]
    pub template_id: i64,
}

/// Every answer `get_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<Template>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `deploy_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeployTemplateParams {
    /// The template's id.
    #[serde(rename = "templateId")]
    pub template_id: i64,
}

/// Every answer `deploy_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeployTemplateResponse {
    /// The created flow.
    #[oai(status = 201)]
    Created(Json<TemplateDeployResult>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for DeployTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_macros`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListMacrosParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name contains this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
}

/// Every answer `list_macros` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListMacrosResponse {
    /// The macros.
    #[oai(status = 200)]
    Ok(Json<Vec<Macro>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListMacrosResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_macro` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateMacroResponse {
    /// The macro.
    #[oai(status = 201)]
    Created(Json<Macro>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateMacroResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_macro`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetMacroParams {
    /// The macro's id.
    #[serde(rename = "macroId")]
    pub macro_id: i64,
}

/// Every answer `get_macro` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetMacroResponse {
    /// The macro.
    #[oai(status = 200)]
    Ok(Json<Macro>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetMacroResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_macro`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateMacroParams {
    /// The macro's id.
    #[serde(rename = "macroId")]
    pub macro_id: i64,
}

/// Every answer `update_macro` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateMacroResponse {
    /// The macro.
    #[oai(status = 200)]
    Ok(Json<Macro>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateMacroResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_macro`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteMacroParams {
    /// The macro's id.
    #[serde(rename = "macroId")]
    pub macro_id: i64,
}

/// Every answer `delete_macro` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteMacroResponse {
    /// Deleted.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteMacroResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_functions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListFunctionsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name contains this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Keep this language.
    #[serde(rename = "language")]
    pub language: Option<ListFunctionsLanguage>,
    /// Keep this category.
    #[serde(rename = "category")]
    pub category: Option<String>,
}

/// Every answer `list_functions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListFunctionsResponse {
    /// The functions.
    #[oai(status = 200)]
    Ok(
        Json<Vec<TransformationFunction>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListFunctionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `issue_token` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum IssueTokenResponse {
    /// The JWT.
    #[oai(status = 200)]
    Ok(Json<TokenResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for IssueTokenResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `issue_token_legacy` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum IssueTokenLegacyResponse {
    /// The JWT.
    #[oai(status = 200)]
    Ok(Json<TokenResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for IssueTokenLegacyResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `refresh_token` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RefreshTokenResponse {
    /// The new JWT.
    #[oai(status = 200)]
    Ok(Json<TokenResponse>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for RefreshTokenResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `logout` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum LogoutResponse {
    /// Signed out.
    #[oai(status = 204)]
    NoContent,
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for LogoutResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `issue_tenant_token`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct IssueTenantTokenParams {
    /// The tenant's id.
    #[serde(rename = "tenantId")]
    pub tenant_id: i64,
}

/// Every answer `issue_tenant_token` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum IssueTenantTokenResponse {
    /// A JWT for the tenant.
    #[oai(status = 200)]
    Ok(Json<TokenResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for IssueTenantTokenResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `request_password_reset` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RequestPasswordResetResponse {
    /// Accepted.
    #[oai(status = 202)]
    Accepted,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for RequestPasswordResetResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            202 => Ok(Self::Accepted),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `confirm_password_reset` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ConfirmPasswordResetResponse {
    /// Password changed.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for ConfirmPasswordResetResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `update_password` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdatePasswordResponse {
    /// Password changed.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdatePasswordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `sso_login`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SsoLoginParams {
    /// Tenant name, when the host serves several.
    #[serde(rename = "tenant")]
    pub tenant: Option<String>,
    /// Where to land after signing in.
    #[serde(rename = "redirect")]
    pub redirect: Option<String>,
}

/// Every answer `sso_login` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum SsoLoginResponse {
    /// Redirect to the identity provider.
    #[oai(status = 302)]
    Found(#[oai(header = "Location")] String),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for SsoLoginResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            302 => Ok(Self::Found(a.header("Location")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_totp_status` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTotpStatusResponse {
    /// The 2FA state.
    #[oai(status = 200)]
    Ok(Json<TotpStatus>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for GetTotpStatusResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `disable_totp` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DisableTotpResponse {
    /// 2FA is off.
    #[oai(status = 204)]
    NoContent,
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for DisableTotpResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `enroll_totp` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EnrollTotpResponse {
    /// The enrollment.
    #[oai(status = 200)]
    Ok(Json<TotpEnrollment>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for EnrollTotpResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `verify_totp` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum VerifyTotpResponse {
    /// The code was correct.
    #[oai(status = 200)]
    Ok(Json<TotpVerification>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for VerifyTotpResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_users`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListUsersParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Login, name or email contains this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
    /// Keep this role.
    #[serde(rename = "role")]
    pub role: Option<Role>,
}

/// Every answer `list_users` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListUsersResponse {
    /// The users.
    #[oai(status = 200)]
    Ok(Json<Vec<User>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListUsersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateUserResponse {
    /// The user.
    #[oai(status = 201)]
    Created(Json<User>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserParams {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: i64,
}

/// Every answer `get_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<User>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_user`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateUserParams {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: i64,
}

/// Every answer `update_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateUserResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<User>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_user`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteUserParams {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: i64,
}

/// Every answer `delete_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteUserResponse {
    /// Deleted.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for DeleteUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `rotate_user_api_key`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RotateUserApiKeyParams {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: i64,
}

/// Every answer `rotate_user_api_key` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RotateUserApiKeyResponse {
    /// The new key.
    #[oai(status = 200)]
    Ok(Json<ApiKey>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for RotateUserApiKeyResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `revoke_user_api_key`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RevokeUserApiKeyParams {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: i64,
}

/// Every answer `revoke_user_api_key` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RevokeUserApiKeyResponse {
    /// Revoked.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for RevokeUserApiKeyResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_tenants`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListTenantsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_tenants` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListTenantsResponse {
    /// The tenants.
    #[oai(status = 200)]
    Ok(Json<Vec<Tenant>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListTenantsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_tenant` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateTenantResponse {
    /// The tenant.
    #[oai(status = 201)]
    Created(Json<Tenant>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateTenantResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_tenant`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTenantParams {
    /// The tenant's id.
    #[serde(rename = "tenantId")]
    pub tenant_id: i64,
}

/// Every answer `get_tenant` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTenantResponse {
    /// The tenant.
    #[oai(status = 200)]
    Ok(Json<Tenant>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetTenantResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_tenant`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateTenantParams {
    /// The tenant's id.
    #[serde(rename = "tenantId")]
    pub tenant_id: i64,
}

/// Every answer `update_tenant` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateTenantResponse {
    /// The tenant.
    #[oai(status = 200)]
    Ok(Json<Tenant>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateTenantResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `switch_tenant`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SwitchTenantParams {
    /// The tenant's id.
    #[serde(rename = "tenantId")]
    pub tenant_id: i64,
}

/// Every answer `switch_tenant` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum SwitchTenantResponse {
    /// A JWT for the tenant.
    #[oai(status = 200)]
    Ok(Json<TokenResponse>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for SwitchTenantResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_user_profile` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserProfileResponse {
    /// The profile.
    #[oai(status = 200)]
    Ok(Json<UserProfile>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for GetUserProfileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `update_user_profile` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateUserProfileResponse {
    /// The profile.
    #[oai(status = 200)]
    Ok(Json<UserProfile>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateUserProfileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_notification_preferences` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetNotificationPreferencesResponse {
    /// The preferences.
    #[oai(status = 200)]
    Ok(Json<NotificationPreferences>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for GetNotificationPreferencesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `update_notification_preferences` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateNotificationPreferencesResponse {
    /// The preferences.
    #[oai(status = 200)]
    Ok(Json<NotificationPreferences>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateNotificationPreferencesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_tags`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListTagsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Name starts with this text.
    #[serde(rename = "q")]
    pub q: Option<String>,
}

/// Every answer `list_tags` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListTagsResponse {
    /// The tags.
    #[oai(status = 200)]
    Ok(Json<Vec<Tag>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListTagsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_resource_tags`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetResourceTagsParams {
    /// The kind of resource.
    #[serde(rename = "resourceType")]
    pub resource_type: ResourceType,
    /// The resource's id.
    #[serde(rename = "resourceId")]
    pub resource_id: i64,
}

/// Every answer `get_resource_tags` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetResourceTagsResponse {
    /// The tags.
    #[oai(status = 200)]
    Ok(Json<ResourceTags>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetResourceTagsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `replace_resource_tags`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReplaceResourceTagsParams {
    /// The kind of resource.
    #[serde(rename = "resourceType")]
    pub resource_type: ResourceType,
    /// The resource's id.
    #[serde(rename = "resourceId")]
    pub resource_id: i64,
}

/// Every answer `replace_resource_tags` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ReplaceResourceTagsResponse {
    /// The tags.
    #[oai(status = 200)]
    Ok(Json<ResourceTags>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for ReplaceResourceTagsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `search`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// What to look for.
    #[serde(rename = "q")]
    pub q: String,
    /// Restrict to these result types; repeat for several.
    #[serde(rename = "type")]
    pub type_: Option<Vec<SearchTypeItem>>,
}

/// Every answer `search` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum SearchResponse {
    /// The hits.
    #[oai(status = 200)]
    Ok(
        Json<Vec<SearchResult>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for SearchResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_audit_events`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListAuditEventsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Kind of resource, e.g. `flow`.
    #[serde(rename = "resourceType")]
    pub resource_type: Option<String>,
    /// Resource id.
    #[serde(rename = "resourceId")]
    pub resource_id: Option<i64>,
    /// Acting user.
    #[serde(rename = "userId")]
    pub user_id: Option<i64>,
    /// Action.
    #[serde(rename = "action")]
    pub action: Option<ListAuditEventsAction>,
    /// Events at or after this instant.
    #[serde(rename = "since")]
    pub since: Option<String>,
}

/// Every answer `list_audit_events` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListAuditEventsResponse {
    /// The events.
    #[oai(status = 200)]
    Ok(Json<Vec<AuditEvent>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListAuditEventsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_audit_event`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetAuditEventParams {
    /// The audit event's id.
    #[serde(rename = "auditEventId")]
    pub audit_event_id: i64,
}

/// Every answer `get_audit_event` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetAuditEventResponse {
    /// The event.
    #[oai(status = 200)]
    Ok(Json<AuditEvent>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetAuditEventResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_recycle_bin`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRecycleBinParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep this kind of resource.
    #[serde(rename = "resourceType")]
    pub resource_type: Option<String>,
}

/// Every answer `list_recycle_bin` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListRecycleBinResponse {
    /// The deleted resources.
    #[oai(status = 200)]
    Ok(
        Json<Vec<RecycleBinItem>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListRecycleBinResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restore_recycle_bin_item`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreRecycleBinItemParams {
    /// The recycle-bin item's id.
    #[serde(rename = "itemId")]
    pub item_id: i64,
}

/// Every answer `restore_recycle_bin_item` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestoreRecycleBinItemResponse {
    /// The restored resource.
    #[oai(status = 200)]
    Ok(Json<RestoredResource>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for RestoreRecycleBinItemResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `purge_recycle_bin_item`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeRecycleBinItemParams {
    /// The recycle-bin item's id.
    #[serde(rename = "itemId")]
    pub item_id: i64,
}

/// Every answer `purge_recycle_bin_item` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PurgeRecycleBinItemResponse {
    /// Purged.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for PurgeRecycleBinItemResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_webhooks`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListWebhooksParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_webhooks` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListWebhooksResponse {
    /// The webhooks.
    #[oai(status = 200)]
    Ok(Json<Vec<Webhook>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListWebhooksResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_webhook` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateWebhookResponse {
    /// The webhook.
    #[oai(status = 201)]
    Created(Json<Webhook>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateWebhookResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_webhook`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWebhookParams {
    /// The webhook's id.
    #[serde(rename = "webhookId")]
    pub webhook_id: i64,
}

/// Every answer `get_webhook` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetWebhookResponse {
    /// The webhook.
    #[oai(status = 200)]
    Ok(Json<Webhook>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetWebhookResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_webhook`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateWebhookParams {
    /// The webhook's id.
    #[serde(rename = "webhookId")]
    pub webhook_id: i64,
}

/// Every answer `update_webhook` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateWebhookResponse {
    /// The webhook.
    #[oai(status = 200)]
    Ok(Json<Webhook>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateWebhookResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_webhook`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteWebhookParams {
    /// The webhook's id.
    #[serde(rename = "webhookId")]
    pub webhook_id: i64,
}

/// Every answer `delete_webhook` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteWebhookResponse {
    /// Deleted.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteWebhookResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_webhook_deliveries`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListWebhookDeliveriesParams {
    /// The webhook's id.
    #[serde(rename = "webhookId")]
    pub webhook_id: i64,
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep successful (true) or failed (false) attempts.
    #[serde(rename = "success")]
    pub success: Option<bool>,
}

/// Every answer `list_webhook_deliveries` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListWebhookDeliveriesResponse {
    /// The delivery attempts.
    #[oai(status = 200)]
    Ok(
        Json<Vec<WebhookDelivery>>,
        #[oai(header = "X-Total-Count")] i64,
    ),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ListWebhookDeliveriesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_messages`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListMessagesParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Only unread messages.
    #[serde(rename = "unreadOnly")]
    pub unread_only: bool,
}

/// Every answer `list_messages` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListMessagesResponse {
    /// The messages.
    #[oai(status = 200)]
    Ok(Json<Vec<Message>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListMessagesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `mark_message_read`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MarkMessageReadParams {
    /// The message's id.
    #[serde(rename = "messageId")]
    pub message_id: i64,
}

/// Every answer `mark_message_read` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum MarkMessageReadResponse {
    /// The message.
    #[oai(status = 200)]
    Ok(Json<Message>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for MarkMessageReadResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_message`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteMessageParams {
    /// The message's id.
    #[serde(rename = "messageId")]
    pub message_id: i64,
}

/// Every answer `delete_message` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteMessageResponse {
    /// Deleted.
    #[oai(status = 204)]
    NoContent,
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for DeleteMessageResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_system_info` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSystemInfoResponse {
    /// The system information.
    #[oai(status = 200)]
    Ok(Json<SystemInfo>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
}

impl crate::support::FromAnswer for GetSystemInfoResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_system_health` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSystemHealthResponse {
    /// Healthy.
    #[oai(status = 200)]
    Ok(Json<Health>),
    /// Unhealthy.
    #[oai(status = 503)]
    ServiceUnavailable(Json<Health>),
}

impl crate::support::FromAnswer for GetSystemHealthResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            503 => Ok(Self::ServiceUnavailable(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_settings` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSettingsResponse {
    /// The settings.
    #[oai(status = 200)]
    Ok(Json<TenantSettings>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for GetSettingsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `update_settings` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateSettingsResponse {
    /// The settings.
    #[oai(status = 200)]
    Ok(Json<TenantSettings>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for UpdateSettingsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `list_modules` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListModulesResponse {
    /// The modules.
    #[oai(status = 200)]
    Ok(Json<Vec<Module>>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListModulesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_execution_summary`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetExecutionSummaryParams {
    /// Window start (inclusive).
    #[serde(rename = "from")]
    pub from: Option<String>,
    /// Window end (exclusive); default now.
    #[serde(rename = "to")]
    pub to: Option<String>,
    /// Only this flow.
    #[serde(rename = "flowId")]
    pub flow_id: Option<i64>,
}

/// Every answer `get_execution_summary` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetExecutionSummaryResponse {
    /// The statistics.
    #[oai(status = 200)]
    Ok(Json<ExecutionSummary>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for GetExecutionSummaryResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_execution_report`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetExecutionReportParams {
    /// The day, YYYY-MM-DD.
    #[serde(rename = "date")]
    pub date: Option<String>,
    /// Days back from today (not a pagination offset here).
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Include record counts.
    #[serde(rename = "includeMetrics")]
    pub include_metrics: bool,
    /// Super Admin only: another tenant.
    #[serde(rename = "tenantId")]
    pub tenant_id: Option<i64>,
}

/// Every answer `get_execution_report` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetExecutionReportResponse {
    /// One row per flow that ran that day.
    #[oai(status = 200)]
    Ok(Json<Vec<FlowExecutionReport>>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetExecutionReportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_agents`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListAgentsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
    /// Keep this status.
    #[serde(rename = "status")]
    pub status: Option<ListAgentsStatus>,
}

/// Every answer `list_agents` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListAgentsResponse {
    /// The agents.
    #[oai(status = 200)]
    Ok(Json<Vec<Agent>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListAgentsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_agent`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetAgentParams {
    /// The agent's id.
    #[serde(rename = "agentId")]
    pub agent_id: i64,
}

/// Every answer `get_agent` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetAgentResponse {
    /// The agent.
    #[oai(status = 200)]
    Ok(Json<Agent>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for GetAgentResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restart_agent`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestartAgentParams {
    /// The agent's id.
    #[serde(rename = "agentId")]
    pub agent_id: i64,
}

/// Every answer `restart_agent` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestartAgentResponse {
    /// Restart requested.
    #[oai(status = 202)]
    Accepted(Json<Agent>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource in the caller's tenant.
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
}

impl crate::support::FromAnswer for RestartAgentResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            202 => Ok(Self::Accepted(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_subscription` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSubscriptionResponse {
    /// The subscription.
    #[oai(status = 200)]
    Ok(Json<Subscription>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for GetSubscriptionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_invoices`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListInvoicesParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_invoices` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListInvoicesResponse {
    /// The invoices.
    #[oai(status = 200)]
    Ok(Json<Vec<Invoice>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListInvoicesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `create_backup` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum CreateBackupResponse {
    /// The backup was queued.
    #[oai(status = 202)]
    Accepted(Json<Backup>),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The request conflicts with the current state (duplicate name, resource in use, ...).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The body has no Content-Type, or one the operation does not take.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<Error>),
}

impl crate::support::FromAnswer for CreateBackupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            202 => Ok(Self::Accepted(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_backups`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListBackupsParams {
    /// Maximum number of items to return.
    #[serde(rename = "limit")]
    pub limit: i32,
    /// Number of items to skip.
    #[serde(rename = "offset")]
    pub offset: i32,
}

/// Every answer `list_backups` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListBackupsResponse {
    /// The backups.
    #[oai(status = 200)]
    Ok(Json<Vec<Backup>>, #[oai(header = "X-Total-Count")] i64),
    /// The body, a parameter or the request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No token, or an invalid or expired one (or wrong credentials at sign-in).
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The caller's role or tenant does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
}

impl crate::support::FromAnswer for ListBackupsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("X-Total-Count")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_list_flows_limit() -> i32 {
    50
}

fn default_list_flows_offset() -> i32 {
    0
}

fn default_run_flow_parallel() -> bool {
    false
}

fn default_run_flow_wait() -> bool {
    false
}

fn default_run_flow_timeout() -> i32 {
    300
}

fn default_run_flow_by_name_parallel() -> bool {
    false
}

fn default_run_flow_by_name_wait() -> bool {
    false
}

fn default_run_flow_by_name_timeout() -> i32 {
    300
}

fn default_list_flow_versions_limit() -> i32 {
    50
}

fn default_list_flow_versions_offset() -> i32 {
    0
}

fn default_list_flow_executions_limit() -> i32 {
    50
}

fn default_list_flow_executions_offset() -> i32 {
    0
}

fn default_tail_execution_console_position() -> i64 {
    0
}

fn default_list_schedules_limit() -> i32 {
    50
}

fn default_list_schedules_offset() -> i32 {
    0
}

fn default_list_schedule_history_limit() -> i32 {
    50
}

fn default_list_schedule_history_offset() -> i32 {
    0
}

fn default_list_recent_composer_drafts_limit() -> i32 {
    50
}

fn default_list_recent_composer_drafts_offset() -> i32 {
    0
}

fn default_list_connections_limit() -> i32 {
    50
}

fn default_list_connections_offset() -> i32 {
    0
}

fn default_list_connector_types_limit() -> i32 {
    50
}

fn default_list_connector_types_offset() -> i32 {
    0
}

fn default_list_formats_limit() -> i32 {
    50
}

fn default_list_formats_offset() -> i32 {
    0
}

fn default_list_listeners_limit() -> i32 {
    50
}

fn default_list_listeners_offset() -> i32 {
    0
}

fn default_export_request_include_dependencies() -> Option<bool> {
    Some(true)
}

fn default_import_bundle_preview() -> bool {
    false
}

fn default_salesforce_login_request_sandbox() -> Option<bool> {
    Some(false)
}

fn default_list_explorer_schemas_limit() -> i32 {
    50
}

fn default_list_explorer_schemas_offset() -> i32 {
    0
}

fn default_list_explorer_tables_limit() -> i32 {
    50
}

fn default_list_explorer_tables_offset() -> i32 {
    0
}

fn default_list_explorer_tables_include_views() -> bool {
    true
}

fn default_sample_explorer_table_rows() -> i32 {
    10
}

fn default_sql_request_max_rows() -> Option<i32> {
    Some(1000)
}

fn default_list_templates_limit() -> i32 {
    50
}

fn default_list_templates_offset() -> i32 {
    0
}

fn default_list_macros_limit() -> i32 {
    50
}

fn default_list_macros_offset() -> i32 {
    0
}

fn default_list_functions_limit() -> i32 {
    50
}

fn default_list_functions_offset() -> i32 {
    0
}

fn default_list_users_limit() -> i32 {
    50
}

fn default_list_users_offset() -> i32 {
    0
}

fn default_user_input_generate_api_key() -> Option<bool> {
    Some(false)
}

fn default_list_tenants_limit() -> i32 {
    50
}

fn default_list_tenants_offset() -> i32 {
    0
}

fn default_list_tags_limit() -> i32 {
    50
}

fn default_list_tags_offset() -> i32 {
    0
}

fn default_search_limit() -> i32 {
    50
}

fn default_search_offset() -> i32 {
    0
}

fn default_list_audit_events_limit() -> i32 {
    50
}

fn default_list_audit_events_offset() -> i32 {
    0
}

fn default_list_recycle_bin_limit() -> i32 {
    50
}

fn default_list_recycle_bin_offset() -> i32 {
    0
}

fn default_list_webhooks_limit() -> i32 {
    50
}

fn default_list_webhooks_offset() -> i32 {
    0
}

fn default_webhook_input_method() -> Option<WebhookInputMethod> {
    Some(WebhookInputMethod::Post)
}

fn default_webhook_input_content_type() -> Option<String> {
    Some("application/json".to_string())
}

fn default_list_webhook_deliveries_limit() -> i32 {
    50
}

fn default_list_webhook_deliveries_offset() -> i32 {
    0
}

fn default_list_messages_limit() -> i32 {
    50
}

fn default_list_messages_offset() -> i32 {
    0
}

fn default_list_messages_unread_only() -> bool {
    false
}

fn default_get_execution_report_offset() -> i32 {
    0
}

fn default_get_execution_report_include_metrics() -> bool {
    false
}

fn default_list_agents_limit() -> i32 {
    50
}

fn default_list_agents_offset() -> i32 {
    0
}

fn default_list_invoices_limit() -> i32 {
    50
}

fn default_list_invoices_offset() -> i32 {
    0
}

fn default_backup_request_include_execution_history() -> Option<bool> {
    Some(false)
}

fn default_list_backups_limit() -> i32 {
    50
}

fn default_list_backups_offset() -> i32 {
    0
}

/// The operations tagged `Flows`.
#[async_trait::async_trait]
pub trait FlowsApi: Send + Sync + 'static {
    /// List flows
    async fn list_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowsParams,
    ) -> poem::Result<ListFlowsResponse>;
    /// Create a flow
    async fn create_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowInput,
    ) -> poem::Result<CreateFlowResponse>;
    /// Recently opened flows
    async fn list_recent_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListRecentFlowsResponse>;
    /// Validate a flow definition
    async fn inspect_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowInput,
    ) -> poem::Result<InspectFlowResponse>;
    /// Get a flow
    async fn get_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowParams,
    ) -> poem::Result<GetFlowResponse>;
    /// Edit a flow
    async fn update_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateFlowParams,
        body: FlowInput,
    ) -> poem::Result<UpdateFlowResponse>;
    /// Delete a flow
    async fn delete_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteFlowParams,
    ) -> poem::Result<DeleteFlowResponse>;
    /// Run a flow now
    async fn run_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunFlowParams,
        body: RunParameters,
    ) -> poem::Result<RunFlowResponse>;
    /// Stop a running flow
    async fn stop_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: StopFlowParams,
    ) -> poem::Result<StopFlowResponse>;
    /// Run a flow by name
    async fn run_flow_by_name(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunFlowByNameParams,
    ) -> poem::Result<RunFlowByNameResponse>;
    /// Where a flow is used
    async fn get_flow_usage(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowUsageParams,
    ) -> poem::Result<GetFlowUsageResponse>;
    /// Version history of a flow
    async fn list_flow_versions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowVersionsParams,
    ) -> poem::Result<ListFlowVersionsResponse>;
    /// Plain-English description of a flow
    async fn get_flow_documentation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowDocumentationParams,
    ) -> poem::Result<GetFlowDocumentationResponse>;
}

/// The operations tagged `Executions`.
#[async_trait::async_trait]
pub trait ExecutionsApi: Send + Sync + 'static {
    /// Get one execution (audit record)
    async fn get_flow_execution(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowExecutionParams,
    ) -> poem::Result<GetFlowExecutionResponse>;
    /// Recent executions of a flow
    async fn list_flow_executions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowExecutionsParams,
    ) -> poem::Result<ListFlowExecutionsResponse>;
    /// Execution counts by status
    async fn count_flow_execution_statuses(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: CountFlowExecutionStatusesParams,
    ) -> poem::Result<CountFlowExecutionStatusesResponse>;
    /// Run log of an execution
    async fn get_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionConsoleParams,
    ) -> poem::Result<GetExecutionConsoleResponse>;
    /// Live tail of a running execution's log
    async fn tail_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: TailExecutionConsoleParams,
    ) -> poem::Result<TailExecutionConsoleResponse>;
    /// In-flight tasks of a running execution
    async fn list_running_tasks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRunningTasksParams,
    ) -> poem::Result<ListRunningTasksResponse>;
    /// Download console logs
    async fn download_execution_consoles(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DownloadExecutionConsolesParams,
    ) -> poem::Result<DownloadExecutionConsolesResponse>;
}

/// The operations tagged `Schedules`.
#[async_trait::async_trait]
pub trait SchedulesApi: Send + Sync + 'static {
    /// List schedules
    async fn list_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListSchedulesParams,
    ) -> poem::Result<ListSchedulesResponse>;
    /// Create a schedule
    async fn create_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowScheduleInput,
    ) -> poem::Result<CreateScheduleResponse>;
    /// Bulk enable, disable or delete schedules
    async fn bulk_update_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ScheduleBulkRequest,
    ) -> poem::Result<BulkUpdateSchedulesResponse>;
    /// Schedule-type catalog
    async fn list_schedule_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListScheduleTypesResponse>;
    /// Get a schedule
    async fn get_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetScheduleParams,
    ) -> poem::Result<GetScheduleResponse>;
    /// Edit a schedule
    async fn update_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateScheduleParams,
        body: FlowScheduleInput,
    ) -> poem::Result<UpdateScheduleResponse>;
    /// Delete a schedule
    async fn delete_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteScheduleParams,
    ) -> poem::Result<DeleteScheduleResponse>;
    /// Pause a schedule
    async fn disable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DisableScheduleParams,
    ) -> poem::Result<DisableScheduleResponse>;
    /// Resume a schedule
    async fn enable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: EnableScheduleParams,
    ) -> poem::Result<EnableScheduleResponse>;
    /// Recent firings of a schedule
    async fn list_schedule_history(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListScheduleHistoryParams,
    ) -> poem::Result<ListScheduleHistoryResponse>;
    /// Trigger a scheduled flow now
    async fn run_scheduled_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunScheduledFlowParams,
    ) -> poem::Result<RunScheduledFlowResponse>;
}

/// The operations tagged `Composer`.
#[async_trait::async_trait]
pub trait ComposerApi: Send + Sync + 'static {
    /// Recent Composer drafts
    async fn list_recent_composer_drafts(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRecentComposerDraftsParams,
    ) -> poem::Result<ListRecentComposerDraftsResponse>;
    /// Create a Composer draft
    async fn create_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ComposerDraftInput,
    ) -> poem::Result<CreateComposerDraftResponse>;
    /// Get a Composer draft
    async fn get_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetComposerDraftParams,
    ) -> poem::Result<GetComposerDraftResponse>;
    /// Delete a Composer draft
    async fn delete_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteComposerDraftParams,
    ) -> poem::Result<DeleteComposerDraftResponse>;
    /// Read a draft's conversation
    async fn get_composer_conversation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetComposerConversationParams,
    ) -> poem::Result<GetComposerConversationResponse>;
    /// Append a message to the agent conversation
    async fn append_composer_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: AppendComposerMessageParams,
        body: ComposerMessageInput,
    ) -> poem::Result<AppendComposerMessageResponse>;
    /// Promote a draft to a flow
    async fn promote_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: PromoteComposerDraftParams,
    ) -> poem::Result<PromoteComposerDraftResponse>;
}

/// The operations tagged `Connections`.
#[async_trait::async_trait]
pub trait ConnectionsApi: Send + Sync + 'static {
    /// List connections
    async fn list_connections(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListConnectionsParams,
    ) -> poem::Result<ListConnectionsResponse>;
    /// Create a connection
    async fn create_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ConnectionInput,
    ) -> poem::Result<CreateConnectionResponse>;
    /// Connector catalog
    async fn list_connector_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListConnectorTypesParams,
    ) -> poem::Result<ListConnectorTypesResponse>;
    /// Get a connection
    async fn get_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetConnectionParams,
    ) -> poem::Result<GetConnectionResponse>;
    /// Edit a connection
    async fn update_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateConnectionParams,
        body: ConnectionInput,
    ) -> poem::Result<UpdateConnectionResponse>;
    /// Delete a connection
    async fn delete_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteConnectionParams,
    ) -> poem::Result<DeleteConnectionResponse>;
    /// Test a connection
    async fn test_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: TestConnectionParams,
        body: ConnectionTestInput,
    ) -> poem::Result<TestConnectionResponse>;
    /// Inspect a connection's metadata
    async fn get_connection_metadata(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetConnectionMetadataParams,
    ) -> poem::Result<GetConnectionMetadataResponse>;
    /// Upload a key file for a connection
    async fn upload_connection_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UploadConnectionKeyParams,
        body: KeyUploadForm,
    ) -> poem::Result<UploadConnectionKeyResponse>;
    /// List formats
    async fn list_formats(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFormatsParams,
    ) -> poem::Result<ListFormatsResponse>;
    /// Create a format
    async fn create_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FormatInput,
    ) -> poem::Result<CreateFormatResponse>;
    /// Get a format
    async fn get_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFormatParams,
    ) -> poem::Result<GetFormatResponse>;
    /// Edit a format
    async fn update_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateFormatParams,
        body: FormatInput,
    ) -> poem::Result<UpdateFormatResponse>;
    /// Delete a format
    async fn delete_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteFormatParams,
    ) -> poem::Result<DeleteFormatResponse>;
    /// List listeners
    async fn list_listeners(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListListenersParams,
    ) -> poem::Result<ListListenersResponse>;
    /// Register a listener
    async fn create_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ListenerInput,
    ) -> poem::Result<CreateListenerResponse>;
    /// Get a listener
    async fn get_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetListenerParams,
    ) -> poem::Result<GetListenerResponse>;
    /// Edit a listener
    async fn update_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateListenerParams,
        body: ListenerInput,
    ) -> poem::Result<UpdateListenerResponse>;
    /// Delete a listener
    async fn delete_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteListenerParams,
    ) -> poem::Result<DeleteListenerResponse>;
    /// Export flows and connections
    async fn export_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ExportRequest,
    ) -> poem::Result<ExportBundleResponse>;
    /// Import a bundle
    async fn import_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ImportBundleParams,
        body: ExportBundle,
    ) -> poem::Result<ImportBundleResponse>;
}

/// The operations tagged `OAuth helpers`.
#[async_trait::async_trait]
pub trait OAuthHelpersApi: Send + Sync + 'static {
    /// Get an OAuth consent URL
    async fn get_oauth_consent_url(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetOauthConsentUrlParams,
    ) -> poem::Result<GetOauthConsentUrlResponse>;
    /// Exchange an OAuth code for tokens
    async fn exchange_oauth_code(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ExchangeOauthCodeParams,
        body: OAuthCallbackRequest,
    ) -> poem::Result<ExchangeOauthCodeResponse>;
    /// Refresh OAuth tokens
    async fn refresh_oauth_tokens(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RefreshOauthTokensParams,
        body: OAuthRefreshRequest,
    ) -> poem::Result<RefreshOauthTokensResponse>;
    /// Salesforce login helper
    async fn salesforce_login(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: SalesforceLoginRequest,
    ) -> poem::Result<SalesforceLoginResponse>;
    /// Microsoft tenant resolution helper
    async fn resolve_microsoft_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ResolveMicrosoftTenantParams,
    ) -> poem::Result<ResolveMicrosoftTenantResponse>;
}

/// The operations tagged `Explorer & SQL`.
#[async_trait::async_trait]
pub trait ExplorerSqlApi: Send + Sync + 'static {
    /// List schemas
    async fn list_explorer_schemas(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerSchemasParams,
    ) -> poem::Result<ListExplorerSchemasResponse>;
    /// List tables and views
    async fn list_explorer_tables(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerTablesParams,
    ) -> poem::Result<ListExplorerTablesResponse>;
    /// List columns of a table
    async fn list_explorer_columns(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerColumnsParams,
    ) -> poem::Result<ListExplorerColumnsResponse>;
    /// Sample rows from a table
    async fn sample_explorer_table(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SampleExplorerTableParams,
    ) -> poem::Result<SampleExplorerTableResponse>;
    /// Upload a file to a connection
    async fn upload_file_to_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UploadFileToConnectionParams,
        body: UploadForm,
    ) -> poem::Result<UploadFileToConnectionResponse>;
    /// Execute SQL
    async fn execute_sql(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: SqlRequest,
    ) -> poem::Result<ExecuteSqlResponse>;
}

/// The operations tagged `Templates & macros`.
#[async_trait::async_trait]
pub trait TemplatesMacrosApi: Send + Sync + 'static {
    /// Search templates
    async fn list_templates(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTemplatesParams,
    ) -> poem::Result<ListTemplatesResponse>;
    /// Get a template
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetTemplateParams,
    ) -> poem::Result<GetTemplateResponse>;
    /// Deploy a template
    async fn deploy_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeployTemplateParams,
        body: TemplateDeployRequest,
    ) -> poem::Result<DeployTemplateResponse>;
    /// List macros
    async fn list_macros(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListMacrosParams,
    ) -> poem::Result<ListMacrosResponse>;
    /// Create a macro
    async fn create_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: MacroInput,
    ) -> poem::Result<CreateMacroResponse>;
    /// Get a macro
    async fn get_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetMacroParams,
    ) -> poem::Result<GetMacroResponse>;
    /// Edit a macro
    async fn update_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateMacroParams,
        body: MacroInput,
    ) -> poem::Result<UpdateMacroResponse>;
    /// Delete a macro
    async fn delete_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteMacroParams,
    ) -> poem::Result<DeleteMacroResponse>;
    /// List transformation functions
    async fn list_functions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFunctionsParams,
    ) -> poem::Result<ListFunctionsResponse>;
}

/// The operations tagged `Authentication`.
#[async_trait::async_trait]
pub trait AuthenticationApi: Send + Sync + 'static {
    /// Exchange username and password for a JWT
    async fn issue_token(
        &self,
        req: &poem::Request,
        body: TokenAuthRequest,
    ) -> poem::Result<IssueTokenResponse>;
    /// Exchange username and password for a JWT (legacy path)
    async fn issue_token_legacy(
        &self,
        req: &poem::Request,
        body: TokenAuthRequest,
    ) -> poem::Result<IssueTokenLegacyResponse>;
    /// Refresh a JWT
    async fn refresh_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<RefreshTokenResponse>;
    /// Sign out
    async fn logout(&self, req: &poem::Request, auth: BearerAuth) -> poem::Result<LogoutResponse>;
    /// Switch tenant (token)
    async fn issue_tenant_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: IssueTenantTokenParams,
    ) -> poem::Result<IssueTenantTokenResponse>;
    /// Start a password reset
    async fn request_password_reset(
        &self,
        req: &poem::Request,
        body: PasswordResetRequest,
    ) -> poem::Result<RequestPasswordResetResponse>;
    /// Complete a password reset
    async fn confirm_password_reset(
        &self,
        req: &poem::Request,
        body: PasswordResetConfirm,
    ) -> poem::Result<ConfirmPasswordResetResponse>;
    /// Change the caller's password
    async fn update_password(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: PasswordUpdate,
    ) -> poem::Result<UpdatePasswordResponse>;
    /// Begin SSO
    async fn sso_login(
        &self,
        req: &poem::Request,
        params: SsoLoginParams,
    ) -> poem::Result<SsoLoginResponse>;
    /// Two-factor status
    async fn get_totp_status(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetTotpStatusResponse>;
    /// Turn two-factor off
    async fn disable_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<DisableTotpResponse>;
    /// Begin TOTP enrollment
    async fn enroll_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<EnrollTotpResponse>;
    /// Verify a TOTP code
    async fn verify_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TotpVerifyRequest,
    ) -> poem::Result<VerifyTotpResponse>;
}

/// The operations tagged `Users & tenants`.
#[async_trait::async_trait]
pub trait UsersTenantsApi: Send + Sync + 'static {
    /// List users
    async fn list_users(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListUsersParams,
    ) -> poem::Result<ListUsersResponse>;
    /// Create a user
    async fn create_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: UserInput,
    ) -> poem::Result<CreateUserResponse>;
    /// Get a user
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetUserParams,
    ) -> poem::Result<GetUserResponse>;
    /// Edit a user
    async fn update_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateUserParams,
        body: UserUpdate,
    ) -> poem::Result<UpdateUserResponse>;
    /// Delete a user
    async fn delete_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteUserParams,
    ) -> poem::Result<DeleteUserResponse>;
    /// Generate or rotate an API key
    async fn rotate_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RotateUserApiKeyParams,
        body: ApiKeyRequest,
    ) -> poem::Result<RotateUserApiKeyResponse>;
    /// Revoke an API key
    async fn revoke_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RevokeUserApiKeyParams,
    ) -> poem::Result<RevokeUserApiKeyResponse>;
    /// List tenants
    async fn list_tenants(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTenantsParams,
    ) -> poem::Result<ListTenantsResponse>;
    /// Create a tenant
    async fn create_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TenantInput,
    ) -> poem::Result<CreateTenantResponse>;
    /// Get a tenant
    async fn get_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetTenantParams,
    ) -> poem::Result<GetTenantResponse>;
    /// Edit a tenant
    async fn update_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateTenantParams,
        body: TenantUpdate,
    ) -> poem::Result<UpdateTenantResponse>;
    /// Switch the active tenant
    async fn switch_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SwitchTenantParams,
    ) -> poem::Result<SwitchTenantResponse>;
    /// Get the caller's profile
    async fn get_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetUserProfileResponse>;
    /// Update the caller's profile
    async fn update_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: UserProfileUpdate,
    ) -> poem::Result<UpdateUserProfileResponse>;
    /// Get notification preferences
    async fn get_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetNotificationPreferencesResponse>;
    /// Update notification preferences
    async fn update_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: NotificationPreferences,
    ) -> poem::Result<UpdateNotificationPreferencesResponse>;
}

/// The operations tagged `Tags & search`.
#[async_trait::async_trait]
pub trait TagsSearchApi: Send + Sync + 'static {
    /// List tags
    async fn list_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTagsParams,
    ) -> poem::Result<ListTagsResponse>;
    /// Get a resource's tags
    async fn get_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetResourceTagsParams,
    ) -> poem::Result<GetResourceTagsResponse>;
    /// Replace a resource's tags
    async fn replace_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ReplaceResourceTagsParams,
        body: TagList,
    ) -> poem::Result<ReplaceResourceTagsResponse>;
    /// Search across resources
    async fn search(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SearchParams,
    ) -> poem::Result<SearchResponse>;
}

/// The operations tagged `Audit & recycle bin`.
#[async_trait::async_trait]
pub trait AuditRecycleBinApi: Send + Sync + 'static {
    /// Query audit events
    async fn list_audit_events(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListAuditEventsParams,
    ) -> poem::Result<ListAuditEventsResponse>;
    /// Get an audit event
    async fn get_audit_event(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetAuditEventParams,
    ) -> poem::Result<GetAuditEventResponse>;
    /// List deleted resources
    async fn list_recycle_bin(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRecycleBinParams,
    ) -> poem::Result<ListRecycleBinResponse>;
    /// Restore a deleted resource
    async fn restore_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RestoreRecycleBinItemParams,
    ) -> poem::Result<RestoreRecycleBinItemResponse>;
    /// Purge a deleted resource
    async fn purge_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: PurgeRecycleBinItemParams,
    ) -> poem::Result<PurgeRecycleBinItemResponse>;
}

/// The operations tagged `Webhooks & messages`.
#[async_trait::async_trait]
pub trait WebhooksMessagesApi: Send + Sync + 'static {
    /// List webhooks
    async fn list_webhooks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListWebhooksParams,
    ) -> poem::Result<ListWebhooksResponse>;
    /// Subscribe to flow events
    async fn create_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: WebhookInput,
    ) -> poem::Result<CreateWebhookResponse>;
    /// Get a webhook
    async fn get_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetWebhookParams,
    ) -> poem::Result<GetWebhookResponse>;
    /// Edit a webhook
    async fn update_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateWebhookParams,
        body: WebhookInput,
    ) -> poem::Result<UpdateWebhookResponse>;
    /// Unsubscribe
    async fn delete_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteWebhookParams,
    ) -> poem::Result<DeleteWebhookResponse>;
    /// Recent deliveries of a webhook
    async fn list_webhook_deliveries(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListWebhookDeliveriesParams,
    ) -> poem::Result<ListWebhookDeliveriesResponse>;
    /// List in-app messages
    async fn list_messages(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListMessagesParams,
    ) -> poem::Result<ListMessagesResponse>;
    /// Mark a message read
    async fn mark_message_read(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: MarkMessageReadParams,
    ) -> poem::Result<MarkMessageReadResponse>;
    /// Delete a message
    async fn delete_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteMessageParams,
    ) -> poem::Result<DeleteMessageResponse>;
}

/// The operations tagged `System & operations`.
#[async_trait::async_trait]
pub trait SystemOperationsApi: Send + Sync + 'static {
    /// System information
    async fn get_system_info(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSystemInfoResponse>;
    /// Liveness probe
    async fn get_system_health(&self, req: &poem::Request)
        -> poem::Result<GetSystemHealthResponse>;
    /// Tenant settings
    async fn get_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSettingsResponse>;
    /// Update tenant settings
    async fn update_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TenantSettings,
    ) -> poem::Result<UpdateSettingsResponse>;
    /// Enabled modules
    async fn list_modules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListModulesResponse>;
    /// Execution statistics
    async fn get_execution_summary(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionSummaryParams,
    ) -> poem::Result<GetExecutionSummaryResponse>;
    /// Per-flow execution report
    async fn get_execution_report(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionReportParams,
    ) -> poem::Result<GetExecutionReportResponse>;
    /// List agents
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListAgentsParams,
    ) -> poem::Result<ListAgentsResponse>;
    /// Get an agent
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetAgentParams,
    ) -> poem::Result<GetAgentResponse>;
    /// Restart an agent
    async fn restart_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RestartAgentParams,
    ) -> poem::Result<RestartAgentResponse>;
    /// Current subscription
    async fn get_subscription(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSubscriptionResponse>;
    /// Invoice history
    async fn list_invoices(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListInvoicesParams,
    ) -> poem::Result<ListInvoicesResponse>;
    /// Back up the tenant
    async fn create_backup(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: BackupRequest,
    ) -> poem::Result<CreateBackupResponse>;
    /// List backups
    async fn list_backups(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListBackupsParams,
    ) -> poem::Result<ListBackupsResponse>;
}

/// Implements [`FlowsApi`] for a real-mode surface that does not serve the `Flows`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_flows_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl FlowsApi for $t {
                async fn list_flows(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListFlowsParams,
                ) -> poem::Result<ListFlowsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: FlowInput,
                ) -> poem::Result<CreateFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_recent_flows(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<ListRecentFlowsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn inspect_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: FlowInput,
                ) -> poem::Result<InspectFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetFlowParams,
                ) -> poem::Result<GetFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateFlowParams,
                    _body: FlowInput,
                ) -> poem::Result<UpdateFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteFlowParams,
                ) -> poem::Result<DeleteFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn run_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RunFlowParams,
                    _body: RunParameters,
                ) -> poem::Result<RunFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn stop_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: StopFlowParams,
                ) -> poem::Result<StopFlowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn run_flow_by_name(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RunFlowByNameParams,
                ) -> poem::Result<RunFlowByNameResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_flow_usage(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetFlowUsageParams,
                ) -> poem::Result<GetFlowUsageResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_flow_versions(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListFlowVersionsParams,
                ) -> poem::Result<ListFlowVersionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_flow_documentation(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetFlowDocumentationParams,
                ) -> poem::Result<GetFlowDocumentationResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ExecutionsApi`] for a real-mode surface that does not serve the `Executions`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_executions_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl ExecutionsApi for $t {
                async fn get_flow_execution(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetFlowExecutionParams,
                ) -> poem::Result<GetFlowExecutionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_flow_executions(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListFlowExecutionsParams,
                ) -> poem::Result<ListFlowExecutionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn count_flow_execution_statuses(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: CountFlowExecutionStatusesParams,
                ) -> poem::Result<CountFlowExecutionStatusesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_execution_console(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetExecutionConsoleParams,
                ) -> poem::Result<GetExecutionConsoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn tail_execution_console(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: TailExecutionConsoleParams,
                ) -> poem::Result<TailExecutionConsoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_running_tasks(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListRunningTasksParams,
                ) -> poem::Result<ListRunningTasksResponse> {
                    Err($crate::support::unmounted())
                }
                async fn download_execution_consoles(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DownloadExecutionConsolesParams,
                ) -> poem::Result<DownloadExecutionConsolesResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`SchedulesApi`] for a real-mode surface that does not serve the `Schedules`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_schedules_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl SchedulesApi for $t {
                async fn list_schedules(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListSchedulesParams,
                ) -> poem::Result<ListSchedulesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: FlowScheduleInput,
                ) -> poem::Result<CreateScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn bulk_update_schedules(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ScheduleBulkRequest,
                ) -> poem::Result<BulkUpdateSchedulesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_schedule_types(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<ListScheduleTypesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetScheduleParams,
                ) -> poem::Result<GetScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateScheduleParams,
                    _body: FlowScheduleInput,
                ) -> poem::Result<UpdateScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteScheduleParams,
                ) -> poem::Result<DeleteScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn disable_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DisableScheduleParams,
                ) -> poem::Result<DisableScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn enable_schedule(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: EnableScheduleParams,
                ) -> poem::Result<EnableScheduleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_schedule_history(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListScheduleHistoryParams,
                ) -> poem::Result<ListScheduleHistoryResponse> {
                    Err($crate::support::unmounted())
                }
                async fn run_scheduled_flow(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RunScheduledFlowParams,
                ) -> poem::Result<RunScheduledFlowResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ComposerApi`] for a real-mode surface that does not serve the `Composer`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_composer_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl ComposerApi for $t {
                async fn list_recent_composer_drafts(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListRecentComposerDraftsParams,
                ) -> poem::Result<ListRecentComposerDraftsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_composer_draft(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ComposerDraftInput,
                ) -> poem::Result<CreateComposerDraftResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_composer_draft(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetComposerDraftParams,
                ) -> poem::Result<GetComposerDraftResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_composer_draft(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteComposerDraftParams,
                ) -> poem::Result<DeleteComposerDraftResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_composer_conversation(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetComposerConversationParams,
                ) -> poem::Result<GetComposerConversationResponse> {
                    Err($crate::support::unmounted())
                }
                async fn append_composer_message(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: AppendComposerMessageParams,
                    _body: ComposerMessageInput,
                ) -> poem::Result<AppendComposerMessageResponse> {
                    Err($crate::support::unmounted())
                }
                async fn promote_composer_draft(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: PromoteComposerDraftParams,
                ) -> poem::Result<PromoteComposerDraftResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ConnectionsApi`] for a real-mode surface that does not serve the `Connections`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_connections_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl ConnectionsApi for $t {
                async fn list_connections(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListConnectionsParams,
                ) -> poem::Result<ListConnectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ConnectionInput,
                ) -> poem::Result<CreateConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_connector_types(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListConnectorTypesParams,
                ) -> poem::Result<ListConnectorTypesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetConnectionParams,
                ) -> poem::Result<GetConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateConnectionParams,
                    _body: ConnectionInput,
                ) -> poem::Result<UpdateConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteConnectionParams,
                ) -> poem::Result<DeleteConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn test_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: TestConnectionParams,
                    _body: ConnectionTestInput,
                ) -> poem::Result<TestConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_connection_metadata(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetConnectionMetadataParams,
                ) -> poem::Result<GetConnectionMetadataResponse> {
                    Err($crate::support::unmounted())
                }
                async fn upload_connection_key(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UploadConnectionKeyParams,
                    _body: KeyUploadForm,
                ) -> poem::Result<UploadConnectionKeyResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_formats(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListFormatsParams,
                ) -> poem::Result<ListFormatsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_format(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: FormatInput,
                ) -> poem::Result<CreateFormatResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_format(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetFormatParams,
                ) -> poem::Result<GetFormatResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_format(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateFormatParams,
                    _body: FormatInput,
                ) -> poem::Result<UpdateFormatResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_format(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteFormatParams,
                ) -> poem::Result<DeleteFormatResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_listeners(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListListenersParams,
                ) -> poem::Result<ListListenersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_listener(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ListenerInput,
                ) -> poem::Result<CreateListenerResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_listener(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetListenerParams,
                ) -> poem::Result<GetListenerResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_listener(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateListenerParams,
                    _body: ListenerInput,
                ) -> poem::Result<UpdateListenerResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_listener(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteListenerParams,
                ) -> poem::Result<DeleteListenerResponse> {
                    Err($crate::support::unmounted())
                }
                async fn export_bundle(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ExportRequest,
                ) -> poem::Result<ExportBundleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn import_bundle(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ImportBundleParams,
                    _body: ExportBundle,
                ) -> poem::Result<ImportBundleResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`OAuthHelpersApi`] for a real-mode surface that does not serve the `OAuth helpers`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_o_auth_helpers_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl OAuthHelpersApi for $t {
                async fn get_oauth_consent_url(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetOauthConsentUrlParams,
                ) -> poem::Result<GetOauthConsentUrlResponse> {
                    Err($crate::support::unmounted())
                }
                async fn exchange_oauth_code(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ExchangeOauthCodeParams,
                    _body: OAuthCallbackRequest,
                ) -> poem::Result<ExchangeOauthCodeResponse> {
                    Err($crate::support::unmounted())
                }
                async fn refresh_oauth_tokens(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RefreshOauthTokensParams,
                    _body: OAuthRefreshRequest,
                ) -> poem::Result<RefreshOauthTokensResponse> {
                    Err($crate::support::unmounted())
                }
                async fn salesforce_login(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: SalesforceLoginRequest,
                ) -> poem::Result<SalesforceLoginResponse> {
                    Err($crate::support::unmounted())
                }
                async fn resolve_microsoft_tenant(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ResolveMicrosoftTenantParams,
                ) -> poem::Result<ResolveMicrosoftTenantResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ExplorerSqlApi`] for a real-mode surface that does not serve the `Explorer & SQL`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_explorer_sql_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl ExplorerSqlApi for $t {
                async fn list_explorer_schemas(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListExplorerSchemasParams,
                ) -> poem::Result<ListExplorerSchemasResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_explorer_tables(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListExplorerTablesParams,
                ) -> poem::Result<ListExplorerTablesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_explorer_columns(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListExplorerColumnsParams,
                ) -> poem::Result<ListExplorerColumnsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn sample_explorer_table(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: SampleExplorerTableParams,
                ) -> poem::Result<SampleExplorerTableResponse> {
                    Err($crate::support::unmounted())
                }
                async fn upload_file_to_connection(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UploadFileToConnectionParams,
                    _body: UploadForm,
                ) -> poem::Result<UploadFileToConnectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn execute_sql(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: SqlRequest,
                ) -> poem::Result<ExecuteSqlResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`TemplatesMacrosApi`] for a real-mode surface that does not serve the `Templates & macros`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_templates_macros_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl TemplatesMacrosApi for $t {
                async fn list_templates(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListTemplatesParams,
                ) -> poem::Result<ListTemplatesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetTemplateParams,
                ) -> poem::Result<GetTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn deploy_template(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeployTemplateParams,
                    _body: TemplateDeployRequest,
                ) -> poem::Result<DeployTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_macros(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListMacrosParams,
                ) -> poem::Result<ListMacrosResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_macro(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: MacroInput,
                ) -> poem::Result<CreateMacroResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_macro(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetMacroParams,
                ) -> poem::Result<GetMacroResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_macro(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateMacroParams,
                    _body: MacroInput,
                ) -> poem::Result<UpdateMacroResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_macro(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteMacroParams,
                ) -> poem::Result<DeleteMacroResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_functions(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListFunctionsParams,
                ) -> poem::Result<ListFunctionsResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`AuthenticationApi`] for a real-mode surface that does not serve the `Authentication`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_authentication_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl AuthenticationApi for $t {
                async fn issue_token(
                    &self,
                    _req: &poem::Request,
                    _body: TokenAuthRequest,
                ) -> poem::Result<IssueTokenResponse> {
                    Err($crate::support::unmounted())
                }
                async fn issue_token_legacy(
                    &self,
                    _req: &poem::Request,
                    _body: TokenAuthRequest,
                ) -> poem::Result<IssueTokenLegacyResponse> {
                    Err($crate::support::unmounted())
                }
                async fn refresh_token(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<RefreshTokenResponse> {
                    Err($crate::support::unmounted())
                }
                async fn logout(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<LogoutResponse> {
                    Err($crate::support::unmounted())
                }
                async fn issue_tenant_token(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: IssueTenantTokenParams,
                ) -> poem::Result<IssueTenantTokenResponse> {
                    Err($crate::support::unmounted())
                }
                async fn request_password_reset(
                    &self,
                    _req: &poem::Request,
                    _body: PasswordResetRequest,
                ) -> poem::Result<RequestPasswordResetResponse> {
                    Err($crate::support::unmounted())
                }
                async fn confirm_password_reset(
                    &self,
                    _req: &poem::Request,
                    _body: PasswordResetConfirm,
                ) -> poem::Result<ConfirmPasswordResetResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_password(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: PasswordUpdate,
                ) -> poem::Result<UpdatePasswordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn sso_login(
                    &self,
                    _req: &poem::Request,
                    _params: SsoLoginParams,
                ) -> poem::Result<SsoLoginResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_totp_status(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetTotpStatusResponse> {
                    Err($crate::support::unmounted())
                }
                async fn disable_totp(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<DisableTotpResponse> {
                    Err($crate::support::unmounted())
                }
                async fn enroll_totp(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<EnrollTotpResponse> {
                    Err($crate::support::unmounted())
                }
                async fn verify_totp(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: TotpVerifyRequest,
                ) -> poem::Result<VerifyTotpResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`UsersTenantsApi`] for a real-mode surface that does not serve the `Users & tenants`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_users_tenants_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl UsersTenantsApi for $t {
                async fn list_users(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListUsersParams,
                ) -> poem::Result<ListUsersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_user(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: UserInput,
                ) -> poem::Result<CreateUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetUserParams,
                ) -> poem::Result<GetUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_user(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateUserParams,
                    _body: UserUpdate,
                ) -> poem::Result<UpdateUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_user(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteUserParams,
                ) -> poem::Result<DeleteUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn rotate_user_api_key(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RotateUserApiKeyParams,
                    _body: ApiKeyRequest,
                ) -> poem::Result<RotateUserApiKeyResponse> {
                    Err($crate::support::unmounted())
                }
                async fn revoke_user_api_key(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RevokeUserApiKeyParams,
                ) -> poem::Result<RevokeUserApiKeyResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_tenants(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListTenantsParams,
                ) -> poem::Result<ListTenantsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_tenant(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: TenantInput,
                ) -> poem::Result<CreateTenantResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_tenant(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetTenantParams,
                ) -> poem::Result<GetTenantResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_tenant(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateTenantParams,
                    _body: TenantUpdate,
                ) -> poem::Result<UpdateTenantResponse> {
                    Err($crate::support::unmounted())
                }
                async fn switch_tenant(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: SwitchTenantParams,
                ) -> poem::Result<SwitchTenantResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_profile(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetUserProfileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_user_profile(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: UserProfileUpdate,
                ) -> poem::Result<UpdateUserProfileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_notification_preferences(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetNotificationPreferencesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_notification_preferences(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: NotificationPreferences,
                ) -> poem::Result<UpdateNotificationPreferencesResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`TagsSearchApi`] for a real-mode surface that does not serve the `Tags & search`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_tags_search_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl TagsSearchApi for $t {
                async fn list_tags(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListTagsParams,
                ) -> poem::Result<ListTagsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_resource_tags(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetResourceTagsParams,
                ) -> poem::Result<GetResourceTagsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn replace_resource_tags(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ReplaceResourceTagsParams,
                    _body: TagList,
                ) -> poem::Result<ReplaceResourceTagsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn search(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: SearchParams,
                ) -> poem::Result<SearchResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`AuditRecycleBinApi`] for a real-mode surface that does not serve the `Audit & recycle bin`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_audit_recycle_bin_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl AuditRecycleBinApi for $t {
                async fn list_audit_events(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListAuditEventsParams,
                ) -> poem::Result<ListAuditEventsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_audit_event(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetAuditEventParams,
                ) -> poem::Result<GetAuditEventResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_recycle_bin(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListRecycleBinParams,
                ) -> poem::Result<ListRecycleBinResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restore_recycle_bin_item(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RestoreRecycleBinItemParams,
                ) -> poem::Result<RestoreRecycleBinItemResponse> {
                    Err($crate::support::unmounted())
                }
                async fn purge_recycle_bin_item(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: PurgeRecycleBinItemParams,
                ) -> poem::Result<PurgeRecycleBinItemResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`WebhooksMessagesApi`] for a real-mode surface that does not serve the `Webhooks & messages`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_webhooks_messages_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl WebhooksMessagesApi for $t {
                async fn list_webhooks(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListWebhooksParams,
                ) -> poem::Result<ListWebhooksResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_webhook(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: WebhookInput,
                ) -> poem::Result<CreateWebhookResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_webhook(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetWebhookParams,
                ) -> poem::Result<GetWebhookResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_webhook(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateWebhookParams,
                    _body: WebhookInput,
                ) -> poem::Result<UpdateWebhookResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_webhook(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteWebhookParams,
                ) -> poem::Result<DeleteWebhookResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_webhook_deliveries(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListWebhookDeliveriesParams,
                ) -> poem::Result<ListWebhookDeliveriesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_messages(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListMessagesParams,
                ) -> poem::Result<ListMessagesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn mark_message_read(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: MarkMessageReadParams,
                ) -> poem::Result<MarkMessageReadResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_message(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: DeleteMessageParams,
                ) -> poem::Result<DeleteMessageResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`SystemOperationsApi`] for a real-mode surface that does not serve the `System & operations`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! etlworks_v1_unmounted_system_operations_api {
    ($t:ty) => {
        const _: () = {
            use $crate::etlworks::v1::*;
            #[$crate::support::async_trait]
            impl SystemOperationsApi for $t {
                async fn get_system_info(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetSystemInfoResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_system_health(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<GetSystemHealthResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_settings(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetSettingsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_settings(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: TenantSettings,
                ) -> poem::Result<UpdateSettingsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_modules(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<ListModulesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_execution_summary(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetExecutionSummaryParams,
                ) -> poem::Result<GetExecutionSummaryResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_execution_report(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetExecutionReportParams,
                ) -> poem::Result<GetExecutionReportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_agents(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListAgentsParams,
                ) -> poem::Result<ListAgentsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_agent(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetAgentParams,
                ) -> poem::Result<GetAgentResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restart_agent(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: RestartAgentParams,
                ) -> poem::Result<RestartAgentResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_subscription(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                ) -> poem::Result<GetSubscriptionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_invoices(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListInvoicesParams,
                ) -> poem::Result<ListInvoicesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn create_backup(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: BackupRequest,
                ) -> poem::Result<CreateBackupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_backups(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListBackupsParams,
                ) -> poem::Result<ListBackupsResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api:
    FlowsApi
    + ExecutionsApi
    + SchedulesApi
    + ComposerApi
    + ConnectionsApi
    + OAuthHelpersApi
    + ExplorerSqlApi
    + TemplatesMacrosApi
    + AuthenticationApi
    + UsersTenantsApi
    + TagsSearchApi
    + AuditRecycleBinApi
    + WebhooksMessagesApi
    + SystemOperationsApi
{
}

impl<
        T: FlowsApi
            + ExecutionsApi
            + SchedulesApi
            + ComposerApi
            + ConnectionsApi
            + OAuthHelpersApi
            + ExplorerSqlApi
            + TemplatesMacrosApi
            + AuthenticationApi
            + UsersTenantsApi
            + TagsSearchApi
            + AuditRecycleBinApi
            + WebhooksMessagesApi
            + SystemOperationsApi,
    > Api for T
{
}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> FlowsApi for Backed<B> {
    async fn list_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowsParams,
    ) -> poem::Result<ListFlowsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[0],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListFlowsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn create_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowInput,
    ) -> poem::Result<CreateFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
    async fn list_recent_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListRecentFlowsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListRecentFlowsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
    async fn inspect_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowInput,
    ) -> poem::Result<InspectFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <InspectFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn get_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowParams,
    ) -> poem::Result<GetFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[4],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
    async fn update_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateFlowParams,
        body: FlowInput,
    ) -> poem::Result<UpdateFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[5],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[5], e))
    }
    async fn delete_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteFlowParams,
    ) -> poem::Result<DeleteFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[6],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[6], e))
    }
    async fn run_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunFlowParams,
        body: RunParameters,
    ) -> poem::Result<RunFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[7],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RunFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[7], e))
    }
    async fn stop_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: StopFlowParams,
    ) -> poem::Result<StopFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[8],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <StopFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[8], e))
    }
    async fn run_flow_by_name(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunFlowByNameParams,
    ) -> poem::Result<RunFlowByNameResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[9],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RunFlowByNameResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[9], e))
    }
    async fn get_flow_usage(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowUsageParams,
    ) -> poem::Result<GetFlowUsageResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[10],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFlowUsageResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[10], e))
    }
    async fn list_flow_versions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowVersionsParams,
    ) -> poem::Result<ListFlowVersionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[11],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListFlowVersionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[11], e))
    }
    async fn get_flow_documentation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowDocumentationParams,
    ) -> poem::Result<GetFlowDocumentationResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[12],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFlowDocumentationResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[12], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ExecutionsApi for Backed<B> {
    async fn get_flow_execution(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFlowExecutionParams,
    ) -> poem::Result<GetFlowExecutionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[13],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFlowExecutionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[13], e))
    }
    async fn list_flow_executions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFlowExecutionsParams,
    ) -> poem::Result<ListFlowExecutionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[14],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListFlowExecutionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[14], e))
    }
    async fn count_flow_execution_statuses(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: CountFlowExecutionStatusesParams,
    ) -> poem::Result<CountFlowExecutionStatusesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[15],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CountFlowExecutionStatusesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[15], e))
    }
    async fn get_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionConsoleParams,
    ) -> poem::Result<GetExecutionConsoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[16],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetExecutionConsoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[16], e))
    }
    async fn tail_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: TailExecutionConsoleParams,
    ) -> poem::Result<TailExecutionConsoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[17],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <TailExecutionConsoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[17], e))
    }
    async fn list_running_tasks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRunningTasksParams,
    ) -> poem::Result<ListRunningTasksResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[18],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListRunningTasksResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[18], e))
    }
    async fn download_execution_consoles(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DownloadExecutionConsolesParams,
    ) -> poem::Result<DownloadExecutionConsolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[19],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DownloadExecutionConsolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[19], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> SchedulesApi for Backed<B> {
    async fn list_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListSchedulesParams,
    ) -> poem::Result<ListSchedulesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[20],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListSchedulesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[20], e))
    }
    async fn create_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FlowScheduleInput,
    ) -> poem::Result<CreateScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[21],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[21], e))
    }
    async fn bulk_update_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ScheduleBulkRequest,
    ) -> poem::Result<BulkUpdateSchedulesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[22],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <BulkUpdateSchedulesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[22], e))
    }
    async fn list_schedule_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListScheduleTypesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[23],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListScheduleTypesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[23], e))
    }
    async fn get_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetScheduleParams,
    ) -> poem::Result<GetScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[24],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[24], e))
    }
    async fn update_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateScheduleParams,
        body: FlowScheduleInput,
    ) -> poem::Result<UpdateScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[25],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[25], e))
    }
    async fn delete_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteScheduleParams,
    ) -> poem::Result<DeleteScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[26],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[26], e))
    }
    async fn disable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DisableScheduleParams,
    ) -> poem::Result<DisableScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[27],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DisableScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[27], e))
    }
    async fn enable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: EnableScheduleParams,
    ) -> poem::Result<EnableScheduleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[28],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EnableScheduleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[28], e))
    }
    async fn list_schedule_history(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListScheduleHistoryParams,
    ) -> poem::Result<ListScheduleHistoryResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[29],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListScheduleHistoryResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[29], e))
    }
    async fn run_scheduled_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RunScheduledFlowParams,
    ) -> poem::Result<RunScheduledFlowResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[30],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RunScheduledFlowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[30], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ComposerApi for Backed<B> {
    async fn list_recent_composer_drafts(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRecentComposerDraftsParams,
    ) -> poem::Result<ListRecentComposerDraftsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[31],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListRecentComposerDraftsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[31], e))
    }
    async fn create_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ComposerDraftInput,
    ) -> poem::Result<CreateComposerDraftResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[32],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateComposerDraftResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[32], e))
    }
    async fn get_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetComposerDraftParams,
    ) -> poem::Result<GetComposerDraftResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[33],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetComposerDraftResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[33], e))
    }
    async fn delete_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteComposerDraftParams,
    ) -> poem::Result<DeleteComposerDraftResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[34],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteComposerDraftResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[34], e))
    }
    async fn get_composer_conversation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetComposerConversationParams,
    ) -> poem::Result<GetComposerConversationResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[35],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetComposerConversationResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[35], e))
    }
    async fn append_composer_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: AppendComposerMessageParams,
        body: ComposerMessageInput,
    ) -> poem::Result<AppendComposerMessageResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[36],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AppendComposerMessageResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[36], e))
    }
    async fn promote_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: PromoteComposerDraftParams,
    ) -> poem::Result<PromoteComposerDraftResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[37],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PromoteComposerDraftResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[37], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ConnectionsApi for Backed<B> {
    async fn list_connections(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListConnectionsParams,
    ) -> poem::Result<ListConnectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[38],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListConnectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[38], e))
    }
    async fn create_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ConnectionInput,
    ) -> poem::Result<CreateConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[39],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[39], e))
    }
    async fn list_connector_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListConnectorTypesParams,
    ) -> poem::Result<ListConnectorTypesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[40],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListConnectorTypesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[40], e))
    }
    async fn get_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetConnectionParams,
    ) -> poem::Result<GetConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[41],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[41], e))
    }
    async fn update_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateConnectionParams,
        body: ConnectionInput,
    ) -> poem::Result<UpdateConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[42],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[42], e))
    }
    async fn delete_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteConnectionParams,
    ) -> poem::Result<DeleteConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[43],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[43], e))
    }
    async fn test_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: TestConnectionParams,
        body: ConnectionTestInput,
    ) -> poem::Result<TestConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[44],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <TestConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[44], e))
    }
    async fn get_connection_metadata(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetConnectionMetadataParams,
    ) -> poem::Result<GetConnectionMetadataResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[45],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetConnectionMetadataResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[45], e))
    }
    async fn upload_connection_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UploadConnectionKeyParams,
        body: KeyUploadForm,
    ) -> poem::Result<UploadConnectionKeyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[46],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Form(body.to_form()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UploadConnectionKeyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[46], e))
    }
    async fn list_formats(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFormatsParams,
    ) -> poem::Result<ListFormatsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[47],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListFormatsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[47], e))
    }
    async fn create_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: FormatInput,
    ) -> poem::Result<CreateFormatResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[48],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateFormatResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[48], e))
    }
    async fn get_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetFormatParams,
    ) -> poem::Result<GetFormatResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[49],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFormatResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[49], e))
    }
    async fn update_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateFormatParams,
        body: FormatInput,
    ) -> poem::Result<UpdateFormatResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[50],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateFormatResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[50], e))
    }
    async fn delete_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteFormatParams,
    ) -> poem::Result<DeleteFormatResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[51],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteFormatResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[51], e))
    }
    async fn list_listeners(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListListenersParams,
    ) -> poem::Result<ListListenersResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[52],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListListenersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[52], e))
    }
    async fn create_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ListenerInput,
    ) -> poem::Result<CreateListenerResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[53],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateListenerResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[53], e))
    }
    async fn get_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetListenerParams,
    ) -> poem::Result<GetListenerResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[54],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetListenerResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[54], e))
    }
    async fn update_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateListenerParams,
        body: ListenerInput,
    ) -> poem::Result<UpdateListenerResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[55],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateListenerResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[55], e))
    }
    async fn delete_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteListenerParams,
    ) -> poem::Result<DeleteListenerResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[56],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteListenerResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[56], e))
    }
    async fn export_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ExportRequest,
    ) -> poem::Result<ExportBundleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[57],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ExportBundleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[57], e))
    }
    async fn import_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ImportBundleParams,
        body: ExportBundle,
    ) -> poem::Result<ImportBundleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[58],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ImportBundleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[58], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> OAuthHelpersApi for Backed<B> {
    async fn get_oauth_consent_url(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetOauthConsentUrlParams,
    ) -> poem::Result<GetOauthConsentUrlResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[59],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetOauthConsentUrlResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[59], e))
    }
    async fn exchange_oauth_code(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ExchangeOauthCodeParams,
        body: OAuthCallbackRequest,
    ) -> poem::Result<ExchangeOauthCodeResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[60],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ExchangeOauthCodeResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[60], e))
    }
    async fn refresh_oauth_tokens(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RefreshOauthTokensParams,
        body: OAuthRefreshRequest,
    ) -> poem::Result<RefreshOauthTokensResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[61],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RefreshOauthTokensResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[61], e))
    }
    async fn salesforce_login(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: SalesforceLoginRequest,
    ) -> poem::Result<SalesforceLoginResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[62],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <SalesforceLoginResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[62], e))
    }
    async fn resolve_microsoft_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ResolveMicrosoftTenantParams,
    ) -> poem::Result<ResolveMicrosoftTenantResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[63],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ResolveMicrosoftTenantResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[63], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ExplorerSqlApi for Backed<B> {
    async fn list_explorer_schemas(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerSchemasParams,
    ) -> poem::Result<ListExplorerSchemasResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[64],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListExplorerSchemasResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[64], e))
    }
    async fn list_explorer_tables(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerTablesParams,
    ) -> poem::Result<ListExplorerTablesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[65],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListExplorerTablesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[65], e))
    }
    async fn list_explorer_columns(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListExplorerColumnsParams,
    ) -> poem::Result<ListExplorerColumnsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[66],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListExplorerColumnsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[66], e))
    }
    async fn sample_explorer_table(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SampleExplorerTableParams,
    ) -> poem::Result<SampleExplorerTableResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[67],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <SampleExplorerTableResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[67], e))
    }
    async fn upload_file_to_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UploadFileToConnectionParams,
        body: UploadForm,
    ) -> poem::Result<UploadFileToConnectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[68],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Form(body.to_form()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UploadFileToConnectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[68], e))
    }
    async fn execute_sql(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: SqlRequest,
    ) -> poem::Result<ExecuteSqlResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[69],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ExecuteSqlResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[69], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> TemplatesMacrosApi for Backed<B> {
    async fn list_templates(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTemplatesParams,
    ) -> poem::Result<ListTemplatesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[70],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListTemplatesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[70], e))
    }
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetTemplateParams,
    ) -> poem::Result<GetTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[71],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[71], e))
    }
    async fn deploy_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeployTemplateParams,
        body: TemplateDeployRequest,
    ) -> poem::Result<DeployTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[72],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeployTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[72], e))
    }
    async fn list_macros(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListMacrosParams,
    ) -> poem::Result<ListMacrosResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[73],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListMacrosResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[73], e))
    }
    async fn create_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: MacroInput,
    ) -> poem::Result<CreateMacroResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[74],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateMacroResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[74], e))
    }
    async fn get_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetMacroParams,
    ) -> poem::Result<GetMacroResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[75],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetMacroResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[75], e))
    }
    async fn update_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateMacroParams,
        body: MacroInput,
    ) -> poem::Result<UpdateMacroResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[76],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateMacroResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[76], e))
    }
    async fn delete_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteMacroParams,
    ) -> poem::Result<DeleteMacroResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[77],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteMacroResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[77], e))
    }
    async fn list_functions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListFunctionsParams,
    ) -> poem::Result<ListFunctionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[78],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListFunctionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[78], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> AuthenticationApi for Backed<B> {
    async fn issue_token(
        &self,
        req: &poem::Request,
        body: TokenAuthRequest,
    ) -> poem::Result<IssueTokenResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[79],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <IssueTokenResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[79], e))
    }
    async fn issue_token_legacy(
        &self,
        req: &poem::Request,
        body: TokenAuthRequest,
    ) -> poem::Result<IssueTokenLegacyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[80],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <IssueTokenLegacyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[80], e))
    }
    async fn refresh_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<RefreshTokenResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[81],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RefreshTokenResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[81], e))
    }
    async fn logout(&self, req: &poem::Request, auth: BearerAuth) -> poem::Result<LogoutResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[82],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <LogoutResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[82], e))
    }
    async fn issue_tenant_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: IssueTenantTokenParams,
    ) -> poem::Result<IssueTenantTokenResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[83],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <IssueTenantTokenResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[83], e))
    }
    async fn request_password_reset(
        &self,
        req: &poem::Request,
        body: PasswordResetRequest,
    ) -> poem::Result<RequestPasswordResetResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[84],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <RequestPasswordResetResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[84], e))
    }
    async fn confirm_password_reset(
        &self,
        req: &poem::Request,
        body: PasswordResetConfirm,
    ) -> poem::Result<ConfirmPasswordResetResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[85],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <ConfirmPasswordResetResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[85], e))
    }
    async fn update_password(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: PasswordUpdate,
    ) -> poem::Result<UpdatePasswordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[86],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdatePasswordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[86], e))
    }
    async fn sso_login(
        &self,
        req: &poem::Request,
        params: SsoLoginParams,
    ) -> poem::Result<SsoLoginResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[87],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <SsoLoginResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[87], e))
    }
    async fn get_totp_status(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetTotpStatusResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[88],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTotpStatusResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[88], e))
    }
    async fn disable_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<DisableTotpResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[89],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DisableTotpResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[89], e))
    }
    async fn enroll_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<EnrollTotpResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[90],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EnrollTotpResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[90], e))
    }
    async fn verify_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TotpVerifyRequest,
    ) -> poem::Result<VerifyTotpResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[91],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <VerifyTotpResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[91], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> UsersTenantsApi for Backed<B> {
    async fn list_users(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListUsersParams,
    ) -> poem::Result<ListUsersResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[92],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListUsersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[92], e))
    }
    async fn create_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: UserInput,
    ) -> poem::Result<CreateUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[93],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[93], e))
    }
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetUserParams,
    ) -> poem::Result<GetUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[94],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[94], e))
    }
    async fn update_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateUserParams,
        body: UserUpdate,
    ) -> poem::Result<UpdateUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[95],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[95], e))
    }
    async fn delete_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteUserParams,
    ) -> poem::Result<DeleteUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[96],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[96], e))
    }
    async fn rotate_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RotateUserApiKeyParams,
        body: ApiKeyRequest,
    ) -> poem::Result<RotateUserApiKeyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[97],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RotateUserApiKeyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[97], e))
    }
    async fn revoke_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RevokeUserApiKeyParams,
    ) -> poem::Result<RevokeUserApiKeyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[98],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RevokeUserApiKeyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[98], e))
    }
    async fn list_tenants(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTenantsParams,
    ) -> poem::Result<ListTenantsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[99],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListTenantsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[99], e))
    }
    async fn create_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TenantInput,
    ) -> poem::Result<CreateTenantResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[100],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateTenantResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[100], e))
    }
    async fn get_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetTenantParams,
    ) -> poem::Result<GetTenantResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[101],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTenantResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[101], e))
    }
    async fn update_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateTenantParams,
        body: TenantUpdate,
    ) -> poem::Result<UpdateTenantResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[102],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateTenantResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[102], e))
    }
    async fn switch_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SwitchTenantParams,
    ) -> poem::Result<SwitchTenantResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[103],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <SwitchTenantResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[103], e))
    }
    async fn get_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetUserProfileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[104],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserProfileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[104], e))
    }
    async fn update_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: UserProfileUpdate,
    ) -> poem::Result<UpdateUserProfileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[105],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateUserProfileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[105], e))
    }
    async fn get_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetNotificationPreferencesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[106],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetNotificationPreferencesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[106], e))
    }
    async fn update_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: NotificationPreferences,
    ) -> poem::Result<UpdateNotificationPreferencesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[107],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateNotificationPreferencesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[107], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> TagsSearchApi for Backed<B> {
    async fn list_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListTagsParams,
    ) -> poem::Result<ListTagsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[108],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListTagsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[108], e))
    }
    async fn get_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetResourceTagsParams,
    ) -> poem::Result<GetResourceTagsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[109],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetResourceTagsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[109], e))
    }
    async fn replace_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ReplaceResourceTagsParams,
        body: TagList,
    ) -> poem::Result<ReplaceResourceTagsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[110],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ReplaceResourceTagsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[110], e))
    }
    async fn search(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: SearchParams,
    ) -> poem::Result<SearchResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[111],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <SearchResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[111], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> AuditRecycleBinApi for Backed<B> {
    async fn list_audit_events(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListAuditEventsParams,
    ) -> poem::Result<ListAuditEventsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[112],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListAuditEventsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[112], e))
    }
    async fn get_audit_event(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetAuditEventParams,
    ) -> poem::Result<GetAuditEventResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[113],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetAuditEventResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[113], e))
    }
    async fn list_recycle_bin(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListRecycleBinParams,
    ) -> poem::Result<ListRecycleBinResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[114],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListRecycleBinResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[114], e))
    }
    async fn restore_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RestoreRecycleBinItemParams,
    ) -> poem::Result<RestoreRecycleBinItemResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[115],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestoreRecycleBinItemResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[115], e))
    }
    async fn purge_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: PurgeRecycleBinItemParams,
    ) -> poem::Result<PurgeRecycleBinItemResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[116],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PurgeRecycleBinItemResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[116], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> WebhooksMessagesApi for Backed<B> {
    async fn list_webhooks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListWebhooksParams,
    ) -> poem::Result<ListWebhooksResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[117],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListWebhooksResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[117], e))
    }
    async fn create_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: WebhookInput,
    ) -> poem::Result<CreateWebhookResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[118],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateWebhookResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[118], e))
    }
    async fn get_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetWebhookParams,
    ) -> poem::Result<GetWebhookResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[119],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetWebhookResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[119], e))
    }
    async fn update_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateWebhookParams,
        body: WebhookInput,
    ) -> poem::Result<UpdateWebhookResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[120],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateWebhookResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[120], e))
    }
    async fn delete_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteWebhookParams,
    ) -> poem::Result<DeleteWebhookResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[121],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteWebhookResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[121], e))
    }
    async fn list_webhook_deliveries(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListWebhookDeliveriesParams,
    ) -> poem::Result<ListWebhookDeliveriesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[122],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListWebhookDeliveriesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[122], e))
    }
    async fn list_messages(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListMessagesParams,
    ) -> poem::Result<ListMessagesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[123],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListMessagesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[123], e))
    }
    async fn mark_message_read(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: MarkMessageReadParams,
    ) -> poem::Result<MarkMessageReadResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[124],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <MarkMessageReadResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[124], e))
    }
    async fn delete_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: DeleteMessageParams,
    ) -> poem::Result<DeleteMessageResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[125],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteMessageResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[125], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> SystemOperationsApi for Backed<B> {
    async fn get_system_info(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSystemInfoResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[126],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetSystemInfoResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[126], e))
    }
    async fn get_system_health(
        &self,
        req: &poem::Request,
    ) -> poem::Result<GetSystemHealthResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[127],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <GetSystemHealthResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[127], e))
    }
    async fn get_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSettingsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[128],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetSettingsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[128], e))
    }
    async fn update_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: TenantSettings,
    ) -> poem::Result<UpdateSettingsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[129],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateSettingsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[129], e))
    }
    async fn list_modules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListModulesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[130],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListModulesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[130], e))
    }
    async fn get_execution_summary(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionSummaryParams,
    ) -> poem::Result<GetExecutionSummaryResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[131],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetExecutionSummaryResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[131], e))
    }
    async fn get_execution_report(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetExecutionReportParams,
    ) -> poem::Result<GetExecutionReportResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[132],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetExecutionReportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[132], e))
    }
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListAgentsParams,
    ) -> poem::Result<ListAgentsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[133],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListAgentsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[133], e))
    }
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetAgentParams,
    ) -> poem::Result<GetAgentResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[134],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetAgentResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[134], e))
    }
    async fn restart_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: RestartAgentParams,
    ) -> poem::Result<RestartAgentResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[135],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestartAgentResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[135], e))
    }
    async fn get_subscription(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSubscriptionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[136],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetSubscriptionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[136], e))
    }
    async fn list_invoices(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListInvoicesParams,
    ) -> poem::Result<ListInvoicesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[137],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListInvoicesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[137], e))
    }
    async fn create_backup(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: BackupRequest,
    ) -> poem::Result<CreateBackupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[138],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <CreateBackupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[138], e))
    }
    async fn list_backups(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListBackupsParams,
    ) -> poem::Result<ListBackupsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[139],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListBackupsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[139], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// List flows
    ///
    /// Flows visible to the caller, newest first, as a bare array; the total is in `X-Total-Count`. Filters combine with AND.
    #[oai(
        path = "/rest/v1/flows",
        method = "get",
        operation_id = "list_flows",
        tag = "Tags::Flows"
    )]
    async fn list_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_flows_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_flows_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep flows whose name or description contains this text, ignoring case.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Keep flows carrying this tag.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
        /// Keep flows of this `flowType`.
        #[oai(name = "type")]
        type_: Query<Option<String>>,
        /// Keep flows changed at or after this instant.
        #[oai(name = "since")]
        since: Query<Option<String>>,
    ) -> poem::Result<ListFlowsResponse> {
        self.0
            .list_flows(
                req,
                auth,
                ListFlowsParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    tag: tag.0,
                    type_: type_.0,
                    since: since.0,
                },
            )
            .await
    }

    /// Create a flow
    ///
    /// Creates a flow. `flowType` and the `properties` keys come from the connector library; copy them from a flow built in the UI. A duplicate name answers 409.
    #[oai(
        path = "/rest/v1/flows",
        method = "post",
        operation_id = "create_flow",
        tag = "Tags::Flows"
    )]
    async fn create_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<FlowInput>,
    ) -> poem::Result<CreateFlowResponse> {
        self.0.create_flow(req, auth, body.0).await
    }

    /// Recently opened flows
    ///
    /// Flows the calling user opened recently, most recent first (at most 20). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/flows/recent",
        method = "get",
        operation_id = "list_recent_flows",
        tag = "Tags::Flows"
    )]
    async fn list_recent_flows(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListRecentFlowsResponse> {
        self.0.list_recent_flows(req, auth).await
    }

    /// Validate a flow definition
    ///
    /// Checks a flow definition (references, required fields, mappings) without saving it. Problems are reported in the answer, not as 400; 400 only for a body that is not a flow.
    #[oai(
        path = "/rest/v1/flows/inspect",
        method = "post",
        operation_id = "inspect_flow",
        tag = "Tags::Flows"
    )]
    async fn inspect_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<FlowInput>,
    ) -> poem::Result<InspectFlowResponse> {
        self.0.inspect_flow(req, auth, body.0).await
    }

    /// Get a flow
    ///
    /// One flow with its transformations, mappings and tags.
    #[oai(
        path = "/rest/v1/flows/:flowId",
        method = "get",
        operation_id = "get_flow",
        tag = "Tags::Flows"
    )]
    async fn get_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
    ) -> poem::Result<GetFlowResponse> {
        self.0
            .get_flow(req, auth, GetFlowParams { flow_id: flow_id.0 })
            .await
    }

    /// Edit a flow
    ///
    /// Replaces the flow's definition; the previous one is kept in its history. A name taken by another flow answers 409.
    #[oai(
        path = "/rest/v1/flows/:flowId",
        method = "put",
        operation_id = "update_flow",
        tag = "Tags::Flows"
    )]
    async fn update_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        body: Json<FlowInput>,
    ) -> poem::Result<UpdateFlowResponse> {
        self.0
            .update_flow(req, auth, UpdateFlowParams { flow_id: flow_id.0 }, body.0)
            .await
    }

    /// Delete a flow
    ///
    /// Moves the flow to the recycle bin (restorable for 90 days by default). A flow still used by a schedule or nested flow answers 409.
    #[oai(
        path = "/rest/v1/flows/:flowId",
        method = "delete",
        operation_id = "delete_flow",
        tag = "Tags::Flows"
    )]
    async fn delete_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
    ) -> poem::Result<DeleteFlowResponse> {
        self.0
            .delete_flow(req, auth, DeleteFlowParams { flow_id: flow_id.0 })
            .await
    }

    /// Run a flow now
    ///
    /// Starts the flow asynchronously and answers at once with the `auditId` to poll (`GET /rest/v1/executions/{flowId}?auditId=`). The body is a flat string-to-string parameter map, or `{}`. By default only one instance of a flow runs at a time: while one is queued or running, a new request starts nothing and answers status 1 (running) with that instance's `auditId`, unless `parallel=true`. With `wait=true` the answer comes when the run ends (synchronous mode), with its final status code.
    #[oai(
        path = "/rest/v1/flows/:flowId/run",
        method = "post",
        operation_id = "run_flow",
        tag = "Tags::Flows"
    )]
    async fn run_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// Start another instance even when one is already queued or running.
        #[oai(name = "parallel", default = "default_run_flow_parallel")]
        parallel: Query<bool>,
        /// Synchronous mode. Answer when the run ends (or when `timeout` passes), with its final status code.
        #[oai(name = "wait", default = "default_run_flow_wait")]
        wait: Query<bool>,
        /// With `wait`, the most seconds to wait; a run still going then answers status 1 (running).
        #[oai(
            name = "timeout",
            default = "default_run_flow_timeout",
            validator(
                maximum(value = "3600", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        timeout: Query<i32>,
        body: Json<RunParameters>,
    ) -> poem::Result<RunFlowResponse> {
        self.0
            .run_flow(
                req,
                auth,
                RunFlowParams {
                    flow_id: flow_id.0,
                    parallel: parallel.0,
                    wait: wait.0,
                    timeout: timeout.0,
                },
                body.0,
            )
            .await
    }

    /// Stop a running flow
    ///
    /// Cancels the running execution of a flow; its record ends with status `canceled`. The answer's `status` is 2 (canceled), or 3 when the flow was not running. Path designed by Understudy (the vendor documents stopping flows but not the path). Without `auditId` every queued or running instance of the flow is canceled and the answer names the newest.
    #[oai(
        path = "/rest/v1/flows/:flowId/stop",
        method = "post",
        operation_id = "stop_flow",
        tag = "Tags::Flows"
    )]
    async fn stop_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// Stop only this execution of the flow.
        #[oai(name = "auditId", validator(minimum(value = "1", exclusive = false)))]
        audit_id: Query<Option<i64>>,
    ) -> poem::Result<StopFlowResponse> {
        self.0
            .stop_flow(
                req,
                auth,
                StopFlowParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                },
            )
            .await
    }

    /// Run a flow by name
    ///
    /// Starts the flow with this (URL-encoded) name asynchronously. No body: every query parameter other than `parallel`, `wait` and `timeout` is passed to the flow as a flow variable (`?region=emea`). Answers like run-by-id.
    #[oai(
        path = "/rest/v1/flows/flow-name/:flowName/run",
        method = "post",
        operation_id = "run_flow_by_name",
        tag = "Tags::Flows"
    )]
    async fn run_flow_by_name(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's name, URL-encoded (`Load%20orders%20to%20Snowflake`).
        #[oai(name = "flowName", validator(min_length = 1))]
        flow_name: Path<String>,
        /// Start another instance even when one is already queued or running.
        #[oai(name = "parallel", default = "default_run_flow_by_name_parallel")]
        parallel: Query<bool>,
        /// Synchronous mode. Answer when the run ends (or when `timeout` passes), with its final status code.
        #[oai(name = "wait", default = "default_run_flow_by_name_wait")]
        wait: Query<bool>,
        /// With `wait`, the most seconds to wait; a run still going then answers status 1 (running).
        #[oai(
            name = "timeout",
            default = "default_run_flow_by_name_timeout",
            validator(
                maximum(value = "3600", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        timeout: Query<i32>,
    ) -> poem::Result<RunFlowByNameResponse> {
        self.0
            .run_flow_by_name(
                req,
                auth,
                RunFlowByNameParams {
                    flow_name: flow_name.0,
                    parallel: parallel.0,
                    wait: wait.0,
                    timeout: timeout.0,
                },
            )
            .await
    }

    /// Where a flow is used
    ///
    /// Schedules, parent (nested) flows, listeners and webhooks that reference the flow.
    #[oai(
        path = "/rest/v1/flows/:flowId/usage",
        method = "get",
        operation_id = "get_flow_usage",
        tag = "Tags::Flows"
    )]
    async fn get_flow_usage(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
    ) -> poem::Result<GetFlowUsageResponse> {
        self.0
            .get_flow_usage(req, auth, GetFlowUsageParams { flow_id: flow_id.0 })
            .await
    }

    /// Version history of a flow
    ///
    /// Saved edits of the flow, newest first.
    #[oai(
        path = "/rest/v1/flows/:flowId/history",
        method = "get",
        operation_id = "list_flow_versions",
        tag = "Tags::Flows"
    )]
    async fn list_flow_versions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_flow_versions_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_flow_versions_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListFlowVersionsResponse> {
        self.0
            .list_flow_versions(
                req,
                auth,
                ListFlowVersionsParams {
                    flow_id: flow_id.0,
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Plain-English description of a flow
    ///
    /// A generated, human-readable description of what the flow does, for handoffs and audits.
    #[oai(
        path = "/rest/v1/flows/:flowId/documentation",
        method = "get",
        operation_id = "get_flow_documentation",
        tag = "Tags::Flows"
    )]
    async fn get_flow_documentation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
    ) -> poem::Result<GetFlowDocumentationResponse> {
        self.0
            .get_flow_documentation(req, auth, GetFlowDocumentationParams { flow_id: flow_id.0 })
            .await
    }

    /// Get one execution (audit record)
    ///
    /// The FlowAuditRecord of one execution: status, timing, exception and metrics. Select it with `auditId` (from the run answer) or `messageId` (a listener-started run); with neither, the latest execution of the flow. Poll until `status` is terminal.
    #[oai(
        path = "/rest/v1/executions/:flowId",
        method = "get",
        operation_id = "get_flow_execution",
        tag = "Tags::Executions"
    )]
    async fn get_flow_execution(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// The execution's id, from the run answer.
        #[oai(name = "auditId")]
        audit_id: Query<Option<i64>>,
        /// The message UUID of a run started by a listener payload.
        #[oai(name = "messageId")]
        message_id: Query<Option<uuid::Uuid>>,
        /// Only answer if the record has this status (otherwise 404).
        #[oai(name = "status")]
        status: Query<Option<FlowStatus>>,
    ) -> poem::Result<GetFlowExecutionResponse> {
        self.0
            .get_flow_execution(
                req,
                auth,
                GetFlowExecutionParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                    message_id: message_id.0,
                    status: status.0,
                },
            )
            .await
    }

    /// Recent executions of a flow
    ///
    /// Audit records of the flow, newest first.
    #[oai(
        path = "/rest/v1/executions/:flowId/history",
        method = "get",
        operation_id = "list_flow_executions",
        tag = "Tags::Executions"
    )]
    async fn list_flow_executions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_flow_executions_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_flow_executions_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep records with this status.
        #[oai(name = "status")]
        status: Query<Option<FlowStatus>>,
        /// Keep records started at or after this instant.
        #[oai(name = "since")]
        since: Query<Option<String>>,
    ) -> poem::Result<ListFlowExecutionsResponse> {
        self.0
            .list_flow_executions(
                req,
                auth,
                ListFlowExecutionsParams {
                    flow_id: flow_id.0,
                    limit: limit.0,
                    offset: offset.0,
                    status: status.0,
                    since: since.0,
                },
            )
            .await
    }

    /// Execution counts by status
    ///
    /// How many executions of the flow ended (or are) in each status within the window. The window defaults to the last 7 days.
    #[oai(
        path = "/rest/v1/executions/:flowId/statuses",
        method = "get",
        operation_id = "count_flow_execution_statuses",
        tag = "Tags::Executions"
    )]
    async fn count_flow_execution_statuses(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// Window start (inclusive).
        #[oai(name = "from")]
        from: Query<Option<String>>,
        /// Window end (exclusive); default now.
        #[oai(name = "to")]
        to: Query<Option<String>>,
    ) -> poem::Result<CountFlowExecutionStatusesResponse> {
        self.0
            .count_flow_execution_statuses(
                req,
                auth,
                CountFlowExecutionStatusesParams {
                    flow_id: flow_id.0,
                    from: from.0,
                    to: to.0,
                },
            )
            .await
    }

    /// Run log of an execution
    ///
    /// The full run-time log of one execution as plain text.
    #[oai(
        path = "/rest/v1/executions/:flowId/audit/:auditId/console",
        method = "get",
        operation_id = "get_execution_console",
        tag = "Tags::Executions"
    )]
    async fn get_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// The execution's id.
        #[oai(name = "auditId")]
        audit_id: Path<i64>,
    ) -> poem::Result<GetExecutionConsoleResponse> {
        self.0
            .get_execution_console(
                req,
                auth,
                GetExecutionConsoleParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                },
            )
            .await
    }

    /// Live tail of a running execution's log
    ///
    /// The part of the log written after `position` (a character offset). Call again with `X-Log-Position` from the answer until `X-Execution-Running` is false.
    #[oai(
        path = "/rest/v1/executions/:flowId/audit/:auditId/console/live",
        method = "get",
        operation_id = "tail_execution_console",
        tag = "Tags::Executions"
    )]
    async fn tail_execution_console(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// The execution's id.
        #[oai(name = "auditId")]
        audit_id: Path<i64>,
        /// Character offset to read from.
        #[oai(
            name = "position",
            default = "default_tail_execution_console_position",
            validator(minimum(value = "0", exclusive = false))
        )]
        position: Query<i64>,
    ) -> poem::Result<TailExecutionConsoleResponse> {
        self.0
            .tail_execution_console(
                req,
                auth,
                TailExecutionConsoleParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                    position: position.0,
                },
            )
            .await
    }

    /// In-flight tasks of a running execution
    ///
    /// Transformations and tasks currently executing for this execution; empty once it has finished. Administrator only.
    #[oai(
        path = "/rest/v1/executions/:flowId/audit/:auditId/running-tasks",
        method = "get",
        operation_id = "list_running_tasks",
        tag = "Tags::Executions"
    )]
    async fn list_running_tasks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
        /// The execution's id.
        #[oai(name = "auditId")]
        audit_id: Path<i64>,
        /// Keep tasks of this type.
        #[oai(name = "type")]
        type_: Query<Option<ListRunningTasksType>>,
    ) -> poem::Result<ListRunningTasksResponse> {
        self.0
            .list_running_tasks(
                req,
                auth,
                ListRunningTasksParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Download console logs
    ///
    /// Downloads run logs as an attachment: one `auditId` gives that log as text; several (or none: the flow's recent executions) give a ZIP with one file per execution. For browser downloads the token may be passed as the `Authorization` query parameter (`Bearer%20<token>`).
    #[oai(
        path = "/rest/v1/executions/console/download",
        method = "get",
        operation_id = "download_execution_consoles",
        tag = "Tags::Executions"
    )]
    async fn download_execution_consoles(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The flow.
        #[oai(name = "flowId")]
        flow_id: Query<i64>,
        /// Executions to include; repeat the parameter for several.
        #[oai(name = "auditId")]
        audit_id: Query<Option<Vec<i64>>>,
        /// Alternative to the header: `Bearer <token>`, URL-encoded.
        #[oai(name = "Authorization")]
        authorization: Query<Option<String>>,
    ) -> poem::Result<DownloadExecutionConsolesResponse> {
        self.0
            .download_execution_consoles(
                req,
                auth,
                DownloadExecutionConsolesParams {
                    flow_id: flow_id.0,
                    audit_id: audit_id.0,
                    authorization: authorization.0,
                },
            )
            .await
    }

    /// List schedules
    ///
    /// Schedules, by id.
    #[oai(
        path = "/rest/v1/schedules",
        method = "get",
        operation_id = "list_schedules",
        tag = "Tags::Schedules"
    )]
    async fn list_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_schedules_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_schedules_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep schedules of this flow.
        #[oai(name = "flowId")]
        flow_id: Query<Option<i64>>,
        /// Keep enabled (true) or paused (false) schedules.
        #[oai(name = "enabled")]
        enabled: Query<Option<bool>>,
    ) -> poem::Result<ListSchedulesResponse> {
        self.0
            .list_schedules(
                req,
                auth,
                ListSchedulesParams {
                    limit: limit.0,
                    offset: offset.0,
                    flow_id: flow_id.0,
                    enabled: enabled.0,
                },
            )
            .await
    }

    /// Create a schedule
    ///
    /// Creates a schedule for a flow. Required: `flowId`, `name`, `schedule`. An unknown flow or an unparseable `schedule` answers 400.
    #[oai(
        path = "/rest/v1/schedules",
        method = "post",
        operation_id = "create_schedule",
        tag = "Tags::Schedules"
    )]
    async fn create_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<FlowScheduleInput>,
    ) -> poem::Result<CreateScheduleResponse> {
        self.0.create_schedule(req, auth, body.0).await
    }

    /// Bulk enable, disable or delete schedules
    ///
    /// Applies one action to a list of schedule ids; ids that fail are reported per id and do not abort the rest.
    #[oai(
        path = "/rest/v1/schedules/bulk",
        method = "post",
        operation_id = "bulk_update_schedules",
        tag = "Tags::Schedules"
    )]
    async fn bulk_update_schedules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ScheduleBulkRequest>,
    ) -> poem::Result<BulkUpdateSchedulesResponse> {
        self.0.bulk_update_schedules(req, auth, body.0).await
    }

    /// Schedule-type catalog
    ///
    /// The kinds of `schedule` strings the platform accepts (used by the UI).
    #[oai(
        path = "/rest/v1/schedules/metadata",
        method = "get",
        operation_id = "list_schedule_types",
        tag = "Tags::Schedules"
    )]
    async fn list_schedule_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListScheduleTypesResponse> {
        self.0.list_schedule_types(req, auth).await
    }

    /// Get a schedule
    ///
    /// One schedule.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId",
        method = "get",
        operation_id = "get_schedule",
        tag = "Tags::Schedules"
    )]
    async fn get_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
    ) -> poem::Result<GetScheduleResponse> {
        self.0
            .get_schedule(
                req,
                auth,
                GetScheduleParams {
                    schedule_id: schedule_id.0,
                },
            )
            .await
    }

    /// Edit a schedule
    ///
    /// Replaces the schedule (full FlowSchedule body without `id`).
    #[oai(
        path = "/rest/v1/schedules/:scheduleId",
        method = "put",
        operation_id = "update_schedule",
        tag = "Tags::Schedules"
    )]
    async fn update_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
        body: Json<FlowScheduleInput>,
    ) -> poem::Result<UpdateScheduleResponse> {
        self.0
            .update_schedule(
                req,
                auth,
                UpdateScheduleParams {
                    schedule_id: schedule_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a schedule
    ///
    /// Moves the schedule to the recycle bin; it stops firing.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId",
        method = "delete",
        operation_id = "delete_schedule",
        tag = "Tags::Schedules"
    )]
    async fn delete_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
    ) -> poem::Result<DeleteScheduleResponse> {
        self.0
            .delete_schedule(
                req,
                auth,
                DeleteScheduleParams {
                    schedule_id: schedule_id.0,
                },
            )
            .await
    }

    /// Pause a schedule
    ///
    /// Sets `enabled=false` without deleting. Idempotent.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId/disable",
        method = "put",
        operation_id = "disable_schedule",
        tag = "Tags::Schedules"
    )]
    async fn disable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
    ) -> poem::Result<DisableScheduleResponse> {
        self.0
            .disable_schedule(
                req,
                auth,
                DisableScheduleParams {
                    schedule_id: schedule_id.0,
                },
            )
            .await
    }

    /// Resume a schedule
    ///
    /// Sets `enabled=true`. Idempotent.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId/enable",
        method = "put",
        operation_id = "enable_schedule",
        tag = "Tags::Schedules"
    )]
    async fn enable_schedule(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
    ) -> poem::Result<EnableScheduleResponse> {
        self.0
            .enable_schedule(
                req,
                auth,
                EnableScheduleParams {
                    schedule_id: schedule_id.0,
                },
            )
            .await
    }

    /// Recent firings of a schedule
    ///
    /// Audit records of runs this schedule started (their `eventId` is the schedule's id), newest first.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId/history",
        method = "get",
        operation_id = "list_schedule_history",
        tag = "Tags::Schedules"
    )]
    async fn list_schedule_history(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_schedule_history_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_schedule_history_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListScheduleHistoryResponse> {
        self.0
            .list_schedule_history(
                req,
                auth,
                ListScheduleHistoryParams {
                    schedule_id: schedule_id.0,
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Trigger a scheduled flow now
    ///
    /// Runs the flow once with the schedule's settings (retries, debug, log step, notifications) applied; the record's `eventId` is the schedule. 404 when the flow is not the schedule's flow.
    #[oai(
        path = "/rest/v1/schedules/:scheduleId/flows/:flowId/run",
        method = "post",
        operation_id = "run_scheduled_flow",
        tag = "Tags::Schedules"
    )]
    async fn run_scheduled_flow(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The schedule's id.
        #[oai(name = "scheduleId")]
        schedule_id: Path<i64>,
        /// The flow's id.
        #[oai(name = "flowId")]
        flow_id: Path<i64>,
    ) -> poem::Result<RunScheduledFlowResponse> {
        self.0
            .run_scheduled_flow(
                req,
                auth,
                RunScheduledFlowParams {
                    schedule_id: schedule_id.0,
                    flow_id: flow_id.0,
                },
            )
            .await
    }

    /// Recent Composer drafts
    ///
    /// Composer drafts of the calling user, most recently updated first.
    #[oai(
        path = "/rest/v1/composer/flows/recent",
        method = "get",
        operation_id = "list_recent_composer_drafts",
        tag = "Tags::Composer"
    )]
    async fn list_recent_composer_drafts(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_recent_composer_drafts_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_recent_composer_drafts_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListRecentComposerDraftsResponse> {
        self.0
            .list_recent_composer_drafts(
                req,
                auth,
                ListRecentComposerDraftsParams {
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Create a Composer draft
    ///
    /// Starts a new draft; a `prompt`, when given, becomes the first conversation message.
    #[oai(
        path = "/rest/v1/composer/flows",
        method = "post",
        operation_id = "create_composer_draft",
        tag = "Tags::Composer"
    )]
    async fn create_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ComposerDraftInput>,
    ) -> poem::Result<CreateComposerDraftResponse> {
        self.0.create_composer_draft(req, auth, body.0).await
    }

    /// Get a Composer draft
    ///
    /// One draft. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/composer/flows/:draftId",
        method = "get",
        operation_id = "get_composer_draft",
        tag = "Tags::Composer"
    )]
    async fn get_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The Composer draft's id.
        #[oai(name = "draftId")]
        draft_id: Path<i64>,
    ) -> poem::Result<GetComposerDraftResponse> {
        self.0
            .get_composer_draft(
                req,
                auth,
                GetComposerDraftParams {
                    draft_id: draft_id.0,
                },
            )
            .await
    }

    /// Delete a Composer draft
    ///
    /// Discards a draft. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/composer/flows/:draftId",
        method = "delete",
        operation_id = "delete_composer_draft",
        tag = "Tags::Composer"
    )]
    async fn delete_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The Composer draft's id.
        #[oai(name = "draftId")]
        draft_id: Path<i64>,
    ) -> poem::Result<DeleteComposerDraftResponse> {
        self.0
            .delete_composer_draft(
                req,
                auth,
                DeleteComposerDraftParams {
                    draft_id: draft_id.0,
                },
            )
            .await
    }

    /// Read a draft's conversation
    ///
    /// All messages of the in-flow agent conversation, oldest first. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/composer/flows/:draftId/conversation",
        method = "get",
        operation_id = "get_composer_conversation",
        tag = "Tags::Composer"
    )]
    async fn get_composer_conversation(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The Composer draft's id.
        #[oai(name = "draftId")]
        draft_id: Path<i64>,
    ) -> poem::Result<GetComposerConversationResponse> {
        self.0
            .get_composer_conversation(
                req,
                auth,
                GetComposerConversationParams {
                    draft_id: draft_id.0,
                },
            )
            .await
    }

    /// Append a message to the agent conversation
    ///
    /// Adds the caller's message; the answer is the conversation including the agent's reply.
    #[oai(
        path = "/rest/v1/composer/flows/:draftId/conversation",
        method = "post",
        operation_id = "append_composer_message",
        tag = "Tags::Composer"
    )]
    async fn append_composer_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The Composer draft's id.
        #[oai(name = "draftId")]
        draft_id: Path<i64>,
        body: Json<ComposerMessageInput>,
    ) -> poem::Result<AppendComposerMessageResponse> {
        self.0
            .append_composer_message(
                req,
                auth,
                AppendComposerMessageParams {
                    draft_id: draft_id.0,
                },
                body.0,
            )
            .await
    }

    /// Promote a draft to a flow
    ///
    /// Creates a regular flow from the draft and marks the draft `promoted`. Promoting twice answers 409.
    #[oai(
        path = "/rest/v1/composer/flows/:draftId/promote",
        method = "post",
        operation_id = "promote_composer_draft",
        tag = "Tags::Composer"
    )]
    async fn promote_composer_draft(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The Composer draft's id.
        #[oai(name = "draftId")]
        draft_id: Path<i64>,
    ) -> poem::Result<PromoteComposerDraftResponse> {
        self.0
            .promote_composer_draft(
                req,
                auth,
                PromoteComposerDraftParams {
                    draft_id: draft_id.0,
                },
            )
            .await
    }

    /// List connections
    ///
    /// Connections, newest first; credentials redacted.
    #[oai(
        path = "/rest/v1/connections",
        method = "get",
        operation_id = "list_connections",
        tag = "Tags::Connections"
    )]
    async fn list_connections(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_connections_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_connections_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name or description contains this text, ignoring case.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Carries this tag.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
        /// Has this `connectionType`.
        #[oai(name = "type")]
        type_: Query<Option<String>>,
    ) -> poem::Result<ListConnectionsResponse> {
        self.0
            .list_connections(
                req,
                auth,
                ListConnectionsParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    tag: tag.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Create a connection
    ///
    /// Creates a connection. Copy `connectionType` and property keys from a connection built in the UI; use `{{secret:...}}` placeholders for sensitive values.
    #[oai(
        path = "/rest/v1/connections",
        method = "post",
        operation_id = "create_connection",
        tag = "Tags::Connections"
    )]
    async fn create_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ConnectionInput>,
    ) -> poem::Result<CreateConnectionResponse> {
        self.0.create_connection(req, auth, body.0).await
    }

    /// Connector catalog
    ///
    /// Connector types of the connector library with their property keys (ConnectionsMetadataResource). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/connections/types",
        method = "get",
        operation_id = "list_connector_types",
        tag = "Tags::Connections"
    )]
    async fn list_connector_types(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_connector_types_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_connector_types_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep this category.
        #[oai(name = "category")]
        category: Query<Option<ListConnectorTypesCategory>>,
    ) -> poem::Result<ListConnectorTypesResponse> {
        self.0
            .list_connector_types(
                req,
                auth,
                ListConnectorTypesParams {
                    limit: limit.0,
                    offset: offset.0,
                    category: category.0,
                },
            )
            .await
    }

    /// Get a connection
    ///
    /// One connection; credentials are redacted.
    #[oai(
        path = "/rest/v1/connections/:connectionId",
        method = "get",
        operation_id = "get_connection",
        tag = "Tags::Connections"
    )]
    async fn get_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
    ) -> poem::Result<GetConnectionResponse> {
        self.0
            .get_connection(
                req,
                auth,
                GetConnectionParams {
                    connection_id: connection_id.0,
                },
            )
            .await
    }

    /// Edit a connection
    ///
    /// Replaces the connection. Send `{{secret:...}}` placeholders (or the redacted `********`, which keeps the stored value) for sensitive fields.
    #[oai(
        path = "/rest/v1/connections/:connectionId",
        method = "put",
        operation_id = "update_connection",
        tag = "Tags::Connections"
    )]
    async fn update_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        body: Json<ConnectionInput>,
    ) -> poem::Result<UpdateConnectionResponse> {
        self.0
            .update_connection(
                req,
                auth,
                UpdateConnectionParams {
                    connection_id: connection_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a connection
    ///
    /// Moves the connection to the recycle bin. A connection used by a flow answers 409. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/connections/:connectionId",
        method = "delete",
        operation_id = "delete_connection",
        tag = "Tags::Connections"
    )]
    async fn delete_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
    ) -> poem::Result<DeleteConnectionResponse> {
        self.0
            .delete_connection(
                req,
                auth,
                DeleteConnectionParams {
                    connection_id: connection_id.0,
                },
            )
            .await
    }

    /// Test a connection
    ///
    /// Tries to connect. With a body, tests those (unsaved) settings instead of the stored ones; nothing is committed. A failed connection is `success: false`, not an error status. Understudy really connects to SQLite and PostgreSQL databases and checks a server-storage directory; for other connectors it tries a TCP connection to the host and port and then says that it cannot speak the connector (`success: false`).
    #[oai(
        path = "/rest/v1/connections/:connectionId/test",
        method = "post",
        operation_id = "test_connection",
        tag = "Tags::Connections"
    )]
    async fn test_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        body: Json<ConnectionTestInput>,
    ) -> poem::Result<TestConnectionResponse> {
        self.0
            .test_connection(
                req,
                auth,
                TestConnectionParams {
                    connection_id: connection_id.0,
                },
                body.0,
            )
            .await
    }

    /// Inspect a connection's metadata
    ///
    /// Lists schemas, tables, endpoints or columns one level below `path` (top level without it).
    #[oai(
        path = "/rest/v1/connections/:connectionId/metadata",
        method = "get",
        operation_id = "get_connection_metadata",
        tag = "Tags::Connections"
    )]
    async fn get_connection_metadata(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        /// Object to drill into, e.g. `public` or `public.orders`.
        #[oai(name = "path")]
        path: Query<Option<String>>,
    ) -> poem::Result<GetConnectionMetadataResponse> {
        self.0
            .get_connection_metadata(
                req,
                auth,
                GetConnectionMetadataParams {
                    connection_id: connection_id.0,
                    path: path.0,
                },
            )
            .await
    }

    /// Upload a key file for a connection
    ///
    /// Stores a key or certificate file (SSH key, SSL certificate, service-account JSON) and points the named connection property at it (KeysUploadResource).
    #[oai(
        path = "/rest/v1/connections/:connectionId/keys",
        method = "post",
        operation_id = "upload_connection_key",
        tag = "Tags::Connections"
    )]
    async fn upload_connection_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        body: KeyUploadForm,
    ) -> poem::Result<UploadConnectionKeyResponse> {
        self.0
            .upload_connection_key(
                req,
                auth,
                UploadConnectionKeyParams {
                    connection_id: connection_id.0,
                },
                body,
            )
            .await
    }

    /// List formats
    ///
    /// File-format definitions (CSV, JSON, XML, ...).
    #[oai(
        path = "/rest/v1/formats",
        method = "get",
        operation_id = "list_formats",
        tag = "Tags::Connections"
    )]
    async fn list_formats(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_formats_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_formats_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name contains this text, ignoring case.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Has this `formatType`.
        #[oai(name = "type")]
        type_: Query<Option<String>>,
    ) -> poem::Result<ListFormatsResponse> {
        self.0
            .list_formats(
                req,
                auth,
                ListFormatsParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Create a format
    ///
    /// Creates a file-format definition.
    #[oai(
        path = "/rest/v1/formats",
        method = "post",
        operation_id = "create_format",
        tag = "Tags::Connections"
    )]
    async fn create_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<FormatInput>,
    ) -> poem::Result<CreateFormatResponse> {
        self.0.create_format(req, auth, body.0).await
    }

    /// Get a format
    ///
    /// One format.
    #[oai(
        path = "/rest/v1/formats/:formatId",
        method = "get",
        operation_id = "get_format",
        tag = "Tags::Connections"
    )]
    async fn get_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The format's id.
        #[oai(name = "formatId")]
        format_id: Path<i64>,
    ) -> poem::Result<GetFormatResponse> {
        self.0
            .get_format(
                req,
                auth,
                GetFormatParams {
                    format_id: format_id.0,
                },
            )
            .await
    }

    /// Edit a format
    ///
    /// Replaces a format.
    #[oai(
        path = "/rest/v1/formats/:formatId",
        method = "put",
        operation_id = "update_format",
        tag = "Tags::Connections"
    )]
    async fn update_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The format's id.
        #[oai(name = "formatId")]
        format_id: Path<i64>,
        body: Json<FormatInput>,
    ) -> poem::Result<UpdateFormatResponse> {
        self.0
            .update_format(
                req,
                auth,
                UpdateFormatParams {
                    format_id: format_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a format
    ///
    /// Moves the format to the recycle bin; 409 while a flow uses it.
    #[oai(
        path = "/rest/v1/formats/:formatId",
        method = "delete",
        operation_id = "delete_format",
        tag = "Tags::Connections"
    )]
    async fn delete_format(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The format's id.
        #[oai(name = "formatId")]
        format_id: Path<i64>,
    ) -> poem::Result<DeleteFormatResponse> {
        self.0
            .delete_format(
                req,
                auth,
                DeleteFormatParams {
                    format_id: format_id.0,
                },
            )
            .await
    }

    /// List listeners
    ///
    /// Queue and event listeners.
    #[oai(
        path = "/rest/v1/listeners",
        method = "get",
        operation_id = "list_listeners",
        tag = "Tags::Connections"
    )]
    async fn list_listeners(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_listeners_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_listeners_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name contains this text, ignoring case.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Has this `connectionType`.
        #[oai(name = "type")]
        type_: Query<Option<String>>,
    ) -> poem::Result<ListListenersResponse> {
        self.0
            .list_listeners(
                req,
                auth,
                ListListenersParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Register a listener
    ///
    /// Registers a queue/event listener (HTTP, Kafka, SQS, MQTT, ...). HTTP listeners answer under `/rest/v1/httplistener/<pattern>`.
    #[oai(
        path = "/rest/v1/listeners",
        method = "post",
        operation_id = "create_listener",
        tag = "Tags::Connections"
    )]
    async fn create_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ListenerInput>,
    ) -> poem::Result<CreateListenerResponse> {
        self.0.create_listener(req, auth, body.0).await
    }

    /// Get a listener
    ///
    /// One listener.
    #[oai(
        path = "/rest/v1/listeners/:listenerId",
        method = "get",
        operation_id = "get_listener",
        tag = "Tags::Connections"
    )]
    async fn get_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The listener's id.
        #[oai(name = "listenerId")]
        listener_id: Path<i64>,
    ) -> poem::Result<GetListenerResponse> {
        self.0
            .get_listener(
                req,
                auth,
                GetListenerParams {
                    listener_id: listener_id.0,
                },
            )
            .await
    }

    /// Edit a listener
    ///
    /// Replaces a listener.
    #[oai(
        path = "/rest/v1/listeners/:listenerId",
        method = "put",
        operation_id = "update_listener",
        tag = "Tags::Connections"
    )]
    async fn update_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The listener's id.
        #[oai(name = "listenerId")]
        listener_id: Path<i64>,
        body: Json<ListenerInput>,
    ) -> poem::Result<UpdateListenerResponse> {
        self.0
            .update_listener(
                req,
                auth,
                UpdateListenerParams {
                    listener_id: listener_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a listener
    ///
    /// Moves the listener to the recycle bin; it stops receiving.
    #[oai(
        path = "/rest/v1/listeners/:listenerId",
        method = "delete",
        operation_id = "delete_listener",
        tag = "Tags::Connections"
    )]
    async fn delete_listener(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The listener's id.
        #[oai(name = "listenerId")]
        listener_id: Path<i64>,
    ) -> poem::Result<DeleteListenerResponse> {
        self.0
            .delete_listener(
                req,
                auth,
                DeleteListenerParams {
                    listener_id: listener_id.0,
                },
            )
            .await
    }

    /// Export flows and connections
    ///
    /// Bundles the selected flows, connections, formats and schedules (and, by default, their dependencies) into a portable JSON payload. Credentials are redacted.
    #[oai(
        path = "/rest/v1/io/export",
        method = "post",
        operation_id = "export_bundle",
        tag = "Tags::Connections"
    )]
    async fn export_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ExportRequest>,
    ) -> poem::Result<ExportBundleResponse> {
        self.0.export_bundle(req, auth, body.0).await
    }

    /// Import a bundle
    ///
    /// Imports a bundle made by export into the caller's tenant; items are matched by name. Always preview first: with `preview=true` nothing changes and the answer shows what would happen.
    #[oai(
        path = "/rest/v1/io/import",
        method = "post",
        operation_id = "import_bundle",
        tag = "Tags::Connections"
    )]
    async fn import_bundle(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Only report what the import would do.
        #[oai(name = "preview", default = "default_import_bundle_preview")]
        preview: Query<bool>,
        body: Json<ExportBundle>,
    ) -> poem::Result<ImportBundleResponse> {
        self.0
            .import_bundle(req, auth, ImportBundleParams { preview: preview.0 }, body.0)
            .await
    }

    /// Get an OAuth consent URL
    ///
    /// The provider's consent URL to redirect the user to, using Etlworks' own OAuth client.
    #[oai(
        path = "/rest/v1/io/oauth/:provider/url",
        method = "get",
        operation_id = "get_oauth_consent_url",
        tag = "Tags::OAuthHelpers"
    )]
    async fn get_oauth_consent_url(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The OAuth provider.
        #[oai(name = "provider")]
        provider: Path<OAuthProvider>,
        /// Where the provider sends the user back.
        #[oai(name = "redirectUri")]
        redirect_uri: Query<Option<String>>,
        /// Connection that will store the tokens.
        #[oai(name = "connectionId")]
        connection_id: Query<Option<i64>>,
    ) -> poem::Result<GetOauthConsentUrlResponse> {
        self.0
            .get_oauth_consent_url(
                req,
                auth,
                GetOauthConsentUrlParams {
                    provider: provider.0,
                    redirect_uri: redirect_uri.0,
                    connection_id: connection_id.0,
                },
            )
            .await
    }

    /// Exchange an OAuth code for tokens
    ///
    /// Exchanges the authorization code for tokens and stores them on the connection. A bad code or state answers 400.
    #[oai(
        path = "/rest/v1/io/oauth/:provider/callback",
        method = "post",
        operation_id = "exchange_oauth_code",
        tag = "Tags::OAuthHelpers"
    )]
    async fn exchange_oauth_code(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The OAuth provider.
        #[oai(name = "provider")]
        provider: Path<OAuthProvider>,
        body: Json<OAuthCallbackRequest>,
    ) -> poem::Result<ExchangeOauthCodeResponse> {
        self.0
            .exchange_oauth_code(
                req,
                auth,
                ExchangeOauthCodeParams {
                    provider: provider.0,
                },
                body.0,
            )
            .await
    }

    /// Refresh OAuth tokens
    ///
    /// Refreshes the expired access token of a connection with its refresh token.
    #[oai(
        path = "/rest/v1/io/oauth/:provider/refresh",
        method = "post",
        operation_id = "refresh_oauth_tokens",
        tag = "Tags::OAuthHelpers"
    )]
    async fn refresh_oauth_tokens(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The OAuth provider.
        #[oai(name = "provider")]
        provider: Path<OAuthProvider>,
        body: Json<OAuthRefreshRequest>,
    ) -> poem::Result<RefreshOauthTokensResponse> {
        self.0
            .refresh_oauth_tokens(
                req,
                auth,
                RefreshOauthTokensParams {
                    provider: provider.0,
                },
                body.0,
            )
            .await
    }

    /// Salesforce login helper
    ///
    /// Provider-specific helper: signs in to Salesforce with username, password and security token and optionally stores the session on a connection. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/salesforce/login",
        method = "post",
        operation_id = "salesforce_login",
        tag = "Tags::OAuthHelpers"
    )]
    async fn salesforce_login(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<SalesforceLoginRequest>,
    ) -> poem::Result<SalesforceLoginResponse> {
        self.0.salesforce_login(req, auth, body.0).await
    }

    /// Microsoft tenant resolution helper
    ///
    /// Provider-specific helper: resolves a domain to its Microsoft Entra tenant id and authority. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/microsoft/tenant",
        method = "get",
        operation_id = "resolve_microsoft_tenant",
        tag = "Tags::OAuthHelpers"
    )]
    async fn resolve_microsoft_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The organization's domain.
        #[oai(name = "domain")]
        domain: Query<String>,
    ) -> poem::Result<ResolveMicrosoftTenantResponse> {
        self.0
            .resolve_microsoft_tenant(req, auth, ResolveMicrosoftTenantParams { domain: domain.0 })
            .await
    }

    /// List schemas
    ///
    /// Schemas of a database connection.
    #[oai(
        path = "/rest/v1/explorer/connections/:connectionId/schemas",
        method = "get",
        operation_id = "list_explorer_schemas",
        tag = "Tags::ExplorerSql"
    )]
    async fn list_explorer_schemas(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_explorer_schemas_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_explorer_schemas_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListExplorerSchemasResponse> {
        self.0
            .list_explorer_schemas(
                req,
                auth,
                ListExplorerSchemasParams {
                    connection_id: connection_id.0,
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// List tables and views
    ///
    /// Tables and views, optionally in one schema.
    #[oai(
        path = "/rest/v1/explorer/connections/:connectionId/tables",
        method = "get",
        operation_id = "list_explorer_tables",
        tag = "Tags::ExplorerSql"
    )]
    async fn list_explorer_tables(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_explorer_tables_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_explorer_tables_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Only this schema.
        #[oai(name = "schema")]
        schema: Query<Option<String>>,
        /// Name contains this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Include views.
        #[oai(
            name = "includeViews",
            default = "default_list_explorer_tables_include_views"
        )]
        include_views: Query<bool>,
    ) -> poem::Result<ListExplorerTablesResponse> {
        self.0
            .list_explorer_tables(
                req,
                auth,
                ListExplorerTablesParams {
                    connection_id: connection_id.0,
                    limit: limit.0,
                    offset: offset.0,
                    schema: schema.0,
                    q: q.0,
                    include_views: include_views.0,
                },
            )
            .await
    }

    /// List columns of a table
    ///
    /// Columns of a table or view, in ordinal order. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/explorer/connections/:connectionId/columns",
        method = "get",
        operation_id = "list_explorer_columns",
        tag = "Tags::ExplorerSql"
    )]
    async fn list_explorer_columns(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        /// The table or view.
        #[oai(name = "table")]
        table: Query<String>,
        /// Its schema.
        #[oai(name = "schema")]
        schema: Query<Option<String>>,
    ) -> poem::Result<ListExplorerColumnsResponse> {
        self.0
            .list_explorer_columns(
                req,
                auth,
                ListExplorerColumnsParams {
                    connection_id: connection_id.0,
                    table: table.0,
                    schema: schema.0,
                },
            )
            .await
    }

    /// Sample rows from a table
    ///
    /// The first rows of a table, view, file or endpoint.
    #[oai(
        path = "/rest/v1/explorer/connections/:connectionId/sample",
        method = "get",
        operation_id = "sample_explorer_table",
        tag = "Tags::ExplorerSql"
    )]
    async fn sample_explorer_table(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        /// The table, view, file or endpoint.
        #[oai(name = "table")]
        table: Query<String>,
        /// Its schema.
        #[oai(name = "schema")]
        schema: Query<Option<String>>,
        /// How many rows.
        #[oai(
            name = "rows",
            default = "default_sample_explorer_table_rows",
            validator(
                maximum(value = "1000", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        rows: Query<i32>,
    ) -> poem::Result<SampleExplorerTableResponse> {
        self.0
            .sample_explorer_table(
                req,
                auth,
                SampleExplorerTableParams {
                    connection_id: connection_id.0,
                    table: table.0,
                    schema: schema.0,
                    rows: rows.0,
                },
            )
            .await
    }

    /// Upload a file to a connection
    ///
    /// Stores a file through a file or object-store connection (UploadResource). Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/explorer/connections/:connectionId/upload",
        method = "post",
        operation_id = "upload_file_to_connection",
        tag = "Tags::ExplorerSql"
    )]
    async fn upload_file_to_connection(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The connection's id.
        #[oai(name = "connectionId")]
        connection_id: Path<i64>,
        body: UploadForm,
    ) -> poem::Result<UploadFileToConnectionResponse> {
        self.0
            .upload_file_to_connection(
                req,
                auth,
                UploadFileToConnectionParams {
                    connection_id: connection_id.0,
                },
                body,
            )
            .await
    }

    /// Execute SQL
    ///
    /// Runs one SQL statement against a database connection and returns rows and metadata. A failing statement answers 400 with the database's message; an unknown connection 404.
    #[oai(
        path = "/rest/v1/explorer/sql",
        method = "post",
        operation_id = "execute_sql",
        tag = "Tags::ExplorerSql"
    )]
    async fn execute_sql(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<SqlRequest>,
    ) -> poem::Result<ExecuteSqlResponse> {
        self.0.execute_sql(req, auth, body.0).await
    }

    /// Search templates
    ///
    /// Searches the template library.
    #[oai(
        path = "/rest/v1/templates",
        method = "get",
        operation_id = "list_templates",
        tag = "Tags::TemplatesMacros"
    )]
    async fn list_templates(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_templates_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_templates_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name or description contains this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Template category.
        #[oai(name = "category")]
        category: Query<Option<String>>,
        /// Uses this connector discriminator.
        #[oai(name = "connector")]
        connector: Query<Option<String>>,
    ) -> poem::Result<ListTemplatesResponse> {
        self.0
            .list_templates(
                req,
                auth,
                ListTemplatesParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    category: category.0,
                    connector: connector.0,
                },
            )
            .await
    }

    /// Get a template
    ///
    /// One template. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/templates/:templateId",
        method = "get",
        operation_id = "get_template",
        tag = "Tags::TemplatesMacros"
    )]
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The template's id.
        #[oai(name = "templateId")]
        template_id: Path<i64>,
    ) -> poem::Result<GetTemplateResponse> {
        self.0
            .get_template(
                req,
                auth,
                GetTemplateParams {
                    template_id: template_id.0,
                },
            )
            .await
    }

    /// Deploy a template
    ///
    /// Creates a flow in the caller's tenant from the template and returns the new flow id.
    #[oai(
        path = "/rest/v1/templates/:templateId/deploy",
        method = "post",
        operation_id = "deploy_template",
        tag = "Tags::TemplatesMacros"
    )]
    async fn deploy_template(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The template's id.
        #[oai(name = "templateId")]
        template_id: Path<i64>,
        body: Json<TemplateDeployRequest>,
    ) -> poem::Result<DeployTemplateResponse> {
        self.0
            .deploy_template(
                req,
                auth,
                DeployTemplateParams {
                    template_id: template_id.0,
                },
                body.0,
            )
            .await
    }

    /// List macros
    ///
    /// Parameter macros (reusable snippets).
    #[oai(
        path = "/rest/v1/macros",
        method = "get",
        operation_id = "list_macros",
        tag = "Tags::TemplatesMacros"
    )]
    async fn list_macros(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_macros_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_macros_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name contains this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
    ) -> poem::Result<ListMacrosResponse> {
        self.0
            .list_macros(
                req,
                auth,
                ListMacrosParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                },
            )
            .await
    }

    /// Create a macro
    ///
    /// Creates a macro; names are unique.
    #[oai(
        path = "/rest/v1/macros",
        method = "post",
        operation_id = "create_macro",
        tag = "Tags::TemplatesMacros"
    )]
    async fn create_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<MacroInput>,
    ) -> poem::Result<CreateMacroResponse> {
        self.0.create_macro(req, auth, body.0).await
    }

    /// Get a macro
    ///
    /// One macro. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/macros/:macroId",
        method = "get",
        operation_id = "get_macro",
        tag = "Tags::TemplatesMacros"
    )]
    async fn get_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The macro's id.
        #[oai(name = "macroId")]
        macro_id: Path<i64>,
    ) -> poem::Result<GetMacroResponse> {
        self.0
            .get_macro(
                req,
                auth,
                GetMacroParams {
                    macro_id: macro_id.0,
                },
            )
            .await
    }

    /// Edit a macro
    ///
    /// Replaces a macro. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/macros/:macroId",
        method = "put",
        operation_id = "update_macro",
        tag = "Tags::TemplatesMacros"
    )]
    async fn update_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The macro's id.
        #[oai(name = "macroId")]
        macro_id: Path<i64>,
        body: Json<MacroInput>,
    ) -> poem::Result<UpdateMacroResponse> {
        self.0
            .update_macro(
                req,
                auth,
                UpdateMacroParams {
                    macro_id: macro_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a macro
    ///
    /// Deletes a macro. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/macros/:macroId",
        method = "delete",
        operation_id = "delete_macro",
        tag = "Tags::TemplatesMacros"
    )]
    async fn delete_macro(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The macro's id.
        #[oai(name = "macroId")]
        macro_id: Path<i64>,
    ) -> poem::Result<DeleteMacroResponse> {
        self.0
            .delete_macro(
                req,
                auth,
                DeleteMacroParams {
                    macro_id: macro_id.0,
                },
            )
            .await
    }

    /// List transformation functions
    ///
    /// Built-in functions available in inline JavaScript, Python and SQL, with signatures.
    #[oai(
        path = "/rest/v1/functions",
        method = "get",
        operation_id = "list_functions",
        tag = "Tags::TemplatesMacros"
    )]
    async fn list_functions(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_functions_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_functions_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name contains this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Keep this language.
        #[oai(name = "language")]
        language: Query<Option<ListFunctionsLanguage>>,
        /// Keep this category.
        #[oai(name = "category")]
        category: Query<Option<String>>,
    ) -> poem::Result<ListFunctionsResponse> {
        self.0
            .list_functions(
                req,
                auth,
                ListFunctionsParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    language: language.0,
                    category: category.0,
                },
            )
            .await
    }

    /// Exchange username and password for a JWT
    ///
    /// Signs in and answers a JWT (default lifetime 24 hours). Wrong credentials answer 401. No authentication needed.
    #[oai(
        path = "/rest/v1/token-auth",
        method = "post",
        operation_id = "issue_token",
        tag = "Tags::Authentication"
    )]
    async fn issue_token(
        &self,
        req: &poem::Request,
        body: Json<TokenAuthRequest>,
    ) -> poem::Result<IssueTokenResponse> {
        self.0.issue_token(req, body.0).await
    }

    /// Exchange username and password for a JWT (legacy path)
    ///
    /// The support-article path for the same exchange as `POST /rest/v1/token-auth`.
    #[oai(
        path = "/rest/v1/token-auth/issue",
        method = "post",
        operation_id = "issue_token_legacy",
        tag = "Tags::Authentication"
    )]
    async fn issue_token_legacy(
        &self,
        req: &poem::Request,
        body: Json<TokenAuthRequest>,
    ) -> poem::Result<IssueTokenLegacyResponse> {
        self.0.issue_token_legacy(req, body.0).await
    }

    /// Refresh a JWT
    ///
    /// Answers a fresh JWT for the (still valid) bearer JWT; no body. An expired token answers 401. The reference documents neither body; Understudy answers `{token}` like `token-auth`.
    #[oai(
        path = "/rest/v1/token-auth/refresh",
        method = "post",
        operation_id = "refresh_token",
        tag = "Tags::Authentication"
    )]
    async fn refresh_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<RefreshTokenResponse> {
        self.0.refresh_token(req, auth).await
    }

    /// Sign out
    ///
    /// Revokes the bearer JWT. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/token-auth/logout",
        method = "post",
        operation_id = "logout",
        tag = "Tags::Authentication"
    )]
    async fn logout(&self, req: &poem::Request, auth: BearerAuth) -> poem::Result<LogoutResponse> {
        self.0.logout(req, auth).await
    }

    /// Switch tenant (token)
    ///
    /// Super Admin only: answers a new JWT with this tenant in context. Empty body.
    #[oai(
        path = "/rest/v1/token-auth/tenants/:tenantId",
        method = "post",
        operation_id = "issue_tenant_token",
        tag = "Tags::Authentication"
    )]
    async fn issue_tenant_token(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The tenant's id.
        #[oai(name = "tenantId")]
        tenant_id: Path<i64>,
    ) -> poem::Result<IssueTenantTokenResponse> {
        self.0
            .issue_tenant_token(
                req,
                auth,
                IssueTenantTokenParams {
                    tenant_id: tenant_id.0,
                },
            )
            .await
    }

    /// Start a password reset
    ///
    /// Emails a reset link if the address belongs to a user. Always answers 202, so that it reveals nothing.
    #[oai(
        path = "/rest/v1/passreset",
        method = "post",
        operation_id = "request_password_reset",
        tag = "Tags::Authentication"
    )]
    async fn request_password_reset(
        &self,
        req: &poem::Request,
        body: Json<PasswordResetRequest>,
    ) -> poem::Result<RequestPasswordResetResponse> {
        self.0.request_password_reset(req, body.0).await
    }

    /// Complete a password reset
    ///
    /// Sets a new password with the token from the reset email. An unknown or expired token answers 400. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/passreset/confirm",
        method = "post",
        operation_id = "confirm_password_reset",
        tag = "Tags::Authentication"
    )]
    async fn confirm_password_reset(
        &self,
        req: &poem::Request,
        body: Json<PasswordResetConfirm>,
    ) -> poem::Result<ConfirmPasswordResetResponse> {
        self.0.confirm_password_reset(req, body.0).await
    }

    /// Change the caller's password
    ///
    /// Changes the caller's password; the current one is required. A wrong current password answers 400.
    #[oai(
        path = "/rest/v1/passupdate",
        method = "post",
        operation_id = "update_password",
        tag = "Tags::Authentication"
    )]
    async fn update_password(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<PasswordUpdate>,
    ) -> poem::Result<UpdatePasswordResponse> {
        self.0.update_password(req, auth, body.0).await
    }

    /// Begin SSO
    ///
    /// Redirects to the tenant's SAML or OIDC identity provider. No authentication needed.
    #[oai(
        path = "/rest/v1/sso/login",
        method = "get",
        operation_id = "sso_login",
        tag = "Tags::Authentication"
    )]
    async fn sso_login(
        &self,
        req: &poem::Request,
        /// Tenant name, when the host serves several.
        #[oai(name = "tenant")]
        tenant: Query<Option<String>>,
        /// Where to land after signing in.
        #[oai(name = "redirect")]
        redirect: Query<Option<String>>,
    ) -> poem::Result<SsoLoginResponse> {
        self.0
            .sso_login(
                req,
                SsoLoginParams {
                    tenant: tenant.0,
                    redirect: redirect.0,
                },
            )
            .await
    }

    /// Two-factor status
    ///
    /// Whether TOTP 2FA is on for the caller. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/2fa",
        method = "get",
        operation_id = "get_totp_status",
        tag = "Tags::Authentication"
    )]
    async fn get_totp_status(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetTotpStatusResponse> {
        self.0.get_totp_status(req, auth).await
    }

    /// Turn two-factor off
    ///
    /// Removes the caller's TOTP secret. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/2fa",
        method = "delete",
        operation_id = "disable_totp",
        tag = "Tags::Authentication"
    )]
    async fn disable_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<DisableTotpResponse> {
        self.0.disable_totp(req, auth).await
    }

    /// Begin TOTP enrollment
    ///
    /// Creates a TOTP secret for the caller and returns it with an otpauth URL and QR code. 2FA is on only after a successful verify; 409 when already enrolled.
    #[oai(
        path = "/rest/v1/2fa/enroll",
        method = "post",
        operation_id = "enroll_totp",
        tag = "Tags::Authentication"
    )]
    async fn enroll_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<EnrollTotpResponse> {
        self.0.enroll_totp(req, auth).await
    }

    /// Verify a TOTP code
    ///
    /// Checks a code: during enrollment it turns 2FA on; during sign-in (with the restricted token from `token-auth`) it answers the full JWT in `token`. A wrong code answers 400.
    #[oai(
        path = "/rest/v1/2fa/verify",
        method = "post",
        operation_id = "verify_totp",
        tag = "Tags::Authentication"
    )]
    async fn verify_totp(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<TotpVerifyRequest>,
    ) -> poem::Result<VerifyTotpResponse> {
        self.0.verify_totp(req, auth, body.0).await
    }

    /// List users
    ///
    /// Users of the current tenant.
    #[oai(
        path = "/rest/v1/users",
        method = "get",
        operation_id = "list_users",
        tag = "Tags::UsersTenants"
    )]
    async fn list_users(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_users_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_users_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Login, name or email contains this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
        /// Keep this role.
        #[oai(name = "role")]
        role: Query<Option<Role>>,
    ) -> poem::Result<ListUsersResponse> {
        self.0
            .list_users(
                req,
                auth,
                ListUsersParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    role: role.0,
                },
            )
            .await
    }

    /// Create a user
    ///
    /// Creates a user with a role and tenant; with `generateApiKey`, the clear-text key is returned once in `apiKey`. A taken login answers 409.
    #[oai(
        path = "/rest/v1/users",
        method = "post",
        operation_id = "create_user",
        tag = "Tags::UsersTenants"
    )]
    async fn create_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<UserInput>,
    ) -> poem::Result<CreateUserResponse> {
        self.0.create_user(req, auth, body.0).await
    }

    /// Get a user
    ///
    /// One user. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/users/:userId",
        method = "get",
        operation_id = "get_user",
        tag = "Tags::UsersTenants"
    )]
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The user's id.
        #[oai(name = "userId")]
        user_id: Path<i64>,
    ) -> poem::Result<GetUserResponse> {
        self.0
            .get_user(req, auth, GetUserParams { user_id: user_id.0 })
            .await
    }

    /// Edit a user
    ///
    /// Changes a user's email, name, role or enabled flag. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/users/:userId",
        method = "put",
        operation_id = "update_user",
        tag = "Tags::UsersTenants"
    )]
    async fn update_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The user's id.
        #[oai(name = "userId")]
        user_id: Path<i64>,
        body: Json<UserUpdate>,
    ) -> poem::Result<UpdateUserResponse> {
        self.0
            .update_user(req, auth, UpdateUserParams { user_id: user_id.0 }, body.0)
            .await
    }

    /// Delete a user
    ///
    /// Moves the user to the recycle bin; their API key stops working. Deleting yourself answers 409. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/users/:userId",
        method = "delete",
        operation_id = "delete_user",
        tag = "Tags::UsersTenants"
    )]
    async fn delete_user(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The user's id.
        #[oai(name = "userId")]
        user_id: Path<i64>,
    ) -> poem::Result<DeleteUserResponse> {
        self.0
            .delete_user(req, auth, DeleteUserParams { user_id: user_id.0 })
            .await
    }

    /// Generate or rotate an API key
    ///
    /// Generates a new API key for the user (replacing any previous one) and returns it once.
    #[oai(
        path = "/rest/v1/users/:userId/api-key",
        method = "post",
        operation_id = "rotate_user_api_key",
        tag = "Tags::UsersTenants"
    )]
    async fn rotate_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The user's id.
        #[oai(name = "userId")]
        user_id: Path<i64>,
        body: Json<ApiKeyRequest>,
    ) -> poem::Result<RotateUserApiKeyResponse> {
        self.0
            .rotate_user_api_key(
                req,
                auth,
                RotateUserApiKeyParams { user_id: user_id.0 },
                body.0,
            )
            .await
    }

    /// Revoke an API key
    ///
    /// The user's API key stops working. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/users/:userId/api-key",
        method = "delete",
        operation_id = "revoke_user_api_key",
        tag = "Tags::UsersTenants"
    )]
    async fn revoke_user_api_key(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The user's id.
        #[oai(name = "userId")]
        user_id: Path<i64>,
    ) -> poem::Result<RevokeUserApiKeyResponse> {
        self.0
            .revoke_user_api_key(req, auth, RevokeUserApiKeyParams { user_id: user_id.0 })
            .await
    }

    /// List tenants
    ///
    /// Tenants the calling user can see (all for a Super Admin).
    #[oai(
        path = "/rest/v1/tenants",
        method = "get",
        operation_id = "list_tenants",
        tag = "Tags::UsersTenants"
    )]
    async fn list_tenants(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_tenants_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_tenants_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListTenantsResponse> {
        self.0
            .list_tenants(
                req,
                auth,
                ListTenantsParams {
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Create a tenant
    ///
    /// Creates a tenant (Super Admin only); its administrators are then created with `POST /rest/v1/users` and its `tenantId`. Understudy addition: Etlworks creates tenants in its UI, which the reference does not cover.
    #[oai(
        path = "/rest/v1/tenants",
        method = "post",
        operation_id = "create_tenant",
        tag = "Tags::UsersTenants"
    )]
    async fn create_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<TenantInput>,
    ) -> poem::Result<CreateTenantResponse> {
        self.0.create_tenant(req, auth, body.0).await
    }

    /// Get a tenant
    ///
    /// One tenant. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/tenants/:tenantId",
        method = "get",
        operation_id = "get_tenant",
        tag = "Tags::UsersTenants"
    )]
    async fn get_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The tenant's id.
        #[oai(name = "tenantId")]
        tenant_id: Path<i64>,
    ) -> poem::Result<GetTenantResponse> {
        self.0
            .get_tenant(
                req,
                auth,
                GetTenantParams {
                    tenant_id: tenant_id.0,
                },
            )
            .await
    }

    /// Edit a tenant
    ///
    /// Changes a tenant's description, SSO sign-in URL and whether it is active (Super Admin only). The users of an inactive tenant cannot sign in, and their tokens and API keys stop working at once. Understudy addition, as `POST /rest/v1/tenants`.
    #[oai(
        path = "/rest/v1/tenants/:tenantId",
        method = "put",
        operation_id = "update_tenant",
        tag = "Tags::UsersTenants"
    )]
    async fn update_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The tenant's id.
        #[oai(name = "tenantId")]
        tenant_id: Path<i64>,
        body: Json<TenantUpdate>,
    ) -> poem::Result<UpdateTenantResponse> {
        self.0
            .update_tenant(
                req,
                auth,
                UpdateTenantParams {
                    tenant_id: tenant_id.0,
                },
                body.0,
            )
            .await
    }

    /// Switch the active tenant
    ///
    /// Switches the active tenant of the current session and answers a JWT with that tenant in context.
    #[oai(
        path = "/rest/v1/tenants/:tenantId/switch",
        method = "post",
        operation_id = "switch_tenant",
        tag = "Tags::UsersTenants"
    )]
    async fn switch_tenant(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The tenant's id.
        #[oai(name = "tenantId")]
        tenant_id: Path<i64>,
    ) -> poem::Result<SwitchTenantResponse> {
        self.0
            .switch_tenant(
                req,
                auth,
                SwitchTenantParams {
                    tenant_id: tenant_id.0,
                },
            )
            .await
    }

    /// Get the caller's profile
    ///
    /// The calling user's profile and settings.
    #[oai(
        path = "/rest/v1/userprofile",
        method = "get",
        operation_id = "get_user_profile",
        tag = "Tags::UsersTenants"
    )]
    async fn get_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetUserProfileResponse> {
        self.0.get_user_profile(req, auth).await
    }

    /// Update the caller's profile
    ///
    /// Changes name, email, locale, time zone or settings; omitted fields keep their value.
    #[oai(
        path = "/rest/v1/userprofile",
        method = "put",
        operation_id = "update_user_profile",
        tag = "Tags::UsersTenants"
    )]
    async fn update_user_profile(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<UserProfileUpdate>,
    ) -> poem::Result<UpdateUserProfileResponse> {
        self.0.update_user_profile(req, auth, body.0).await
    }

    /// Get notification preferences
    ///
    /// The caller's notification preferences. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/userprofile/notifications",
        method = "get",
        operation_id = "get_notification_preferences",
        tag = "Tags::UsersTenants"
    )]
    async fn get_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetNotificationPreferencesResponse> {
        self.0.get_notification_preferences(req, auth).await
    }

    /// Update notification preferences
    ///
    /// Replaces the caller's notification preferences. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/userprofile/notifications",
        method = "put",
        operation_id = "update_notification_preferences",
        tag = "Tags::UsersTenants"
    )]
    async fn update_notification_preferences(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<NotificationPreferences>,
    ) -> poem::Result<UpdateNotificationPreferencesResponse> {
        self.0
            .update_notification_preferences(req, auth, body.0)
            .await
    }

    /// List tags
    ///
    /// Tags in use in the tenant with how many resources carry each, by name.
    #[oai(
        path = "/rest/v1/tags",
        method = "get",
        operation_id = "list_tags",
        tag = "Tags::TagsSearch"
    )]
    async fn list_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_tags_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_tags_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Name starts with this text.
        #[oai(name = "q")]
        q: Query<Option<String>>,
    ) -> poem::Result<ListTagsResponse> {
        self.0
            .list_tags(
                req,
                auth,
                ListTagsParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                },
            )
            .await
    }

    /// Get a resource's tags
    ///
    /// Tags attached to one resource.
    #[oai(
        path = "/rest/v1/tags/:resourceType/:resourceId",
        method = "get",
        operation_id = "get_resource_tags",
        tag = "Tags::TagsSearch"
    )]
    async fn get_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The kind of resource.
        #[oai(name = "resourceType")]
        resource_type: Path<ResourceType>,
        /// The resource's id.
        #[oai(name = "resourceId")]
        resource_id: Path<i64>,
    ) -> poem::Result<GetResourceTagsResponse> {
        self.0
            .get_resource_tags(
                req,
                auth,
                GetResourceTagsParams {
                    resource_type: resource_type.0,
                    resource_id: resource_id.0,
                },
            )
            .await
    }

    /// Replace a resource's tags
    ///
    /// Replaces the resource's tags with the given set (duplicates collapse).
    #[oai(
        path = "/rest/v1/tags/:resourceType/:resourceId",
        method = "put",
        operation_id = "replace_resource_tags",
        tag = "Tags::TagsSearch"
    )]
    async fn replace_resource_tags(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The kind of resource.
        #[oai(name = "resourceType")]
        resource_type: Path<ResourceType>,
        /// The resource's id.
        #[oai(name = "resourceId")]
        resource_id: Path<i64>,
        body: Json<TagList>,
    ) -> poem::Result<ReplaceResourceTagsResponse> {
        self.0
            .replace_resource_tags(
                req,
                auth,
                ReplaceResourceTagsParams {
                    resource_type: resource_type.0,
                    resource_id: resource_id.0,
                },
                body.0,
            )
            .await
    }

    /// Search across resources
    ///
    /// Plain-English search across flows, connections, schedules, other tagged resources and connection metadata, best match first.
    #[oai(
        path = "/rest/v1/search",
        method = "get",
        operation_id = "search",
        tag = "Tags::TagsSearch"
    )]
    async fn search(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_search_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_search_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// What to look for.
        #[oai(name = "q")]
        q: Query<String>,
        /// Restrict to these result types; repeat for several.
        #[oai(name = "type")]
        type_: Query<Option<Vec<SearchTypeItem>>>,
    ) -> poem::Result<SearchResponse> {
        self.0
            .search(
                req,
                auth,
                SearchParams {
                    limit: limit.0,
                    offset: offset.0,
                    q: q.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Query audit events
    ///
    /// The acting tenant's audit events (every write to its resources), newest first. Administrator only. Filters combine with AND; `changes` is empty in the list.
    #[oai(
        path = "/rest/v1/audit",
        method = "get",
        operation_id = "list_audit_events",
        tag = "Tags::AuditRecycleBin"
    )]
    async fn list_audit_events(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_audit_events_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_audit_events_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Kind of resource, e.g. `flow`.
        #[oai(name = "resourceType")]
        resource_type: Query<Option<String>>,
        /// Resource id.
        #[oai(name = "resourceId")]
        resource_id: Query<Option<i64>>,
        /// Acting user.
        #[oai(name = "userId")]
        user_id: Query<Option<i64>>,
        /// Action.
        #[oai(name = "action")]
        action: Query<Option<ListAuditEventsAction>>,
        /// Events at or after this instant.
        #[oai(name = "since")]
        since: Query<Option<String>>,
    ) -> poem::Result<ListAuditEventsResponse> {
        self.0
            .list_audit_events(
                req,
                auth,
                ListAuditEventsParams {
                    limit: limit.0,
                    offset: offset.0,
                    resource_type: resource_type.0,
                    resource_id: resource_id.0,
                    user_id: user_id.0,
                    action: action.0,
                    since: since.0,
                },
            )
            .await
    }

    /// Get an audit event
    ///
    /// One audit event of the acting tenant with its before/after diff, field by field (nested objects as dotted paths). Administrator only.
    #[oai(
        path = "/rest/v1/audit/:auditEventId",
        method = "get",
        operation_id = "get_audit_event",
        tag = "Tags::AuditRecycleBin"
    )]
    async fn get_audit_event(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The audit event's id.
        #[oai(name = "auditEventId")]
        audit_event_id: Path<i64>,
    ) -> poem::Result<GetAuditEventResponse> {
        self.0
            .get_audit_event(
                req,
                auth,
                GetAuditEventParams {
                    audit_event_id: audit_event_id.0,
                },
            )
            .await
    }

    /// List deleted resources
    ///
    /// Recently deleted resources, newest first; each is purged automatically at `expiresAt`.
    #[oai(
        path = "/rest/v1/recycle-bin",
        method = "get",
        operation_id = "list_recycle_bin",
        tag = "Tags::AuditRecycleBin"
    )]
    async fn list_recycle_bin(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_recycle_bin_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_recycle_bin_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep this kind of resource.
        #[oai(name = "resourceType")]
        resource_type: Query<Option<String>>,
    ) -> poem::Result<ListRecycleBinResponse> {
        self.0
            .list_recycle_bin(
                req,
                auth,
                ListRecycleBinParams {
                    limit: limit.0,
                    offset: offset.0,
                    resource_type: resource_type.0,
                },
            )
            .await
    }

    /// Restore a deleted resource
    ///
    /// Restores the resource with its id. A live resource with the same name answers 409.
    #[oai(
        path = "/rest/v1/recycle-bin/:itemId/restore",
        method = "post",
        operation_id = "restore_recycle_bin_item",
        tag = "Tags::AuditRecycleBin"
    )]
    async fn restore_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The recycle-bin item's id.
        #[oai(name = "itemId")]
        item_id: Path<i64>,
    ) -> poem::Result<RestoreRecycleBinItemResponse> {
        self.0
            .restore_recycle_bin_item(
                req,
                auth,
                RestoreRecycleBinItemParams { item_id: item_id.0 },
            )
            .await
    }

    /// Purge a deleted resource
    ///
    /// Deletes the resource permanently. Irreversible.
    #[oai(
        path = "/rest/v1/recycle-bin/:itemId",
        method = "delete",
        operation_id = "purge_recycle_bin_item",
        tag = "Tags::AuditRecycleBin"
    )]
    async fn purge_recycle_bin_item(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The recycle-bin item's id.
        #[oai(name = "itemId")]
        item_id: Path<i64>,
    ) -> poem::Result<PurgeRecycleBinItemResponse> {
        self.0
            .purge_recycle_bin_item(req, auth, PurgeRecycleBinItemParams { item_id: item_id.0 })
            .await
    }

    /// List webhooks
    ///
    /// Configured outbound webhook subscriptions. Administrator only.
    #[oai(
        path = "/rest/v1/webhooks",
        method = "get",
        operation_id = "list_webhooks",
        tag = "Tags::WebhooksMessages"
    )]
    async fn list_webhooks(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_webhooks_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_webhooks_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListWebhooksResponse> {
        self.0
            .list_webhooks(
                req,
                auth,
                ListWebhooksParams {
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Subscribe to flow events
    ///
    /// Creates a webhook; the answer echoes the body with its `id`. Administrator only.
    #[oai(
        path = "/rest/v1/webhooks",
        method = "post",
        operation_id = "create_webhook",
        tag = "Tags::WebhooksMessages"
    )]
    async fn create_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<WebhookInput>,
    ) -> poem::Result<CreateWebhookResponse> {
        self.0.create_webhook(req, auth, body.0).await
    }

    /// Get a webhook
    ///
    /// One webhook. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/webhooks/:webhookId",
        method = "get",
        operation_id = "get_webhook",
        tag = "Tags::WebhooksMessages"
    )]
    async fn get_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The webhook's id.
        #[oai(name = "webhookId")]
        webhook_id: Path<i64>,
    ) -> poem::Result<GetWebhookResponse> {
        self.0
            .get_webhook(
                req,
                auth,
                GetWebhookParams {
                    webhook_id: webhook_id.0,
                },
            )
            .await
    }

    /// Edit a webhook
    ///
    /// Replaces a webhook subscription.
    #[oai(
        path = "/rest/v1/webhooks/:webhookId",
        method = "put",
        operation_id = "update_webhook",
        tag = "Tags::WebhooksMessages"
    )]
    async fn update_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The webhook's id.
        #[oai(name = "webhookId")]
        webhook_id: Path<i64>,
        body: Json<WebhookInput>,
    ) -> poem::Result<UpdateWebhookResponse> {
        self.0
            .update_webhook(
                req,
                auth,
                UpdateWebhookParams {
                    webhook_id: webhook_id.0,
                },
                body.0,
            )
            .await
    }

    /// Unsubscribe
    ///
    /// Deletes the webhook; no further deliveries.
    #[oai(
        path = "/rest/v1/webhooks/:webhookId",
        method = "delete",
        operation_id = "delete_webhook",
        tag = "Tags::WebhooksMessages"
    )]
    async fn delete_webhook(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The webhook's id.
        #[oai(name = "webhookId")]
        webhook_id: Path<i64>,
    ) -> poem::Result<DeleteWebhookResponse> {
        self.0
            .delete_webhook(
                req,
                auth,
                DeleteWebhookParams {
                    webhook_id: webhook_id.0,
                },
            )
            .await
    }

    /// Recent deliveries of a webhook
    ///
    /// Outbound delivery attempts and the HTTP responses received, newest first.
    #[oai(
        path = "/rest/v1/webhooks/:webhookId/events",
        method = "get",
        operation_id = "list_webhook_deliveries",
        tag = "Tags::WebhooksMessages"
    )]
    async fn list_webhook_deliveries(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The webhook's id.
        #[oai(name = "webhookId")]
        webhook_id: Path<i64>,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_webhook_deliveries_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_webhook_deliveries_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep successful (true) or failed (false) attempts.
        #[oai(name = "success")]
        success: Query<Option<bool>>,
    ) -> poem::Result<ListWebhookDeliveriesResponse> {
        self.0
            .list_webhook_deliveries(
                req,
                auth,
                ListWebhookDeliveriesParams {
                    webhook_id: webhook_id.0,
                    limit: limit.0,
                    offset: offset.0,
                    success: success.0,
                },
            )
            .await
    }

    /// List in-app messages
    ///
    /// Messages for the calling user, newest first.
    #[oai(
        path = "/rest/v1/messages",
        method = "get",
        operation_id = "list_messages",
        tag = "Tags::WebhooksMessages"
    )]
    async fn list_messages(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_messages_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_messages_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Only unread messages.
        #[oai(name = "unreadOnly", default = "default_list_messages_unread_only")]
        unread_only: Query<bool>,
    ) -> poem::Result<ListMessagesResponse> {
        self.0
            .list_messages(
                req,
                auth,
                ListMessagesParams {
                    limit: limit.0,
                    offset: offset.0,
                    unread_only: unread_only.0,
                },
            )
            .await
    }

    /// Mark a message read
    ///
    /// Marks one message read. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/messages/:messageId/read",
        method = "put",
        operation_id = "mark_message_read",
        tag = "Tags::WebhooksMessages"
    )]
    async fn mark_message_read(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The message's id.
        #[oai(name = "messageId")]
        message_id: Path<i64>,
    ) -> poem::Result<MarkMessageReadResponse> {
        self.0
            .mark_message_read(
                req,
                auth,
                MarkMessageReadParams {
                    message_id: message_id.0,
                },
            )
            .await
    }

    /// Delete a message
    ///
    /// Dismisses one message. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/messages/:messageId",
        method = "delete",
        operation_id = "delete_message",
        tag = "Tags::WebhooksMessages"
    )]
    async fn delete_message(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The message's id.
        #[oai(name = "messageId")]
        message_id: Path<i64>,
    ) -> poem::Result<DeleteMessageResponse> {
        self.0
            .delete_message(
                req,
                auth,
                DeleteMessageParams {
                    message_id: message_id.0,
                },
            )
            .await
    }

    /// System information
    ///
    /// Version, build and deployment mode (cloud, hybrid or on-prem).
    #[oai(
        path = "/rest/v1/system/info",
        method = "get",
        operation_id = "get_system_info",
        tag = "Tags::SystemOperations"
    )]
    async fn get_system_info(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSystemInfoResponse> {
        self.0.get_system_info(req, auth).await
    }

    /// Liveness probe
    ///
    /// Answers 200 when healthy and 503 when not. No authentication needed.
    #[oai(
        path = "/rest/v1/system/health",
        method = "get",
        operation_id = "get_system_health",
        tag = "Tags::SystemOperations"
    )]
    async fn get_system_health(
        &self,
        req: &poem::Request,
    ) -> poem::Result<GetSystemHealthResponse> {
        self.0.get_system_health(req).await
    }

    /// Tenant settings
    ///
    /// Retention, branding and defaults of the current tenant.
    #[oai(
        path = "/rest/v1/settings",
        method = "get",
        operation_id = "get_settings",
        tag = "Tags::SystemOperations"
    )]
    async fn get_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSettingsResponse> {
        self.0.get_settings(req, auth).await
    }

    /// Update tenant settings
    ///
    /// Replaces the tenant's settings. Administrator only. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body. In Understudy `recycleBinRetentionDays` sets how long what is deleted from then on stays restorable, and the background job purges executions (with their logs) that ended more than `executionRetentionDays` ago and audit events older than `auditRetentionDays`; the time zone, locale, parallel-flow cap and branding are kept for clients to read (the server's own cap on parallel runs is per replica). A tenant that never saved settings reads the defaults (365, 30, 90, UTC, en-US, 10, the tenant's name, `#1f6feb`).
    #[oai(
        path = "/rest/v1/settings",
        method = "put",
        operation_id = "update_settings",
        tag = "Tags::SystemOperations"
    )]
    async fn update_settings(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<TenantSettings>,
    ) -> poem::Result<UpdateSettingsResponse> {
        self.0.update_settings(req, auth, body.0).await
    }

    /// Enabled modules
    ///
    /// Modules of this deployment and whether each is enabled.
    #[oai(
        path = "/rest/v1/modules",
        method = "get",
        operation_id = "list_modules",
        tag = "Tags::SystemOperations"
    )]
    async fn list_modules(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<ListModulesResponse> {
        self.0.list_modules(req, auth).await
    }

    /// Execution statistics
    ///
    /// Count, success rate and average duration of executions in a window (default: the last 7 days), optionally for one flow.
    #[oai(
        path = "/rest/v1/metrics/executions/summary",
        method = "get",
        operation_id = "get_execution_summary",
        tag = "Tags::SystemOperations"
    )]
    async fn get_execution_summary(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Window start (inclusive).
        #[oai(name = "from")]
        from: Query<Option<String>>,
        /// Window end (exclusive); default now.
        #[oai(name = "to")]
        to: Query<Option<String>>,
        /// Only this flow.
        #[oai(name = "flowId")]
        flow_id: Query<Option<i64>>,
    ) -> poem::Result<GetExecutionSummaryResponse> {
        self.0
            .get_execution_summary(
                req,
                auth,
                GetExecutionSummaryParams {
                    from: from.0,
                    to: to.0,
                    flow_id: flow_id.0,
                },
            )
            .await
    }

    /// Per-flow execution report
    ///
    /// Reporting API: per-flow aggregates for one day, given as `date` or as `offset` days back (not both; default today). Administrator only. Days are UTC days; a run counts on the day it was queued. An unknown `tenantId` answers 404.
    #[oai(
        path = "/rest/v1/metrics/executions",
        method = "get",
        operation_id = "get_execution_report",
        tag = "Tags::SystemOperations"
    )]
    async fn get_execution_report(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The day, YYYY-MM-DD.
        #[oai(name = "date")]
        date: Query<Option<String>>,
        /// Days back from today (not a pagination offset here).
        #[oai(
            name = "offset",
            default = "default_get_execution_report_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Include record counts.
        #[oai(
            name = "includeMetrics",
            default = "default_get_execution_report_include_metrics"
        )]
        include_metrics: Query<bool>,
        /// Super Admin only: another tenant.
        #[oai(name = "tenantId")]
        tenant_id: Query<Option<i64>>,
    ) -> poem::Result<GetExecutionReportResponse> {
        self.0
            .get_execution_report(
                req,
                auth,
                GetExecutionReportParams {
                    date: date.0,
                    offset: offset.0,
                    include_metrics: include_metrics.0,
                    tenant_id: tenant_id.0,
                },
            )
            .await
    }

    /// List agents
    ///
    /// On-prem CLI agents (workers) connected to this tenant. Understudy runs no agents: they come from the fixtures file (`etlworks.agents`), and a restarted agent reports `online` again 30 seconds later.
    #[oai(
        path = "/rest/v1/agents",
        method = "get",
        operation_id = "list_agents",
        tag = "Tags::SystemOperations"
    )]
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_agents_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_agents_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
        /// Keep this status.
        #[oai(name = "status")]
        status: Query<Option<ListAgentsStatus>>,
    ) -> poem::Result<ListAgentsResponse> {
        self.0
            .list_agents(
                req,
                auth,
                ListAgentsParams {
                    limit: limit.0,
                    offset: offset.0,
                    status: status.0,
                },
            )
            .await
    }

    /// Get an agent
    ///
    /// One agent. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/agents/:agentId",
        method = "get",
        operation_id = "get_agent",
        tag = "Tags::SystemOperations"
    )]
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The agent's id.
        #[oai(name = "agentId")]
        agent_id: Path<i64>,
    ) -> poem::Result<GetAgentResponse> {
        self.0
            .get_agent(
                req,
                auth,
                GetAgentParams {
                    agent_id: agent_id.0,
                },
            )
            .await
    }

    /// Restart an agent
    ///
    /// Asks the agent worker to restart; it reports `restarting` until it reconnects. An offline agent answers 409.
    #[oai(
        path = "/rest/v1/agents/:agentId/restart",
        method = "post",
        operation_id = "restart_agent",
        tag = "Tags::SystemOperations"
    )]
    async fn restart_agent(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The agent's id.
        #[oai(name = "agentId")]
        agent_id: Path<i64>,
    ) -> poem::Result<RestartAgentResponse> {
        self.0
            .restart_agent(
                req,
                auth,
                RestartAgentParams {
                    agent_id: agent_id.0,
                },
            )
            .await
    }

    /// Current subscription
    ///
    /// Tier, seats and allowance usage. Understudy computes it: the tier is the tenant's (Business unless the fixtures say otherwise; Starter: 5 seats, 10,000 executions, 300 USD; Business: 20 seats, 100,000 executions, 1,490 USD; Enterprise: 100 seats, 1,000,000 executions, 4,990 USD a month), seats used are the tenant's enabled users, and the allowance used counts the executions queued this period. Periods are calendar months (UTC); an inactive tenant's subscription is `canceled`.
    #[oai(
        path = "/rest/v1/billing/subscription",
        method = "get",
        operation_id = "get_subscription",
        tag = "Tags::SystemOperations"
    )]
    async fn get_subscription(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
    ) -> poem::Result<GetSubscriptionResponse> {
        self.0.get_subscription(req, auth).await
    }

    /// Invoice history
    ///
    /// Invoices, newest first. Understudy computes one per calendar month (UTC) that ended since the tenant was created: `INV-<year>-<tenant id>-<month>`, issued the first of the next month, due 14 days later, the tier's monthly price, `paid` once due and `open` before.
    #[oai(
        path = "/rest/v1/billing/invoices",
        method = "get",
        operation_id = "list_invoices",
        tag = "Tags::SystemOperations"
    )]
    async fn list_invoices(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_invoices_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_invoices_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListInvoicesResponse> {
        self.0
            .list_invoices(
                req,
                auth,
                ListInvoicesParams {
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }

    /// Back up the tenant
    ///
    /// Starts an on-demand tenant backup (administrator only); answers at once. 409 while another backup is running. Understudy writes the tenant's settings, connections, formats, listeners, flows, schedules and agents (and, when asked, its executions) as JSON under `<data dir>/etlworks/<tenant id>/backups/` in the background.
    #[oai(
        path = "/rest/v1/maintenance/backup",
        method = "post",
        operation_id = "create_backup",
        tag = "Tags::SystemOperations"
    )]
    async fn create_backup(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<BackupRequest>,
    ) -> poem::Result<CreateBackupResponse> {
        self.0.create_backup(req, auth, body.0).await
    }

    /// List backups
    ///
    /// Tenant backups, newest first. Administrator only. Schema designed by Understudy: the Etlworks reference names this endpoint but not its body.
    #[oai(
        path = "/rest/v1/maintenance/backups",
        method = "get",
        operation_id = "list_backups",
        tag = "Tags::SystemOperations"
    )]
    async fn list_backups(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Maximum number of items to return.
        #[oai(
            name = "limit",
            default = "default_list_backups_limit",
            validator(
                maximum(value = "200", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i32>,
        /// Number of items to skip.
        #[oai(
            name = "offset",
            default = "default_list_backups_offset",
            validator(minimum(value = "0", exclusive = false))
        )]
        offset: Query<i32>,
    ) -> poem::Result<ListBackupsResponse> {
        self.0
            .list_backups(
                req,
                auth,
                ListBackupsParams {
                    limit: limit.0,
                    offset: offset.0,
                },
            )
            .await
    }
}

/// The poem-openapi service for an implementation; its derived spec is compared with the
/// source spec by the contract test.
pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {
    poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)
}
