//! A record's extra metadata, validated as Kadi validates it: every type (`str`, `int`,
//! `float`, `bool`, `date`, `dict`, `list`), nested dicts and lists, keys unique on each
//! level (absent inside a list), units only on numbers (dropped elsewhere), integers
//! within ±(2^53−1), and each entry's own `validation` rules. A refusal points at the
//! offending entry: `{"extras": {"0": {"value": {"1": {"value": ["Not a valid integer."]}}}}}`.

use generated::kadi4mat::v1 as api;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::super::resources::is_iri;

/// The largest integer JavaScript (and so Kadi's web UI) holds exactly.
const MAX_INT: i64 = (1 << 53) - 1;

/// One entry at any depth: the contract's `Extra`, except that the entries of a `list`
/// have no key (the contract's schema describes the top level, where every entry has one).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    #[serde(rename = "type")]
    type_: api::ExtraType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<Value>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default)]
    term: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    validation: Option<api::ExtraValidation>,
}

/// The extras as Kadi keeps them, or the errors by entry.
pub fn validate(extras: &[api::Extra]) -> Result<Vec<api::Extra>, Value> {
    let entries: Vec<Entry> = serde_json::to_value(extras)
        .and_then(serde_json::from_value)
        .map_err(|_| json!({"0": ["Invalid input type."]}))?;
    let checked = validate_entries(&entries, false)?;
    // Every checked top-level entry has its key, so each is an `Extra` again.
    serde_json::to_value(checked)
        .and_then(serde_json::from_value)
        .map_err(|_| json!({"0": ["Invalid input type."]}))
}

/// The extras of an extras template (or a record template's `extras`), from the JSON
/// the client sent: validated as a record's, except that a `required` entry may be
/// empty (the template only says a record made from it needs a value there).
pub fn validate_template(data: &Value) -> Result<Value, Value> {
    let Value::Array(items) = data else {
        return Err(json!(["Not a valid list."]));
    };
    let mut entries = Vec::with_capacity(items.len());
    let mut errors = Map::new();
    for (i, item) in items.iter().enumerate() {
        if let Some(nulls) = refused_nulls(item) {
            errors.insert(i.to_string(), nulls);
            continue;
        }
        match serde_json::from_value::<Entry>(item.clone()) {
            Ok(e) => entries.push(e),
            Err(_) => {
                errors.insert(i.to_string(), json!({"_schema": ["Invalid input type."]}));
            }
        }
    }
    if !errors.is_empty() {
        return Err(Value::Object(errors));
    }
    let checked = validate_entries(&entries, true)?;
    serde_json::to_value(checked).map_err(|_| json!(["Invalid input type."]))
}

/// The fields of an entry sent as JSON (at any depth) that are null where the contract
/// does not allow it, or a list where it wants a mapping, as marshmallow names them;
/// `None` when there are none. A record's
/// top-level entries arrive typed (the glue refuses such nulls); a template's `data`
/// arrives as plain JSON and is checked here.
fn refused_nulls(item: &Value) -> Option<Value> {
    let Value::Object(entry) = item else {
        return None;
    };
    let mut problems = Map::new();
    for field in ["type", "key", "description", "validation"] {
        if entry.get(field).is_some_and(Value::is_null) {
            push(&mut problems, field, "Field may not be null.");
        }
    }
    // serde would also read a list as a struct's fields in order; marshmallow wants a
    // mapping.
    match entry.get("validation") {
        Some(Value::Object(rules)) => {
            for field in ["required", "iri", "range", "options"] {
                if rules.get(field).is_some_and(Value::is_null) {
                    problems.insert(
                        "validation".into(),
                        json!({field: ["Field may not be null."]}),
                    );
                }
            }
            if rules
                .get("range")
                .is_some_and(|r| !r.is_object() && !r.is_null())
            {
                problems.insert(
                    "validation".into(),
                    json!({"range": ["Not a valid mapping type."]}),
                );
            }
        }
        Some(Value::Null) | None => {}
        Some(_) => push(&mut problems, "validation", "Not a valid mapping type."),
    }
    if let Some(Value::Array(nested)) = entry.get("value") {
        let inner: Map<String, Value> = nested
            .iter()
            .enumerate()
            .filter_map(|(i, n)| refused_nulls(n).map(|e| (i.to_string(), e)))
            .collect();
        if !inner.is_empty()
            && matches!(
                entry.get("type").and_then(Value::as_str),
                Some("dict" | "list")
            )
        {
            problems.insert("value".into(), Value::Object(inner));
        }
    }
    (!problems.is_empty()).then_some(Value::Object(problems))
}

fn validate_entries(extras: &[Entry], template: bool) -> Result<Vec<Entry>, Value> {
    let mut errors = Map::new();
    let checked = level(extras, false, template, &mut errors);
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(Value::Object(errors))
    }
}

/// One level of extras (the top, a dict's value or a list's value).
fn level(
    extras: &[Entry],
    in_list: bool,
    template: bool,
    errors: &mut Map<String, Value>,
) -> Vec<Entry> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(extras.len());
    for (i, extra) in extras.iter().enumerate() {
        let mut problems = Map::new();
        let checked = entry(extra, in_list, template, &mut problems);
        if !in_list {
            if let Some(key) = checked.key.as_deref() {
                if !seen.insert(key.to_string()) {
                    push(&mut problems, "key", "Duplicate key.");
                }
            }
        }
        if !problems.is_empty() {
            errors.insert(i.to_string(), Value::Object(problems));
        }
        out.push(checked);
    }
    out
}

fn push(problems: &mut Map<String, Value>, field: &str, message: &str) {
    match problems
        .entry(field.to_string())
        .or_insert_with(|| json!([]))
    {
        Value::Array(list) => list.push(json!(message)),
        other => *other = json!([message]),
    }
}

fn entry(extra: &Entry, in_list: bool, template: bool, problems: &mut Map<String, Value>) -> Entry {
    use api::ExtraType as T;
    let mut out = extra.clone();
    if in_list {
        // Entries of a list are found by position, not by key.
        out.key = None;
    } else {
        match extra.key.as_deref().map(str::trim) {
            None | Some("") => push(problems, "key", "Missing data for required field."),
            Some(key) if key.chars().count() > 50 => {
                push(problems, "key", "Longer than maximum length 50.")
            }
            Some(key) => out.key = Some(key.to_string()),
        }
    }
    if !matches!(extra.type_, T::Int | T::Float) {
        out.unit = None;
    }
    // A term is trimmed, and none when blank, as a link's is.
    out.term = extra
        .term
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    if let Some(term) = out.term.as_deref() {
        if term.chars().count() > 2048 || !is_iri(term) {
            push(problems, "term", "Not a valid IRI.");
        }
    }
    let value = extra.value.clone().unwrap_or(Value::Null);
    out.value = match extra.type_ {
        T::Dict | T::List => {
            let nested = match value {
                Value::Null => Vec::new(),
                Value::Array(items) => {
                    match serde_json::from_value::<Vec<Entry>>(Value::Array(items)) {
                        Ok(items) => items,
                        Err(_) => {
                            push(problems, "value", "Not a valid list of extras.");
                            Vec::new()
                        }
                    }
                }
                _ => {
                    push(problems, "value", "Not a valid list of extras.");
                    Vec::new()
                }
            };
            let mut nested_errors = Map::new();
            let checked = level(
                &nested,
                extra.type_ == T::List,
                template,
                &mut nested_errors,
            );
            if !nested_errors.is_empty() {
                problems.insert("value".into(), Value::Object(nested_errors));
            }
            Some(serde_json::to_value(checked).unwrap_or(Value::Null))
        }
        _ => Some(scalar(extra.type_, value, problems)),
    };
    if let Some(rules) = &extra.validation {
        check_rules(extra.type_, out.value.as_ref(), rules, template, problems);
    }
    out
}

/// A scalar value of `kind`, converted as Kadi converts it, or `null`.
fn scalar(kind: api::ExtraType, value: Value, problems: &mut Map<String, Value>) -> Value {
    use api::ExtraType as T;
    if value.is_null() {
        return Value::Null;
    }
    match kind {
        T::Str => match value {
            Value::String(s) => Value::String(s),
            _ => {
                push(problems, "value", "Not a valid string.");
                Value::Null
            }
        },
        T::Int => match value.as_i64().or_else(|| {
            value
                .as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.3e18)
                .map(|f| f as i64)
        }) {
            Some(n) if n.abs() <= MAX_INT => json!(n),
            Some(_) => {
                push(problems, "value", "Integer value is out of range.");
                Value::Null
            }
            None => {
                push(problems, "value", "Not a valid integer.");
                Value::Null
            }
        },
        T::Float => match value.as_f64() {
            Some(f) if f.is_finite() => json!(f),
            _ => {
                push(problems, "value", "Not a valid float.");
                Value::Null
            }
        },
        T::Bool => match value {
            Value::Bool(b) => Value::Bool(b),
            _ => {
                push(problems, "value", "Not a valid boolean.");
                Value::Null
            }
        },
        T::Date => match value.as_str().and_then(parse_date) {
            Some(date) => Value::String(date),
            None => {
                push(problems, "value", "Not a valid datetime.");
                Value::Null
            }
        },
        T::Dict | T::List => Value::Null,
    }
}

/// An ISO 8601 date and time, with or without offset, as Kadi writes it back.
fn parse_date(text: &str) -> Option<String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(t.to_rfc3339());
    }
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| chrono::NaiveDateTime::parse_from_str(text, f).ok())
    .map(|t| t.and_utc().to_rfc3339())
}

fn check_rules(
    kind: api::ExtraType,
    value: Option<&Value>,
    rules: &api::ExtraValidation,
    template: bool,
    problems: &mut Map<String, Value>,
) {
    use api::ExtraType as T;
    let value = value.filter(|v| !v.is_null());
    if rules.required == Some(true) && value.is_none() && !template {
        push(problems, "value", "Missing data for required field.");
    }
    let Some(value) = value else {
        return;
    };
    if let (Some(range), T::Int | T::Float) = (&rules.range, kind) {
        if let Some(n) = value.as_f64() {
            if range.min.is_some_and(|min| n < min) || range.max.is_some_and(|max| n > max) {
                push(problems, "value", "Must be within the range.");
            }
        }
    }
    if let Some(options) = rules.options.as_ref().filter(|o| !o.is_empty()) {
        let same = |o: &Value| o == value || (o.as_f64().is_some() && o.as_f64() == value.as_f64());
        if !options.iter().any(same) {
            push(problems, "value", "Must be one of the options.");
        }
    }
    if rules.iri == Some(true) && kind == T::Str && !value.as_str().is_some_and(is_iri) {
        push(problems, "value", "Not a valid IRI.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extras(v: Value) -> Vec<Entry> {
        serde_json::from_value(v).unwrap()
    }

    fn validate(extras: &[Entry]) -> Result<Vec<Entry>, Value> {
        validate_entries(extras, false)
    }

    #[test]
    fn every_type_is_checked_and_converted() {
        let ok = validate(&extras(json!([
            {"type": "str", "key": "name", "value": "steel"},
            {"type": "int", "key": "n", "value": 3.0, "unit": "mm"},
            {"type": "float", "key": "f", "value": 2, "unit": "kg"},
            {"type": "bool", "key": "b", "value": true, "unit": "dropped"},
            {"type": "date", "key": "d", "value": "2024-03-01T09:12:44"},
            {"type": "dict", "key": "nested", "value": [
                {"type": "list", "key": "items", "value": [
                    {"type": "int", "value": 1}, {"type": "int", "key": "ignored", "value": 2}
                ]}
            ]},
            {"type": "str", "key": "empty"}
        ])))
        .unwrap();
        let v = serde_json::to_value(&ok).unwrap();
        assert_eq!(v[1]["value"], 3);
        assert_eq!(v[1]["unit"], "mm");
        assert_eq!(v[2]["value"], 2.0);
        assert!(
            v[3].get("unit").is_none_or(Value::is_null),
            "units only on numbers"
        );
        assert_eq!(v[4]["value"], "2024-03-01T09:12:44+00:00");
        assert!(v[5]["value"][0]["value"][1]
            .get("key")
            .is_none_or(Value::is_null));
    }

    #[test]
    fn refusals_point_at_the_entry() {
        let err = validate(&extras(json!([
            {"type": "int", "key": "a", "value": "x"},
            {"type": "dict", "key": "d", "value": [
                {"type": "int", "key": "big", "value": 9007199254740992_i64},
                {"type": "str", "key": "big", "value": "dup"}
            ]},
            {"type": "str", "value": "no key"},
            {"type": "float", "key": "r", "value": 5, "validation": {"range": {"max": 3}}},
            {"type": "str", "key": "o", "value": "c", "validation": {"options": ["a", "b"], "required": true}},
            {"type": "str", "key": "a", "value": "duplicate"}
        ])))
        .unwrap_err();
        assert_eq!(err["0"]["value"], json!(["Not a valid integer."]));
        assert_eq!(
            err["1"]["value"]["0"]["value"],
            json!(["Integer value is out of range."])
        );
        assert_eq!(err["1"]["value"]["1"]["key"], json!(["Duplicate key."]));
        assert_eq!(err["2"]["key"], json!(["Missing data for required field."]));
        assert_eq!(err["3"]["value"], json!(["Must be within the range."]));
        assert_eq!(err["4"]["value"], json!(["Must be one of the options."]));
        assert_eq!(err["5"]["key"], json!(["Duplicate key."]));
        let required = validate(&extras(json!([
            {"type": "str", "key": "r", "validation": {"required": true}}
        ])))
        .unwrap_err();
        assert_eq!(
            required["0"]["value"],
            json!(["Missing data for required field."])
        );
    }
}

/// Whether stored `extras` satisfy one condition of Kadi's extras search:
/// `{"type": "str"|"numeric"|"bool"|"date", "key": "a.b", "str": "text"}`, a numeric or
/// date condition being a value or `{"min": …, "max": …}`; without a value, the key
/// only has to exist with that type.
pub fn matches(extras: &Value, condition: &Value) -> bool {
    let Some(key) = condition.get("key").and_then(Value::as_str) else {
        return false;
    };
    let kind = condition
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("str");
    let Some(entry) = find(extras, key) else {
        return false;
    };
    let stored_type = entry
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let type_fits = match kind {
        "numeric" => matches!(stored_type, "int" | "float"),
        other => stored_type == other,
    };
    if !type_fits {
        return false;
    }
    let value = entry.get("value").unwrap_or(&Value::Null);
    match condition.get(kind) {
        None | Some(Value::Null) => true,
        Some(wanted) => match kind {
            "str" => match (value.as_str(), wanted.as_str()) {
                (Some(v), Some(w)) => v.to_lowercase().contains(&w.to_lowercase()),
                _ => false,
            },
            "numeric" => within(value.as_f64(), wanted, Value::as_f64),
            "bool" => {
                let wanted = match wanted {
                    Value::Bool(b) => Some(*b),
                    Value::String(s) => Some(super::super::resources::flag(s)),
                    _ => None,
                };
                wanted.is_some() && value.as_bool() == wanted
            }
            "date" => within(value.as_str().map(str::to_string), wanted, |v| {
                v.as_str().map(str::to_string)
            }),
            _ => false,
        },
    }
}

/// `value` equals `wanted`, or lies within its `min`/`max`.
fn within<T: PartialOrd>(
    value: Option<T>,
    wanted: &Value,
    read: impl Fn(&Value) -> Option<T>,
) -> bool {
    let Some(value) = value else {
        return false;
    };
    if wanted.is_object() {
        let min_ok = wanted.get("min").and_then(&read).is_none_or(|m| value >= m);
        let max_ok = wanted.get("max").and_then(&read).is_none_or(|m| value <= m);
        min_ok && max_ok
    } else {
        read(wanted).is_some_and(|w| value == w)
    }
}

/// The entry at dotted `key` (nested in dicts).
fn find<'a>(extras: &'a Value, key: &str) -> Option<&'a Value> {
    let mut level = extras;
    let mut found = None;
    for part in key.split('.') {
        let entry = level
            .as_array()?
            .iter()
            .find(|e| e.get("key").and_then(Value::as_str) == Some(part))?;
        level = entry.get("value").unwrap_or(&Value::Null);
        found = Some(entry);
    }
    found
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn extras_search_conditions_hold_or_not() {
        let extras = json!([
            {"type": "str", "key": "alloy", "value": "Stainless Steel"},
            {"type": "float", "key": "t", "value": 293.15, "unit": "K"},
            {"type": "bool", "key": "ok", "value": true},
            {"type": "dict", "key": "dims", "value": [{"type": "int", "key": "w", "value": 4}]}
        ]);
        assert!(matches(
            &extras,
            &json!({"type": "str", "key": "alloy", "str": "steel"})
        ));
        assert!(!matches(
            &extras,
            &json!({"type": "str", "key": "alloy", "str": "iron"})
        ));
        assert!(matches(
            &extras,
            &json!({"type": "numeric", "key": "t", "numeric": {"min": 290, "max": 300}})
        ));
        assert!(!matches(
            &extras,
            &json!({"type": "numeric", "key": "t", "numeric": {"max": 200}})
        ));
        assert!(matches(
            &extras,
            &json!({"type": "bool", "key": "ok", "bool": "true"})
        ));
        assert!(matches(
            &extras,
            &json!({"type": "numeric", "key": "dims.w", "numeric": 4})
        ));
        assert!(matches(&extras, &json!({"type": "str", "key": "alloy"})));
        assert!(!matches(
            &extras,
            &json!({"type": "numeric", "key": "alloy"})
        ));
        assert!(!matches(&extras, &json!({"type": "str", "key": "missing"})));
    }
}
