//! Exports of records and collections, as attachments: `json` (the resource and what
//! hangs off it), `rdf` (Turtle, Dublin Core terms) and `ro-crate` (its JSON-LD
//! metadata). Kadi also renders `pdf` and `qr`; Understudy does not, and answers those
//! as it answers any unknown type, with Kadi's 404.

use poem::http::header;
use poem::Response;
use serde_json::{json, Map, Value};

use super::error::KadiError;

/// An export ready to send.
pub struct Export {
    pub content_type: &'static str,
    pub filename: String,
    pub body: Vec<u8>,
}

impl Export {
    /// The attachment as a response (sent as given, not through the typed JSON answer,
    /// so that each type keeps its media type and name).
    pub fn into_response(self) -> Response {
        Response::builder()
            .content_type(self.content_type)
            .header(
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", self.filename),
            )
            .body(self.body)
    }
}

/// The export types a record or collection has here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Rdf,
    RoCrate,
}

impl Format {
    pub fn parse(text: &str) -> Result<Format, KadiError> {
        match text {
            "json" => Ok(Format::Json),
            "rdf" => Ok(Format::Rdf),
            "ro-crate" => Ok(Format::RoCrate),
            _ => Err(KadiError::NotFound),
        }
    }
}

/// The export `filter`: a JSON object (`{"user": true}` leaves user information out).
/// Kadi parses it leniently (its `qparam` falls back to the default when parsing
/// fails), so text that is not a JSON object filters nothing.
pub fn filter(raw: &str) -> Map<String, Value> {
    match serde_json::from_str::<Value>(raw) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// `value` without `_links` and `_actions` (recursively), and without `creator` when the
/// filter leaves users out.
pub fn clean(mut value: Value, filter: &Map<String, Value>) -> Value {
    let drop_users = filter.get("user").and_then(Value::as_bool) == Some(true);
    strip(&mut value, drop_users);
    value
}

fn strip(value: &mut Value, drop_users: bool) {
    match value {
        Value::Object(m) => {
            m.remove("_links");
            m.remove("_actions");
            if drop_users {
                m.remove("creator");
            }
            for v in m.values_mut() {
                strip(v, drop_users);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| strip(v, drop_users)),
        _ => {}
    }
}

/// The export of `resource` (a serialized record or collection, cleaned) in `format`.
pub fn render(
    format: Format,
    kind: &str,
    resource: &Value,
    view_url: &str,
    extra_turtle: &[(String, String)],
) -> Export {
    let identifier = resource["identifier"]
        .as_str()
        .unwrap_or("export")
        .to_string();
    match format {
        Format::Json => Export {
            content_type: "application/json",
            filename: format!("{identifier}.json"),
            body: serde_json::to_vec_pretty(resource).unwrap_or_default(),
        },
        Format::Rdf => Export {
            content_type: "text/turtle",
            filename: format!("{identifier}.ttl"),
            body: turtle(kind, resource, view_url, extra_turtle).into_bytes(),
        },
        Format::RoCrate => Export {
            content_type: "application/ld+json",
            filename: format!("{identifier}.jsonld"),
            body: serde_json::to_vec_pretty(&ro_crate(resource, view_url)).unwrap_or_default(),
        },
    }
}

/// A Turtle string literal.
pub fn literal(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('\r', "\\r");
    format!("\"{escaped}\"")
}

fn turtle(kind: &str, resource: &Value, view_url: &str, extra: &[(String, String)]) -> String {
    let s = |k: &str| resource[k].as_str().unwrap_or_default();
    let mut lines = vec![
        "@prefix dcterms: <http://purl.org/dc/terms/> .".to_string(),
        "@prefix kadi: <https://kadi.iam.kit.edu/ontology#> .".to_string(),
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .".to_string(),
        String::new(),
        format!("<{view_url}> a kadi:{kind} ;"),
        format!("    dcterms:identifier {} ;", literal(s("identifier"))),
        format!("    dcterms:title {} ;", literal(s("title"))),
        format!("    dcterms:description {} ;", literal(s("description"))),
        format!(
            "    dcterms:created {}^^xsd:dateTime ;",
            literal(s("created_at"))
        ),
    ];
    for tag in resource["tags"].as_array().into_iter().flatten() {
        lines.push(format!(
            "    dcterms:subject {} ;",
            literal(tag.as_str().unwrap_or_default())
        ));
    }
    for (predicate, object) in extra {
        lines.push(format!("    {predicate} {object} ;"));
    }
    lines.push(format!(
        "    dcterms:modified {}^^xsd:dateTime .",
        literal(s("last_modified"))
    ));
    lines.join("\n") + "\n"
}

fn ro_crate(resource: &Value, view_url: &str) -> Value {
    json!({
        "@context": "https://w3id.org/ro/crate/1.1/context",
        "@graph": [
            {
                "@id": "ro-crate-metadata.json",
                "@type": "CreativeWork",
                "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"},
                "about": {"@id": "./"}
            },
            {
                "@id": "./",
                "@type": "Dataset",
                "identifier": resource["identifier"],
                "name": resource["title"],
                "description": resource["description"],
                "dateCreated": resource["created_at"],
                "dateModified": resource["last_modified"],
                "keywords": resource["tags"],
                "url": view_url,
            }
        ]
    })
}

/// A record's extras as Kadi's `json` extras export: each key to its value, nested
/// dicts as objects and lists as arrays.
pub fn extras_values(extras: &Value) -> Value {
    match extras {
        Value::Array(items) => {
            let mut out = Map::new();
            for (i, item) in items.iter().enumerate() {
                let key = item["key"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string());
                out.insert(key, extra_value(item));
            }
            Value::Object(out)
        }
        _ => Value::Object(Map::new()),
    }
}

fn extra_value(item: &Value) -> Value {
    match item["type"].as_str() {
        Some("dict") => extras_values(&item["value"]),
        Some("list") => Value::Array(
            item["value"]
                .as_array()
                .into_iter()
                .flatten()
                .map(extra_value)
                .collect(),
        ),
        _ => item["value"].clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_render_in_each_format() {
        let record = json!({"identifier": "r-1", "title": "A \"quoted\" title", "description": "d",
            "created_at": "2024-03-01T09:12:44.120933+00:00", "last_modified": "2024-03-01T09:12:44.120933+00:00",
            "tags": ["steel"], "_links": {"self": "x"}, "creator": {"id": 1}});
        let cleaned = clean(record.clone(), &filter("{\"user\": true}"));
        assert!(cleaned.get("_links").is_none() && cleaned.get("creator").is_none());
        let ttl = String::from_utf8(
            render(Format::Rdf, "Record", &cleaned, "http://h/records/1", &[]).body,
        )
        .unwrap();
        assert!(
            ttl.contains("dcterms:title \"A \\\"quoted\\\" title\" ;"),
            "{ttl}"
        );
        assert!(ttl.trim_end().ends_with('.'));
        let crate_ = render(
            Format::RoCrate,
            "Record",
            &cleaned,
            "http://h/records/1",
            &[],
        );
        assert_eq!(crate_.content_type, "application/ld+json");
        assert!(Format::parse("pdf").is_err());
        assert!(filter("[1]").is_empty() && filter("not json").is_empty());
        let values = extras_values(&json!([
            {"type": "int", "key": "n", "value": 1},
            {"type": "dict", "key": "d", "value": [{"type": "str", "key": "s", "value": "x"}]},
            {"type": "list", "key": "l", "value": [{"type": "bool", "value": true}]}
        ]));
        assert_eq!(values, json!({"n": 1, "d": {"s": "x"}, "l": [true]}));
    }
}
