//! The source specs as a test oracle: finds the operation behind a request, validates
//! response bodies against its documented schema (OpenAPI 3.0 turned into JSON Schema,
//! with write-only properties forbidden in responses), and checks each product's error
//! shape.

use serde_json::{json, Map, Value};

use crate::helpers::Answer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    Datawiza,
    Syntho,
    Kadi4Mat,
    Kawa,
    Other,
}

impl Product {
    pub fn of(path: &str) -> Product {
        let path =
            understudy::http::dispatch::collapse_slashes(path.split('?').next().unwrap_or(path));
        let syntho = ["/api/v1/auth", "/api/v1/workspaces"];
        if path.starts_with("/admin/api/") {
            Product::Datawiza
        } else if syntho.iter().any(|p| {
            path.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        }) {
            Product::Syntho
        } else if path == "/api" || path.starts_with("/api/") {
            Product::Kadi4Mat
        } else if ["/authentication/", "/backoffice/", "/commands/"]
            .iter()
            .any(|p| path.starts_with(p))
            || path == "/health"
            || path == "/health/runner"
        {
            Product::Kawa
        } else {
            Product::Other
        }
    }

    /// The path as the product's spec writes it: Kadi4Mat's are relative to `/api/v1`
    /// or `/api`.
    pub fn spec_path(self, path: &str) -> String {
        if self != Product::Kadi4Mat {
            return path.to_string();
        }
        let rest = path
            .strip_prefix("/api/v1")
            .or_else(|| path.strip_prefix("/api"))
            .unwrap_or(path);
        if rest.is_empty() || rest.starts_with('?') {
            format!("/{rest}")
        } else {
            rest.to_string()
        }
    }

    /// Panics unless `body` is this product's error shape for `status`.
    pub fn assert_error_shape(self, status: u16, body: &Value, text: &str) {
        match self {
            Product::Datawiza => {
                let obj = body
                    .as_object()
                    .unwrap_or_else(|| panic!("datawiza error is not an object: {text}"));
                let code = obj["errCode"]
                    .as_str()
                    .unwrap_or_else(|| panic!("errCode is not a string: {text}"));
                assert!(
                    code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()),
                    "errCode {code}"
                );
                assert_eq!(
                    &code[..3],
                    status.to_string(),
                    "status is the code's first three digits: {text}"
                );
                assert!(obj["errMsg"].is_string(), "errMsg: {text}");
                assert_eq!(obj.len(), 2, "only errCode and errMsg: {text}");
            }
            Product::Syntho => {
                let obj = body
                    .as_object()
                    .unwrap_or_else(|| panic!("syntho error is not an object: {text}"));
                assert!(!obj.is_empty(), "empty error body");
                let detail_only = obj.len() == 1 && obj.get("detail").is_some_and(Value::is_string);
                let field_errors = obj.values().all(|v| {
                    v.as_array()
                        .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string))
                });
                assert!(
                    detail_only || field_errors,
                    "not a Django REST error body: {text}"
                );
            }
            Product::Kadi4Mat => {
                let obj = body
                    .as_object()
                    .unwrap_or_else(|| panic!("kadi4mat error is not an object: {text}"));
                assert_eq!(obj["code"], status, "code is the status: {text}");
                assert!(obj["message"].is_string(), "message: {text}");
                assert!(obj["description"].is_string(), "description: {text}");
                for key in obj.keys() {
                    assert!(
                        ["code", "message", "description", "errors", "scopes", "file"]
                            .contains(&key.as_str()),
                        "unexpected {key} in a Kadi error: {text}"
                    );
                }
            }
            Product::Kawa => {
                let obj = body
                    .as_object()
                    .unwrap_or_else(|| panic!("kawa error is not an object: {text}"));
                assert_eq!(obj["status"], status, "status is repeated: {text}");
                assert!(obj["error"].is_string(), "error: {text}");
                assert!(obj["message"].is_string(), "message: {text}");
                assert!(obj["path"].is_string(), "path: {text}");
                for key in obj.keys() {
                    assert!(
                        ["status", "error", "message", "path", "timestamp"].contains(&key.as_str()),
                        "unexpected {key} in a KAWA error: {text}"
                    );
                }
            }
            Product::Other => {}
        }
    }
}

/// Statuses the dispatcher may give any operation, documented or not. (415 is
/// documented wherever a body is taken.)
const PROTOCOL_STATUSES: &[u16] = &[405, 413];

pub struct Contract {
    specs: Vec<(Product, Value)>,
}

impl Contract {
    pub fn load() -> Contract {
        let parse = |yaml: &str| serde_yaml_ng::from_str::<Value>(yaml).expect("spec parses");
        Contract {
            specs: vec![
                (Product::Datawiza, parse(generated::datawiza::v1::SPEC_YAML)),
                (Product::Syntho, parse(generated::syntho::v1::SPEC_YAML)),
                (Product::Kadi4Mat, parse(generated::kadi4mat::v1::SPEC_YAML)),
                (Product::Kawa, parse(generated::kawa::v1::SPEC_YAML)),
            ],
        }
    }

    pub fn spec(&self, product: Product) -> &Value {
        &self
            .specs
            .iter()
            .find(|(p, _)| *p == product)
            .expect("a spec for the product")
            .1
    }

    /// Checks `answer` to `method path` against the contract; panics with the reason.
    pub fn check(&self, method: &str, path: &str, answer: &Answer) {
        let product = Product::of(path);
        let status = answer.status.as_u16();
        if status == 204 {
            assert!(answer.text.is_empty(), "204 with a body: {}", answer.text);
        }
        if !answer.status.is_success() {
            product.assert_error_shape(status, &answer.json, &answer.text);
        }
        if product == Product::Other {
            return;
        }
        let spec = self.spec(product);
        let Some(op) = find_operation(spec, method, &product.spec_path(path)) else {
            return; // unknown path: the 404 shape was checked above
        };
        let documented = op.pointer(&format!("/responses/{status}"));
        let Some(response) = documented else {
            assert!(
                PROTOCOL_STATUSES.contains(&status),
                "{method} {path} answered {status}, which its operation does not document: {}",
                answer.text
            );
            return;
        };
        let response = resolve(spec, response);
        let is_json = answer
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_none_or(|ct| ct.starts_with("application/json"));
        if let Some(schema) = response
            .pointer("/content/application~1json/schema")
            .filter(|_| is_json)
        {
            validate(spec, schema, &answer.json).unwrap_or_else(|errors| {
                panic!(
                    "{method} {path} → {status} does not match the spec:\n{errors}\nbody: {}",
                    answer.text
                )
            });
        }
    }
}

fn resolve<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(spec, spec.pointer(&r[1..]).expect("a $ref that resolves")),
        None => node,
    }
}

/// The operation object for a concrete request path (trailing slash either way).
pub fn find_operation<'a>(spec: &'a Value, method: &str, path: &str) -> Option<&'a Value> {
    let path = understudy::http::dispatch::collapse_slashes(path.split('?').next().unwrap_or(path));
    let toggled = match path.strip_suffix('/') {
        Some(p) => p.to_string(),
        None => format!("{path}/"),
    };
    let paths = spec.get("paths")?.as_object()?;
    for candidate in [&path, &toggled] {
        for (template, item) in paths {
            if understudy::http::dispatch::template_matches(template, candidate) {
                if let Some(op) = item.get(method.to_lowercase()) {
                    return Some(op);
                }
            }
        }
    }
    None
}

/// Validates `instance` against an OpenAPI schema of `spec`.
pub fn validate(spec: &Value, schema: &Value, instance: &Value) -> Result<(), String> {
    let mut definitions = Map::new();
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, s) in schemas {
            definitions.insert(name.clone(), to_json_schema(s));
        }
    }
    let mut root = to_json_schema(schema);
    if let Value::Object(obj) = &mut root {
        obj.insert("definitions".into(), Value::Object(definitions));
    } else {
        root = json!({"allOf": [root], "definitions": definitions});
    }
    let validator = jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the spec's schema does not compile: {e}"))?;
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("  at {}: {}", e.instance_path, e))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// OpenAPI 3.0 schema → JSON Schema draft 7, for responses.
fn to_json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(obj) => {
            if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
                let name = r.trim_start_matches("#/components/schemas/");
                return json!({"$ref": format!("#/definitions/{name}")});
            }
            if obj.get("writeOnly").and_then(Value::as_bool) == Some(true) {
                // A write-only property must never come back.
                return json!({"not": {}});
            }
            let mut out = Map::new();
            for (k, v) in obj {
                match k.as_str() {
                    "nullable"
                    | "example"
                    | "examples"
                    | "xml"
                    | "discriminator"
                    | "readOnly"
                    | "deprecated"
                    | "externalDocs"
                    | "x-understudy-released" => {}
                    "properties" => {
                        let props = v
                            .as_object()
                            .map(|m| {
                                m.iter()
                                    .map(|(pk, pv)| (pk.clone(), to_json_schema(pv)))
                                    .collect::<Map<_, _>>()
                            })
                            .unwrap_or_default();
                        out.insert(k.clone(), Value::Object(props));
                    }
                    "required" | "enum" | "type" | "format" | "pattern" | "description"
                    | "title" | "default" => {
                        out.insert(k.clone(), v.clone());
                    }
                    _ => {
                        out.insert(k.clone(), to_json_schema(v));
                    }
                }
            }
            // writeOnly properties may be absent from responses even when required.
            if let (Some(Value::Array(required)), Some(Value::Object(props))) =
                (obj.get("required"), obj.get("properties"))
            {
                let kept: Vec<Value> = required
                    .iter()
                    .filter(|r| {
                        r.as_str()
                            .and_then(|n| props.get(n))
                            .and_then(|p| p.get("writeOnly"))
                            .and_then(Value::as_bool)
                            != Some(true)
                    })
                    .cloned()
                    .collect();
                out.insert("required".into(), Value::Array(kept));
            }
            if obj.get("nullable").and_then(Value::as_bool) == Some(true) {
                return json!({"anyOf": [Value::Object(out), {"type": "null"}]});
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

#[test]
fn the_oracle_rejects_a_body_that_breaks_the_schema() {
    let contract = Contract::load();
    let spec = contract.spec(Product::Datawiza);
    let schema = json!({"$ref": "#/components/schemas/DatawizaError"});
    assert!(validate(spec, &schema, &json!({"errCode": "4001", "errMsg": "x"})).is_ok());
    assert!(validate(spec, &schema, &json!({"errCode": 4001})).is_err());
}
