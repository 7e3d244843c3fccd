//! Reading a parsed contract for the mock: tolerant `$ref` resolution and the pieces of
//! an operation (responses, media types, examples) the engine answers from.

use serde_json::Value;

use crate::common::openapi::follow_refs;

/// Follows local `$ref`s; a dangling one resolves to itself (specs are validated in CI).
pub fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    follow_refs(doc, node).unwrap_or(node)
}

/// The operation object for `method` (lower-case) at `path`.
pub fn operation<'a>(doc: &'a Value, path: &str, method: &str) -> Option<&'a Value> {
    let item = doc.get("paths")?.get(path)?;
    resolve(doc, item).get(method.to_ascii_lowercase())
}

/// Path-level and operation-level parameters of an operation, resolved.
pub fn parameters(doc: &Value, path: &str, op: &Value) -> Vec<Value> {
    let item = doc
        .get("paths")
        .and_then(|p| p.get(path))
        .map(|i| resolve(doc, i));
    item.and_then(|i| i.get("parameters"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| resolve(doc, p).clone())
        .collect()
}

/// The documented statuses of an operation, numerically sorted (`default` left out).
pub fn statuses(doc: &Value, op: &Value) -> Vec<u16> {
    let _ = doc;
    let mut out: Vec<u16> = op
        .get("responses")
        .and_then(Value::as_object)
        .map(|m| m.keys().filter_map(|k| k.parse().ok()).collect())
        .unwrap_or_default();
    out.sort_unstable();
    out
}

/// The response object documented for `status`.
pub fn response<'a>(doc: &'a Value, op: &'a Value, status: u16) -> Option<&'a Value> {
    let r = op.get("responses")?.get(status.to_string())?;
    Some(resolve(doc, r))
}

/// The first media type of a response or request body: (media type, media object).
pub fn media<'a>(doc: &'a Value, holder: &'a Value) -> Option<(&'a str, &'a Value)> {
    let holder = resolve(doc, holder);
    let (k, v) = holder.get("content")?.as_object()?.iter().next()?;
    Some((k.as_str(), v))
}

/// The JSON schema of a response's body, if it has a JSON body.
pub fn response_schema<'a>(doc: &'a Value, op: &'a Value, status: u16) -> Option<&'a Value> {
    let (media_type, m) = media(doc, response(doc, op, status)?)?;
    if media_type.contains("json") {
        m.get("schema")
    } else {
        None
    }
}

/// The example name that stands for a response's single `example` (on its media type or
/// its schema), for specs that give no named `examples`.
pub const DEFAULT_EXAMPLE: &str = "default";

/// The examples a response offers, by name: its named `examples`, plus
/// [`DEFAULT_EXAMPLE`] when it has a single `example`.
pub fn example_names(doc: &Value, op: &Value, status: u16) -> Vec<String> {
    let mut names: Vec<String> = response(doc, op, status)
        .and_then(|r| media(doc, r))
        .and_then(|(_, m)| m.get("examples"))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    if !names.iter().any(|n| n == DEFAULT_EXAMPLE) && plain_example(doc, op, status).is_some() {
        names.push(DEFAULT_EXAMPLE.to_string());
    }
    names
}

/// The value of the named example of a response.
pub fn example(doc: &Value, op: &Value, status: u16, name: &str) -> Option<Value> {
    let (_, m) = media(doc, response(doc, op, status)?)?;
    match m.get("examples").and_then(|e| e.get(name)) {
        Some(ex) => resolve(doc, ex).get("value").cloned(),
        None if name == DEFAULT_EXAMPLE => plain_example(doc, op, status),
        None => None,
    }
}

/// The single `example` of a response: on its media type, else on its schema.
pub fn plain_example(doc: &Value, op: &Value, status: u16) -> Option<Value> {
    let (_, m) = media(doc, response(doc, op, status)?)?;
    m.get("example").cloned().or_else(|| {
        m.get("schema")
            .map(|s| resolve(doc, s))
            .and_then(|s| s.get("example").cloned())
    })
}
