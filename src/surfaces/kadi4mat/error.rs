//! Kadi4Mat's one error type: `{code, message, description}`, plus `errors` (field →
//! messages) on 400 and `scopes` (the scopes a token lacks) on 401.

use std::collections::BTreeMap;

use poem::http::StatusCode;
use serde_json::{json, Value};

use crate::http::dispatch::{BodyKind, ErrorShape, Rejection};
use crate::store::StoreError;

/// Everything a Kadi4Mat operation can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KadiError {
    /// 400 with field errors.
    Validation(BTreeMap<String, Vec<String>>),
    /// 400 with nested field errors (a record's extras: `{"extras": {"0": {"value": […]}}}`).
    Nested(Value),
    /// 400 without a field to blame.
    BadRequest(String),
    /// 401: no valid token.
    Unauthorized,
    /// 401: a token whose expiry has passed.
    Expired,
    /// 401: a valid token without these scopes.
    MissingScopes(Vec<String>),
    /// 403.
    Forbidden,
    /// 404.
    NotFound,
    /// 405.
    MethodNotAllowed,
    /// 409.
    Conflict(String),
    /// 409: an active file of the record has the name; `file` is that file (kadi-apy
    /// replaces its data through `file._actions.edit_data`).
    FileConflict(Value),
    /// 413.
    TooLarge,
    /// 415.
    UnsupportedMediaType,
    /// 429: the token's rate limit is reached; retry after this many seconds.
    TooManyRequests(u64),
    /// 503: the database (or a task) is out of reach right now.
    Unavailable,
    /// 500.
    Internal,
}

impl KadiError {
    pub fn status(&self) -> StatusCode {
        match self {
            KadiError::Validation(_) | KadiError::Nested(_) | KadiError::BadRequest(_) => {
                StatusCode::BAD_REQUEST
            }
            KadiError::Unauthorized | KadiError::Expired | KadiError::MissingScopes(_) => {
                StatusCode::UNAUTHORIZED
            }
            KadiError::Forbidden => StatusCode::FORBIDDEN,
            KadiError::NotFound => StatusCode::NOT_FOUND,
            KadiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            KadiError::Conflict(_) | KadiError::FileConflict(_) => StatusCode::CONFLICT,
            KadiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            KadiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            KadiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            KadiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            KadiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn body(&self) -> Value {
        let status = self.status();
        let description = match self {
            KadiError::Validation(_) | KadiError::Nested(_) => "Validation error.".to_string(),
            KadiError::BadRequest(m) | KadiError::Conflict(m) => m.clone(),
            KadiError::FileConflict(_) => "A file with that name already exists.".into(),
            KadiError::Unauthorized => "No valid access token was supplied.".into(),
            KadiError::Expired => "Access token has expired.".into(),
            KadiError::MissingScopes(_) => "Access token has insufficient scope.".into(),
            KadiError::Forbidden => {
                "You do not have the permission to access this resource.".into()
            }
            KadiError::NotFound => "The requested URL was not found on the server.".into(),
            KadiError::MethodNotAllowed => {
                "The method is not allowed for the requested URL.".into()
            }
            KadiError::TooLarge => "The data value transmitted exceeds the capacity limit.".into(),
            KadiError::UnsupportedMediaType => "The request's media type is not supported.".into(),
            KadiError::TooManyRequests(seconds) => {
                format!("Rate limit exceeded. Try again in {seconds} seconds.")
            }
            KadiError::Unavailable => {
                "The server is temporarily unable to handle the request.".into()
            }
            KadiError::Internal => "The server encountered an internal error.".into(),
        };
        let mut body = json!({
            "code": status.as_u16(),
            "message": status.canonical_reason().unwrap_or("Error"),
            "description": description,
        });
        match self {
            KadiError::Validation(errors) => body["errors"] = json!(errors),
            KadiError::Nested(errors) => body["errors"] = errors.clone(),
            KadiError::MissingScopes(scopes) => body["scopes"] = json!(scopes),
            KadiError::FileConflict(file) => body["file"] = file.clone(),
            _ => {}
        }
        body
    }
}

impl KadiError {
    /// One field's validation error: `{"errors": {"identifier": ["…"]}}`.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        KadiError::Validation(BTreeMap::from([(field.to_string(), vec![message.into()])]))
    }
}

impl From<KadiError> for poem::Error {
    fn from(err: KadiError) -> Self {
        let mut resp = poem::Response::builder()
            .status(err.status())
            .content_type("application/json");
        if let KadiError::TooManyRequests(seconds) = &err {
            resp = resp.header(poem::http::header::RETRY_AFTER, seconds.to_string());
        }
        poem::Error::from_response(resp.body(err.body().to_string()))
    }
}

impl From<StoreError> for KadiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(e) => {
                // Every unique rule has a check with the product's answer before the write;
                // a violation here is a race lost to a concurrent write.
                tracing::info!(error = %e, "kadi4mat: a concurrent write got there first");
                KadiError::Conflict("The resource was changed concurrently; try again.".into())
            }
            StoreError::Unavailable(e) => {
                tracing::warn!(error = %e, "kadi4mat: storage unavailable");
                KadiError::Unavailable
            }
            StoreError::Internal(e) => {
                tracing::error!(error = %e, "kadi4mat: storage error");
                KadiError::Internal
            }
        }
    }
}

/// Renders requests rejected before a Kadi4Mat handler ran.
pub struct Shape;

impl ErrorShape for Shape {
    fn body(&self, rejection: &Rejection) -> Value {
        let err = match rejection {
            Rejection::NotFound => KadiError::NotFound,
            Rejection::MethodNotAllowed { .. } => KadiError::MethodNotAllowed,
            Rejection::Unauthorized => KadiError::Unauthorized,
            Rejection::BadRequest {
                message,
                field: Some(f),
            } => KadiError::Validation(BTreeMap::from([(
                f.clone(),
                vec![in_kadis_words(f, message)],
            )])),
            Rejection::BadRequest {
                message,
                field: None,
            } => KadiError::BadRequest(message.clone()),
            Rejection::Malformed {
                body: BodyKind::Json,
            } => KadiError::BadRequest("Failed to decode JSON object.".into()),
            Rejection::Malformed {
                body: BodyKind::Form,
            } => KadiError::BadRequest(
                "The browser (or proxy) sent a request that this server could not understand."
                    .into(),
            ),
            Rejection::UnsupportedMediaType { .. } => KadiError::UnsupportedMediaType,
            Rejection::PayloadTooLarge => KadiError::TooLarge,
            Rejection::TooManyRequests { retry_after } => KadiError::TooManyRequests(*retry_after),
            Rejection::Internal => KadiError::Internal,
        };
        err.body()
    }
}

/// A field message of the shared request checks in the words of Kadi's schemas
/// (marshmallow's, and Kadi's own for the patterns its contract states); the checks word
/// them as Django REST does.
fn in_kadis_words(field: &str, message: &str) -> String {
    let name = field.rsplit('.').next().unwrap_or(field);
    let fixed = match message {
        "This value does not match the required pattern." => Some(match name {
            "identifier" => {
                "Must only contain lowercase alphanumeric characters, hyphens and underscores."
            }
            "term" => "Not a valid IRI.",
            _ => "String does not match expected pattern.",
        }),
        "This field may not be blank." => Some("Missing data for required field."),
        "This field is required." => Some("Missing data for required field."),
        "This field may not be null." => Some("Field may not be null."),
        "A valid integer is required." => Some("Not a valid integer."),
        "A valid number is required." => Some("Not a valid number."),
        "Must be a valid boolean." => Some("Not a valid boolean."),
        "Expected a list of items." => Some("Not a valid list."),
        "Invalid data. Expected a dictionary." => Some("Invalid input type."),
        _ => None,
    };
    if let Some(fixed) = fixed {
        return fixed.to_string();
    }
    let bound = |prefix: &str, suffix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .filter(|n| n.parse::<i64>().is_ok())
            .map(str::to_string)
    };
    if let Some(n) = bound("Ensure this field has no more than ", " characters.") {
        return format!("Longer than maximum length {n}.");
    }
    if let Some(n) = bound("Ensure this field has at least ", " characters.") {
        return format!("Shorter than minimum length {n}.");
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_carry_fields_and_scopes_carry_scopes() {
        let body = Shape.body(&Rejection::BadRequest {
            message: "Missing data.".into(),
            field: Some("title".into()),
        });
        assert_eq!(body["code"], 400);
        assert_eq!(body["errors"], json!({"title": ["Missing data."]}));
        let body = Shape.body(&Rejection::BadRequest {
            message: "Ensure this field has no more than 50 characters.".into(),
            field: Some("identifier".into()),
        });
        assert_eq!(
            body["errors"],
            json!({"identifier": ["Longer than maximum length 50."]})
        );
        let body = Shape.body(&Rejection::BadRequest {
            message: "This field may not be null.".into(),
            field: Some("visibility".into()),
        });
        assert_eq!(
            body["errors"],
            json!({"visibility": ["Field may not be null."]})
        );
        let body = KadiError::MissingScopes(vec!["record.read".into()]).body();
        assert_eq!(body["code"], 401);
        assert_eq!(body["scopes"], json!(["record.read"]));
    }
}
