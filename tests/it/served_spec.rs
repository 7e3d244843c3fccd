//! The contract test: the spec poem-openapi derives from the generated code must say
//! what the source spec says. Both are normalised to the facts a client depends on —
//! operations, parameters, request media types, response statuses and headers, schema
//! properties, required lists, types and enums — and compared; the differences that
//! remain are poem-openapi's known renderings, kept in a reviewed snapshot.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_json::Value;

/// One fact about a contract, as a line.
fn facts(spec: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let resolve = |node: &Value| -> Value {
        let mut node = node.clone();
        for _ in 0..8 {
            match node.get("$ref").and_then(Value::as_str) {
                Some(r) => node = spec.pointer(&r[1..]).cloned().unwrap_or(Value::Null),
                None => break,
            }
        }
        node
    };
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        // poem-openapi drops trailing slashes; the server answers both forms.
        let path = path.trim_end_matches('/');
        let item = resolve(item);
        let shared: Vec<Value> = item["parameters"].as_array().cloned().unwrap_or_default();
        for (method, op) in item.as_object().into_iter().flatten() {
            if method == "parameters" {
                continue;
            }
            let id = op["operationId"].as_str().unwrap_or("?");
            out.insert(format!("op {method} {path} {id}"));
            for p in shared
                .iter()
                .chain(op["parameters"].as_array().into_iter().flatten())
            {
                let p = resolve(p);
                out.insert(format!(
                    "param {id} {} in={} required={} type={}",
                    p["name"].as_str().unwrap_or("?"),
                    p["in"].as_str().unwrap_or("?"),
                    p["required"].as_bool().unwrap_or(false),
                    type_of(spec, &p["schema"])
                ));
            }
            let body = resolve(&op["requestBody"]);
            for media in body["content"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(m, _)| m)
            {
                // poem-openapi declares JSON bodies with `; charset=utf-8`.
                let media = media.split(';').next().unwrap_or(media);
                out.insert(format!("body {id} {media}"));
            }
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let response = resolve(response);
                out.insert(format!("response {id} {status}"));
                for header in response["headers"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(h, _)| h)
                {
                    out.insert(format!("header {id} {status} {}", header.to_lowercase()));
                }
            }
        }
    }
    for (name, schema) in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let required: BTreeSet<&str> = schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for (prop, p) in schema["properties"].as_object().into_iter().flatten() {
            out.insert(format!(
                "property {name}.{prop} required={} type={}",
                required.contains(prop.as_str()),
                type_of(spec, p)
            ));
        }
        if let Some(values) = schema["enum"].as_array() {
            let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
            out.insert(format!("enum {name} {}", values.join(",")));
        }
    }
    out
}

/// A schema's type as a comparable word: a component's name, `enum(a,b)` for enums
/// (poem-openapi inlines an optional enum), `array<…>`, or the JSON type.
fn type_of(spec: &Value, schema: &Value) -> String {
    if let Some(first) = schema["allOf"].as_array().and_then(|a| a.first()) {
        return type_of(spec, first);
    }
    if let Some(r) = schema["$ref"].as_str() {
        let target = spec.pointer(&r[1..]).cloned().unwrap_or(Value::Null);
        if target.get("enum").is_some() {
            return type_of(spec, &target);
        }
        return r.rsplit('/').next().unwrap_or("?").to_string();
    }
    if let Some(values) = schema["enum"].as_array() {
        let values: Vec<String> = values
            .iter()
            .map(|v| v.as_str().unwrap_or("?").to_string())
            .collect();
        return format!("enum({})", values.join(","));
    }
    match schema["type"].as_str() {
        Some("array") => format!("array<{}>", type_of(spec, &schema["items"])),
        Some(t) => t.to_string(),
        None => "any".to_string(),
    }
}

/// Lines only the source has (`-`) and lines only the served spec has (`+`).
fn diff(source: &str, served: &str) -> String {
    let source: Value = serde_yaml_ng::from_str(source).expect("the source spec parses");
    let served: Value = serde_json::from_str(served).expect("the served spec parses");
    let (a, b) = (facts(&source), facts(&served));
    let mut lines: Vec<String> = a.difference(&b).map(|l| format!("- {l}")).collect();
    lines.extend(b.difference(&a).map(|l| format!("+ {l}")));
    lines.join("\n")
}

fn state() -> understudy::state::AppState {
    // The derived spec needs an implementation value only to exist, not to run.
    let db = sea_orm::DatabaseConnection::Disconnected;
    understudy::state::AppState::new(
        db,
        understudy::config::Config::default(),
        understudy::state::Environment::system(),
    )
}

/// Reviewed differences: poem-openapi cannot say "required but nullable"
/// (`Application.profileSelect`: always sent, sometimes null), and it renders a
/// multipart body's schema inline in the operation rather than as the component.
#[test]
fn datawiza_served_spec_matches_the_source() {
    let served = generated::datawiza::v1::service(Arc::new(
        understudy::surfaces::datawiza::Datawiza::new(state()),
    ))
    .spec();
    insta::assert_snapshot!(diff(generated::datawiza::v1::SPEC_YAML, &served));
}

/// No differences.
#[test]
fn syntho_served_spec_matches_the_source() {
    let served = generated::syntho::v1::service(Arc::new(
        understudy::surfaces::syntho::Syntho::new(state()),
    ))
    .spec();
    insta::assert_snapshot!(diff(generated::syntho::v1::SPEC_YAML, &served));
}

/// The contracts real mode does not serve yet, through the mock's `Backed` adapters.
fn backed_served_spec(contract: &generated::support::Contract) -> String {
    let state = understudy::mock::MockState::new(&understudy::mock::MockConfig::default());
    let backend = understudy::mock::engine::MockBackend(state.engine.clone());
    let served = match contract.product {
        "etlworks" => {
            generated::etlworks::v1::service(Arc::new(generated::etlworks::v1::Backed(backend)))
                .spec()
        }
        "kadi4mat" => {
            generated::kadi4mat::v1::service(Arc::new(generated::kadi4mat::v1::Backed(backend)))
                .spec()
        }
        other => panic!("no backed spec for {other}"),
    };
    diff(contract.spec_yaml, &served)
}

/// The real-mode KAWA surface (its data-tier tags declared unmounted).
#[test]
fn kawa_served_spec_matches_the_source() {
    let served =
        generated::kawa::v1::service(Arc::new(understudy::surfaces::kawa::Kawa::new(state())))
            .spec();
    insta::assert_snapshot!(diff(generated::kawa::v1::SPEC_YAML, &served));
}

#[test]
fn etlworks_served_spec_matches_the_source() {
    insta::assert_snapshot!(backed_served_spec(&generated::etlworks::v1::CONTRACT));
}

#[test]
fn kadi4mat_served_spec_matches_the_source() {
    insta::assert_snapshot!(backed_served_spec(&generated::kadi4mat::v1::CONTRACT));
}
