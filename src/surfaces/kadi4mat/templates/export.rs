//! A template's exports besides JSON: a JSON Schema and a SHACL shape (Turtle) of the
//! extras it describes (an extras template's data, a record template's `extras`), as
//! Kadi offers them for validating metadata elsewhere.

use serde_json::{json, Map, Value};

use super::super::export::literal;

/// The extras a template describes.
fn described(kind: &str, data: &Value) -> Vec<Value> {
    let extras = if kind == "extras" {
        data
    } else {
        &data["extras"]
    };
    extras.as_array().cloned().unwrap_or_default()
}

/// A JSON Schema (draft 2020-12) an extras-as-values object must follow: one property per
/// key, typed by the extra's type, its validation rules as keywords.
pub fn json_schema(kind: &str, title: &str, data: &Value) -> Value {
    let mut schema = object_schema(&described(kind, data));
    schema["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    schema["title"] = json!(title);
    schema
}

fn object_schema(extras: &[Value]) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for extra in extras {
        let Some(key) = extra["key"].as_str() else {
            continue;
        };
        if extra["validation"]["required"] == json!(true) {
            required.push(json!(key));
        }
        properties.insert(key.to_string(), value_schema(extra));
    }
    json!({"type": "object", "properties": properties, "required": required})
}

fn value_schema(extra: &Value) -> Value {
    let rules = &extra["validation"];
    let required = rules["required"] == json!(true);
    let mut schema = match extra["type"].as_str().unwrap_or("str") {
        "dict" => object_schema(extra["value"].as_array().map_or(&[][..], |v| v)),
        "list" => {
            let items: Vec<Value> = extra["value"]
                .as_array()
                .map_or(&[][..], |v| v)
                .iter()
                .map(value_schema)
                .collect();
            json!({"type": "array", "prefixItems": items})
        }
        scalar => {
            let (ty, format) = match scalar {
                "int" => ("integer", None),
                "float" => ("number", None),
                "bool" => ("boolean", None),
                "date" => ("string", Some("date-time")),
                _ if rules["iri"] == json!(true) => ("string", Some("iri")),
                _ => ("string", None),
            };
            let mut s = if required {
                json!({"type": ty})
            } else {
                json!({"type": [ty, "null"]})
            };
            if let Some(f) = format {
                s["format"] = json!(f);
            }
            if let Some(min) = rules["range"]["min"].as_f64() {
                s["minimum"] = json!(min);
            }
            if let Some(max) = rules["range"]["max"].as_f64() {
                s["maximum"] = json!(max);
            }
            if let Some(options) = rules["options"].as_array().filter(|o| !o.is_empty()) {
                s["enum"] = json!(options);
            }
            if !extra["value"].is_null() {
                s["default"] = extra["value"].clone();
            }
            s
        }
    };
    if let Some(d) = extra["description"].as_str().filter(|d| !d.is_empty()) {
        schema["description"] = json!(d);
    }
    schema
}

/// A SHACL node shape (Turtle) for the extras: one property shape per key, with its
/// datatype and, for required entries, `sh:minCount 1`.
pub fn shacl(kind: &str, view_url: &str, data: &Value) -> String {
    let mut lines = vec![
        "@prefix sh: <http://www.w3.org/ns/shacl#> .".to_string(),
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .".to_string(),
        String::new(),
        format!("<{view_url}> a sh:NodeShape"),
    ];
    for extra in described(kind, data) {
        let Some(key) = extra["key"].as_str() else {
            continue;
        };
        let datatype = match extra["type"].as_str().unwrap_or("str") {
            "int" => "sh:datatype xsd:integer",
            "float" => "sh:datatype xsd:decimal",
            "bool" => "sh:datatype xsd:boolean",
            "date" => "sh:datatype xsd:dateTime",
            "dict" | "list" => "sh:nodeKind sh:BlankNode",
            _ => "sh:datatype xsd:string",
        };
        let path = format!("<{view_url}#{}>", fragment(key));
        let mut shape = format!(
            "    sh:property [ sh:path {path} ; sh:name {} ; {datatype} ; sh:maxCount 1",
            literal(key)
        );
        if extra["validation"]["required"] == json!(true) {
            shape.push_str(" ; sh:minCount 1");
        }
        shape.push_str(" ]");
        lines.push(shape);
    }
    let n = lines.len();
    // Statements of one subject are joined by `;`, the last one ends with `.`.
    for (i, line) in lines.iter_mut().enumerate().skip(3) {
        line.push_str(if i + 1 == n { " ." } else { " ;" });
    }
    lines.join("\n") + "\n"
}

/// `key` as an IRI fragment: unreserved characters kept, the rest percent-encoded.
fn fragment(key: &str) -> String {
    key.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_types_each_key_and_states_its_rules() {
        let data = json!([
            {"type": "float", "key": "t", "value": null, "validation": {"required": true, "range": {"min": 0, "max": 10}}},
            {"type": "str", "key": "s", "value": "x", "validation": {"options": ["x", "y"]}},
            {"type": "dict", "key": "d", "value": [{"type": "bool", "key": "b", "value": true}]}
        ]);
        let schema = json_schema("extras", "T", &data);
        assert_eq!(schema["required"], json!(["t"]));
        assert_eq!(schema["properties"]["t"]["type"], "number");
        assert_eq!(schema["properties"]["t"]["maximum"], 10.0);
        assert_eq!(schema["properties"]["s"]["enum"], json!(["x", "y"]));
        assert_eq!(schema["properties"]["s"]["default"], "x");
        assert_eq!(
            schema["properties"]["d"]["properties"]["b"]["type"],
            json!(["boolean", "null"])
        );
        let turtle = shacl("extras", "http://h/templates/1", &data);
        assert!(turtle.contains("sh:minCount 1"), "{turtle}");
        assert!(turtle.trim_end().ends_with('.'), "{turtle}");
        assert_eq!(turtle.matches("sh:property").count(), 3);
    }
}
