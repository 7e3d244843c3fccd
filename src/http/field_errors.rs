//! Pins a rejected JSON body's problem to a field. poem-openapi reports that a body did
//! not parse but not where; the products name the field (Django REST:
//! `{"email": ["This field is required."]}`), so the operation's request schema in the
//! source spec is walked against the body to find the first offending field.

use serde_json::Value;

use crate::common::openapi::follow_refs;

/// The first field of `body` that breaks `schema`: its dotted path and a message.
pub fn locate(spec: &Value, schema: &Value, body: &Value) -> Option<(String, String)> {
    walk(spec, schema, body, "", 0)
}

/// The JSON request schema of `method template` in `spec`.
pub fn request_schema<'a>(spec: &'a Value, template: &str, method: &str) -> Option<&'a Value> {
    let op = spec
        .get("paths")?
        .get(template)?
        .get(method.to_ascii_lowercase())?;
    let body = follow_refs(spec, op.get("requestBody")?)?;
    body.get("content")?.get("application/json")?.get("schema")
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

fn walk(
    spec: &Value,
    schema: &Value,
    value: &Value,
    path: &str,
    depth: usize,
) -> Option<(String, String)> {
    if depth > 16 {
        return None;
    }
    let schema = follow_refs(spec, schema)?;
    let nullable = schema
        .get("nullable")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if let Some(first) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        if value.is_null() && nullable {
            return None;
        }
        return walk(spec, first, value, path, depth + 1);
    }
    if value.is_null() {
        return (!nullable).then(|| (path.to_string(), "This field may not be null.".to_string()));
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        if !values.contains(value) {
            return Some((path.to_string(), format!("{value} is not a valid choice.")));
        }
    }
    let wrong = |message: &str| Some((path.to_string(), message.to_string()));
    match schema.get("type").and_then(Value::as_str) {
        Some("string") if !value.is_string() => wrong("Not a valid string."),
        Some("integer") if !(value.is_i64() || value.is_u64()) => {
            wrong("A valid integer is required.")
        }
        Some("number") if !value.is_number() => wrong("A valid number is required."),
        Some("boolean") if !value.is_boolean() => wrong("Must be a valid boolean."),
        Some("array") => match value.as_array() {
            None => wrong("Expected a list of items."),
            Some(items) => items.iter().enumerate().find_map(|(i, item)| {
                walk(
                    spec,
                    schema.get("items")?,
                    item,
                    &join(path, &i.to_string()),
                    depth + 1,
                )
            }),
        },
        Some("object") | None if schema.get("properties").is_some() => {
            let Some(obj) = value.as_object() else {
                return wrong("Invalid data. Expected a dictionary.");
            };
            let required = schema
                .get("required")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for name in required.iter().filter_map(Value::as_str) {
                if !obj.contains_key(name) {
                    return Some((join(path, name), "This field is required.".to_string()));
                }
            }
            let props = schema.get("properties").and_then(Value::as_object)?;
            obj.iter()
                .find_map(|(name, v)| walk(spec, props.get(name)?, v, &join(path, name), depth + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "Form": {"type": "object", "required": ["email", "inner"], "properties": {
                "email": {"type": "string"},
                "inner": {"$ref": "#/components/schemas/Inner"},
                "mode": {"allOf": [{"$ref": "#/components/schemas/Mode"}], "nullable": true}
            }},
            "Inner": {"type": "object", "required": ["port"], "properties": {"port": {"type": "integer"}}},
            "Mode": {"type": "string", "enum": ["A", "B"]}
        }}})
    }

    #[test]
    fn finds_missing_wrong_and_invalid_fields() {
        let s = spec();
        let form = json!({"$ref": "#/components/schemas/Form"});
        let at = |body: Value| locate(&s, &form, &body);
        assert_eq!(
            at(json!({"inner": {"port": 1}})),
            Some(("email".into(), "This field is required.".into()))
        );
        assert_eq!(
            at(json!({"email": "e", "inner": {"port": "x"}})).unwrap().0,
            "inner.port"
        );
        assert_eq!(
            at(json!({"email": "e", "inner": {"port": 1}, "mode": "C"}))
                .unwrap()
                .0,
            "mode"
        );
        assert_eq!(
            at(json!({"email": "e", "inner": {"port": 1}, "mode": null})),
            None
        );
        assert_eq!(
            at(json!({"email": 5, "inner": {"port": 1}})).unwrap().1,
            "Not a valid string."
        );
    }
}
