//! `cargo xtask compat`: a released contract only changes additively.
//!
//! Every version of a spec that git history holds with `info.x-understudy-released: true`
//! is a promise to clients. The working tree's spec must stay compatible with each of
//! them: nothing a client sends may start failing, nothing a client reads may vanish or
//! change type. A breaking change belongs in a new `v2.yaml` served beside v1.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::spec::{required_list, resolve, str_of, METHODS};

/// One way a new version breaks clients of an old one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Break {
    /// Where, e.g. `GET /records/{} response 200 .items[].id`.
    pub at: String,
    pub what: String,
}

/// Which side of the wire a schema describes: clients write requests and read responses,
/// so tightening a request and loosening a response are what break them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

/// The reviewed list of flagged changes that break no client, beside the specs.
const ALLOWANCES: &str = "openapi/compat-allowances.yaml";

/// One reviewed change: a request rule the server has enforced since the release, which
/// the spec now states in its schema.
#[derive(Debug)]
struct Allowance {
    spec: String,
    at: String,
    what: String,
}

/// The allowances, each with its reason (a list entry without one is refused). An
/// entry's `at` is one place or a list of places that share the change and the reason;
/// each place must still match something.
fn allowances(root: &Path) -> Result<Vec<Allowance>, String> {
    let Ok(text) = std::fs::read_to_string(root.join(ALLOWANCES)) else {
        return Ok(Vec::new());
    };
    let doc: Value = serde_yaml_ng::from_str(&text).map_err(|e| format!("{ALLOWANCES}: {e}"))?;
    parse_allowances(&doc)
}

fn parse_allowances(doc: &Value) -> Result<Vec<Allowance>, String> {
    let mut list = Vec::new();
    for entry in doc.as_array().into_iter().flatten() {
        let field = |k: &str| str_of(entry, k).map(str::trim).filter(|v| !v.is_empty());
        let places: Vec<&str> = match entry.get("at") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .collect(),
            _ => field("at").into_iter().collect(),
        };
        let (Some(spec), false, Some(what), Some(_reason)) = (
            field("spec"),
            places.is_empty(),
            field("what"),
            field("reason"),
        ) else {
            return Err(format!(
                "{ALLOWANCES}: every entry needs spec, at, what and reason: {entry}"
            ));
        };
        list.extend(places.into_iter().map(|at| Allowance {
            spec: spec.to_string(),
            at: at.to_string(),
            what: what.to_string(),
        }));
    }
    Ok(list)
}

/// Runs the check for every spec under `openapi/` against its released history.
pub fn run(root: &Path) -> Result<(), String> {
    let history = released_history(root)?;
    if history.is_empty() {
        println!("compat: no released spec in git history yet");
        return Ok(());
    }
    let allowed = allowances(root)?;
    let mut used = vec![false; allowed.len()];
    let mut failures = Vec::new();
    let mut compared = 0;
    for (rel, versions) in &history {
        let current = match std::fs::read_to_string(root.join(rel)) {
            Ok(text) => text,
            Err(_) => {
                failures.push(format!(
                    "{rel}: a released spec was deleted; keep it and serve a new version beside it"
                ));
                continue;
            }
        };
        let new: Value =
            serde_yaml_ng::from_str(&current).map_err(|e| format!("{rel}: not valid YAML: {e}"))?;
        for (commit, old) in versions {
            compared += 1;
            for b in breaking_changes(old, &new) {
                if let Some(i) = allowed
                    .iter()
                    .position(|a| &a.spec == rel && a.at == b.at && a.what == b.what)
                {
                    used[i] = true;
                    continue;
                }
                failures.push(format!(
                    "{rel} (released at {}): {}: {}",
                    &commit[..10.min(commit.len())],
                    b.at,
                    b.what
                ));
            }
        }
    }
    for (a, used) in allowed.iter().zip(used) {
        if !used {
            failures.push(format!(
                "{ALLOWANCES}: {}: {}: {}: allows nothing compat flags; remove it",
                a.spec, a.at, a.what
            ));
        }
    }
    if failures.is_empty() {
        println!(
            "compat: {} released spec(s) compatible with {compared} released version(s) in history ({} reviewed allowance(s))",
            history.len(),
            allowed.len()
        );
        Ok(())
    } else {
        failures.sort();
        failures.dedup();
        Err(format!(
            "breaking changes to released specs (put them in a new version file instead):\n  {}",
            failures.join("\n  ")
        ))
    }
}

/// For every spec path git has ever held: its distinct released versions (commit, doc).
fn released_history(root: &Path) -> Result<BTreeMap<String, Vec<(String, Value)>>, String> {
    let log = git(
        root,
        &[
            "log",
            "--format=%H",
            "--name-only",
            "--diff-filter=AMR",
            "--",
            "openapi/",
        ],
    )?;
    let mut out: BTreeMap<String, Vec<(String, Value)>> = BTreeMap::new();
    let mut seen_blobs = BTreeSet::new();
    let mut commit = String::new();
    for line in log.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.len() == 40 && line.bytes().all(|b| b.is_ascii_hexdigit()) {
            commit = line.to_string();
            continue;
        }
        if !(line.starts_with("openapi/") && line.ends_with(".yaml")) {
            continue;
        }
        let Ok(text) = git(root, &["show", &format!("{commit}:{line}")]) else {
            continue;
        };
        if !seen_blobs.insert((line.to_string(), text.clone())) {
            continue;
        }
        // A version that does not parse was never served, so it promised nothing.
        let Ok(doc) = serde_yaml_ng::from_str::<Value>(&text) else {
            continue;
        };
        if doc
            .pointer("/info/x-understudy-released")
            .and_then(Value::as_bool)
            == Some(true)
        {
            out.entry(line.to_string())
                .or_default()
                .push((commit.clone(), doc));
        }
    }
    Ok(out)
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// Everything in `new` that breaks a client written against `old`.
pub fn breaking_changes(old: &Value, new: &Value) -> Vec<Break> {
    let mut c = Checker {
        old,
        new,
        breaks: Vec::new(),
        visited: BTreeSet::new(),
    };
    if new
        .pointer("/info/x-understudy-released")
        .and_then(Value::as_bool)
        != Some(true)
    {
        c.flag("info", "x-understudy-released was withdrawn");
    }
    c.servers();
    c.paths();
    c.breaks.sort();
    c.breaks.dedup();
    c.breaks
}

struct Checker<'a> {
    old: &'a Value,
    new: &'a Value,
    breaks: Vec<Break>,
    /// (old pointer, new pointer, side) pairs already compared, for recursive schemas.
    visited: BTreeSet<(String, String, bool)>,
}

/// `/records/{id}/files/{file_id}` → `/records/{}/files/{}`: renaming a path parameter
/// does not change what a client sends.
fn template(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for ch in path.chars() {
        match ch {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(ch),
        }
    }
    out
}

impl<'a> Checker<'a> {
    fn flag(&mut self, at: &str, what: impl Into<String>) {
        self.breaks.push(Break {
            at: at.to_string(),
            what: what.into(),
        });
    }

    fn servers(&mut self) {
        let urls = |doc: &Value| -> BTreeSet<String> {
            doc.get("servers")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|s| str_of(s, "url").map(str::to_string))
                        .collect()
                })
                .unwrap_or_else(|| BTreeSet::from(["/".to_string()]))
        };
        let new = urls(self.new);
        for url in urls(self.old) {
            if !new.contains(&url) {
                self.flag("servers", format!("base URL {url} was removed"));
            }
        }
    }

    fn paths(&mut self) {
        let (old, new) = (self.old, self.new);
        let index = |doc: &'a Value| -> BTreeMap<String, (String, &'a Value)> {
            doc.get("paths")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(p, item)| (template(p), (p.clone(), item)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let new_paths = index(new);
        for (key, (path, old_item)) in index(old) {
            let Some((_, new_item)) = new_paths.get(&key) else {
                self.flag(&path, "path was removed or renamed");
                continue;
            };
            let (Ok(old_item), Ok(new_item)) = (resolve(old, old_item), resolve(new, new_item))
            else {
                continue;
            };
            for method in METHODS {
                let Some(old_op) = old_item.get(*method) else {
                    continue;
                };
                let at = format!("{} {path}", method.to_uppercase());
                let Some(new_op) = new_item.get(*method) else {
                    self.flag(&at, "operation was removed");
                    continue;
                };
                self.parameters(&at, old_item, old_op, new_item, new_op);
                self.request_body(&at, old_op, new_op);
                self.responses(&at, old_op, new_op);
            }
        }
    }

    /// Path-level and operation-level parameters, keyed by (in, name); path parameters
    /// by position, since their names are not sent.
    fn params_of(doc: &'a Value, item: &'a Value, op: &'a Value) -> BTreeMap<String, &'a Value> {
        let mut out = BTreeMap::new();
        let mut position = 0;
        for list in [item.get("parameters"), op.get("parameters")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
        {
            for p in list {
                let Ok(p) = resolve(doc, p) else { continue };
                let (Some(place), Some(name)) = (str_of(p, "in"), str_of(p, "name")) else {
                    continue;
                };
                let key = if place == "path" {
                    position += 1;
                    format!("path #{position}")
                } else if place == "header" {
                    format!("header {}", name.to_ascii_lowercase())
                } else {
                    format!("{place} {name}")
                };
                out.insert(key, p);
            }
        }
        out
    }

    fn parameters(
        &mut self,
        at: &str,
        old_item: &'a Value,
        old_op: &'a Value,
        new_item: &'a Value,
        new_op: &'a Value,
    ) {
        let old = Self::params_of(self.old, old_item, old_op);
        let new = Self::params_of(self.new, new_item, new_op);
        for (key, old_p) in &old {
            let where_ = format!("{at} parameter {key}");
            let Some(new_p) = new.get(key) else {
                self.flag(&where_, "parameter was removed or renamed");
                continue;
            };
            let required = |p: &Value| p.get("required").and_then(Value::as_bool) == Some(true);
            if !required(old_p) && required(new_p) {
                self.flag(&where_, "parameter became required");
            }
            if let (Some(os), Some(ns)) = (old_p.get("schema"), new_p.get("schema")) {
                self.schema(&where_, os, ns, Side::Request);
            }
        }
        for (key, new_p) in &new {
            if !old.contains_key(key)
                && new_p.get("required").and_then(Value::as_bool) == Some(true)
            {
                self.flag(&format!("{at} parameter {key}"), "new required parameter");
            }
        }
    }

    fn request_body(&mut self, at: &str, old_op: &'a Value, new_op: &'a Value) {
        let body = |doc: &'a Value, op: &'a Value| {
            op.get("requestBody").and_then(|b| resolve(doc, b).ok())
        };
        let (old_b, new_b) = (body(self.old, old_op), body(self.new, new_op));
        let required = |b: Option<&Value>| {
            b.and_then(|b| b.get("required"))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let where_ = format!("{at} request body");
        match (old_b, new_b) {
            (None, None) => {}
            (Some(_), None) => self.flag(&where_, "request body was removed"),
            (None, Some(_)) => {
                if required(new_b) {
                    self.flag(&where_, "a required request body was added");
                }
            }
            (Some(o), Some(n)) => {
                if !required(old_b) && required(new_b) {
                    self.flag(&where_, "request body became required");
                }
                self.contents(&where_, o, n, Side::Request);
            }
        }
    }

    fn responses(&mut self, at: &str, old_op: &'a Value, new_op: &'a Value) {
        let Some(old_r) = old_op.get("responses").and_then(Value::as_object) else {
            return;
        };
        let new_r = new_op.get("responses").and_then(Value::as_object);
        for (status, old_resp) in old_r {
            let where_ = format!("{at} response {status}");
            let Some(new_resp) = new_r.and_then(|r| r.get(status)) else {
                self.flag(&where_, "documented response was removed");
                continue;
            };
            let (Ok(o), Ok(n)) = (resolve(self.old, old_resp), resolve(self.new, new_resp)) else {
                continue;
            };
            if let Some(headers) = o.get("headers").and_then(Value::as_object) {
                let lower = |m: Option<&Value>| -> BTreeSet<String> {
                    m.and_then(Value::as_object)
                        .map(|m| m.keys().map(|k| k.to_ascii_lowercase()).collect())
                        .unwrap_or_default()
                };
                let kept = lower(n.get("headers"));
                for name in headers.keys() {
                    if !kept.contains(&name.to_ascii_lowercase()) {
                        self.flag(&where_, format!("response header {name} was removed"));
                    }
                }
            }
            self.contents(&where_, o, n, Side::Response);
        }
    }

    fn contents(&mut self, at: &str, old: &'a Value, new: &'a Value, side: Side) {
        let Some(old_c) = old.get("content").and_then(Value::as_object) else {
            return;
        };
        let new_c = new.get("content").and_then(Value::as_object);
        for (media, old_m) in old_c {
            let Some(new_m) = new_c.and_then(|c| c.get(media)) else {
                self.flag(at, format!("media type {media} was removed"));
                continue;
            };
            if let (Some(os), Some(ns)) = (old_m.get("schema"), new_m.get("schema")) {
                self.schema(at, os, ns, side);
            }
        }
    }

    fn schema(&mut self, at: &str, old: &'a Value, new: &'a Value, side: Side) {
        let old_ptr = old.get("$ref").and_then(Value::as_str).map(str::to_string);
        let new_ptr = new.get("$ref").and_then(Value::as_str).map(str::to_string);
        if let (Some(o), Some(n)) = (&old_ptr, &new_ptr) {
            // A named schema pair is compared once per side; that also ends recursion.
            if !self
                .visited
                .insert((o.clone(), n.clone(), side == Side::Request))
            {
                return;
            }
        }
        let (Ok(old), Ok(new)) = (resolve(self.old, old), resolve(self.new, new)) else {
            return;
        };
        let (old, new) = (narrowed(self.old, old), narrowed(self.new, new));

        let ty = |s: &Value| str_of(s, "type").map(str::to_string);
        if let (Some(o), Some(n)) = (ty(old), ty(new)) {
            if o != n {
                self.flag(at, format!("type changed from {o} to {n}"));
                return;
            }
        } else if ty(old).is_some() != ty(new).is_some() && ty(old).is_some() {
            self.flag(at, "type constraint was dropped");
        }
        if let (Some(o), Some(n)) = (str_of(old, "format"), str_of(new, "format")) {
            if o != n {
                self.flag(at, format!("format changed from {o} to {n}"));
            }
        } else if side == Side::Request
            && str_of(old, "format").is_none()
            && str_of(new, "format").is_some()
        {
            self.flag(at, "a format was imposed");
        }
        let nullable = |s: &Value| s.get("nullable").and_then(Value::as_bool) == Some(true);
        match side {
            Side::Request if nullable(old) && !nullable(new) => {
                self.flag(at, "null is no longer accepted")
            }
            Side::Response if !nullable(old) && nullable(new) => self.flag(at, "may now be null"),
            _ => {}
        }
        if let Some(old_enum) = old.get("enum").and_then(Value::as_array) {
            let new_enum = new.get("enum").and_then(Value::as_array);
            match new_enum {
                None => {
                    if side == Side::Response {
                        self.flag(at, "enum was opened to any value");
                    }
                }
                Some(new_enum) => {
                    for v in old_enum {
                        if !new_enum.contains(v) {
                            self.flag(at, format!("enum value {v} was removed"));
                        }
                    }
                }
            }
        } else if side == Side::Request && new.get("enum").is_some() {
            self.flag(at, "values were restricted to an enum");
        }
        if side == Side::Request {
            self.tightened(at, old, new);
            // Beside `properties`, `anyOf`/`oneOf` states rules across fields: new or
            // changed rules refuse bodies the old contract accepted.
            for key in ["anyOf", "oneOf"] {
                if new.get("properties").is_some()
                    && new.get(key).is_some()
                    && old.get(key) != new.get(key)
                {
                    self.flag(
                        at,
                        format!("{key} rules across fields were added or changed"),
                    );
                }
            }
        }

        let old_props = old.get("properties").and_then(Value::as_object);
        let new_props = new.get("properties").and_then(Value::as_object);
        if let Some(old_props) = old_props {
            for (name, old_s) in old_props {
                let where_ = format!("{at} .{name}");
                match new_props.and_then(|p| p.get(name)) {
                    None => self.flag(&where_, "property was removed or renamed"),
                    Some(new_s) => self.schema(&where_, old_s, new_s, side),
                }
            }
        }
        let (old_req, new_req) = (required_list(old), required_list(new));
        match side {
            Side::Request => {
                for name in new_req.iter().filter(|n| !old_req.contains(n)) {
                    self.flag(&format!("{at} .{name}"), "property became required");
                }
            }
            Side::Response => {
                for name in old_req.iter().filter(|n| !new_req.contains(n)) {
                    self.flag(
                        &format!("{at} .{name}"),
                        "property is no longer always present",
                    );
                }
            }
        }
        if let (Some(o), Some(n)) = (old.get("items"), new.get("items")) {
            self.schema(&format!("{at}[]"), o, n, side);
        }
        if let (Some(o), Some(n)) = (
            old.get("additionalProperties"),
            new.get("additionalProperties"),
        ) {
            if o.is_object() && n.is_object() {
                self.schema(&format!("{at}{{*}}"), o, n, side);
            } else if side == Side::Request && o != &Value::Bool(false) && n == &Value::Bool(false)
            {
                self.flag(at, "extra properties are no longer accepted");
            }
        }
        for key in ["oneOf", "anyOf"] {
            let Some(old_vs) = old.get(key).and_then(Value::as_array) else {
                continue;
            };
            let new_vs = new.get(key).and_then(Value::as_array);
            for (i, old_v) in old_vs.iter().enumerate() {
                let matching = match old_v.get("$ref") {
                    Some(r) => new_vs.and_then(|vs| vs.iter().find(|v| v.get("$ref") == Some(r))),
                    None => new_vs.and_then(|vs| vs.get(i)),
                };
                match matching {
                    None => self.flag(
                        at,
                        format!("{key} variant {} was removed", variant_name(old_v, i)),
                    ),
                    Some(new_v) => self.schema(
                        &format!("{at} <{}>", variant_name(old_v, i)),
                        old_v,
                        new_v,
                        side,
                    ),
                }
            }
        }
    }

    /// Request-side limits that now refuse values the old contract accepted.
    fn tightened(&mut self, at: &str, old: &Value, new: &Value) {
        let num = |s: &Value, k: &str| s.get(k).and_then(Value::as_f64);
        for (key, lower_bound) in [
            ("minimum", true),
            ("minLength", true),
            ("minItems", true),
            ("maximum", false),
            ("maxLength", false),
            ("maxItems", false),
        ] {
            let (o, n) = (num(old, key), num(new, key));
            let tighter = match (o, n) {
                (None, Some(_)) => true,
                (Some(o), Some(n)) => {
                    if lower_bound {
                        n > o
                    } else {
                        n < o
                    }
                }
                _ => false,
            };
            if tighter {
                self.flag(at, format!("{key} was tightened"));
            }
        }
        if str_of(new, "pattern").is_some() && str_of(old, "pattern") != str_of(new, "pattern") {
            self.flag(at, "pattern was added or changed");
        }
    }
}

/// A schema of one `allOf` entry with keywords beside it (a reference narrowed for one
/// operation, which the generated code reads as the referenced type) as the one schema
/// it means: the entry with those keywords laid over it, property by property. Leaked:
/// the check runs once per process.
fn narrowed<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    let Some([only]) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    else {
        return schema;
    };
    let Some(beside) = schema.as_object().filter(|o| o.len() > 1) else {
        return schema;
    };
    let Ok(base) = resolve(doc, only) else {
        return schema;
    };
    let mut merged = base.clone();
    overlay(doc, &mut merged, beside);
    Box::leak(Box::new(merged))
}

fn overlay(doc: &Value, base: &mut Value, over: &serde_json::Map<String, Value>) {
    for (key, value) in over {
        match (key.as_str(), value.as_object()) {
            ("allOf", _) => {}
            ("properties", Some(props)) => {
                for (name, narrowing) in props {
                    let current = base
                        .get("properties")
                        .and_then(|p| p.get(name))
                        .and_then(|p| resolve(doc, p).ok())
                        .cloned()
                        .unwrap_or_else(|| Value::Object(Default::default()));
                    let mut merged = current;
                    if let Some(n) = narrowing.as_object() {
                        overlay(doc, &mut merged, n);
                    }
                    base["properties"][name] = merged;
                }
            }
            _ => base[key] = value.clone(),
        }
    }
}

fn variant_name(v: &Value, i: usize) -> String {
    v.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_string)
        .unwrap_or_else(|| format!("#{i}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_narrowed_reference_is_compared_as_the_schema_it_means() {
        let doc = json!({"components": {"schemas": {"Role": {
            "type": "object",
            "properties": {"name": {"type": "string", "enum": ["a", "b", "c"]}}
        }}}});
        let schema = json!({
            "allOf": [{"$ref": "#/components/schemas/Role"}],
            "properties": {"name": {"enum": ["a", "b"]}}
        });
        let merged = narrowed(&doc, &schema);
        assert_eq!(merged["type"], "object");
        assert_eq!(merged["properties"]["name"]["type"], "string");
        assert_eq!(merged["properties"]["name"]["enum"], json!(["a", "b"]));
        let plain = json!({"allOf": [{"$ref": "#/components/schemas/Role"}]});
        assert!(
            std::ptr::eq(narrowed(&doc, &plain), &plain),
            "nothing to lay over"
        );
    }

    const BASE: &str = r##"
openapi: 3.0.3
info: {title: T, version: "1", x-understudy-released: true}
paths:
  /things/{id}:
    get:
      operationId: get_thing
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: view, in: query, schema: {type: string, enum: [short, full]}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  /things:
    post:
      operationId: create_thing
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/ThingForm"}}}
      responses:
        "201":
          description: created
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
components:
  schemas:
    Thing:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        kind: {type: string, enum: [a, b]}
        parent: {$ref: "#/components/schemas/Thing"}
    ThingForm:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 100}
        note: {type: string}
"##;

    fn base() -> Value {
        serde_yaml_ng::from_str(BASE).unwrap()
    }

    fn breaks_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
        let old = base();
        let mut new = old.clone();
        edit(&mut new);
        breaking_changes(&old, &new)
            .into_iter()
            .map(|b| format!("{}: {}", b.at, b.what))
            .collect()
    }

    fn at<'v>(doc: &'v mut Value, pointer: &str) -> &'v mut Value {
        doc.pointer_mut(pointer).unwrap()
    }

    #[test]
    fn an_allowance_names_one_place_or_several_and_always_a_reason() {
        let doc = json!([
            {"spec": "a.yaml", "at": "POST /x request body .n", "what": "w", "reason": "r"},
            {"spec": "a.yaml", "at": ["PATCH /x request body .n", "POST /y request body .n"], "what": "w", "reason": "r"}
        ]);
        let list = parse_allowances(&doc).unwrap();
        let places: Vec<&str> = list.iter().map(|a| a.at.as_str()).collect();
        assert_eq!(
            places,
            [
                "POST /x request body .n",
                "PATCH /x request body .n",
                "POST /y request body .n"
            ]
        );
        for bad in [
            json!([{"spec": "a.yaml", "at": "x", "what": "w"}]),
            json!([{"spec": "a.yaml", "at": [], "what": "w", "reason": "r"}]),
        ] {
            assert!(parse_allowances(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn identical_and_additive_changes_pass() {
        assert!(breaks_after(|_| {}).is_empty());
        let additive = breaks_after(|d| {
            at(d, "/components/schemas/Thing/properties")
                .as_object_mut()
                .unwrap()
                .insert("color".into(), serde_json::json!({"type": "string"}));
            at(d, "/components/schemas/Thing/properties/kind/enum")
                .as_array_mut()
                .unwrap()
                .push("c".into());
            at(d, "/paths/~1things~1{id}/get/parameters")
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"name": "lang", "in": "query", "schema": {"type": "string"}}));
            at(d, "/paths")
                .as_object_mut()
                .unwrap()
                .insert("/others".into(), serde_json::json!({}));
            // Renaming a path parameter changes nothing a client sends.
            let item = at(d, "/paths")
                .as_object_mut()
                .unwrap()
                .remove("/things/{id}")
                .unwrap();
            at(d, "/paths")
                .as_object_mut()
                .unwrap()
                .insert("/things/{thingId}".into(), item);
            // Loosening a request limit is fine.
            *at(d, "/components/schemas/ThingForm/properties/name/maxLength") = 200.into();
        });
        assert!(additive.is_empty(), "{additive:?}");
    }

    #[test]
    fn removals_and_renames_break() {
        let b = breaks_after(|d| {
            let paths = at(d, "/paths").as_object_mut().unwrap();
            paths.remove("/things");
        });
        assert_eq!(b, ["/things: path was removed or renamed"]);

        let b = breaks_after(|d| {
            at(d, "/paths/~1things~1{id}/get/parameters")
                .as_array_mut()
                .unwrap()
                .pop();
        });
        assert_eq!(
            b,
            ["GET /things/{id} parameter query view: parameter was removed or renamed"]
        );

        let b = breaks_after(|d| {
            let props = at(d, "/components/schemas/Thing/properties")
                .as_object_mut()
                .unwrap();
            let kind = props.remove("kind").unwrap();
            props.insert("type".into(), kind);
        });
        // A shared schema is reported once, at the first operation that reaches it.
        assert!(
            b.iter()
                .any(|m| m.ends_with(" .kind: property was removed or renamed")),
            "{b:?}"
        );

        let b = breaks_after(|d| {
            at(d, "/components/schemas/Thing/properties/kind/enum")
                .as_array_mut()
                .unwrap()
                .remove(0);
        });
        assert!(
            b.iter()
                .any(|m| m.ends_with(".kind: enum value \"a\" was removed")),
            "{b:?}"
        );
    }

    #[test]
    fn new_requirements_and_type_changes_break() {
        let b = breaks_after(|d| {
            at(d, "/components/schemas/ThingForm/required")
                .as_array_mut()
                .unwrap()
                .push("note".into());
        });
        assert_eq!(
            b,
            ["POST /things request body .note: property became required"]
        );

        let b = breaks_after(|d| {
            at(d, "/paths/~1things~1{id}/get/parameters/1")
                .as_object_mut()
                .unwrap()
                .insert("required".into(), true.into());
        });
        assert_eq!(
            b,
            ["GET /things/{id} parameter query view: parameter became required"]
        );

        let b = breaks_after(|d| {
            *at(d, "/components/schemas/Thing/properties/id/type") = "string".into();
        });
        assert!(
            b.iter()
                .all(|m| m.ends_with(".id: type changed from integer to string"))
                && !b.is_empty(),
            "{b:?}"
        );

        let b = breaks_after(|d| {
            *at(d, "/components/schemas/ThingForm/properties/name/maxLength") = 10.into();
        });
        assert_eq!(
            b,
            ["POST /things request body .name: maxLength was tightened"]
        );

        let b = breaks_after(|d| {
            at(d, "/components/schemas/ThingForm")
                .as_object_mut()
                .unwrap()
                .insert(
                    "anyOf".into(),
                    serde_json::json!([{"required": ["note"]}, {"required": ["name"]}]),
                );
        });
        assert_eq!(
            b,
            ["POST /things request body: anyOf rules across fields were added or changed"]
        );
    }

    #[test]
    fn withdrawing_release_or_a_response_breaks() {
        let b = breaks_after(|d| {
            *at(d, "/info/x-understudy-released") = false.into();
        });
        assert_eq!(b, ["info: x-understudy-released was withdrawn"]);

        let b = breaks_after(|d| {
            at(d, "/paths/~1things/post/responses")
                .as_object_mut()
                .unwrap()
                .remove("201");
        });
        assert_eq!(
            b,
            ["POST /things response 201: documented response was removed"]
        );
    }
}
