//! KAWA API 1.0.0 — generated from `openapi/kawa/v1.yaml` by `cargo xtask codegen`; never edit by hand.
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
pub const TITLE: &str = "KAWA API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "kawa";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/kawa/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/kawa/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "POST",
        path: "/authentication/login",
        operation_id: "login",
        secured: false,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "GET",
        path: "/authentication/current-user",
        operation_id: "get_current_user",
        secured: true,
        scopes: &[],
        tag: "Authentication",
    },
    crate::support::Operation {
        method: "GET",
        path: "/health",
        operation_id: "get_health",
        secured: false,
        scopes: &[],
        tag: "Server",
    },
    crate::support::Operation {
        method: "GET",
        path: "/health/runner",
        operation_id: "get_runner_health",
        secured: false,
        scopes: &[],
        tag: "Server",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/configuration/{type}",
        operation_id: "get_configuration",
        secured: true,
        scopes: &[],
        tag: "Server",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/application-environment",
        operation_id: "get_application_environment",
        secured: true,
        scopes: &[],
        tag: "Server",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/usage",
        operation_id: "get_usage",
        secured: true,
        scopes: &[],
        tag: "Server",
    },
    crate::support::Operation {
        method: "POST",
        path: "/commands/secured/run",
        operation_id: "run_command",
        secured: true,
        scopes: &[],
        tag: "Commands",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/principals",
        operation_id: "list_principals",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/principals/{id}",
        operation_id: "get_principal",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workspaces",
        operation_id: "list_workspaces",
        secured: true,
        scopes: &[],
        tag: "Workspaces",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workspaces/{id}",
        operation_id: "get_workspace",
        secured: true,
        scopes: &[],
        tag: "Workspaces",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/datasources",
        operation_id: "list_datasources",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/datasources/{id}",
        operation_id: "get_datasource",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/datasources/{id}/schema",
        operation_id: "get_datasource_schema",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/datasources/health-report/v2/{id}",
        operation_id: "get_datasource_health_report",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/sheets",
        operation_id: "list_sheets",
        secured: true,
        scopes: &[],
        tag: "Sheets",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/sheets/{id}",
        operation_id: "get_sheet",
        secured: true,
        scopes: &[],
        tag: "Sheets",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/sheets/{id}/schema",
        operation_id: "get_sheet_schema",
        secured: true,
        scopes: &[],
        tag: "Sheets",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/dashboards",
        operation_id: "list_dashboards",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/dashboards/{id}",
        operation_id: "get_dashboard",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/applications",
        operation_id: "list_applications",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/applications/{id}",
        operation_id: "get_application",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/extended-applications",
        operation_id: "list_extended_applications",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/extended-applications/{id}",
        operation_id: "get_extended_application",
        secured: true,
        scopes: &[],
        tag: "Dashboards and applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workflows",
        operation_id: "list_workflows",
        secured: true,
        scopes: &[],
        tag: "Workflows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workflows/{id}",
        operation_id: "get_workflow",
        secured: true,
        scopes: &[],
        tag: "Workflows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workflows/{id}/run-history",
        operation_id: "get_workflow_run_history",
        secured: true,
        scopes: &[],
        tag: "Workflows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/workflows-last-run-details",
        operation_id: "get_workflows_last_run_details",
        secured: true,
        scopes: &[],
        tag: "Workflows",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/data-providers",
        operation_id: "list_data_providers",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/data-providers/{id}",
        operation_id: "get_data_provider",
        secured: true,
        scopes: &[],
        tag: "Datasources",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/layouts",
        operation_id: "list_layouts",
        secured: true,
        scopes: &[],
        tag: "Sheets",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/layouts/{id}",
        operation_id: "get_layout",
        secured: true,
        scopes: &[],
        tag: "Sheets",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/attributes",
        operation_id: "list_attributes",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/attributes/{id}",
        operation_id: "get_attribute",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/scripts",
        operation_id: "list_scripts",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/scripts/{id}",
        operation_id: "get_script",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/script-runners",
        operation_id: "list_script_runners",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/script-runners/{id}",
        operation_id: "get_script_runner",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/agents",
        operation_id: "list_agents",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/agents/{id}",
        operation_id: "get_agent",
        secured: true,
        scopes: &[],
        tag: "Scripts and agents",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/teams",
        operation_id: "list_teams",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/teams/{id}",
        operation_id: "get_team",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/perimeters",
        operation_id: "list_perimeters",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/backoffice/perimeters/{id}",
        operation_id: "get_perimeter",
        secured: true,
        scopes: &[],
        tag: "Users",
    },
    crate::support::Operation {
        method: "POST",
        path: "/ingestion/prepare",
        operation_id: "prepare_ingestion",
        secured: true,
        scopes: &[],
        tag: "Ingestion",
    },
    crate::support::Operation {
        method: "POST",
        path: "/ingestion/upload",
        operation_id: "upload_ingestion",
        secured: true,
        scopes: &[],
        tag: "Ingestion",
    },
    crate::support::Operation {
        method: "POST",
        path: "/ingestion/finalize",
        operation_id: "finalize_ingestion",
        secured: true,
        scopes: &[],
        tag: "Ingestion",
    },
    crate::support::Operation {
        method: "POST",
        path: "/ingestion/stop-with-failure",
        operation_id: "fail_ingestion",
        secured: true,
        scopes: &[],
        tag: "Ingestion",
    },
    crate::support::Operation {
        method: "POST",
        path: "/computation/compute-from-dsl",
        operation_id: "compute_from_dsl",
        secured: true,
        scopes: &[],
        tag: "Computation",
    },
    crate::support::Operation {
        method: "POST",
        path: "/computation/compute-sheet-stats",
        operation_id: "compute_sheet_stats",
        secured: true,
        scopes: &[],
        tag: "Computation",
    },
    crate::support::Operation {
        method: "POST",
        path: "/uploads/files",
        operation_id: "upload_file",
        secured: true,
        scopes: &[],
        tag: "Uploads",
    },
    crate::support::Operation {
        method: "GET",
        path: "/uploads/files/{fileId}/metadata",
        operation_id: "get_file_metadata",
        secured: true,
        scopes: &[],
        tag: "Uploads",
    },
    crate::support::Operation {
        method: "GET",
        path: "/uploads/files/{fileId}",
        operation_id: "download_file",
        secured: true,
        scopes: &[],
        tag: "Uploads",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/uploads/files/{fileId}",
        operation_id: "delete_file",
        secured: true,
        scopes: &[],
        tag: "Uploads",
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
    /// Signing in with email and password, and who the caller is.
    #[oai(rename = "Authentication")]
    Authentication,
    /// Health, version and usage statistics.
    #[oai(rename = "Server")]
    Server,
    /// The command bus every write goes through.
    #[oai(rename = "Commands")]
    Commands,
    /// Users (principals), teams, perimeters and user attributes.
    #[oai(rename = "Users")]
    Users,
    /// Workspaces and their members.
    #[oai(rename = "Workspaces")]
    Workspaces,
    /// Datasources, their schema and health, and the data providers they load from.
    #[oai(rename = "Datasources")]
    Datasources,
    /// Sheets, their schema, and layouts (views).
    #[oai(rename = "Sheets")]
    Sheets,
    /// Workflows and their run history.
    #[oai(rename = "Workflows")]
    Workflows,
    /// Dashboards, applications and extended applications.
    #[oai(rename = "Dashboards and applications")]
    DashboardsAndApplications,
    /// Python scripts, the runners that execute them, and AI agents.
    #[oai(rename = "Scripts and agents")]
    ScriptsAndAgents,
    /// Loading rows into a datasource (prepare, upload Parquet or Arrow, finalize), as kywy's data loader drives it.
    #[oai(rename = "Ingestion")]
    Ingestion,
    /// Queries over a sheet's rows in kywy's DSL, answered as Arrow IPC streams, and column profiles.
    #[oai(rename = "Computation")]
    Computation,
    /// Files stored in a workspace (kywy's upload_file, download_file, delete_file).
    #[oai(rename = "Uploads")]
    Uploads,
}

/// The session cookie set by `POST /authentication/login`.
#[derive(poem_openapi::SecurityScheme)]
#[oai(
    rename = "accessTokenCookie",
    ty = "api_key",
    key_name = "accessToken",
    key_in = "cookie"
)]
pub struct AccessTokenCookie(pub poem_openapi::auth::ApiKey);

impl crate::support::Credential for AccessTokenCookie {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// An API key (generated with `AdminGenerateApiKeyForPrincipal` or at first start).
#[derive(poem_openapi::SecurityScheme)]
#[oai(
    rename = "apiKey",
    ty = "api_key",
    key_name = "x-kawa-api-key",
    key_in = "header"
)]
pub struct ApiKey(pub poem_openapi::auth::ApiKey);

impl crate::support::Credential for ApiKey {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// Any one of these schemes is accepted.
#[derive(poem_openapi::SecurityScheme)]
pub enum ApiKeyOrAccessTokenCookie {
    ApiKey(ApiKey),
    AccessTokenCookie(AccessTokenCookie),
}

impl crate::support::Credential for ApiKeyOrAccessTokenCookie {
    fn credential(&self) -> String {
        match self {
            Self::ApiKey(s) => crate::support::Credential::credential(s),
            Self::AccessTokenCookie(s) => crate::support::Credential::credential(s),
        }
    }
}

/// `addDashboardWidgets`: Appends widgets to a dashboard. A widget id the dashboard has already
/// is 409; a `definition.layoutId` naming no layout the caller sees is 404. Result:
/// `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddDashboardWidgetsCommand")]
pub struct AddDashboardWidgetsCommand {
    /// The parameters of `addDashboardWidgets` (kywy's text and AI widgets).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AddDashboardWidgetsParameters,
}

/// The parameters of `addDashboardWidgets` (kywy's text and AI widgets).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddDashboardWidgetsParameters")]
pub struct AddDashboardWidgetsParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// The widgets to append, in order.
    #[oai(rename = "widgets", validator(min_items = 1))]
    #[serde(rename = "widgets")]
    pub widgets: Vec<NewDashboardWidget>,
}

/// `AddIndicatorsToDataSource`: Adds columns to a datasource (kywy's
/// `add_new_indicators_to_datasource`). 409 when an indicator id is already there, 400 for a
/// primary key or an unknown type, 404 for an unknown datasource. Result: `DataSource`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddIndicatorsToDataSourceCommand")]
pub struct AddIndicatorsToDataSourceCommand {
    /// The parameters of `AddIndicatorsToDataSource`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AddIndicatorsToDataSourceParameters,
}

/// The parameters of `AddIndicatorsToDataSource`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddIndicatorsToDataSourceParameters")]
pub struct AddIndicatorsToDataSourceParameters {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// Columns to add; rows already loaded hold no value in them. New primary keys are refused.
    #[oai(rename = "newIndicators")]
    #[serde(rename = "newIndicators")]
    pub new_indicators: Vec<Indicator>,
}

/// `AddMembersToWorkspace`: Adds users to a workspace with the given permissions (members
/// already present get the new permissions). Answers the workspace. Result: `Workspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddMembersToWorkspaceCommand")]
pub struct AddMembersToWorkspaceCommand {
    /// The parameters of `AddMembersToWorkspace`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AddMembersToWorkspaceParameters,
}

/// The parameters of `AddMembersToWorkspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddMembersToWorkspaceParameters")]
pub struct AddMembersToWorkspaceParameters {
    /// The workspace.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// Who to add.
    #[oai(rename = "members")]
    #[serde(rename = "members")]
    pub members: Vec<WorkspaceMember>,
}

/// `addNewDashboardToApplication`: Creates an empty dashboard named `New page` (kywy renames
/// it) and adds it to the application as a `DASHBOARD` component. Result:
/// `ExtendedApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddNewDashboardToApplicationCommand")]
pub struct AddNewDashboardToApplicationCommand {
    /// The parameters of `addNewDashboardToApplication` (kywy's application pages).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AddNewDashboardToApplicationParameters,
}

/// The parameters of `addNewDashboardToApplication` (kywy's application pages).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AddNewDashboardToApplicationParameters")]
pub struct AddNewDashboardToApplicationParameters {
    /// The application.
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId")]
    pub application_id: String,
    /// The new page's component id, unique in the application (409 when taken).
    #[oai(rename = "componentId", validator(min_length = 1))]
    #[serde(rename = "componentId")]
    pub component_id: String,
    /// The new dashboard's kind (default `ONE_PAGE`).
    #[oai(rename = "layoutType", skip_serializing_if_is_none)]
    #[serde(
        rename = "layoutType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub layout_type: Option<AddNewDashboardToApplicationParametersLayoutType>,
    /// A tag for the new dashboard (kywy finds a page again by it).
    #[oai(rename = "tag", skip_serializing_if_is_none)]
    #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// The new dashboard's kind (default `ONE_PAGE`).
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
#[oai(rename = "AddNewDashboardToApplicationParametersLayoutType")]
pub enum AddNewDashboardToApplicationParametersLayoutType {
    #[oai(rename = "ONE_PAGE")]
    #[serde(rename = "ONE_PAGE")]
    OnePage,
    #[oai(rename = "REPORT")]
    #[serde(rename = "REPORT")]
    Report,
}

impl AddNewDashboardToApplicationParametersLayoutType {
    /// Every value, in spec order.
    pub const ALL: &'static [AddNewDashboardToApplicationParametersLayoutType] = &[
        AddNewDashboardToApplicationParametersLayoutType::OnePage,
        AddNewDashboardToApplicationParametersLayoutType::Report,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            AddNewDashboardToApplicationParametersLayoutType::OnePage => "ONE_PAGE",
            AddNewDashboardToApplicationParametersLayoutType::Report => "REPORT",
        }
    }
}

impl crate::support::WireEnum for AddNewDashboardToApplicationParametersLayoutType {
    const VALUES: &'static [AddNewDashboardToApplicationParametersLayoutType] =
        AddNewDashboardToApplicationParametersLayoutType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `AdminChangeUserPassword`: Sets a user's password (administrators only). Answers the
/// principal. Result: `Principal`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AdminChangeUserPasswordCommand")]
pub struct AdminChangeUserPasswordCommand {
    /// The parameters of `AdminChangeUserPassword`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AdminChangeUserPasswordParameters,
}

/// The parameters of `AdminChangeUserPassword`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AdminChangeUserPasswordParameters")]
pub struct AdminChangeUserPasswordParameters {
    /// The principal's id.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    #[oai(rename = "newPassword")]
    #[serde(rename = "newPassword")]
    pub new_password: String,
}

/// `AdminGenerateApiKeyForPrincipal`: Generates an API key for a user. `clearTextApiKey` in the
/// answer is shown once and cannot be recovered. With `replaceIfExists: false` and a key of
/// that name already present, answers 409. Result: `GeneratedApiKey`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AdminGenerateApiKeyForPrincipalCommand")]
pub struct AdminGenerateApiKeyForPrincipalCommand {
    /// The parameters of `AdminGenerateApiKeyForPrincipal`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AdminGenerateApiKeyForPrincipalParameters,
}

/// The parameters of `AdminGenerateApiKeyForPrincipal`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AdminGenerateApiKeyForPrincipalParameters")]
pub struct AdminGenerateApiKeyForPrincipalParameters {
    /// The principal's id.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    /// Replace the user's existing key of the same name.
    #[oai(rename = "replaceIfExists", skip_serializing_if_is_none)]
    #[serde(
        rename = "replaceIfExists",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub replace_if_exists: Option<bool>,
    /// A label for the key.
    #[oai(rename = "name", skip_serializing_if_is_none)]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Expiry, in days since the Unix epoch (20000 is 2024-10-04); no expiry when absent.
    #[oai(
        rename = "expirationDate",
        skip_serializing_if_is_none,
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_date: Option<i64>,
}

/// Who may use a shared datasource; a datasource carries it once it has been shared.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AdvancedSharingConfiguration")]
pub struct AdvancedSharingConfiguration {
    /// Teams that may read.
    #[oai(rename = "sharedTeamIds")]
    #[serde(rename = "sharedTeamIds")]
    pub shared_team_ids: Vec<String>,
    /// Teams that may also write.
    #[oai(rename = "teamIdsWithWritePermission")]
    #[serde(rename = "teamIdsWithWritePermission")]
    pub team_ids_with_write_permission: Vec<String>,
    /// Who may use a shared datasource beyond the listed teams: nobody else (`RESTRICTED`),
    /// everyone read-only (`READ`), everyone read-write (`EDIT`).
    #[oai(rename = "generalAccess")]
    #[serde(rename = "generalAccess")]
    pub general_access: GeneralAccess,
}

/// An AI agent configured in a workspace.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Agent")]
pub struct Agent {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the agent is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// The agent's instructions (the lines `createAgent` gave, one per line).
    #[oai(rename = "instructions")]
    #[serde(rename = "instructions")]
    pub instructions: String,
    /// The color it is shown in (`displayInformation.extraInformation.color`).
    #[oai(rename = "color", skip_serializing_if_is_none)]
    #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// What an agent may do, as kywy's application builder sets it.
    #[oai(rename = "capabilities", skip_serializing_if_is_none)]
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<AgentCapabilities>,
    /// The knowledge (files, sheets) it may draw on.
    #[oai(rename = "knowledgeIds", skip_serializing_if_is_none)]
    #[serde(
        rename = "knowledgeIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub knowledge_ids: Option<Vec<String>>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// What an agent may do, as kywy's application builder sets it.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AgentCapabilities")]
pub struct AgentCapabilities {
    #[oai(rename = "sendEmails", skip_serializing_if_is_none)]
    #[serde(
        rename = "sendEmails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub send_emails: Option<bool>,
    #[oai(rename = "internetSearch", skip_serializing_if_is_none)]
    #[serde(
        rename = "internetSearch",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_search: Option<bool>,
    #[oai(rename = "querySheet", skip_serializing_if_is_none)]
    #[serde(
        rename = "querySheet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub query_sheet: Option<bool>,
    #[oai(rename = "useAttachedFiles", skip_serializing_if_is_none)]
    #[serde(
        rename = "useAttachedFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_attached_files: Option<bool>,
}

/// An agent's name and description, with kywy's extra information.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AgentDisplayInformation")]
pub struct AgentDisplayInformation {
    #[oai(rename = "displayName", validator(min_length = 1))]
    #[serde(rename = "displayName")]
    pub display_name: String,
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// What kywy's application builder adds to an agent's display information.
    #[oai(rename = "extraInformation", skip_serializing_if_is_none)]
    #[serde(
        rename = "extraInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_information: Option<AgentExtraInformation>,
}

/// What kywy's application builder adds to an agent's display information.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AgentExtraInformation")]
pub struct AgentExtraInformation {
    #[oai(rename = "color", skip_serializing_if_is_none)]
    #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// A tag the agent carries for good (kywy finds its agent by it).
    #[oai(rename = "immutableTag", skip_serializing_if_is_none)]
    #[serde(
        rename = "immutableTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub immutable_tag: Option<String>,
}

/// An application: a packaged set of sheets, dashboards and datasources. `dashboardIds` are its
/// `DASHBOARD` components' dashboards, `dataSourceIds` its sheets' datasources; a sheet or a
/// dashboard deleted since is left out. Visible to its owner, administrators and, once
/// `shared`, everyone who works in the workspace; changed by its owner and administrators.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Application")]
pub struct Application {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the application is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    #[oai(rename = "sheetIds")]
    #[serde(rename = "sheetIds")]
    pub sheet_ids: Vec<String>,
    #[oai(rename = "dashboardIds")]
    #[serde(rename = "dashboardIds")]
    pub dashboard_ids: Vec<String>,
    #[oai(rename = "dataSourceIds")]
    #[serde(rename = "dataSourceIds")]
    pub data_source_ids: Vec<String>,
    /// The application's pages, in order.
    #[oai(rename = "components", skip_serializing_if_is_none)]
    #[serde(
        rename = "components",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub components: Option<Vec<ApplicationComponent>>,
    /// How the application is drawn (`replaceApplicationDisplayParameters`).
    #[oai(rename = "displayParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "displayParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_parameters: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// One page of an application: a dashboard (`DASHBOARD`, added by
/// `addNewDashboardToApplication`) or a sheet's default view (`VIEW`, made for each sheet when
/// the application is created or its sheets replaced with `createDefaultComponents`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApplicationComponent")]
pub struct ApplicationComponent {
    /// The component's id in the application (kywy sends a UUID for pages).
    #[oai(rename = "componentId")]
    #[serde(rename = "componentId")]
    pub component_id: String,
    #[oai(rename = "componentType")]
    #[serde(rename = "componentType")]
    pub component_type: ApplicationComponentComponentType,
    /// What an application component shows.
    #[oai(rename = "componentConfiguration")]
    #[serde(rename = "componentConfiguration")]
    pub component_configuration: ComponentConfiguration,
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
#[oai(rename = "ApplicationComponentComponentType")]
pub enum ApplicationComponentComponentType {
    #[oai(rename = "VIEW")]
    #[serde(rename = "VIEW")]
    View,
    #[oai(rename = "DASHBOARD")]
    #[serde(rename = "DASHBOARD")]
    Dashboard,
}

impl ApplicationComponentComponentType {
    /// Every value, in spec order.
    pub const ALL: &'static [ApplicationComponentComponentType] = &[
        ApplicationComponentComponentType::View,
        ApplicationComponentComponentType::Dashboard,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ApplicationComponentComponentType::View => "VIEW",
            ApplicationComponentComponentType::Dashboard => "DASHBOARD",
        }
    }
}

impl crate::support::WireEnum for ApplicationComponentComponentType {
    const VALUES: &'static [ApplicationComponentComponentType] =
        ApplicationComponentComponentType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// An application's name and description, with its immutable tag.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApplicationDisplayInformation")]
pub struct ApplicationDisplayInformation {
    /// The application's name.
    #[oai(rename = "displayName", validator(min_length = 1))]
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// A free-text description.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// More about an application.
    #[oai(rename = "extraInformation", skip_serializing_if_is_none)]
    #[serde(
        rename = "extraInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_information: Option<ApplicationExtraInformation>,
}

/// The server's environment. Only `version.version` is documented by kywy's use of it; the rest
/// is Understudy's design.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApplicationEnvironment")]
pub struct ApplicationEnvironment {
    /// The server build.
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: ServerVersion,
    /// The server's time zone.
    #[oai(rename = "serverTimeZone")]
    #[serde(rename = "serverTimeZone")]
    pub server_time_zone: String,
}

/// More about an application.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApplicationExtraInformation")]
pub struct ApplicationExtraInformation {
    /// The tag that identifies the application for good (kywy's `#<name>`); it becomes one of its `tags`, unique in the workspace (409 when taken).
    #[oai(rename = "immutableTag", skip_serializing_if_is_none)]
    #[serde(
        rename = "immutableTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub immutable_tag: Option<String>,
}

/// `ArchiveDataSourceAndDeleteAssociatedData`: Archives a datasource and permanently deletes
/// its rows; it disappears from `/backoffice/datasources`. Answers what was removed. Result:
/// `EntityRemoval`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ArchiveDataSourceAndDeleteAssociatedDataCommand")]
pub struct ArchiveDataSourceAndDeleteAssociatedDataCommand {
    /// The parameters of `ArchiveDataSourceAndDeleteAssociatedData`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ArchiveDataSourceAndDeleteAssociatedDataParameters,
}

/// The parameters of `ArchiveDataSourceAndDeleteAssociatedData`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ArchiveDataSourceAndDeleteAssociatedDataParameters")]
pub struct ArchiveDataSourceAndDeleteAssociatedDataParameters {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
}

/// `AssignPrincipalToPerimeters`: Replaces the perimeters a user belongs to, by perimeter name.
/// Answers the resulting membership; 404 for an unknown perimeter name. Result:
/// `PrincipalPerimeters`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AssignPrincipalToPerimetersCommand")]
pub struct AssignPrincipalToPerimetersCommand {
    /// The parameters of `AssignPrincipalToPerimeters`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: AssignPrincipalToPerimetersParameters,
}

/// The parameters of `AssignPrincipalToPerimeters`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AssignPrincipalToPerimetersParameters")]
pub struct AssignPrincipalToPerimetersParameters {
    /// The principal's id.
    #[oai(rename = "principalEntityId")]
    #[serde(rename = "principalEntityId")]
    pub principal_entity_id: String,
    /// Names of the perimeters; empty removes the user from all.
    #[oai(rename = "memberOfPerimeterNames")]
    #[serde(rename = "memberOfPerimeterNames")]
    pub member_of_perimeter_names: Vec<String>,
}

/// A user attribute (e.g. a region) used by row-level security and perimeters.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Attribute")]
pub struct Attribute {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The value type.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A default value for a user attribute on a sheet link. Schema designed by Understudy (kywy
/// always sends an empty list).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "AttributeDefaultValue")]
pub struct AttributeDefaultValue {
    /// The attribute.
    #[oai(rename = "attributeId")]
    #[serde(rename = "attributeId")]
    pub attribute_id: String,
    /// The value used for users without one.
    #[oai(rename = "value")]
    #[serde(rename = "value")]
    pub value: String,
}

/// A report's content as its block editor keeps it (`replaceDashboardBlockEditorLayout`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "BlockEditorLayout")]
pub struct BlockEditorLayout {
    /// The editor version that wrote it.
    #[oai(rename = "version", skip_serializing_if_is_none)]
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// When it was written, in epoch milliseconds (the client's clock).
    #[oai(rename = "time", skip_serializing_if_is_none)]
    #[serde(rename = "time", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// The blocks, top to bottom.
    #[oai(rename = "blocks")]
    #[serde(rename = "blocks")]
    pub blocks: Vec<ReportBlock>,
}

/// A column's profile, in the shape kywy's profiling test reads: a number column
/// (`integer`, `decimal`) has `SUM`, `AVERAGE`, `MEDIAN`, `MIN`, `MAX`, `VAR_POP`,
/// `STD_DEV_POP` and the lowest/highest deciles and quartiles (absent when the column holds
/// no value); any other column has `COUNT` (non-empty values), `COUNT_UNIQUE` and
/// `COUNT_EMPTY` (null, or an empty text). A column's profile has only its kind's keys. Schema designed by Understudy after kywy's tests.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ColumnProfile")]
pub struct ColumnProfile {
    #[oai(rename = "SUM", skip_serializing_if_is_none)]
    #[serde(rename = "SUM", default, skip_serializing_if = "Option::is_none")]
    pub sum: Option<f64>,
    #[oai(rename = "AVERAGE", skip_serializing_if_is_none)]
    #[serde(rename = "AVERAGE", default, skip_serializing_if = "Option::is_none")]
    pub average: Option<f64>,
    #[oai(rename = "MEDIAN", skip_serializing_if_is_none)]
    #[serde(rename = "MEDIAN", default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    #[oai(rename = "MIN", skip_serializing_if_is_none)]
    #[serde(rename = "MIN", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[oai(rename = "MAX", skip_serializing_if_is_none)]
    #[serde(rename = "MAX", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[oai(rename = "VAR_POP", skip_serializing_if_is_none)]
    #[serde(rename = "VAR_POP", default, skip_serializing_if = "Option::is_none")]
    pub var_pop: Option<f64>,
    #[oai(rename = "STD_DEV_POP", skip_serializing_if_is_none)]
    #[serde(
        rename = "STD_DEV_POP",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub std_dev_pop: Option<f64>,
    #[oai(rename = "LOWEST_DECILE", skip_serializing_if_is_none)]
    #[serde(
        rename = "LOWEST_DECILE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lowest_decile: Option<f64>,
    #[oai(rename = "LOWEST_QUARTILE", skip_serializing_if_is_none)]
    #[serde(
        rename = "LOWEST_QUARTILE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lowest_quartile: Option<f64>,
    #[oai(rename = "HIGHEST_QUARTILE", skip_serializing_if_is_none)]
    #[serde(
        rename = "HIGHEST_QUARTILE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub highest_quartile: Option<f64>,
    #[oai(rename = "HIGHEST_DECILE", skip_serializing_if_is_none)]
    #[serde(
        rename = "HIGHEST_DECILE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub highest_decile: Option<f64>,
    #[oai(rename = "COUNT", skip_serializing_if_is_none)]
    #[serde(rename = "COUNT", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[oai(rename = "COUNT_UNIQUE", skip_serializing_if_is_none)]
    #[serde(
        rename = "COUNT_UNIQUE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub count_unique: Option<i64>,
    #[oai(rename = "COUNT_EMPTY", skip_serializing_if_is_none)]
    #[serde(
        rename = "COUNT_EMPTY",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub count_empty: Option<i64>,
}

/// Where a sheet column comes from.
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
#[oai(rename = "ColumnType")]
pub enum ColumnType {
    #[oai(rename = "INDICATOR")]
    #[serde(rename = "INDICATOR")]
    Indicator,
    #[oai(rename = "COMPUTED")]
    #[serde(rename = "COMPUTED")]
    Computed,
}

impl ColumnType {
    /// Every value, in spec order.
    pub const ALL: &'static [ColumnType] = &[ColumnType::Indicator, ColumnType::Computed];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ColumnType::Indicator => "INDICATOR",
            ColumnType::Computed => "COMPUTED",
        }
    }
}

impl crate::support::WireEnum for ColumnType {
    const VALUES: &'static [ColumnType] = ColumnType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The body of `POST /commands/secured/run`: `{"command": "<Name>", "parameters": {...}}`.
/// `command` selects the variant; an unknown command answers 400.
#[derive(Debug, Clone, PartialEq, poem_openapi::Union, serde::Serialize, serde::Deserialize)]
#[oai(discriminator_name = "command", one_of)]
#[serde(tag = "command")]
pub enum Command {
    #[oai(mapping = "CreateActivePrincipalWithPassword")]
    #[serde(rename = "CreateActivePrincipalWithPassword")]
    CreateActivePrincipalWithPasswordCommand(CreateActivePrincipalWithPasswordCommand),
    #[oai(mapping = "ReplaceUserStatus")]
    #[serde(rename = "ReplaceUserStatus")]
    ReplaceUserStatusCommand(ReplaceUserStatusCommand),
    #[oai(mapping = "ReplaceUserRole")]
    #[serde(rename = "ReplaceUserRole")]
    ReplaceUserRoleCommand(ReplaceUserRoleCommand),
    #[oai(mapping = "AdminChangeUserPassword")]
    #[serde(rename = "AdminChangeUserPassword")]
    AdminChangeUserPasswordCommand(AdminChangeUserPasswordCommand),
    #[oai(mapping = "AdminGenerateApiKeyForPrincipal")]
    #[serde(rename = "AdminGenerateApiKeyForPrincipal")]
    AdminGenerateApiKeyForPrincipalCommand(AdminGenerateApiKeyForPrincipalCommand),
    #[oai(mapping = "AssignPrincipalToPerimeters")]
    #[serde(rename = "AssignPrincipalToPerimeters")]
    AssignPrincipalToPerimetersCommand(AssignPrincipalToPerimetersCommand),
    #[oai(mapping = "CreateWorkspace")]
    #[serde(rename = "CreateWorkspace")]
    CreateWorkspaceCommand(CreateWorkspaceCommand),
    #[oai(mapping = "AddMembersToWorkspace")]
    #[serde(rename = "AddMembersToWorkspace")]
    AddMembersToWorkspaceCommand(AddMembersToWorkspaceCommand),
    #[oai(mapping = "SetCurrentWorkspaceForPrincipals")]
    #[serde(rename = "SetCurrentWorkspaceForPrincipals")]
    SetCurrentWorkspaceForPrincipalsCommand(SetCurrentWorkspaceForPrincipalsCommand),
    #[oai(mapping = "RemoveWorkspaceMembers")]
    #[serde(rename = "RemoveWorkspaceMembers")]
    RemoveWorkspaceMembersCommand(RemoveWorkspaceMembersCommand),
    #[oai(mapping = "ToggleWorkspaceVisibility")]
    #[serde(rename = "ToggleWorkspaceVisibility")]
    ToggleWorkspaceVisibilityCommand(ToggleWorkspaceVisibilityCommand),
    #[oai(mapping = "ArchiveDataSourceAndDeleteAssociatedData")]
    #[serde(rename = "ArchiveDataSourceAndDeleteAssociatedData")]
    ArchiveDataSourceAndDeleteAssociatedDataCommand(
        ArchiveDataSourceAndDeleteAssociatedDataCommand,
    ),
    #[oai(mapping = "UpdateDataSourceShareStatus")]
    #[serde(rename = "UpdateDataSourceShareStatus")]
    UpdateDataSourceShareStatusCommand(UpdateDataSourceShareStatusCommand),
    #[oai(mapping = "RunWorkflow")]
    #[serde(rename = "RunWorkflow")]
    RunWorkflowCommand(RunWorkflowCommand),
    #[oai(mapping = "CreateWorkflow")]
    #[serde(rename = "CreateWorkflow")]
    CreateWorkflowCommand(CreateWorkflowCommand),
    #[oai(mapping = "UpdateWorkflow")]
    #[serde(rename = "UpdateWorkflow")]
    UpdateWorkflowCommand(UpdateWorkflowCommand),
    #[oai(mapping = "ScheduleWorkflow")]
    #[serde(rename = "ScheduleWorkflow")]
    ScheduleWorkflowCommand(ScheduleWorkflowCommand),
    #[oai(mapping = "DeleteWorkflow")]
    #[serde(rename = "DeleteWorkflow")]
    DeleteWorkflowCommand(DeleteWorkflowCommand),
    #[oai(mapping = "CreateSimpleSheet")]
    #[serde(rename = "CreateSimpleSheet")]
    CreateSimpleSheetCommand(CreateSimpleSheetCommand),
    #[oai(mapping = "DeleteSheet")]
    #[serde(rename = "DeleteSheet")]
    DeleteSheetCommand(DeleteSheetCommand),
    #[oai(mapping = "CreatePythonDataSource")]
    #[serde(rename = "CreatePythonDataSource")]
    CreatePythonDataSourceCommand(CreatePythonDataSourceCommand),
    #[oai(mapping = "AddIndicatorsToDataSource")]
    #[serde(rename = "AddIndicatorsToDataSource")]
    AddIndicatorsToDataSourceCommand(AddIndicatorsToDataSourceCommand),
    #[oai(mapping = "CreateDataProvider")]
    #[serde(rename = "CreateDataProvider")]
    CreateDataProviderCommand(CreateDataProviderCommand),
    #[oai(mapping = "DeleteDataProvider")]
    #[serde(rename = "DeleteDataProvider")]
    DeleteDataProviderCommand(DeleteDataProviderCommand),
    #[oai(mapping = "createDashboard")]
    #[serde(rename = "createDashboard")]
    CreateDashboardCommand(CreateDashboardCommand),
    #[oai(mapping = "createViewAndAddDashboardWidget")]
    #[serde(rename = "createViewAndAddDashboardWidget")]
    CreateViewAndAddDashboardWidgetCommand(CreateViewAndAddDashboardWidgetCommand),
    #[oai(mapping = "addDashboardWidgets")]
    #[serde(rename = "addDashboardWidgets")]
    AddDashboardWidgetsCommand(AddDashboardWidgetsCommand),
    #[oai(mapping = "replaceWidgetDefinition")]
    #[serde(rename = "replaceWidgetDefinition")]
    ReplaceWidgetDefinitionCommand(ReplaceWidgetDefinitionCommand),
    #[oai(mapping = "deleteWidget")]
    #[serde(rename = "deleteWidget")]
    DeleteWidgetCommand(DeleteWidgetCommand),
    #[oai(mapping = "ReplaceDashboardLayout")]
    #[serde(rename = "ReplaceDashboardLayout")]
    ReplaceDashboardLayoutCommand(ReplaceDashboardLayoutCommand),
    #[oai(mapping = "replaceDashboardBlockEditorLayout")]
    #[serde(rename = "replaceDashboardBlockEditorLayout")]
    ReplaceDashboardBlockEditorLayoutCommand(ReplaceDashboardBlockEditorLayoutCommand),
    #[oai(mapping = "DeleteDashboard")]
    #[serde(rename = "DeleteDashboard")]
    DeleteDashboardCommand(DeleteDashboardCommand),
    #[oai(mapping = "renameEntity")]
    #[serde(rename = "renameEntity")]
    RenameEntityCommand(RenameEntityCommand),
    #[oai(mapping = "createApplication")]
    #[serde(rename = "createApplication")]
    CreateApplicationCommand(CreateApplicationCommand),
    #[oai(mapping = "addNewDashboardToApplication")]
    #[serde(rename = "addNewDashboardToApplication")]
    AddNewDashboardToApplicationCommand(AddNewDashboardToApplicationCommand),
    #[oai(mapping = "replaceApplicationDisplayParameters")]
    #[serde(rename = "replaceApplicationDisplayParameters")]
    ReplaceApplicationDisplayParametersCommand(ReplaceApplicationDisplayParametersCommand),
    #[oai(mapping = "replaceApplicationSheetIds")]
    #[serde(rename = "replaceApplicationSheetIds")]
    ReplaceApplicationSheetIdsCommand(ReplaceApplicationSheetIdsCommand),
    #[oai(mapping = "removeComponentFromApplication")]
    #[serde(rename = "removeComponentFromApplication")]
    RemoveComponentFromApplicationCommand(RemoveComponentFromApplicationCommand),
    #[oai(mapping = "DeleteApplication")]
    #[serde(rename = "DeleteApplication")]
    DeleteApplicationCommand(DeleteApplicationCommand),
    #[oai(mapping = "CreateScriptRunner")]
    #[serde(rename = "CreateScriptRunner")]
    CreateScriptRunnerCommand(CreateScriptRunnerCommand),
    #[oai(mapping = "ToggleScriptRunner")]
    #[serde(rename = "ToggleScriptRunner")]
    ToggleScriptRunnerCommand(ToggleScriptRunnerCommand),
    #[oai(mapping = "ReplaceScriptRunnerLocation")]
    #[serde(rename = "ReplaceScriptRunnerLocation")]
    ReplaceScriptRunnerLocationCommand(ReplaceScriptRunnerLocationCommand),
    #[oai(mapping = "ReplaceScriptRunnerPrivateKey")]
    #[serde(rename = "ReplaceScriptRunnerPrivateKey")]
    ReplaceScriptRunnerPrivateKeyCommand(ReplaceScriptRunnerPrivateKeyCommand),
    #[oai(mapping = "CreateScript")]
    #[serde(rename = "CreateScript")]
    CreateScriptCommand(CreateScriptCommand),
    #[oai(mapping = "ReplaceScript")]
    #[serde(rename = "ReplaceScript")]
    ReplaceScriptCommand(ReplaceScriptCommand),
    #[oai(mapping = "createScript")]
    #[serde(rename = "createScript")]
    CreateScriptAliasCommand(CreateScriptAliasCommand),
    #[oai(mapping = "replaceScript")]
    #[serde(rename = "replaceScript")]
    ReplaceScriptAliasCommand(ReplaceScriptAliasCommand),
    #[oai(mapping = "DeleteData")]
    #[serde(rename = "DeleteData")]
    DeleteDataCommand(DeleteDataCommand),
    #[oai(mapping = "ReplaceConfiguration")]
    #[serde(rename = "ReplaceConfiguration")]
    ReplaceConfigurationCommand(ReplaceConfigurationCommand),
    #[oai(mapping = "CreateLayoutFromDsl")]
    #[serde(rename = "CreateLayoutFromDsl")]
    CreateLayoutFromDslCommand(CreateLayoutFromDslCommand),
    #[oai(mapping = "createAgent")]
    #[serde(rename = "createAgent")]
    CreateAgentCommand(CreateAgentCommand),
    #[oai(mapping = "updateAgent")]
    #[serde(rename = "updateAgent")]
    UpdateAgentCommand(UpdateAgentCommand),
}

/// What a command answers, by command: the principal (`CreateActivePrincipalWithPassword`,
/// `ReplaceUserStatus`, `ReplaceUserRole`, `AdminChangeUserPassword`), `GeneratedApiKey`
/// (`AdminGenerateApiKeyForPrincipal`), `PrincipalPerimeters` (`AssignPrincipalToPerimeters`),
/// the workspace (`CreateWorkspace`, `AddMembersToWorkspace`, `RemoveWorkspaceMembers`,
/// `ToggleWorkspaceVisibility`), `CurrentWorkspaceAssignment`
/// (`SetCurrentWorkspaceForPrincipals`), the datasource (`UpdateDataSourceShareStatus`, `CreatePythonDataSource`,
/// `AddIndicatorsToDataSource`, `DeleteData`), the data provider (`CreateDataProvider`,
/// `DeleteDataProvider`),
/// `EntityRemoval` (`ArchiveDataSourceAndDeleteAssociatedData`, `DeleteWorkflow`,
/// `DeleteSheet`, `DeleteDashboard`, `DeleteApplication`), the sheet (`CreateSimpleSheet`),
/// `WorkflowEnvelope` (`CreateWorkflow`, `UpdateWorkflow`, `ScheduleWorkflow`),
/// `ExtendedDashboard` (`createDashboard`, `createViewAndAddDashboardWidget`,
/// `addDashboardWidgets`, `replaceWidgetDefinition`, `deleteWidget`, `ReplaceDashboardLayout`,
/// `replaceDashboardBlockEditorLayout`, `renameEntity` of a dashboard), `ExtendedApplication`
/// (`createApplication`, `addNewDashboardToApplication`, `replaceApplicationDisplayParameters`,
/// `replaceApplicationSheetIds`, `removeComponentFromApplication`, `renameEntity` of an
/// application), the script runner (`CreateScriptRunner`, `ToggleScriptRunner`,
/// `ReplaceScriptRunnerLocation`, `ReplaceScriptRunnerPrivateKey`), the script (`CreateScript`,
/// `ReplaceScript`, and kywy's spellings `createScript`, `replaceScript`), the agent
/// (`createAgent`, `updateAgent`), `StoredConfiguration` (`ReplaceConfiguration`), the layout
/// (`CreateLayoutFromDsl`) and the started run (`RunWorkflow`, with status 202).
#[derive(Debug, Clone, PartialEq, poem_openapi::Union, serde::Serialize, serde::Deserialize)]
#[oai(one_of)]
#[serde(untagged)]
pub enum CommandResult {
    Principal(Principal),
    GeneratedApiKey(GeneratedApiKey),
    PrincipalPerimeters(PrincipalPerimeters),
    Workspace(Workspace),
    CurrentWorkspaceAssignment(CurrentWorkspaceAssignment),
    EntityRemoval(EntityRemoval),
    DataSource(DataSource),
    WorkflowRun(WorkflowRun),
    Sheet(Sheet),
    DataProvider(DataProvider),
    WorkflowEnvelope(WorkflowEnvelope),
    ExtendedDashboard(ExtendedDashboard),
    ExtendedApplication(ExtendedApplication),
    ScriptRunner(ScriptRunner),
    Script(Script),
    Agent(Agent),
    StoredConfiguration(StoredConfiguration),
    Layout(Layout),
}

/// What an application component shows.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComponentConfiguration")]
pub struct ComponentConfiguration {
    /// The dashboard (a `DASHBOARD` component) or the layout (a `VIEW` component).
    #[oai(rename = "entityId")]
    #[serde(rename = "entityId")]
    pub entity_id: String,
    /// The sheet a `VIEW` component's layout shows.
    #[oai(rename = "sheetId", skip_serializing_if_is_none)]
    #[serde(rename = "sheetId", default, skip_serializing_if = "Option::is_none")]
    pub sheet_id: Option<String>,
}

/// One column of a query (kywy's `KawaColumn.to_dict()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationColumn")]
pub struct ComputationColumn {
    /// The column's display name.
    #[oai(rename = "columnName")]
    #[serde(rename = "columnName", default)]
    pub column_name: Option<String>,
    /// The output name; the column name when null.
    #[oai(rename = "columnAlias")]
    #[serde(rename = "columnAlias", default)]
    pub column_alias: Option<String>,
    /// How a grouped query aggregates the column: `SUM`, `AVG`, `MIN`, `MAX`, `COUNT`,
    /// `COUNT_UNIQUE`, `FIRST`, `IDENTICAL`, `MEDIAN`… (kywy upper-cases them). Ignored without
    /// `groupBy`.
    #[oai(rename = "aggregationMethod")]
    #[serde(rename = "aggregationMethod", default)]
    pub aggregation_method: Option<String>,
    /// Selects every column whose display name matches this regular expression.
    #[oai(rename = "columnRegexp")]
    #[serde(rename = "columnRegexp", default)]
    pub column_regexp: Option<String>,
    /// Selects every datasource column.
    #[oai(rename = "indicatorColumnsOnly")]
    #[serde(rename = "indicatorColumnsOnly", default)]
    pub indicator_columns_only: Option<bool>,
    /// Selects the sheet's default columns.
    #[oai(rename = "sheetDefaultColumnsOnly")]
    #[serde(rename = "sheetDefaultColumnsOnly", default)]
    pub sheet_default_columns_only: Option<bool>,
    /// A computed column's formula; not supported (400).
    #[oai(rename = "xmlSyntacticTree")]
    #[serde(rename = "xmlSyntacticTree", default)]
    pub xml_syntactic_tree: Option<String>,
}

/// A list of query columns.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationColumns")]
pub struct ComputationColumns {
    #[oai(rename = "columns")]
    #[serde(rename = "columns")]
    pub columns: Vec<ComputationColumn>,
}

/// A filter on one column (kywy's `KawaFilter.to_dict()`); every clause must hold, `exclude` inverts the whole.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationFilter")]
pub struct ComputationFilter {
    #[oai(rename = "exclude")]
    #[serde(rename = "exclude", default)]
    pub exclude: Option<bool>,
    #[oai(rename = "clauses", skip_serializing_if_is_none)]
    #[serde(rename = "clauses", default, skip_serializing_if = "Option::is_none")]
    pub clauses: Option<Vec<FilterClause>>,
    /// One column of a query (kywy's `KawaColumn.to_dict()`).
    #[oai(rename = "column", skip_serializing_if_is_none)]
    #[serde(rename = "column", default, skip_serializing_if = "Option::is_none")]
    pub column: Option<ComputationColumn>,
    /// The filtered indicator, when no `column` is given.
    #[oai(rename = "indicatorId")]
    #[serde(rename = "indicatorId", default)]
    pub indicator_id: Option<String>,
}

/// The sort of a query.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationOrder")]
pub struct ComputationOrder {
    /// An output name (alias) or a column name.
    #[oai(rename = "columnName")]
    #[serde(rename = "columnName")]
    pub column_name: String,
    #[oai(rename = "ascending")]
    #[serde(rename = "ascending", default)]
    pub ascending: Option<bool>,
}

/// A query, as kywy's `KawaLazyQuery._transform_to_dict` builds it. Every field may be null.
/// `asUserId`, `dashboardId`, `applicationId`, `workflowInstanceId`, `skipCache` and `sessionId`
/// are accepted and do not change the result.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationRequest")]
pub struct ComputationRequest {
    #[oai(rename = "sheetName")]
    #[serde(rename = "sheetName", default)]
    pub sheet_name: Option<String>,
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId", default)]
    pub sheet_id: Option<String>,
    #[oai(rename = "datasourceId")]
    #[serde(rename = "datasourceId", default)]
    pub datasource_id: Option<String>,
    /// The caller's IANA time zone, used by date-time samplers.
    #[oai(rename = "timeZone")]
    #[serde(rename = "timeZone", default)]
    pub time_zone: Option<String>,
    /// Most rows answered; `-1` for all; 100 when null.
    #[oai(rename = "limit")]
    #[serde(rename = "limit", default)]
    pub limit: Option<i64>,
    #[oai(rename = "skipCache")]
    #[serde(rename = "skipCache", default)]
    pub skip_cache: Option<bool>,
    #[oai(rename = "noOutput")]
    #[serde(rename = "noOutput", default)]
    pub no_output: Option<bool>,
    #[oai(rename = "sessionId")]
    #[serde(rename = "sessionId", default)]
    pub session_id: Option<String>,
    /// Column names or aliases to group by.
    #[oai(rename = "groupBy")]
    #[serde(rename = "groupBy", default)]
    pub group_by: Option<Vec<String>>,
    /// Groups a date or date-time column by period (kywy's `sample()`).
    #[oai(rename = "sample", skip_serializing_if_is_none)]
    #[serde(rename = "sample", default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<ComputationSample>,
    /// A list of query columns.
    #[oai(rename = "aggregation", skip_serializing_if_is_none)]
    #[serde(
        rename = "aggregation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aggregation: Option<ComputationColumns>,
    /// A list of query columns.
    #[oai(rename = "select", skip_serializing_if_is_none)]
    #[serde(rename = "select", default, skip_serializing_if = "Option::is_none")]
    pub select: Option<ComputationColumns>,
    #[oai(rename = "filters")]
    #[serde(rename = "filters", default)]
    pub filters: Option<Vec<ComputationFilter>>,
    /// The sort of a query.
    #[oai(rename = "orderBy", skip_serializing_if_is_none)]
    #[serde(rename = "orderBy", default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<ComputationOrder>,
    #[oai(rename = "viewId")]
    #[serde(rename = "viewId", default)]
    pub view_id: Option<String>,
    #[oai(rename = "asUserId")]
    #[serde(rename = "asUserId", default)]
    pub as_user_id: Option<String>,
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId", default)]
    pub dashboard_id: Option<String>,
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId", default)]
    pub application_id: Option<String>,
    #[oai(rename = "workflowInstanceId")]
    #[serde(rename = "workflowInstanceId", default)]
    pub workflow_instance_id: Option<String>,
}

/// Groups a date or date-time column by period (kywy's `sample()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ComputationSample")]
pub struct ComputationSample {
    #[oai(rename = "columnName")]
    #[serde(rename = "columnName", default)]
    pub column_name: Option<String>,
    /// The period, e.g. `YEAR_AND_MONTH`, `YEAR`, `DAY`.
    #[oai(rename = "sampler")]
    #[serde(rename = "sampler", default)]
    pub sampler: Option<String>,
    #[oai(rename = "howManyBuckets")]
    #[serde(rename = "howManyBuckets", default)]
    pub how_many_buckets: Option<i32>,
    #[oai(rename = "bucketSize")]
    #[serde(rename = "bucketSize", default)]
    pub bucket_size: Option<i32>,
    #[oai(rename = "buckets")]
    #[serde(rename = "buckets", default)]
    pub buckets: Option<Vec<i64>>,
}

/// A configuration document: the fields of KAWA's configuration class of that type (for
/// `ArrowFlightConfiguration`: `host`, `port`, `tls`, `pollingIntervalSeconds`). Schema designed
/// by Understudy: kywy reads it as plain JSON. Empty when nothing is stored for the type.
pub type Configuration = std::collections::BTreeMap<String, serde_json::Value>;

/// How a data provider connects securely.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ConnectionSecurityParameters")]
pub struct ConnectionSecurityParameters {
    #[oai(rename = "useSsl", skip_serializing_if_is_none)]
    #[serde(rename = "useSsl", default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[oai(rename = "useKerberos", skip_serializing_if_is_none)]
    #[serde(
        rename = "useKerberos",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_kerberos: Option<bool>,
}

/// `CreateActivePrincipalWithPassword`: Creates an active user who signs in with email and
/// password (the email, lower-cased, becomes its `uniqueId`). Answers the new principal; 409
/// when a user with this email exists. Result: `Principal`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateActivePrincipalWithPasswordCommand")]
pub struct CreateActivePrincipalWithPasswordCommand {
    /// The parameters of `CreateActivePrincipalWithPassword`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateActivePrincipalWithPasswordParameters,
}

/// The parameters of `CreateActivePrincipalWithPassword`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateActivePrincipalWithPasswordParameters")]
pub struct CreateActivePrincipalWithPasswordParameters {
    /// The user's email; kywy lower-cases it.
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    /// The initial password.
    #[oai(rename = "password")]
    #[serde(rename = "password")]
    pub password: String,
    #[oai(rename = "firstName", skip_serializing_if_is_none)]
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[oai(rename = "lastName", skip_serializing_if_is_none)]
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

/// `createAgent` (KAWA's name, as kywy sends it): Creates an agent in the workspace, owned by
/// the caller. `extraInformation.immutableTag` becomes one of its tags. 409 when the
/// workspace has an agent of that name. Result: `Agent`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateAgentCommand")]
pub struct CreateAgentCommand {
    /// The parameters of `createAgent`, as kywy's application builder sends them.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateAgentParameters,
}

/// The parameters of `createAgent`, as kywy's application builder sends them.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateAgentParameters")]
pub struct CreateAgentParameters {
    /// An agent's name and description, with kywy's extra information.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: AgentDisplayInformation,
    /// The instructions, line by line.
    #[oai(rename = "instructions", skip_serializing_if_is_none)]
    #[serde(
        rename = "instructions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instructions: Option<Vec<String>>,
    /// Commands the agent may run (kywy sends none; kept as given).
    #[oai(rename = "commands", skip_serializing_if_is_none)]
    #[serde(rename = "commands", default, skip_serializing_if = "Option::is_none")]
    pub commands: Option<Vec<serde_json::Value>>,
    #[oai(rename = "knowledgeIds", skip_serializing_if_is_none)]
    #[serde(
        rename = "knowledgeIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub knowledge_ids: Option<Vec<String>>,
    /// What an agent may do, as kywy's application builder sets it.
    #[oai(rename = "capabilities", skip_serializing_if_is_none)]
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<AgentCapabilities>,
    /// Whether the workspace sees the agent; false when absent (only its owner and
    /// administrators do).
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
}

/// `createApplication`: Creates an application over sheets of the workspace, owned by the
/// caller; kywy reads `application.id` and `application.workspaceId`. Result:
/// `ExtendedApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateApplicationCommand")]
pub struct CreateApplicationCommand {
    /// The parameters of `createApplication` (kywy's `app(name).publish()`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateApplicationParameters,
}

/// The parameters of `createApplication` (kywy's `app(name).publish()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateApplicationParameters")]
pub struct CreateApplicationParameters {
    /// An application's name and description, with its immutable tag.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: ApplicationDisplayInformation,
    /// Sheets the caller sees in the workspace (404 naming the first that is not).
    #[oai(rename = "sheetIds", skip_serializing_if_is_none)]
    #[serde(rename = "sheetIds", default, skip_serializing_if = "Option::is_none")]
    pub sheet_ids: Option<Vec<String>>,
    /// AI agents of the workspace to attach. Understudy does not store an application's agents yet: a non-empty list is a 400 naming `agentIds`.
    #[oai(rename = "agentIds", skip_serializing_if_is_none)]
    #[serde(rename = "agentIds", default, skip_serializing_if = "Option::is_none")]
    pub agent_ids: Option<Vec<String>>,
    /// Also add a `VIEW` component per sheet, showing its default layout (default true).
    #[oai(rename = "createDefaultComponents", skip_serializing_if_is_none)]
    #[serde(
        rename = "createDefaultComponents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_default_components: Option<bool>,
    /// Whether everyone working in the workspace sees it (default false).
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
}

/// `createDashboard`: Creates an empty dashboard in the workspace, owned by the caller (names
/// need not be unique). Result: `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateDashboardCommand")]
pub struct CreateDashboardCommand {
    /// The parameters of `createDashboard` (kywy's `dashboard(name).publish()` and `report(name).publish()`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateDashboardParameters,
}

/// The parameters of `createDashboard` (kywy's `dashboard(name).publish()` and `report(name).publish()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateDashboardParameters")]
pub struct CreateDashboardParameters {
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// A grid of widgets (`ONE_PAGE`, the default) or a report written in the block editor (`REPORT`).
    #[oai(rename = "layoutType", skip_serializing_if_is_none)]
    #[serde(
        rename = "layoutType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub layout_type: Option<CreateDashboardParametersLayoutType>,
    /// Whether everyone working in the workspace sees it (default false).
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
}

/// A grid of widgets (`ONE_PAGE`, the default) or a report written in the block editor (`REPORT`).
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
#[oai(rename = "CreateDashboardParametersLayoutType")]
pub enum CreateDashboardParametersLayoutType {
    #[oai(rename = "ONE_PAGE")]
    #[serde(rename = "ONE_PAGE")]
    OnePage,
    #[oai(rename = "REPORT")]
    #[serde(rename = "REPORT")]
    Report,
}

impl CreateDashboardParametersLayoutType {
    /// Every value, in spec order.
    pub const ALL: &'static [CreateDashboardParametersLayoutType] = &[
        CreateDashboardParametersLayoutType::OnePage,
        CreateDashboardParametersLayoutType::Report,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            CreateDashboardParametersLayoutType::OnePage => "ONE_PAGE",
            CreateDashboardParametersLayoutType::Report => "REPORT",
        }
    }
}

impl crate::support::WireEnum for CreateDashboardParametersLayoutType {
    const VALUES: &'static [CreateDashboardParametersLayoutType] =
        CreateDashboardParametersLayoutType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `CreateDataProvider`: Creates a data provider in the workspace, owned by the caller. 409 when
/// the workspace has a provider of that name (kywy then reads the existing one). Result:
/// `DataProvider`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateDataProviderCommand")]
pub struct CreateDataProviderCommand {
    /// The parameters of `CreateDataProvider` (kywy's `create_data_provider`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateDataProviderParameters,
}

/// The parameters of `CreateDataProvider` (kywy's `create_data_provider`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateDataProviderParameters")]
pub struct CreateDataProviderParameters {
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The provider type, e.g. `JDBC`, `POSTGRESQL`, `SNOWFLAKE`.
    #[oai(rename = "dataProviderType", validator(min_length = 1))]
    #[serde(rename = "dataProviderType")]
    pub data_provider_type: String,
    /// How to reach the system (URL, user…). Kept, never shown back.
    #[oai(rename = "connectionParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "connectionParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_parameters: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// How a data provider connects securely.
    #[oai(rename = "connectionSecurityParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "connectionSecurityParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_security_parameters: Option<ConnectionSecurityParameters>,
    /// When true, only its owner (and administrators) see the provider; otherwise the workspace does.
    #[oai(rename = "restricted", skip_serializing_if_is_none)]
    #[serde(
        rename = "restricted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restricted: Option<bool>,
}

/// `CreateLayoutFromDsl`: Creates a layout on the sheet the DSL names (`sheetId`, else
/// `sheetName`), owned by the caller, private, showing the columns the DSL selects and
/// aggregates, grouped as it groups them. The caller must see the sheet (404 otherwise); 400
/// naming `dsl.sheetId` when the DSL names no sheet, naming `dsl` when it selects a column the
/// sheet does not have or an entry without `columnName`. kywy reads `id`. Result: `Layout`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateLayoutFromDslCommand")]
pub struct CreateLayoutFromDslCommand {
    /// The parameters of `CreateLayoutFromDsl` (kywy's `KawaLazyQuery.as_grid()` and `as_chart()`,
    /// and the application builder's `create_views`): the query the layout shows, its name, and
    /// its kind.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateLayoutFromDslParameters,
}

/// The parameters of `CreateLayoutFromDsl` (kywy's `KawaLazyQuery.as_grid()` and `as_chart()`,
/// and the application builder's `create_views`): the query the layout shows, its name, and
/// its kind.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateLayoutFromDslParameters")]
pub struct CreateLayoutFromDslParameters {
    /// A query, as kywy's `KawaLazyQuery._transform_to_dict` builds it. Every field may be null.
    /// `asUserId`, `dashboardId`, `applicationId`, `workflowInstanceId`, `skipCache` and `sessionId`
    /// are accepted and do not change the result.
    #[oai(rename = "dsl")]
    #[serde(rename = "dsl")]
    pub dsl: ComputationRequest,
    /// The layout's name.
    #[oai(rename = "chartName", validator(min_length = 1))]
    #[serde(rename = "chartName")]
    pub chart_name: String,
    /// Whether the layout lives outside dashboards (false when null).
    #[oai(rename = "standalone")]
    #[serde(rename = "standalone", default)]
    pub standalone: Option<bool>,
    /// `GRID` (kywy's `as_grid`) or `CHART` (the default, `as_chart`).
    #[oai(rename = "layoutType")]
    #[serde(rename = "layoutType", default)]
    pub layout_type: Option<CreateLayoutFromDslParametersLayoutType>,
}

/// `GRID` (kywy's `as_grid`) or `CHART` (the default, `as_chart`).
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
#[oai(rename = "CreateLayoutFromDslParametersLayoutType")]
pub enum CreateLayoutFromDslParametersLayoutType {
    #[oai(rename = "GRID")]
    #[serde(rename = "GRID")]
    Grid,
    #[oai(rename = "CHART")]
    #[serde(rename = "CHART")]
    Chart,
}

impl CreateLayoutFromDslParametersLayoutType {
    /// Every value, in spec order.
    pub const ALL: &'static [CreateLayoutFromDslParametersLayoutType] = &[
        CreateLayoutFromDslParametersLayoutType::Grid,
        CreateLayoutFromDslParametersLayoutType::Chart,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            CreateLayoutFromDslParametersLayoutType::Grid => "GRID",
            CreateLayoutFromDslParametersLayoutType::Chart => "CHART",
        }
    }
}

impl crate::support::WireEnum for CreateLayoutFromDslParametersLayoutType {
    const VALUES: &'static [CreateLayoutFromDslParametersLayoutType] =
        CreateLayoutFromDslParametersLayoutType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `CreatePythonDataSource`: Creates an empty datasource in the workspace, owned by the caller,
/// with its indicators (kywy's `create_datasource`). 409 when the workspace has a datasource of
/// this name; 400 naming the field for a duplicated indicator id, an unknown type, no primary
/// key or more than one auto-increment indicator. Result: `DataSource`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreatePythonDataSourceCommand")]
pub struct CreatePythonDataSourceCommand {
    /// The parameters of `CreatePythonDataSource`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreatePythonDataSourceParameters,
}

/// The parameters of `CreatePythonDataSource`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreatePythonDataSourceParameters")]
pub struct CreatePythonDataSourceParameters {
    /// A datasource to create (kywy's `_define_data_source_from_df`).
    #[oai(rename = "dataSource")]
    #[serde(rename = "dataSource")]
    pub data_source: DataSourceDefinition,
}

/// `createScript` (the spelling kywy's application builder sends, `app_dataset.py`): the same
/// command as `CreateScript`, with the same parameters, refusals and result. Result: `Script`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateScriptAliasCommand")]
pub struct CreateScriptAliasCommand {
    /// The parameters of `CreateScript`: a name and either the script's `content` (kywy's
    /// `create_script_with_content`) or the tool kit tool it lives in (`create_script`), not both.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateScriptParameters,
}

/// `CreateScript`: Creates a script in the workspace, owned by the caller and visible to the
/// workspace. 409 when the workspace has a script of that name; 400 naming `content` when no
/// function, or more than one, carries `@kawa_tool`, or its arguments are not the literals
/// and types kywy's decorator takes; 400 when both or neither of `content` and
/// `sourceControlToolConfiguration` are given. Result: `Script`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateScriptCommand")]
pub struct CreateScriptCommand {
    /// The parameters of `CreateScript`: a name and either the script's `content` (kywy's
    /// `create_script_with_content`) or the tool kit tool it lives in (`create_script`), not both.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateScriptParameters,
}

/// The parameters of `CreateScript`: a name and either the script's `content` (kywy's
/// `create_script_with_content`) or the tool kit tool it lives in (`create_script`), not both.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateScriptParameters")]
pub struct CreateScriptParameters {
    /// The script's name, unique in the workspace.
    #[oai(rename = "name", validator(min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    /// The Python source. Exactly one function must carry `@kawa_tool(...)`; its `inputs`,
    /// `outputs`, `parameters` and `description` (Python literals) become the script's
    /// `scriptMetadata`. The source is kept in the workspace's file store.
    #[oai(rename = "content", skip_serializing_if_is_none)]
    #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// A tool of a source-control tool kit, as `CreateScript` and `ReplaceScript` name it.
    #[oai(rename = "sourceControlToolConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "sourceControlToolConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_control_tool_configuration: Option<ScriptToolReference>,
    /// A tag the script carries (kywy's application builder finds its script by it).
    #[oai(rename = "tag", skip_serializing_if_is_none)]
    #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// `CreateScriptRunner`: Declares a script runner, enabled (administrators only: 403 for
/// others). Runners are global. 409 when a runner has that name (kywy's `add_script_runner`
/// then reads it by name). Result: `ScriptRunner`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateScriptRunnerCommand")]
pub struct CreateScriptRunnerCommand {
    /// The parameters of `CreateScriptRunner` (kywy's `add_script_runner`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateScriptRunnerParameters,
}

/// The parameters of `CreateScriptRunner` (kywy's `add_script_runner`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateScriptRunnerParameters")]
pub struct CreateScriptRunnerParameters {
    /// The runner's name, unique among runners (kywy re-reads a taken one by it).
    #[oai(rename = "name", validator(min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    /// The runner's host name or address.
    #[oai(rename = "host", validator(min_length = 1))]
    #[serde(rename = "host")]
    pub host: String,
    #[oai(
        rename = "port",
        validator(
            maximum(value = "65535", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "port")]
    pub port: i32,
    /// Whether KAWA talks TLS to it; false when absent.
    #[oai(rename = "tls", skip_serializing_if_is_none)]
    #[serde(rename = "tls", default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
    /// The key KAWA and the runner share; null for none. Write-only: kept as a digest, never
    /// shown back (`hasPrivateKey` says whether one is set).
    #[oai(rename = "clearTextPrivateKey")]
    #[serde(rename = "clearTextPrivateKey", default)]
    pub clear_text_private_key: Option<String>,
}

/// `CreateSimpleSheet`: Creates a sheet over one or more datasources (the first is the primary
/// one) and, with `createDefaultLayout`, its default grid layout. Answers the sheet; kywy reads
/// `id` and `layoutIds[0]`. Result: `Sheet`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateSimpleSheetCommand")]
pub struct CreateSimpleSheetCommand {
    /// The parameters of `CreateSimpleSheet`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateSimpleSheetParameters,
}

/// The parameters of `CreateSimpleSheet`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateSimpleSheetParameters")]
pub struct CreateSimpleSheetParameters {
    /// Whether the sheet is shared.
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// Also create the default grid layout.
    #[oai(rename = "createDefaultLayout", skip_serializing_if_is_none)]
    #[serde(
        rename = "createDefaultLayout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_default_layout: Option<bool>,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The datasources to link — a list despite the singular name, as KAWA has it.
    #[oai(rename = "datasourceId")]
    #[serde(rename = "datasourceId")]
    pub datasource_id: Vec<SheetDataSourceLinkRequest>,
}

/// `createViewAndAddDashboardWidget`: Creates a layout of the sheet for the dashboard (not
/// standalone) and a widget showing it (`definition: {type: VIEW, layoutId}`). Result:
/// `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateViewAndAddDashboardWidgetCommand")]
pub struct CreateViewAndAddDashboardWidgetCommand {
    /// The parameters of `createViewAndAddDashboardWidget` (kywy's chart and table widgets).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateViewAndAddDashboardWidgetParameters,
}

/// The parameters of `createViewAndAddDashboardWidget` (kywy's chart and table widgets).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateViewAndAddDashboardWidgetParameters")]
pub struct CreateViewAndAddDashboardWidgetParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// The sheet the new layout shows (404 when the caller sees no such sheet).
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId")]
    pub sheet_id: String,
    /// The new widget's id, unique in the dashboard (409 when taken).
    #[oai(rename = "widgetId", validator(min_length = 1))]
    #[serde(rename = "widgetId")]
    pub widget_id: String,
    #[oai(rename = "layoutType")]
    #[serde(rename = "layoutType")]
    pub layout_type: CreateViewAndAddDashboardWidgetParametersLayoutType,
    /// The widget's and the layout's name (the sheet's name when absent or empty).
    #[oai(rename = "name", skip_serializing_if_is_none)]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
#[oai(rename = "CreateViewAndAddDashboardWidgetParametersLayoutType")]
pub enum CreateViewAndAddDashboardWidgetParametersLayoutType {
    #[oai(rename = "GRID")]
    #[serde(rename = "GRID")]
    Grid,
    #[oai(rename = "CHART")]
    #[serde(rename = "CHART")]
    Chart,
}

impl CreateViewAndAddDashboardWidgetParametersLayoutType {
    /// Every value, in spec order.
    pub const ALL: &'static [CreateViewAndAddDashboardWidgetParametersLayoutType] = &[
        CreateViewAndAddDashboardWidgetParametersLayoutType::Grid,
        CreateViewAndAddDashboardWidgetParametersLayoutType::Chart,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            CreateViewAndAddDashboardWidgetParametersLayoutType::Grid => "GRID",
            CreateViewAndAddDashboardWidgetParametersLayoutType::Chart => "CHART",
        }
    }
}

impl crate::support::WireEnum for CreateViewAndAddDashboardWidgetParametersLayoutType {
    const VALUES: &'static [CreateViewAndAddDashboardWidgetParametersLayoutType] =
        CreateViewAndAddDashboardWidgetParametersLayoutType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `CreateWorkflow`: Creates a workflow in the workspace, owned by the caller, enabled. Task
/// ids must be unique, a task needs `id`, `type` and `displayInformation.displayName`, and the
/// layouts, datasources and tasks a task names must exist (400 naming the field otherwise).
/// Result: `WorkflowEnvelope` (kywy reads `.workflow`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateWorkflowCommand")]
pub struct CreateWorkflowCommand {
    /// The parameters of `CreateWorkflow` (kywy's `WorkflowBuilder.create()`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateWorkflowParameters,
}

/// The parameters of `CreateWorkflow` (kywy's `WorkflowBuilder.create()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateWorkflowParameters")]
pub struct CreateWorkflowParameters {
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The tasks, run in order; ids unique, including those inside branches.
    #[oai(rename = "tasks")]
    #[serde(rename = "tasks")]
    pub tasks: Vec<WorkflowTaskDefinition>,
    /// `{taskId, controlPanel}` for tasks shown with a control panel; kept as sent.
    #[oai(rename = "tasksWithControlPanel", skip_serializing_if_is_none)]
    #[serde(
        rename = "tasksWithControlPanel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tasks_with_control_panel:
        Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
    /// What starts the workflow, as kywy's builder sends it.
    #[oai(rename = "trigger")]
    #[serde(rename = "trigger")]
    pub trigger: WorkflowTriggerDefinition,
    /// When a `SCHEDULE` workflow runs (`scheduleType` `DAILY`, `WEEKLY` or `CRON`, with
    /// `timeZone`); kept and shown back. Understudy does not start scheduled runs.
    #[oai(rename = "schedule", skip_serializing_if_is_none)]
    #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// `CreateWorkspace`: Creates a workspace owned by the caller, who becomes its first member.
/// Answers the workspace; 409 when a workspace with this name exists. Result: `Workspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateWorkspaceCommand")]
pub struct CreateWorkspaceCommand {
    /// The parameters of `CreateWorkspace`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: CreateWorkspaceParameters,
}

/// The parameters of `CreateWorkspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CreateWorkspaceParameters")]
pub struct CreateWorkspaceParameters {
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
}

/// The result of `SetCurrentWorkspaceForPrincipals`. Schema designed by Understudy: the
/// reference documents the command's parameters only.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CurrentWorkspaceAssignment")]
pub struct CurrentWorkspaceAssignment {
    /// The workspace now current.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The users it was set for.
    #[oai(rename = "principalIds")]
    #[serde(rename = "principalIds")]
    pub principal_ids: Vec<String>,
}

/// A dashboard: widgets that show layouts. Visible to its owner, administrators and, once
/// `shared`, everyone who works in the workspace; changed by its owner and administrators.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Dashboard")]
pub struct Dashboard {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the dashboard is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// The tiles, in display order.
    #[oai(rename = "widgets")]
    #[serde(rename = "widgets")]
    pub widgets: Vec<DashboardWidget>,
    /// `ONE_PAGE` (a grid of widgets) or `REPORT` (a block-editor report).
    #[oai(rename = "layoutType", skip_serializing_if_is_none)]
    #[serde(
        rename = "layoutType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub layout_type: Option<String>,
    /// Where the widgets sit on a one-page dashboard (`ReplaceDashboardLayout`).
    #[oai(rename = "dashboardLayout", skip_serializing_if_is_none)]
    #[serde(
        rename = "dashboardLayout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dashboard_layout: Option<Vec<WidgetPosition>>,
    /// A report's content as its block editor keeps it (`replaceDashboardBlockEditorLayout`).
    #[oai(rename = "blockEditorLayout", skip_serializing_if_is_none)]
    #[serde(
        rename = "blockEditorLayout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub block_editor_layout: Option<BlockEditorLayout>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A dashboard tile showing a layout, a text or an AI block.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DashboardWidget")]
pub struct DashboardWidget {
    /// The widget id in the dashboard.
    #[oai(rename = "widgetId")]
    #[serde(rename = "widgetId")]
    pub widget_id: String,
    /// The layout shown; empty for a widget that shows none (a text, an AI block).
    #[oai(rename = "layoutId")]
    #[serde(rename = "layoutId")]
    pub layout_id: String,
    /// A widget's name and description. Unlike an entity's, the name may be empty: kywy's text and
    /// AI widgets are added with `displayName: ""`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: WidgetDisplayInformation,
    /// What the widget shows, as last given: `type` (`VIEW` with its `layoutId` for a widget made
    /// by `createViewAndAddDashboardWidget`, `RICH_TEXT_EDITOR`, `AI_BLOCK`, …) and its settings.
    #[oai(rename = "definition", skip_serializing_if_is_none)]
    #[serde(
        rename = "definition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub definition: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// How the widget is drawn, as given.
    #[oai(rename = "displayParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "displayParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_parameters: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// A data provider: a connection to an external system that datasources load from.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataProvider")]
pub struct DataProvider {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// The provider type, e.g. `POSTGRESQL`, `SNOWFLAKE`.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// Whether the provider is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A datasource: a table of rows with typed indicators (columns). Also the answer of
/// `UpdateDataSourceShareStatus`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataSource")]
pub struct DataSource {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the datasource is shared beyond its owner.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// Who may use a shared datasource; a datasource carries it once it has been shared.
    #[oai(rename = "advancedSharingConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "advancedSharingConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_sharing_configuration: Option<AdvancedSharingConfiguration>,
    /// Where the datasource's rows live.
    #[oai(rename = "storageConfiguration")]
    #[serde(rename = "storageConfiguration")]
    pub storage_configuration: StorageConfiguration,
    /// The columns, primary-key columns first.
    #[oai(rename = "indicators")]
    #[serde(rename = "indicators")]
    pub indicators: Vec<Indicator>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A datasource to create (kywy's `_define_data_source_from_df`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataSourceDefinition")]
pub struct DataSourceDefinition {
    /// Whether the datasource is shared.
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// Where the datasource's rows live.
    #[oai(rename = "storageConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_configuration: Option<StorageConfiguration>,
    /// The columns; ids unique. At least one must be a primary key (`key`); kywy prepends an
    /// auto-increment `record_id` when the caller names none.
    #[oai(rename = "indicators", validator(min_items = 1))]
    #[serde(rename = "indicators")]
    pub indicators: Vec<Indicator>,
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// One health report of a datasource (one per load). Schema designed by Understudy: the KAWA
/// reference names this endpoint but not its body; kywy reads `synchronizationState.status`,
/// `.startTime` and `.logAnswer.log`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataSourceHealthReport")]
pub struct DataSourceHealthReport {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// The state of one load (synchronization) of a datasource.
    #[oai(rename = "synchronizationState")]
    #[serde(rename = "synchronizationState")]
    pub synchronization_state: SynchronizationState,
    /// Rows in the datasource after the load.
    #[oai(rename = "numberOfRows")]
    #[serde(rename = "numberOfRows", default)]
    pub number_of_rows: Option<i64>,
}

/// A datasource a sheet reads.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataSourceLink")]
pub struct DataSourceLink {
    /// The link's id in the sheet.
    #[oai(rename = "uniqueId")]
    #[serde(rename = "uniqueId")]
    pub unique_id: String,
    /// The linked datasource.
    #[oai(rename = "targetDataSourceId")]
    #[serde(rename = "targetDataSourceId")]
    pub target_data_source_id: String,
    /// Join keys towards the primary datasource; empty for the primary one.
    #[oai(rename = "foreignKeyNames")]
    #[serde(rename = "foreignKeyNames")]
    pub foreign_key_names: Vec<String>,
    #[oai(rename = "defaultValueForAttributes")]
    #[serde(rename = "defaultValueForAttributes")]
    pub default_value_for_attributes: Vec<AttributeDefaultValue>,
}

/// The datasource's storage schema: `schema` is the warehouse DDL (kywy's tests look for
/// `PRIMARY KEY (...)` and `ORDER BY (...)` in it). Schema designed by Understudy: the KAWA
/// reference names this endpoint but not its body; kywy reads `schema`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DataSourceSchema")]
pub struct DataSourceSchema {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// The CREATE TABLE statement.
    #[oai(rename = "schema")]
    #[serde(rename = "schema")]
    pub schema: String,
}

/// `DeleteApplication`: Deletes an application (its dashboards stay). Its owner and
/// administrators only (403 for others who see it). Result: `EntityRemoval`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteApplicationCommand")]
pub struct DeleteApplicationCommand {
    /// The parameters of `DeleteApplication`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteApplicationParameters,
}

/// The parameters of `DeleteApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteApplicationParameters")]
pub struct DeleteApplicationParameters {
    /// The application.
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId")]
    pub application_id: String,
}

/// `DeleteDashboard`: Deletes a dashboard, the layouts made for its widgets, and the
/// application pages that showed it. Its owner and administrators only (403 for others who see
/// it). Result: `EntityRemoval`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDashboardCommand")]
pub struct DeleteDashboardCommand {
    /// The parameters of `DeleteDashboard`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteDashboardParameters,
}

/// The parameters of `DeleteDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDashboardParameters")]
pub struct DeleteDashboardParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
}

/// `DeleteData`: Deletes the rows of a datasource that match every filter, in one commit (a
/// reader sees the rows before or after, never between). Needs the right to load the
/// datasource (its owner, administrators, or a team with write access); 404 for an unknown
/// datasource, 400 naming `deleteDataFilters` for a filter on an unknown column or a clause
/// that does not apply to its type. Result: the datasource, its `rowCount` after the deletion.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDataCommand")]
pub struct DeleteDataCommand {
    /// The parameters of `DeleteData` (kywy's `commands.delete_data(datasource, delete_where)`): the
    /// datasource and the filters the rows to delete match, read as `compute-from-dsl` reads them
    /// (a filter's clauses are OR-ed, the filters AND-ed, `exclude` inverts one filter).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteDataParameters,
}

/// The parameters of `DeleteData` (kywy's `commands.delete_data(datasource, delete_where)`): the
/// datasource and the filters the rows to delete match, read as `compute-from-dsl` reads them
/// (a filter's clauses are OR-ed, the filters AND-ed, `exclude` inverts one filter).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDataParameters")]
pub struct DeleteDataParameters {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// The filters every deleted row matches (at least one: removing every row is
    /// `ArchiveDataSourceAndDeleteAssociatedData`'s or a full reload's work).
    #[oai(rename = "deleteDataFilters", validator(min_items = 1))]
    #[serde(rename = "deleteDataFilters")]
    pub delete_data_filters: Vec<ComputationFilter>,
}

/// `DeleteDataProvider`: Archives a data provider (kywy's `archive_data_provider`); it
/// disappears from `/backoffice/data-providers`. Answers the provider as it was. Result:
/// `DataProvider`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDataProviderCommand")]
pub struct DeleteDataProviderCommand {
    /// The parameters of `DeleteDataProvider`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteDataProviderParameters,
}

/// The parameters of `DeleteDataProvider`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteDataProviderParameters")]
pub struct DeleteDataProviderParameters {
    /// The data provider.
    #[oai(rename = "dataProviderId")]
    #[serde(rename = "dataProviderId")]
    pub data_provider_id: String,
}

/// `DeleteSheet`: Deletes a sheet and its layouts. Answers what was removed. Result:
/// `EntityRemoval`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteSheetCommand")]
pub struct DeleteSheetCommand {
    /// The parameters of `DeleteSheet`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteSheetParameters,
}

/// The parameters of `DeleteSheet`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteSheetParameters")]
pub struct DeleteSheetParameters {
    /// The sheet.
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId")]
    pub sheet_id: String,
}

/// `deleteWidget`: Removes widgets from a dashboard, with their places in its layout and the
/// layouts made for them by `createViewAndAddDashboardWidget`. Result: `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteWidgetCommand")]
pub struct DeleteWidgetCommand {
    /// The parameters of `deleteWidget`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteWidgetParameters,
}

/// The parameters of `deleteWidget`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteWidgetParameters")]
pub struct DeleteWidgetParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// Widgets of the dashboard (404 naming the first that is not).
    #[oai(rename = "widgetIds", validator(min_items = 1))]
    #[serde(rename = "widgetIds")]
    pub widget_ids: Vec<String>,
}

/// `DeleteWorkflow`: Deletes a workflow and its run history. Answers what was removed. Result:
/// `EntityRemoval`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteWorkflowCommand")]
pub struct DeleteWorkflowCommand {
    /// The parameters of `DeleteWorkflow`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: DeleteWorkflowParameters,
}

/// The parameters of `DeleteWorkflow`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DeleteWorkflowParameters")]
pub struct DeleteWorkflowParameters {
    /// The workflow.
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
}

/// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DisplayInformation")]
pub struct DisplayInformation {
    /// The entity's name.
    #[oai(rename = "displayName", validator(min_length = 1))]
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// A free-text description; empty when none.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
}

/// An empty JSON object (`{}`); kywy sends one as the body of the ingestion calls.
pub type EmptyObject = std::collections::BTreeMap<String, serde_json::Value>;

/// The result of `ArchiveDataSourceAndDeleteAssociatedData`, `DeleteWorkflow`, `DeleteSheet`,
/// `DeleteDashboard` and `DeleteApplication`. Schema designed by Understudy: the reference documents the commands'
/// parameters only (kywy ignores the body but needs one).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "EntityRemoval")]
pub struct EntityRemoval {
    /// The entity kind, as in `/backoffice/<kind>`.
    #[oai(rename = "kind")]
    #[serde(rename = "kind")]
    pub kind: EntityRemovalKind,
    /// The removed entity.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// Always true.
    #[oai(rename = "deleted")]
    #[serde(rename = "deleted")]
    pub deleted: bool,
}

/// The entity kind, as in `/backoffice/<kind>`.
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
#[oai(rename = "EntityRemovalKind")]
pub enum EntityRemovalKind {
    #[oai(rename = "datasources")]
    #[serde(rename = "datasources")]
    Datasources,
    #[oai(rename = "workflows")]
    #[serde(rename = "workflows")]
    Workflows,
    #[oai(rename = "sheets")]
    #[serde(rename = "sheets")]
    Sheets,
    #[oai(rename = "dashboards")]
    #[serde(rename = "dashboards")]
    Dashboards,
    #[oai(rename = "applications")]
    #[serde(rename = "applications")]
    Applications,
}

impl EntityRemovalKind {
    /// Every value, in spec order.
    pub const ALL: &'static [EntityRemovalKind] = &[
        EntityRemovalKind::Datasources,
        EntityRemovalKind::Workflows,
        EntityRemovalKind::Sheets,
        EntityRemovalKind::Dashboards,
        EntityRemovalKind::Applications,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityRemovalKind::Datasources => "datasources",
            EntityRemovalKind::Workflows => "workflows",
            EntityRemovalKind::Sheets => "sheets",
            EntityRemovalKind::Dashboards => "dashboards",
            EntityRemovalKind::Applications => "applications",
        }
    }
}

impl crate::support::WireEnum for EntityRemovalKind {
    const VALUES: &'static [EntityRemovalKind] = EntityRemovalKind::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A reference to another entity with its name.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "EntitySummary")]
pub struct EntitySummary {
    /// The entity id.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
}

/// Every 4xx answer. The KAWA reference only says that the body "contains reason"; Schema
/// designed by Understudy as a plain JSON object in the style of KAWA's Spring back end.
/// `error` is the HTTP reason phrase, `message` the human-readable cause.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ErrorBody")]
pub struct ErrorBody {
    /// The HTTP status code, repeated.
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
    #[oai(rename = "path", skip_serializing_if_is_none)]
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// When the error happened.
    #[oai(rename = "timestamp", skip_serializing_if_is_none)]
    #[serde(rename = "timestamp", default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// An application with its parts resolved to names (same ids as `/backoffice/applications`),
/// and the application itself under `application` (kywy reads `application.id`); also what the
/// application commands answer.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExtendedApplication")]
pub struct ExtendedApplication {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the application is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    #[oai(rename = "sheets")]
    #[serde(rename = "sheets")]
    pub sheets: Vec<EntitySummary>,
    #[oai(rename = "dashboards")]
    #[serde(rename = "dashboards")]
    pub dashboards: Vec<EntitySummary>,
    #[oai(rename = "dataSources")]
    #[serde(rename = "dataSources")]
    pub data_sources: Vec<EntitySummary>,
    /// An application: a packaged set of sheets, dashboards and datasources. `dashboardIds` are its
    /// `DASHBOARD` components' dashboards, `dataSourceIds` its sheets' datasources; a sheet or a
    /// dashboard deleted since is left out. Visible to its owner, administrators and, once
    /// `shared`, everyone who works in the workspace; changed by its owner and administrators.
    #[oai(rename = "application", skip_serializing_if_is_none)]
    #[serde(
        rename = "application",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application: Option<Application>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// What the dashboard commands answer: the dashboard as `GET /backoffice/dashboards/{id}` shows
/// it, under `dashboard` (kywy reads `dashboard.id` and `dashboard.widgets[].definition.layoutId`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExtendedDashboard")]
pub struct ExtendedDashboard {
    /// A dashboard: widgets that show layouts. Visible to its owner, administrators and, once
    /// `shared`, everyone who works in the workspace; changed by its owner and administrators.
    #[oai(rename = "dashboard")]
    #[serde(rename = "dashboard")]
    pub dashboard: Dashboard,
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
#[oai(rename = "FailIngestionFormat")]
pub enum FailIngestionFormat {
    #[oai(rename = "parquet")]
    #[serde(rename = "parquet")]
    Parquet,
    #[oai(rename = "ArrowStream")]
    #[serde(rename = "ArrowStream")]
    ArrowStream,
}

impl FailIngestionFormat {
    /// Every value, in spec order.
    pub const ALL: &'static [FailIngestionFormat] = &[
        FailIngestionFormat::Parquet,
        FailIngestionFormat::ArrowStream,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FailIngestionFormat::Parquet => "parquet",
            FailIngestionFormat::ArrowStream => "ArrowStream",
        }
    }
}

impl crate::support::WireEnum for FailIngestionFormat {
    const VALUES: &'static [FailIngestionFormat] = FailIngestionFormat::ALL;

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
#[oai(rename = "FailIngestionOptimize")]
pub enum FailIngestionOptimize {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl FailIngestionOptimize {
    /// Every value, in spec order.
    pub const ALL: &'static [FailIngestionOptimize] = &[
        FailIngestionOptimize::True,
        FailIngestionOptimize::False,
        FailIngestionOptimize::True_,
        FailIngestionOptimize::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FailIngestionOptimize::True => "True",
            FailIngestionOptimize::False => "False",
            FailIngestionOptimize::True_ => "true",
            FailIngestionOptimize::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for FailIngestionOptimize {
    const VALUES: &'static [FailIngestionOptimize] = FailIngestionOptimize::ALL;

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
#[oai(rename = "FailIngestionReset")]
pub enum FailIngestionReset {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl FailIngestionReset {
    /// Every value, in spec order.
    pub const ALL: &'static [FailIngestionReset] = &[
        FailIngestionReset::True,
        FailIngestionReset::False,
        FailIngestionReset::True_,
        FailIngestionReset::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FailIngestionReset::True => "True",
            FailIngestionReset::False => "False",
            FailIngestionReset::True_ => "true",
            FailIngestionReset::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for FailIngestionReset {
    const VALUES: &'static [FailIngestionReset] = FailIngestionReset::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The answer of `DELETE /uploads/files/{fileId}`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FileRemoval")]
pub struct FileRemoval {
    #[oai(rename = "fileId")]
    #[serde(rename = "fileId")]
    pub file_id: String,
    /// Always true.
    #[oai(rename = "deleted")]
    #[serde(rename = "deleted")]
    pub deleted: bool,
}

/// The multipart body of `POST /uploads/files`, as kywy sends it.
#[derive(Debug, poem_openapi::Multipart)]
pub struct FileUploadForm {
    /// The file (its part's file name is kept as `fileName`).
    #[oai(rename = "file-0")]
    pub file_0: poem_openapi::types::multipart::Upload,
}

impl FileUploadForm {
    /// The form as a backend sees it: fields as JSON, files summarized.
    pub fn to_form(&self) -> serde_json::Value {
        let mut form = serde_json::Map::new();
        form.insert(
            "file-0".to_string(),
            crate::support::upload_summary(&self.file_0),
        );
        serde_json::Value::Object(form)
    }
}

/// One condition of a filter: `operation` (`eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `contains`,
/// `does_not_contain`, `starts_with`, `ends_with`, `does_not_start_with`,
/// `does_not_end_with`, `in_list`, `empty`, `not_empty`) with `arguments.value`, or a temporal
/// range without `operation` (`arguments.dateFrom`/`dateTo` in days since the epoch,
/// `instantMillisecondsFrom`/`instantMillisecondsTo`, time-of-day bounds).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FilterClause")]
pub struct FilterClause {
    #[oai(rename = "operation")]
    #[serde(rename = "operation", default)]
    pub operation: Option<String>,
    /// The clause's arguments.
    #[oai(rename = "arguments", skip_serializing_if_is_none)]
    #[serde(rename = "arguments", default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<std::collections::BTreeMap<String, serde_json::Value>>,
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
#[oai(rename = "FinalizeIngestionFormat")]
pub enum FinalizeIngestionFormat {
    #[oai(rename = "parquet")]
    #[serde(rename = "parquet")]
    Parquet,
    #[oai(rename = "ArrowStream")]
    #[serde(rename = "ArrowStream")]
    ArrowStream,
}

impl FinalizeIngestionFormat {
    /// Every value, in spec order.
    pub const ALL: &'static [FinalizeIngestionFormat] = &[
        FinalizeIngestionFormat::Parquet,
        FinalizeIngestionFormat::ArrowStream,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FinalizeIngestionFormat::Parquet => "parquet",
            FinalizeIngestionFormat::ArrowStream => "ArrowStream",
        }
    }
}

impl crate::support::WireEnum for FinalizeIngestionFormat {
    const VALUES: &'static [FinalizeIngestionFormat] = FinalizeIngestionFormat::ALL;

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
#[oai(rename = "FinalizeIngestionOptimize")]
pub enum FinalizeIngestionOptimize {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl FinalizeIngestionOptimize {
    /// Every value, in spec order.
    pub const ALL: &'static [FinalizeIngestionOptimize] = &[
        FinalizeIngestionOptimize::True,
        FinalizeIngestionOptimize::False,
        FinalizeIngestionOptimize::True_,
        FinalizeIngestionOptimize::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FinalizeIngestionOptimize::True => "True",
            FinalizeIngestionOptimize::False => "False",
            FinalizeIngestionOptimize::True_ => "true",
            FinalizeIngestionOptimize::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for FinalizeIngestionOptimize {
    const VALUES: &'static [FinalizeIngestionOptimize] = FinalizeIngestionOptimize::ALL;

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
#[oai(rename = "FinalizeIngestionReset")]
pub enum FinalizeIngestionReset {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl FinalizeIngestionReset {
    /// Every value, in spec order.
    pub const ALL: &'static [FinalizeIngestionReset] = &[
        FinalizeIngestionReset::True,
        FinalizeIngestionReset::False,
        FinalizeIngestionReset::True_,
        FinalizeIngestionReset::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FinalizeIngestionReset::True => "True",
            FinalizeIngestionReset::False => "False",
            FinalizeIngestionReset::True_ => "true",
            FinalizeIngestionReset::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for FinalizeIngestionReset {
    const VALUES: &'static [FinalizeIngestionReset] = FinalizeIngestionReset::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Who may use a shared datasource beyond the listed teams: nobody else (`RESTRICTED`),
/// everyone read-only (`READ`), everyone read-write (`EDIT`).
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
#[oai(rename = "GeneralAccess")]
pub enum GeneralAccess {
    #[oai(rename = "RESTRICTED")]
    #[serde(rename = "RESTRICTED")]
    Restricted,
    #[oai(rename = "READ")]
    #[serde(rename = "READ")]
    Read,
    #[oai(rename = "EDIT")]
    #[serde(rename = "EDIT")]
    Edit,
}

impl GeneralAccess {
    /// Every value, in spec order.
    pub const ALL: &'static [GeneralAccess] = &[
        GeneralAccess::Restricted,
        GeneralAccess::Read,
        GeneralAccess::Edit,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            GeneralAccess::Restricted => "RESTRICTED",
            GeneralAccess::Read => "READ",
            GeneralAccess::Edit => "EDIT",
        }
    }
}

impl crate::support::WireEnum for GeneralAccess {
    const VALUES: &'static [GeneralAccess] = GeneralAccess::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The result of `AdminGenerateApiKeyForPrincipal`. Schema designed by Understudy around the
/// documented `clearTextApiKey`, which is returned this once only.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GeneratedApiKey")]
pub struct GeneratedApiKey {
    /// The key's user.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    /// The key's label.
    #[oai(rename = "name")]
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// The key to send as `x-kawa-api-key`; never shown again.
    #[oai(rename = "clearTextApiKey")]
    #[serde(rename = "clearTextApiKey")]
    pub clear_text_api_key: String,
    /// Expiry in days since the Unix epoch; null for none.
    #[oai(rename = "expirationDate")]
    #[serde(rename = "expirationDate", default)]
    pub expiration_date: Option<i64>,
    /// When the key was generated.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// Whether the server is up. Schema designed by Understudy: the KAWA reference names this
/// endpoint but not its body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "HealthStatus")]
pub struct HealthStatus {
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: HealthStatusStatus,
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
#[oai(rename = "HealthStatusStatus")]
pub enum HealthStatusStatus {
    #[oai(rename = "UP")]
    #[serde(rename = "UP")]
    Up,
    #[oai(rename = "DOWN")]
    #[serde(rename = "DOWN")]
    Down,
}

impl HealthStatusStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [HealthStatusStatus] =
        &[HealthStatusStatus::Up, HealthStatusStatus::Down];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            HealthStatusStatus::Up => "UP",
            HealthStatusStatus::Down => "DOWN",
        }
    }
}

impl crate::support::WireEnum for HealthStatusStatus {
    const VALUES: &'static [HealthStatusStatus] = HealthStatusStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A datasource column.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Indicator")]
pub struct Indicator {
    /// The column's id, unique in its datasource.
    #[oai(rename = "indicatorId")]
    #[serde(rename = "indicatorId")]
    pub indicator_id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The column type: `integer`, `decimal`, `text`, `date`, `date_time`, `boolean`,
    /// `list(integer,text)`, `list(integer,decimal)`… or `any`.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// Whether new sheets show the column.
    #[oai(rename = "includedInDefaultLayout", skip_serializing_if_is_none)]
    #[serde(
        rename = "includedInDefaultLayout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub included_in_default_layout: Option<bool>,
    /// How an indicator (column) is stored.
    #[oai(rename = "storageConfig", skip_serializing_if_is_none)]
    #[serde(
        rename = "storageConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_config: Option<IndicatorStorageConfig>,
    /// Marks an indicator as part of the primary key; `key` is present on primary-key columns only.
    #[oai(rename = "key", skip_serializing_if_is_none)]
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<IndicatorKey>,
}

/// Marks an indicator as part of the primary key; `key` is present on primary-key columns only.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IndicatorKey")]
pub struct IndicatorKey {
    #[oai(rename = "keyType")]
    #[serde(rename = "keyType")]
    pub key_type: IndicatorKeyKeyType,
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
#[oai(rename = "IndicatorKeyKeyType")]
pub enum IndicatorKeyKeyType {
    #[oai(rename = "PRIMARY_SHARDING_KEY")]
    #[serde(rename = "PRIMARY_SHARDING_KEY")]
    PrimaryShardingKey,
}

impl IndicatorKeyKeyType {
    /// Every value, in spec order.
    pub const ALL: &'static [IndicatorKeyKeyType] = &[IndicatorKeyKeyType::PrimaryShardingKey];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            IndicatorKeyKeyType::PrimaryShardingKey => "PRIMARY_SHARDING_KEY",
        }
    }
}

impl crate::support::WireEnum for IndicatorKeyKeyType {
    const VALUES: &'static [IndicatorKeyKeyType] = IndicatorKeyKeyType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// How an indicator (column) is stored.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IndicatorStorageConfig")]
pub struct IndicatorStorageConfig {
    /// Whether the column is part of the sort key.
    #[oai(rename = "indexed")]
    #[serde(rename = "indexed")]
    pub indexed: bool,
    /// Whether the server fills the column with an auto-increment (the `record_id` kywy adds when
    /// there is no primary key).
    #[oai(rename = "automaticUniqueValue", skip_serializing_if_is_none)]
    #[serde(
        rename = "automaticUniqueValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub automatic_unique_value: Option<bool>,
}

/// How a load ended (`finalize`, `stop-with-failure`). Schema designed by Understudy (kywy
/// needs a JSON body).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IngestionOutcome")]
pub struct IngestionOutcome {
    /// The load's id.
    #[oai(rename = "session")]
    #[serde(rename = "session")]
    pub session: String,
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// `SUCCESS`: the rows are committed; `FAILURE`: nothing changed.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: IngestionOutcomeStatus,
    /// Rows the load added (0 on failure).
    #[oai(rename = "rowsLoaded")]
    #[serde(rename = "rowsLoaded")]
    pub rows_loaded: i64,
    /// Rows the datasource holds now.
    #[oai(rename = "numberOfRows")]
    #[serde(rename = "numberOfRows")]
    pub number_of_rows: i64,
    /// What happened, as the health report shows it.
    #[oai(rename = "log")]
    #[serde(rename = "log")]
    pub log: String,
}

/// `SUCCESS`: the rows are committed; `FAILURE`: nothing changed.
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
#[oai(rename = "IngestionOutcomeStatus")]
pub enum IngestionOutcomeStatus {
    #[oai(rename = "SUCCESS")]
    #[serde(rename = "SUCCESS")]
    Success,
    #[oai(rename = "FAILURE")]
    #[serde(rename = "FAILURE")]
    Failure,
}

impl IngestionOutcomeStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [IngestionOutcomeStatus] = &[
        IngestionOutcomeStatus::Success,
        IngestionOutcomeStatus::Failure,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            IngestionOutcomeStatus::Success => "SUCCESS",
            IngestionOutcomeStatus::Failure => "FAILURE",
        }
    }
}

impl crate::support::WireEnum for IngestionOutcomeStatus {
    const VALUES: &'static [IngestionOutcomeStatus] = IngestionOutcomeStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The answer of `POST /ingestion/prepare`, as kywy reads it. Schema designed by Understudy
/// from kywy's data loader (KAWA documents no schema); `raisonItCannotStart` is KAWA's
/// spelling.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IngestionPreparation")]
pub struct IngestionPreparation {
    /// Whether the load may start; kywy stops when false.
    #[oai(rename = "canRunLoading")]
    #[serde(rename = "canRunLoading")]
    pub can_run_loading: bool,
    /// Why the load may not start (another load of the datasource is open); null when it may.
    #[oai(rename = "raisonItCannotStart")]
    #[serde(rename = "raisonItCannotStart", default)]
    pub raison_it_cannot_start: Option<String>,
    /// Always true; dates and date-times travel as Parquet or Arrow temporal types, which kywy's Arrow path requires.
    #[oai(rename = "useClickhouseNativeTemporalFormat")]
    #[serde(rename = "useClickhouseNativeTemporalFormat")]
    pub use_clickhouse_native_temporal_format: bool,
    /// The highest auto-increment value held (0 when none, or when the load resets); the client numbers new rows from it + 1.
    #[oai(rename = "offsetToApplyToAutoIncrementIndex")]
    #[serde(rename = "offsetToApplyToAutoIncrementIndex")]
    pub offset_to_apply_to_auto_increment_index: i64,
    /// The load's id.
    #[oai(rename = "session")]
    #[serde(rename = "session")]
    pub session: String,
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
}

/// What one upload added to its load. Schema designed by Understudy (kywy only needs a 200).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IngestionUpload")]
pub struct IngestionUpload {
    /// The load's id.
    #[oai(rename = "session")]
    #[serde(rename = "session")]
    pub session: String,
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// Rows in this upload.
    #[oai(rename = "rowsReceived")]
    #[serde(rename = "rowsReceived")]
    pub rows_received: i64,
    /// Rows received by the load so far.
    #[oai(rename = "rowsInSession")]
    #[serde(rename = "rowsInSession")]
    pub rows_in_session: i64,
}

/// A layout (a view of a sheet: a grid or a chart).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Layout")]
pub struct Layout {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// The sheet the layout shows.
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId")]
    pub sheet_id: String,
    /// The kind of view, e.g. `GRID` or `CHART`.
    #[oai(rename = "layoutType")]
    #[serde(rename = "layoutType")]
    pub layout_type: String,
    /// Whether the layout lives outside dashboards.
    #[oai(rename = "standalone")]
    #[serde(rename = "standalone")]
    pub standalone: bool,
    /// Whether the layout is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// The columns the layout shows, for a layout made by `CreateLayoutFromDsl` (absent on
    /// the default layout of a sheet, which shows every column).
    #[oai(rename = "fields", skip_serializing_if_is_none)]
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<LayoutField>>,
    /// The columns a layout made by `CreateLayoutFromDsl` groups by (absent otherwise).
    #[oai(rename = "groupBy", skip_serializing_if_is_none)]
    #[serde(rename = "groupBy", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<String>>,
}

/// A column a layout shows, as the DSL it was made from selected it (`CreateLayoutFromDsl`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LayoutField")]
pub struct LayoutField {
    /// The sheet column's display name.
    #[oai(rename = "columnName")]
    #[serde(rename = "columnName")]
    pub column_name: String,
    /// The name the layout shows it under, when not the column's.
    #[oai(rename = "columnAlias")]
    #[serde(rename = "columnAlias", default)]
    pub column_alias: Option<String>,
    /// How a grouped layout aggregates it (`SUM`, `AVG`…), upper-cased.
    #[oai(rename = "aggregationMethod")]
    #[serde(rename = "aggregationMethod", default)]
    pub aggregation_method: Option<String>,
}

/// The log of a synchronization; absent while it runs.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LogAnswer")]
pub struct LogAnswer {
    /// The log text.
    #[oai(rename = "log")]
    #[serde(rename = "log")]
    pub log: String,
}

/// Email and password.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LoginCredentials")]
pub struct LoginCredentials {
    /// The user's email (its `uniqueId`).
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "password")]
    #[serde(rename = "password")]
    pub password: String,
}

/// What kywy's `login_with_credential` sends.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LoginRequest")]
pub struct LoginRequest {
    #[oai(rename = "credentialType")]
    #[serde(rename = "credentialType")]
    pub credential_type: LoginRequestCredentialType,
    /// Email and password.
    #[oai(rename = "credentials")]
    #[serde(rename = "credentials")]
    pub credentials: LoginCredentials,
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
#[oai(rename = "LoginRequestCredentialType")]
pub enum LoginRequestCredentialType {
    #[oai(rename = "LOGIN_AND_PASSWORD")]
    #[serde(rename = "LOGIN_AND_PASSWORD")]
    LoginAndPassword,
}

impl LoginRequestCredentialType {
    /// Every value, in spec order.
    pub const ALL: &'static [LoginRequestCredentialType] =
        &[LoginRequestCredentialType::LoginAndPassword];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            LoginRequestCredentialType::LoginAndPassword => "LOGIN_AND_PASSWORD",
        }
    }
}

impl crate::support::WireEnum for LoginRequestCredentialType {
    const VALUES: &'static [LoginRequestCredentialType] = LoginRequestCredentialType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A widget to add to a dashboard (`addDashboardWidgets`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "NewDashboardWidget")]
pub struct NewDashboardWidget {
    /// The widget's id, unique in the dashboard (409 when taken).
    #[oai(rename = "widgetId", validator(min_length = 1))]
    #[serde(rename = "widgetId")]
    pub widget_id: String,
    /// What the widget shows: `type` (`RICH_TEXT_EDITOR`, `AI_BLOCK`, `VIEW`, …) and its settings.
    /// A `layoutId` names a layout of the workspace (404 when there is none).
    #[oai(rename = "definition")]
    #[serde(rename = "definition")]
    pub definition: std::collections::BTreeMap<String, serde_json::Value>,
    /// A widget's name and description. Unlike an entity's, the name may be empty: kywy's text and
    /// AI widgets are added with `displayName: ""`.
    #[oai(rename = "displayInformation", skip_serializing_if_is_none)]
    #[serde(
        rename = "displayInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_information: Option<WidgetDisplayInformation>,
    /// How the widget is drawn, kept as given.
    #[oai(rename = "displayParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "displayParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_parameters: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Trigger parameter values by id; every key carries the `taskVariable_` prefix (kywy adds it
/// when missing). Values are of the parameter's type.
pub type ParameterValues = std::collections::BTreeMap<String, serde_json::Value>;

/// A perimeter: a named set of users that security policies refer to (see
/// `AssignPrincipalToPerimeters`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Perimeter")]
pub struct Perimeter {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// Member principal ids.
    #[oai(rename = "members")]
    #[serde(rename = "members")]
    pub members: Vec<String>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
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
#[oai(rename = "PrepareIngestionFormat")]
pub enum PrepareIngestionFormat {
    #[oai(rename = "parquet")]
    #[serde(rename = "parquet")]
    Parquet,
    #[oai(rename = "ArrowStream")]
    #[serde(rename = "ArrowStream")]
    ArrowStream,
}

impl PrepareIngestionFormat {
    /// Every value, in spec order.
    pub const ALL: &'static [PrepareIngestionFormat] = &[
        PrepareIngestionFormat::Parquet,
        PrepareIngestionFormat::ArrowStream,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrepareIngestionFormat::Parquet => "parquet",
            PrepareIngestionFormat::ArrowStream => "ArrowStream",
        }
    }
}

impl crate::support::WireEnum for PrepareIngestionFormat {
    const VALUES: &'static [PrepareIngestionFormat] = PrepareIngestionFormat::ALL;

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
#[oai(rename = "PrepareIngestionOptimize")]
pub enum PrepareIngestionOptimize {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl PrepareIngestionOptimize {
    /// Every value, in spec order.
    pub const ALL: &'static [PrepareIngestionOptimize] = &[
        PrepareIngestionOptimize::True,
        PrepareIngestionOptimize::False,
        PrepareIngestionOptimize::True_,
        PrepareIngestionOptimize::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrepareIngestionOptimize::True => "True",
            PrepareIngestionOptimize::False => "False",
            PrepareIngestionOptimize::True_ => "true",
            PrepareIngestionOptimize::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for PrepareIngestionOptimize {
    const VALUES: &'static [PrepareIngestionOptimize] = PrepareIngestionOptimize::ALL;

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
#[oai(rename = "PrepareIngestionReset")]
pub enum PrepareIngestionReset {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl PrepareIngestionReset {
    /// Every value, in spec order.
    pub const ALL: &'static [PrepareIngestionReset] = &[
        PrepareIngestionReset::True,
        PrepareIngestionReset::False,
        PrepareIngestionReset::True_,
        PrepareIngestionReset::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrepareIngestionReset::True => "True",
            PrepareIngestionReset::False => "False",
            PrepareIngestionReset::True_ => "true",
            PrepareIngestionReset::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for PrepareIngestionReset {
    const VALUES: &'static [PrepareIngestionReset] = PrepareIngestionReset::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A user (KAWA calls users principals). `uniqueId` is the sign-in identifier (kywy matches
/// users on `uniqueId`, then `email`, and uses `id` in commands). Also the answer of `GET
/// /authentication/current-user` and of a successful login.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Principal")]
pub struct Principal {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The sign-in identifier; the lower-cased email for password users.
    #[oai(rename = "uniqueId")]
    #[serde(rename = "uniqueId")]
    pub unique_id: String,
    /// The user's email.
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "firstName")]
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[oai(rename = "lastName")]
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// The user's application-wide role. `READER_ROLE` users are not administrators (kywy reads it
    /// so); the set is as Understudy models it.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: PrincipalRole,
    /// `INACTIVE` users cannot sign in (see `ReplaceUserStatus`).
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: PrincipalStatus,
    /// Application-wide permissions, e.g. `MANAGE_USERS`, `MANAGE_DATA_SOURCES`.
    #[oai(rename = "permissions")]
    #[serde(rename = "permissions")]
    pub permissions: Vec<String>,
    /// Datasource types the user may not create.
    #[oai(rename = "forbiddenDataSourceTypes")]
    #[serde(rename = "forbiddenDataSourceTypes")]
    pub forbidden_data_source_types: Vec<String>,
    /// The workspace the user works in (kywy's default workspace); null before any is set.
    #[oai(rename = "currentWorkspaceId")]
    #[serde(rename = "currentWorkspaceId", default)]
    pub current_workspace_id: Option<String>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// The result of `AssignPrincipalToPerimeters`. Schema designed by Understudy: the reference
/// documents the command's parameters only.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "PrincipalPerimeters")]
pub struct PrincipalPerimeters {
    /// The user.
    #[oai(rename = "principalEntityId")]
    #[serde(rename = "principalEntityId")]
    pub principal_entity_id: String,
    /// The user's perimeters, by name.
    #[oai(rename = "memberOfPerimeterNames")]
    #[serde(rename = "memberOfPerimeterNames")]
    pub member_of_perimeter_names: Vec<String>,
    /// The same perimeters, by id.
    #[oai(rename = "perimeterIds")]
    #[serde(rename = "perimeterIds")]
    pub perimeter_ids: Vec<String>,
}

/// The user's application-wide role. `READER_ROLE` users are not administrators (kywy reads it
/// so); the set is as Understudy models it.
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
#[oai(rename = "PrincipalRole")]
pub enum PrincipalRole {
    #[oai(rename = "ADMIN_ROLE")]
    #[serde(rename = "ADMIN_ROLE")]
    AdminRole,
    #[oai(rename = "READER_ROLE")]
    #[serde(rename = "READER_ROLE")]
    ReaderRole,
}

impl PrincipalRole {
    /// Every value, in spec order.
    pub const ALL: &'static [PrincipalRole] =
        &[PrincipalRole::AdminRole, PrincipalRole::ReaderRole];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrincipalRole::AdminRole => "ADMIN_ROLE",
            PrincipalRole::ReaderRole => "READER_ROLE",
        }
    }
}

impl crate::support::WireEnum for PrincipalRole {
    const VALUES: &'static [PrincipalRole] = PrincipalRole::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `INACTIVE` users cannot sign in (see `ReplaceUserStatus`).
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
#[oai(rename = "PrincipalStatus")]
pub enum PrincipalStatus {
    #[oai(rename = "ACTIVE")]
    #[serde(rename = "ACTIVE")]
    Active,
    #[oai(rename = "INACTIVE")]
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl PrincipalStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [PrincipalStatus] =
        &[PrincipalStatus::Active, PrincipalStatus::Inactive];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrincipalStatus::Active => "ACTIVE",
            PrincipalStatus::Inactive => "INACTIVE",
        }
    }
}

impl crate::support::WireEnum for PrincipalStatus {
    const VALUES: &'static [PrincipalStatus] = PrincipalStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `removeComponentFromApplication`: Removes a page from an application (a dashboard it showed
/// stays). Result: `ExtendedApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RemoveComponentFromApplicationCommand")]
pub struct RemoveComponentFromApplicationCommand {
    /// The parameters of `removeComponentFromApplication`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: RemoveComponentFromApplicationParameters,
}

/// The parameters of `removeComponentFromApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RemoveComponentFromApplicationParameters")]
pub struct RemoveComponentFromApplicationParameters {
    /// The application.
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId")]
    pub application_id: String,
    /// A component of the application (404 otherwise).
    #[oai(rename = "componentId")]
    #[serde(rename = "componentId")]
    pub component_id: String,
}

/// `RemoveWorkspaceMembers`: Removes users from a workspace. Answers the workspace. Result:
/// `Workspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RemoveWorkspaceMembersCommand")]
pub struct RemoveWorkspaceMembersCommand {
    /// The parameters of `RemoveWorkspaceMembers`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: RemoveWorkspaceMembersParameters,
}

/// The parameters of `RemoveWorkspaceMembers`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RemoveWorkspaceMembersParameters")]
pub struct RemoveWorkspaceMembersParameters {
    /// The workspace.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The users to remove.
    #[oai(rename = "principalIds")]
    #[serde(rename = "principalIds")]
    pub principal_ids: Vec<String>,
}

/// `renameEntity`: Gives a dashboard or an application a new name and description. Result:
/// `ExtendedDashboard` or `ExtendedApplication`, by `entityType`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RenameEntityCommand")]
pub struct RenameEntityCommand {
    /// The parameters of `renameEntity`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: RenameEntityParameters,
}

/// The parameters of `renameEntity`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RenameEntityParameters")]
pub struct RenameEntityParameters {
    /// The entity.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The kind of entity (kywy renames a page's dashboard).
    #[oai(rename = "entityType")]
    #[serde(rename = "entityType")]
    pub entity_type: RenameEntityParametersEntityType,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
}

/// The kind of entity (kywy renames a page's dashboard).
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
#[oai(rename = "RenameEntityParametersEntityType")]
pub enum RenameEntityParametersEntityType {
    #[oai(rename = "dashboard")]
    #[serde(rename = "dashboard")]
    Dashboard,
    #[oai(rename = "application")]
    #[serde(rename = "application")]
    Application,
}

impl RenameEntityParametersEntityType {
    /// Every value, in spec order.
    pub const ALL: &'static [RenameEntityParametersEntityType] = &[
        RenameEntityParametersEntityType::Dashboard,
        RenameEntityParametersEntityType::Application,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            RenameEntityParametersEntityType::Dashboard => "dashboard",
            RenameEntityParametersEntityType::Application => "application",
        }
    }
}

impl crate::support::WireEnum for RenameEntityParametersEntityType {
    const VALUES: &'static [RenameEntityParametersEntityType] =
        RenameEntityParametersEntityType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// `replaceApplicationDisplayParameters`: Replaces how an application is drawn. Result:
/// `ExtendedApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceApplicationDisplayParametersCommand")]
pub struct ReplaceApplicationDisplayParametersCommand {
    /// The parameters of `replaceApplicationDisplayParameters`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceApplicationDisplayParametersParameters,
}

/// The parameters of `replaceApplicationDisplayParameters`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceApplicationDisplayParametersParameters")]
pub struct ReplaceApplicationDisplayParametersParameters {
    /// The application.
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId")]
    pub application_id: String,
    /// How the application is drawn (kywy sends the sidebar `color`), kept as given.
    #[oai(rename = "displayParameters")]
    #[serde(rename = "displayParameters")]
    pub display_parameters: std::collections::BTreeMap<String, serde_json::Value>,
}

/// `replaceApplicationSheetIds`: Replaces an application's sheets; the `VIEW` components of
/// sheets it no longer has go. Result: `ExtendedApplication`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceApplicationSheetIdsCommand")]
pub struct ReplaceApplicationSheetIdsCommand {
    /// The parameters of `replaceApplicationSheetIds`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceApplicationSheetIdsParameters,
}

/// The parameters of `replaceApplicationSheetIds`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceApplicationSheetIdsParameters")]
pub struct ReplaceApplicationSheetIdsParameters {
    /// The application.
    #[oai(rename = "applicationId")]
    #[serde(rename = "applicationId")]
    pub application_id: String,
    /// The application's sheets from now on (404 naming the first the caller does not see).
    #[oai(rename = "sheetIds")]
    #[serde(rename = "sheetIds")]
    pub sheet_ids: Vec<String>,
    /// Add a `VIEW` component for each newly added sheet (default false).
    #[oai(rename = "createDefaultComponents", skip_serializing_if_is_none)]
    #[serde(
        rename = "createDefaultComponents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_default_components: Option<bool>,
    /// With `createDefaultComponents`, add one for every sheet that has none, not only the new ones.
    #[oai(
        rename = "forceCreateAllDefaultComponents",
        skip_serializing_if_is_none
    )]
    #[serde(
        rename = "forceCreateAllDefaultComponents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub force_create_all_default_components: Option<bool>,
}

/// `ReplaceConfiguration`: Stores the server-wide configuration of one type, replacing what
/// was stored; `GET /backoffice/configuration/{type}` then answers it. Administrators only
/// (403 for others). 400 naming `configurationClassSimpleName` for a name that is not a simple
/// class name. Result: `StoredConfiguration`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceConfigurationCommand")]
pub struct ReplaceConfigurationCommand {
    /// The parameters of `ReplaceConfiguration` (kywy's `commands.replace_configuration(type,
    /// payload)`, `configure_llm_api`, `configuration.replace_flight_configuration`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceConfigurationParameters,
}

/// The parameters of `ReplaceConfiguration` (kywy's `commands.replace_configuration(type,
/// payload)`, `configure_llm_api`, `configuration.replace_flight_configuration`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceConfigurationParameters")]
pub struct ReplaceConfigurationParameters {
    /// The configuration class's simple name, as `GET /backoffice/configuration/{type}` names it.
    #[oai(
        rename = "configurationClassSimpleName",
        validator(max_length = 100, pattern = "^[A-Za-z][A-Za-z0-9]*$")
    )]
    #[serde(rename = "configurationClassSimpleName")]
    pub configuration_class_simple_name: String,
    /// A configuration document: the fields of KAWA's configuration class of that type (for
    /// `ArrowFlightConfiguration`: `host`, `port`, `tls`, `pollingIntervalSeconds`). Schema designed
    /// by Understudy: kywy reads it as plain JSON. Empty when nothing is stored for the type.
    #[oai(rename = "configurationContent")]
    #[serde(rename = "configurationContent")]
    pub configuration_content: Configuration,
}

/// `replaceDashboardBlockEditorLayout`: Replaces a report's content. A block's `data.widgetId`
/// must name a widget of the dashboard (404 otherwise). Result: `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceDashboardBlockEditorLayoutCommand")]
pub struct ReplaceDashboardBlockEditorLayoutCommand {
    /// The parameters of `replaceDashboardBlockEditorLayout`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceDashboardBlockEditorLayoutParameters,
}

/// The parameters of `replaceDashboardBlockEditorLayout`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceDashboardBlockEditorLayoutParameters")]
pub struct ReplaceDashboardBlockEditorLayoutParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// A report's content as its block editor keeps it (`replaceDashboardBlockEditorLayout`).
    #[oai(rename = "blockEditorLayout")]
    #[serde(rename = "blockEditorLayout")]
    pub block_editor_layout: BlockEditorLayout,
}

/// `ReplaceDashboardLayout`: Places a one-page dashboard's widgets on its grid (the whole
/// layout at once). Result: `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceDashboardLayoutCommand")]
pub struct ReplaceDashboardLayoutCommand {
    /// The parameters of `ReplaceDashboardLayout`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceDashboardLayoutParameters,
}

/// The parameters of `ReplaceDashboardLayout`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceDashboardLayoutParameters")]
pub struct ReplaceDashboardLayoutParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// Where each widget goes; each names a widget of the dashboard (404 otherwise), once.
    #[oai(rename = "dashboardLayout")]
    #[serde(rename = "dashboardLayout")]
    pub dashboard_layout: Vec<WidgetPosition>,
}

/// `replaceScript` (the spelling kywy's application builder sends): the same command as
/// `ReplaceScript`, with the same parameters, refusals and result. Result: `Script`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptAliasCommand")]
pub struct ReplaceScriptAliasCommand {
    /// The parameters of `ReplaceScript`: the script, its (new) name, and its new source, either
    /// as `content` or as a tool kit tool, not both.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceScriptParameters,
}

/// `ReplaceScript`: Renames a script and replaces its source and metadata (its owner and
/// administrators; 403 for other members). 404 for an unknown script, 409 when another
/// script of the workspace has the name, 400 as for `CreateScript`. Result: `Script`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptCommand")]
pub struct ReplaceScriptCommand {
    /// The parameters of `ReplaceScript`: the script, its (new) name, and its new source, either
    /// as `content` or as a tool kit tool, not both.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceScriptParameters,
}

/// The parameters of `ReplaceScript`: the script, its (new) name, and its new source, either
/// as `content` or as a tool kit tool, not both.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptParameters")]
pub struct ReplaceScriptParameters {
    /// The script.
    #[oai(rename = "scriptId")]
    #[serde(rename = "scriptId")]
    pub script_id: String,
    #[oai(rename = "name", validator(min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    /// The new Python source, read as `CreateScript` reads it.
    #[oai(rename = "content", skip_serializing_if_is_none)]
    #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// A tool of a source-control tool kit, as `CreateScript` and `ReplaceScript` name it.
    #[oai(rename = "sourceControlToolConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "sourceControlToolConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_control_tool_configuration: Option<ScriptToolReference>,
}

/// `ReplaceScriptRunnerLocation`: Points a runner at another host and port (administrators
/// only). Result: `ScriptRunner`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptRunnerLocationCommand")]
pub struct ReplaceScriptRunnerLocationCommand {
    /// The parameters of `ReplaceScriptRunnerLocation`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceScriptRunnerLocationParameters,
}

/// The parameters of `ReplaceScriptRunnerLocation`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptRunnerLocationParameters")]
pub struct ReplaceScriptRunnerLocationParameters {
    /// The runner.
    #[oai(rename = "scriptRunnerEntityId")]
    #[serde(rename = "scriptRunnerEntityId")]
    pub script_runner_entity_id: String,
    #[oai(rename = "host", validator(min_length = 1))]
    #[serde(rename = "host")]
    pub host: String,
    #[oai(
        rename = "port",
        validator(
            maximum(value = "65535", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "port")]
    pub port: i32,
    /// Whether KAWA talks TLS to it; false when absent.
    #[oai(rename = "tls", skip_serializing_if_is_none)]
    #[serde(rename = "tls", default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
}

/// `ReplaceScriptRunnerPrivateKey`: Replaces a runner's private key (administrators only).
/// The answer says a key is set and never shows it. Result: `ScriptRunner`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptRunnerPrivateKeyCommand")]
pub struct ReplaceScriptRunnerPrivateKeyCommand {
    /// The parameters of `ReplaceScriptRunnerPrivateKey`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceScriptRunnerPrivateKeyParameters,
}

/// The parameters of `ReplaceScriptRunnerPrivateKey`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceScriptRunnerPrivateKeyParameters")]
pub struct ReplaceScriptRunnerPrivateKeyParameters {
    /// The runner.
    #[oai(rename = "scriptRunnerEntityId")]
    #[serde(rename = "scriptRunnerEntityId")]
    pub script_runner_entity_id: String,
    /// The new key. Write-only, as on creation.
    #[oai(rename = "clearTextPrivateKey", validator(min_length = 1))]
    #[serde(rename = "clearTextPrivateKey")]
    pub clear_text_private_key: String,
}

/// `ReplaceUserRole`: Changes a user's application-wide role. Answers the updated principal.
/// Result: `Principal`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceUserRoleCommand")]
pub struct ReplaceUserRoleCommand {
    /// The parameters of `ReplaceUserRole`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceUserRoleParameters,
}

/// The parameters of `ReplaceUserRole`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceUserRoleParameters")]
pub struct ReplaceUserRoleParameters {
    /// The principal's id.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    /// The user's application-wide role. `READER_ROLE` users are not administrators (kywy reads it
    /// so); the set is as Understudy models it.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: PrincipalRole,
}

/// `ReplaceUserStatus`: Deactivates (`active: false`) or reactivates (`active: true`) a user.
/// Answers the updated principal. Result: `Principal`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceUserStatusCommand")]
pub struct ReplaceUserStatusCommand {
    /// The parameters of `ReplaceUserStatus`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceUserStatusParameters,
}

/// The parameters of `ReplaceUserStatus`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceUserStatusParameters")]
pub struct ReplaceUserStatusParameters {
    /// The principal's id.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    /// The new status.
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    pub active: bool,
}

/// `replaceWidgetDefinition`: Replaces what a widget shows (kywy writes a text widget's HTML
/// this way). Result: `ExtendedDashboard`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceWidgetDefinitionCommand")]
pub struct ReplaceWidgetDefinitionCommand {
    /// The parameters of `replaceWidgetDefinition`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ReplaceWidgetDefinitionParameters,
}

/// The parameters of `replaceWidgetDefinition`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReplaceWidgetDefinitionParameters")]
pub struct ReplaceWidgetDefinitionParameters {
    /// The dashboard.
    #[oai(rename = "dashboardId")]
    #[serde(rename = "dashboardId")]
    pub dashboard_id: String,
    /// A widget of the dashboard (404 otherwise).
    #[oai(rename = "widgetId")]
    #[serde(rename = "widgetId")]
    pub widget_id: String,
    /// The new definition, with its `type`.
    #[oai(rename = "widgetDefinition")]
    #[serde(rename = "widgetDefinition")]
    pub widget_definition: std::collections::BTreeMap<String, serde_json::Value>,
}

/// One block of a report's block editor: a header, a paragraph, code, or a widget of the
/// dashboard (`kawaEmbed` and `aiBlock` blocks name it in `data.widgetId`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ReportBlock")]
pub struct ReportBlock {
    /// The block's id (kywy sends a UUID).
    #[oai(rename = "id", validator(min_length = 1))]
    #[serde(rename = "id")]
    pub id: String,
    /// `headerOne`, `headerTwo`, `headerThree`, `paragraph`, `code`, `kawaEmbed`, `aiBlock`, …
    #[oai(rename = "type", validator(min_length = 1))]
    #[serde(rename = "type")]
    pub type_: String,
    /// The block's content (`text`, `level`, `code`, or `widgetId`).
    #[oai(rename = "data", skip_serializing_if_is_none)]
    #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// `RunWorkflow`: Starts a run of a workflow. Trigger parameter values are keyed by their
/// `taskVariable_`-prefixed ids; an unknown id, or a value not of the parameter's type, is a
/// 400 naming it, and a parameter not given takes its default. The run is asynchronous:
/// answers **202** with the started run (`status: RUNNING`); a background runner executes
/// its tasks (see `WorkflowTaskDefinition`) and the run, in the run history, ends `SUCCESS`
/// or `FAILURE` with what each task did. Result: `WorkflowRun`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RunWorkflowCommand")]
pub struct RunWorkflowCommand {
    /// The parameters of `RunWorkflow`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: RunWorkflowParameters,
}

/// The parameters of `RunWorkflow`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RunWorkflowParameters")]
pub struct RunWorkflowParameters {
    /// The workflow.
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
    /// Trigger parameter values by id; every key carries the `taskVariable_` prefix (kywy adds it
    /// when missing). Values are of the parameter's type.
    #[oai(rename = "parameterValues", skip_serializing_if_is_none)]
    #[serde(
        rename = "parameterValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parameter_values: Option<ParameterValues>,
}

/// `ScheduleWorkflow`: Sets (the trigger becomes `SCHEDULE`) or removes (it becomes `MANUAL`)
/// a workflow's schedule; its owner's or an administrator's (403). A schedule that does not
/// parse is a 400 naming the field. Understudy keeps the schedule but does not start runs
/// from it. Result: `WorkflowEnvelope`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScheduleWorkflowCommand")]
pub struct ScheduleWorkflowCommand {
    /// The parameters of `ScheduleWorkflow` (kywy's `WorkflowBuilder.schedule()` and `unschedule()`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ScheduleWorkflowParameters,
}

/// The parameters of `ScheduleWorkflow` (kywy's `WorkflowBuilder.schedule()` and `unschedule()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScheduleWorkflowParameters")]
pub struct ScheduleWorkflowParameters {
    /// The workflow.
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
    /// The schedule, as for `CreateWorkflow` (`scheduleType` `DAILY` with `time`, `WEEKLY`
    /// with `localTime` and `daysOfWeek`, or `CRON` with `cronExpression`; `timeZone` an IANA
    /// zone); absent removes it.
    #[oai(rename = "schedule", skip_serializing_if_is_none)]
    #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// A Python script run by a script runner.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Script")]
pub struct Script {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// The runner that executes it; null for the default.
    #[oai(rename = "scriptRunnerId")]
    #[serde(rename = "scriptRunnerId", default)]
    pub script_runner_id: Option<String>,
    /// What a script takes and produces, read from its `@kawa_tool` decorator as KAWA reads it:
    /// `parameters` are the input columns (the decorator's `inputs`), `outputs` the output
    /// columns, `scriptParameters` the tool parameters a run is given values for
    /// (`StartRunnablePythonTool`'s `scriptParametersValues`). Python types map to KAWA types:
    /// `str` text, `float` decimal, `date` date, `datetime` date_time, `bool` boolean,
    /// `list[float]` list(integer,decimal), `list[str]` list(integer,text). Empty for a script
    /// kept in a source-control tool kit (its source is not in KAWA).
    #[oai(rename = "scriptMetadata")]
    #[serde(rename = "scriptMetadata")]
    pub script_metadata: ScriptMetadata,
    /// Where a script's source lives: a tool (`toolName`) of a source-control tool kit
    /// (`toolKitName`), or, for a script created with its content, a file of the workspace's
    /// file store (`toolName` is the file id: `GET /uploads/files/{toolName}` reads the source,
    /// as kywy's application builder does).
    #[oai(rename = "sourceControlToolConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "sourceControlToolConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_control_tool_configuration: Option<ScriptSourceControlToolConfiguration>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A script's input column (in `parameters`) or output column, from its `@kawa_tool`
/// decorator.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptField")]
pub struct ScriptField {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The value type, as for indicators.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// The dataframe the column belongs to, when the decorator groups columns by dataframe
    /// (`inputs={"orders": {"amount": float}}`); absent otherwise.
    #[oai(rename = "dataframe", skip_serializing_if_is_none)]
    #[serde(rename = "dataframe", default, skip_serializing_if = "Option::is_none")]
    pub dataframe: Option<String>,
}

/// What a script takes and produces, read from its `@kawa_tool` decorator as KAWA reads it:
/// `parameters` are the input columns (the decorator's `inputs`), `outputs` the output
/// columns, `scriptParameters` the tool parameters a run is given values for
/// (`StartRunnablePythonTool`'s `scriptParametersValues`). Python types map to KAWA types:
/// `str` text, `float` decimal, `date` date, `datetime` date_time, `bool` boolean,
/// `list[float]` list(integer,decimal), `list[str]` list(integer,text). Empty for a script
/// kept in a source-control tool kit (its source is not in KAWA).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptMetadata")]
pub struct ScriptMetadata {
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: Vec<ScriptField>,
    #[oai(rename = "outputs")]
    #[serde(rename = "outputs")]
    pub outputs: Vec<ScriptField>,
    /// The decorator's `parameters`, in their order.
    #[oai(rename = "scriptParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "scriptParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub script_parameters: Option<Vec<ScriptParameter>>,
    /// The decorator's `description`; absent when it gives none.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
}

/// A tool parameter a `@kawa_tool` declares (`parameters={"threshold": {"type": float,
/// "default": 0.5}}`). A parameter with `extensions` is a file the run is given (its type is
/// text).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptParameter")]
pub struct ScriptParameter {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The KAWA type of the value.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// The default value, if any: dates as days since 1970-01-01, date-times as epoch
    /// milliseconds (read as UTC), other values as written.
    #[oai(rename = "default", skip_serializing_if_is_none)]
    #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The values it may take, when the decorator lists them.
    #[oai(rename = "values", skip_serializing_if_is_none)]
    #[serde(rename = "values", default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<serde_json::Value>>,
    /// The file extensions a file parameter accepts.
    #[oai(rename = "extensions", skip_serializing_if_is_none)]
    #[serde(
        rename = "extensions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extensions: Option<Vec<String>>,
}

/// A script runner: a Python execution server KAWA sends scripts to. Global, not
/// workspace-scoped.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptRunner")]
pub struct ScriptRunner {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The runner's host name.
    #[oai(rename = "host")]
    #[serde(rename = "host")]
    pub host: String,
    /// The runner's port.
    #[oai(
        rename = "port",
        validator(
            maximum(value = "65535", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "port")]
    pub port: i32,
    /// Whether KAWA talks TLS to it.
    #[oai(rename = "useTls")]
    #[serde(rename = "useTls")]
    pub use_tls: bool,
    /// Whether the runner takes work.
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    /// Whether a private key is set. The key itself is write-only: no answer ever shows it.
    #[oai(rename = "hasPrivateKey", skip_serializing_if_is_none)]
    #[serde(
        rename = "hasPrivateKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_private_key: Option<bool>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// Where a script's source lives: a tool (`toolName`) of a source-control tool kit
/// (`toolKitName`), or, for a script created with its content, a file of the workspace's
/// file store (`toolName` is the file id: `GET /uploads/files/{toolName}` reads the source,
/// as kywy's application builder does).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptSourceControlToolConfiguration")]
pub struct ScriptSourceControlToolConfiguration {
    /// The tool kit; absent for a script kept in the file store.
    #[oai(rename = "toolKitName", skip_serializing_if_is_none)]
    #[serde(
        rename = "toolKitName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tool_kit_name: Option<String>,
    /// The tool in the tool kit, or the file id of the script's source.
    #[oai(rename = "toolName")]
    #[serde(rename = "toolName")]
    pub tool_name: String,
}

/// A tool of a source-control tool kit, as `CreateScript` and `ReplaceScript` name it.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ScriptToolReference")]
pub struct ScriptToolReference {
    #[oai(rename = "toolKitName", validator(min_length = 1))]
    #[serde(rename = "toolKitName")]
    pub tool_kit_name: String,
    #[oai(rename = "toolName", validator(min_length = 1))]
    #[serde(rename = "toolName")]
    pub tool_name: String,
}

/// The server build.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ServerVersion")]
pub struct ServerVersion {
    /// `v<major>.<minor>.<patch>[-suffix]`; kywy strips the first character and splits on dots (the
    /// patch on `-`).
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
    /// The source revision, when known.
    #[oai(rename = "commitId")]
    #[serde(rename = "commitId", default)]
    pub commit_id: Option<String>,
}

/// `SetCurrentWorkspaceForPrincipals`: Makes a workspace the current one (`currentWorkspaceId`)
/// of the given users, who must be members. Answers what was set. Result:
/// `CurrentWorkspaceAssignment`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SetCurrentWorkspaceForPrincipalsCommand")]
pub struct SetCurrentWorkspaceForPrincipalsCommand {
    /// The parameters of `SetCurrentWorkspaceForPrincipals`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: SetCurrentWorkspaceForPrincipalsParameters,
}

/// The parameters of `SetCurrentWorkspaceForPrincipals`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SetCurrentWorkspaceForPrincipalsParameters")]
pub struct SetCurrentWorkspaceForPrincipalsParameters {
    /// The workspace.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The users.
    #[oai(rename = "principalIds")]
    #[serde(rename = "principalIds")]
    pub principal_ids: Vec<String>,
}

/// A sheet: a view over one or more datasources. Also the answer of `CreateSimpleSheet` (kywy
/// reads `id` and `layoutIds[0]`, so a created sheet always has its default layout).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Sheet")]
pub struct Sheet {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the sheet is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// The sheet's layouts (views); the default layout first.
    #[oai(rename = "layoutIds")]
    #[serde(rename = "layoutIds")]
    pub layout_ids: Vec<String>,
    /// The datasources the sheet reads, the primary one first.
    #[oai(rename = "dataSourceLinks")]
    #[serde(rename = "dataSourceLinks")]
    pub data_source_links: Vec<DataSourceLink>,
    /// Columns taken from datasources.
    #[oai(rename = "indicatorColumns")]
    #[serde(rename = "indicatorColumns")]
    pub indicator_columns: Vec<SheetColumn>,
    /// Formula columns.
    #[oai(rename = "computedColumns")]
    #[serde(rename = "computedColumns")]
    pub computed_columns: Vec<SheetColumn>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A sheet column: a datasource indicator or a computed column.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SheetColumn")]
pub struct SheetColumn {
    /// The column id in the sheet.
    #[oai(rename = "columnId")]
    #[serde(rename = "columnId")]
    pub column_id: String,
    /// Where a sheet column comes from.
    #[oai(rename = "columnType")]
    #[serde(rename = "columnType")]
    pub column_type: ColumnType,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The column type, as for indicators.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// The source datasource; null for computed columns.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId", default)]
    pub data_source_id: Option<String>,
    /// The source indicator; null for computed columns.
    #[oai(rename = "indicatorId")]
    #[serde(rename = "indicatorId", default)]
    pub indicator_id: Option<String>,
}

/// A datasource to link to a new sheet.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SheetDataSourceLinkRequest")]
pub struct SheetDataSourceLinkRequest {
    /// The datasource.
    #[oai(rename = "targetDataSourceId")]
    #[serde(rename = "targetDataSourceId")]
    pub target_data_source_id: String,
    /// Join keys; empty for the primary datasource.
    #[oai(rename = "foreignKeyNames", skip_serializing_if_is_none)]
    #[serde(
        rename = "foreignKeyNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub foreign_key_names: Option<Vec<String>>,
    #[oai(rename = "defaultValueForAttributes", skip_serializing_if_is_none)]
    #[serde(
        rename = "defaultValueForAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_value_for_attributes: Option<Vec<AttributeDefaultValue>>,
}

/// A sheet's columns. Schema designed by Understudy: the KAWA reference names this endpoint but
/// not its body; kywy returns `schema`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SheetSchema")]
pub struct SheetSchema {
    /// The sheet.
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId")]
    pub sheet_id: String,
    /// Every column, indicator columns first.
    #[oai(rename = "schema")]
    #[serde(rename = "schema")]
    pub schema: Vec<SheetColumn>,
}

/// The body of `compute-sheet-stats`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SheetStatsRequest")]
pub struct SheetStatsRequest {
    /// The sheet.
    #[oai(rename = "sheetId")]
    #[serde(rename = "sheetId")]
    pub sheet_id: String,
    /// Only this column.
    #[oai(rename = "columnId")]
    #[serde(rename = "columnId", default)]
    pub column_id: Option<String>,
}

/// Where the datasource's rows live.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "StorageConfiguration")]
pub struct StorageConfiguration {
    /// The storage engine.
    #[oai(rename = "loadingAdapterName")]
    #[serde(rename = "loadingAdapterName")]
    pub loading_adapter_name: String,
}

/// What `ReplaceConfiguration` stored: the type and its whole new content (the content replaces
/// the previous one; it is not merged). Schema designed by Understudy: kywy does not read it.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "StoredConfiguration")]
pub struct StoredConfiguration {
    #[oai(rename = "configurationClassSimpleName")]
    #[serde(rename = "configurationClassSimpleName")]
    pub configuration_class_simple_name: String,
    /// A configuration document: the fields of KAWA's configuration class of that type (for
    /// `ArrowFlightConfiguration`: `host`, `port`, `tls`, `pollingIntervalSeconds`). Schema designed
    /// by Understudy: kywy reads it as plain JSON. Empty when nothing is stored for the type.
    #[oai(rename = "configurationContent")]
    #[serde(rename = "configurationContent")]
    pub configuration_content: Configuration,
}

/// The state of one load (synchronization) of a datasource.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SynchronizationState")]
pub struct SynchronizationState {
    /// kywy waits while `RUNNING`, reports `FAILURE` with `logAnswer.log`.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: SynchronizationStateStatus,
    /// When the load started; kywy sorts reports on it.
    #[oai(rename = "startTime")]
    #[serde(rename = "startTime")]
    pub start_time: String,
    /// When it ended; null while running.
    #[oai(rename = "endTime")]
    #[serde(rename = "endTime", default)]
    pub end_time: Option<String>,
    /// The log of a synchronization; absent while it runs.
    #[oai(rename = "logAnswer", skip_serializing_if_is_none)]
    #[serde(rename = "logAnswer", default, skip_serializing_if = "Option::is_none")]
    pub log_answer: Option<LogAnswer>,
}

/// kywy waits while `RUNNING`, reports `FAILURE` with `logAnswer.log`.
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
#[oai(rename = "SynchronizationStateStatus")]
pub enum SynchronizationStateStatus {
    #[oai(rename = "RUNNING")]
    #[serde(rename = "RUNNING")]
    Running,
    #[oai(rename = "SUCCESS")]
    #[serde(rename = "SUCCESS")]
    Success,
    #[oai(rename = "FAILURE")]
    #[serde(rename = "FAILURE")]
    Failure,
}

impl SynchronizationStateStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [SynchronizationStateStatus] = &[
        SynchronizationStateStatus::Running,
        SynchronizationStateStatus::Success,
        SynchronizationStateStatus::Failure,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SynchronizationStateStatus::Running => "RUNNING",
            SynchronizationStateStatus::Success => "SUCCESS",
            SynchronizationStateStatus::Failure => "FAILURE",
        }
    }
}

impl crate::support::WireEnum for SynchronizationStateStatus {
    const VALUES: &'static [SynchronizationStateStatus] = SynchronizationStateStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A team of users. Global, not workspace-scoped.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Team")]
pub struct Team {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The team kind.
    #[oai(rename = "teamType")]
    #[serde(rename = "teamType")]
    pub team_type: String,
    /// Member principal ids.
    #[oai(rename = "members")]
    #[serde(rename = "members")]
    pub members: Vec<String>,
    /// Principal ids of the team's administrators.
    #[oai(rename = "admins")]
    #[serde(rename = "admins")]
    pub admins: Vec<String>,
    /// Ids of teams nested in this one.
    #[oai(rename = "memberTeams")]
    #[serde(rename = "memberTeams")]
    pub member_teams: Vec<String>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// `ToggleScriptRunner`: Enables or disables a runner (administrators only). A disabled
/// runner takes no work and `GET /health/runner` reports it DOWN. Result: `ScriptRunner`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ToggleScriptRunnerCommand")]
pub struct ToggleScriptRunnerCommand {
    /// The parameters of `ToggleScriptRunner`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ToggleScriptRunnerParameters,
}

/// The parameters of `ToggleScriptRunner`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ToggleScriptRunnerParameters")]
pub struct ToggleScriptRunnerParameters {
    /// The runner.
    #[oai(rename = "scriptRunnerEntityId")]
    #[serde(rename = "scriptRunnerEntityId")]
    pub script_runner_entity_id: String,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
}

/// `ToggleWorkspaceVisibility`: Makes a workspace public (visible to every user) or private.
/// Answers the workspace. Result: `Workspace`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ToggleWorkspaceVisibilityCommand")]
pub struct ToggleWorkspaceVisibilityCommand {
    /// The parameters of `ToggleWorkspaceVisibility`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: ToggleWorkspaceVisibilityParameters,
}

/// The parameters of `ToggleWorkspaceVisibility`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ToggleWorkspaceVisibilityParameters")]
pub struct ToggleWorkspaceVisibilityParameters {
    /// The workspace.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The new visibility.
    #[oai(rename = "isPublic")]
    #[serde(rename = "isPublic")]
    pub is_public: bool,
}

/// `updateAgent` (KAWA's name, as kywy sends it): Replaces an agent's name, instructions,
/// knowledge and capabilities (its owner and administrators; 403 for other members who see
/// it, 404 for an agent the caller cannot see). 409 when another agent of the workspace has
/// the name. Result: `Agent`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateAgentCommand")]
pub struct UpdateAgentCommand {
    /// The parameters of `updateAgent` (the agent, and what `createAgent` takes).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: UpdateAgentParameters,
}

/// The parameters of `updateAgent` (the agent, and what `createAgent` takes).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateAgentParameters")]
pub struct UpdateAgentParameters {
    /// The agent.
    #[oai(rename = "agentId")]
    #[serde(rename = "agentId")]
    pub agent_id: String,
    /// An agent's name and description, with kywy's extra information.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: AgentDisplayInformation,
    #[oai(rename = "instructions", skip_serializing_if_is_none)]
    #[serde(
        rename = "instructions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instructions: Option<Vec<String>>,
    #[oai(rename = "commands", skip_serializing_if_is_none)]
    #[serde(rename = "commands", default, skip_serializing_if = "Option::is_none")]
    pub commands: Option<Vec<serde_json::Value>>,
    #[oai(rename = "knowledgeIds", skip_serializing_if_is_none)]
    #[serde(
        rename = "knowledgeIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub knowledge_ids: Option<Vec<String>>,
    /// What an agent may do, as kywy's application builder sets it.
    #[oai(rename = "capabilities", skip_serializing_if_is_none)]
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<AgentCapabilities>,
    /// Whether the workspace sees the agent; unchanged when absent.
    #[oai(rename = "shared", skip_serializing_if_is_none)]
    #[serde(rename = "shared", default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
}

/// `UpdateDataSourceShareStatus`: Shares a datasource (or stops sharing it) with teams and
/// everyone (`generalAccess`: `RESTRICTED`, `READ`, `EDIT`). Answers the datasource. Result:
/// `DataSource`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateDataSourceShareStatusCommand")]
pub struct UpdateDataSourceShareStatusCommand {
    /// The parameters of `UpdateDataSourceShareStatus`.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: UpdateDataSourceShareStatusParameters,
}

/// The parameters of `UpdateDataSourceShareStatus`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateDataSourceShareStatusParameters")]
pub struct UpdateDataSourceShareStatusParameters {
    /// The datasource.
    #[oai(rename = "dataSourceId")]
    #[serde(rename = "dataSourceId")]
    pub data_source_id: String,
    /// Whether the datasource is shared.
    #[oai(rename = "shared")]
    #[serde(rename = "shared")]
    pub shared: bool,
    /// Who may use a shared datasource; a datasource carries it once it has been shared.
    #[oai(rename = "advancedSharingConfiguration", skip_serializing_if_is_none)]
    #[serde(
        rename = "advancedSharingConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_sharing_configuration: Option<AdvancedSharingConfiguration>,
}

/// `UpdateWorkflow`: Replaces a workflow's name, tasks, trigger and schedule, with
/// `CreateWorkflow`'s rules; its run history stays. Only its owner or an administrator may
/// (403). Result: `WorkflowEnvelope`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateWorkflowCommand")]
pub struct UpdateWorkflowCommand {
    /// The parameters of `UpdateWorkflow` (kywy's `WorkflowBuilder.update()`).
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: UpdateWorkflowParameters,
}

/// The parameters of `UpdateWorkflow` (kywy's `WorkflowBuilder.update()`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UpdateWorkflowParameters")]
pub struct UpdateWorkflowParameters {
    /// The workflow to replace.
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The new tasks, as for `CreateWorkflow`.
    #[oai(rename = "tasks")]
    #[serde(rename = "tasks")]
    pub tasks: Vec<WorkflowTaskDefinition>,
    /// As for `CreateWorkflow`.
    #[oai(rename = "tasksWithControlPanel", skip_serializing_if_is_none)]
    #[serde(
        rename = "tasksWithControlPanel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tasks_with_control_panel:
        Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
    /// What starts the workflow, as kywy's builder sends it.
    #[oai(rename = "trigger")]
    #[serde(rename = "trigger")]
    pub trigger: WorkflowTriggerDefinition,
    /// As for `CreateWorkflow`; absent clears it.
    #[oai(rename = "schedule", skip_serializing_if_is_none)]
    #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<std::collections::BTreeMap<String, serde_json::Value>>,
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
#[oai(rename = "UploadIngestionFormat")]
pub enum UploadIngestionFormat {
    #[oai(rename = "parquet")]
    #[serde(rename = "parquet")]
    Parquet,
    #[oai(rename = "ArrowStream")]
    #[serde(rename = "ArrowStream")]
    ArrowStream,
}

impl UploadIngestionFormat {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadIngestionFormat] = &[
        UploadIngestionFormat::Parquet,
        UploadIngestionFormat::ArrowStream,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadIngestionFormat::Parquet => "parquet",
            UploadIngestionFormat::ArrowStream => "ArrowStream",
        }
    }
}

impl crate::support::WireEnum for UploadIngestionFormat {
    const VALUES: &'static [UploadIngestionFormat] = UploadIngestionFormat::ALL;

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
#[oai(rename = "UploadIngestionOptimize")]
pub enum UploadIngestionOptimize {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl UploadIngestionOptimize {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadIngestionOptimize] = &[
        UploadIngestionOptimize::True,
        UploadIngestionOptimize::False,
        UploadIngestionOptimize::True_,
        UploadIngestionOptimize::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadIngestionOptimize::True => "True",
            UploadIngestionOptimize::False => "False",
            UploadIngestionOptimize::True_ => "true",
            UploadIngestionOptimize::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for UploadIngestionOptimize {
    const VALUES: &'static [UploadIngestionOptimize] = UploadIngestionOptimize::ALL;

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
#[oai(rename = "UploadIngestionReset")]
pub enum UploadIngestionReset {
    #[oai(rename = "True")]
    #[serde(rename = "True")]
    True,
    #[oai(rename = "False")]
    #[serde(rename = "False")]
    False,
    #[oai(rename = "true")]
    #[serde(rename = "true")]
    True_,
    #[oai(rename = "false")]
    #[serde(rename = "false")]
    False_,
}

impl UploadIngestionReset {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadIngestionReset] = &[
        UploadIngestionReset::True,
        UploadIngestionReset::False,
        UploadIngestionReset::True_,
        UploadIngestionReset::False_,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadIngestionReset::True => "True",
            UploadIngestionReset::False => "False",
            UploadIngestionReset::True_ => "true",
            UploadIngestionReset::False_ => "false",
        }
    }
}

impl crate::support::WireEnum for UploadIngestionReset {
    const VALUES: &'static [UploadIngestionReset] = UploadIngestionReset::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A stored file. Schema designed by Understudy: kywy reads `fileName` (KAWA documents no
/// schema).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadedFile")]
pub struct UploadedFile {
    /// The file's id.
    #[oai(rename = "fileId")]
    #[serde(rename = "fileId")]
    pub file_id: String,
    /// The uploaded file's name.
    #[oai(rename = "fileName")]
    #[serde(rename = "fileName")]
    pub file_name: String,
    /// Its size in bytes.
    #[oai(rename = "size")]
    #[serde(rename = "size")]
    pub size: i64,
    /// The type the upload declared (`application/octet-stream` when none).
    #[oai(rename = "contentType")]
    #[serde(rename = "contentType")]
    pub content_type: String,
    /// The workspace the file belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// Who uploaded it.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// When it was (last) uploaded.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// Usage statistics. Schema designed by Understudy: the KAWA reference names this endpoint but
/// not its body; kywy reads `userUsageReports`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UsageReport")]
pub struct UsageReport {
    /// First day, inclusive.
    #[oai(rename = "from")]
    #[serde(rename = "from")]
    pub from: String,
    /// Last day, inclusive.
    #[oai(rename = "to")]
    #[serde(rename = "to")]
    pub to: String,
    /// The time zone days are cut in.
    #[oai(rename = "zoneId")]
    #[serde(rename = "zoneId")]
    pub zone_id: String,
    /// One entry per user with activity.
    #[oai(rename = "userUsageReports")]
    #[serde(rename = "userUsageReports")]
    pub user_usage_reports: Vec<UserUsageReport>,
}

/// One user's activity over the period.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserUsageReport")]
pub struct UserUsageReport {
    /// The principal id; kywy indexes its DataFrame on it.
    #[oai(rename = "userId")]
    #[serde(rename = "userId")]
    pub user_id: String,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(rename = "displayName")]
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Sign-ins in the period.
    #[oai(
        rename = "numberOfLogins",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "numberOfLogins")]
    pub number_of_logins: i64,
    /// Queries computed in the period.
    #[oai(
        rename = "numberOfComputations",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "numberOfComputations")]
    pub number_of_computations: i64,
    /// The user's last action in the period; null when none.
    #[oai(rename = "lastActivityAt")]
    #[serde(rename = "lastActivityAt", default)]
    pub last_activity_at: Option<String>,
}

/// A widget's name and description. Unlike an entity's, the name may be empty: kywy's text and
/// AI widgets are added with `displayName: ""`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WidgetDisplayInformation")]
pub struct WidgetDisplayInformation {
    /// The widget's title (may be empty).
    #[oai(rename = "displayName")]
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// A free-text description; empty when none.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
}

/// One widget's place in a dashboard's layout (`ReplaceDashboardLayout`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WidgetPosition")]
pub struct WidgetPosition {
    /// A widget of the dashboard.
    #[oai(rename = "widgetId")]
    #[serde(rename = "widgetId")]
    pub widget_id: String,
    /// Where a widget sits on a one-page dashboard's grid (32 columns wide, as kywy lays it out).
    #[oai(rename = "positioning")]
    #[serde(rename = "positioning")]
    pub positioning: WidgetPositioning,
}

/// Where a widget sits on a one-page dashboard's grid (32 columns wide, as kywy lays it out).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WidgetPositioning")]
pub struct WidgetPositioning {
    #[oai(rename = "width", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "width")]
    pub width: i32,
    #[oai(rename = "height", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "height")]
    pub height: i32,
    #[oai(rename = "x", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "x")]
    pub x: i32,
    #[oai(rename = "y", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "y")]
    pub y: i32,
    /// The slide the widget is on (kywy sends `dashboard`).
    #[oai(rename = "slide", skip_serializing_if_is_none)]
    #[serde(rename = "slide", default, skip_serializing_if = "Option::is_none")]
    pub slide: Option<String>,
}

/// A workflow: a trigger and a sequence of tasks.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Workflow")]
pub struct Workflow {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The workspace the entity belongs to.
    #[oai(rename = "workspaceId")]
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Whether the trigger is active.
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
    /// What starts a workflow.
    #[oai(rename = "trigger")]
    #[serde(rename = "trigger")]
    pub trigger: WorkflowTrigger,
    /// The steps, in order.
    #[oai(rename = "tasks")]
    #[serde(rename = "tasks")]
    pub tasks: Vec<WorkflowTask>,
    /// When a `SCHEDULE` workflow runs, as given to `CreateWorkflow`; null otherwise. Understudy keeps it but does not start scheduled runs.
    #[oai(rename = "schedule")]
    #[serde(rename = "schedule", default)]
    pub schedule: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// What `CreateWorkflow` and `UpdateWorkflow` answer.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowEnvelope")]
pub struct WorkflowEnvelope {
    /// A workflow: a trigger and a sequence of tasks.
    #[oai(rename = "workflow")]
    #[serde(rename = "workflow")]
    pub workflow: Workflow,
}

/// A workflow and its newest run.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowLastRun")]
pub struct WorkflowLastRun {
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
    /// One run of a workflow: the 202 answer of `RunWorkflow` and an item of the run history.
    /// Schema designed by Understudy: the KAWA reference names the run-history endpoint but not its
    /// body.
    #[oai(rename = "lastRun", skip_serializing_if_is_none)]
    #[serde(rename = "lastRun", default, skip_serializing_if = "Option::is_none")]
    pub last_run: Option<WorkflowRun>,
}

/// One run of a workflow: the 202 answer of `RunWorkflow` and an item of the run history.
/// Schema designed by Understudy: the KAWA reference names the run-history endpoint but not its
/// body.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowRun")]
pub struct WorkflowRun {
    /// The run id.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The workflow.
    #[oai(rename = "workflowId")]
    #[serde(rename = "workflowId")]
    pub workflow_id: String,
    /// A run is `RUNNING` until every task has finished.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: WorkflowRunStatus,
    /// When the run started.
    #[oai(rename = "startTime")]
    #[serde(rename = "startTime")]
    pub start_time: String,
    /// When it ended; null while running.
    #[oai(rename = "endTime")]
    #[serde(rename = "endTime", default)]
    pub end_time: Option<String>,
    /// The principal who started the run.
    #[oai(rename = "triggeredBy")]
    #[serde(rename = "triggeredBy")]
    pub triggered_by: String,
    /// Trigger parameter values by id; every key carries the `taskVariable_` prefix (kywy adds it
    /// when missing). Values are of the parameter's type.
    #[oai(rename = "parameterValues")]
    #[serde(rename = "parameterValues")]
    pub parameter_values: ParameterValues,
    /// Why the run failed; null otherwise.
    #[oai(rename = "errorMessage")]
    #[serde(rename = "errorMessage", default)]
    pub error_message: Option<String>,
    /// What each task that ran did, in order (tasks skipped by a branch or an early end are absent).
    #[oai(rename = "tasks", skip_serializing_if_is_none)]
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<WorkflowTaskRun>>,
}

/// A run is `RUNNING` until every task has finished.
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
#[oai(rename = "WorkflowRunStatus")]
pub enum WorkflowRunStatus {
    #[oai(rename = "RUNNING")]
    #[serde(rename = "RUNNING")]
    Running,
    #[oai(rename = "SUCCESS")]
    #[serde(rename = "SUCCESS")]
    Success,
    #[oai(rename = "FAILURE")]
    #[serde(rename = "FAILURE")]
    Failure,
}

impl WorkflowRunStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [WorkflowRunStatus] = &[
        WorkflowRunStatus::Running,
        WorkflowRunStatus::Success,
        WorkflowRunStatus::Failure,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkflowRunStatus::Running => "RUNNING",
            WorkflowRunStatus::Success => "SUCCESS",
            WorkflowRunStatus::Failure => "FAILURE",
        }
    }
}

impl crate::support::WireEnum for WorkflowRunStatus {
    const VALUES: &'static [WorkflowRunStatus] = WorkflowRunStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// One step of a workflow.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTask")]
pub struct WorkflowTask {
    /// The task id in the workflow.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The task kind, e.g. `SCRIPT`, `EMAIL`, `DATA_REFRESH`.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
}

/// One task of a workflow as kywy's builder sends it (`WorkflowTask.to_dict()`): `id` (unique in
/// the workflow), `type`, `displayInformation`, and the task's own fields, kept as sent. What a
/// run does with each `type`:
/// - `COMPUTE`: computes the layout `viewId` (its sheet's rows, every column of the layout);
///  its `NUM_ROWS` property is the row count and, with `outputDataSourceId`, the rows replace
///  that datasource's (its indicators must hold the layout's columns). `continueCondition`
///  (`continueIfEmpty`, `continueIfTooManyRows` with `numRowsLimit`) ends the run early, as a
///  success, when it does not hold.
/// - `ETL`: copies the rows of the datasource its `input_df` input task wrote
///  (`inputBindings.input_df.sourceTaskId`) into `dataSourceId`, replacing them.
/// - `GENERATE_OUTPUT`: its `param_content` bindings, joined, are the task's output.
/// - `IF_ELSE`: runs the tasks of the first of `conditionalBranches` whose `condition` holds
///  (`joinWith` `AND`/`OR` over `items`, each an `operator` over `operands` bindings), else
///  those of `elseBranch`.
/// - `INTERRUPT_WORKFLOW`: ends the run, as a success; later tasks are skipped.
/// - Any other type (`PYTHON`, `EMAIL`, `AI`, `AI_MAPPING`, `CHART`, `REPORT`,
///  `USER_INPUT_TASK`, `ROUTING`) needs a service this server does not provide (a script
///  runner, a mail server, an AI model, a user's answer): the run ends `FAILURE` naming it.
///
/// Bindings (`parameterBindings.<name>.bindings[]`, condition operands) are
/// `STATIC_VALUE` (`value`), `TRIGGER_VARIABLE` (`variableId`, with or without the
/// `taskVariable_` prefix), `TRIGGER_PROPERTY` (`USER_EMAIL`, `USER_NAME`,
/// `START_TIMESTAMP`) and `TASK_PROPERTY` (`sourceTaskId`, `property`: an earlier task's
/// `NUM_ROWS` or `GENERATED_CONTENT`).
pub type WorkflowTaskDefinition = std::collections::BTreeMap<String, serde_json::Value>;

/// What one task did in a run.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTaskRun")]
pub struct WorkflowTaskRun {
    #[oai(rename = "taskId")]
    #[serde(rename = "taskId")]
    pub task_id: String,
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: WorkflowTaskRunStatus,
    /// The rows a `COMPUTE` or `ETL` task produced; null for other tasks.
    #[oai(rename = "numRows")]
    #[serde(rename = "numRows", default)]
    pub num_rows: Option<i64>,
    /// The content a `GENERATE_OUTPUT` task produced; null for other tasks.
    #[oai(rename = "output")]
    #[serde(rename = "output", default)]
    pub output: Option<String>,
    /// Why the task failed; null otherwise.
    #[oai(rename = "errorMessage")]
    #[serde(rename = "errorMessage", default)]
    pub error_message: Option<String>,
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
#[oai(rename = "WorkflowTaskRunStatus")]
pub enum WorkflowTaskRunStatus {
    #[oai(rename = "SUCCESS")]
    #[serde(rename = "SUCCESS")]
    Success,
    #[oai(rename = "FAILURE")]
    #[serde(rename = "FAILURE")]
    Failure,
}

impl WorkflowTaskRunStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [WorkflowTaskRunStatus] = &[
        WorkflowTaskRunStatus::Success,
        WorkflowTaskRunStatus::Failure,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkflowTaskRunStatus::Success => "SUCCESS",
            WorkflowTaskRunStatus::Failure => "FAILURE",
        }
    }
}

impl crate::support::WireEnum for WorkflowTaskRunStatus {
    const VALUES: &'static [WorkflowTaskRunStatus] = WorkflowTaskRunStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// What starts a workflow.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTrigger")]
pub struct WorkflowTrigger {
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: WorkflowTriggerType,
    /// Parameters of a manual trigger; empty otherwise.
    #[oai(rename = "parameters")]
    #[serde(rename = "parameters")]
    pub parameters: Vec<WorkflowTriggerParameter>,
}

/// What starts the workflow, as kywy's builder sends it.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTriggerDefinition")]
pub struct WorkflowTriggerDefinition {
    #[oai(rename = "triggerType")]
    #[serde(rename = "triggerType")]
    pub trigger_type: WorkflowTriggerDefinitionTriggerType,
    /// The variables of a manual trigger; ids unique.
    #[oai(rename = "triggerVariables", skip_serializing_if_is_none)]
    #[serde(
        rename = "triggerVariables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trigger_variables: Option<Vec<WorkflowTriggerVariable>>,
    /// The datasources whose refresh starts a `DATA_REFRESH` workflow; each must exist in the workspace.
    #[oai(rename = "datasourceIds", skip_serializing_if_is_none)]
    #[serde(
        rename = "datasourceIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub datasource_ids: Option<Vec<String>>,
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
#[oai(rename = "WorkflowTriggerDefinitionTriggerType")]
pub enum WorkflowTriggerDefinitionTriggerType {
    #[oai(rename = "MANUAL")]
    #[serde(rename = "MANUAL")]
    Manual,
    #[oai(rename = "SCHEDULE")]
    #[serde(rename = "SCHEDULE")]
    Schedule,
    #[oai(rename = "DATA_REFRESH")]
    #[serde(rename = "DATA_REFRESH")]
    DataRefresh,
}

impl WorkflowTriggerDefinitionTriggerType {
    /// Every value, in spec order.
    pub const ALL: &'static [WorkflowTriggerDefinitionTriggerType] = &[
        WorkflowTriggerDefinitionTriggerType::Manual,
        WorkflowTriggerDefinitionTriggerType::Schedule,
        WorkflowTriggerDefinitionTriggerType::DataRefresh,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkflowTriggerDefinitionTriggerType::Manual => "MANUAL",
            WorkflowTriggerDefinitionTriggerType::Schedule => "SCHEDULE",
            WorkflowTriggerDefinitionTriggerType::DataRefresh => "DATA_REFRESH",
        }
    }
}

impl crate::support::WireEnum for WorkflowTriggerDefinitionTriggerType {
    const VALUES: &'static [WorkflowTriggerDefinitionTriggerType] =
        WorkflowTriggerDefinitionTriggerType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A value a manual run may set; ids carry the `taskVariable_` prefix.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTriggerParameter")]
pub struct WorkflowTriggerParameter {
    /// The parameter id, prefixed with `taskVariable_`.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// The value type, as for indicators.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: String,
    /// The value a run takes when it does not set the parameter.
    #[oai(rename = "defaultValue", skip_serializing_if_is_none)]
    #[serde(
        rename = "defaultValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_value: Option<serde_json::Value>,
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
#[oai(rename = "WorkflowTriggerType")]
pub enum WorkflowTriggerType {
    #[oai(rename = "MANUAL")]
    #[serde(rename = "MANUAL")]
    Manual,
    #[oai(rename = "SCHEDULE")]
    #[serde(rename = "SCHEDULE")]
    Schedule,
    #[oai(rename = "DATA_REFRESH")]
    #[serde(rename = "DATA_REFRESH")]
    DataRefresh,
}

impl WorkflowTriggerType {
    /// Every value, in spec order.
    pub const ALL: &'static [WorkflowTriggerType] = &[
        WorkflowTriggerType::Manual,
        WorkflowTriggerType::Schedule,
        WorkflowTriggerType::DataRefresh,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkflowTriggerType::Manual => "MANUAL",
            WorkflowTriggerType::Schedule => "SCHEDULE",
            WorkflowTriggerType::DataRefresh => "DATA_REFRESH",
        }
    }
}

impl crate::support::WireEnum for WorkflowTriggerType {
    const VALUES: &'static [WorkflowTriggerType] = WorkflowTriggerType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A variable a manual run may set (kywy's `TriggerVariableDefinition`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkflowTriggerVariable")]
pub struct WorkflowTriggerVariable {
    /// The variable id; stored with the `taskVariable_` prefix (added when missing).
    #[oai(rename = "id", validator(min_length = 1))]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation", skip_serializing_if_is_none)]
    #[serde(
        rename = "displayInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_information: Option<DisplayInformation>,
    /// The value type.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: WorkflowTriggerVariableType,
    /// The value a run takes when it does not set the variable.
    #[oai(rename = "defaultValue", skip_serializing_if_is_none)]
    #[serde(
        rename = "defaultValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_value: Option<serde_json::Value>,
    /// How a form shows the variable; kept as sent.
    #[oai(rename = "controlParameters", skip_serializing_if_is_none)]
    #[serde(
        rename = "controlParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_parameters: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// The value type.
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
#[oai(rename = "WorkflowTriggerVariableType")]
pub enum WorkflowTriggerVariableType {
    #[oai(rename = "text")]
    #[serde(rename = "text")]
    Text,
    #[oai(rename = "integer")]
    #[serde(rename = "integer")]
    Integer,
    #[oai(rename = "decimal")]
    #[serde(rename = "decimal")]
    Decimal,
    #[oai(rename = "boolean")]
    #[serde(rename = "boolean")]
    Boolean,
    #[oai(rename = "date")]
    #[serde(rename = "date")]
    Date,
    #[oai(rename = "date_time")]
    #[serde(rename = "date_time")]
    DateTime,
}

impl WorkflowTriggerVariableType {
    /// Every value, in spec order.
    pub const ALL: &'static [WorkflowTriggerVariableType] = &[
        WorkflowTriggerVariableType::Text,
        WorkflowTriggerVariableType::Integer,
        WorkflowTriggerVariableType::Decimal,
        WorkflowTriggerVariableType::Boolean,
        WorkflowTriggerVariableType::Date,
        WorkflowTriggerVariableType::DateTime,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkflowTriggerVariableType::Text => "text",
            WorkflowTriggerVariableType::Integer => "integer",
            WorkflowTriggerVariableType::Decimal => "decimal",
            WorkflowTriggerVariableType::Boolean => "boolean",
            WorkflowTriggerVariableType::Date => "date",
            WorkflowTriggerVariableType::DateTime => "date_time",
        }
    }
}

impl crate::support::WireEnum for WorkflowTriggerVariableType {
    const VALUES: &'static [WorkflowTriggerVariableType] = WorkflowTriggerVariableType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A workspace: the unit of scoping for datasources, sheets, dashboards and the rest.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Workspace")]
pub struct Workspace {
    /// The entity id: a string of digits.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The name and description every KAWA entity carries; the `name` filter matches `displayName`.
    #[oai(rename = "displayInformation")]
    #[serde(rename = "displayInformation")]
    pub display_information: DisplayInformation,
    /// Whether every user can see the workspace (see `ToggleWorkspaceVisibility`).
    #[oai(rename = "isPublic")]
    #[serde(rename = "isPublic")]
    pub is_public: bool,
    /// The principal who owns the entity.
    #[oai(rename = "ownerId")]
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// Who may work in the workspace.
    #[oai(rename = "members")]
    #[serde(rename = "members")]
    pub members: Vec<WorkspaceMember>,
    /// Free-form labels; `GET /backoffice/<kind>?tag=` keeps the entities that carry one.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// When the entity was created.
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

/// A workspace member and its workspace permissions (e.g. `MANAGE_DATA_SOURCES`,
/// `MANAGE_USERS`, `ROW_LEVEL_SECURITY_POLICY`); administrators have every permission.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkspaceMember")]
pub struct WorkspaceMember {
    /// The member's principal id.
    #[oai(rename = "principalId")]
    #[serde(rename = "principalId")]
    pub principal_id: String,
    /// Workspace permissions; may be empty.
    #[oai(rename = "permissions")]
    #[serde(rename = "permissions")]
    pub permissions: Vec<String>,
}

/// Every answer `login` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum LoginResponse {
    /// Signed in; the body is the user.
    #[oai(status = 200)]
    Ok(Json<Principal>, #[oai(header = "Set-Cookie")] String),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
    /// Wrong email or password, or an inactive user.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
}

impl crate::support::FromAnswer for LoginResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?), a.header("Set-Cookie")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_current_user`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCurrentUserParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_current_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCurrentUserResponse {
    /// The signed-in user.
    #[oai(status = 200)]
    Ok(Json<Principal>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetCurrentUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_health` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetHealthResponse {
    /// The server is up.
    #[oai(status = 200)]
    Ok(Json<HealthStatus>),
    /// The server cannot reach its database.
    #[oai(status = 503)]
    ServiceUnavailable(Json<HealthStatus>),
}

impl crate::support::FromAnswer for GetHealthResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            503 => Ok(Self::ServiceUnavailable(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_runner_health` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRunnerHealthResponse {
    /// The runner's state.
    #[oai(status = 200)]
    Ok(Json<HealthStatus>),
}

impl crate::support::FromAnswer for GetRunnerHealthResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_configuration`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetConfigurationParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The configuration class's simple name (letters and digits, starting with a letter). Any
    /// other value names no configuration (404).
    #[serde(rename = "type")]
    pub type_: String,
}

/// Every answer `get_configuration` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetConfigurationResponse {
    /// The configuration (an empty object when none is stored).
    #[oai(status = 200)]
    Ok(Json<Configuration>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetConfigurationResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_application_environment`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetApplicationEnvironmentParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_application_environment` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetApplicationEnvironmentResponse {
    /// The environment.
    #[oai(status = 200)]
    Ok(Json<ApplicationEnvironment>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetApplicationEnvironmentResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_usage`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUsageParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// First day, `YYYY-MM-DD`.
    #[serde(rename = "from")]
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    #[serde(rename = "to")]
    pub to: String,
    /// An IANA time zone; UTC when absent.
    #[serde(rename = "zoneId")]
    pub zone_id: String,
}

/// Every answer `get_usage` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUsageResponse {
    /// The usage report.
    #[oai(status = 200)]
    Ok(Json<UsageReport>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetUsageResponse {
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

/// The parameters of `run_command`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RunCommandParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `run_command` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RunCommandResponse {
    /// The command's result.
    #[oai(status = 200)]
    Ok(Json<CommandResult>),
    /// An asynchronous process was started (`RunWorkflow`): the run, still `RUNNING`.
    #[oai(status = 202)]
    Accepted(Json<WorkflowRun>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The entity already exists.
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for RunCommandResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            202 => Ok(Self::Accepted(Json(a.json()?))),
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

/// The parameters of `list_principals`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListPrincipalsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_principals` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListPrincipalsResponse {
    /// The users.
    #[oai(status = 200)]
    Ok(Json<Vec<Principal>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListPrincipalsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_principal`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetPrincipalParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_principal` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetPrincipalResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<Principal>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetPrincipalResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_workspaces`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListWorkspacesParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_workspaces` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListWorkspacesResponse {
    /// The workspaces.
    #[oai(status = 200)]
    Ok(Json<Vec<Workspace>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListWorkspacesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_workspace`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWorkspaceParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_workspace` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetWorkspaceResponse {
    /// The workspace.
    #[oai(status = 200)]
    Ok(Json<Workspace>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetWorkspaceResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_datasources`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListDatasourcesParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_datasources` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListDatasourcesResponse {
    /// The datasources.
    #[oai(status = 200)]
    Ok(Json<Vec<DataSource>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListDatasourcesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_datasource`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetDatasourceParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_datasource` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetDatasourceResponse {
    /// The datasource.
    #[oai(status = 200)]
    Ok(Json<DataSource>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetDatasourceResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_datasource_schema`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetDatasourceSchemaParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_datasource_schema` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetDatasourceSchemaResponse {
    /// The schema.
    #[oai(status = 200)]
    Ok(Json<DataSourceSchema>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetDatasourceSchemaResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_datasource_health_report`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetDatasourceHealthReportParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_datasource_health_report` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetDatasourceHealthReportResponse {
    /// The reports, oldest first.
    #[oai(status = 200)]
    Ok(Json<Vec<DataSourceHealthReport>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetDatasourceHealthReportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_sheets`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListSheetsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_sheets` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListSheetsResponse {
    /// The sheets.
    #[oai(status = 200)]
    Ok(Json<Vec<Sheet>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListSheetsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_sheet`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetSheetParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_sheet` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSheetResponse {
    /// The sheet.
    #[oai(status = 200)]
    Ok(Json<Sheet>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetSheetResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_sheet_schema`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetSheetSchemaParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_sheet_schema` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSheetSchemaResponse {
    /// The schema.
    #[oai(status = 200)]
    Ok(Json<SheetSchema>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetSheetSchemaResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_dashboards`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListDashboardsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_dashboards` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListDashboardsResponse {
    /// The dashboards.
    #[oai(status = 200)]
    Ok(Json<Vec<Dashboard>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListDashboardsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_dashboard`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetDashboardParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_dashboard` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetDashboardResponse {
    /// The dashboard.
    #[oai(status = 200)]
    Ok(Json<Dashboard>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetDashboardResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_applications`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListApplicationsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_applications` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListApplicationsResponse {
    /// The applications.
    #[oai(status = 200)]
    Ok(Json<Vec<Application>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListApplicationsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_application`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetApplicationParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_application` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetApplicationResponse {
    /// The application.
    #[oai(status = 200)]
    Ok(Json<Application>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetApplicationResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_extended_applications`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListExtendedApplicationsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_extended_applications` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListExtendedApplicationsResponse {
    /// The extended applications.
    #[oai(status = 200)]
    Ok(Json<Vec<ExtendedApplication>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListExtendedApplicationsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_extended_application`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetExtendedApplicationParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_extended_application` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetExtendedApplicationResponse {
    /// The extended application.
    #[oai(status = 200)]
    Ok(Json<ExtendedApplication>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetExtendedApplicationResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_workflows`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListWorkflowsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_workflows` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListWorkflowsResponse {
    /// The workflows.
    #[oai(status = 200)]
    Ok(Json<Vec<Workflow>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListWorkflowsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_workflow`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWorkflowParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_workflow` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetWorkflowResponse {
    /// The workflow.
    #[oai(status = 200)]
    Ok(Json<Workflow>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetWorkflowResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_workflow_run_history`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWorkflowRunHistoryParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_workflow_run_history` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetWorkflowRunHistoryResponse {
    /// The runs.
    #[oai(status = 200)]
    Ok(Json<Vec<WorkflowRun>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetWorkflowRunHistoryResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_workflows_last_run_details`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWorkflowsLastRunDetailsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_workflows_last_run_details` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetWorkflowsLastRunDetailsResponse {
    /// Each workflow's last run.
    #[oai(status = 200)]
    Ok(Json<Vec<WorkflowLastRun>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetWorkflowsLastRunDetailsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_data_providers`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListDataProvidersParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_data_providers` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListDataProvidersResponse {
    /// The data providers.
    #[oai(status = 200)]
    Ok(Json<Vec<DataProvider>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListDataProvidersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_data_provider`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetDataProviderParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_data_provider` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetDataProviderResponse {
    /// The data provider.
    #[oai(status = 200)]
    Ok(Json<DataProvider>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetDataProviderResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_layouts`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListLayoutsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_layouts` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListLayoutsResponse {
    /// The layouts (views).
    #[oai(status = 200)]
    Ok(Json<Vec<Layout>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListLayoutsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_layout`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetLayoutParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_layout` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetLayoutResponse {
    /// The layout.
    #[oai(status = 200)]
    Ok(Json<Layout>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetLayoutResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_attributes`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListAttributesParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_attributes` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListAttributesResponse {
    /// The attributes.
    #[oai(status = 200)]
    Ok(Json<Vec<Attribute>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListAttributesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_attribute`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetAttributeParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_attribute` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetAttributeResponse {
    /// The attribute.
    #[oai(status = 200)]
    Ok(Json<Attribute>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetAttributeResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_scripts`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListScriptsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_scripts` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListScriptsResponse {
    /// The scripts.
    #[oai(status = 200)]
    Ok(Json<Vec<Script>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListScriptsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_script`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetScriptParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_script` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetScriptResponse {
    /// The script.
    #[oai(status = 200)]
    Ok(Json<Script>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetScriptResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_script_runners`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListScriptRunnersParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_script_runners` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListScriptRunnersResponse {
    /// The script runners.
    #[oai(status = 200)]
    Ok(Json<Vec<ScriptRunner>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListScriptRunnersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_script_runner`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetScriptRunnerParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_script_runner` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetScriptRunnerResponse {
    /// The script runner.
    #[oai(status = 200)]
    Ok(Json<ScriptRunner>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetScriptRunnerResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
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
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_agents` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListAgentsResponse {
    /// The agents.
    #[oai(status = 200)]
    Ok(Json<Vec<Agent>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListAgentsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_agent`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetAgentParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_agent` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetAgentResponse {
    /// The agent.
    #[oai(status = 200)]
    Ok(Json<Agent>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetAgentResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_teams`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListTeamsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_teams` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListTeamsResponse {
    /// The teams.
    #[oai(status = 200)]
    Ok(Json<Vec<Team>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListTeamsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_team`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTeamParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_team` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTeamResponse {
    /// The team.
    #[oai(status = 200)]
    Ok(Json<Team>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetTeamResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_perimeters`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListPerimetersParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// Keep the entities whose `displayInformation.displayName` equals this exactly.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// Keep the entities whose `tags` contain this.
    #[serde(rename = "tag")]
    pub tag: Option<String>,
}

/// Every answer `list_perimeters` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListPerimetersResponse {
    /// The perimeters.
    #[oai(status = 200)]
    Ok(Json<Vec<Perimeter>>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ListPerimetersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_perimeter`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetPerimeterParams {
    /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
    #[serde(rename = "id")]
    pub id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_perimeter` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetPerimeterResponse {
    /// The perimeter.
    #[oai(status = 200)]
    Ok(Json<Perimeter>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetPerimeterResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `prepare_ingestion`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PrepareIngestionParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The datasource the load fills (its id).
    #[serde(rename = "datasource")]
    pub datasource: String,
    /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
    #[serde(rename = "format")]
    pub format: Option<PrepareIngestionFormat>,
    /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
    #[serde(rename = "reset")]
    pub reset: Option<PrepareIngestionReset>,
    /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
    #[serde(rename = "session")]
    pub session: String,
    /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
    #[serde(rename = "optimize")]
    pub optimize: Option<PrepareIngestionOptimize>,
    /// The client's operating system (a slug), shown in the load's log.
    #[serde(rename = "system")]
    pub system: Option<String>,
    /// The client's host name (a slug), shown in the load's log.
    #[serde(rename = "hostname")]
    pub hostname: Option<String>,
    /// When the client started the load, in milliseconds since the epoch.
    #[serde(rename = "start")]
    pub start: Option<i64>,
    /// How many rows the client sends in the whole load; `finalize` commits only when this many
    /// arrived. kywy sends it twice on `finalize`, with the same value.
    #[serde(rename = "nb_rows")]
    pub nb_rows: Option<i64>,
    /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
    #[serde(rename = "workflowInstanceId")]
    pub workflow_instance_id: Option<String>,
}

/// Every answer `prepare_ingestion` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PrepareIngestionResponse {
    /// Whether the load may start, and the auto-increment offset.
    #[oai(status = 200)]
    Ok(Json<IngestionPreparation>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The entity already exists.
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for PrepareIngestionResponse {
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

/// The parameters of `upload_ingestion`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadIngestionParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The datasource the load fills (its id).
    #[serde(rename = "datasource")]
    pub datasource: String,
    /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
    #[serde(rename = "format")]
    pub format: Option<UploadIngestionFormat>,
    /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
    #[serde(rename = "reset")]
    pub reset: Option<UploadIngestionReset>,
    /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
    #[serde(rename = "session")]
    pub session: String,
    /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
    #[serde(rename = "optimize")]
    pub optimize: Option<UploadIngestionOptimize>,
    /// The client's operating system (a slug), shown in the load's log.
    #[serde(rename = "system")]
    pub system: Option<String>,
    /// The client's host name (a slug), shown in the load's log.
    #[serde(rename = "hostname")]
    pub hostname: Option<String>,
    /// When the client started the load, in milliseconds since the epoch.
    #[serde(rename = "start")]
    pub start: Option<i64>,
    /// How many rows the client sends in the whole load; `finalize` commits only when this many
    /// arrived. kywy sends it twice on `finalize`, with the same value.
    #[serde(rename = "nb_rows")]
    pub nb_rows: Option<i64>,
    /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
    #[serde(rename = "workflowInstanceId")]
    pub workflow_instance_id: Option<String>,
}

/// Every answer `upload_ingestion` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UploadIngestionResponse {
    /// The rows were received.
    #[oai(status = 200)]
    Ok(Json<IngestionUpload>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The entity already exists.
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is larger than the server takes in one request; send the rows in several uploads.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for UploadIngestionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `finalize_ingestion`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FinalizeIngestionParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The datasource the load fills (its id).
    #[serde(rename = "datasource")]
    pub datasource: String,
    /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
    #[serde(rename = "format")]
    pub format: Option<FinalizeIngestionFormat>,
    /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
    #[serde(rename = "reset")]
    pub reset: Option<FinalizeIngestionReset>,
    /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
    #[serde(rename = "session")]
    pub session: String,
    /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
    #[serde(rename = "optimize")]
    pub optimize: Option<FinalizeIngestionOptimize>,
    /// The client's operating system (a slug), shown in the load's log.
    #[serde(rename = "system")]
    pub system: Option<String>,
    /// The client's host name (a slug), shown in the load's log.
    #[serde(rename = "hostname")]
    pub hostname: Option<String>,
    /// When the client started the load, in milliseconds since the epoch.
    #[serde(rename = "start")]
    pub start: Option<i64>,
    /// How many rows the client sends in the whole load; `finalize` commits only when this many
    /// arrived. kywy sends it twice on `finalize`, with the same value.
    #[serde(rename = "nb_rows")]
    pub nb_rows: Option<i64>,
    /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
    #[serde(rename = "workflowInstanceId")]
    pub workflow_instance_id: Option<String>,
}

/// Every answer `finalize_ingestion` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum FinalizeIngestionResponse {
    /// The outcome of the load.
    #[oai(status = 200)]
    Ok(Json<IngestionOutcome>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The entity already exists.
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for FinalizeIngestionResponse {
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

/// The parameters of `fail_ingestion`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FailIngestionParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The datasource the load fills (its id).
    #[serde(rename = "datasource")]
    pub datasource: String,
    /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
    #[serde(rename = "format")]
    pub format: Option<FailIngestionFormat>,
    /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
    #[serde(rename = "reset")]
    pub reset: Option<FailIngestionReset>,
    /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
    #[serde(rename = "session")]
    pub session: String,
    /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
    #[serde(rename = "optimize")]
    pub optimize: Option<FailIngestionOptimize>,
    /// The client's operating system (a slug), shown in the load's log.
    #[serde(rename = "system")]
    pub system: Option<String>,
    /// The client's host name (a slug), shown in the load's log.
    #[serde(rename = "hostname")]
    pub hostname: Option<String>,
    /// When the client started the load, in milliseconds since the epoch.
    #[serde(rename = "start")]
    pub start: Option<i64>,
    /// How many rows the client sends in the whole load; `finalize` commits only when this many
    /// arrived. kywy sends it twice on `finalize`, with the same value.
    #[serde(rename = "nb_rows")]
    pub nb_rows: Option<i64>,
    /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
    #[serde(rename = "workflowInstanceId")]
    pub workflow_instance_id: Option<String>,
}

/// Every answer `fail_ingestion` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum FailIngestionResponse {
    /// The load is abandoned.
    #[oai(status = 200)]
    Ok(Json<IngestionOutcome>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The entity already exists.
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for FailIngestionResponse {
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

/// The parameters of `compute_from_dsl`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ComputeFromDslParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `compute_from_dsl` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ComputeFromDslResponse {
    /// The result rows, as an Arrow IPC stream (a schema message, record batches, end of stream).
    #[oai(status = 200, content_type = "application/vnd.apache.arrow.stream")]
    Ok(Binary<Vec<u8>>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ComputeFromDslResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Binary(a.bytes()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `compute_sheet_stats`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ComputeSheetStatsParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `compute_sheet_stats` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ComputeSheetStatsResponse {
    /// The profiles, by column id.
    #[oai(status = 200)]
    Ok(Json<std::collections::BTreeMap<String, ColumnProfile>>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for ComputeSheetStatsResponse {
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

/// The parameters of `upload_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadFileParams {
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
    /// The file's id, chosen by the client (letters, digits, `-`, `_`, `.`).
    #[serde(rename = "fileId")]
    pub file_id: Option<String>,
}

/// Every answer `upload_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UploadFileResponse {
    /// The stored file.
    #[oai(status = 200)]
    Ok(Json<UploadedFile>),
    /// The request is malformed: the body is not JSON, a field is missing or of the wrong type, an
    /// unknown command, or a bad query parameter.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// The body is larger than the server takes in one request; send the rows in several uploads.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ErrorBody>),
    /// The body is not JSON (its `Content-Type` is another type, or missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
}

impl crate::support::FromAnswer for UploadFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file_metadata`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileMetadataParams {
    /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
    #[serde(rename = "fileId")]
    pub file_id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `get_file_metadata` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileMetadataResponse {
    /// The file's metadata.
    #[oai(status = 200)]
    Ok(Json<UploadedFile>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for GetFileMetadataResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `download_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DownloadFileParams {
    /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
    #[serde(rename = "fileId")]
    pub file_id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `download_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DownloadFileResponse {
    /// The file.
    #[oai(status = 200)]
    Ok(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] Option<String>,
    ),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for DownloadFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(
                Binary(a.bytes()?),
                a.header("Content-Disposition")?,
            )),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteFileParams {
    /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
    #[serde(rename = "fileId")]
    pub file_id: String,
    /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
    /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
    /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
    /// the caller can access, otherwise the answer is 403.
    #[serde(rename = "x-kawa-workspace-id")]
    pub x_kawa_workspace_id: Option<String>,
}

/// Every answer `delete_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteFileResponse {
    /// What was removed.
    #[oai(status = 200)]
    Ok(Json<FileRemoval>),
    /// No credentials, or an unknown or revoked API key or `accessToken`.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>),
    /// The API key does not have access to the workspace named by `x-kawa-workspace-id`, or the
    /// caller lacks the permission the operation needs.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No entity with that id (or a referenced entity does not exist).
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
}

impl crate::support::FromAnswer for DeleteFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_get_usage_from() -> String {
    "1980-01-01".to_string()
}

fn default_get_usage_to() -> String {
    "2100-01-01".to_string()
}

fn default_get_usage_zone_id() -> String {
    "UTC".to_string()
}

/// The operations tagged `Authentication`.
#[async_trait::async_trait]
pub trait AuthenticationApi: Send + Sync + 'static {
    /// Sign in with email and password
    async fn login(&self, req: &poem::Request, body: LoginRequest) -> poem::Result<LoginResponse>;
    /// Get the current user
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetCurrentUserParams,
    ) -> poem::Result<GetCurrentUserResponse>;
}

/// The operations tagged `Server`.
#[async_trait::async_trait]
pub trait ServerApi: Send + Sync + 'static {
    /// Health check
    async fn get_health(&self, req: &poem::Request) -> poem::Result<GetHealthResponse>;
    /// Script runner health
    async fn get_runner_health(&self, req: &poem::Request)
        -> poem::Result<GetRunnerHealthResponse>;
    /// Read a configuration
    async fn get_configuration(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetConfigurationParams,
    ) -> poem::Result<GetConfigurationResponse>;
    /// Server version
    async fn get_application_environment(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetApplicationEnvironmentParams,
    ) -> poem::Result<GetApplicationEnvironmentResponse>;
    /// Usage statistics
    async fn get_usage(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetUsageParams,
    ) -> poem::Result<GetUsageResponse>;
}

/// The operations tagged `Commands`.
#[async_trait::async_trait]
pub trait CommandsApi: Send + Sync + 'static {
    /// Run a command
    async fn run_command(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: RunCommandParams,
        body: Command,
    ) -> poem::Result<RunCommandResponse>;
}

/// The operations tagged `Users`.
#[async_trait::async_trait]
pub trait UsersApi: Send + Sync + 'static {
    /// List users
    async fn list_principals(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListPrincipalsParams,
    ) -> poem::Result<ListPrincipalsResponse>;
    /// Get a user by id
    async fn get_principal(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetPrincipalParams,
    ) -> poem::Result<GetPrincipalResponse>;
    /// List attributes
    async fn list_attributes(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListAttributesParams,
    ) -> poem::Result<ListAttributesResponse>;
    /// Get an attribute by id
    async fn get_attribute(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetAttributeParams,
    ) -> poem::Result<GetAttributeResponse>;
    /// List teams
    async fn list_teams(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListTeamsParams,
    ) -> poem::Result<ListTeamsResponse>;
    /// Get a team by id
    async fn get_team(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetTeamParams,
    ) -> poem::Result<GetTeamResponse>;
    /// List perimeters
    async fn list_perimeters(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListPerimetersParams,
    ) -> poem::Result<ListPerimetersResponse>;
    /// Get a perimeter by id
    async fn get_perimeter(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetPerimeterParams,
    ) -> poem::Result<GetPerimeterResponse>;
}

/// The operations tagged `Workspaces`.
#[async_trait::async_trait]
pub trait WorkspacesApi: Send + Sync + 'static {
    /// List workspaces
    async fn list_workspaces(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListWorkspacesParams,
    ) -> poem::Result<ListWorkspacesResponse>;
    /// Get a workspace by id
    async fn get_workspace(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkspaceParams,
    ) -> poem::Result<GetWorkspaceResponse>;
}

/// The operations tagged `Datasources`.
#[async_trait::async_trait]
pub trait DatasourcesApi: Send + Sync + 'static {
    /// List datasources
    async fn list_datasources(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDatasourcesParams,
    ) -> poem::Result<ListDatasourcesResponse>;
    /// Get a datasource by id
    async fn get_datasource(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceParams,
    ) -> poem::Result<GetDatasourceResponse>;
    /// Get a datasource's storage schema
    async fn get_datasource_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceSchemaParams,
    ) -> poem::Result<GetDatasourceSchemaResponse>;
    /// Get a datasource's health reports
    async fn get_datasource_health_report(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceHealthReportParams,
    ) -> poem::Result<GetDatasourceHealthReportResponse>;
    /// List data providers
    async fn list_data_providers(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDataProvidersParams,
    ) -> poem::Result<ListDataProvidersResponse>;
    /// Get a data provider by id
    async fn get_data_provider(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDataProviderParams,
    ) -> poem::Result<GetDataProviderResponse>;
}

/// The operations tagged `Sheets`.
#[async_trait::async_trait]
pub trait SheetsApi: Send + Sync + 'static {
    /// List sheets
    async fn list_sheets(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListSheetsParams,
    ) -> poem::Result<ListSheetsResponse>;
    /// Get a sheet by id
    async fn get_sheet(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetSheetParams,
    ) -> poem::Result<GetSheetResponse>;
    /// Get a sheet's schema
    async fn get_sheet_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetSheetSchemaParams,
    ) -> poem::Result<GetSheetSchemaResponse>;
    /// List layouts (views)
    async fn list_layouts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListLayoutsParams,
    ) -> poem::Result<ListLayoutsResponse>;
    /// Get a layout by id
    async fn get_layout(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetLayoutParams,
    ) -> poem::Result<GetLayoutResponse>;
}

/// The operations tagged `Dashboards and applications`.
#[async_trait::async_trait]
pub trait DashboardsAndApplicationsApi: Send + Sync + 'static {
    /// List dashboards
    async fn list_dashboards(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDashboardsParams,
    ) -> poem::Result<ListDashboardsResponse>;
    /// Get a dashboard by id
    async fn get_dashboard(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDashboardParams,
    ) -> poem::Result<GetDashboardResponse>;
    /// List applications
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListApplicationsParams,
    ) -> poem::Result<ListApplicationsResponse>;
    /// Get an application by id
    async fn get_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetApplicationParams,
    ) -> poem::Result<GetApplicationResponse>;
    /// List extended applications
    async fn list_extended_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListExtendedApplicationsParams,
    ) -> poem::Result<ListExtendedApplicationsResponse>;
    /// Get an extended application by id
    async fn get_extended_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetExtendedApplicationParams,
    ) -> poem::Result<GetExtendedApplicationResponse>;
}

/// The operations tagged `Workflows`.
#[async_trait::async_trait]
pub trait WorkflowsApi: Send + Sync + 'static {
    /// List workflows
    async fn list_workflows(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListWorkflowsParams,
    ) -> poem::Result<ListWorkflowsResponse>;
    /// Get a workflow by id
    async fn get_workflow(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowParams,
    ) -> poem::Result<GetWorkflowResponse>;
    /// Get a workflow's run history
    async fn get_workflow_run_history(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowRunHistoryParams,
    ) -> poem::Result<GetWorkflowRunHistoryResponse>;
    /// The last run of every workflow
    async fn get_workflows_last_run_details(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowsLastRunDetailsParams,
    ) -> poem::Result<GetWorkflowsLastRunDetailsResponse>;
}

/// The operations tagged `Scripts and agents`.
#[async_trait::async_trait]
pub trait ScriptsAndAgentsApi: Send + Sync + 'static {
    /// List scripts
    async fn list_scripts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListScriptsParams,
    ) -> poem::Result<ListScriptsResponse>;
    /// Get a script by id
    async fn get_script(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetScriptParams,
    ) -> poem::Result<GetScriptResponse>;
    /// List script runners
    async fn list_script_runners(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListScriptRunnersParams,
    ) -> poem::Result<ListScriptRunnersResponse>;
    /// Get a script runner by id
    async fn get_script_runner(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetScriptRunnerParams,
    ) -> poem::Result<GetScriptRunnerResponse>;
    /// List agents
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListAgentsParams,
    ) -> poem::Result<ListAgentsResponse>;
    /// Get an agent by id
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetAgentParams,
    ) -> poem::Result<GetAgentResponse>;
}

/// The operations tagged `Ingestion`.
#[async_trait::async_trait]
pub trait IngestionApi: Send + Sync + 'static {
    /// Open a load of rows into a datasource
    async fn prepare_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: PrepareIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<PrepareIngestionResponse>;
    /// Send rows to an open load
    async fn upload_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: UploadIngestionParams,
        body: Vec<u8>,
    ) -> poem::Result<UploadIngestionResponse>;
    /// Commit a load
    async fn finalize_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: FinalizeIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<FinalizeIngestionResponse>;
    /// Abandon a load
    async fn fail_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: FailIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<FailIngestionResponse>;
}

/// The operations tagged `Computation`.
#[async_trait::async_trait]
pub trait ComputationApi: Send + Sync + 'static {
    /// Query a sheet
    async fn compute_from_dsl(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ComputeFromDslParams,
        body: ComputationRequest,
    ) -> poem::Result<ComputeFromDslResponse>;
    /// Profile a sheet's columns
    async fn compute_sheet_stats(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ComputeSheetStatsParams,
        body: SheetStatsRequest,
    ) -> poem::Result<ComputeSheetStatsResponse>;
}

/// The operations tagged `Uploads`.
#[async_trait::async_trait]
pub trait UploadsApi: Send + Sync + 'static {
    /// Upload a file
    async fn upload_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: UploadFileParams,
        body: FileUploadForm,
    ) -> poem::Result<UploadFileResponse>;
    /// Read a file's metadata
    async fn get_file_metadata(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetFileMetadataParams,
    ) -> poem::Result<GetFileMetadataResponse>;
    /// Download a file
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: DownloadFileParams,
    ) -> poem::Result<DownloadFileResponse>;
    /// Delete a file
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: DeleteFileParams,
    ) -> poem::Result<DeleteFileResponse>;
}

/// Implements [`AuthenticationApi`] for a real-mode surface that does not serve the `Authentication`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_authentication_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl AuthenticationApi for $t {
                async fn login(
                    &self,
                    _req: &poem::Request,
                    _body: LoginRequest,
                ) -> poem::Result<LoginResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_current_user(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetCurrentUserParams,
                ) -> poem::Result<GetCurrentUserResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ServerApi`] for a real-mode surface that does not serve the `Server`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_server_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl ServerApi for $t {
                async fn get_health(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<GetHealthResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_runner_health(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<GetRunnerHealthResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_configuration(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetConfigurationParams,
                ) -> poem::Result<GetConfigurationResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_application_environment(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetApplicationEnvironmentParams,
                ) -> poem::Result<GetApplicationEnvironmentResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_usage(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetUsageParams,
                ) -> poem::Result<GetUsageResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`CommandsApi`] for a real-mode surface that does not serve the `Commands`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_commands_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl CommandsApi for $t {
                async fn run_command(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: RunCommandParams,
                    _body: Command,
                ) -> poem::Result<RunCommandResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`UsersApi`] for a real-mode surface that does not serve the `Users`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_users_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl UsersApi for $t {
                async fn list_principals(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListPrincipalsParams,
                ) -> poem::Result<ListPrincipalsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_principal(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetPrincipalParams,
                ) -> poem::Result<GetPrincipalResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_attributes(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListAttributesParams,
                ) -> poem::Result<ListAttributesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_attribute(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetAttributeParams,
                ) -> poem::Result<GetAttributeResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_teams(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListTeamsParams,
                ) -> poem::Result<ListTeamsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_team(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetTeamParams,
                ) -> poem::Result<GetTeamResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_perimeters(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListPerimetersParams,
                ) -> poem::Result<ListPerimetersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_perimeter(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetPerimeterParams,
                ) -> poem::Result<GetPerimeterResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`WorkspacesApi`] for a real-mode surface that does not serve the `Workspaces`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_workspaces_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl WorkspacesApi for $t {
                async fn list_workspaces(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListWorkspacesParams,
                ) -> poem::Result<ListWorkspacesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_workspace(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetWorkspaceParams,
                ) -> poem::Result<GetWorkspaceResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`DatasourcesApi`] for a real-mode surface that does not serve the `Datasources`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_datasources_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl DatasourcesApi for $t {
                async fn list_datasources(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListDatasourcesParams,
                ) -> poem::Result<ListDatasourcesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_datasource(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetDatasourceParams,
                ) -> poem::Result<GetDatasourceResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_datasource_schema(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetDatasourceSchemaParams,
                ) -> poem::Result<GetDatasourceSchemaResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_datasource_health_report(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetDatasourceHealthReportParams,
                ) -> poem::Result<GetDatasourceHealthReportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_data_providers(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListDataProvidersParams,
                ) -> poem::Result<ListDataProvidersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_data_provider(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetDataProviderParams,
                ) -> poem::Result<GetDataProviderResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`SheetsApi`] for a real-mode surface that does not serve the `Sheets`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_sheets_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl SheetsApi for $t {
                async fn list_sheets(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListSheetsParams,
                ) -> poem::Result<ListSheetsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_sheet(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetSheetParams,
                ) -> poem::Result<GetSheetResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_sheet_schema(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetSheetSchemaParams,
                ) -> poem::Result<GetSheetSchemaResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_layouts(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListLayoutsParams,
                ) -> poem::Result<ListLayoutsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_layout(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetLayoutParams,
                ) -> poem::Result<GetLayoutResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`DashboardsAndApplicationsApi`] for a real-mode surface that does not serve the `Dashboards and applications`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_dashboards_and_applications_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl DashboardsAndApplicationsApi for $t {
                async fn list_dashboards(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListDashboardsParams,
                ) -> poem::Result<ListDashboardsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_dashboard(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetDashboardParams,
                ) -> poem::Result<GetDashboardResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_applications(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListApplicationsParams,
                ) -> poem::Result<ListApplicationsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_application(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetApplicationParams,
                ) -> poem::Result<GetApplicationResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_extended_applications(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListExtendedApplicationsParams,
                ) -> poem::Result<ListExtendedApplicationsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_extended_application(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetExtendedApplicationParams,
                ) -> poem::Result<GetExtendedApplicationResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`WorkflowsApi`] for a real-mode surface that does not serve the `Workflows`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_workflows_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl WorkflowsApi for $t {
                async fn list_workflows(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListWorkflowsParams,
                ) -> poem::Result<ListWorkflowsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_workflow(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetWorkflowParams,
                ) -> poem::Result<GetWorkflowResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_workflow_run_history(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetWorkflowRunHistoryParams,
                ) -> poem::Result<GetWorkflowRunHistoryResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_workflows_last_run_details(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetWorkflowsLastRunDetailsParams,
                ) -> poem::Result<GetWorkflowsLastRunDetailsResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ScriptsAndAgentsApi`] for a real-mode surface that does not serve the `Scripts and agents`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_scripts_and_agents_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl ScriptsAndAgentsApi for $t {
                async fn list_scripts(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListScriptsParams,
                ) -> poem::Result<ListScriptsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_script(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetScriptParams,
                ) -> poem::Result<GetScriptResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_script_runners(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListScriptRunnersParams,
                ) -> poem::Result<ListScriptRunnersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_script_runner(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetScriptRunnerParams,
                ) -> poem::Result<GetScriptRunnerResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_agents(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ListAgentsParams,
                ) -> poem::Result<ListAgentsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_agent(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetAgentParams,
                ) -> poem::Result<GetAgentResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`IngestionApi`] for a real-mode surface that does not serve the `Ingestion`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_ingestion_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl IngestionApi for $t {
                async fn prepare_ingestion(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: PrepareIngestionParams,
                    _body: EmptyObject,
                ) -> poem::Result<PrepareIngestionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn upload_ingestion(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: UploadIngestionParams,
                    _body: Vec<u8>,
                ) -> poem::Result<UploadIngestionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn finalize_ingestion(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: FinalizeIngestionParams,
                    _body: EmptyObject,
                ) -> poem::Result<FinalizeIngestionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn fail_ingestion(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: FailIngestionParams,
                    _body: EmptyObject,
                ) -> poem::Result<FailIngestionResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`ComputationApi`] for a real-mode surface that does not serve the `Computation`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_computation_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl ComputationApi for $t {
                async fn compute_from_dsl(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ComputeFromDslParams,
                    _body: ComputationRequest,
                ) -> poem::Result<ComputeFromDslResponse> {
                    Err($crate::support::unmounted())
                }
                async fn compute_sheet_stats(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: ComputeSheetStatsParams,
                    _body: SheetStatsRequest,
                ) -> poem::Result<ComputeSheetStatsResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`UploadsApi`] for a real-mode surface that does not serve the `Uploads`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kawa_v1_unmounted_uploads_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kawa::v1::*;
            #[$crate::support::async_trait]
            impl UploadsApi for $t {
                async fn upload_file(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: UploadFileParams,
                    _body: FileUploadForm,
                ) -> poem::Result<UploadFileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_file_metadata(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: GetFileMetadataParams,
                ) -> poem::Result<GetFileMetadataResponse> {
                    Err($crate::support::unmounted())
                }
                async fn download_file(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: DownloadFileParams,
                ) -> poem::Result<DownloadFileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_file(
                    &self,
                    _req: &poem::Request,
                    _auth: ApiKeyOrAccessTokenCookie,
                    _params: DeleteFileParams,
                ) -> poem::Result<DeleteFileResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api:
    AuthenticationApi
    + ServerApi
    + CommandsApi
    + UsersApi
    + WorkspacesApi
    + DatasourcesApi
    + SheetsApi
    + DashboardsAndApplicationsApi
    + WorkflowsApi
    + ScriptsAndAgentsApi
    + IngestionApi
    + ComputationApi
    + UploadsApi
{
}

impl<
        T: AuthenticationApi
            + ServerApi
            + CommandsApi
            + UsersApi
            + WorkspacesApi
            + DatasourcesApi
            + SheetsApi
            + DashboardsAndApplicationsApi
            + WorkflowsApi
            + ScriptsAndAgentsApi
            + IngestionApi
            + ComputationApi
            + UploadsApi,
    > Api for T
{
}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> AuthenticationApi for Backed<B> {
    async fn login(&self, req: &poem::Request, body: LoginRequest) -> poem::Result<LoginResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[0],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <LoginResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetCurrentUserParams,
    ) -> poem::Result<GetCurrentUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCurrentUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ServerApi for Backed<B> {
    async fn get_health(&self, req: &poem::Request) -> poem::Result<GetHealthResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <GetHealthResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
    async fn get_runner_health(
        &self,
        req: &poem::Request,
    ) -> poem::Result<GetRunnerHealthResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <GetRunnerHealthResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn get_configuration(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetConfigurationParams,
    ) -> poem::Result<GetConfigurationResponse> {
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
        <GetConfigurationResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
    async fn get_application_environment(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetApplicationEnvironmentParams,
    ) -> poem::Result<GetApplicationEnvironmentResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[5],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetApplicationEnvironmentResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[5], e))
    }
    async fn get_usage(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetUsageParams,
    ) -> poem::Result<GetUsageResponse> {
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
        <GetUsageResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[6], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> CommandsApi for Backed<B> {
    async fn run_command(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: RunCommandParams,
        body: Command,
    ) -> poem::Result<RunCommandResponse> {
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
        <RunCommandResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[7], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> UsersApi for Backed<B> {
    async fn list_principals(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListPrincipalsParams,
    ) -> poem::Result<ListPrincipalsResponse> {
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
        <ListPrincipalsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[8], e))
    }
    async fn get_principal(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetPrincipalParams,
    ) -> poem::Result<GetPrincipalResponse> {
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
        <GetPrincipalResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[9], e))
    }
    async fn list_attributes(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListAttributesParams,
    ) -> poem::Result<ListAttributesResponse> {
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
        <ListAttributesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[33], e))
    }
    async fn get_attribute(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetAttributeParams,
    ) -> poem::Result<GetAttributeResponse> {
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
        <GetAttributeResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[34], e))
    }
    async fn list_teams(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListTeamsParams,
    ) -> poem::Result<ListTeamsResponse> {
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
        <ListTeamsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[41], e))
    }
    async fn get_team(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetTeamParams,
    ) -> poem::Result<GetTeamResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[42],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTeamResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[42], e))
    }
    async fn list_perimeters(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListPerimetersParams,
    ) -> poem::Result<ListPerimetersResponse> {
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
        <ListPerimetersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[43], e))
    }
    async fn get_perimeter(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetPerimeterParams,
    ) -> poem::Result<GetPerimeterResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[44],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetPerimeterResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[44], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> WorkspacesApi for Backed<B> {
    async fn list_workspaces(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListWorkspacesParams,
    ) -> poem::Result<ListWorkspacesResponse> {
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
        <ListWorkspacesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[10], e))
    }
    async fn get_workspace(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkspaceParams,
    ) -> poem::Result<GetWorkspaceResponse> {
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
        <GetWorkspaceResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[11], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> DatasourcesApi for Backed<B> {
    async fn list_datasources(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDatasourcesParams,
    ) -> poem::Result<ListDatasourcesResponse> {
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
        <ListDatasourcesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[12], e))
    }
    async fn get_datasource(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceParams,
    ) -> poem::Result<GetDatasourceResponse> {
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
        <GetDatasourceResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[13], e))
    }
    async fn get_datasource_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceSchemaParams,
    ) -> poem::Result<GetDatasourceSchemaResponse> {
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
        <GetDatasourceSchemaResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[14], e))
    }
    async fn get_datasource_health_report(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDatasourceHealthReportParams,
    ) -> poem::Result<GetDatasourceHealthReportResponse> {
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
        <GetDatasourceHealthReportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[15], e))
    }
    async fn list_data_providers(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDataProvidersParams,
    ) -> poem::Result<ListDataProvidersResponse> {
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
        <ListDataProvidersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[29], e))
    }
    async fn get_data_provider(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDataProviderParams,
    ) -> poem::Result<GetDataProviderResponse> {
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
        <GetDataProviderResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[30], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> SheetsApi for Backed<B> {
    async fn list_sheets(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListSheetsParams,
    ) -> poem::Result<ListSheetsResponse> {
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
        <ListSheetsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[16], e))
    }
    async fn get_sheet(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetSheetParams,
    ) -> poem::Result<GetSheetResponse> {
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
        <GetSheetResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[17], e))
    }
    async fn get_sheet_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetSheetSchemaParams,
    ) -> poem::Result<GetSheetSchemaResponse> {
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
        <GetSheetSchemaResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[18], e))
    }
    async fn list_layouts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListLayoutsParams,
    ) -> poem::Result<ListLayoutsResponse> {
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
        <ListLayoutsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[31], e))
    }
    async fn get_layout(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetLayoutParams,
    ) -> poem::Result<GetLayoutResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[32],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetLayoutResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[32], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> DashboardsAndApplicationsApi for Backed<B> {
    async fn list_dashboards(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListDashboardsParams,
    ) -> poem::Result<ListDashboardsResponse> {
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
        <ListDashboardsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[19], e))
    }
    async fn get_dashboard(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetDashboardParams,
    ) -> poem::Result<GetDashboardResponse> {
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
        <GetDashboardResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[20], e))
    }
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListApplicationsParams,
    ) -> poem::Result<ListApplicationsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[21],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListApplicationsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[21], e))
    }
    async fn get_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetApplicationParams,
    ) -> poem::Result<GetApplicationResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[22],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetApplicationResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[22], e))
    }
    async fn list_extended_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListExtendedApplicationsParams,
    ) -> poem::Result<ListExtendedApplicationsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[23],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListExtendedApplicationsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[23], e))
    }
    async fn get_extended_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetExtendedApplicationParams,
    ) -> poem::Result<GetExtendedApplicationResponse> {
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
        <GetExtendedApplicationResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[24], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> WorkflowsApi for Backed<B> {
    async fn list_workflows(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListWorkflowsParams,
    ) -> poem::Result<ListWorkflowsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[25],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListWorkflowsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[25], e))
    }
    async fn get_workflow(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowParams,
    ) -> poem::Result<GetWorkflowResponse> {
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
        <GetWorkflowResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[26], e))
    }
    async fn get_workflow_run_history(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowRunHistoryParams,
    ) -> poem::Result<GetWorkflowRunHistoryResponse> {
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
        <GetWorkflowRunHistoryResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[27], e))
    }
    async fn get_workflows_last_run_details(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetWorkflowsLastRunDetailsParams,
    ) -> poem::Result<GetWorkflowsLastRunDetailsResponse> {
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
        <GetWorkflowsLastRunDetailsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[28], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ScriptsAndAgentsApi for Backed<B> {
    async fn list_scripts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListScriptsParams,
    ) -> poem::Result<ListScriptsResponse> {
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
        <ListScriptsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[35], e))
    }
    async fn get_script(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetScriptParams,
    ) -> poem::Result<GetScriptResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[36],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetScriptResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[36], e))
    }
    async fn list_script_runners(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListScriptRunnersParams,
    ) -> poem::Result<ListScriptRunnersResponse> {
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
        <ListScriptRunnersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[37], e))
    }
    async fn get_script_runner(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetScriptRunnerParams,
    ) -> poem::Result<GetScriptRunnerResponse> {
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
        <GetScriptRunnerResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[38], e))
    }
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ListAgentsParams,
    ) -> poem::Result<ListAgentsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[39],
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
            .map_err(|e| crate::support::unfit(&OPERATIONS[39], e))
    }
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetAgentParams,
    ) -> poem::Result<GetAgentResponse> {
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
        <GetAgentResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[40], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> IngestionApi for Backed<B> {
    async fn prepare_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: PrepareIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<PrepareIngestionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[45],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PrepareIngestionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[45], e))
    }
    async fn upload_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: UploadIngestionParams,
        body: Vec<u8>,
    ) -> poem::Result<UploadIngestionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[46],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Bytes(body.clone()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UploadIngestionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[46], e))
    }
    async fn finalize_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: FinalizeIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<FinalizeIngestionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[47],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <FinalizeIngestionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[47], e))
    }
    async fn fail_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: FailIngestionParams,
        body: EmptyObject,
    ) -> poem::Result<FailIngestionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[48],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <FailIngestionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[48], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> ComputationApi for Backed<B> {
    async fn compute_from_dsl(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ComputeFromDslParams,
        body: ComputationRequest,
    ) -> poem::Result<ComputeFromDslResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[49],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ComputeFromDslResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[49], e))
    }
    async fn compute_sheet_stats(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: ComputeSheetStatsParams,
        body: SheetStatsRequest,
    ) -> poem::Result<ComputeSheetStatsResponse> {
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
        <ComputeSheetStatsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[50], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> UploadsApi for Backed<B> {
    async fn upload_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: UploadFileParams,
        body: FileUploadForm,
    ) -> poem::Result<UploadFileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[51],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Form(body.to_form()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UploadFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[51], e))
    }
    async fn get_file_metadata(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: GetFileMetadataParams,
    ) -> poem::Result<GetFileMetadataResponse> {
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
        <GetFileMetadataResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[52], e))
    }
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: DownloadFileParams,
    ) -> poem::Result<DownloadFileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[53],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DownloadFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[53], e))
    }
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        params: DeleteFileParams,
    ) -> poem::Result<DeleteFileResponse> {
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
        <DeleteFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[54], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// Sign in with email and password
    ///
    /// Checks the credentials and answers the signed-in user, setting the `accessToken` cookie that
    /// authenticates later calls (send it back as `Cookie: accessToken=<token>`; a header that
    /// repeats the cookie, as kywy's does, is accepted). No workspace header is needed. Wrong
    /// credentials, or an inactive user, answer 401 with an `error`.
    #[oai(
        path = "/authentication/login",
        method = "post",
        operation_id = "login",
        tag = "Tags::Authentication"
    )]
    async fn login(
        &self,
        req: &poem::Request,
        body: Json<LoginRequest>,
    ) -> poem::Result<LoginResponse> {
        self.0.login(req, body.0).await
    }

    /// Get the current user
    ///
    /// The user the API key or `accessToken` cookie belongs to. kywy calls it first (before any
    /// workspace header is set) and uses `currentWorkspaceId` as its default workspace. A workspace
    /// header, when sent, must name a workspace the user can access (403 otherwise).
    #[oai(
        path = "/authentication/current-user",
        method = "get",
        operation_id = "get_current_user",
        tag = "Tags::Authentication"
    )]
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetCurrentUserResponse> {
        self.0
            .get_current_user(
                req,
                auth,
                GetCurrentUserParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Health check
    ///
    /// Whether the server is up. Needs no authentication and no workspace header.
    #[oai(
        path = "/health",
        method = "get",
        operation_id = "get_health",
        tag = "Tags::Server"
    )]
    async fn get_health(&self, req: &poem::Request) -> poem::Result<GetHealthResponse> {
        self.0.get_health(req).await
    }

    /// Script runner health
    ///
    /// Whether the Python script runner (the service that runs scripts and tools next to KAWA) is
    /// up; kywy's `runner_health()` reads it. Needs no authentication and no workspace header.
    /// The runner is the first one declared (`CreateScriptRunner`; kywy's runner commands act on
    /// it too): `UP` when it is enabled and answers a TCP connection at its host and port within
    /// two seconds, `DOWN` otherwise (none declared, disabled, or unreachable).
    #[oai(
        path = "/health/runner",
        method = "get",
        operation_id = "get_runner_health",
        tag = "Tags::Server"
    )]
    async fn get_runner_health(
        &self,
        req: &poem::Request,
    ) -> poem::Result<GetRunnerHealthResponse> {
        self.0.get_runner_health(req).await
    }

    /// Read a configuration
    ///
    /// The server-wide configuration of one type, by the simple name of its configuration class
    /// (`ArrowFlightConfiguration`, …), as `ReplaceConfiguration` stores it; kywy's
    /// `get_configuration(type)` and `configuration.load_flight_configuration()` read it.
    /// Administrators only (403 otherwise). Global: the workspace header is optional.
    #[oai(
        path = "/backoffice/configuration/:type",
        method = "get",
        operation_id = "get_configuration",
        tag = "Tags::Server"
    )]
    async fn get_configuration(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The configuration class's simple name (letters and digits, starting with a letter). Any
        /// other value names no configuration (404).
        #[oai(
            name = "type",
            validator(max_length = 100, pattern = "^[A-Za-z][A-Za-z0-9]*$")
        )]
        type_: Path<String>,
    ) -> poem::Result<GetConfigurationResponse> {
        self.0
            .get_configuration(
                req,
                auth,
                GetConfigurationParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Server version
    ///
    /// The server's version and environment. kywy's `get_server_version()` reads `version.version`
    /// (`v1.40.0-…`). Global: the workspace header is optional.
    #[oai(
        path = "/backoffice/application-environment",
        method = "get",
        operation_id = "get_application_environment",
        tag = "Tags::Server"
    )]
    async fn get_application_environment(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetApplicationEnvironmentResponse> {
        self.0
            .get_application_environment(
                req,
                auth,
                GetApplicationEnvironmentParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Usage statistics
    ///
    /// Per-user activity between `from` and `to` (inclusive days, cut in `zoneId`). kywy sends all
    /// three (defaults 1980-01-01, 2100-01-01 and the local zone) and indexes `userUsageReports` on
    /// `userId`. Administrators only (403 otherwise). A bad date or zone answers 400.
    #[oai(
        path = "/backoffice/usage",
        method = "get",
        operation_id = "get_usage",
        tag = "Tags::Server"
    )]
    async fn get_usage(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// First day, `YYYY-MM-DD`.
        #[oai(name = "from", default = "default_get_usage_from")]
        from: Query<String>,
        /// Last day, `YYYY-MM-DD`.
        #[oai(name = "to", default = "default_get_usage_to")]
        to: Query<String>,
        /// An IANA time zone; UTC when absent.
        #[oai(name = "zoneId", default = "default_get_usage_zone_id")]
        zone_id: Query<String>,
    ) -> poem::Result<GetUsageResponse> {
        self.0
            .get_usage(
                req,
                auth,
                GetUsageParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    from: from.0,
                    to: to.0,
                    zone_id: zone_id.0,
                },
            )
            .await
    }

    /// Run a command
    ///
    /// The command bus for every write: `{"command": "<Name>", "parameters": {...}}`, one variant
    /// per command (see `Command`). Commands act in the workspace named by `x-kawa-workspace-id`.
    ///
    /// Answers **200** with the command's result (see `CommandResult`: the created or changed
    /// entity, or a small acknowledgement, always a JSON body), **202** when an asynchronous
    /// process was started (`RunWorkflow`), **409** when the entity already exists
    /// (`CreateActivePrincipalWithPassword` for a known email, `CreateWorkspace` for a taken name,
    /// `AdminGenerateApiKeyForPrincipal` without `replaceIfExists`), **404** when an entity the
    /// parameters name does not exist, **403** when the caller may not run the command
    /// (administrator commands, or a workspace it cannot access) and **400** for an unknown command
    /// or invalid parameters.
    ///
    /// kywy posts to `//commands/secured/run` (a doubled leading slash); the server collapses
    /// repeated slashes, so that request reaches this operation.
    #[oai(
        path = "/commands/secured/run",
        method = "post",
        operation_id = "run_command",
        tag = "Tags::Commands"
    )]
    async fn run_command(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        body: Json<Command>,
    ) -> poem::Result<RunCommandResponse> {
        self.0
            .run_command(
                req,
                auth,
                RunCommandParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
                body.0,
            )
            .await
    }

    /// List users
    ///
    /// All users the caller can see, as a bare JSON array (possibly empty), oldest first. Global:
    /// not workspace-scoped, the workspace header is optional. `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/principals",
        method = "get",
        operation_id = "list_principals",
        tag = "Tags::Users"
    )]
    async fn list_principals(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListPrincipalsResponse> {
        self.0
            .list_principals(
                req,
                auth,
                ListPrincipalsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a user by id
    ///
    /// One of the users by id. Global: not workspace-scoped, the workspace header is optional. An
    /// unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a name and
    /// expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/principals/:id",
        method = "get",
        operation_id = "get_principal",
        tag = "Tags::Users"
    )]
    async fn get_principal(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetPrincipalResponse> {
        self.0
            .get_principal(
                req,
                auth,
                GetPrincipalParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List workspaces
    ///
    /// All workspaces the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Global: answers the workspaces the caller can access (public ones and those it is a member
    /// of) and works without the workspace header; a header naming a workspace the caller cannot
    /// access answers 403. `name` keeps the entities whose `displayInformation.displayName` equals
    /// it exactly (kywy's `get_entity` relies on this) and `tag` those that carry the tag; both may
    /// be combined.
    #[oai(
        path = "/backoffice/workspaces",
        method = "get",
        operation_id = "list_workspaces",
        tag = "Tags::Workspaces"
    )]
    async fn list_workspaces(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListWorkspacesResponse> {
        self.0
            .list_workspaces(
                req,
                auth,
                ListWorkspacesParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a workspace by id
    ///
    /// One of the workspaces by id. Global: answers the workspaces the caller can access (public
    /// ones and those it is a member of) and works without the workspace header; a header naming a
    /// workspace the caller cannot access answers 403. An unknown id answers 404 — kywy's
    /// `get_entity(name)` also probes this path with a name and expects a non-200 answer when
    /// nothing has that id.
    #[oai(
        path = "/backoffice/workspaces/:id",
        method = "get",
        operation_id = "get_workspace",
        tag = "Tags::Workspaces"
    )]
    async fn get_workspace(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetWorkspaceResponse> {
        self.0
            .get_workspace(
                req,
                auth,
                GetWorkspaceParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List datasources
    ///
    /// All datasources the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/datasources",
        method = "get",
        operation_id = "list_datasources",
        tag = "Tags::Datasources"
    )]
    async fn list_datasources(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListDatasourcesResponse> {
        self.0
            .list_datasources(
                req,
                auth,
                ListDatasourcesParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a datasource by id
    ///
    /// One of the datasources by id. Workspace-scoped: answers the entities of the workspace named
    /// by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/datasources/:id",
        method = "get",
        operation_id = "get_datasource",
        tag = "Tags::Datasources"
    )]
    async fn get_datasource(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetDatasourceResponse> {
        self.0
            .get_datasource(
                req,
                auth,
                GetDatasourceParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Get a datasource's storage schema
    ///
    /// The warehouse DDL of the datasource (kywy's `get_datasource_schema`). Workspace-scoped:
    /// answers the entities of the workspace named by `x-kawa-workspace-id` (or, without it, of the
    /// caller's current workspace).
    #[oai(
        path = "/backoffice/datasources/:id/schema",
        method = "get",
        operation_id = "get_datasource_schema",
        tag = "Tags::Datasources"
    )]
    async fn get_datasource_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetDatasourceSchemaResponse> {
        self.0
            .get_datasource_schema(
                req,
                auth,
                GetDatasourceSchemaParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Get a datasource's health reports
    ///
    /// The datasource's health reports, one per load, as a JSON array (empty before the first
    /// load). kywy sorts them on `synchronizationState.startTime` and reads the latest `status`.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). Note the path: the id comes after
    /// `health-report/v2`, not after `datasources`.
    #[oai(
        path = "/backoffice/datasources/health-report/v2/:id",
        method = "get",
        operation_id = "get_datasource_health_report",
        tag = "Tags::Datasources"
    )]
    async fn get_datasource_health_report(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetDatasourceHealthReportResponse> {
        self.0
            .get_datasource_health_report(
                req,
                auth,
                GetDatasourceHealthReportParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List sheets
    ///
    /// All sheets the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/sheets",
        method = "get",
        operation_id = "list_sheets",
        tag = "Tags::Sheets"
    )]
    async fn list_sheets(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListSheetsResponse> {
        self.0
            .list_sheets(
                req,
                auth,
                ListSheetsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a sheet by id
    ///
    /// One of the sheets by id. Workspace-scoped: answers the entities of the workspace named by
    /// `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/sheets/:id",
        method = "get",
        operation_id = "get_sheet",
        tag = "Tags::Sheets"
    )]
    async fn get_sheet(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetSheetResponse> {
        self.0
            .get_sheet(
                req,
                auth,
                GetSheetParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Get a sheet's schema
    ///
    /// The sheet's columns (kywy's `get_sheet_schema` returns `schema`). Workspace-scoped: answers
    /// the entities of the workspace named by `x-kawa-workspace-id` (or, without it, of the
    /// caller's current workspace).
    #[oai(
        path = "/backoffice/sheets/:id/schema",
        method = "get",
        operation_id = "get_sheet_schema",
        tag = "Tags::Sheets"
    )]
    async fn get_sheet_schema(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetSheetSchemaResponse> {
        self.0
            .get_sheet_schema(
                req,
                auth,
                GetSheetSchemaParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List dashboards
    ///
    /// All dashboards the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/dashboards",
        method = "get",
        operation_id = "list_dashboards",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn list_dashboards(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListDashboardsResponse> {
        self.0
            .list_dashboards(
                req,
                auth,
                ListDashboardsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a dashboard by id
    ///
    /// One of the dashboards by id. Workspace-scoped: answers the entities of the workspace named
    /// by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/dashboards/:id",
        method = "get",
        operation_id = "get_dashboard",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn get_dashboard(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetDashboardResponse> {
        self.0
            .get_dashboard(
                req,
                auth,
                GetDashboardParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List applications
    ///
    /// All applications the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/applications",
        method = "get",
        operation_id = "list_applications",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListApplicationsResponse> {
        self.0
            .list_applications(
                req,
                auth,
                ListApplicationsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get an application by id
    ///
    /// One of the applications by id. Workspace-scoped: answers the entities of the workspace named
    /// by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/applications/:id",
        method = "get",
        operation_id = "get_application",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn get_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetApplicationResponse> {
        self.0
            .get_application(
                req,
                auth,
                GetApplicationParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List extended applications
    ///
    /// All extended applications the caller can see, as a bare JSON array (possibly empty), oldest
    /// first. Workspace-scoped: answers the entities of the workspace named by
    /// `x-kawa-workspace-id` (or, without it, of the caller's current workspace). `name` keeps the
    /// entities whose `displayInformation.displayName` equals it exactly (kywy's `get_entity`
    /// relies on this) and `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/extended-applications",
        method = "get",
        operation_id = "list_extended_applications",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn list_extended_applications(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListExtendedApplicationsResponse> {
        self.0
            .list_extended_applications(
                req,
                auth,
                ListExtendedApplicationsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get an extended application by id
    ///
    /// One of the extended applications by id. Workspace-scoped: answers the entities of the
    /// workspace named by `x-kawa-workspace-id` (or, without it, of the caller's current
    /// workspace). An unknown id answers 404 — kywy's `get_entity(name)` also probes this path with
    /// a name and expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/extended-applications/:id",
        method = "get",
        operation_id = "get_extended_application",
        tag = "Tags::DashboardsAndApplications"
    )]
    async fn get_extended_application(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetExtendedApplicationResponse> {
        self.0
            .get_extended_application(
                req,
                auth,
                GetExtendedApplicationParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List workflows
    ///
    /// All workflows the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/workflows",
        method = "get",
        operation_id = "list_workflows",
        tag = "Tags::Workflows"
    )]
    async fn list_workflows(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListWorkflowsResponse> {
        self.0
            .list_workflows(
                req,
                auth,
                ListWorkflowsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a workflow by id
    ///
    /// One of the workflows by id. Workspace-scoped: answers the entities of the workspace named by
    /// `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/workflows/:id",
        method = "get",
        operation_id = "get_workflow",
        tag = "Tags::Workflows"
    )]
    async fn get_workflow(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetWorkflowResponse> {
        self.0
            .get_workflow(
                req,
                auth,
                GetWorkflowParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Get a workflow's run history
    ///
    /// The workflow's runs, newest first, as a JSON array (empty before the first run); a run
    /// started by `RunWorkflow` appears at once with `status: RUNNING`. Workspace-scoped: answers
    /// the entities of the workspace named by `x-kawa-workspace-id` (or, without it, of the
    /// caller's current workspace).
    #[oai(
        path = "/backoffice/workflows/:id/run-history",
        method = "get",
        operation_id = "get_workflow_run_history",
        tag = "Tags::Workflows"
    )]
    async fn get_workflow_run_history(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetWorkflowRunHistoryResponse> {
        self.0
            .get_workflow_run_history(
                req,
                auth,
                GetWorkflowRunHistoryParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// The last run of every workflow
    ///
    /// kywy's `get_workflows_last_run_details()`: every workflow of the workspace with its newest
    /// run (`lastRun`, absent before the first), oldest workflow first. Workspace-scoped: answers
    /// for the workspace named by `x-kawa-workspace-id` (or, without it, the caller's current
    /// workspace). Schema designed by Understudy: the KAWA reference names the endpoint but not
    /// its body.
    #[oai(
        path = "/backoffice/workflows-last-run-details",
        method = "get",
        operation_id = "get_workflows_last_run_details",
        tag = "Tags::Workflows"
    )]
    async fn get_workflows_last_run_details(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetWorkflowsLastRunDetailsResponse> {
        self.0
            .get_workflows_last_run_details(
                req,
                auth,
                GetWorkflowsLastRunDetailsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List data providers
    ///
    /// All data providers the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/data-providers",
        method = "get",
        operation_id = "list_data_providers",
        tag = "Tags::Datasources"
    )]
    async fn list_data_providers(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListDataProvidersResponse> {
        self.0
            .list_data_providers(
                req,
                auth,
                ListDataProvidersParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a data provider by id
    ///
    /// One of the data providers by id. Workspace-scoped: answers the entities of the workspace
    /// named by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An
    /// unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a name and
    /// expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/data-providers/:id",
        method = "get",
        operation_id = "get_data_provider",
        tag = "Tags::Datasources"
    )]
    async fn get_data_provider(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetDataProviderResponse> {
        self.0
            .get_data_provider(
                req,
                auth,
                GetDataProviderParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List layouts (views)
    ///
    /// All layouts (views) the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/layouts",
        method = "get",
        operation_id = "list_layouts",
        tag = "Tags::Sheets"
    )]
    async fn list_layouts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListLayoutsResponse> {
        self.0
            .list_layouts(
                req,
                auth,
                ListLayoutsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a layout by id
    ///
    /// One of the layouts (views) by id. Workspace-scoped: answers the entities of the workspace
    /// named by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An
    /// unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a name and
    /// expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/layouts/:id",
        method = "get",
        operation_id = "get_layout",
        tag = "Tags::Sheets"
    )]
    async fn get_layout(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetLayoutResponse> {
        self.0
            .get_layout(
                req,
                auth,
                GetLayoutParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List attributes
    ///
    /// All attributes the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/attributes",
        method = "get",
        operation_id = "list_attributes",
        tag = "Tags::Users"
    )]
    async fn list_attributes(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListAttributesResponse> {
        self.0
            .list_attributes(
                req,
                auth,
                ListAttributesParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get an attribute by id
    ///
    /// One of the attributes by id. Workspace-scoped: answers the entities of the workspace named
    /// by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/attributes/:id",
        method = "get",
        operation_id = "get_attribute",
        tag = "Tags::Users"
    )]
    async fn get_attribute(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetAttributeResponse> {
        self.0
            .get_attribute(
                req,
                auth,
                GetAttributeParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List scripts
    ///
    /// All scripts the caller can see (every script of the workspace: a script is its owner's to
    /// change, the workspace's to read), as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/scripts",
        method = "get",
        operation_id = "list_scripts",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn list_scripts(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListScriptsResponse> {
        self.0
            .list_scripts(
                req,
                auth,
                ListScriptsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a script by id
    ///
    /// One of the scripts by id. Workspace-scoped: answers the entities of the workspace named by
    /// `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/scripts/:id",
        method = "get",
        operation_id = "get_script",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn get_script(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetScriptResponse> {
        self.0
            .get_script(
                req,
                auth,
                GetScriptParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List script runners
    ///
    /// All script runners the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Global: not workspace-scoped, the workspace header is optional. `name` keeps the entities
    /// whose `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on
    /// this) and `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/script-runners",
        method = "get",
        operation_id = "list_script_runners",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn list_script_runners(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListScriptRunnersResponse> {
        self.0
            .list_script_runners(
                req,
                auth,
                ListScriptRunnersParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a script runner by id
    ///
    /// One of the script runners by id. Global: not workspace-scoped, the workspace header is
    /// optional. An unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a
    /// name and expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/script-runners/:id",
        method = "get",
        operation_id = "get_script_runner",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn get_script_runner(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetScriptRunnerResponse> {
        self.0
            .get_script_runner(
                req,
                auth,
                GetScriptRunnerParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List agents
    ///
    /// All agents the caller can see (shared agents, and the caller's own; administrators see
    /// every agent), as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/agents",
        method = "get",
        operation_id = "list_agents",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn list_agents(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListAgentsResponse> {
        self.0
            .list_agents(
                req,
                auth,
                ListAgentsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get an agent by id
    ///
    /// One of the agents by id (an agent the caller cannot see is unknown). Workspace-scoped:
    /// answers the entities of the workspace named by `x-kawa-workspace-id` (or, without it, of
    /// the caller's current workspace). An unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/agents/:id",
        method = "get",
        operation_id = "get_agent",
        tag = "Tags::ScriptsAndAgents"
    )]
    async fn get_agent(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetAgentResponse> {
        self.0
            .get_agent(
                req,
                auth,
                GetAgentParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List teams
    ///
    /// All teams the caller can see, as a bare JSON array (possibly empty), oldest first. Global:
    /// not workspace-scoped, the workspace header is optional. `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/teams",
        method = "get",
        operation_id = "list_teams",
        tag = "Tags::Users"
    )]
    async fn list_teams(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListTeamsResponse> {
        self.0
            .list_teams(
                req,
                auth,
                ListTeamsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a team by id
    ///
    /// One of the teams by id. Global: not workspace-scoped, the workspace header is optional. An
    /// unknown id answers 404 — kywy's `get_entity(name)` also probes this path with a name and
    /// expects a non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/teams/:id",
        method = "get",
        operation_id = "get_team",
        tag = "Tags::Users"
    )]
    async fn get_team(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetTeamResponse> {
        self.0
            .get_team(
                req,
                auth,
                GetTeamParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// List perimeters
    ///
    /// All perimeters the caller can see, as a bare JSON array (possibly empty), oldest first.
    /// Workspace-scoped: answers the entities of the workspace named by `x-kawa-workspace-id` (or,
    /// without it, of the caller's current workspace). `name` keeps the entities whose
    /// `displayInformation.displayName` equals it exactly (kywy's `get_entity` relies on this) and
    /// `tag` those that carry the tag; both may be combined.
    #[oai(
        path = "/backoffice/perimeters",
        method = "get",
        operation_id = "list_perimeters",
        tag = "Tags::Users"
    )]
    async fn list_perimeters(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// Keep the entities whose `displayInformation.displayName` equals this exactly.
        #[oai(name = "name")]
        name: Query<Option<String>>,
        /// Keep the entities whose `tags` contain this.
        #[oai(name = "tag")]
        tag: Query<Option<String>>,
    ) -> poem::Result<ListPerimetersResponse> {
        self.0
            .list_perimeters(
                req,
                auth,
                ListPerimetersParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    name: name.0,
                    tag: tag.0,
                },
            )
            .await
    }

    /// Get a perimeter by id
    ///
    /// One of the perimeters by id. Workspace-scoped: answers the entities of the workspace named
    /// by `x-kawa-workspace-id` (or, without it, of the caller's current workspace). An unknown id
    /// answers 404 — kywy's `get_entity(name)` also probes this path with a name and expects a
    /// non-200 answer when nothing has that id.
    #[oai(
        path = "/backoffice/perimeters/:id",
        method = "get",
        operation_id = "get_perimeter",
        tag = "Tags::Users"
    )]
    async fn get_perimeter(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The entity id (a string of digits, e.g. `42`). Any other value simply matches nothing (404).
        #[oai(name = "id")]
        id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetPerimeterResponse> {
        self.0
            .get_perimeter(
                req,
                auth,
                GetPerimeterParams {
                    id: id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Open a load of rows into a datasource
    ///
    /// Opens the load (ingestion session) `session` of rows into `datasource` and says whether it
    /// may start: kywy stops unless `canRunLoading` is true. One load runs per datasource at a
    /// time: while another session is open (and less than an hour old) the answer is 200 with
    /// `canRunLoading: false` and the reason in `raisonItCannotStart` (KAWA's spelling). The
    /// answer also gives `offsetToApplyToAutoIncrementIndex`, the highest auto-increment value
    /// (`record_id`) the datasource holds, so that the client numbers new rows from it + 1 and
    /// the numbering continues across loads (with `reset=true` it starts again at 0).
    ///
    /// The query string is kywy's, hand-built and not URL-encoded: booleans are Python's `True` /
    /// `False`. Preparing an open session again answers the same preparation; an ended one
    /// answers 409. The body is `{}`.
    /// Workspace-scoped: the datasource must be in the workspace named by `x-kawa-workspace-id`
    /// (or the caller's current one).
    #[oai(
        path = "/ingestion/prepare",
        method = "post",
        operation_id = "prepare_ingestion",
        tag = "Tags::Ingestion"
    )]
    async fn prepare_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The datasource the load fills (its id).
        #[oai(name = "datasource")]
        datasource: Query<String>,
        /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
        #[oai(name = "format")]
        format: Query<Option<PrepareIngestionFormat>>,
        /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
        #[oai(name = "reset")]
        reset: Query<Option<PrepareIngestionReset>>,
        /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
        #[oai(name = "session", validator(max_length = 200, min_length = 1))]
        session: Query<String>,
        /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
        #[oai(name = "optimize")]
        optimize: Query<Option<PrepareIngestionOptimize>>,
        /// The client's operating system (a slug), shown in the load's log.
        #[oai(name = "system", validator(max_length = 200))]
        system: Query<Option<String>>,
        /// The client's host name (a slug), shown in the load's log.
        #[oai(name = "hostname", validator(max_length = 200))]
        hostname: Query<Option<String>>,
        /// When the client started the load, in milliseconds since the epoch.
        #[oai(name = "start")]
        start: Query<Option<i64>>,
        /// How many rows the client sends in the whole load; `finalize` commits only when this many
        /// arrived. kywy sends it twice on `finalize`, with the same value.
        #[oai(name = "nb_rows", validator(minimum(value = "0", exclusive = false)))]
        nb_rows: Query<Option<i64>>,
        /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
        #[oai(name = "workflowInstanceId", validator(max_length = 200))]
        workflow_instance_id: Query<Option<String>>,
        body: Json<EmptyObject>,
    ) -> poem::Result<PrepareIngestionResponse> {
        self.0
            .prepare_ingestion(
                req,
                auth,
                PrepareIngestionParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    datasource: datasource.0,
                    format: format.0,
                    reset: reset.0,
                    session: session.0,
                    optimize: optimize.0,
                    system: system.0,
                    hostname: hostname.0,
                    start: start.0,
                    nb_rows: nb_rows.0,
                    workflow_instance_id: workflow_instance_id.0,
                },
                body.0,
            )
            .await
    }

    /// Send rows to an open load
    ///
    /// Sends rows to the open load `session`: a Parquet file (any compression; kywy's pandas path
    /// writes gzip) or an Arrow IPC **stream** (kywy's Arrow path; batches may be zstd- or
    /// lz4-compressed, and the body may arrive with `Transfer-Encoding: chunked`). `format` says
    /// which (`parquet` or `ArrowStream`). kywy labels its Parquet bodies `Content-Type:
    /// application/json`; the server reads a body that starts with Parquet's `PAR1` magic as
    /// Parquet whatever its label, so that request is accepted as well.
    ///
    /// Each column is matched to an indicator by its id and converted to the indicator's type;
    /// other columns (a pandas index, kywy's `__partition__`) are ignored and indicators the body
    /// lacks are empty. Nothing is visible to queries before `finalize`; a value that does not
    /// convert answers 400 naming the indicator, and the load stays open. Several uploads to one
    /// session add up. An unknown, finished or failed session answers 409.
    #[oai(
        path = "/ingestion/upload",
        method = "post",
        operation_id = "upload_ingestion",
        tag = "Tags::Ingestion"
    )]
    async fn upload_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The datasource the load fills (its id).
        #[oai(name = "datasource")]
        datasource: Query<String>,
        /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
        #[oai(name = "format")]
        format: Query<Option<UploadIngestionFormat>>,
        /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
        #[oai(name = "reset")]
        reset: Query<Option<UploadIngestionReset>>,
        /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
        #[oai(name = "session", validator(max_length = 200, min_length = 1))]
        session: Query<String>,
        /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
        #[oai(name = "optimize")]
        optimize: Query<Option<UploadIngestionOptimize>>,
        /// The client's operating system (a slug), shown in the load's log.
        #[oai(name = "system", validator(max_length = 200))]
        system: Query<Option<String>>,
        /// The client's host name (a slug), shown in the load's log.
        #[oai(name = "hostname", validator(max_length = 200))]
        hostname: Query<Option<String>>,
        /// When the client started the load, in milliseconds since the epoch.
        #[oai(name = "start")]
        start: Query<Option<i64>>,
        /// How many rows the client sends in the whole load; `finalize` commits only when this many
        /// arrived. kywy sends it twice on `finalize`, with the same value.
        #[oai(name = "nb_rows", validator(minimum(value = "0", exclusive = false)))]
        nb_rows: Query<Option<i64>>,
        /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
        #[oai(name = "workflowInstanceId", validator(max_length = 200))]
        workflow_instance_id: Query<Option<String>>,
        body: Binary<Vec<u8>>,
    ) -> poem::Result<UploadIngestionResponse> {
        self.0
            .upload_ingestion(
                req,
                auth,
                UploadIngestionParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    datasource: datasource.0,
                    format: format.0,
                    reset: reset.0,
                    session: session.0,
                    optimize: optimize.0,
                    system: system.0,
                    hostname: hostname.0,
                    start: start.0,
                    nb_rows: nb_rows.0,
                    workflow_instance_id: workflow_instance_id.0,
                },
                body.0,
            )
            .await
    }

    /// Commit a load
    ///
    /// Ends the load `session`. When it is open and received exactly `nb_rows` rows, its rows
    /// become the datasource's (`reset=True` replaces the rows held, otherwise they are appended)
    /// in one step: a query sees either the rows before or after, never part of a load. The
    /// datasource's row count and health report follow. When the load failed (`stop-with-
    /// failure`) or received another number of rows, nothing changes and the answer says
    /// `FAILURE` with the reason; kywy calls `finalize` after a failure too. Finalizing an ended
    /// session again answers its outcome again.
    ///
    /// kywy repeats `nb_rows` in this query string (it is already in the shared part); the two
    /// values are the same. The body is `{}`.
    #[oai(
        path = "/ingestion/finalize",
        method = "post",
        operation_id = "finalize_ingestion",
        tag = "Tags::Ingestion"
    )]
    async fn finalize_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The datasource the load fills (its id).
        #[oai(name = "datasource")]
        datasource: Query<String>,
        /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
        #[oai(name = "format")]
        format: Query<Option<FinalizeIngestionFormat>>,
        /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
        #[oai(name = "reset")]
        reset: Query<Option<FinalizeIngestionReset>>,
        /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
        #[oai(name = "session", validator(max_length = 200, min_length = 1))]
        session: Query<String>,
        /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
        #[oai(name = "optimize")]
        optimize: Query<Option<FinalizeIngestionOptimize>>,
        /// The client's operating system (a slug), shown in the load's log.
        #[oai(name = "system", validator(max_length = 200))]
        system: Query<Option<String>>,
        /// The client's host name (a slug), shown in the load's log.
        #[oai(name = "hostname", validator(max_length = 200))]
        hostname: Query<Option<String>>,
        /// When the client started the load, in milliseconds since the epoch.
        #[oai(name = "start")]
        start: Query<Option<i64>>,
        /// How many rows the client sends in the whole load; `finalize` commits only when this many
        /// arrived. kywy sends it twice on `finalize`, with the same value.
        #[oai(name = "nb_rows", validator(minimum(value = "0", exclusive = false)))]
        nb_rows: Query<Option<i64>>,
        /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
        #[oai(name = "workflowInstanceId", validator(max_length = 200))]
        workflow_instance_id: Query<Option<String>>,
        body: Json<EmptyObject>,
    ) -> poem::Result<FinalizeIngestionResponse> {
        self.0
            .finalize_ingestion(
                req,
                auth,
                FinalizeIngestionParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    datasource: datasource.0,
                    format: format.0,
                    reset: reset.0,
                    session: session.0,
                    optimize: optimize.0,
                    system: system.0,
                    hostname: hostname.0,
                    start: start.0,
                    nb_rows: nb_rows.0,
                    workflow_instance_id: workflow_instance_id.0,
                },
                body.0,
            )
            .await
    }

    /// Abandon a load
    ///
    /// Marks the load `session` failed: the rows it received are discarded and the datasource stays
    /// as it was (its health report records the failure). kywy calls it when anything goes wrong
    /// on its side. An already failed session answers the same; a committed one answers 409. The
    /// body is `{}`.
    #[oai(
        path = "/ingestion/stop-with-failure",
        method = "post",
        operation_id = "fail_ingestion",
        tag = "Tags::Ingestion"
    )]
    async fn fail_ingestion(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The datasource the load fills (its id).
        #[oai(name = "datasource")]
        datasource: Query<String>,
        /// What the uploads hold: `parquet` (kywy's pandas path; the default) or `ArrowStream`.
        #[oai(name = "format")]
        format: Query<Option<FailIngestionFormat>>,
        /// `True` replaces the datasource's rows with the load's, `False` (the default) appends them. Python's spelling and lower case are both accepted.
        #[oai(name = "reset")]
        reset: Query<Option<FailIngestionReset>>,
        /// The load's id, chosen by the client (kywy sends a UUID); the same on every call of one load.
        #[oai(name = "session", validator(max_length = 200, min_length = 1))]
        session: Query<String>,
        /// Whether to optimise storage after the load; accepted and recorded, the Parquet parts need no optimisation.
        #[oai(name = "optimize")]
        optimize: Query<Option<FailIngestionOptimize>>,
        /// The client's operating system (a slug), shown in the load's log.
        #[oai(name = "system", validator(max_length = 200))]
        system: Query<Option<String>>,
        /// The client's host name (a slug), shown in the load's log.
        #[oai(name = "hostname", validator(max_length = 200))]
        hostname: Query<Option<String>>,
        /// When the client started the load, in milliseconds since the epoch.
        #[oai(name = "start")]
        start: Query<Option<i64>>,
        /// How many rows the client sends in the whole load; `finalize` commits only when this many
        /// arrived. kywy sends it twice on `finalize`, with the same value.
        #[oai(name = "nb_rows", validator(minimum(value = "0", exclusive = false)))]
        nb_rows: Query<Option<i64>>,
        /// The workflow run the load belongs to, when a workflow drives it; recorded in the log.
        #[oai(name = "workflowInstanceId", validator(max_length = 200))]
        workflow_instance_id: Query<Option<String>>,
        body: Json<EmptyObject>,
    ) -> poem::Result<FailIngestionResponse> {
        self.0
            .fail_ingestion(
                req,
                auth,
                FailIngestionParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    datasource: datasource.0,
                    format: format.0,
                    reset: reset.0,
                    session: session.0,
                    optimize: optimize.0,
                    system: system.0,
                    hostname: hostname.0,
                    start: start.0,
                    nb_rows: nb_rows.0,
                    workflow_instance_id: workflow_instance_id.0,
                },
                body.0,
            )
            .await
    }

    /// Query a sheet
    ///
    /// Runs kywy's query DSL (`KawaLazyQuery`) over the rows of a sheet's datasource and answers
    /// the result as an Apache Arrow IPC **stream** (kywy reads it with
    /// `pyarrow.ipc.open_stream`). The sheet is named by `sheetId`, `sheetName` or `viewId` (one of
    /// its layouts); a datasource by `datasourceId` also works. Columns are addressed by their
    /// display name.
    ///
    /// `select.columns` (or `aggregation.columns`) picks the output columns, named by
    /// `columnAlias` or else `columnName`; `columnRegexp` selects every matching column,
    /// `indicatorColumnsOnly` every datasource column; without either the sheet's default
    /// columns are answered. `filters` keep rows (clauses of one filter must all hold;
    /// `exclude` inverts it). With `groupBy`, the answer has one row per group: columns
    /// `grouping(0)`, `grouping(1)`… hold the group values, then every selected column
    /// aggregated by its `aggregationMethod` (default: `SUM` for numbers, `FIRST` for lists,
    /// `IDENTICAL` otherwise: the group's value when all its rows agree, else null). `orderBy` sorts by an output name or a column; `limit` caps
    /// the rows (`-1`: no cap). A column, aggregation or sampler the server cannot compute
    /// answers 400 naming it.
    #[oai(
        path = "/computation/compute-from-dsl",
        method = "post",
        operation_id = "compute_from_dsl",
        tag = "Tags::Computation"
    )]
    async fn compute_from_dsl(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        body: Json<ComputationRequest>,
    ) -> poem::Result<ComputeFromDslResponse> {
        self.0
            .compute_from_dsl(
                req,
                auth,
                ComputeFromDslParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
                body.0,
            )
            .await
    }

    /// Profile a sheet's columns
    ///
    /// Profiles the columns of a sheet (kywy's `KawaLazyQuery.profile()`), or only `columnId`:
    /// an object keyed by column id. Schema designed by Understudy: kywy matches the keys to the
    /// sheet's `columnId`s and passes each profile on untouched.
    #[oai(
        path = "/computation/compute-sheet-stats",
        method = "post",
        operation_id = "compute_sheet_stats",
        tag = "Tags::Computation"
    )]
    async fn compute_sheet_stats(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        body: Json<SheetStatsRequest>,
    ) -> poem::Result<ComputeSheetStatsResponse> {
        self.0
            .compute_sheet_stats(
                req,
                auth,
                ComputeSheetStatsParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
                body.0,
            )
            .await
    }

    /// Upload a file
    ///
    /// Stores a file in the workspace the call acts in, as kywy's `upload_file(path, file_id)`
    /// sends it: a `multipart/form-data` body whose file is the part named `file-0`, and the
    /// file's id in the `fileId` query parameter (a new id is made when it is absent).
    /// Uploading to an id the workspace already holds replaces that file (its owner or an
    /// administrator only: 403 otherwise). The bytes are kept in Understudy's file store,
    /// never in the database. Files up to 51 MB (413 above).
    #[oai(
        path = "/uploads/files",
        method = "post",
        operation_id = "upload_file",
        tag = "Tags::Uploads"
    )]
    async fn upload_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
        /// The file's id, chosen by the client (letters, digits, `-`, `_`, `.`).
        #[oai(
            name = "fileId",
            validator(max_length = 200, min_length = 1, pattern = "^[A-Za-z0-9._-]+$")
        )]
        file_id: Query<Option<String>>,
        body: FileUploadForm,
    ) -> poem::Result<UploadFileResponse> {
        self.0
            .upload_file(
                req,
                auth,
                UploadFileParams {
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                    file_id: file_id.0,
                },
                body,
            )
            .await
    }

    /// Read a file's metadata
    ///
    /// The file's name, size and type (kywy's `download_file` reads `fileName`). Workspace-scoped:
    /// a file of another workspace, or none, is a 404.
    #[oai(
        path = "/uploads/files/:fileId/metadata",
        method = "get",
        operation_id = "get_file_metadata",
        tag = "Tags::Uploads"
    )]
    async fn get_file_metadata(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
        #[oai(name = "fileId")]
        file_id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<GetFileMetadataResponse> {
        self.0
            .get_file_metadata(
                req,
                auth,
                GetFileMetadataParams {
                    file_id: file_id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Download a file
    ///
    /// The file's bytes, as uploaded, with its name in `Content-Disposition`. Workspace-scoped.
    #[oai(
        path = "/uploads/files/:fileId",
        method = "get",
        operation_id = "download_file",
        tag = "Tags::Uploads"
    )]
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
        #[oai(name = "fileId")]
        file_id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<DownloadFileResponse> {
        self.0
            .download_file(
                req,
                auth,
                DownloadFileParams {
                    file_id: file_id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
                },
            )
            .await
    }

    /// Delete a file
    ///
    /// Removes the file (its owner or an administrator; 403 for another member, 404 when the
    /// workspace has none). kywy's `delete_file` needs a 200 with a JSON body.
    #[oai(
        path = "/uploads/files/:fileId",
        method = "delete",
        operation_id = "delete_file",
        tag = "Tags::Uploads"
    )]
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: ApiKeyOrAccessTokenCookie,
        /// The file's id (as given to `POST /uploads/files`); any other value matches nothing (404).
        #[oai(name = "fileId")]
        file_id: Path<String>,
        /// The target workspace id (a string of digits; kywy sends its `KAWA_WORKSPACE`, default `1`).
        /// Workspace-scoped endpoints act in this workspace and fall back to the caller's current
        /// workspace when it is absent; global endpoints ignore it. When sent, it must name a workspace
        /// the caller can access, otherwise the answer is 403.
        #[oai(name = "x-kawa-workspace-id")]
        x_kawa_workspace_id: Header<Option<String>>,
    ) -> poem::Result<DeleteFileResponse> {
        self.0
            .delete_file(
                req,
                auth,
                DeleteFileParams {
                    file_id: file_id.0,
                    x_kawa_workspace_id: x_kawa_workspace_id.0,
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
