//! Datawiza's one error type: `{errCode: "<code>", errMsg}` with the HTTP status taken
//! from the code's first three digits (`"4001"` → 400).

use poem::http::StatusCode;
use poem::Response;
use serde_json::{json, Value};

use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};
use crate::store::StoreError;

/// Everything a Datawiza operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatawizaError {
    /// The request could not be read (not JSON, an unreadable form): `4000`.
    Malformed(String),
    /// A field is missing, of the wrong type or otherwise invalid: `4001`.
    Validation(String),
    /// No token, or an unknown one: `4010`.
    Unauthorized,
    /// The resource does not exist: `4040`.
    NotFound(String),
    /// The path exists, the method does not: `4050`.
    MethodNotAllowed,
    /// The write collides with an existing record: `4090`.
    Conflict(String),
    /// The body is over the limit: `4130`.
    TooLarge,
    /// The body's media type is not accepted: `4150`.
    UnsupportedMediaType(String),
    /// Too many requests from this token recently: `4290`.
    TooManyRequests,
    /// The database is out of reach: `5030`.
    Unavailable,
    /// Anything else; the detail was logged: `5000`.
    Internal,
}

impl DatawizaError {
    /// The product code; its first three digits are the HTTP status.
    pub fn code(&self) -> &'static str {
        match self {
            DatawizaError::Malformed(_) => "4000",
            DatawizaError::Validation(_) => "4001",
            DatawizaError::Unauthorized => "4010",
            DatawizaError::NotFound(_) => "4040",
            DatawizaError::MethodNotAllowed => "4050",
            DatawizaError::Conflict(_) => "4090",
            DatawizaError::TooLarge => "4130",
            DatawizaError::UnsupportedMediaType(_) => "4150",
            DatawizaError::TooManyRequests => "4290",
            DatawizaError::Unavailable => "5030",
            DatawizaError::Internal => "5000",
        }
    }

    pub fn status(&self) -> StatusCode {
        status_of(self.code())
    }

    pub fn message(&self) -> String {
        match self {
            DatawizaError::Malformed(m) => format!("Malformed request: {m}"),
            DatawizaError::Validation(m) => format!("Api validation failed: {m}"),
            DatawizaError::Unauthorized => "Missing or invalid admin API token".into(),
            DatawizaError::NotFound(m) => m.clone(),
            DatawizaError::MethodNotAllowed => "Method not allowed for this endpoint".into(),
            DatawizaError::Conflict(m) => m.clone(),
            DatawizaError::TooLarge => "Request body too large".into(),
            DatawizaError::UnsupportedMediaType(m) => m.clone(),
            // The seed's words for 429.
            DatawizaError::TooManyRequests => {
                "The account has made too many requests of this type recently. Try again later."
                    .into()
            }
            DatawizaError::Unavailable => "Service temporarily unavailable".into(),
            DatawizaError::Internal => "Internal error".into(),
        }
    }

    pub fn body(&self) -> Value {
        json!({"errCode": self.code(), "errMsg": self.message()})
    }
}

/// `"4001"` → 400; a code that does not start with a real status is a 500.
fn status_of(code: &str) -> StatusCode {
    code.get(..3)
        .and_then(|d| d.parse::<u16>().ok())
        .and_then(|n| StatusCode::from_u16(n).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl From<DatawizaError> for poem::Error {
    fn from(err: DatawizaError) -> Self {
        let resp = Response::builder()
            .status(err.status())
            .content_type("application/json")
            .body(err.body().to_string());
        poem::Error::from_response(resp)
    }
}

impl From<StoreError> for DatawizaError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(_) => {
                DatawizaError::Conflict("A record with these values exists already".into())
            }
            StoreError::Unavailable(e) => {
                tracing::warn!(error = %e, "datawiza: storage unavailable");
                DatawizaError::Unavailable
            }
            StoreError::Internal(e) => {
                tracing::error!(error = %e, "datawiza: storage error");
                DatawizaError::Internal
            }
        }
    }
}

/// poem-openapi's wording for a missing or out-of-range field, as opposed to unreadable input.
fn is_validation(message: &str) -> bool {
    [
        "verification failed",
        "is required",
        "missing",
        "found null",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// Renders requests rejected before a Datawiza handler ran.
pub struct Shape;

impl ErrorShape for Shape {
    fn body(&self, rejection: &Rejection) -> Value {
        let err = match rejection {
            Rejection::NotFound => DatawizaError::NotFound("No such endpoint".into()),
            Rejection::MethodNotAllowed { .. } => DatawizaError::MethodNotAllowed,
            Rejection::Unauthorized => DatawizaError::Unauthorized,
            Rejection::BadRequest {
                message,
                field: Some(field),
            } => DatawizaError::Validation(format!("{field}: {message}")),
            Rejection::BadRequest {
                message,
                field: None,
            } if is_validation(message) => DatawizaError::Validation(message.clone()),
            Rejection::BadRequest {
                message,
                field: None,
            } => DatawizaError::Malformed(message.clone()),
            Rejection::Malformed { body } => DatawizaError::Malformed(
                match body {
                    BodyKind::Json => "the body is not valid JSON",
                    BodyKind::Form => "the body is not a valid multipart form",
                }
                .into(),
            ),
            Rejection::UnsupportedMediaType { message } => {
                DatawizaError::UnsupportedMediaType(message.clone())
            }
            Rejection::PayloadTooLarge => DatawizaError::TooLarge,
            Rejection::TooManyRequests { .. } => DatawizaError::TooManyRequests,
            Rejection::Internal => DatawizaError::Internal,
        };
        err.body()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_is_the_first_three_digits() {
        assert_eq!(
            DatawizaError::Validation(String::new()).status(),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            DatawizaError::Unauthorized.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            DatawizaError::TooLarge.status(),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        assert_eq!(status_of("3002"), StatusCode::MULTIPLE_CHOICES);
        assert_eq!(status_of("x"), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
