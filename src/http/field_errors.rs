//! Pins a rejected JSON body's problem to a field. poem-openapi reports that a body did
//! not parse but not where; the products name the field (Django REST:
//! `{"email": ["This field is required."]}`), so the operation's request schema in the
//! source spec is walked against the body to find the first offending field.

use serde_json::Value;

use crate::common::openapi::follow_refs;
use crate::http::dispatch::TextFrom;

/// The first field of `body` that breaks `schema`: its dotted path and a message.
pub fn locate(spec: &Value, schema: &Value, body: &Value) -> Option<(String, String)> {
    walk(spec, schema, body, "", 0)
}

/// Marks each number or boolean of `body` that stands where `schema` wants a string, so
/// that the typed glue refuses it: poem-openapi would read `{"name": 5}` as the string
/// `"5"`, which no product does. The mark (an empty array) is what no string parser
/// takes; the glue then rejects the body in its usual order (after authentication) and
/// [`locate`], reading the body as sent, names the field. With `refuse_null`, a null the
/// schema does not call nullable is marked too (the glue reads it as an absent optional
/// field). Whether anything was marked.
pub fn mark_coerced(
    spec: &Value,
    schema: &Value,
    body: &mut Value,
    taken: TextFrom,
    refuse_null: bool,
) -> bool {
    let marks = Marks { taken, refuse_null };
    mark(spec, schema, body, marks, 0)
}

#[derive(Clone, Copy)]
struct Marks {
    taken: TextFrom,
    refuse_null: bool,
}

fn mark(spec: &Value, schema: &Value, value: &mut Value, marks: Marks, depth: usize) -> bool {
    let taken = marks.taken;
    if depth > 16 {
        return false;
    }
    let Some(schema) = follow_refs(spec, schema) else {
        return false;
    };
    if let Some(first) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
        if value.is_null() && nullable {
            return false;
        }
        return mark(spec, first, value, marks, depth + 1);
    }
    let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
    match (schema.get("type").and_then(Value::as_str), value) {
        // A mark no parser of the wanted type takes: an array is a list's own shape.
        (kind, v @ Value::Null) if marks.refuse_null && !nullable && kind.is_some() => {
            *v = if kind == Some("array") {
                Value::Bool(false)
            } else {
                Value::Array(Vec::new())
            };
            true
        }
        (Some("string"), v @ Value::Number(_)) if !taken.numbers => {
            *v = Value::Array(Vec::new());
            true
        }
        (Some("string"), v @ Value::Bool(_)) if !taken.booleans => {
            *v = Value::Array(Vec::new());
            true
        }
        (Some("array"), Value::Array(items)) => {
            let Some(item_schema) = schema.get("items") else {
                return false;
            };
            items.iter_mut().fold(false, |any, item| {
                mark(spec, item_schema, item, marks, depth + 1) | any
            })
        }
        (_, Value::Object(obj)) => {
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                return false;
            };
            obj.iter_mut().fold(false, |any, (name, v)| {
                props
                    .get(name)
                    .is_some_and(|p| mark(spec, p, v, marks, depth + 1))
                    | any
            })
        }
        _ => false,
    }
}

/// The path item and operation object of `method template` in `spec`.
///
/// A template that carries a server's base path (`/api/v1/records`, as Kadi4Mat is
/// routed) is found under the spec's own path (`/records`).
pub fn operation<'a>(
    spec: &'a Value,
    template: &str,
    method: &str,
) -> Option<(&'a Value, &'a Value)> {
    let paths = spec.get("paths")?;
    let bases = spec
        .get("servers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.get("url")?.as_str());
    let path_item = paths.get(template).or_else(|| {
        bases
            .filter_map(|base| template.strip_prefix(base.trim_end_matches('/')))
            .find_map(|rest| paths.get(if rest.is_empty() { "/" } else { rest }))
    })?;
    Some((path_item, path_item.get(method.to_ascii_lowercase())?))
}

/// The JSON request schema of `method template` in `spec`.
pub fn request_schema<'a>(spec: &'a Value, template: &str, method: &str) -> Option<&'a Value> {
    let (_, op) = operation(spec, template, method)?;
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

    #[test]
    fn marks_only_scalars_the_glue_would_read_as_strings() {
        let s = spec();
        let form = json!({"$ref": "#/components/schemas/Form"});
        let body = json!({"email": 5, "inner": {"port": 1}, "mode": true, "other": 3});
        let strict = TextFrom::default();
        let mut marked = body.clone();
        assert!(mark_coerced(&s, &form, &mut marked, strict, false));
        assert_eq!(
            marked,
            json!({"email": [], "inner": {"port": 1}, "mode": [], "other": 3}),
            "an integer stays where an integer is wanted, and unknown fields are not touched"
        );
        let numbers = TextFrom {
            numbers: true,
            booleans: false,
        };
        let mut marked = body;
        assert!(mark_coerced(&s, &form, &mut marked, numbers, false));
        assert_eq!(
            marked,
            json!({"email": 5, "inner": {"port": 1}, "mode": [], "other": 3}),
            "a product that reads numbers as text keeps them"
        );
        let mut fine = json!({"email": "e", "inner": {"port": 1}, "mode": null});
        assert!(!mark_coerced(&s, &form, &mut fine, strict, false));
        assert_eq!(
            fine,
            json!({"email": "e", "inner": {"port": 1}, "mode": null})
        );
        let list = json!({"type": "array", "items": {"type": "string"}});
        let mut names = json!(["a", 2, "c"]);
        assert!(mark_coerced(&s, &list, &mut names, strict, false));
        assert_eq!(names, json!(["a", [], "c"]));
    }

    #[test]
    fn with_refuse_null_marks_nulls_only_where_the_schema_does_not_allow_them() {
        let s = spec();
        let form = json!({"$ref": "#/components/schemas/Form"});
        let strict = TextFrom::default();
        let mut body = json!({"email": null, "inner": {"port": null}, "mode": null});
        assert!(mark_coerced(&s, &form, &mut body, strict, true));
        assert_eq!(
            body,
            json!({"email": [], "inner": {"port": []}, "mode": null}),
            "a nullable field keeps its null"
        );
        let mut untouched = json!({"email": null});
        assert!(!mark_coerced(&s, &form, &mut untouched, strict, false));
        let list = json!({"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}});
        let mut tags = json!({"tags": null});
        assert!(mark_coerced(&s, &list, &mut tags, strict, true));
        assert_eq!(
            tags,
            json!({"tags": false}),
            "an empty list would be read as a list"
        );
        assert_eq!(
            locate(&s, &form, &json!({"email": null, "inner": {"port": 1}})),
            Some(("email".into(), "This field may not be null.".into()))
        );
    }
}
