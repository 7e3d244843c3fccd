//! Reading a parsed OpenAPI document: following its local `$ref`s, reading keywords.

use serde_json::Value;

/// Follows local `$ref`s from `node` to what they name; `None` for a dangling or
/// cyclic reference (the specs are validated in CI, so neither is expected).
pub fn follow_refs<'a>(doc: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        match node.keyword("$ref").and_then(Value::as_str) {
            Some(r) => node = pointer(doc, r.strip_prefix('#')?)?,
            None => return Some(node),
        }
    }
    None
}

/// `Value::pointer`, without unescaping (two allocations per token) when a token has no
/// `~`: the mock follows a reference for nearly every value it generates or checks.
fn pointer<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(doc);
    }
    let tokens = path.strip_prefix('/')?;
    tokens.split('/').try_fold(doc, |node, token| {
        let unescaped;
        let token = if token.contains('~') {
            unescaped = token.replace("~1", "/").replace("~0", "~");
            unescaped.as_str()
        } else {
            token
        };
        match node {
            Value::Object(m) => m.get(token),
            Value::Array(a) => token.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        }
    })
}

/// Reads a keyword of a schema (or any small JSON object).
pub trait Keyword {
    /// The value of `key`, if this is an object that has it.
    fn keyword(&self, key: &str) -> Option<&Value>;

    /// The strings of an array keyword (`required`, `keeps`); anything else is skipped.
    fn strings(&self, key: &str) -> impl Iterator<Item = &str> {
        self.keyword(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    }
}

impl Keyword for Value {
    fn keyword(&self, key: &str) -> Option<&Value> {
        let Value::Object(fields) = self else {
            return None;
        };
        // Schema objects hold a handful of keywords; comparing them beats hashing the key
        // (ordered JSON maps hash with SipHash), which the mock does for every value it
        // generates or checks.
        if fields.len() <= 8 {
            fields.iter().find_map(|(k, v)| (k == key).then_some(v))
        } else {
            fields.get(key)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{follow_refs, Keyword};
    use serde_json::{json, Map, Value};

    #[test]
    fn keywords_read_the_same_in_small_and_large_objects() {
        let small = json!({"type": "string", "format": "email"});
        assert_eq!(small.keyword("format"), Some(&json!("email")));
        assert_eq!(small.keyword("pattern"), None);
        let large: Map<String, Value> = (0..20).map(|i| (format!("k{i}"), json!(i))).collect();
        let large = Value::Object(large);
        assert_eq!(large.keyword("k17"), Some(&json!(17)));
        assert_eq!(large.keyword("k20"), None);
        assert_eq!(json!(["type"]).keyword("type"), None, "not an object");
    }

    #[test]
    fn pointers_read_as_serde_json_reads_them() {
        let doc = json!({"a/b": {"c~d": [10, {"e": 1}]}, "x": {"y": true}, "": 5});
        for path in [
            "",
            "/x/y",
            "/a~1b/c~0d/1/e",
            "/a~1b/c~0d/0",
            "/x/z",
            "/a~1b/c~0d/9",
            "x",
            "/",
        ] {
            assert_eq!(super::pointer(&doc, path), doc.pointer(path), "{path:?}");
        }
    }

    #[test]
    fn references_are_followed_to_their_target() {
        let doc = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"type": "string"},
            "Loop": {"$ref": "#/components/schemas/Loop"}
        }}});
        let a = json!({"$ref": "#/components/schemas/A"});
        assert_eq!(follow_refs(&doc, &a), Some(&json!({"type": "string"})));
        assert_eq!(follow_refs(&doc, &json!({"$ref": "#/nowhere"})), None);
        assert_eq!(
            follow_refs(&doc, &json!({"$ref": "#/components/schemas/Loop"})),
            None
        );
        let plain = json!({"type": "integer"});
        assert_eq!(follow_refs(&doc, &plain), Some(&plain));
    }
}
