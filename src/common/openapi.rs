//! Reading a parsed OpenAPI document: following its local `$ref`s.

use serde_json::Value;

/// Follows local `$ref`s from `node` to what they name; `None` for a dangling or
/// cyclic reference (the specs are validated in CI, so neither is expected).
pub fn follow_refs<'a>(doc: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => node = doc.pointer(r.strip_prefix('#')?)?,
            None => return Some(node),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::follow_refs;
    use serde_json::json;

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
