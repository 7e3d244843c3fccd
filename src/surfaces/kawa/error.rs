//! KAWA's one error type. KAWA documents no error body ("may vary depending on the
//! endpoint"); kywy only reads the status (409 → `ConflictError`) and, on login, whether
//! an `error` key is present. The contract settles on Spring's `{status, error, message,
//! path, timestamp}`: real mode fills all five ([`KawaError::render`], [`Stamped`]); the
//! mock leaves out the timestamp, which would break its byte-identical replays.

use std::sync::Arc;

use poem::http::StatusCode;
use serde_json::{json, Value};

use crate::common::clock::Clock;
use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};
use crate::store::StoreError;

/// Everything a KAWA operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KawaError {
    BadRequest(String),
    /// 401 without a usable credential.
    Unauthorized,
    /// 401 saying why (wrong password, a deactivated user, an expired key).
    Refused(String),
    /// 403: e.g. a workspace the caller cannot access.
    Forbidden(String),
    /// 404 for a path no operation has.
    NotFound,
    /// 404 for an entity the request names, saying which.
    Missing(String),
    MethodNotAllowed,
    /// 409: a duplicate.
    Conflict(String),
    TooLarge,
    UnsupportedMediaType(String),
    /// 429 (KAWA documents no limit, so Understudy declares none for it).
    TooManyRequests,
    /// 503: the database cannot be reached right now.
    Unavailable,
    Internal,
}

impl KawaError {
    pub fn status(&self) -> StatusCode {
        match self {
            KawaError::BadRequest(_) => StatusCode::BAD_REQUEST,
            KawaError::Unauthorized | KawaError::Refused(_) => StatusCode::UNAUTHORIZED,
            KawaError::Forbidden(_) => StatusCode::FORBIDDEN,
            KawaError::NotFound | KawaError::Missing(_) => StatusCode::NOT_FOUND,
            KawaError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            KawaError::Conflict(_) => StatusCode::CONFLICT,
            KawaError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            KawaError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            KawaError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            KawaError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            KawaError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// `field: message`, as a 400 names the parameter it refuses.
    pub fn field(field: &str, message: impl std::fmt::Display) -> Self {
        KawaError::BadRequest(format!("{field}: {message}"))
    }

    pub fn body(&self) -> Value {
        let message = match self {
            KawaError::BadRequest(m)
            | KawaError::Refused(m)
            | KawaError::Forbidden(m)
            | KawaError::Missing(m)
            | KawaError::Conflict(m)
            | KawaError::UnsupportedMediaType(m) => m.clone(),
            KawaError::Unauthorized => {
                "Authentication is required: send x-kawa-api-key or the accessToken cookie".into()
            }
            KawaError::NotFound => "Not found".into(),
            KawaError::MethodNotAllowed => "Method not allowed".into(),
            KawaError::TooLarge => "Request body is too large".into(),
            KawaError::TooManyRequests => "Too many requests".into(),
            KawaError::Unavailable => "The service is temporarily unavailable".into(),
            KawaError::Internal => "Internal server error".into(),
        };
        let status = self.status();
        json!({
            "status": status.as_u16(),
            "error": status.canonical_reason().unwrap_or("Error"),
            "message": message,
        })
    }

    /// The answer to a request for `path`, at `now_ms`.
    pub fn render(&self, path: &str, now_ms: i64) -> poem::Response {
        let mut body = self.body();
        body["path"] = Value::String(path.to_string());
        body["timestamp"] = Value::String(crate::common::time::iso_ms(now_ms));
        poem::Response::builder()
            .status(self.status())
            .content_type("application/json")
            .body(body.to_string())
    }
}

impl std::fmt::Display for KawaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status(), self.body()["message"])
    }
}

impl std::error::Error for KawaError {}

/// A handler's error keeps its `KawaError`: the surface renders it with the request's
/// path and the state's clock ([`super::surface`]).
impl From<KawaError> for poem::Error {
    fn from(err: KawaError) -> Self {
        let status = err.status();
        poem::Error::new(err, status)
    }
}

impl From<StoreError> for KawaError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(e) => {
                // Every unique rule has a check with KAWA's answer before the write; a
                // violation here is a race lost to a concurrent write.
                tracing::info!(error = %e, "kawa: a concurrent write got there first");
                KawaError::Conflict("The entity was created concurrently".into())
            }
            StoreError::Unavailable(e) => {
                tracing::warn!(error = %e, "kawa: storage unavailable");
                KawaError::Unavailable
            }
            StoreError::Internal(e) => {
                tracing::error!(error = %e, "kawa: storage error");
                KawaError::Internal
            }
        }
    }
}

impl From<sea_orm::DbErr> for KawaError {
    fn from(err: sea_orm::DbErr) -> Self {
        StoreError::from(err).into()
    }
}

/// Renders requests rejected before a KAWA handler ran.
pub struct Shape;

impl ErrorShape for Shape {
    /// KAWA's Jackson reads any scalar as text (`"workflowId": 12` is `"12"`).
    fn text_from(&self) -> crate::http::dispatch::TextFrom {
        crate::http::dispatch::TextFrom {
            numbers: true,
            booleans: true,
        }
    }

    fn body_at(&self, rejection: &Rejection, path: &str) -> Value {
        let mut body = self.body(rejection);
        body["path"] = Value::String(path.to_string());
        body
    }

    fn body(&self, rejection: &Rejection) -> Value {
        let err = match rejection {
            Rejection::NotFound => KawaError::NotFound,
            Rejection::MethodNotAllowed { .. } => KawaError::MethodNotAllowed,
            Rejection::Unauthorized => KawaError::Unauthorized,
            Rejection::BadRequest {
                message,
                field: Some(f),
            } => KawaError::BadRequest(format!("{f}: {message}")),
            Rejection::BadRequest {
                message,
                field: None,
            } => KawaError::BadRequest(message.clone()),
            // Spring's HttpMessageNotReadableException, in its words.
            Rejection::Malformed {
                body: BodyKind::Json,
            } => KawaError::BadRequest("JSON parse error: the body is not valid JSON".into()),
            Rejection::Malformed {
                body: BodyKind::Form,
            } => KawaError::BadRequest("Failed to parse multipart servlet request".into()),
            Rejection::UnsupportedMediaType { message } => {
                KawaError::UnsupportedMediaType(message.clone())
            }
            Rejection::PayloadTooLarge => KawaError::TooLarge,
            Rejection::TooManyRequests { .. } => KawaError::TooManyRequests,
            Rejection::Internal => KawaError::Internal,
        };
        err.body()
    }
}

/// Real mode's shape: [`Shape`] with the time of the refusal, from the state's clock.
pub struct Stamped(pub Arc<dyn Clock>);

impl ErrorShape for Stamped {
    fn text_from(&self) -> crate::http::dispatch::TextFrom {
        Shape.text_from()
    }

    fn body_at(&self, rejection: &Rejection, path: &str) -> Value {
        // The path as routed (kywy's `//commands/secured/run` is the command bus).
        let path = crate::http::dispatch::collapse_slashes(path);
        let mut body = Shape.body_at(rejection, &path);
        body["timestamp"] = Value::String(crate::common::time::iso_ms(self.0.now_ms()));
        body
    }

    fn body(&self, rejection: &Rejection) -> Value {
        Shape.body(rejection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rendered_error_has_the_five_fields() {
        let resp = KawaError::Missing("No principal with id 7".into()).render("/x", 0);
        assert_eq!(resp.status(), StatusCode::NOT_FOUND);
        let body = Stamped(Arc::new(crate::common::clock::ManualClock::new(0)))
            .body_at(&Rejection::Unauthorized, "/backoffice/principals");
        assert_eq!(body["status"], 401);
        assert_eq!(body["error"], "Unauthorized");
        assert_eq!(body["path"], "/backoffice/principals");
        assert_eq!(body["timestamp"], "1970-01-01T00:00:00.000Z");
    }
}
