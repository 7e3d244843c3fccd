//! Etlworks' one error type: every 4xx/5xx is `{status, error, message, path}`, `error`
//! being the status's reason phrase and `path` the request path.

use poem::http::StatusCode;
use serde_json::{json, Value};

use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};
use crate::store::StoreError;

/// Everything an Etlworks operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EtlworksError {
    /// 400, e.g. "Field 'name' is required".
    BadRequest(String),
    /// 401: no token, or not a valid API key or JWT.
    Unauthorized,
    /// 401 saying why: wrong credentials at sign-in, an expired or signed-out token.
    Unauthenticated(String),
    /// 403.
    Forbidden(String),
    /// 404.
    NotFound(String),
    /// 405.
    MethodNotAllowed,
    /// 409.
    Conflict(String),
    /// 413.
    TooLarge,
    /// 415.
    UnsupportedMediaType(String),
    /// 429 (Etlworks documents no limit, so Understudy declares none for it).
    TooManyRequests,
    /// 500; details are logged, not sent.
    Internal,
    /// 502: an upstream (an OAuth provider) could not be reached or answered nonsense;
    /// the message says which and why, never a Rust error.
    BadGateway(String),
}

impl EtlworksError {
    /// A field refusal ("Field 'x': …") about an item nested under `prefix` (such as
    /// `schedules[2].`), so the 400 names the field where the client wrote it.
    pub fn at_field(self, prefix: &str) -> EtlworksError {
        match self {
            EtlworksError::BadRequest(m) => match m.strip_prefix("Field '") {
                Some(rest) => EtlworksError::BadRequest(format!("Field '{prefix}{rest}")),
                None => EtlworksError::BadRequest(format!("{}: {m}", prefix.trim_end_matches('.'))),
            },
            other => other,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            EtlworksError::BadRequest(_) => StatusCode::BAD_REQUEST,
            EtlworksError::Unauthorized | EtlworksError::Unauthenticated(_) => {
                StatusCode::UNAUTHORIZED
            }
            EtlworksError::Forbidden(_) => StatusCode::FORBIDDEN,
            EtlworksError::NotFound(_) => StatusCode::NOT_FOUND,
            EtlworksError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            EtlworksError::Conflict(_) => StatusCode::CONFLICT,
            EtlworksError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            EtlworksError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            EtlworksError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            EtlworksError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            EtlworksError::BadGateway(_) => StatusCode::BAD_GATEWAY,
        }
    }

    /// What the body's `message` says.
    pub fn message(&self) -> String {
        match self {
            EtlworksError::BadRequest(m)
            | EtlworksError::Forbidden(m)
            | EtlworksError::NotFound(m)
            | EtlworksError::Conflict(m)
            | EtlworksError::Unauthenticated(m)
            | EtlworksError::UnsupportedMediaType(m)
            | EtlworksError::BadGateway(m) => m.clone(),
            EtlworksError::Unauthorized => {
                "Full authentication is required to access this resource".into()
            }
            EtlworksError::MethodNotAllowed => "Request method is not supported".into(),
            EtlworksError::TooLarge => "Request body is too large".into(),
            EtlworksError::TooManyRequests => "Too many requests".into(),
            EtlworksError::Internal => "Unexpected server error".into(),
        }
    }

    /// The body for a request to `path`.
    pub fn body(&self, path: &str) -> Value {
        let message = self.message();
        let status = self.status();
        json!({
            "status": status.as_u16(),
            "error": status.canonical_reason().unwrap_or("Error"),
            "message": message,
            "path": path,
        })
    }
}

impl std::fmt::Display for EtlworksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status(), self.body("")["message"])
    }
}

impl std::error::Error for EtlworksError {}

/// A handler's error keeps its `EtlworksError`: the surface renders it with the
/// request's path ([`super::surface`]).
impl From<EtlworksError> for poem::Error {
    fn from(err: EtlworksError) -> Self {
        let status = err.status();
        poem::Error::new(err, status)
    }
}

impl From<StoreError> for EtlworksError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(e) => {
                // Every unique rule has a check with Etlworks' answer before the write;
                // a violation here is a race lost to a concurrent write.
                tracing::info!(error = %e, "etlworks: a concurrent write got there first");
                EtlworksError::Conflict("The resource was changed concurrently".into())
            }
            other => {
                tracing::error!(error = %other, "etlworks: storage failed");
                EtlworksError::Internal
            }
        }
    }
}

impl From<sea_orm::DbErr> for EtlworksError {
    fn from(err: sea_orm::DbErr) -> Self {
        StoreError::from(err).into()
    }
}

/// Renders requests rejected before an Etlworks handler ran.
pub struct Shape;

impl ErrorShape for Shape {
    /// Etlworks' Jackson reads any scalar as text (`"name": 5` is `"5"`).
    fn text_from(&self) -> crate::http::dispatch::TextFrom {
        crate::http::dispatch::TextFrom {
            numbers: true,
            booleans: true,
        }
    }

    fn body(&self, rejection: &Rejection) -> Value {
        self.body_at(rejection, "")
    }

    fn body_at(&self, rejection: &Rejection, path: &str) -> Value {
        let err = match rejection {
            Rejection::NotFound => EtlworksError::NotFound("No endpoint at this path".into()),
            Rejection::MethodNotAllowed { .. } => EtlworksError::MethodNotAllowed,
            Rejection::Unauthorized => EtlworksError::Unauthorized,
            Rejection::BadRequest {
                message,
                field: Some(f),
            } => EtlworksError::BadRequest(format!("Field '{f}': {message}")),
            Rejection::BadRequest {
                message,
                field: None,
            } => EtlworksError::BadRequest(message.clone()),
            // Spring's HttpMessageNotReadableException, in its words.
            Rejection::Malformed {
                body: BodyKind::Json,
            } => EtlworksError::BadRequest("JSON parse error: the body is not valid JSON".into()),
            Rejection::Malformed {
                body: BodyKind::Form,
            } => EtlworksError::BadRequest("Failed to parse multipart servlet request".into()),
            Rejection::UnsupportedMediaType { message } => {
                EtlworksError::UnsupportedMediaType(message.clone())
            }
            Rejection::PayloadTooLarge => EtlworksError::TooLarge,
            Rejection::TooManyRequests { .. } => EtlworksError::TooManyRequests,
            Rejection::Internal => EtlworksError::Internal,
        };
        err.body(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_names_status_reason_and_path() {
        let body = Shape.body_at(
            &Rejection::BadRequest {
                message: "is required".into(),
                field: Some("name".into()),
            },
            "/rest/v1/flows",
        );
        assert_eq!(
            body,
            json!({"status": 400, "error": "Bad Request", "message": "Field 'name': is required", "path": "/rest/v1/flows"})
        );
        assert_eq!(
            Shape.body_at(&Rejection::Unauthorized, "/rest/v1/flows")["status"],
            401
        );
    }
}
