//! Reading an OpenAPI 3.0 document held as JSON: local `$ref`s and typed accessors.

use serde_json::Value;

/// Follows a local `$ref` (`#/components/...`) until a non-reference object is reached.
pub fn resolve<'a>(doc: &'a Value, mut node: &'a Value) -> Result<&'a Value, String> {
    for _ in 0..32 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => node = pointer(doc, r)?,
            None => return Ok(node),
        }
    }
    Err("a $ref chain is longer than 32 steps (a cycle?)".into())
}

/// The value a local `$ref` such as `#/components/schemas/Application` points at.
pub fn pointer<'a>(doc: &'a Value, reference: &str) -> Result<&'a Value, String> {
    let path = reference
        .strip_prefix('#')
        .ok_or_else(|| format!("only local references are supported, not {reference}"))?;
    doc.pointer(path)
        .ok_or_else(|| format!("{reference} points at nothing"))
}

/// The component name of a `#/components/schemas/Name` reference.
pub fn schema_ref_name(node: &Value) -> Option<&str> {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

pub fn str_of<'a>(node: &'a Value, key: &str) -> Option<&'a str> {
    node.get(key).and_then(Value::as_str)
}

pub fn bool_of(node: &Value, key: &str) -> bool {
    node.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// The `required` list of an object schema.
pub fn required_list(node: &Value) -> Vec<String> {
    node.get("required")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
