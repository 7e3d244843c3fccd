//! Syntho Backend API 1.0.0 — generated from `openapi/syntho/v1.yaml` by `cargo xtask codegen`; never edit by hand.
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
pub const TITLE: &str = "Syntho Backend API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "syntho";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/syntho/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/syntho/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "GET",
        path: "/api/v1/auth/",
        operation_id: "auth_retrieve",
        secured: false,
        scopes: &[],
        tag: "auth",
    },
    crate::support::Operation {
        method: "POST",
        path: "/api/v1/auth/",
        operation_id: "auth_create",
        secured: false,
        scopes: &[],
        tag: "auth",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/api/v1/auth/",
        operation_id: "auth_destroy",
        secured: true,
        scopes: &[],
        tag: "auth",
    },
    crate::support::Operation {
        method: "GET",
        path: "/api/v1/workspaces/",
        operation_id: "workspaces_list",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "POST",
        path: "/api/v1/workspaces/",
        operation_id: "workspaces_create",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "GET",
        path: "/api/v1/workspaces/{id}/",
        operation_id: "workspaces_retrieve",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/api/v1/workspaces/{id}/",
        operation_id: "workspaces_update",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/api/v1/workspaces/{id}/",
        operation_id: "workspaces_destroy",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "POST",
        path: "/api/v1/workspaces/{id}/duplicate/",
        operation_id: "workspaces_duplicate_create",
        secured: true,
        scopes: &[],
        tag: "workspaces",
    },
    crate::support::Operation {
        method: "GET",
        path: "/api/v1/workspaces/{id}/members/",
        operation_id: "workspaces_members_list",
        secured: true,
        scopes: &[],
        tag: "workspaces",
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
    /// Signing in and out.
    #[oai(rename = "auth")]
    Auth,
    /// Workspaces, their engines and members.
    #[oai(rename = "workspaces")]
    Workspaces,
}

/// The session cookie set by `POST /api/v1/auth/`.
#[derive(poem_openapi::SecurityScheme)]
#[oai(
    rename = "sessionCookie",
    ty = "api_key",
    key_name = "sessionid",
    key_in = "cookie"
)]
pub struct SessionCookie(pub poem_openapi::auth::ApiKey);

impl crate::support::Credential for SessionCookie {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// Field errors, or `{"detail": "JSON parse error - ..."}` when the body is not JSON.
#[derive(Debug, Clone, PartialEq, poem_openapi::Union, serde::Serialize, serde::Deserialize)]
#[oai(one_of)]
#[serde(untagged)]
pub enum BadRequestBody {
    FieldErrors(FieldErrors),
    ErrorDetail(ErrorDetail),
}

/// A database connection. The vendor documents this as a oneOf over seven source and
/// nine target connector variants that share one shape; it is modelled here as one
/// schema keyed by `connector_type`. Rules (`anyOf` below): database connectors need
/// `host`, `port` (1–65535), `database` and `username`, none of them blank; object
/// stores (`s3`, `azure_data_lake`) need `database` (the bucket or container). The
/// source and the target use the same connector type (see the workspace schemas).
/// `is_source` is recorded as sent. Passwords and keys are write-only and never
/// returned.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Connection")]
pub struct Connection {
    #[oai(rename = "connector_type")]
    #[serde(rename = "connector_type")]
    pub connector_type: ConnectorType,
    #[oai(rename = "is_source", skip_serializing_if_is_none)]
    #[serde(rename = "is_source", default, skip_serializing_if = "Option::is_none")]
    pub is_source: Option<bool>,
    #[oai(rename = "host", skip_serializing_if_is_none)]
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[oai(rename = "port", skip_serializing_if_is_none)]
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[oai(rename = "database", skip_serializing_if_is_none)]
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    #[oai(rename = "username", skip_serializing_if_is_none)]
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[oai(rename = "password", skip_serializing_if_is_none, write_only)]
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "crate::support::omit_write_only_or_none"
    )]
    pub password: Option<String>,
    #[oai(rename = "schema_name", skip_serializing_if_is_none)]
    #[serde(
        rename = "schema_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_name: Option<String>,
    /// A SQLAlchemy dialect+driver string.
    #[oai(rename = "protocol", skip_serializing_if_is_none)]
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Optional ways to reach the database.
    #[oai(rename = "hooks_params", skip_serializing_if_is_none)]
    #[serde(
        rename = "hooks_params",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hooks_params: Option<HooksParams>,
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
#[oai(rename = "ConnectorType")]
pub enum ConnectorType {
    #[oai(rename = "postgres")]
    #[serde(rename = "postgres")]
    Postgres,
    #[oai(rename = "mysql")]
    #[serde(rename = "mysql")]
    Mysql,
    #[oai(rename = "mariadb")]
    #[serde(rename = "mariadb")]
    Mariadb,
    #[oai(rename = "oracle")]
    #[serde(rename = "oracle")]
    Oracle,
    #[oai(rename = "mssql")]
    #[serde(rename = "mssql")]
    Mssql,
    #[oai(rename = "db2")]
    #[serde(rename = "db2")]
    Db2,
    #[oai(rename = "databricks")]
    #[serde(rename = "databricks")]
    Databricks,
    #[oai(rename = "hive")]
    #[serde(rename = "hive")]
    Hive,
    #[oai(rename = "sybase")]
    #[serde(rename = "sybase")]
    Sybase,
    #[oai(rename = "azure_data_lake")]
    #[serde(rename = "azure_data_lake")]
    AzureDataLake,
    #[oai(rename = "s3")]
    #[serde(rename = "s3")]
    S3,
}

impl ConnectorType {
    /// Every value, in spec order.
    pub const ALL: &'static [ConnectorType] = &[
        ConnectorType::Postgres,
        ConnectorType::Mysql,
        ConnectorType::Mariadb,
        ConnectorType::Oracle,
        ConnectorType::Mssql,
        ConnectorType::Db2,
        ConnectorType::Databricks,
        ConnectorType::Hive,
        ConnectorType::Sybase,
        ConnectorType::AzureDataLake,
        ConnectorType::S3,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ConnectorType::Postgres => "postgres",
            ConnectorType::Mysql => "mysql",
            ConnectorType::Mariadb => "mariadb",
            ConnectorType::Oracle => "oracle",
            ConnectorType::Mssql => "mssql",
            ConnectorType::Db2 => "db2",
            ConnectorType::Databricks => "databricks",
            ConnectorType::Hive => "hive",
            ConnectorType::Sybase => "sybase",
            ConnectorType::AzureDataLake => "azure_data_lake",
            ConnectorType::S3 => "s3",
        }
    }
}

impl crate::support::WireEnum for ConnectorType {
    const VALUES: &'static [ConnectorType] = ConnectorType::ALL;

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
#[oai(rename = "DefaultLocale")]
pub enum DefaultLocale {
    #[oai(rename = "en")]
    #[serde(rename = "en")]
    En,
    #[oai(rename = "nl")]
    #[serde(rename = "nl")]
    Nl,
    #[oai(rename = "de")]
    #[serde(rename = "de")]
    De,
    #[oai(rename = "fr")]
    #[serde(rename = "fr")]
    Fr,
}

impl DefaultLocale {
    /// Every value, in spec order.
    pub const ALL: &'static [DefaultLocale] = &[
        DefaultLocale::En,
        DefaultLocale::Nl,
        DefaultLocale::De,
        DefaultLocale::Fr,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            DefaultLocale::En => "en",
            DefaultLocale::Nl => "nl",
            DefaultLocale::De => "de",
            DefaultLocale::Fr => "fr",
        }
    }
}

impl crate::support::WireEnum for DefaultLocale {
    const VALUES: &'static [DefaultLocale] = DefaultLocale::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The engine that generates the workspace's data, and its latest job.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Engine")]
pub struct Engine {
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: uuid::Uuid,
    #[oai(rename = "latest_job_status")]
    #[serde(rename = "latest_job_status")]
    pub latest_job_status: JobStatus,
    /// The source connector type.
    #[oai(rename = "connector_type")]
    #[serde(rename = "connector_type")]
    pub connector_type: String,
    /// Whether the workspace still matches its source database's schema.
    #[oai(rename = "source_database_status")]
    #[serde(rename = "source_database_status")]
    pub source_database_status: SourceDatabaseStatus,
}

/// An error that concerns the whole request.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ErrorDetail")]
pub struct ErrorDetail {
    #[oai(rename = "detail")]
    #[serde(rename = "detail")]
    pub detail: String,
}

/// Field → messages. Nested fields use dotted paths (`source_connection.port`);
/// `non_field_errors` holds errors that belong to no single field.
pub type FieldErrors = std::collections::BTreeMap<String, Vec<String>>;

/// Optional ways to reach the database.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "HooksParams")]
pub struct HooksParams {
    /// An SSH tunnel, signed in to with a `password` or a private key (`pkey`).
    #[oai(rename = "SSHTunnel", skip_serializing_if_is_none)]
    #[serde(rename = "SSHTunnel", default, skip_serializing_if = "Option::is_none")]
    pub ssh_tunnel: Option<SshTunnel>,
    /// TLS to the database; `ssl_mode` is one of disable, allow, prefer, require, verify-ca, verify-full.
    #[oai(rename = "SSL", skip_serializing_if_is_none)]
    #[serde(rename = "SSL", default, skip_serializing_if = "Option::is_none")]
    pub ssl: Option<SslSettings>,
    #[oai(rename = "Kerberos", skip_serializing_if_is_none)]
    #[serde(rename = "Kerberos", default, skip_serializing_if = "Option::is_none")]
    pub kerberos: Option<Kerberos>,
}

/// How the engine starts; the vendor's samples show these two values.
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
#[oai(rename = "InitializationMode")]
pub enum InitializationMode {
    #[oai(rename = "SCRATCH")]
    #[serde(rename = "SCRATCH")]
    Scratch,
    #[oai(rename = "SYNTHESIZE")]
    #[serde(rename = "SYNTHESIZE")]
    Synthesize,
}

impl InitializationMode {
    /// Every value, in spec order.
    pub const ALL: &'static [InitializationMode] =
        &[InitializationMode::Scratch, InitializationMode::Synthesize];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            InitializationMode::Scratch => "SCRATCH",
            InitializationMode::Synthesize => "SYNTHESIZE",
        }
    }
}

impl crate::support::WireEnum for InitializationMode {
    const VALUES: &'static [InitializationMode] = InitializationMode::ALL;

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
#[oai(rename = "JobStatus")]
pub enum JobStatus {
    #[oai(rename = "STARTED")]
    #[serde(rename = "STARTED")]
    Started,
    #[oai(rename = "IN_PROGRESS")]
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[oai(rename = "SUCCESS")]
    #[serde(rename = "SUCCESS")]
    Success,
    #[oai(rename = "FAILURE")]
    #[serde(rename = "FAILURE")]
    Failure,
    #[oai(rename = "REVOKED")]
    #[serde(rename = "REVOKED")]
    Revoked,
}

impl JobStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [JobStatus] = &[
        JobStatus::Started,
        JobStatus::InProgress,
        JobStatus::Success,
        JobStatus::Failure,
        JobStatus::Revoked,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            JobStatus::Started => "STARTED",
            JobStatus::InProgress => "IN_PROGRESS",
            JobStatus::Success => "SUCCESS",
            JobStatus::Failure => "FAILURE",
            JobStatus::Revoked => "REVOKED",
        }
    }
}

impl crate::support::WireEnum for JobStatus {
    const VALUES: &'static [JobStatus] = JobStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Kerberos")]
pub struct Kerberos {
    #[oai(
        rename = "principal",
        validator(
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "principal")]
    pub principal: String,
    #[oai(
        rename = "keytab_file",
        validator(
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "keytab_file")]
    pub keytab_file: String,
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
#[oai(rename = "KeyGenerationMethod")]
pub enum KeyGenerationMethod {
    #[oai(rename = "duplicate")]
    #[serde(rename = "duplicate")]
    Duplicate,
    #[oai(rename = "generate")]
    #[serde(rename = "generate")]
    Generate,
}

impl KeyGenerationMethod {
    /// Every value, in spec order.
    pub const ALL: &'static [KeyGenerationMethod] = &[
        KeyGenerationMethod::Duplicate,
        KeyGenerationMethod::Generate,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            KeyGenerationMethod::Duplicate => "duplicate",
            KeyGenerationMethod::Generate => "generate",
        }
    }
}

impl crate::support::WireEnum for KeyGenerationMethod {
    const VALUES: &'static [KeyGenerationMethod] = KeyGenerationMethod::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LoginMethodsResponse")]
pub struct LoginMethodsResponse {
    #[oai(rename = "username_password_enabled")]
    #[serde(rename = "username_password_enabled")]
    pub username_password_enabled: bool,
    #[oai(rename = "oidc_providers")]
    #[serde(rename = "oidc_providers")]
    pub oidc_providers: Vec<OidcProvider>,
    /// Seconds a session lasts.
    #[oai(rename = "session_timeout")]
    #[serde(rename = "session_timeout")]
    pub session_timeout: i32,
}

/// `OWNER` may do everything; `EDITOR` may change settings; `READER` may read.
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
#[oai(rename = "MemberRole")]
pub enum MemberRole {
    #[oai(rename = "OWNER")]
    #[serde(rename = "OWNER")]
    Owner,
    #[oai(rename = "EDITOR")]
    #[serde(rename = "EDITOR")]
    Editor,
    #[oai(rename = "READER")]
    #[serde(rename = "READER")]
    Reader,
}

impl MemberRole {
    /// Every value, in spec order.
    pub const ALL: &'static [MemberRole] =
        &[MemberRole::Owner, MemberRole::Editor, MemberRole::Reader];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            MemberRole::Owner => "OWNER",
            MemberRole::Editor => "EDITOR",
            MemberRole::Reader => "READER",
        }
    }
}

impl crate::support::WireEnum for MemberRole {
    const VALUES: &'static [MemberRole] = MemberRole::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "MemberUser")]
pub struct MemberUser {
    #[oai(rename = "pk")]
    #[serde(rename = "pk")]
    pub pk: i32,
    #[oai(rename = "first_name")]
    #[serde(rename = "first_name")]
    pub first_name: String,
    #[oai(rename = "last_name")]
    #[serde(rename = "last_name")]
    pub last_name: String,
    #[oai(rename = "full_name")]
    #[serde(rename = "full_name")]
    pub full_name: String,
    #[oai(rename = "email")]
    #[serde(rename = "email")]
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OidcProvider")]
pub struct OidcProvider {
    #[oai(rename = "provider")]
    #[serde(rename = "provider")]
    pub provider: String,
    #[oai(rename = "url")]
    #[serde(rename = "url")]
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SessionForm")]
pub struct SessionForm {
    #[oai(rename = "email", validator(max_length = 255))]
    #[serde(rename = "email")]
    pub email: String,
    #[oai(
        rename = "password",
        write_only,
        validator(max_length = 64, min_length = 8)
    )]
    #[serde(
        rename = "password",
        skip_serializing_if = "crate::support::omit_write_only"
    )]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SignOutResponse")]
pub struct SignOutResponse {
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SignedInResponse")]
pub struct SignedInResponse {
    #[oai(rename = "new_password_required")]
    #[serde(rename = "new_password_required")]
    pub new_password_required: bool,
    /// The signed-in user's id.
    #[oai(rename = "pk")]
    #[serde(rename = "pk")]
    pub pk: i32,
}

/// Whether the workspace still matches its source database's schema.
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
#[oai(rename = "SourceDatabaseStatus")]
pub enum SourceDatabaseStatus {
    #[oai(rename = "CURRENT")]
    #[serde(rename = "CURRENT")]
    Current,
    #[oai(rename = "OUTDATED")]
    #[serde(rename = "OUTDATED")]
    Outdated,
}

impl SourceDatabaseStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [SourceDatabaseStatus] = &[
        SourceDatabaseStatus::Current,
        SourceDatabaseStatus::Outdated,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SourceDatabaseStatus::Current => "CURRENT",
            SourceDatabaseStatus::Outdated => "OUTDATED",
        }
    }
}

impl crate::support::WireEnum for SourceDatabaseStatus {
    const VALUES: &'static [SourceDatabaseStatus] = SourceDatabaseStatus::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// An SSH tunnel, signed in to with a `password` or a private key (`pkey`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SshTunnel")]
pub struct SshTunnel {
    #[oai(
        rename = "host",
        validator(
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
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
    #[oai(rename = "username")]
    #[serde(rename = "username")]
    pub username: String,
    #[oai(
        rename = "local_port",
        skip_serializing_if_is_none,
        validator(
            maximum(value = "65535", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(
        rename = "local_port",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_port: Option<i32>,
    #[oai(rename = "local_host", skip_serializing_if_is_none)]
    #[serde(
        rename = "local_host",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_host: Option<String>,
    #[oai(rename = "password", skip_serializing_if_is_none, write_only)]
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "crate::support::omit_write_only_or_none"
    )]
    pub password: Option<String>,
    #[oai(rename = "pkey_password", skip_serializing_if_is_none, write_only)]
    #[serde(
        rename = "pkey_password",
        default,
        skip_serializing_if = "crate::support::omit_write_only_or_none"
    )]
    pub pkey_password: Option<String>,
    #[oai(rename = "pkey", skip_serializing_if_is_none, write_only)]
    #[serde(
        rename = "pkey",
        default,
        skip_serializing_if = "crate::support::omit_write_only_or_none"
    )]
    pub pkey: Option<String>,
}

/// TLS to the database; `ssl_mode` is one of disable, allow, prefer, require, verify-ca, verify-full.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SslSettings")]
pub struct SslSettings {
    #[oai(rename = "ca_filename", skip_serializing_if_is_none)]
    #[serde(
        rename = "ca_filename",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ca_filename: Option<String>,
    #[oai(rename = "cert_filename", skip_serializing_if_is_none)]
    #[serde(
        rename = "cert_filename",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cert_filename: Option<String>,
    #[oai(rename = "key_filename", skip_serializing_if_is_none)]
    #[serde(
        rename = "key_filename",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub key_filename: Option<String>,
    #[oai(
        rename = "ssl_mode",
        skip_serializing_if_is_none,
        validator(pattern = "^(disable|allow|prefer|require|verify-ca|verify-full)$")
    )]
    #[serde(rename = "ssl_mode", default, skip_serializing_if = "Option::is_none")]
    pub ssl_mode: Option<String>,
    #[oai(rename = "ca", skip_serializing_if_is_none)]
    #[serde(rename = "ca", default, skip_serializing_if = "Option::is_none")]
    pub ca: Option<String>,
    #[oai(rename = "cert", skip_serializing_if_is_none)]
    #[serde(rename = "cert", default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    #[oai(rename = "key", skip_serializing_if_is_none, write_only)]
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "crate::support::omit_write_only_or_none"
    )]
    pub key: Option<String>,
}

/// A workspace and a summary of its engine. Connections are not returned.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Workspace")]
pub struct Workspace {
    #[oai(rename = "pk")]
    #[serde(rename = "pk")]
    pub pk: i32,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "organization")]
    #[serde(rename = "organization")]
    pub organization: i32,
    /// The engine's id (the same UUID as `engine.id`).
    #[oai(rename = "engine_id")]
    #[serde(rename = "engine_id")]
    pub engine_id: String,
    #[oai(rename = "owner_name")]
    #[serde(rename = "owner_name")]
    pub owner_name: String,
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// Follows the engine job: `creating`, `ready`, `failed` or `canceled`.
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: String,
    /// The engine that generates the workspace's data, and its latest job.
    #[oai(rename = "engine")]
    #[serde(rename = "engine")]
    pub engine: Engine,
    #[oai(rename = "initialization_mode")]
    #[serde(rename = "initialization_mode", default)]
    pub initialization_mode: Option<InitializationMode>,
    #[oai(rename = "key_generation_method")]
    #[serde(rename = "key_generation_method", default)]
    pub key_generation_method: Option<KeyGenerationMethod>,
    #[oai(rename = "default_locale")]
    #[serde(rename = "default_locale", default)]
    pub default_locale: Option<DefaultLocale>,
}

/// A new workspace. The source and the target use the same connector type (`anyOf`
/// below has one entry per type).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkspaceCreate")]
pub struct WorkspaceCreate {
    /// Not blank; unique among the organization's workspaces.
    #[oai(
        rename = "name",
        validator(
            max_length = 255,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "name")]
    pub name: String,
    /// The caller's organization.
    #[oai(rename = "organization")]
    #[serde(rename = "organization")]
    pub organization: i32,
    /// A database connection. The vendor documents this as a oneOf over seven source and
    /// nine target connector variants that share one shape; it is modelled here as one
    /// schema keyed by `connector_type`. Rules (`anyOf` below): database connectors need
    /// `host`, `port` (1–65535), `database` and `username`, none of them blank; object
    /// stores (`s3`, `azure_data_lake`) need `database` (the bucket or container). The
    /// source and the target use the same connector type (see the workspace schemas).
    /// `is_source` is recorded as sent. Passwords and keys are write-only and never
    /// returned.
    #[oai(rename = "source_connection")]
    #[serde(rename = "source_connection")]
    pub source_connection: Connection,
    /// A database connection. The vendor documents this as a oneOf over seven source and
    /// nine target connector variants that share one shape; it is modelled here as one
    /// schema keyed by `connector_type`. Rules (`anyOf` below): database connectors need
    /// `host`, `port` (1–65535), `database` and `username`, none of them blank; object
    /// stores (`s3`, `azure_data_lake`) need `database` (the bucket or container). The
    /// source and the target use the same connector type (see the workspace schemas).
    /// `is_source` is recorded as sent. Passwords and keys are write-only and never
    /// returned.
    #[oai(rename = "target_connection")]
    #[serde(rename = "target_connection")]
    pub target_connection: Connection,
    #[oai(
        rename = "initialization_mode",
        default = "default_workspace_create_initialization_mode"
    )]
    #[serde(
        rename = "initialization_mode",
        default = "default_workspace_create_initialization_mode"
    )]
    pub initialization_mode: Option<InitializationMode>,
    #[oai(
        rename = "key_generation_method",
        default = "default_workspace_create_key_generation_method"
    )]
    #[serde(
        rename = "key_generation_method",
        default = "default_workspace_create_key_generation_method"
    )]
    pub key_generation_method: Option<KeyGenerationMethod>,
    #[oai(
        rename = "default_locale",
        default = "default_workspace_create_default_locale"
    )]
    #[serde(
        rename = "default_locale",
        default = "default_workspace_create_default_locale"
    )]
    pub default_locale: Option<DefaultLocale>,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkspaceList")]
pub struct WorkspaceList {
    #[oai(rename = "workspaces")]
    #[serde(rename = "workspaces")]
    pub workspaces: Vec<Workspace>,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkspaceMember")]
pub struct WorkspaceMember {
    #[oai(rename = "pk")]
    #[serde(rename = "pk")]
    pub pk: i32,
    #[oai(rename = "workspace")]
    #[serde(rename = "workspace")]
    pub workspace: i32,
    #[oai(rename = "user")]
    #[serde(rename = "user")]
    pub user: MemberUser,
    /// `OWNER` may do everything; `EDITOR` may change settings; `READER` may read.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: MemberRole,
    /// Whether the member may see the source data.
    #[oai(rename = "data_access")]
    #[serde(rename = "data_access")]
    pub data_access: bool,
}

/// The writable settings of an existing workspace (used by update and duplicate). The
/// source and the target use the same connector type (`anyOf` below has one entry
/// per type).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "WorkspaceUpdate")]
pub struct WorkspaceUpdate {
    /// Not blank; unique among the organization's workspaces.
    #[oai(
        rename = "name",
        validator(
            max_length = 255,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "name")]
    pub name: String,
    /// A database connection. The vendor documents this as a oneOf over seven source and
    /// nine target connector variants that share one shape; it is modelled here as one
    /// schema keyed by `connector_type`. Rules (`anyOf` below): database connectors need
    /// `host`, `port` (1–65535), `database` and `username`, none of them blank; object
    /// stores (`s3`, `azure_data_lake`) need `database` (the bucket or container). The
    /// source and the target use the same connector type (see the workspace schemas).
    /// `is_source` is recorded as sent. Passwords and keys are write-only and never
    /// returned.
    #[oai(rename = "source_connection")]
    #[serde(rename = "source_connection")]
    pub source_connection: Connection,
    /// A database connection. The vendor documents this as a oneOf over seven source and
    /// nine target connector variants that share one shape; it is modelled here as one
    /// schema keyed by `connector_type`. Rules (`anyOf` below): database connectors need
    /// `host`, `port` (1–65535), `database` and `username`, none of them blank; object
    /// stores (`s3`, `azure_data_lake`) need `database` (the bucket or container). The
    /// source and the target use the same connector type (see the workspace schemas).
    /// `is_source` is recorded as sent. Passwords and keys are write-only and never
    /// returned.
    #[oai(rename = "target_connection")]
    #[serde(rename = "target_connection")]
    pub target_connection: Connection,
    #[oai(rename = "key_generation_method")]
    #[serde(rename = "key_generation_method", default)]
    pub key_generation_method: Option<KeyGenerationMethod>,
    #[oai(rename = "default_locale")]
    #[serde(rename = "default_locale", default)]
    pub default_locale: Option<DefaultLocale>,
}

/// Every answer `auth_retrieve` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AuthRetrieveResponse {
    /// The login methods.
    #[oai(status = 200)]
    Ok(Json<LoginMethodsResponse>),
}

impl crate::support::FromAnswer for AuthRetrieveResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `auth_create` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AuthCreateResponse {
    /// Session created.
    #[oai(status = 201)]
    Created(Json<SignedInResponse>, #[oai(header = "Set-Cookie")] String),
    /// Invalid credentials, or a malformed form.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// The body is not JSON by its `Content-Type` (or has none).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for AuthCreateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?), a.header("Set-Cookie")?)),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `auth_destroy` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AuthDestroyResponse {
    /// Session deleted.
    #[oai(status = 200)]
    Ok(Json<SignOutResponse>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for AuthDestroyResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `workspaces_list` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesListResponse {
    /// The caller's workspaces.
    #[oai(status = 200)]
    Ok(Json<WorkspaceList>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesListResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `workspaces_create`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesCreateParams {
    /// The bundled sample database to start from; recorded with the workspace.
    #[serde(rename = "sample_db")]
    pub sample_db: Option<String>,
}

/// Every answer `workspaces_create` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesCreateResponse {
    /// The workspace.
    #[oai(status = 200)]
    Ok(Json<Workspace>),
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// The caller's role does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<ErrorDetail>),
    /// The body is not JSON by its `Content-Type` (or has none).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesCreateResponse {
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

/// The parameters of `workspaces_retrieve`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesRetrieveParams {
    /// The workspace's `pk`.
    #[serde(rename = "id")]
    pub id: i32,
}

/// Every answer `workspaces_retrieve` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesRetrieveResponse {
    /// The workspace.
    #[oai(status = 200)]
    Ok(Json<Workspace>),
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// No such workspace, or the caller is not a member.
    #[oai(status = 404)]
    NotFound(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesRetrieveResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `workspaces_update`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesUpdateParams {
    /// The workspace's `pk`.
    #[serde(rename = "id")]
    pub id: i32,
}

/// Every answer `workspaces_update` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesUpdateResponse {
    /// The workspace.
    #[oai(status = 200)]
    Ok(Json<Workspace>),
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// The caller's role does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<ErrorDetail>),
    /// No such workspace, or the caller is not a member.
    #[oai(status = 404)]
    NotFound(Json<ErrorDetail>),
    /// The body is not JSON by its `Content-Type` (or has none).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesUpdateResponse {
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

/// The parameters of `workspaces_destroy`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesDestroyParams {
    /// The workspace's `pk`.
    #[serde(rename = "id")]
    pub id: i32,
}

/// Every answer `workspaces_destroy` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesDestroyResponse {
    /// Deleted; no body.
    #[oai(status = 204)]
    NoContent,
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// The caller's role does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<ErrorDetail>),
    /// No such workspace, or the caller is not a member.
    #[oai(status = 404)]
    NotFound(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesDestroyResponse {
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

/// The parameters of `workspaces_duplicate_create`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesDuplicateCreateParams {
    /// The workspace's `pk`.
    #[serde(rename = "id")]
    pub id: i32,
}

/// Every answer `workspaces_duplicate_create` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesDuplicateCreateResponse {
    /// The workspace.
    #[oai(status = 200)]
    Ok(Json<Workspace>),
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// The caller's role does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<ErrorDetail>),
    /// No such workspace, or the caller is not a member.
    #[oai(status = 404)]
    NotFound(Json<ErrorDetail>),
    /// The body is not JSON by its `Content-Type` (or has none).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesDuplicateCreateResponse {
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

/// The parameters of `workspaces_members_list`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkspacesMembersListParams {
    /// The workspace's `pk`.
    #[serde(rename = "id")]
    pub id: i32,
}

/// Every answer `workspaces_members_list` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum WorkspacesMembersListResponse {
    /// The members.
    #[oai(status = 200)]
    Ok(Json<Vec<WorkspaceMember>>),
    /// Invalid input, as field errors (or `detail` when the body is not JSON at all).
    #[oai(status = 400)]
    BadRequest(Json<BadRequestBody>),
    /// No session, or an unknown or expired one.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorDetail>),
    /// No such workspace, or the caller is not a member.
    #[oai(status = 404)]
    NotFound(Json<ErrorDetail>),
}

impl crate::support::FromAnswer for WorkspacesMembersListResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_workspace_create_initialization_mode() -> Option<InitializationMode> {
    Some(InitializationMode::Scratch)
}

fn default_workspace_create_key_generation_method() -> Option<KeyGenerationMethod> {
    Some(KeyGenerationMethod::Duplicate)
}

fn default_workspace_create_default_locale() -> Option<DefaultLocale> {
    Some(DefaultLocale::En)
}

/// The operations tagged `auth`.
#[async_trait::async_trait]
pub trait AuthApi: Send + Sync + 'static {
    /// Login methods
    async fn auth_retrieve(&self, req: &poem::Request) -> poem::Result<AuthRetrieveResponse>;
    /// Sign in as a Syntho user
    async fn auth_create(
        &self,
        req: &poem::Request,
        body: SessionForm,
    ) -> poem::Result<AuthCreateResponse>;
    /// Sign out
    async fn auth_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<AuthDestroyResponse>;
}

/// The operations tagged `workspaces`.
#[async_trait::async_trait]
pub trait WorkspacesApi: Send + Sync + 'static {
    /// List workspaces
    async fn workspaces_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<WorkspacesListResponse>;
    /// Create a workspace and its engine
    async fn workspaces_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesCreateParams,
        body: WorkspaceCreate,
    ) -> poem::Result<WorkspacesCreateResponse>;
    /// Get a workspace
    async fn workspaces_retrieve(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesRetrieveParams,
    ) -> poem::Result<WorkspacesRetrieveResponse>;
    /// Update a workspace and its engine
    async fn workspaces_update(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesUpdateParams,
        body: WorkspaceUpdate,
    ) -> poem::Result<WorkspacesUpdateResponse>;
    /// Delete a workspace
    async fn workspaces_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesDestroyParams,
    ) -> poem::Result<WorkspacesDestroyResponse>;
    /// Duplicate a workspace, including permissions
    async fn workspaces_duplicate_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesDuplicateCreateParams,
        body: WorkspaceUpdate,
    ) -> poem::Result<WorkspacesDuplicateCreateResponse>;
    /// List a workspace's members
    async fn workspaces_members_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesMembersListParams,
    ) -> poem::Result<WorkspacesMembersListResponse>;
}

/// Implements [`AuthApi`] for a real-mode surface that does not serve the `auth`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! syntho_v1_unmounted_auth_api {
    ($t:ty) => {
        const _: () = {
            use $crate::syntho::v1::*;
            #[$crate::support::async_trait]
            impl AuthApi for $t {
                async fn auth_retrieve(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<AuthRetrieveResponse> {
                    Err($crate::support::unmounted())
                }
                async fn auth_create(
                    &self,
                    _req: &poem::Request,
                    _body: SessionForm,
                ) -> poem::Result<AuthCreateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn auth_destroy(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                ) -> poem::Result<AuthDestroyResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`WorkspacesApi`] for a real-mode surface that does not serve the `workspaces`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! syntho_v1_unmounted_workspaces_api {
    ($t:ty) => {
        const _: () = {
            use $crate::syntho::v1::*;
            #[$crate::support::async_trait]
            impl WorkspacesApi for $t {
                async fn workspaces_list(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                ) -> poem::Result<WorkspacesListResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_create(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesCreateParams,
                    _body: WorkspaceCreate,
                ) -> poem::Result<WorkspacesCreateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_retrieve(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesRetrieveParams,
                ) -> poem::Result<WorkspacesRetrieveResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_update(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesUpdateParams,
                    _body: WorkspaceUpdate,
                ) -> poem::Result<WorkspacesUpdateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_destroy(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesDestroyParams,
                ) -> poem::Result<WorkspacesDestroyResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_duplicate_create(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesDuplicateCreateParams,
                    _body: WorkspaceUpdate,
                ) -> poem::Result<WorkspacesDuplicateCreateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn workspaces_members_list(
                    &self,
                    _req: &poem::Request,
                    _auth: SessionCookie,
                    _params: WorkspacesMembersListParams,
                ) -> poem::Result<WorkspacesMembersListResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api: AuthApi + WorkspacesApi {}

impl<T: AuthApi + WorkspacesApi> Api for T {}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> AuthApi for Backed<B> {
    async fn auth_retrieve(&self, req: &poem::Request) -> poem::Result<AuthRetrieveResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[0],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <AuthRetrieveResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn auth_create(
        &self,
        req: &poem::Request,
        body: SessionForm,
    ) -> poem::Result<AuthCreateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <AuthCreateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
    async fn auth_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<AuthDestroyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AuthDestroyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> WorkspacesApi for Backed<B> {
    async fn workspaces_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<WorkspacesListResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <WorkspacesListResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn workspaces_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesCreateParams,
        body: WorkspaceCreate,
    ) -> poem::Result<WorkspacesCreateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[4],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <WorkspacesCreateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
    async fn workspaces_retrieve(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesRetrieveParams,
    ) -> poem::Result<WorkspacesRetrieveResponse> {
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
        <WorkspacesRetrieveResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[5], e))
    }
    async fn workspaces_update(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesUpdateParams,
        body: WorkspaceUpdate,
    ) -> poem::Result<WorkspacesUpdateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[6],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <WorkspacesUpdateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[6], e))
    }
    async fn workspaces_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesDestroyParams,
    ) -> poem::Result<WorkspacesDestroyResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[7],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <WorkspacesDestroyResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[7], e))
    }
    async fn workspaces_duplicate_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesDuplicateCreateParams,
        body: WorkspaceUpdate,
    ) -> poem::Result<WorkspacesDuplicateCreateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[8],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <WorkspacesDuplicateCreateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[8], e))
    }
    async fn workspaces_members_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        params: WorkspacesMembersListParams,
    ) -> poem::Result<WorkspacesMembersListResponse> {
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
        <WorkspacesMembersListResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[9], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// Login methods
    ///
    /// Which ways of signing in are enabled, and how long a session lasts.
    #[oai(
        path = "/api/v1/auth/",
        method = "get",
        operation_id = "auth_retrieve",
        tag = "Tags::Auth"
    )]
    async fn auth_retrieve(&self, req: &poem::Request) -> poem::Result<AuthRetrieveResponse> {
        self.0.auth_retrieve(req).await
    }

    /// Sign in as a Syntho user
    ///
    /// Checks the email and password and starts a session: the reply sets the
    /// `sessionid` cookie (HttpOnly, `Path=/`). Sending a stale or unknown `sessionid`
    /// cookie with the login is refused with 401.
    #[oai(
        path = "/api/v1/auth/",
        method = "post",
        operation_id = "auth_create",
        tag = "Tags::Auth"
    )]
    async fn auth_create(
        &self,
        req: &poem::Request,
        body: Json<SessionForm>,
    ) -> poem::Result<AuthCreateResponse> {
        self.0.auth_create(req, body.0).await
    }

    /// Sign out
    ///
    /// Ends the current session; its cookie no longer works.
    #[oai(
        path = "/api/v1/auth/",
        method = "delete",
        operation_id = "auth_destroy",
        tag = "Tags::Auth"
    )]
    async fn auth_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<AuthDestroyResponse> {
        self.0.auth_destroy(req, auth).await
    }

    /// List workspaces
    ///
    /// The workspaces the caller is a member of, oldest first. Not paginated.
    #[oai(
        path = "/api/v1/workspaces/",
        method = "get",
        operation_id = "workspaces_list",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
    ) -> poem::Result<WorkspacesListResponse> {
        self.0.workspaces_list(req, auth).await
    }

    /// Create a workspace and its engine
    ///
    /// Creates the workspace, makes the caller its `OWNER` and starts the engine's
    /// creation job: `engine.latest_job_status` moves from `STARTED` through
    /// `IN_PROGRESS` to `SUCCESS` (or `FAILURE`) and `status` follows (`creating`, then
    /// `ready` or `failed`). Answers 200, not 201, as the vendor does.
    #[oai(
        path = "/api/v1/workspaces/",
        method = "post",
        operation_id = "workspaces_create",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The bundled sample database to start from; recorded with the workspace.
        #[oai(name = "sample_db", validator(max_length = 255))]
        sample_db: Query<Option<String>>,
        body: Json<WorkspaceCreate>,
    ) -> poem::Result<WorkspacesCreateResponse> {
        self.0
            .workspaces_create(
                req,
                auth,
                WorkspacesCreateParams {
                    sample_db: sample_db.0,
                },
                body.0,
            )
            .await
    }

    /// Get a workspace
    ///
    /// A workspace the caller is a member of; any other answers 404.
    #[oai(
        path = "/api/v1/workspaces/:id/",
        method = "get",
        operation_id = "workspaces_retrieve",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_retrieve(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The workspace's `pk`.
        #[oai(name = "id")]
        id: Path<i32>,
    ) -> poem::Result<WorkspacesRetrieveResponse> {
        self.0
            .workspaces_retrieve(req, auth, WorkspacesRetrieveParams { id: id.0 })
            .await
    }

    /// Update a workspace and its engine
    ///
    /// Replaces the name, connections and generation defaults. Owners and editors may
    /// update; readers get 403. Secrets are write-only: a password or key left out of a
    /// connection keeps its stored value.
    #[oai(
        path = "/api/v1/workspaces/:id/",
        method = "put",
        operation_id = "workspaces_update",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_update(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The workspace's `pk`.
        #[oai(name = "id")]
        id: Path<i32>,
        body: Json<WorkspaceUpdate>,
    ) -> poem::Result<WorkspacesUpdateResponse> {
        self.0
            .workspaces_update(req, auth, WorkspacesUpdateParams { id: id.0 }, body.0)
            .await
    }

    /// Delete a workspace
    ///
    /// Deletes the workspace and its memberships. A creation job still running is
    /// cancelled and reports `REVOKED`. Only the owner may delete.
    #[oai(
        path = "/api/v1/workspaces/:id/",
        method = "delete",
        operation_id = "workspaces_destroy",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_destroy(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The workspace's `pk`.
        #[oai(name = "id")]
        id: Path<i32>,
    ) -> poem::Result<WorkspacesDestroyResponse> {
        self.0
            .workspaces_destroy(req, auth, WorkspacesDestroyParams { id: id.0 })
            .await
    }

    /// Duplicate a workspace, including permissions
    ///
    /// A new workspace with the given name and connections that copies the original's
    /// settings and every member with its role; it runs its own creation job. Only the
    /// owner may duplicate. Secrets left out are taken from the original.
    #[oai(
        path = "/api/v1/workspaces/:id/duplicate/",
        method = "post",
        operation_id = "workspaces_duplicate_create",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_duplicate_create(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The workspace's `pk`.
        #[oai(name = "id")]
        id: Path<i32>,
        body: Json<WorkspaceUpdate>,
    ) -> poem::Result<WorkspacesDuplicateCreateResponse> {
        self.0
            .workspaces_duplicate_create(
                req,
                auth,
                WorkspacesDuplicateCreateParams { id: id.0 },
                body.0,
            )
            .await
    }

    /// List a workspace's members
    ///
    /// Every member with its role, as a bare array.
    #[oai(
        path = "/api/v1/workspaces/:id/members/",
        method = "get",
        operation_id = "workspaces_members_list",
        tag = "Tags::Workspaces"
    )]
    async fn workspaces_members_list(
        &self,
        req: &poem::Request,
        auth: SessionCookie,
        /// The workspace's `pk`.
        #[oai(name = "id")]
        id: Path<i32>,
    ) -> poem::Result<WorkspacesMembersListResponse> {
        self.0
            .workspaces_members_list(req, auth, WorkspacesMembersListParams { id: id.0 })
            .await
    }
}

/// The poem-openapi service for an implementation; its derived spec is compared with the
/// source spec by the contract test.
pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {
    poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)
}
