//! A webhook's writable fields checked (each refusal a 400 naming the field) and applied
//! to the stored row. `secret` and `basicPass` are write-only, so an update that leaves
//! them out keeps them and an empty string removes them.

use generated::etlworks::v1 as api;
use reqwest::header::{HeaderName, HeaderValue};

use crate::store::entities::et_webhook;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::{events, fields};

/// The most custom headers a webhook sends.
const MAX_HEADERS: usize = 50;
/// The longest URL, secret or header value kept.
const MAX_TEXT: usize = 2048;
/// Headers a webhook may not set: Understudy writes them for every delivery.
const RESERVED: &[&str] = &[
    "host",
    "content-length",
    "transfer-encoding",
    "connection",
    "authorization",
    "content-type",
];

/// What to do with a write-only value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Keep,
    Clear,
    Set(String),
}

/// A checked `WebhookInput`.
#[derive(Debug, Clone)]
pub struct Settings {
    name: String,
    description: Option<String>,
    events: Vec<String>,
    url: String,
    method: &'static str,
    content_type: String,
    include_entity: bool,
    headers: Vec<api::WebhookHeader>,
    secret: Change,
    basic_user: Option<String>,
    basic_pass: Change,
    enabled: bool,
    flow_includes: Vec<i64>,
    flow_excludes: Vec<i64>,
}

impl Settings {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Writes the settings onto `row` (a new webhook's or the one being replaced).
    pub fn apply(self, row: &mut et_webhook::Model) {
        row.name = self.name;
        row.description = self.description;
        row.events = json(&self.events);
        row.url = self.url;
        row.method = self.method.into();
        row.content_type = self.content_type;
        row.include_entity = self.include_entity;
        row.headers = json(&self.headers);
        change(&mut row.secret, self.secret);
        row.basic_user = self.basic_user;
        change(&mut row.basic_pass, self.basic_pass);
        if row.basic_user.is_none() {
            // A password without a user is never sent; do not keep it.
            row.basic_pass = None;
        }
        row.enabled = self.enabled;
        row.flow_includes = json(&self.flow_includes);
        row.flow_excludes = json(&self.flow_excludes);
    }
}

/// Checks `input`.
pub fn parse(input: api::WebhookInput) -> Result<Settings, EtlworksError> {
    let name = fields::name("name", &input.name, 255)?;
    if name.trim().is_empty() {
        return Err(bad("name", "must not be blank".into()));
    }
    let mut names: Vec<String> = Vec::new();
    for event in input.events {
        if !events::NAMES.contains(&event.as_str()) {
            return Err(bad(
                "events",
                format!(
                    "unknown event {event:?}; known events are {}",
                    events::NAMES.join(", ")
                ),
            ));
        }
        if !names.contains(&event) {
            names.push(event);
        }
    }
    if names.is_empty() {
        return Err(bad("events", "at least one event is required".into()));
    }
    let url = url(input.url.unwrap_or_default())?;
    let method = match input.method {
        Some(api::WebhookInputMethod::Get) => "GET",
        Some(api::WebhookInputMethod::Post) | None => "POST",
    };
    let content_type = input
        .content_type
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "application/json".into());
    if content_type.len() > 255 || HeaderValue::from_str(&content_type).is_err() {
        return Err(bad("contentType", "not a valid media type".into()));
    }
    let headers = headers(input.headers.unwrap_or_default())?;
    let basic_user = input.basic_user.filter(|u| !u.is_empty());
    if let Some(user) = &basic_user {
        if user.contains(':') || user.len() > 255 || user.chars().any(char::is_control) {
            return Err(bad(
                "basicUser",
                "at most 255 characters, without ':' or control characters".into(),
            ));
        }
    }
    Ok(Settings {
        name,
        description: input.description,
        events: names,
        url,
        method,
        content_type,
        include_entity: input.include_entity.unwrap_or(false),
        headers,
        secret: write_only("secret", input.secret)?,
        basic_user,
        basic_pass: write_only("basicPass", input.basic_pass)?,
        enabled: input.enabled.unwrap_or(true),
        flow_includes: flows(input.flow_includes.unwrap_or_default()),
        flow_excludes: flows(input.flow_excludes.unwrap_or_default()),
    })
}

/// An empty URL (no deliveries), or an absolute `http`/`https` one.
fn url(text: String) -> Result<String, EtlworksError> {
    let text = text.trim().to_string();
    if text.is_empty() {
        return Ok(text);
    }
    let parsed =
        reqwest::Url::parse(&text).map_err(|e| bad("url", format!("not an absolute URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(bad("url", "an http or https URL with a host".into()));
    }
    if text.len() > MAX_TEXT {
        return Err(bad("url", format!("at most {MAX_TEXT} characters")));
    }
    Ok(text)
}

fn headers(list: Vec<api::WebhookHeader>) -> Result<Vec<api::WebhookHeader>, EtlworksError> {
    if list.len() > MAX_HEADERS {
        return Err(bad("headers", format!("at most {MAX_HEADERS} headers")));
    }
    for h in &list {
        let key = h.key.trim();
        if HeaderName::from_bytes(key.as_bytes()).is_err() {
            return Err(bad("headers", format!("{key:?} is not a header name")));
        }
        let lower = key.to_ascii_lowercase();
        if RESERVED.contains(&lower.as_str()) || lower.starts_with("x-etl-webhook-") {
            return Err(bad(
                "headers",
                format!("{key} is set by every delivery and cannot be overridden"),
            ));
        }
        if h.value.len() > MAX_TEXT || HeaderValue::from_str(&h.value).is_err() {
            return Err(bad("headers", format!("the value of {key} is not valid")));
        }
    }
    Ok(list
        .into_iter()
        .map(|h| api::WebhookHeader {
            key: h.key.trim().to_string(),
            value: h.value,
        })
        .collect())
}

/// `None` keeps the stored value, `""` removes it.
fn write_only(field: &str, value: Option<String>) -> Result<Change, EtlworksError> {
    match value {
        None => Ok(Change::Keep),
        Some(v) if v.is_empty() => Ok(Change::Clear),
        Some(v) if v.len() > MAX_TEXT || v.chars().any(char::is_control) => Err(bad(
            field,
            format!("at most {MAX_TEXT} characters, without control characters"),
        )),
        Some(v) => Ok(Change::Set(v)),
    }
}

/// Flow ids, deduplicated. They are not looked up (a filter may name a flow made later)
/// nor bounded: an id no flow has simply never matches.
fn flows(ids: Vec<i64>) -> Vec<i64> {
    let mut kept: Vec<i64> = Vec::new();
    for id in ids {
        if !kept.contains(&id) {
            kept.push(id);
        }
    }
    kept
}

fn change(stored: &mut Option<String>, change: Change) {
    match change {
        Change::Keep => {}
        Change::Clear => *stored = None,
        Change::Set(v) => *stored = Some(v),
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

fn bad(field: &str, message: String) -> EtlworksError {
    EtlworksError::BadRequest(format!("Field '{field}': {message}"))
}
