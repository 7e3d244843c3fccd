//! Understudy control API 1.0.0 — generated from `openapi/control/v1.yaml` by `cargo xtask codegen`; never edit by hand.
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
pub const TITLE: &str = "Understudy control API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "control";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/control/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/control/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "POST",
        path: "/_understudy/v1/reset",
        operation_id: "reset_state",
        secured: false,
        scopes: &[],
        tag: "state",
    },
    crate::support::Operation {
        method: "GET",
        path: "/_understudy/v1/settings",
        operation_id: "get_settings",
        secured: false,
        scopes: &[],
        tag: "state",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/_understudy/v1/settings",
        operation_id: "update_settings",
        secured: false,
        scopes: &[],
        tag: "state",
    },
    crate::support::Operation {
        method: "GET",
        path: "/_understudy/v1/journal",
        operation_id: "list_journal",
        secured: false,
        scopes: &[],
        tag: "journal",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/_understudy/v1/journal",
        operation_id: "clear_journal",
        secured: false,
        scopes: &[],
        tag: "journal",
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
    /// The mock's in-memory world and how it is generated.
    #[oai(rename = "state")]
    State,
    /// The last requests the mock answered.
    #[oai(rename = "journal")]
    Journal,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Error")]
pub struct Error {
    /// A short machine-readable kind.
    #[oai(rename = "error")]
    #[serde(rename = "error")]
    pub error: String,
    /// What went wrong, in a sentence.
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Journal")]
pub struct Journal {
    #[oai(rename = "entries")]
    #[serde(rename = "entries")]
    pub entries: Vec<JournalEntry>,
    /// Entries that matched the filters (before `limit`).
    #[oai(rename = "total")]
    #[serde(rename = "total")]
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "JournalEntry")]
pub struct JournalEntry {
    /// When the request arrived.
    #[oai(rename = "at")]
    #[serde(rename = "at")]
    pub at: String,
    #[oai(rename = "method")]
    #[serde(rename = "method")]
    pub method: String,
    /// The path as sent, with its query string.
    #[oai(rename = "path")]
    #[serde(rename = "path")]
    pub path: String,
    #[oai(rename = "status")]
    #[serde(rename = "status")]
    pub status: i64,
    /// Time to answer, including added latency.
    #[oai(rename = "durationMs")]
    #[serde(rename = "durationMs")]
    pub duration_ms: f64,
    /// The product surface that answered; null for none.
    #[oai(rename = "product")]
    #[serde(rename = "product", default)]
    pub product: Option<String>,
}

/// Added to every answer; a value drawn uniformly from [minMs, maxMs].
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Latency")]
pub struct Latency {
    #[oai(
        rename = "minMs",
        validator(
            maximum(value = "60000", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(rename = "minMs")]
    pub min_ms: i64,
    #[oai(
        rename = "maxMs",
        validator(
            maximum(value = "60000", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(rename = "maxMs")]
    pub max_ms: i64,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ResetResult")]
pub struct ResetResult {
    /// The products whose state was regenerated.
    #[oai(rename = "reset")]
    #[serde(rename = "reset")]
    pub reset: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Settings")]
pub struct Settings {
    /// The world seed; the same seed gives the same data.
    #[oai(rename = "seed", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "seed")]
    pub seed: i64,
    /// Items each collection holds when it is generated.
    #[oai(
        rename = "population",
        validator(
            maximum(value = "1000", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(rename = "population")]
    pub population: i64,
    /// Added to every answer; a value drawn uniformly from [minMs, maxMs].
    #[oai(rename = "latency")]
    #[serde(rename = "latency")]
    pub latency: Latency,
}

#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "SettingsUpdate")]
pub struct SettingsUpdate {
    #[oai(
        rename = "seed",
        skip_serializing_if_is_none,
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "seed", default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    #[oai(
        rename = "population",
        skip_serializing_if_is_none,
        validator(
            maximum(value = "1000", exclusive = false),
            minimum(value = "0", exclusive = false)
        )
    )]
    #[serde(
        rename = "population",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub population: Option<i64>,
    /// Added to every answer; a value drawn uniformly from [minMs, maxMs].
    #[oai(rename = "latency", skip_serializing_if_is_none)]
    #[serde(rename = "latency", default, skip_serializing_if = "Option::is_none")]
    pub latency: Option<Latency>,
}

/// The parameters of `reset_state`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ResetStateParams {
    /// Reset only this product (`kawa`, `datawiza`, `etlworks`, `syntho`, `kadi4mat`).
    #[serde(rename = "product")]
    pub product: Option<String>,
}

/// Every answer `reset_state` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ResetStateResponse {
    /// The products whose state was reset.
    #[oai(status = 200)]
    Ok(Json<ResetResult>),
    /// No such product.
    #[oai(status = 404)]
    NotFound(Json<Error>),
}

impl crate::support::FromAnswer for ResetStateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_settings` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetSettingsResponse {
    /// The current settings.
    #[oai(status = 200)]
    Ok(Json<Settings>),
}

impl crate::support::FromAnswer for GetSettingsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `update_settings` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UpdateSettingsResponse {
    /// The settings now in force.
    #[oai(status = 200)]
    Ok(Json<Settings>),
    /// The request is invalid.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
}

impl crate::support::FromAnswer for UpdateSettingsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `list_journal`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListJournalParams {
    /// Only requests whose path starts with this.
    #[serde(rename = "path")]
    pub path: Option<String>,
    /// Only requests answered with this status.
    #[serde(rename = "status")]
    pub status: Option<i64>,
    /// Only requests to this product.
    #[serde(rename = "product")]
    pub product: Option<String>,
    /// At most this many entries.
    #[serde(rename = "limit")]
    pub limit: i64,
}

/// Every answer `list_journal` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ListJournalResponse {
    /// The matching entries, newest first.
    #[oai(status = 200)]
    Ok(Json<Journal>),
}

impl crate::support::FromAnswer for ListJournalResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `clear_journal` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ClearJournalResponse {
    /// The journal is empty.
    #[oai(status = 204)]
    NoContent,
}

impl crate::support::FromAnswer for ClearJournalResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_list_journal_limit() -> i64 {
    100
}

/// The operations tagged `state`.
#[async_trait::async_trait]
pub trait StateApi: Send + Sync + 'static {
    /// Reset the mock's state
    async fn reset_state(
        &self,
        req: &poem::Request,
        params: ResetStateParams,
    ) -> poem::Result<ResetStateResponse>;
    /// Read the mock's settings
    async fn get_settings(&self, req: &poem::Request) -> poem::Result<GetSettingsResponse>;
    /// Change the mock's settings
    async fn update_settings(
        &self,
        req: &poem::Request,
        body: SettingsUpdate,
    ) -> poem::Result<UpdateSettingsResponse>;
}

/// The operations tagged `journal`.
#[async_trait::async_trait]
pub trait JournalApi: Send + Sync + 'static {
    /// Read the request journal
    async fn list_journal(
        &self,
        req: &poem::Request,
        params: ListJournalParams,
    ) -> poem::Result<ListJournalResponse>;
    /// Clear the request journal
    async fn clear_journal(&self, req: &poem::Request) -> poem::Result<ClearJournalResponse>;
}

/// Implements [`StateApi`] for a real-mode surface that does not serve the `state`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! control_v1_unmounted_state_api {
    ($t:ty) => {
        const _: () = {
            use $crate::control::v1::*;
            #[$crate::support::async_trait]
            impl StateApi for $t {
                async fn reset_state(
                    &self,
                    _req: &poem::Request,
                    _params: ResetStateParams,
                ) -> poem::Result<ResetStateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_settings(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<GetSettingsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn update_settings(
                    &self,
                    _req: &poem::Request,
                    _body: SettingsUpdate,
                ) -> poem::Result<UpdateSettingsResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`JournalApi`] for a real-mode surface that does not serve the `journal`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! control_v1_unmounted_journal_api {
    ($t:ty) => {
        const _: () = {
            use $crate::control::v1::*;
            #[$crate::support::async_trait]
            impl JournalApi for $t {
                async fn list_journal(
                    &self,
                    _req: &poem::Request,
                    _params: ListJournalParams,
                ) -> poem::Result<ListJournalResponse> {
                    Err($crate::support::unmounted())
                }
                async fn clear_journal(
                    &self,
                    _req: &poem::Request,
                ) -> poem::Result<ClearJournalResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api: StateApi + JournalApi {}

impl<T: StateApi + JournalApi> Api for T {}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> StateApi for Backed<B> {
    async fn reset_state(
        &self,
        req: &poem::Request,
        params: ResetStateParams,
    ) -> poem::Result<ResetStateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[0],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <ResetStateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn get_settings(&self, req: &poem::Request) -> poem::Result<GetSettingsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <GetSettingsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
    async fn update_settings(
        &self,
        req: &poem::Request,
        body: SettingsUpdate,
    ) -> poem::Result<UpdateSettingsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <UpdateSettingsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> JournalApi for Backed<B> {
    async fn list_journal(
        &self,
        req: &poem::Request,
        params: ListJournalParams,
    ) -> poem::Result<ListJournalResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <ListJournalResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn clear_journal(&self, req: &poem::Request) -> poem::Result<ClearJournalResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[4],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: None,
        };
        let answer = self.0.answer(call).await?;
        <ClearJournalResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// Reset the mock's state
    ///
    /// Drops every change made through the product APIs and regenerates the world from
    /// the current seed: all products, or only `product` when it is given.
    #[oai(
        path = "/_understudy/v1/reset",
        method = "post",
        operation_id = "reset_state",
        tag = "Tags::State"
    )]
    async fn reset_state(
        &self,
        req: &poem::Request,
        /// Reset only this product (`kawa`, `datawiza`, `etlworks`, `syntho`, `kadi4mat`).
        #[oai(name = "product")]
        product: Query<Option<String>>,
    ) -> poem::Result<ResetStateResponse> {
        self.0
            .reset_state(req, ResetStateParams { product: product.0 })
            .await
    }

    /// Read the mock's settings
    ///
    /// The seed, the population of each collection and the latency added to each answer.
    #[oai(
        path = "/_understudy/v1/settings",
        method = "get",
        operation_id = "get_settings",
        tag = "Tags::State"
    )]
    async fn get_settings(&self, req: &poem::Request) -> poem::Result<GetSettingsResponse> {
        self.0.get_settings(req).await
    }

    /// Change the mock's settings
    ///
    /// Changes the given settings and keeps the others. A new seed or population
    /// regenerates every product's world (like a reset); latency applies from the next
    /// request on.
    #[oai(
        path = "/_understudy/v1/settings",
        method = "patch",
        operation_id = "update_settings",
        tag = "Tags::State"
    )]
    async fn update_settings(
        &self,
        req: &poem::Request,
        body: Json<SettingsUpdate>,
    ) -> poem::Result<UpdateSettingsResponse> {
        self.0.update_settings(req, body.0).await
    }

    /// Read the request journal
    ///
    /// The most recent requests to the product surfaces, newest first (at most the last
    /// 1000 are kept). Filter by path prefix, by status or by product.
    #[oai(
        path = "/_understudy/v1/journal",
        method = "get",
        operation_id = "list_journal",
        tag = "Tags::Journal"
    )]
    async fn list_journal(
        &self,
        req: &poem::Request,
        /// Only requests whose path starts with this.
        #[oai(name = "path")]
        path: Query<Option<String>>,
        /// Only requests answered with this status.
        #[oai(
            name = "status",
            validator(
                maximum(value = "599", exclusive = false),
                minimum(value = "100", exclusive = false)
            )
        )]
        status: Query<Option<i64>>,
        /// Only requests to this product.
        #[oai(name = "product")]
        product: Query<Option<String>>,
        /// At most this many entries.
        #[oai(
            name = "limit",
            default = "default_list_journal_limit",
            validator(
                maximum(value = "1000", exclusive = false),
                minimum(value = "1", exclusive = false)
            )
        )]
        limit: Query<i64>,
    ) -> poem::Result<ListJournalResponse> {
        self.0
            .list_journal(
                req,
                ListJournalParams {
                    path: path.0,
                    status: status.0,
                    product: product.0,
                    limit: limit.0,
                },
            )
            .await
    }

    /// Clear the request journal
    ///
    /// Forgets every journaled request.
    #[oai(
        path = "/_understudy/v1/journal",
        method = "delete",
        operation_id = "clear_journal",
        tag = "Tags::Journal"
    )]
    async fn clear_journal(&self, req: &poem::Request) -> poem::Result<ClearJournalResponse> {
        self.0.clear_journal(req).await
    }
}

/// The poem-openapi service for an implementation; its derived spec is compared with the
/// source spec by the contract test.
pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {
    poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)
}
