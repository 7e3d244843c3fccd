//! Turning what poem-openapi and the multipart reader refuse into [`Rejection`]s in
//! Understudy's own words: the parsers' sentences are logged, never sent.

use poem::http::StatusCode;
use poem_openapi::error::{
    AuthorizationError, ContentTypeError, ParseMultipartError, ParseParamError, ParsePathError,
    ParseRequestPayloadError,
};

use super::dispatch::{BodyKind, Rejection};

/// A sentence of the products' own for a parser message Understudy does not recognise;
/// the parser's words are logged, never sent.
fn unrecognised(reason: &str, sentence: &str) -> String {
    tracing::debug!(
        reason,
        "a request refused for a reason put in general words"
    );
    sentence.to_string()
}

/// Sorts poem-openapi's own rejections; `None` for errors a handler produced.
pub fn classify(err: &poem::Error) -> Option<Rejection> {
    if err.is::<AuthorizationError>() {
        return Some(Rejection::Unauthorized);
    }
    if let Some(e) = err.downcast_ref::<ParseRequestPayloadError>() {
        return Some(Rejection::BadRequest {
            message: rule_message(&payload_message(&e.reason)),
            field: field_of(&e.reason),
        });
    }
    if let Some(e) = err.downcast_ref::<ParseParamError>() {
        return Some(Rejection::BadRequest {
            message: param_message(&e.reason),
            field: Some(e.name.to_string()),
        });
    }
    if let Some(e) = err.downcast_ref::<ParsePathError>() {
        return Some(Rejection::BadRequest {
            message: param_message(&e.reason),
            field: Some(e.name.to_string()),
        });
    }
    if let Some(e) = err.downcast_ref::<ParseMultipartError>() {
        return Some(match field_of(&e.reason) {
            Some(field) => Rejection::BadRequest {
                message: multipart_message(&e.reason),
                field: Some(field),
            },
            None => {
                tracing::debug!(reason = %e.reason, "a body that is not a form");
                Rejection::Malformed {
                    body: BodyKind::Form,
                }
            }
        });
    }
    // The multipart reader's own errors: the body is no form at all.
    if let Some(e) = err.downcast_ref::<poem::error::ParseMultipartError>() {
        tracing::debug!(error = %e, "a body that is not a form");
        return Some(match e {
            poem::error::ParseMultipartError::InvalidContentType(ct) => {
                Rejection::UnsupportedMediaType {
                    message: format!("Content-Type {ct} is not accepted here."),
                }
            }
            poem::error::ParseMultipartError::ContentTypeRequired => {
                Rejection::UnsupportedMediaType {
                    message: "A body needs a Content-Type header.".into(),
                }
            }
            _ => Rejection::Malformed {
                body: BodyKind::Form,
            },
        });
    }
    if let Some(e) = err.downcast_ref::<ContentTypeError>() {
        let message = match e {
            ContentTypeError::NotSupported { content_type } => {
                format!("Content-Type {content_type} is not accepted here.")
            }
            ContentTypeError::ExpectContentType => {
                "A body needs a Content-Type header.".to_string()
            }
        };
        return Some(Rejection::UnsupportedMediaType { message });
    }
    if err.is_from_response() {
        return None;
    }
    match err.status() {
        StatusCode::NOT_FOUND => Some(Rejection::NotFound),
        StatusCode::PAYLOAD_TOO_LARGE => Some(Rejection::PayloadTooLarge),
        StatusCode::METHOD_NOT_ALLOWED => Some(Rejection::MethodNotAllowed {
            allow: String::new(),
        }),
        s if s.is_client_error() => Some(Rejection::BadRequest {
            message: unrecognised(&err.to_string(), "The request could not be read."),
            field: None,
        }),
        _ => None,
    }
}

/// poem-openapi prefixes payload errors with the Rust-side type name; clients need only
/// what was wrong.
fn payload_message(reason: &str) -> String {
    let mut text = reason.to_string();
    while let Some(rest) = text.strip_prefix("failed to parse \"") {
        match rest.find("\": ") {
            Some(i) => text = rest[i + 3..].to_string(),
            None => break,
        }
    }
    text
}

/// poem-openapi names path parameters `param0`, `param1`, … in its errors; the client
/// knows them by the template's names (`{id}`).
pub fn path_variable(template: &str, field: &str) -> Option<String> {
    let index: usize = field.strip_prefix("param")?.parse().ok()?;
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .nth(index)
        .map(str::to_string)
}

/// A parameter that did not parse, in the products' words rather than poem-openapi's
/// (`failed to parse "integer_int32": invalid digit found in string`).
fn param_message(reason: &str) -> String {
    let type_name = reason
        .strip_prefix("failed to parse \"")
        .and_then(|r| r.split('"').next())
        .unwrap_or("");
    if reason.contains("verification failed") {
        return rule_message(&payload_message(reason));
    }
    if type_name.starts_with("integer") {
        "A valid integer is required.".into()
    } else if type_name.starts_with("number") {
        "A valid number is required.".into()
    } else if type_name.starts_with("boolean") {
        "Must be a valid boolean.".into()
    } else if reason.contains("is required") || reason.contains("missing") {
        "This field is required.".into()
    } else {
        unrecognised(reason, "Not a valid value.")
    }
}

/// A form field that is missing or did not parse, in plain words
/// (`failed to parse field `isSSL`: failed to parse "boolean": …`).
fn multipart_message(reason: &str) -> String {
    if reason.starts_with("field `") && reason.ends_with("is required") {
        return "This field is required.".into();
    }
    match reason
        .strip_prefix("failed to parse field `")
        .and_then(|r| r.split_once("`: "))
    {
        Some((_, inner)) => param_message(inner),
        None => unrecognised(reason, "Not a valid value."),
    }
}

/// poem-openapi's validator wording (`field `x` verification failed. minLength(8)`) as
/// the plain sentence the products use.
fn rule_message(message: &str) -> String {
    let Some((_, rule)) = message.split_once("verification failed. ") else {
        return plain_payload_message(message);
    };
    let arg = |name: &str| {
        rule.strip_prefix(name)
            .and_then(|r| r.strip_prefix('('))
            .map(|r| r.split([',', ')']).next().unwrap_or(""))
    };
    if let Some(n) = arg("minLength") {
        format!("Ensure this field has at least {n} characters.")
    } else if let Some(n) = arg("maxLength") {
        format!("Ensure this field has no more than {n} characters.")
    } else if let Some(n) = arg("minimum") {
        format!("Ensure this value is greater than or equal to {n}.")
    } else if let Some(n) = arg("maximum") {
        format!("Ensure this value is less than or equal to {n}.")
    } else if rule.starts_with("pattern") {
        pattern_message(rule)
    } else if let Some(n) = arg("maxItems") {
        format!("Ensure this field has no more than {n} elements.")
    } else if let Some(n) = arg("minItems") {
        format!("Ensure this field has at least {n} elements.")
    } else {
        unrecognised(message, "This value is not valid.")
    }
}

/// A broken `pattern`, in the words of the rule the contracts state with it.
fn pattern_message(rule: &str) -> String {
    if rule.contains(r"\uD7FF\uE000") {
        // Datawiza's "Character Sets": three UTF-8 bytes at most.
        "Characters outside the Basic Multilingual Plane (such as emoji) are not supported.".into()
    } else if rule.contains(r"[^\t\n") {
        // Django REST's words for a blank CharField: the pattern asks for one character
        // that is not white space.
        "This field may not be blank.".into()
    } else {
        "This value does not match the required pattern.".into()
    }
}

/// A payload problem that is not a validator's rule, in plain words: a missing field or
/// body, a value of the wrong type.
fn plain_payload_message(message: &str) -> String {
    if message.contains("is required") || message.contains("missing field") {
        "This field is required.".into()
    } else if message.contains("expects a non-empty request body")
        || message.contains("request body")
    {
        "A body is required.".into()
    } else if message.contains("invalid type") || message.contains("expected") {
        "Not a valid value of the expected type.".into()
    } else if message.contains("found null") {
        "This field may not be null.".into()
    } else {
        unrecognised(message, "The body is not valid.")
    }
}

/// The innermost field a payload error names (`field \`port\``), if any.
fn field_of(reason: &str) -> Option<String> {
    let mut found = None;
    let mut rest = reason;
    while let Some(i) = rest.find("field `") {
        rest = &rest[i + 7..];
        if let Some(end) = rest.find('`') {
            found = Some(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_errors_use_the_templates_names_and_plain_words() {
        assert_eq!(
            path_variable("/api/v1/workspaces/{id}/", "param0").as_deref(),
            Some("id")
        );
        assert_eq!(
            path_variable("/a/{x}/b/{y}", "param1").as_deref(),
            Some("y")
        );
        assert_eq!(path_variable("/a/{x}", "page"), None);
        assert_eq!(
            param_message("failed to parse \"integer_int32\": invalid digit found in string"),
            "A valid integer is required."
        );
    }

    #[test]
    fn form_errors_use_plain_words() {
        let bad = "failed to parse field `isSSL`: failed to parse \"boolean\": provided string was not `true` or `false`";
        assert_eq!(multipart_message(bad), "Must be a valid boolean.");
        assert_eq!(
            multipart_message("field `isSSL` is required"),
            "This field is required."
        );
    }

    #[test]
    fn payload_messages_lose_type_prefixes() {
        let reason =
            "failed to parse \"SessionForm\": field `password` verification failed. minLength(8)";
        assert_eq!(
            payload_message(reason),
            "field `password` verification failed. minLength(8)"
        );
        assert_eq!(field_of(reason).as_deref(), Some("password"));
        assert_eq!(
            rule_message(&payload_message(reason)),
            "Ensure this field has at least 8 characters."
        );
        assert_eq!(
            rule_message("field `size` verification failed. maximum(1000, exclusive: false)"),
            "Ensure this value is less than or equal to 1000."
        );
    }
}
