//! Datawiza Admin API 1.0.0 — generated from `openapi/datawiza/v1.yaml` by `cargo xtask codegen`; never edit by hand.
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
pub const TITLE: &str = "Datawiza Admin API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "datawiza";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/datawiza/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/datawiza/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "GET",
        path: "/admin/api/v1/applications/",
        operation_id: "list_applications_by_query",
        secured: true,
        scopes: &[],
        tag: "Applications",
    },
    crate::support::Operation {
        method: "POST",
        path: "/admin/api/v1/applications/",
        operation_id: "list_applications",
        secured: true,
        scopes: &[],
        tag: "Applications",
    },
    crate::support::Operation {
        method: "GET",
        path: "/admin/api/v1/applications/{id}/ssl",
        operation_id: "get_application_ssl",
        secured: true,
        scopes: &[],
        tag: "Applications",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/admin/api/v1/applications/{id}/ssl",
        operation_id: "replace_application_ssl",
        secured: true,
        scopes: &[],
        tag: "Applications",
    },
    crate::support::Operation {
        method: "POST",
        path: "/admin/api/v1/applications/{id}/ssl",
        operation_id: "update_application_ssl",
        secured: true,
        scopes: &[],
        tag: "Applications",
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
    /// Applications protected by the Datawiza Access Proxy, and their SSL settings.
    #[oai(rename = "Applications")]
    Applications,
}

/// An admin API token, shown once when it is created.
#[derive(poem_openapi::SecurityScheme)]
#[oai(rename = "bearerAuth", ty = "bearer")]
pub struct BearerAuth(pub poem_openapi::auth::Bearer);

impl crate::support::Credential for BearerAuth {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// An application behind the Datawiza Access Proxy.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Application")]
pub struct Application {
    #[oai(rename = "id", validator(pattern = "^[0-9a-f]{32}$"))]
    #[serde(rename = "id")]
    pub id: String,
    /// Epoch milliseconds.
    #[oai(rename = "creationDate")]
    #[serde(rename = "creationDate")]
    pub creation_date: i64,
    /// Epoch milliseconds.
    #[oai(rename = "lastUpdateDate")]
    #[serde(rename = "lastUpdateDate")]
    pub last_update_date: i64,
    /// The deployment (one proxy) that serves this application.
    #[oai(rename = "deploymentId", validator(pattern = "^[0-9a-f]{32}$"))]
    #[serde(rename = "deploymentId")]
    pub deployment_id: String,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The application platform; the vendor documents only `WEB`.
    #[oai(rename = "platform")]
    #[serde(rename = "platform")]
    pub platform: Platform,
    /// The URL end users reach, scheme included.
    #[oai(rename = "publicDomain")]
    #[serde(rename = "publicDomain")]
    pub public_domain: String,
    /// The port the proxy listens on (differs from the public URL's port behind a load balancer).
    #[oai(
        rename = "listenPort",
        validator(
            maximum(value = "65535", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "listenPort")]
    pub listen_port: i32,
    #[oai(rename = "upstreams")]
    #[serde(rename = "upstreams")]
    pub upstreams: Vec<Upstream>,
    /// How upstreams are chosen; the vendor documents only `DUMMY`.
    #[oai(rename = "upstreamSwitch")]
    #[serde(rename = "upstreamSwitch")]
    pub upstream_switch: UpstreamSwitch,
    /// Settings for special application types; empty for ordinary web applications.
    #[oai(rename = "specialApp")]
    #[serde(rename = "specialApp")]
    pub special_app: std::collections::BTreeMap<String, serde_json::Value>,
    /// The selected profile, or null.
    #[oai(rename = "profileSelect")]
    #[serde(rename = "profileSelect", default)]
    pub profile_select: Option<String>,
    #[oai(rename = "enabled")]
    #[serde(rename = "enabled")]
    pub enabled: bool,
}

/// A page of applications in the success envelope, with paging metadata beside `data`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApplicationPage")]
pub struct ApplicationPage {
    /// Always 0 on success.
    #[oai(rename = "errCode")]
    #[serde(rename = "errCode")]
    pub err_code: i32,
    /// Always `OK` on success.
    #[oai(rename = "errMsg")]
    #[serde(rename = "errMsg")]
    pub err_msg: String,
    #[oai(rename = "data")]
    #[serde(rename = "data")]
    pub data: Vec<Application>,
    /// The page size used.
    #[oai(rename = "pageSize")]
    #[serde(rename = "pageSize")]
    pub page_size: i64,
    /// This page's number, counting from 1.
    #[oai(rename = "pageNum")]
    #[serde(rename = "pageNum")]
    pub page_num: i64,
    /// How many pages the whole result fills.
    #[oai(rename = "totalPage")]
    #[serde(rename = "totalPage")]
    pub total_page: i64,
    /// How many applications match, over all pages.
    #[oai(rename = "totalElements")]
    #[serde(rename = "totalElements")]
    pub total_elements: i64,
}

/// An error; the HTTP status is the first three digits of `errCode`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "DatawizaError")]
pub struct DatawizaError {
    #[oai(rename = "errCode", validator(pattern = "^[0-9]{4}$"))]
    #[serde(rename = "errCode")]
    pub err_code: String,
    #[oai(rename = "errMsg")]
    #[serde(rename = "errMsg")]
    pub err_msg: String,
}

/// Which page of applications to return.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ListApplicationsRequest")]
pub struct ListApplicationsRequest {
    /// Zero-based page index.
    #[oai(rename = "page", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "page")]
    pub page: i32,
    /// Applications per page.
    #[oai(
        rename = "size",
        validator(
            maximum(value = "1000", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "size")]
    pub size: i32,
    /// Keep applications whose name contains this text, ignoring case; `null`, like
    /// leaving it out, keeps every application. Characters outside the Basic
    /// Multilingual Plane are refused (`4001`).
    #[oai(
        rename = "name",
        validator(max_length = 255, pattern = "^[\\u0000-\\uD7FF\\uE000-\\uFFFF]*$")
    )]
    #[serde(rename = "name", default)]
    pub name: Option<String>,
}

/// The success envelope with no data.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "OkEnvelope")]
pub struct OkEnvelope {
    #[oai(rename = "errCode")]
    #[serde(rename = "errCode")]
    pub err_code: i32,
    #[oai(rename = "errMsg")]
    #[serde(rename = "errMsg")]
    pub err_msg: String,
}

/// The application platform; the vendor documents only `WEB`.
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
#[oai(rename = "Platform")]
pub enum Platform {
    #[oai(rename = "WEB")]
    #[serde(rename = "WEB")]
    Web,
}

impl Platform {
    /// Every value, in spec order.
    pub const ALL: &'static [Platform] = &[Platform::Web];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Platform::Web => "WEB",
        }
    }
}

impl crate::support::WireEnum for Platform {
    const VALUES: &'static [Platform] = Platform::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// An application's SSL setting. The certificate facts appear only when `mode` is `UPLOAD`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Ssl")]
pub struct Ssl {
    #[oai(rename = "id", validator(pattern = "^[0-9a-f]{32}$"))]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "creationDate")]
    #[serde(rename = "creationDate")]
    pub creation_date: i64,
    #[oai(rename = "lastUpdateDate")]
    #[serde(rename = "lastUpdateDate")]
    pub last_update_date: i64,
    #[oai(rename = "isSSL")]
    #[serde(rename = "isSSL")]
    pub is_ssl: bool,
    /// `SELF_SIGNED`: the proxy uses a Datawiza self-signed certificate. `UPLOAD`: it uses
    /// a certificate the customer uploaded.
    #[oai(rename = "mode")]
    #[serde(rename = "mode")]
    pub mode: SslMode,
    /// The certificate's subject, e.g. `CN=jde.example.com, O=Example`.
    #[oai(rename = "subject", skip_serializing_if_is_none)]
    #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// SHA-256 of the DER certificate as upper-case hex pairs joined by colons.
    #[oai(rename = "fingerPrint", skip_serializing_if_is_none)]
    #[serde(
        rename = "fingerPrint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finger_print: Option<String>,
    /// The certificate's `notAfter`, in epoch milliseconds.
    #[oai(rename = "expirationTime", skip_serializing_if_is_none)]
    #[serde(
        rename = "expirationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_time: Option<i64>,
}

/// The SSL setting in the success envelope.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SslEnvelope")]
pub struct SslEnvelope {
    #[oai(rename = "errCode")]
    #[serde(rename = "errCode")]
    pub err_code: i32,
    #[oai(rename = "errMsg")]
    #[serde(rename = "errMsg")]
    pub err_msg: String,
    /// An application's SSL setting. The certificate facts appear only when `mode` is `UPLOAD`.
    #[oai(rename = "data")]
    #[serde(rename = "data")]
    pub data: Ssl,
}

/// `SELF_SIGNED`: the proxy uses a Datawiza self-signed certificate. `UPLOAD`: it uses
/// a certificate the customer uploaded.
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
#[oai(rename = "SslMode")]
pub enum SslMode {
    #[oai(rename = "SELF_SIGNED")]
    #[serde(rename = "SELF_SIGNED")]
    SelfSigned,
    #[oai(rename = "UPLOAD")]
    #[serde(rename = "UPLOAD")]
    Upload,
}

impl SslMode {
    /// Every value, in spec order.
    pub const ALL: &'static [SslMode] = &[SslMode::SelfSigned, SslMode::Upload];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            SslMode::SelfSigned => "SELF_SIGNED",
            SslMode::Upload => "UPLOAD",
        }
    }
}

impl crate::support::WireEnum for SslMode {
    const VALUES: &'static [SslMode] = SslMode::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The form fields of an SSL update. Rules: `mode` is required when `isSSL` is true
/// (`SELF_SIGNED`, its spelling `SELF_SIGN`, or `UPLOAD`); with `UPLOAD`, `cert` and
/// `key` are required and `uploadFile` must be `false`. `anyOf` below states these
/// rules; that the key belongs to the certificate (and both are well-formed PEM) no
/// schema can say, and is checked on receipt. With `isSSL` false the other fields
/// are not read. No field may hold characters outside the Basic Multilingual Plane.
#[derive(Debug, poem_openapi::Multipart)]
pub struct SslUpdateForm {
    /// Turns SSL on or off.
    #[oai(rename = "isSSL")]
    pub is_ssl: bool,
    /// `SELF_SIGNED` (or `SELF_SIGN`) or `UPLOAD`.
    #[oai(
        rename = "mode",
        validator(pattern = "^[\\u0000-\\uD7FF\\uE000-\\uFFFF]*$")
    )]
    pub mode: Option<String>,
    /// Must be `false`; the certificate comes as text in `cert`.
    #[oai(rename = "uploadFile")]
    pub upload_file: Option<bool>,
    /// The certificate, PEM.
    #[oai(
        rename = "cert",
        validator(pattern = "^[\\u0000-\\uD7FF\\uE000-\\uFFFF]*$")
    )]
    pub cert: Option<String>,
    /// The certificate's private key, PEM (PKCS#8 or PKCS#1 RSA).
    #[oai(
        rename = "key",
        validator(pattern = "^[\\u0000-\\uD7FF\\uE000-\\uFFFF]*$")
    )]
    pub key: Option<String>,
}

impl SslUpdateForm {
    /// The form as a backend sees it: fields as JSON, files summarized.
    pub fn to_form(&self) -> serde_json::Value {
        let mut form = serde_json::Map::new();
        form.insert("isSSL".to_string(), crate::support::to_json(&self.is_ssl));
        form.insert("mode".to_string(), crate::support::to_json(&self.mode));
        form.insert(
            "uploadFile".to_string(),
            crate::support::to_json(&self.upload_file),
        );
        form.insert("cert".to_string(), crate::support::to_json(&self.cert));
        form.insert("key".to_string(), crate::support::to_json(&self.key));
        serde_json::Value::Object(form)
    }
}

/// A backend the proxy forwards to. The vendor's samples only show empty lists; this
/// shape is Understudy's design.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Upstream")]
pub struct Upstream {
    #[oai(rename = "host")]
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
}

/// How upstreams are chosen; the vendor documents only `DUMMY`.
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
#[oai(rename = "UpstreamSwitch")]
pub enum UpstreamSwitch {
    #[oai(rename = "DUMMY")]
    #[serde(rename = "DUMMY")]
    Dummy,
}

impl UpstreamSwitch {
    /// Every value, in spec order.
    pub const ALL: &'static [UpstreamSwitch] = &[UpstreamSwitch::Dummy];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UpstreamSwitch::Dummy => "DUMMY",
        }
    }
}

impl crate::support::WireEnum for UpstreamSwitch {
    const VALUES: &'static [UpstreamSwitch] = UpstreamSwitch::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The parameters of `list_applications_by_query`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListApplicationsByQueryParams {
    /// Zero-based page index.
    #[serde(rename = "page")]
    pub page: i32,
    /// Applications per page.
    #[serde(rename = "size")]
    pub size: i32,
    /// Keep applications whose name contains this text, ignoring case. Characters
    /// outside the Basic Multilingual Plane are refused (`4001`).
    #[serde(rename = "name")]
    pub name: Option<String>,
}

/// Every answer `list_applications_by_query` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListApplicationsByQueryResponse {
    /// One page of applications.
    #[oai(status = 200)]
    Ok(Json<ApplicationPage>),
    /// `4000` (the body could not be read) or `4001` (a field is missing or invalid; `errMsg` names it).
    #[oai(status = 400)]
    BadRequest(Json<DatawizaError>),
    /// `4010`: the bearer token is missing or unknown.
    #[oai(status = 401)]
    Unauthorized(Json<DatawizaError>),
    /// `4290`: too many requests recently; try again later.
    #[oai(status = 429)]
    TooManyRequests(Json<DatawizaError>),
}

impl crate::support::FromAnswer for ListApplicationsByQueryResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `list_applications` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListApplicationsResponse {
    /// One page of applications.
    #[oai(status = 200)]
    Ok(Json<ApplicationPage>),
    /// `4000` (the body could not be read) or `4001` (a field is missing or invalid; `errMsg` names it).
    #[oai(status = 400)]
    BadRequest(Json<DatawizaError>),
    /// `4010`: the bearer token is missing or unknown.
    #[oai(status = 401)]
    Unauthorized(Json<DatawizaError>),
    /// `4130`: the body is over the limit (1 MiB).
    #[oai(status = 413)]
    PayloadTooLarge(Json<DatawizaError>),
    /// `4150`: the body is not in the media type the operation takes (or its `Content-Type` is missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<DatawizaError>),
    /// `4290`: too many requests recently; try again later.
    #[oai(status = 429)]
    TooManyRequests(Json<DatawizaError>),
}

impl crate::support::FromAnswer for ListApplicationsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_application_ssl`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetApplicationSslParams {
    /// The application's id (32 lower-case hex characters).
    #[serde(rename = "id")]
    pub id: String,
}

/// Every answer `get_application_ssl` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetApplicationSslResponse {
    /// The SSL setting.
    #[oai(status = 200)]
    Ok(Json<SslEnvelope>),
    /// `4000` (the body could not be read) or `4001` (a field is missing or invalid; `errMsg` names it).
    #[oai(status = 400)]
    BadRequest(Json<DatawizaError>),
    /// `4010`: the bearer token is missing or unknown.
    #[oai(status = 401)]
    Unauthorized(Json<DatawizaError>),
    /// `4040`: no such application.
    #[oai(status = 404)]
    NotFound(Json<DatawizaError>),
    /// `4290`: too many requests recently; try again later.
    #[oai(status = 429)]
    TooManyRequests(Json<DatawizaError>),
}

impl crate::support::FromAnswer for GetApplicationSslResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `replace_application_ssl`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReplaceApplicationSslParams {
    /// The application's id (32 lower-case hex characters).
    #[serde(rename = "id")]
    pub id: String,
}

/// Every answer `replace_application_ssl` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ReplaceApplicationSslResponse {
    /// The change was saved.
    #[oai(status = 200)]
    Ok(Json<OkEnvelope>),
    /// `4000` (the body could not be read) or `4001` (a field is missing or invalid; `errMsg` names it).
    #[oai(status = 400)]
    BadRequest(Json<DatawizaError>),
    /// `4010`: the bearer token is missing or unknown.
    #[oai(status = 401)]
    Unauthorized(Json<DatawizaError>),
    /// `4040`: no such application.
    #[oai(status = 404)]
    NotFound(Json<DatawizaError>),
    /// `4130`: the body is over the limit (1 MiB).
    #[oai(status = 413)]
    PayloadTooLarge(Json<DatawizaError>),
    /// `4150`: the body is not in the media type the operation takes (or its `Content-Type` is missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<DatawizaError>),
    /// `4290`: too many requests recently; try again later.
    #[oai(status = 429)]
    TooManyRequests(Json<DatawizaError>),
}

impl crate::support::FromAnswer for ReplaceApplicationSslResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `update_application_ssl`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UpdateApplicationSslParams {
    /// The application's id (32 lower-case hex characters).
    #[serde(rename = "id")]
    pub id: String,
}

/// Every answer `update_application_ssl` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateApplicationSslResponse {
    /// The change was saved.
    #[oai(status = 200)]
    Ok(Json<OkEnvelope>),
    /// `4000` (the body could not be read) or `4001` (a field is missing or invalid; `errMsg` names it).
    #[oai(status = 400)]
    BadRequest(Json<DatawizaError>),
    /// `4010`: the bearer token is missing or unknown.
    #[oai(status = 401)]
    Unauthorized(Json<DatawizaError>),
    /// `4040`: no such application.
    #[oai(status = 404)]
    NotFound(Json<DatawizaError>),
    /// `4130`: the body is over the limit (1 MiB).
    #[oai(status = 413)]
    PayloadTooLarge(Json<DatawizaError>),
    /// `4150`: the body is not in the media type the operation takes (or its `Content-Type` is missing).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<DatawizaError>),
    /// `4290`: too many requests recently; try again later.
    #[oai(status = 429)]
    TooManyRequests(Json<DatawizaError>),
}

impl crate::support::FromAnswer for UpdateApplicationSslResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            415 => Ok(Self::UnsupportedMediaType(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_list_applications_by_query_page() -> i32 {
    0
}

fn default_list_applications_by_query_size() -> i32 {
    20
}

/// The operations tagged `Applications`.
#[async_trait::async_trait]
pub trait ApplicationsApi: Send + Sync + 'static {
    /// List applications (query parameters)
    async fn list_applications_by_query(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListApplicationsByQueryParams,
    ) -> poem::Result<ListApplicationsByQueryResponse>;
    /// List applications
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ListApplicationsRequest,
    ) -> poem::Result<ListApplicationsResponse>;
    /// Get an application's SSL setting
    async fn get_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetApplicationSslParams,
    ) -> poem::Result<GetApplicationSslResponse>;
    /// Replace an application's SSL setting
    async fn replace_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ReplaceApplicationSslParams,
        body: SslUpdateForm,
    ) -> poem::Result<ReplaceApplicationSslResponse>;
    /// Update an application's SSL setting
    async fn update_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateApplicationSslParams,
        body: SslUpdateForm,
    ) -> poem::Result<UpdateApplicationSslResponse>;
}

/// Implements [`ApplicationsApi`] for a real-mode surface that does not serve the `Applications`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! datawiza_v1_unmounted_applications_api {
    ($t:ty) => {
        const _: () = {
            use $crate::datawiza::v1::*;
            #[$crate::support::async_trait]
            impl ApplicationsApi for $t {
                async fn list_applications_by_query(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ListApplicationsByQueryParams,
                ) -> poem::Result<ListApplicationsByQueryResponse> {
                    Err($crate::support::unmounted())
                }
                async fn list_applications(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _body: ListApplicationsRequest,
                ) -> poem::Result<ListApplicationsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_application_ssl(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: GetApplicationSslParams,
                ) -> poem::Result<GetApplicationSslResponse> {
                    Err($crate::support::unmounted())
                }
                async fn replace_application_ssl(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: ReplaceApplicationSslParams,
                    _body: SslUpdateForm,
                ) -> poem::Result<ReplaceApplicationSslResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_application_ssl(
                    &self,
                    _req: &poem::Request,
                    _auth: BearerAuth,
                    _params: UpdateApplicationSslParams,
                    _body: SslUpdateForm,
                ) -> poem::Result<UpdateApplicationSslResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api: ApplicationsApi {}

impl<T: ApplicationsApi> Api for T {}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> ApplicationsApi for Backed<B> {
    async fn list_applications_by_query(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ListApplicationsByQueryParams,
    ) -> poem::Result<ListApplicationsByQueryResponse> {
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
        <ListApplicationsByQueryResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: ListApplicationsRequest,
    ) -> poem::Result<ListApplicationsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ListApplicationsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
    async fn get_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: GetApplicationSslParams,
    ) -> poem::Result<GetApplicationSslResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetApplicationSslResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
    async fn replace_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: ReplaceApplicationSslParams,
        body: SslUpdateForm,
    ) -> poem::Result<ReplaceApplicationSslResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Form(body.to_form()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ReplaceApplicationSslResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn update_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        params: UpdateApplicationSslParams,
        body: SslUpdateForm,
    ) -> poem::Result<UpdateApplicationSslResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[4],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Form(body.to_form()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UpdateApplicationSslResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// List applications (query parameters)
    ///
    /// The same listing as `POST`, with the paging fields as query parameters — an
    /// Understudy convenience for browsers and tools that cannot send a body.
    #[oai(
        path = "/admin/api/v1/applications/",
        method = "get",
        operation_id = "list_applications_by_query",
        tag = "Tags::Applications"
    )]
    async fn list_applications_by_query(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// Zero-based page index.
        #[oai(
            name = "page",
            default = "default_list_applications_by_query_page",
            validator(minimum(value = "0", exclusive = false))
        )]
        page: Query<i32>,
        /// Applications per page.
        #[oai(
            name = "size",
            default = "default_list_applications_by_query_size",
            validator(
                maximum(value = "1000", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        size: Query<i32>,
        /// Keep applications whose name contains this text, ignoring case. Characters
        /// outside the Basic Multilingual Plane are refused (`4001`).
        #[oai(
            name = "name",
            validator(max_length = 255, pattern = "^[\\u0000-\\uD7FF\\uE000-\\uFFFF]*$")
        )]
        name: Query<Option<String>>,
    ) -> poem::Result<ListApplicationsByQueryResponse> {
        self.0
            .list_applications_by_query(
                req,
                auth,
                ListApplicationsByQueryParams {
                    page: page.0,
                    size: size.0,
                    name: name.0,
                },
            )
            .await
    }

    /// List applications
    ///
    /// One page of the organization's applications, newest first. `page` counts from 0;
    /// the reply's `pageNum` counts from 1 (`pageNum = page + 1`). `name`, when given,
    /// keeps the applications whose name contains it, ignoring case. The path also
    /// answers without its trailing slash.
    #[oai(
        path = "/admin/api/v1/applications/",
        method = "post",
        operation_id = "list_applications",
        tag = "Tags::Applications"
    )]
    async fn list_applications(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        body: Json<ListApplicationsRequest>,
    ) -> poem::Result<ListApplicationsResponse> {
        self.0.list_applications(req, auth, body.0).await
    }

    /// Get an application's SSL setting
    ///
    /// Whether SSL is on and which certificate the proxy uses. For an uploaded
    /// certificate the reply also carries its subject, SHA-256 fingerprint and expiry,
    /// read from the certificate itself.
    #[oai(
        path = "/admin/api/v1/applications/:id/ssl",
        method = "get",
        operation_id = "get_application_ssl",
        tag = "Tags::Applications"
    )]
    async fn get_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The application's id (32 lower-case hex characters).
        #[oai(name = "id", validator(max_length = 64))]
        id: Path<String>,
    ) -> poem::Result<GetApplicationSslResponse> {
        self.0
            .get_application_ssl(req, auth, GetApplicationSslParams { id: id.0 })
            .await
    }

    /// Replace an application's SSL setting
    ///
    /// The same as `POST` on this path, for clients that update with `PUT`.
    #[oai(
        path = "/admin/api/v1/applications/:id/ssl",
        method = "put",
        operation_id = "replace_application_ssl",
        tag = "Tags::Applications"
    )]
    async fn replace_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The application's id (32 lower-case hex characters).
        #[oai(name = "id", validator(max_length = 64))]
        id: Path<String>,
        body: SslUpdateForm,
    ) -> poem::Result<ReplaceApplicationSslResponse> {
        self.0
            .replace_application_ssl(req, auth, ReplaceApplicationSslParams { id: id.0 }, body)
            .await
    }

    /// Update an application's SSL setting
    ///
    /// Sent as `multipart/form-data`. `mode` is required when `isSSL` is true. With
    /// `mode=UPLOAD`, `cert` and `key` (PEM) are required and `uploadFile` must be
    /// `false`; a malformed PEM, or a key that does not belong to the certificate, is a
    /// `4001` validation error and changes nothing.
    #[oai(
        path = "/admin/api/v1/applications/:id/ssl",
        method = "post",
        operation_id = "update_application_ssl",
        tag = "Tags::Applications"
    )]
    async fn update_application_ssl(
        &self,
        req: &poem::Request,
        auth: BearerAuth,
        /// The application's id (32 lower-case hex characters).
        #[oai(name = "id", validator(max_length = 64))]
        id: Path<String>,
        body: SslUpdateForm,
    ) -> poem::Result<UpdateApplicationSslResponse> {
        self.0
            .update_application_ssl(req, auth, UpdateApplicationSslParams { id: id.0 }, body)
            .await
    }
}

/// The poem-openapi service for an implementation; its derived spec is compared with the
/// source spec by the contract test.
pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {
    poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)
}
