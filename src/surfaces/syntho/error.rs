//! Syntho's one error type, Django-REST style: `{"detail": "…"}`, or for invalid input
//! a map of field → messages (`{"name": ["This field is required."]}`).

use std::collections::BTreeMap;

use poem::http::StatusCode;
use poem::Response;
use serde_json::{json, Value};

use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};
use crate::store::StoreError;

/// Field errors: dotted field path → messages; `non_field_errors` for the rest.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// Everything a Syntho operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SynthoError {
    /// Input failed validation: 400 with field errors.
    Invalid(FieldErrors),
    /// The body is not JSON (or a form) at all: 400 with Django REST's parse `detail`.
    Parse(BodyKind),
    /// No session cookie: 401.
    NotAuthenticated,
    /// A session cookie that is unknown or expired: 401.
    InvalidSession,
    /// Signed in, but the role does not allow this: 403.
    Forbidden(String),
    /// No such resource (or not visible to the caller): 404.
    NotFound,
    /// 405, naming the method.
    MethodNotAllowed,
    /// 413.
    TooLarge,
    /// 415.
    UnsupportedMediaType(String),
    /// 429, Django REST's throttling answer (the contract declares no limit for Syntho).
    Throttled(u64),
    /// 503: the database is out of reach.
    Unavailable,
    /// 500; the detail was logged.
    Internal,
}

impl SynthoError {
    /// A single field error.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_string(), vec![message.into()]);
        SynthoError::Invalid(errors)
    }

    pub fn status(&self) -> StatusCode {
        match self {
            SynthoError::Invalid(_) | SynthoError::Parse(_) => StatusCode::BAD_REQUEST,
            SynthoError::NotAuthenticated | SynthoError::InvalidSession => StatusCode::UNAUTHORIZED,
            SynthoError::Forbidden(_) => StatusCode::FORBIDDEN,
            SynthoError::NotFound => StatusCode::NOT_FOUND,
            SynthoError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            SynthoError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            SynthoError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            SynthoError::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
            SynthoError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            SynthoError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn body(&self) -> Value {
        let detail = |d: &str| json!({ "detail": d });
        match self {
            SynthoError::Invalid(errors) => json!(errors),
            SynthoError::Parse(BodyKind::Json) => {
                detail("JSON parse error - the body is not valid JSON.")
            }
            SynthoError::Parse(BodyKind::Form) => {
                detail("Multipart form parse error - the body is not a valid form.")
            }
            SynthoError::NotAuthenticated => {
                detail("Authentication credentials were not provided.")
            }
            SynthoError::InvalidSession => detail("Invalid or expired session."),
            SynthoError::Forbidden(m) => detail(m),
            SynthoError::NotFound => detail("Not found."),
            SynthoError::MethodNotAllowed => detail("Method not allowed."),
            SynthoError::TooLarge => detail("Request body too large."),
            SynthoError::UnsupportedMediaType(m) => detail(m),
            SynthoError::Throttled(seconds) => detail(&format!(
                "Request was throttled. Expected available in {seconds} seconds."
            )),
            SynthoError::Unavailable => detail("Service temporarily unavailable, try again later."),
            SynthoError::Internal => detail("A server error occurred."),
        }
    }
}

impl From<SynthoError> for poem::Error {
    fn from(err: SynthoError) -> Self {
        let resp = Response::builder()
            .status(err.status())
            .content_type("application/json")
            .body(err.body().to_string());
        poem::Error::from_response(resp)
    }
}

impl From<StoreError> for SynthoError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(_) => SynthoError::field(
                "non_field_errors",
                "A record with these values exists already.",
            ),
            StoreError::Unavailable(e) => {
                tracing::warn!(error = %e, "syntho: storage unavailable");
                SynthoError::Unavailable
            }
            StoreError::Internal(e) => {
                tracing::error!(error = %e, "syntho: storage error");
                SynthoError::Internal
            }
        }
    }
}

/// Renders requests rejected before a Syntho handler ran.
pub struct Shape;

impl ErrorShape for Shape {
    fn body(&self, rejection: &Rejection) -> Value {
        let err = match rejection {
            Rejection::NotFound => SynthoError::NotFound,
            Rejection::MethodNotAllowed { .. } => SynthoError::MethodNotAllowed,
            Rejection::Unauthorized => SynthoError::NotAuthenticated,
            Rejection::BadRequest {
                message,
                field: Some(field),
            } => SynthoError::field(field, message.clone()),
            Rejection::Malformed { body } => SynthoError::Parse(*body),
            // A well-formed body whose error cannot be pinned to a field is an
            // object-level error.
            Rejection::BadRequest {
                message,
                field: None,
            } => SynthoError::field("non_field_errors", message.clone()),
            Rejection::UnsupportedMediaType { message } => {
                SynthoError::UnsupportedMediaType(message.clone())
            }
            Rejection::PayloadTooLarge => SynthoError::TooLarge,
            Rejection::TooManyRequests { retry_after } => SynthoError::Throttled(*retry_after),
            Rejection::Internal => SynthoError::Internal,
        };
        err.body()
    }
}
