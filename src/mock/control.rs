//! The control API (`/_understudy/v1`, openapi/control/v1.yaml): reset, settings and the
//! request journal, implementing the generated control trait like any product.

use std::sync::Arc;
use std::time::Duration;

use generated::control::v1 as api;
use generated::support::Json;
use poem::Request;
use serde_json::{json, Value};

use crate::http::dispatch::{ErrorShape, Rejection};
use crate::mock::engine::Engine;
use crate::mock::journal::Journal;
use crate::mock::{product_contracts, Latency, Settings};

/// The control API over a running mock's engine and journal.
pub struct Control {
    pub engine: Arc<Engine>,
    pub journal: Arc<Journal>,
}

fn error(kind: &str, message: String) -> Json<api::Error> {
    Json(api::Error {
        error: kind.to_string(),
        message,
    })
}

fn settings_body(s: &Settings) -> api::Settings {
    api::Settings {
        seed: s.seed as i64,
        population: s.population as i64,
        latency: api::Latency {
            min_ms: s.latency.min.as_millis() as i64,
            max_ms: s.latency.max.as_millis() as i64,
        },
    }
}

impl Control {
    fn reset(&self, product: Option<&str>) -> Vec<String> {
        let mut reset = Vec::new();
        if let Ok(mut worlds) = self.engine.worlds.lock() {
            for contract in product_contracts() {
                if product.is_none_or(|p| p == contract.product) {
                    worlds.remove(contract.product);
                    reset.push(contract.product.to_string());
                }
            }
        }
        reset.sort();
        reset
    }
}

#[async_trait::async_trait]
impl api::StateApi for Control {
    async fn reset_state(
        &self,
        _req: &Request,
        params: api::ResetStateParams,
    ) -> poem::Result<api::ResetStateResponse> {
        if let Some(p) = params.product.as_deref() {
            if !product_contracts().any(|c| c.product == p) {
                let names: Vec<&str> = product_contracts().map(|c| c.product).collect();
                return Ok(api::ResetStateResponse::NotFound(error(
                    "not_found",
                    format!("no product named {p}; products: {}", names.join(", ")),
                )));
            }
        }
        Ok(api::ResetStateResponse::Ok(Json(api::ResetResult {
            reset: self.reset(params.product.as_deref()),
        })))
    }

    async fn get_settings(&self, _req: &Request) -> poem::Result<api::GetSettingsResponse> {
        let s = *self.engine.settings.read().map_err(|_| poisoned())?;
        Ok(api::GetSettingsResponse::Ok(Json(settings_body(&s))))
    }

    async fn update_settings(
        &self,
        _req: &Request,
        body: api::SettingsUpdate,
    ) -> poem::Result<api::UpdateSettingsResponse> {
        if let Some(l) = &body.latency {
            if l.min_ms > l.max_ms {
                return Ok(api::UpdateSettingsResponse::BadRequest(error(
                    "bad_request",
                    "latency: minMs must not exceed maxMs".to_string(),
                )));
            }
        }
        let (updated, regenerate) = {
            let mut s = self.engine.settings.write().map_err(|_| poisoned())?;
            let before = *s;
            if let Some(seed) = body.seed {
                s.seed = seed as u64;
            }
            if let Some(p) = body.population {
                s.population = p as usize;
            }
            if let Some(l) = &body.latency {
                s.latency = Latency {
                    min: Duration::from_millis(l.min_ms as u64),
                    max: Duration::from_millis(l.max_ms as u64),
                };
            }
            (
                *s,
                s.seed != before.seed || s.population != before.population,
            )
        };
        if regenerate {
            self.reset(None);
        }
        Ok(api::UpdateSettingsResponse::Ok(Json(settings_body(
            &updated,
        ))))
    }
}

#[async_trait::async_trait]
impl api::JournalApi for Control {
    async fn list_journal(
        &self,
        _req: &Request,
        params: api::ListJournalParams,
    ) -> poem::Result<api::ListJournalResponse> {
        let matching: Vec<_> = self
            .journal
            .snapshot()
            .into_iter()
            .filter(|e| params.path.as_deref().is_none_or(|p| e.path.starts_with(p)))
            .filter(|e| params.status.is_none_or(|s| i64::from(e.status) == s))
            .filter(|e| {
                params
                    .product
                    .as_deref()
                    .is_none_or(|p| e.product == Some(p))
            })
            .collect();
        let total = matching.len() as i64;
        let entries = matching
            .into_iter()
            .take(params.limit.max(0) as usize)
            .map(|e| api::JournalEntry {
                at: e.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                method: e.method,
                path: e.path,
                status: i64::from(e.status),
                duration_ms: (e.duration.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0,
                product: e.product.map(str::to_string),
            })
            .collect();
        Ok(api::ListJournalResponse::Ok(Json(api::Journal {
            entries,
            total,
        })))
    }

    async fn clear_journal(&self, _req: &Request) -> poem::Result<api::ClearJournalResponse> {
        self.journal.clear();
        Ok(api::ClearJournalResponse::NoContent)
    }
}

fn poisoned() -> poem::Error {
    poem::Error::from_status(poem::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The control API's error shape: `{error, message}`.
pub struct Shape;

impl ErrorShape for Shape {
    fn body(&self, rejection: &Rejection) -> Value {
        let (kind, message) = match rejection {
            Rejection::NotFound => ("not_found", "no such path".to_string()),
            Rejection::MethodNotAllowed { allow } => {
                ("method_not_allowed", format!("allowed: {allow}"))
            }
            Rejection::Unauthorized => ("unauthorized", "credentials are required".to_string()),
            Rejection::BadRequest {
                message,
                field: Some(f),
            } => ("bad_request", format!("{f}: {message}")),
            Rejection::BadRequest {
                message,
                field: None,
            } => ("bad_request", message.clone()),
            Rejection::Malformed { body } => (
                "bad_request",
                match body {
                    crate::http::dispatch::BodyKind::Json => "the body is not valid JSON",
                    crate::http::dispatch::BodyKind::Form => "the body is not a valid form",
                }
                .to_string(),
            ),
            Rejection::UnsupportedMediaType { message } => {
                ("unsupported_media_type", message.clone())
            }
            Rejection::PayloadTooLarge => {
                ("payload_too_large", "the body is too large".to_string())
            }
            Rejection::TooManyRequests { retry_after } => (
                "too_many_requests",
                format!("retry after {retry_after} seconds"),
            ),
            Rejection::Internal => ("internal", "the mock failed; see its log".to_string()),
        };
        json!({"error": kind, "message": message})
    }
}
