//! Canonical requests: for any operation, a request the contract accepts, addressed at
//! items that exist in the mock's world. Snapshot tests, the contract sweep and the
//! benchmark all send these, so "every operation" is derived from the specs, not listed.

use generated::support::{Contract, Operation};
use serde_json::Value;

use crate::common::openapi::Keyword;
use crate::mock::engine::Engine;
use crate::mock::model::trim;
use crate::mock::spec::{media, operation, resolve};
use crate::mock::values::{rng_for, Faker, Side};
use crate::mock::world::id_text;

/// A request ready to send.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleRequest {
    pub method: String,
    /// Path and query string.
    pub path: String,
    pub headers: Vec<(String, String)>,
    /// (content type, bytes).
    pub body: Option<(String, Vec<u8>)>,
}

const BOUNDARY: &str = "understudy-sample-boundary";

impl Engine {
    /// The canonical request for `op` of `contract` against the current world.
    pub fn sample(&self, contract: &'static Contract, op: &'static Operation) -> SampleRequest {
        let Some(model) = self.models.get(contract.product) else {
            return SampleRequest {
                method: op.method.to_string(),
                path: op.path.to_string(),
                headers: Vec::new(),
                body: None,
            };
        };
        let doc = &model.doc;
        let spec_op = operation(doc, op.path, op.method)
            .cloned()
            .unwrap_or(Value::Null);
        let (seed, population) = self
            .settings
            .read()
            .map(|s| (s.seed, s.population.max(1)))
            .unwrap_or((0, 1));
        let mut rng = rng_for(seed, &format!("sample:{}", op.operation_id));
        let faker = Faker::new(doc, Side::Request);

        let params: Vec<Value> = doc
            .pointer(&format!(
                "/paths/{}/parameters",
                op.path.replace('~', "~0").replace('/', "~1")
            ))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(
                spec_op
                    .get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
            .map(|p| resolve(doc, p).clone())
            .collect();
        let param_value = |p: &Value, rng: &mut rand09::rngs::StdRng| -> String {
            let schema = p.get("schema").cloned().unwrap_or(Value::Null);
            let v = p.get("example").cloned().unwrap_or_else(|| {
                faker.value(
                    &schema,
                    p.get("name").and_then(Value::as_str).unwrap_or(""),
                    rng,
                )
            });
            id_text(&v)
        };

        // Path: addressed items are the first of their collection, so they exist.
        let mut segments = Vec::new();
        let mut so_far = String::new();
        let template = trim(op.path);
        for seg in template.split('/') {
            let concrete = if let Some(name) =
                seg.strip_prefix('{').and_then(|s| s.strip_suffix('}'))
            {
                let collection = model.collections.iter().find(|c| {
                    c.item_template.as_deref().is_some_and(|it| {
                        let prefix = format!("{}/{seg}", so_far_template(template, segments.len()));
                        it == prefix
                    })
                });
                match collection {
                    Some(c) => {
                        let mut worlds = self
                            .worlds
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        let world = worlds.entry(contract.product).or_default();
                        world
                            .items(model, c, &so_far, seed, population)
                            .all()
                            .first()
                            .and_then(|it| it.get(&c.id_field))
                            .map(id_text)
                            .unwrap_or_else(|| "1".to_string())
                    }
                    None => params
                        .iter()
                        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
                        .map(|p| param_value(p, &mut rng))
                        .unwrap_or_else(|| "1".to_string()),
                }
            } else {
                seg.to_string()
            };
            segments.push(concrete);
            so_far = segments.join("/");
        }
        let mut path = format!(
            "{}{}",
            contract.base_paths.first().copied().unwrap_or(""),
            so_far
        );
        if op.path.ends_with('/') && !path.ends_with('/') {
            path.push('/');
        }

        let mut query = Vec::new();
        let mut headers = Vec::new();
        for p in &params {
            let required = p.get("required").and_then(Value::as_bool) == Some(true);
            let name = p.get("name").and_then(Value::as_str).unwrap_or("");
            match p.get("in").and_then(Value::as_str) {
                Some("query") if required => {
                    query.push(format!("{name}={}", encode(&param_value(p, &mut rng))))
                }
                // An optional header the contract gives an example of is sent as a real
                // client would (a chunked upload's chunk index and size).
                Some("header") if required || p.get("example").is_some() => {
                    headers.push((name.to_string(), param_value(p, &mut rng)))
                }
                _ => {}
            }
        }
        if op.secured {
            if let Some((name, value)) = credential_header(doc, &spec_op) {
                if let Some(q) = name.strip_prefix('?') {
                    query.push(format!("{q}={value}"));
                } else {
                    headers.push((name, value));
                }
            }
        }
        if !query.is_empty() {
            path = format!("{path}?{}", query.join("&"));
        }

        let body = spec_op.get("requestBody").and_then(|b| {
            let (media_type, m) = media(doc, b)?;
            let schema = m.get("schema").cloned().unwrap_or(Value::Null);
            Some(match media_type {
                t if t.contains("json") => {
                    let v = m
                        .get("example")
                        .cloned()
                        .unwrap_or_else(|| faker.value(&schema, "", &mut rng));
                    (media_type.to_string(), v.to_string().into_bytes())
                }
                "multipart/form-data" => (
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                    multipart(doc, &schema, m.get("example"), &faker, &mut rng),
                ),
                t if t.starts_with("text/") => (media_type.to_string(), b"sample text".to_vec()),
                _ => (
                    media_type.to_string(),
                    b"understudy sample bytes\n".to_vec(),
                ),
            })
        });
        SampleRequest {
            method: op.method.to_string(),
            path,
            headers,
            body,
        }
    }
}

/// The template's first `n` segments, joined (for matching item templates).
fn so_far_template(template: &str, n: usize) -> String {
    template.split('/').take(n).collect::<Vec<_>>().join("/")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A credential for the operation's first security scheme: (header name, value), or
/// (`?name`, value) for a query key.
fn credential_header(doc: &Value, op: &Value) -> Option<(String, String)> {
    let requirement = op
        .get("security")
        .or_else(|| doc.get("security"))?
        .as_array()?
        .iter()
        .find_map(|r| r.as_object()?.keys().next().cloned())?;
    let scheme = resolve(
        doc,
        doc.pointer(&format!("/components/securitySchemes/{requirement}"))?,
    );
    let token = "us_mock_sample_credential_0123456789".to_string();
    match (
        scheme.get("type").and_then(Value::as_str),
        scheme
            .get("scheme")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase),
        scheme.get("in").and_then(Value::as_str),
    ) {
        (Some("http"), Some(s), _) if s == "bearer" => {
            Some(("Authorization".into(), format!("Bearer {token}")))
        }
        // `sample:sample`, base64.
        (Some("http"), Some(s), _) if s == "basic" => {
            Some(("Authorization".into(), "Basic c2FtcGxlOnNhbXBsZQ==".into()))
        }
        (Some("apiKey"), _, Some("header")) => {
            Some((scheme.get("name")?.as_str()?.to_string(), token))
        }
        (Some("apiKey"), _, Some("cookie")) => Some((
            "Cookie".into(),
            format!("{}={token}", scheme.get("name")?.as_str()?),
        )),
        (Some("apiKey"), _, Some("query")) => {
            Some((format!("?{}", scheme.get("name")?.as_str()?), token))
        }
        _ => None,
    }
}

/// A multipart body with every property: files as small text files, the rest as text
/// from the example or generated.
fn multipart(
    doc: &Value,
    schema: &Value,
    example: Option<&Value>,
    faker: &Faker<'_>,
    rng: &mut rand09::rngs::StdRng,
) -> Vec<u8> {
    let s = resolve(doc, schema);
    let mut out = Vec::new();
    let required: Vec<&str> = s.strings("required").collect();
    for (name, prop) in s
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let p = resolve(doc, prop);
        let from_example = example.and_then(|e| e.get(name)).cloned();
        if !required.contains(&name.as_str()) && from_example.is_none() {
            continue;
        }
        out.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        if p.get("format").and_then(Value::as_str) == Some("binary") {
            out.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"sample.txt\"\r\nContent-Type: text/plain\r\n\r\nunderstudy sample file\r\n").as_bytes(),
            );
        } else {
            let v = from_example.unwrap_or_else(|| faker.value(prop, name, rng));
            out.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{}\r\n",
                    id_text(&v)
                )
                .as_bytes(),
            );
        }
    }
    out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    out
}
