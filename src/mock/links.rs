//! Links in answers that lead back to the mock: where a contract's examples show URLs on
//! the product's own host (Kadi4Mat's `_links`, `_actions`, pagination links, API
//! index), an answer carries the same URLs on the host and base path the caller used,
//! filled in with the ids of the object that holds them, so a client can follow them.
//!
//! Nothing here is per product: the product's own host is any host whose example URLs
//! name one of the contract's operation paths, and each URL's shape is read off the
//! example of the schema that holds it (`records/1/files`, where the example record's
//! `id` is 1, becomes `records/{id}/files`).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use generated::support::{Answer, AnswerBody};
use serde_json::{Map, Value};

use crate::common::openapi::Keyword;
use crate::mock::commands::holds;
use crate::mock::spec::{resolve, response_schema};
use crate::mock::world::id_text;

/// How deep the walk through an answer goes (schemas may be recursive).
const MAX_DEPTH: usize = 32;

/// The link templates of one contract, read off its examples once.
#[derive(Default)]
pub struct Links {
    /// Server base paths (`/api/v1`, `/api`), longest first; empty for `/`.
    bases: Vec<String>,
    /// Object schema (by address in the model's document) → its link-bearing fields.
    templates: HashMap<usize, Vec<(String, Slot)>>,
}

/// What one field of an object holds.
#[derive(Debug, Clone, PartialEq)]
enum Slot {
    /// One URL (an API index's `records`).
    Url(Url),
    /// Named URLs (`_links`, `_actions`); `free` when the schema is a map whose keys
    /// vary, so the example's keys replace whatever keys were generated. `required`:
    /// the keys the schema requires, kept even where the example shows no URL for them.
    Map {
        urls: Vec<(String, Url)>,
        free: bool,
        required: Vec<String>,
        /// Links offered only while the object holding them holds a condition (the
        /// link schema's `x-understudy-when`: a direct upload has no `finish`).
        when: Vec<(String, Map<String, Value>)>,
    },
    /// A page's own links (`self`, `next`, `prev`): each key's page relative to the
    /// page the object is on, and the query names of the page number and size.
    Pages {
        keys: Vec<(String, i64)>,
        page: String,
        size: Option<String>,
    },
}

/// A URL on the product's own host.
#[derive(Debug, Clone, PartialEq)]
struct Url {
    /// Whether the path sits under a server base path (API links keep the caller's).
    api: bool,
    segments: Vec<Seg>,
    query: Option<String>,
}

impl Url {
    /// Whether the URL names a page of a list (`?page=2`).
    fn paged(&self) -> bool {
        self.query
            .as_deref()
            .is_some_and(|q| q.split('&').any(|p| p.split('=').next() == Some("page")))
    }
}

/// One path segment of a [`Url`].
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Lit(String),
    /// The value of a field of the object holding the link (`["id"]`,
    /// `["user", "id"]`), else the example's text.
    Field(Vec<String>, String),
    /// An id the object does not hold (the record a file belongs to): taken from the
    /// request when the link sits under the same parent, else the example's text.
    Free(String),
}

/// What an answer's links are built from: the request as the caller sent it.
pub struct Caller<'a> {
    /// `http://host:port`.
    origin: String,
    /// The server base path the request used (`/api/v1`), empty when none.
    prefix: &'a str,
    /// The request path after the prefix, split (`["records", "3", "files"]`).
    segments: Vec<&'a str>,
    /// The request path as sent.
    path: &'a str,
    query: Option<&'a str>,
}

impl Links {
    /// Reads the templates of a contract's document.
    pub fn new(doc: &Value) -> Self {
        let mut bases: Vec<String> = doc
            .get("servers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|s| s.get("url").and_then(Value::as_str))
            .map(|u| u.trim_end_matches('/').to_string())
            .filter(|u| u.starts_with('/'))
            .collect();
        bases.sort_by_key(|b| std::cmp::Reverse(b.len()));
        let paths: Vec<Vec<&str>> = doc
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|p| p.keys())
            .map(|p| split(p))
            .collect();
        let mut hosts = HashSet::new();
        collect_hosts(doc, &bases, &paths, &mut hosts, 0);
        let mut links = Links {
            bases,
            templates: HashMap::new(),
        };
        if !hosts.is_empty() {
            links.collect_templates(doc, doc, &hosts, 0);
        }
        links
    }

    /// Whether any answer of the contract carries links to rewrite.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }

    /// The caller's view of a request: its origin (from `Host`), the server base path it
    /// used and its path.
    pub fn caller<'a>(
        &'a self,
        host: Option<&str>,
        path: &'a str,
        query: Option<&'a str>,
    ) -> Caller<'a> {
        // A Host header is the caller's; anything that is not a plain host[:port] is not
        // put into URLs.
        let host = host
            .filter(|h| {
                !h.is_empty()
                    && h.bytes().all(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                    })
            })
            .unwrap_or("localhost");
        let prefix = self
            .bases
            .iter()
            .find(|b| {
                path.strip_prefix(b.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
            .map_or("", String::as_str);
        Caller {
            origin: format!("http://{host}"),
            prefix,
            segments: split(&path[prefix.len()..]),
            path,
            query,
        }
    }

    /// Rewrites the links of an answer whose body follows the operation's schema for its
    /// status.
    pub fn apply(&self, doc: &Value, op: &Value, caller: &Caller<'_>, answer: &mut Answer) {
        if self.templates.is_empty() {
            return;
        }
        let Some(schema) = response_schema(doc, op, answer.status) else {
            return;
        };
        let mut body = match std::mem::replace(&mut answer.body, AnswerBody::Empty) {
            AnswerBody::Json(v) => v,
            AnswerBody::Shared(v) => Arc::unwrap_or_clone(v),
            // A shared page is copied: its items' links depend on the caller.
            spliced @ AnswerBody::Spliced { .. } => match spliced.to_json() {
                Some(v) => v,
                None => {
                    answer.body = spliced;
                    return;
                }
            },
            other => {
                answer.body = other;
                return;
            }
        };
        self.walk(doc, schema, &mut body, caller, 0);
        answer.body = AnswerBody::Json(body);
    }

    fn walk(
        &self,
        doc: &Value,
        schema: &Value,
        value: &mut Value,
        caller: &Caller<'_>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let schema = resolve(doc, schema);
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(parts) = schema.keyword(key).and_then(Value::as_array) {
                for part in parts {
                    self.walk(doc, part, value, caller, depth + 1);
                }
            }
        }
        match value {
            Value::Object(object) => {
                let template = self.templates.get(&address(schema));
                if let Some(template) = template {
                    fill(template, object, caller);
                }
                // What the template filled is done: the schemas of a links map may carry
                // examples of their own, which know less than the object holding them.
                let filled = |k: &str| template.is_some_and(|t| t.iter().any(|(f, _)| f == k));
                let props = schema.keyword("properties").and_then(Value::as_object);
                let extra = schema
                    .keyword("additionalProperties")
                    .filter(|s| s.is_object());
                for (k, v) in object.iter_mut() {
                    if filled(k) {
                        continue;
                    }
                    match props.and_then(|p| p.get(k)).or(extra) {
                        Some(s) if v.is_object() || v.is_array() => {
                            self.walk(doc, s, v, caller, depth + 1);
                        }
                        _ => {}
                    }
                }
            }
            Value::Array(items) => {
                if let Some(s) = schema.keyword("items") {
                    for item in items {
                        self.walk(doc, s, item, caller, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }

    /// Every object schema whose example shows own-host URLs, anywhere in the document.
    fn collect_templates(
        &mut self,
        doc: &Value,
        node: &Value,
        hosts: &HashSet<String>,
        depth: usize,
    ) {
        if depth > 64 {
            return;
        }
        match node {
            Value::Object(m) => {
                if let (Some(Value::Object(props)), Some(Value::Object(example))) =
                    (m.get("properties"), m.get("example"))
                {
                    let slots = self.slots(doc, props, example, hosts);
                    if !slots.is_empty() {
                        self.templates.insert(address(node), slots);
                    }
                }
                for (k, v) in m {
                    // Examples are data, not schemas.
                    if k != "example" && k != "examples" {
                        self.collect_templates(doc, v, hosts, depth + 1);
                    }
                }
            }
            Value::Array(a) => {
                for v in a {
                    self.collect_templates(doc, v, hosts, depth + 1);
                }
            }
            _ => {}
        }
    }

    fn slots(
        &self,
        doc: &Value,
        props: &Map<String, Value>,
        example: &Map<String, Value>,
        hosts: &HashSet<String>,
    ) -> Vec<(String, Slot)> {
        let mut out = Vec::new();
        for (key, value) in example {
            let Some(prop) = props.get(key).map(|p| resolve(doc, p)) else {
                continue;
            };
            match value {
                Value::String(s) => {
                    // A page's URL describes a page, not a resource (see `pages`).
                    if let Some(url) = self.url(s, hosts, example).filter(|u| !u.paged()) {
                        out.push((key.clone(), Slot::Url(url)));
                    }
                }
                Value::Object(map) => {
                    let free = is_url_map(doc, prop);
                    // An empty example map only counts where the schema says it holds URLs.
                    if map.is_empty() && !free {
                        continue;
                    }
                    let urls: Option<Vec<(String, Url)>> = map
                        .iter()
                        .map(|(k, v)| {
                            let url = v.as_str().and_then(|s| self.url(s, hosts, example))?;
                            Some((k.clone(), url))
                        })
                        .collect();
                    let Some(urls) = urls else { continue };
                    let slot = match pages(&urls, example) {
                        Some(pages) => pages,
                        None if urls.iter().any(|(_, u)| u.paged()) => continue,
                        None => Slot::Map {
                            urls,
                            free,
                            required: prop.strings("required").map(str::to_string).collect(),
                            when: conditions(doc, prop),
                        },
                    };
                    out.push((key.clone(), slot));
                }
                _ => {}
            }
        }
        out
    }

    /// A template for `text` if it is a URL on the product's own host; the example
    /// object it belongs to tells which of its segments are ids of what.
    fn url(
        &self,
        text: &str,
        hosts: &HashSet<String>,
        example: &Map<String, Value>,
    ) -> Option<Url> {
        let (host, path, query) = parse_url(text)?;
        if !hosts.contains(host) {
            return None;
        }
        let (api, path) = match self.strip_base(path) {
            Some(rest) => (true, rest),
            None => (false, path),
        };
        let raw = split(path);
        let segments = raw
            .iter()
            .enumerate()
            .map(|(i, seg)| {
                if !id_like(seg) {
                    return Seg::Lit((*seg).to_string());
                }
                let before = i.checked_sub(1).map(|j| raw[j]);
                match field_for(example, seg, before) {
                    Some(path) => Seg::Field(path, (*seg).to_string()),
                    None => Seg::Free((*seg).to_string()),
                }
            })
            .collect();
        Some(Url {
            api,
            segments,
            query: query.map(str::to_string),
        })
    }

    fn strip_base<'p>(&self, path: &'p str) -> Option<&'p str> {
        self.bases.iter().find_map(|b| {
            path.strip_prefix(b.as_str())
                .filter(|rest| rest.is_empty() || rest.starts_with('/'))
        })
    }
}

/// The extension on a link's schema that offers the link only while the object holding
/// the links has the fields it names (`{upload_type: chunked}`).
const WHEN_EXTENSION: &str = "x-understudy-when";

/// The links of a map schema offered only under a condition, by key.
fn conditions(doc: &Value, map_schema: &Value) -> Vec<(String, Map<String, Value>)> {
    let Some(props) = map_schema.keyword("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    props
        .iter()
        .filter_map(|(key, prop)| {
            let condition = resolve(doc, prop).get(WHEN_EXTENSION)?.as_object()?;
            Some((key.clone(), condition.clone()))
        })
        .collect()
}

/// The address of a schema node in the model's document, which never changes once
/// parsed: how an answer's walk finds the template of the schema it is at.
fn address(node: &Value) -> usize {
    std::ptr::from_ref(node) as usize
}

/// Puts links into one object from its template.
fn fill(template: &[(String, Slot)], object: &mut Map<String, Value>, caller: &Caller<'_>) {
    for (key, slot) in template {
        match slot {
            Slot::Url(url) => {
                if object.contains_key(key) {
                    let text = render_or_example(url, object, caller);
                    object.insert(key.clone(), Value::String(text));
                }
            }
            Slot::Map {
                urls,
                free,
                required,
                when,
            } => {
                let rendered: Vec<(&String, Option<String>)> = urls
                    .iter()
                    .map(|(k, url)| {
                        let text = if required.contains(k) {
                            Some(render_or_example(url, object, caller))
                        } else {
                            render(url, object, caller)
                        };
                        (k, text)
                    })
                    .collect();
                let withheld: Vec<&String> = when
                    .iter()
                    .filter(|(_, condition)| !holds(condition, object))
                    .map(|(k, _)| k)
                    .collect();
                let Some(Value::Object(map)) = object.get_mut(key) else {
                    continue;
                };
                let generated: Vec<String> = map.keys().cloned().collect();
                // An optional link the contract shows no URL for, or whose ids are not
                // known, would lead nowhere.
                map.retain(|k, _| !*free && required.contains(k));
                for (k, text) in rendered {
                    // A fixed set of links keeps the optional ones generated (they vary).
                    if let Some(text) = text {
                        if *free || generated.contains(k) {
                            map.insert(k.clone(), Value::String(text));
                        }
                    }
                }
                for k in withheld {
                    map.remove(k);
                }
            }
            Slot::Pages { keys, page, size } => {
                let number = |k: &str| object.get(k).and_then(Value::as_i64);
                let Some(current) = number(page) else {
                    continue;
                };
                let last = ["total_pages", "totalPages", "pages"]
                    .into_iter()
                    .find_map(number)
                    .unwrap_or(current)
                    .max(1);
                let per_page = size.as_deref().and_then(number);
                let mut map = Map::new();
                for (k, delta) in keys {
                    let target = current + delta;
                    if *delta == 0 || (1..=last).contains(&target) {
                        let size = size.as_deref().zip(per_page);
                        map.insert(
                            k.clone(),
                            Value::String(page_url(caller, page, target, size)),
                        );
                    }
                }
                if object.get(key).is_some_and(Value::is_object) {
                    object.insert(key.clone(), Value::Object(map));
                }
            }
        }
    }
}

/// A URL of the template for the object holding it, on the caller's origin and prefix;
/// `None` where an id in it is neither the object's nor the request's (a revision's
/// parent), as the example's id would name some other item.
fn render(url: &Url, object: &Map<String, Value>, caller: &Caller<'_>) -> Option<String> {
    let mut known = vec![true; url.segments.len()];
    let mut segments: Vec<String> = url
        .segments
        .iter()
        .zip(known.iter_mut())
        .map(|(seg, known)| match seg {
            Seg::Lit(s) => s.clone(),
            Seg::Free(s) => {
                *known = false;
                s.clone()
            }
            Seg::Field(path, fallback) => match lookup(object, path).and_then(scalar_text) {
                Some(text) => text,
                None => {
                    *known = false;
                    fallback.clone()
                }
            },
        })
        .collect();
    // A link under the same parent as the request (a record's file, a role entry, a
    // collection's revision) takes the request's parent: the example can only show one
    // kind of parent, and only the request knows which item it is.
    let own_id =
        matches!(&url.segments.get(1), Some(Seg::Field(p, _)) if p.len() == 1 && p[0] == "id");
    if url.api
        && !own_id
        && segments.len() >= 3
        && caller.segments.len() >= 3
        && matches!(url.segments[1], Seg::Field(..) | Seg::Free(_))
        && segments[2] == caller.segments[2]
    {
        segments[0] = caller.segments[0].to_string();
        segments[1] = caller.segments[1].to_string();
        known[1] = true;
    }
    // Any other id the object does not hold is the request's, where the request names
    // the same kind of parent (`records/3/files` for a file's `record`).
    for i in 1..segments.len() {
        if known[i] {
            continue;
        }
        let parent = caller
            .segments
            .windows(2)
            .take(caller.segments.len().saturating_sub(2))
            .find(|w| w[0] == segments[i - 1]);
        if let Some(w) = parent {
            segments[i] = w[1].to_string();
            known[i] = true;
        }
    }
    if known.contains(&false) {
        return None;
    }
    Some(join(url, &segments, caller))
}

/// The URL text of resolved segments.
fn join(url: &Url, segments: &[String], caller: &Caller<'_>) -> String {
    let mut out = caller.origin.clone();
    if url.api {
        out.push_str(caller.prefix);
    }
    for seg in segments {
        out.push('/');
        out.push_str(seg);
    }
    if let Some(q) = &url.query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// [`render`], else the example's own ids on the caller's host, for a link the schema
/// requires.
fn render_or_example(url: &Url, object: &Map<String, Value>, caller: &Caller<'_>) -> String {
    render(url, object, caller).unwrap_or_else(|| {
        let literal: Vec<String> = url
            .segments
            .iter()
            .map(|s| match s {
                Seg::Lit(t) | Seg::Free(t) | Seg::Field(_, t) => t.clone(),
            })
            .collect();
        join(url, &literal, caller)
    })
}

/// The request's own URL on another page: its query kept, the page number (and size)
/// set.
fn page_url(caller: &Caller<'_>, page: &str, target: i64, size: Option<(&str, i64)>) -> String {
    let mut pairs: Vec<String> = caller
        .query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let name = p.split('=').next().unwrap_or("");
            name != page && size.is_none_or(|(s, _)| name != s)
        })
        .map(str::to_string)
        .collect();
    pairs.push(format!("{page}={target}"));
    if let Some((name, n)) = size {
        pairs.push(format!("{name}={n}"));
    }
    format!("{}{}?{}", caller.origin, caller.path, pairs.join("&"))
}

/// A map of URLs whose example carries page numbers: a page's own links, each key's
/// page relative to the example's `page`.
fn pages(urls: &[(String, Url)], example: &Map<String, Value>) -> Option<Slot> {
    let current = example.get("page").and_then(Value::as_i64)?;
    let mut size = None;
    let mut keys = Vec::new();
    for (k, url) in urls {
        let query = url.query.as_deref()?;
        let mut target = None;
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            if name == "page" {
                target = value.parse::<i64>().ok();
            } else if example.contains_key(name) && value.parse::<i64>().is_ok() {
                size = Some(name.to_string());
            }
        }
        keys.push((k.clone(), target? - current));
    }
    Some(Slot::Pages {
        keys,
        page: "page".into(),
        size,
    })
}

/// Which field of the example object holds `seg`: its own fields first (`id` before
/// others), then the `id` of an object field the path names just before it (`users/1`
/// in a role entry is its `user`'s id).
fn field_for(example: &Map<String, Value>, seg: &str, before: Option<&str>) -> Option<Vec<String>> {
    let equal = |v: &Value| scalar_text(v).is_some_and(|t| t == seg);
    if example.get("id").is_some_and(equal) {
        return Some(vec!["id".into()]);
    }
    if let Some((k, _)) = example.iter().find(|(_, v)| equal(v)) {
        return Some(vec![k.clone()]);
    }
    let before = before?;
    example.iter().find_map(|(k, v)| {
        let named = before == k || before.strip_suffix('s') == Some(k.as_str());
        (named && v.get("id").is_some_and(equal)).then(|| vec![k.clone(), "id".into()])
    })
}

fn lookup<'v>(object: &'v Map<String, Value>, path: &[String]) -> Option<&'v Value> {
    let (first, rest) = path.split_first()?;
    rest.iter().try_fold(object.get(first)?, |v, k| v.get(k))
}

/// An id's text as a path holds it; only strings and numbers name items.
fn scalar_text(v: &Value) -> Option<String> {
    (v.is_string() || v.is_number()).then(|| id_text(v))
}

/// Digits or a UUID: a segment that names an item rather than a collection.
fn id_like(seg: &str) -> bool {
    (!seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()))
        || (seg.len() == 36 && seg.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'))
}

/// A schema that maps any key to a URL (`additionalProperties: {format: uri}`).
fn is_url_map(doc: &Value, schema: &Value) -> bool {
    schema
        .keyword("additionalProperties")
        .map(|s| resolve(doc, s))
        .and_then(|s| s.keyword("format"))
        .and_then(Value::as_str)
        == Some("uri")
}

/// `https://host/path?query` → (host, path, query); `None` for anything else, and for
/// text with spaces (a description that mentions a URL).
fn parse_url(text: &str) -> Option<(&str, &str, Option<&str>)> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    if rest.contains(char::is_whitespace) {
        return None;
    }
    let slash = rest.find('/')?;
    let (host, tail) = rest.split_at(slash);
    let (path, query) = match tail.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (tail, None),
    };
    Some((host, path, query))
}

fn split(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

/// Hosts whose example URLs name one of the contract's operations: the product's own.
fn collect_hosts(
    node: &Value,
    bases: &[String],
    paths: &[Vec<&str>],
    hosts: &mut HashSet<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match node {
        Value::String(s) => {
            let Some((host, path, _)) = parse_url(s) else {
                return;
            };
            let path = bases
                .iter()
                .find_map(|b| {
                    path.strip_prefix(b.as_str())
                        .filter(|r| r.is_empty() || r.starts_with('/'))
                })
                .unwrap_or(path);
            let got = split(path);
            let known = paths.iter().any(|t| {
                t.len() == got.len()
                    && t.iter()
                        .zip(&got)
                        .all(|(t, g)| t == g || (t.starts_with('{') && t.ends_with('}')))
            });
            if known && !got.is_empty() {
                hosts.insert(host.to_string());
            }
        }
        Value::Object(m) => {
            for v in m.values() {
                collect_hosts(v, bases, paths, hosts, depth + 1);
            }
        }
        Value::Array(a) => {
            for v in a {
                collect_hosts(v, bases, paths, hosts, depth + 1);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "servers": [{"url": "/api/v1"}, {"url": "/api"}],
            "paths": {
                "/records/{id}": {}, "/records/{id}/files": {}, "/records": {},
                "/records/{id}/roles/users": {}
            },
            "components": {"schemas": {
                "Record": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "_links": {"type": "object", "properties": {
                            "self": {"type": "string"}, "files": {"type": "string"}}},
                        "_actions": {"type": "object",
                            "additionalProperties": {"type": "string", "format": "uri"}}
                    },
                    "example": {
                        "id": 1,
                        "_links": {
                            "self": "https://kadi.example.com/api/v1/records/1",
                            "files": "https://kadi.example.com/api/v1/records/1/files"
                        },
                        "_actions": {"delete": "https://kadi.example.com/api/v1/records/1"}
                    }
                },
                "Role": {
                    "type": "object",
                    "properties": {
                        "user": {"type": "object"},
                        "_actions": {"type": "object",
                            "additionalProperties": {"type": "string", "format": "uri"}}
                    },
                    "example": {
                        "user": {"id": 7},
                        "_actions": {"remove": "https://kadi.example.com/api/v1/records/1/roles/users/7"}
                    }
                },
                "Page": {
                    "type": "object",
                    "properties": {
                        "page": {"type": "integer"}, "per_page": {"type": "integer"},
                        "total_pages": {"type": "integer"},
                        "_links": {"type": "object"}
                    },
                    "example": {
                        "page": 2, "per_page": 10, "total_pages": 3,
                        "_links": {
                            "self": "https://kadi.example.com/api/v1/records?page=2&per_page=10",
                            "next": "https://kadi.example.com/api/v1/records?page=3&per_page=10",
                            "prev": "https://kadi.example.com/api/v1/records?page=1&per_page=10"
                        }
                    }
                },
                "Hook": {
                    "type": "object",
                    "properties": {"url": {"type": "string"}},
                    "example": {"url": "https://hooks.example.com/notify/1"}
                }
            }}
        })
    }

    fn schema<'d>(doc: &'d Value, name: &str) -> &'d Value {
        &doc["components"]["schemas"][name]
    }

    #[test]
    fn own_hosts_are_those_whose_example_urls_name_an_operation() {
        let doc = doc();
        let links = Links::new(&doc);
        assert!(links
            .templates
            .contains_key(&address(schema(&doc, "Record"))));
        assert!(
            !links.templates.contains_key(&address(schema(&doc, "Hook"))),
            "another host's URL is data, not a link"
        );
        assert!(Links::new(&json!({"paths": {"/x": {}}})).is_empty());
    }

    #[test]
    fn a_record_links_to_itself_on_the_callers_host_and_prefix() {
        let doc = doc();
        let links = Links::new(&doc);
        let mut record = json!({"id": 42, "_links": {"self": "https://x.org/a", "files": "https://x.org/b"},
                                "_actions": {"lorem": "https://x.org/c"}});
        let caller = links.caller(Some("127.0.0.1:9"), "/api/records/42", None);
        links.walk(&doc, schema(&doc, "Record"), &mut record, &caller, 0);
        assert_eq!(
            record,
            json!({"id": 42,
                   "_links": {"self": "http://127.0.0.1:9/api/records/42",
                              "files": "http://127.0.0.1:9/api/records/42/files"},
                   "_actions": {"delete": "http://127.0.0.1:9/api/records/42"}})
        );
    }

    #[test]
    fn an_entry_under_a_parent_takes_the_requests_parent() {
        let doc = doc();
        let links = Links::new(&doc);
        let mut role = json!({"user": {"id": 5}, "_actions": {}});
        let caller = links.caller(Some("h"), "/api/v1/collections/3/roles/users", None);
        links.walk(&doc, schema(&doc, "Role"), &mut role, &caller, 0);
        assert_eq!(
            role["_actions"]["remove"],
            "http://h/api/v1/collections/3/roles/users/5"
        );
    }

    #[test]
    fn page_links_follow_the_request_and_stop_at_the_ends() {
        let doc = doc();
        let links = Links::new(&doc);
        let caller = links.caller(Some("h"), "/api/v1/records", Some("q=x&page=1&per_page=2"));
        let mut first =
            json!({"page": 1, "per_page": 2, "total_pages": 2, "_links": {"self": "", "prev": ""}});
        links.walk(&doc, schema(&doc, "Page"), &mut first, &caller, 0);
        assert_eq!(
            first["_links"],
            json!({"self": "http://h/api/v1/records?q=x&page=1&per_page=2",
                   "next": "http://h/api/v1/records?q=x&page=2&per_page=2"})
        );
        let mut last = json!({"page": 2, "per_page": 2, "total_pages": 2, "_links": {}});
        links.walk(&doc, schema(&doc, "Page"), &mut last, &caller, 0);
        assert_eq!(
            last["_links"],
            json!({"self": "http://h/api/v1/records?q=x&page=2&per_page=2",
                   "prev": "http://h/api/v1/records?q=x&page=1&per_page=2"})
        );
    }

    #[test]
    fn only_kadi4mat_links_to_itself_among_the_contracts() {
        // Etlworks' webhook and OAuth URLs, Datawiza's public domains: data, not links.
        for contract in crate::mock::product_contracts() {
            let model = crate::mock::model::Model::new(contract);
            assert_eq!(
                !model.links.is_empty(),
                contract.product == "kadi4mat",
                "{}",
                contract.product
            );
        }
    }

    #[test]
    fn a_host_header_that_is_not_a_host_is_not_put_into_urls() {
        let links = Links::new(&doc());
        let caller = links.caller(Some("evil\"/><x"), "/api/v1/records", None);
        assert_eq!(caller.origin, "http://localhost");
        assert_eq!(caller.prefix, "/api/v1");
    }
}
