//! The authorization matrix over every secured operation real mode serves, and every
//! command of the contract: no key, a wrong key and a deactivated principal's key are
//! KAWA's 401; a workspace header naming a workspace the caller may not work in is 403;
//! a reader is refused what only administrators (or a workspace's managers) may do with
//! 403; and after every refusal the data is as it was.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::authz::Operator;
use understudy::store::kawa::directory::{self, NewEntry};

use super::{new_workspace, user_with_key, ADMIN};
use crate::helpers::{spawn_app, TestApp};

/// One command of each kind, valid, aimed at the admin's world: `(name, parameters,
/// whether a reader is refused it)`.
fn commands(reader: &str, private: &str) -> Vec<(&'static str, Value, bool)> {
    vec![
        (
            "CreateActivePrincipalWithPassword",
            json!({"email": "intruder@example.com", "password": "pw"}),
            true,
        ),
        (
            "ReplaceUserStatus",
            json!({"principalId": "1", "active": false}),
            true,
        ),
        (
            "ReplaceUserRole",
            json!({"principalId": reader, "role": "ADMIN_ROLE"}),
            true,
        ),
        (
            "AdminChangeUserPassword",
            json!({"principalId": "1", "newPassword": "taken-over"}),
            true,
        ),
        (
            "AdminGenerateApiKeyForPrincipal",
            json!({"principalId": "1", "replaceIfExists": true}),
            true,
        ),
        (
            "AssignPrincipalToPerimeters",
            json!({"principalEntityId": reader, "memberOfPerimeterNames": ["EMEA"]}),
            true,
        ),
        (
            "CreateWorkspace",
            json!({"displayInformation": {"displayName": "Intruder"}}),
            false,
        ),
        (
            "AddMembersToWorkspace",
            json!({"workspaceId": private, "members": [{"principalId": reader, "permissions": []}]}),
            true,
        ),
        (
            "SetCurrentWorkspaceForPrincipals",
            json!({"workspaceId": "1", "principalIds": ["1"]}),
            true,
        ),
        (
            "RemoveWorkspaceMembers",
            json!({"workspaceId": private, "principalIds": ["1"]}),
            true,
        ),
        (
            "ToggleWorkspaceVisibility",
            json!({"workspaceId": private, "isPublic": true}),
            true,
        ),
        (
            "ArchiveDataSourceAndDeleteAssociatedData",
            json!({"dataSourceId": "1"}),
            false,
        ),
        (
            "UpdateDataSourceShareStatus",
            json!({"dataSourceId": "1", "shared": true}),
            false,
        ),
        ("RunWorkflow", json!({"workflowId": "1"}), false),
        ("DeleteWorkflow", json!({"workflowId": "1"}), false),
        (
            "CreateWorkflow",
            json!({"displayInformation": {"displayName": "W"}, "tasks": [], "trigger": {"triggerType": "MANUAL"}}),
            false,
        ),
        ("ScheduleWorkflow", json!({"workflowId": "1"}), false),
        (
            "UpdateWorkflow",
            json!({"workflowId": "1", "displayInformation": {"displayName": "W"}, "tasks": [], "trigger": {"triggerType": "MANUAL"}}),
            false,
        ),
        (
            "CreateSimpleSheet",
            json!({"displayInformation": {"displayName": "S"}, "datasourceId": [{"targetDataSourceId": "1"}]}),
            false,
        ),
        ("DeleteSheet", json!({"sheetId": "1"}), false),
        (
            "CreatePythonDataSource",
            json!({"dataSource": {"displayInformation": {"displayName": "Intruder"}, "indicators": [
                {"indicatorId": "id", "displayInformation": {"displayName": "id"}, "type": "text",
                 "key": {"keyType": "PRIMARY_SHARDING_KEY"}}]}}),
            false,
        ),
        (
            "AddIndicatorsToDataSource",
            json!({"dataSourceId": "1", "newIndicators": []}),
            false,
        ),
        (
            "CreateDataProvider",
            json!({"displayInformation": {"displayName": "Intruder"}, "dataProviderType": "JDBC"}),
            false,
        ),
        ("DeleteDataProvider", json!({"dataProviderId": "1"}), false),
        (
            "createDashboard",
            json!({"displayInformation": {"displayName": "Intruder"}}),
            false,
        ),
        (
            "CreateScriptRunner",
            json!({"name": "Intruder", "host": "127.0.0.1", "port": 8815}),
            true,
        ),
        (
            "ToggleScriptRunner",
            json!({"scriptRunnerEntityId": "1", "enabled": false}),
            true,
        ),
        (
            "ReplaceScriptRunnerLocation",
            json!({"scriptRunnerEntityId": "1", "host": "evil.example", "port": 1}),
            true,
        ),
        (
            "ReplaceScriptRunnerPrivateKey",
            json!({"scriptRunnerEntityId": "1", "clearTextPrivateKey": "stolen"}),
            true,
        ),
        (
            "CreateScript",
            json!({"name": "Intruder", "sourceControlToolConfiguration": {"toolKitName": "k", "toolName": "t"}}),
            false,
        ),
        (
            "ReplaceScript",
            json!({"scriptId": "1", "name": "Intruder", "sourceControlToolConfiguration": {"toolKitName": "k", "toolName": "t"}}),
            false,
        ),
        (
            "createAgent",
            json!({"displayInformation": {"displayName": "Intruder"}}),
            false,
        ),
        (
            "createViewAndAddDashboardWidget",
            json!({"dashboardId": "1", "sheetId": "1", "widgetId": "w", "layoutType": "GRID"}),
            false,
        ),
        (
            "addDashboardWidgets",
            json!({"dashboardId": "1", "widgets": [{"widgetId": "t", "definition": {"type": "X"}}]}),
            false,
        ),
        (
            "replaceWidgetDefinition",
            json!({"dashboardId": "1", "widgetId": "w", "widgetDefinition": {"type": "X"}}),
            false,
        ),
        (
            "deleteWidget",
            json!({"dashboardId": "1", "widgetIds": ["w"]}),
            false,
        ),
        (
            "ReplaceDashboardLayout",
            json!({"dashboardId": "1", "dashboardLayout": []}),
            false,
        ),
        (
            "replaceDashboardBlockEditorLayout",
            json!({"dashboardId": "1", "blockEditorLayout": {"blocks": []}}),
            false,
        ),
        ("DeleteDashboard", json!({"dashboardId": "1"}), false),
        (
            "renameEntity",
            json!({"id": "1", "entityType": "dashboard", "displayInformation": {"displayName": "X"}}),
            false,
        ),
        (
            "createApplication",
            json!({"displayInformation": {"displayName": "Intruder"}}),
            false,
        ),
        (
            "addNewDashboardToApplication",
            json!({"applicationId": "1", "componentId": "c"}),
            false,
        ),
        (
            "replaceApplicationDisplayParameters",
            json!({"applicationId": "1", "displayParameters": {}}),
            false,
        ),
        (
            "replaceApplicationSheetIds",
            json!({"applicationId": "1", "sheetIds": []}),
            false,
        ),
        (
            "removeComponentFromApplication",
            json!({"applicationId": "1", "componentId": "c"}),
            false,
        ),
        ("DeleteApplication", json!({"applicationId": "1"}), false),
        (
            "updateAgent",
            json!({"agentId": "1", "displayInformation": {"displayName": "Intruder"}}),
            false,
        ),
        (
            "createScript",
            json!({"name": "Intruder", "sourceControlToolConfiguration": {"toolKitName": "k", "toolName": "t"}}),
            false,
        ),
        (
            "replaceScript",
            json!({"scriptId": "1", "name": "Intruder", "sourceControlToolConfiguration": {"toolKitName": "k", "toolName": "t"}}),
            false,
        ),
        (
            "DeleteData",
            json!({"dataSourceId": "1", "deleteDataFilters": [{"clauses": [{"operation": "not_empty", "arguments": {}}], "indicatorId": "record_id"}]}),
            false,
        ),
        (
            "ReplaceConfiguration",
            json!({"configurationClassSimpleName": "ArrowFlightConfiguration", "configurationContent": {"host": "evil.example"}}),
            true,
        ),
        (
            "CreateLayoutFromDsl",
            json!({"dsl": {"sheetId": "1"}, "chartName": "Intruder", "layoutType": "GRID"}),
            false,
        ),
    ]
}

/// Every row KAWA's operations could change, as text.
async fn snapshot(app: &TestApp) -> Vec<String> {
    super::rows_as_text(
        app,
        &[
            "SELECT id, email, password_hash, kawa_role, kawa_status, kawa_workspace_id FROM users ORDER BY id",
            "SELECT id, user_id, product, name, token_digest, expires_at FROM api_tokens ORDER BY id",
            "SELECT COUNT(*) FROM sessions",
            "SELECT id, name, is_public, owner_id FROM kw_workspaces ORDER BY id",
            "SELECT workspace_id, user_id, permissions FROM kw_workspace_members ORDER BY workspace_id, user_id",
            "SELECT perimeter_id, user_id FROM kw_perimeter_members ORDER BY perimeter_id, user_id",
            "SELECT id, name, owner_id, shared, indicators, parts FROM kw_datasources ORDER BY id",
            "SELECT id, datasource_id, session, state FROM kw_loads ORDER BY id",
            "SELECT COUNT(*) FROM kw_load_parts",
            "SELECT id, name, owner_id FROM kw_sheets ORDER BY id",
            "SELECT COUNT(*) FROM kw_layouts",
            "SELECT id, name, owner_id FROM kw_data_providers ORDER BY id",
            "SELECT id, file_id, storage_key FROM kw_files ORDER BY id",
            "SELECT id, name, owner_id, widgets, positions, blocks FROM kw_dashboards ORDER BY id",
            "SELECT id, name, owner_id, sheet_ids, components FROM kw_applications ORDER BY id",
            "SELECT id, name, host, port, enabled, key_digest FROM kw_script_runners ORDER BY id",
            "SELECT id, name, owner_id, tool_kit, tool_name FROM kw_scripts ORDER BY id",
            "SELECT id, name, owner_id, shared, instructions FROM kw_agents ORDER BY id",
            "SELECT id, name, owner_id, trigger_type, tasks, schedule FROM kw_workflows ORDER BY id",
            "SELECT COUNT(*) FROM kw_workflow_runs",
            "SELECT kind, content FROM kw_configurations ORDER BY kind",
        ],
    )
    .await
}

struct Case<'a> {
    op: &'a generated::support::Operation,
    command: Option<(&'static str, Value, bool)>,
}

impl Case<'_> {
    fn path(&self) -> String {
        let path = self
            .op
            .path
            .replace("{id}", "1")
            .replace("{type}", "ArrowFlightConfiguration")
            .replace("{fileId}", "f");
        if path.starts_with("/ingestion/") {
            format!("{path}?datasource=1&session=s&format=parquet&reset=False")
        } else {
            path
        }
    }

    /// The body of an operation that is not a command: what kywy sends.
    fn body(&self) -> Option<Value> {
        match self.op.path {
            "/computation/compute-from-dsl" | "/computation/compute-sheet-stats" => {
                Some(json!({"sheetId": "1"}))
            }
            p if p.starts_with("/ingestion/") => Some(json!({})),
            _ => None,
        }
    }

    fn what(&self) -> String {
        match &self.command {
            Some((name, _, _)) => format!("{} {} {name}", self.op.method, self.path()),
            None => format!("{} {}", self.op.method, self.path()),
        }
    }

    /// Whether a reader with access to the workspace is refused it.
    fn admins_only(&self) -> bool {
        match &self.command {
            Some((_, _, refused)) => *refused,
            None => ["get_usage", "get_configuration"].contains(&self.op.operation_id),
        }
    }

    async fn send(&self, app: &TestApp, key: &str, workspace: Option<&str>) -> (StatusCode, Value) {
        let method = Method::from_bytes(self.op.method.as_bytes()).unwrap();
        if self.op.path == "/ingestion/upload" {
            // Rows, not JSON: a Parquet file's magic and nothing more.
            let (key, workspace) = (key.to_string(), workspace.map(str::to_string));
            let r = app
                .send_with(&app.http, method, &self.path(), move |b| {
                    let b = b.header("content-type", "application/octet-stream");
                    let b = if key.is_empty() {
                        b
                    } else {
                        b.header("x-kawa-api-key", key)
                    };
                    let b = match workspace {
                        Some(w) => b.header("x-kawa-workspace-id", w),
                        None => b,
                    };
                    b.body(b"PAR1".to_vec())
                })
                .await;
            return (r.status, r.json);
        }
        if self.op.path == "/uploads/files" {
            let (key, workspace) = (key.to_string(), workspace.map(str::to_string));
            let form = reqwest::multipart::Form::new().part(
                "file-0",
                reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("f"),
            );
            let r = app
                .send_with(&app.http, method, &self.path(), move |b| {
                    let b = if key.is_empty() {
                        b
                    } else {
                        b.header("x-kawa-api-key", key)
                    };
                    let b = match workspace {
                        Some(w) => b.header("x-kawa-workspace-id", w),
                        None => b,
                    };
                    b.multipart(form)
                })
                .await;
            return (r.status, r.json);
        }
        let body = match &self.command {
            Some((name, params, _)) => Some(json!({"command": name, "parameters": params})),
            None => self.body(),
        };
        let r = app.kawa(method, &self.path(), key, workspace, body).await;
        (r.status, r.json)
    }
}

#[tokio::test]
async fn every_operation_refuses_who_may_not_and_nothing_changes() {
    let app = spawn_app().await;
    let private = new_workspace(&app, "Private").await;
    let (reader, reader_key) = user_with_key(&app, "reader@example.com").await;
    let (gone, gone_key) = user_with_key(&app, "gone@example.com").await;
    app.command(
        ADMIN,
        "ReplaceUserStatus",
        json!({"principalId": gone, "active": false}),
    )
    .await;
    let entry = NewEntry {
        name: "EMEA".into(),
        description: String::new(),
        tags: vec![],
        created_at: 0,
    };
    directory::insert_perimeter(&app.state().db, &Operator::outside_requests(), 1, entry)
        .await
        .unwrap();
    let before = snapshot(&app).await;
    let served: Vec<_> = generated::kawa::v1::OPERATIONS
        .iter()
        .filter(|op| op.secured && understudy::surfaces::kawa::SERVED_TAGS.contains(&op.tag))
        .collect();
    let mut cases = Vec::new();
    for op in &served {
        if op.operation_id == "run_command" {
            for command in commands(&reader, &private) {
                cases.push(Case {
                    op,
                    command: Some(command),
                });
            }
        } else {
            cases.push(Case { op, command: None });
        }
    }
    let mut checked = 0;
    for case in &cases {
        let what = case.what();
        for (key, why) in [
            ("", "no key"),
            ("kawa_wrong", "a wrong key"),
            (gone_key.as_str(), "deactivated"),
        ] {
            let (status, body) = case.send(&app, key, Some("1")).await;
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED,
                "{what} with {why}: {body}"
            );
            assert_eq!(body["status"], 401, "{what}: KAWA's shape");
            checked += 1;
        }
        let (status, body) = case.send(&app, &reader_key, Some(&private)).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{what} in a workspace not the reader's: {body}"
        );
        assert_eq!(
            body["message"],
            format!("You do not have access to workspace {private}")
        );
        checked += 1;
        if case.admins_only() {
            let (status, body) = case.send(&app, &reader_key, Some("1")).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{what} as a reader: {body}");
            checked += 1;
        }
    }
    assert_eq!(
        cases.len(),
        served.len() - 1 + 52,
        "every command was tried"
    );
    assert!(checked >= 4 * cases.len(), "{checked} checks");
    assert_eq!(snapshot(&app).await, before, "no refusal changed anything");
    app.stop().await;
}
