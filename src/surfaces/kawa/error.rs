//! KAWA's one error type. KAWA documents no error body ("may vary depending on the
//! endpoint"); kywy only reads the status (409 → `ConflictError`) and, on login, whether
//! an `error` key is present. The contract settles on Spring's `{status, error, message,
//! path}`.

use poem::http::StatusCode;
use serde_json::{json, Value};

use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};

/// Everything a KAWA operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KawaError {
    BadRequest(String),
    Unauthorized,
    /// 403: e.g. a workspace the caller cannot access.
    Forbidden(String),
    NotFound,
    MethodNotAllowed,
    /// 409: a duplicate.
    Conflict(String),
    TooLarge,
    UnsupportedMediaType(String),
    /// 429 (KAWA documents no limit, so Understudy declares none for it).
    TooManyRequests,
    Internal,
}

impl KawaError {
    pub fn status(&self) -> StatusCode {
        match self {
            KawaError::BadRequest(_) => StatusCode::BAD_REQUEST,
            KawaError::Unauthorized => StatusCode::UNAUTHORIZED,
            KawaError::Forbidden(_) => StatusCode::FORBIDDEN,
            KawaError::NotFound => StatusCode::NOT_FOUND,
            KawaError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            KawaError::Conflict(_) => StatusCode::CONFLICT,
            KawaError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            KawaError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            KawaError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            KawaError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn body(&self) -> Value {
        let message = match self {
            KawaError::BadRequest(m)
            | KawaError::Forbidden(m)
            | KawaError::Conflict(m)
            | KawaError::UnsupportedMediaType(m) => m.clone(),
            KawaError::Unauthorized => {
                "Authentication is required: send x-kawa-api-key or the accessToken cookie".into()
            }
            KawaError::NotFound => "Not found".into(),
            KawaError::MethodNotAllowed => "Method not allowed".into(),
            KawaError::TooLarge => "Request body is too large".into(),
            KawaError::TooManyRequests => "Too many requests".into(),
            KawaError::Internal => "Internal server error".into(),
        };
        let status = self.status();
        json!({
            "status": status.as_u16(),
            "error": status.canonical_reason().unwrap_or("Error"),
            "message": message,
        })
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
