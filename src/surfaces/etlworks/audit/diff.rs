//! The field-level difference between a resource's JSON before and after a write: one
//! change per leaf that differs, nested objects walked as dotted paths
//! (`settings.theme`), arrays and scalars compared whole. Values are JSON text, `None`
//! when the field was added (before) or removed (after).

use serde_json::{Map, Value};

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The changes from `before` to `after` (either absent for a create or a delete), in
/// field order.
pub fn changes(before: Option<&Value>, after: Option<&Value>) -> Vec<Change> {
    let mut found = Vec::new();
    walk("", before, after, &mut found);
    found
}

fn walk(path: &str, before: Option<&Value>, after: Option<&Value>, found: &mut Vec<Change>) {
    if before == after {
        return;
    }
    let filled = |v: Option<&Value>| v.and_then(Value::as_object).is_some_and(|m| !m.is_empty());
    // Into objects on both sides, or an object (with fields) added or removed whole.
    let into = match (before, after) {
        (Some(Value::Object(_)), Some(Value::Object(_))) => true,
        (Some(_), None) => filled(before),
        (None, Some(_)) => filled(after),
        _ => false,
    };
    if into {
        objects(
            path,
            before.and_then(Value::as_object),
            after.and_then(Value::as_object),
            found,
        );
    } else {
        leaf(path, before, after, found);
    }
}

fn objects(
    path: &str,
    before: Option<&Map<String, Value>>,
    after: Option<&Map<String, Value>>,
    found: &mut Vec<Change>,
) {
    let mut keys: Vec<&String> = before.into_iter().flat_map(Map::keys).collect();
    for key in after.into_iter().flat_map(Map::keys) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    for key in keys {
        let field = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        walk(
            &field,
            before.and_then(|m| m.get(key)),
            after.and_then(|m| m.get(key)),
            found,
        );
    }
}

fn leaf(path: &str, before: Option<&Value>, after: Option<&Value>, found: &mut Vec<Change>) {
    found.push(Change {
        field: if path.is_empty() {
            "$".into()
        } else {
            path.into()
        },
        before: before.map(Value::to_string),
        after: after.map(Value::to_string),
    });
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn change(field: &str, before: Option<&str>, after: Option<&str>) -> Change {
        Change {
            field: field.into(),
            before: before.map(str::to_string),
            after: after.map(str::to_string),
        }
    }

    #[test]
    fn an_update_lists_only_the_fields_that_changed() {
        let before = json!({"name": "a", "enabled": true, "events": ["X"], "s": {"t": 1, "u": 2}});
        let after = json!({"name": "b", "enabled": true, "events": ["X", "Y"], "s": {"t": 1, "u": 3}, "n": null});
        assert_eq!(
            changes(Some(&before), Some(&after)),
            [
                change("name", Some("\"a\""), Some("\"b\"")),
                change("events", Some("[\"X\"]"), Some("[\"X\",\"Y\"]")),
                change("s.u", Some("2"), Some("3")),
                change("n", None, Some("null")),
            ]
        );
    }

    #[test]
    fn a_create_lists_every_field_as_added_and_a_delete_as_removed() {
        let value = json!({"name": "a", "s": {"t": 1}});
        assert_eq!(
            changes(None, Some(&value)),
            [
                change("name", None, Some("\"a\"")),
                change("s.t", None, Some("1"))
            ]
        );
        assert_eq!(
            changes(Some(&value), None),
            [
                change("name", Some("\"a\""), None),
                change("s.t", Some("1"), None)
            ]
        );
    }

    #[test]
    fn nothing_recorded_means_no_changes() {
        assert!(changes(None, None).is_empty());
    }
}
