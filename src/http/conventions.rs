//! Request conventions a product's own server keeps that a strict reading of its
//! contract would not: Kadi4Mat reads a body as JSON whatever its `Content-Type`, takes
//! an integer too large for 64 bits as one that names nothing (`user=99…9` filters out
//! everyone, as its unbounded Python integers do), refuses null where a field is not
//! nullable, and answers a path value its routes do not match (`/records/abc`) with 404,
//! before any of it reaches the glue.

use generated::support::Operation;
use poem::http::{header, HeaderValue, Uri};
use poem::Request;
use serde_json::Value;

use super::field_errors::operation;
use crate::common::openapi::follow_refs;

/// Which conventions a surface keeps (none by default: the contract, read strictly).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Conventions {
    /// A body is read as the type its operation takes whatever its declared type: JSON
    /// for an operation that takes JSON, raw bytes for one that takes
    /// `application/octet-stream` (Kadi4Mat's uploads, sent without a type).
    pub json_body_any_type: bool,
    /// Query integers beyond 64 bits are read as the nearest 64-bit one (which names
    /// nothing and pages past the end) rather than refused.
    pub saturate_query_integers: bool,
    /// A JSON null where the schema does not say `nullable` is refused as the field's
    /// error (otherwise it reads as an absent optional field).
    pub refuse_null: bool,
    /// A path value that does not parse is the product's 404, not a 400.
    pub path_misfit_not_found: bool,
}

impl Conventions {
    /// Kadi4Mat's (Flask: `get_json(force=True)`, `<int:id>` routes; marshmallow).
    pub const KADI4MAT: Conventions = Conventions {
        json_body_any_type: true,
        saturate_query_integers: true,
        refuse_null: true,
        path_misfit_not_found: true,
    };

    /// KAWA's (Spring): a path value its routes do not match is a 404.
    pub const KAWA: Conventions = Conventions {
        json_body_any_type: false,
        saturate_query_integers: false,
        refuse_null: false,
        path_misfit_not_found: true,
    };
}

/// Rewrites `req` as the product's server would read it.
pub fn apply(conventions: Conventions, spec: &Value, op: &Operation, req: &mut Request) {
    let Some((path_item, operation)) = operation(spec, op.path, op.method) else {
        return;
    };
    if conventions.json_body_any_type && takes_json(spec, operation) {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.contains("json"));
        if !is_json {
            req.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
    } else if conventions.json_body_any_type && takes_binary(spec, operation) {
        req.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        );
    }
    if conventions.saturate_query_integers {
        let integers = integer_query_parameters(spec, path_item, operation);
        if let Some(query) = req.uri().query().filter(|_| !integers.is_empty()) {
            let read = saturate(query, &integers);
            if read != query {
                set_query(req, &read);
            }
        }
    }
}

fn takes_json(spec: &Value, operation: &Value) -> bool {
    operation
        .get("requestBody")
        .and_then(|b| follow_refs(spec, b))
        .and_then(|b| b.get("content"))
        .is_some_and(|c| c.get("application/json").is_some())
}

fn takes_binary(spec: &Value, operation: &Value) -> bool {
    operation
        .get("requestBody")
        .and_then(|b| follow_refs(spec, b))
        .and_then(|b| b.get("content"))
        .is_some_and(|c| c.get("application/octet-stream").is_some())
}

/// Whether `operation` takes an upload: raw bytes, or a form carrying files.
fn takes_upload(spec: &Value, operation: &Value) -> bool {
    takes_binary(spec, operation)
        || operation
            .get("requestBody")
            .and_then(|b| follow_refs(spec, b))
            .and_then(|b| b.get("content"))
            .is_some_and(|c| c.get("multipart/form-data").is_some())
}

/// The largest body `op` takes: raw data or a form with files (an upload) up to
/// [`super::limits::MAX_UPLOAD_BYTES`], anything else up to
/// [`super::limits::MAX_BODY_BYTES`].
pub fn body_limit(spec: Option<&Value>, op: &Operation) -> usize {
    let binary = spec
        .and_then(|spec| operation(spec, op.path, op.method).map(|(_, o)| takes_upload(spec, o)))
        .unwrap_or(false);
    if binary {
        super::limits::MAX_UPLOAD_BYTES
    } else {
        super::limits::MAX_BODY_BYTES
    }
}

/// The names of the query parameters whose values are integers (or lists of them).
fn integer_query_parameters(spec: &Value, path_item: &Value, operation: &Value) -> Vec<String> {
    let params = path_item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            operation
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
    params
        .filter_map(|p| follow_refs(spec, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| {
            let schema = follow_refs(spec, p.get("schema")?)?;
            let kind = match schema.get("type").and_then(Value::as_str)? {
                "array" => follow_refs(spec, schema.get("items")?)?
                    .get("type")?
                    .as_str()?,
                other => other,
            };
            (kind == "integer").then(|| p.get("name")?.as_str().map(str::to_string))?
        })
        .collect()
}

/// `query` with each value of `integers` that is an integer beyond 64 bits replaced by
/// the nearest 64-bit one; every other pair (well-formed or not) as it was.
fn saturate(query: &str, integers: &[String]) -> String {
    query
        .split('&')
        .map(|pair| {
            let Some((key, value)) = pair.split_once('=') else {
                return pair.to_string();
            };
            if !integers.iter().any(|i| i == key) || value.parse::<i64>().is_ok() {
                return pair.to_string();
            }
            let (sign, digits) = match value.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, value.strip_prefix('+').unwrap_or(value)),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return pair.to_string();
            }
            let nearest = if sign < 0 { i64::MIN } else { i64::MAX };
            format!("{key}={nearest}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn set_query(req: &mut Request, query: &str) {
    let path = req.uri().path().to_string();
    let pq = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(uri) = pq.parse::<Uri>() {
        *req.uri_mut() = uri;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_beyond_64_bits_saturate_and_everything_else_is_kept() {
        let ints = vec!["page".to_string(), "user".to_string()];
        assert_eq!(
            saturate(
                "page=abc&filter=99999999999999999999&user=1&user=99999999999999999999",
                &ints
            ),
            "page=abc&filter=99999999999999999999&user=1&user=9223372036854775807"
        );
        assert_eq!(
            saturate("page=-99999999999999999999", &ints),
            "page=-9223372036854775808"
        );
        assert_eq!(saturate("page=-2&user", &ints), "page=-2&user");
        assert_eq!(saturate("page=1e99&user=-", &ints), "page=1e99&user=-");
    }
}
