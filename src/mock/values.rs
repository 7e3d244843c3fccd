//! Fake values from a JSON schema: the type, format, enum, limits and the field's name
//! decide what a value looks like; the caller's seeded generator decides which one.

use chrono::{DateTime, Duration, TimeZone, Utc};
use fake::faker::address::en::{CityName, CountryName};
use fake::faker::company::en::{Buzzword, CompanyName};
use fake::faker::internet::en::{DomainSuffix, FreeEmailProvider, IPv4, Username};
use fake::faker::lorem::en::{Sentence, Word};
use fake::faker::name::en::{FirstName, LastName};
use fake::Fake;
use rand09::rngs::StdRng;
use rand09::{Rng, SeedableRng};
use serde_json::{json, Map, Value};

use crate::common::openapi::Keyword;
use crate::mock::spec::resolve;

/// How deep nested objects go before optional parts are left out (recursive schemas).
const MAX_DEPTH: usize = 6;

/// Which side of the wire a value is for: responses never carry write-only properties,
/// requests never carry read-only ones.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    Response,
    Request,
}

/// A generator bound to one spec.
pub struct Faker<'d> {
    doc: &'d Value,
    side: Side,
}

/// A deterministic generator for a world seed and a stable key (product, collection,
/// index …): the same inputs give the same values, run after run.
pub fn rng_for(seed: u64, key: &str) -> StdRng {
    // FNV-1a: stable across Rust releases, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.rotate_left(17);
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    StdRng::seed_from_u64(hash ^ seed)
}

impl<'d> Faker<'d> {
    pub fn new(doc: &'d Value, side: Side) -> Self {
        Faker { doc, side }
    }

    /// A value for `schema`, named `name` in its parent (the name shapes strings).
    pub fn value(&self, schema: &Value, name: &str, rng: &mut StdRng) -> Value {
        self.at(schema, name, rng, 0)
    }

    fn at(&self, schema: &Value, name: &str, rng: &mut StdRng, depth: usize) -> Value {
        let schema = resolve(self.doc, schema);
        if let Some(all) = schema.keyword("allOf").and_then(Value::as_array) {
            // `allOf: [$ref]` beside `nullable` is how 3.0 makes a reference nullable.
            let parts: Vec<Value> = all.iter().map(|p| self.at(p, name, rng, depth)).collect();
            if parts.iter().all(Value::is_object) {
                let mut merged = Map::new();
                for part in parts {
                    if let Value::Object(m) = part {
                        merged.extend(m);
                    }
                }
                return Value::Object(merged);
            }
            return parts
                .into_iter()
                .find(|p| !p.is_object())
                .unwrap_or(Value::Null);
        }
        // Beside `properties`, `oneOf`/`anyOf` states rules across the fields (as the
        // codegen reads it), not alternative shapes.
        if let Some(variants) = schema
            .keyword("oneOf")
            .or_else(|| schema.keyword("anyOf"))
            .and_then(Value::as_array)
            .filter(|_| schema.keyword("properties").is_none())
        {
            if variants.is_empty() {
                return Value::Null;
            }
            let i = rng.random_range(0..variants.len());
            let mut v = self.at(&variants[i], name, rng, depth);
            if let (Some(tag), Value::Object(m)) = (
                schema
                    .pointer("/discriminator/propertyName")
                    .and_then(Value::as_str),
                &mut v,
            ) {
                if let Some(value) = discriminator_value(schema, &variants[i]) {
                    m.insert(tag.to_string(), Value::String(value));
                }
            }
            return v;
        }
        if let Some(values) = schema.keyword("enum").and_then(Value::as_array) {
            if !values.is_empty() {
                return values[rng.random_range(0..values.len())].clone();
            }
        }
        // A leaf's own example wins, unless the field identifies something (then every
        // item would share it) or the schema bounds it in a way examples may not honour.
        if let Some(example) = schema.keyword("example") {
            if !is_object_schema(schema) && !name_traits(name).identifying {
                return example.clone();
            }
            // An identifying field follows its example's shape (KAWA's ids are digit strings).
            if let Some(v) = like_example(example, rng) {
                return v;
            }
        }
        match schema.keyword("type").and_then(Value::as_str) {
            Some("object") => self.object(schema, rng, depth),
            Some("array") => self.array(schema, name, rng, depth),
            Some("integer") => Value::from(integer(schema, name, rng)),
            Some("number") => number(schema, name, rng),
            Some("boolean") => Value::Bool(rng.random_bool(0.5)),
            Some("string") => Value::String(string(schema, name, rng)),
            _ if schema.keyword("properties").is_some() => self.object(schema, rng, depth),
            // A schema that says nothing accepts anything; a word is the least surprising.
            _ => Value::String(Word().fake_with_rng(rng)),
        }
    }

    fn object(&self, schema: &Value, rng: &mut StdRng, depth: usize) -> Value {
        // Sized once: a created item is kept for the mock's life, and growing maps entry by
        // entry was a tenth of a create's time.
        let size = schema
            .keyword("properties")
            .and_then(Value::as_object)
            .map_or(0, Map::len);
        let mut out = Map::with_capacity(size);
        let required: Vec<&str> = schema.strings("required").collect();
        if let Some(props) = schema.keyword("properties").and_then(Value::as_object) {
            for (key, prop) in props {
                let target = resolve(self.doc, prop);
                let flag = |k: &str| {
                    prop.get(k).and_then(Value::as_bool) == Some(true)
                        || target.get(k).and_then(Value::as_bool) == Some(true)
                };
                if (self.side == Side::Response && flag("writeOnly"))
                    || (self.side == Side::Request && flag("readOnly"))
                {
                    continue;
                }
                let is_required = required.contains(&key.as_str());
                if !is_required && depth >= MAX_DEPTH {
                    continue;
                }
                if !is_required && depth >= 2 && is_object_schema(target) {
                    // Deep optional objects would make every answer huge.
                    continue;
                }
                out.insert(key.clone(), self.at(prop, key, rng, depth + 1));
            }
        }
        match schema.keyword("additionalProperties") {
            Some(extra @ Value::Object(_)) if out.is_empty() && depth < MAX_DEPTH => {
                let n = rng.random_range(1..=2);
                for _ in 0..n {
                    let key: String = Word().fake_with_rng(rng);
                    let v = self.at(extra, &key, rng, depth + 1);
                    out.insert(key, v);
                }
            }
            Some(Value::Bool(true)) if out.is_empty() && schema.keyword("properties").is_none() => {
                let key: String = Word().fake_with_rng(rng);
                out.insert(key, Value::String(Word().fake_with_rng(rng)));
            }
            _ => {}
        }
        Value::Object(out)
    }

    fn array(&self, schema: &Value, name: &str, rng: &mut StdRng, depth: usize) -> Value {
        let min = schema
            .keyword("minItems")
            .and_then(Value::as_u64)
            .unwrap_or(0) as usize;
        let max = schema
            .keyword("maxItems")
            .and_then(Value::as_u64)
            .map(|m| m as usize)
            .unwrap_or(usize::MAX);
        let wanted = if depth >= MAX_DEPTH {
            0
        } else {
            rng.random_range(1..=3)
        };
        let n = wanted.clamp(min, max.max(min));
        let items = schema.keyword("items").unwrap_or(&Value::Null);
        let unique = schema.keyword("uniqueItems").and_then(Value::as_bool) == Some(true);
        let mut out: Vec<Value> = Vec::with_capacity(n);
        for _ in 0..n * 4 {
            if out.len() == n {
                break;
            }
            let v = self.at(items, singular(name), rng, depth + 1);
            if unique && out.contains(&v) {
                continue;
            }
            out.push(v);
        }
        Value::Array(out)
    }
}

/// The discriminator value that selects `variant`: the mapping's key, else the
/// component's name.
fn discriminator_value(union: &Value, variant: &Value) -> Option<String> {
    let reference = variant.keyword("$ref").and_then(Value::as_str)?;
    if let Some(mapping) = union
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object)
    {
        if let Some((k, _)) = mapping.iter().find(|(_, v)| v.as_str() == Some(reference)) {
            return Some(k.clone());
        }
    }
    reference.rsplit('/').next().map(str::to_string)
}

/// A fresh value shaped like a string example: digits stay digits, UUIDs and hex stay so.
fn like_example(example: &Value, rng: &mut StdRng) -> Option<Value> {
    let text = example.as_str()?;
    if !text.is_empty() && text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Value::String(rng.random_range(1..100_000u32).to_string()));
    }
    if uuid::Uuid::parse_str(text).is_ok() && text.len() == 36 {
        return Some(Value::String(uuid(rng)));
    }
    if text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some(Value::String(hex(rng, 32)));
    }
    None
}

fn is_object_schema(schema: &Value) -> bool {
    schema.keyword("type").and_then(Value::as_str) == Some("object")
        || schema.keyword("properties").is_some()
}

/// Fields whose value tells one item from another.
fn identifying(name: &str, words: &str) -> bool {
    let n = name.to_ascii_lowercase();
    let last = words.rsplit(' ').next().unwrap_or("");
    // `flowId`, `file_id`, `uuid` — but not `paid` or `valid`.
    last == "id"
        || n == "displayname"
        || n == "pk"
        || n == "uuid"
        || n == "name"
        || n == "email"
        || n == "identifier"
        || n == "title"
}

/// A collection's or an array's name for one of its items: `files` → `file`.
pub fn singular(name: &str) -> &str {
    name.strip_suffix('s').unwrap_or(name)
}

/// Words of a name, lower-case: `createdAt` → `created at`, `per_page` → `per page`.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c == '_' || c == '-' || c == '.' {
            out.push(' ');
        } else if c.is_ascii() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push(' ');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            if c.is_uppercase() && i > 0 {
                out.push(' ');
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether `words` (from [`words`]) has `word` among them.
fn has_word(words: &str, word: &str) -> bool {
    words.split(' ').any(|w| w == word)
}

fn timestamp(rng: &mut StdRng) -> DateTime<Utc> {
    // Within 2024–2026, to the second: recent, plausible and stable.
    let start = Utc
        .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    start + Duration::seconds(rng.random_range(0..(3 * 365 * 24 * 3600)))
}

fn integer(schema: &Value, name: &str, rng: &mut StdRng) -> i64 {
    let min = schema.keyword("minimum").and_then(Value::as_i64);
    let max = schema.keyword("maximum").and_then(Value::as_i64);
    let exclusive_min = schema.keyword("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
    let exclusive_max = schema.keyword("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
    let traits = name_traits(name);
    let epoch_ms =
        schema.keyword("format").and_then(Value::as_str) == Some("int64") && traits.instant;
    let (lo, hi) = if epoch_ms {
        (1_704_067_200_000, 1_798_761_600_000)
    } else {
        match traits.number {
            NumberKind::Port => (1024, 65535),
            NumberKind::Id => (1, 9999),
            NumberKind::Count => (0, 500),
            NumberKind::Other => (0, 100),
        }
    };
    let lo = min
        .map(|m| if exclusive_min { m + 1 } else { m })
        .unwrap_or(lo);
    let hi = max
        .map(|m| if exclusive_max { m - 1 } else { m })
        .unwrap_or(hi.max(lo));
    if lo >= hi {
        return lo;
    }
    rng.random_range(lo..=hi)
}

fn number(schema: &Value, name: &str, rng: &mut StdRng) -> Value {
    let min = schema
        .keyword("minimum")
        .and_then(Value::as_f64)
        .unwrap_or(0.0);
    let max = schema
        .keyword("maximum")
        .and_then(Value::as_f64)
        .unwrap_or(if name_traits(name).percent {
            100.0
        } else {
            1000.0
        })
        .max(min);
    let v: f64 = if max > min {
        rng.random_range(min..max)
    } else {
        min
    };
    json!((v * 100.0).round() / 100.0)
}

fn hex(rng: &mut StdRng, len: usize) -> String {
    (0..len)
        .map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0'))
        .collect()
}

fn uuid(rng: &mut StdRng) -> String {
    uuid::Builder::from_random_bytes(rng.random())
        .into_uuid()
        .to_string()
}

fn slug(rng: &mut StdRng) -> String {
    let a: String = Word().fake_with_rng(rng);
    let b: String = Word().fake_with_rng(rng);
    format!("{a}-{b}-{}", rng.random_range(10..99))
}

fn domain(rng: &mut StdRng) -> String {
    let word: String = Word().fake_with_rng(rng);
    let suffix: String = DomainSuffix().fake_with_rng(rng);
    format!("{word}.{suffix}")
}

/// A string for a schema: format first, then a pattern we know, then the field's name.
fn string(schema: &Value, name: &str, rng: &mut StdRng) -> String {
    let text = string_unbounded(schema, name, rng);
    let min = schema
        .keyword("minLength")
        .and_then(Value::as_u64)
        .unwrap_or(0) as usize;
    let max = schema
        .keyword("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    fit_length(text, min, max, rng)
}

fn fit_length(mut text: String, min: usize, max: Option<usize>, rng: &mut StdRng) -> String {
    while text.chars().count() < min {
        text.push(char::from(b'a' + rng.random_range(0..26u8)));
    }
    if let Some(max) = max {
        if text.chars().count() > max {
            text = text
                .chars()
                .take(max)
                .collect::<String>()
                .trim_end()
                .to_string();
            while text.chars().count() < min {
                text.push('x');
            }
        }
    }
    text
}

fn string_unbounded(schema: &Value, name: &str, rng: &mut StdRng) -> String {
    match schema.keyword("format").and_then(Value::as_str) {
        Some("date-time") => {
            return timestamp(rng).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        }
        Some("date") => return timestamp(rng).format("%Y-%m-%d").to_string(),
        Some("email") => return email(rng),
        Some("uuid") => return uuid(rng),
        Some("uri") | Some("url") => return format!("https://{}/{}", domain(rng), slug(rng)),
        Some("hostname") => return domain(rng),
        Some("ipv4") => return IPv4().fake_with_rng(rng),
        Some("byte") => return "dW5kZXJzdHVkeQ==".to_string(),
        Some("binary") => return Sentence(3..8).fake_with_rng(rng),
        Some("password") => return format!("{}-{}", slug(rng), hex(rng, 6)),
        _ => {}
    }
    if let Some(pattern) = schema.keyword("pattern").and_then(Value::as_str) {
        if let Some(s) = from_pattern(pattern, rng) {
            return s;
        }
    }
    text(name_traits(name).text, rng)
}

/// What a string field's name says it holds, in the order the checks go (`userEmail`
/// is an email before it is a user name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextKind {
    Email,
    Uuid,
    FirstName,
    LastName,
    Username,
    FullName,
    Domain,
    Url,
    Ip,
    Cron,
    City,
    Country,
    Company,
    Secret,
    Password,
    Slug,
    Sentence,
    Title,
    Version,
    MimeType,
    Checksum,
    Path,
    Color,
    Word,
    Instant,
}

/// The kind of string a field named with `n` (from [`words`]) holds.
fn text_kind(n: &str) -> TextKind {
    let last = n.rsplit(' ').next().unwrap_or("");
    let is = |words: &[&str]| words.contains(&last);
    if n.contains("email") {
        TextKind::Email
    } else if last == "id" || n == "uuid" || n.ends_with("uuid") {
        TextKind::Uuid
    } else if n.contains("first name") || n == "firstname" {
        TextKind::FirstName
    } else if n.contains("last name") || n == "lastname" || n == "surname" {
        TextKind::LastName
    } else if n.contains("user") && n.contains("name") || n == "login" || n == "username" {
        TextKind::Username
    } else if [
        "display name",
        "displayname",
        "full name",
        "owner",
        "author",
    ]
    .contains(&n)
        || n.ends_with("by")
    {
        TextKind::FullName
    } else if is(&["host", "hostname", "domain"]) {
        TextKind::Domain
    } else if is(&["url", "uri", "iri", "link", "href", "endpoint"]) || n == "term" {
        // Kadi4Mat's `term` names a vocabulary entry by its IRI.
        TextKind::Url
    } else if last == "ip" || n.contains("address") && n.contains("ip") {
        TextKind::Ip
    } else if n.contains("cron") || is(&["schedule", "expression"]) {
        TextKind::Cron
    } else if last == "city" {
        TextKind::City
    } else if last == "country" {
        TextKind::Country
    } else if is(&["company", "organization", "organisation", "tenant"]) {
        TextKind::Company
    } else if is(&["token", "key", "secret", "hash"]) || n.contains("fingerprint") {
        TextKind::Secret
    } else if last == "password" {
        TextKind::Password
    } else if is(&["identifier", "slug", "handle"]) {
        TextKind::Slug
    } else if is(&[
        "description",
        "comment",
        "message",
        "detail",
        "summary",
        "note",
        "text",
    ]) {
        TextKind::Sentence
    } else if is(&["name", "title", "label"]) {
        TextKind::Title
    } else if last == "version" {
        TextKind::Version
    } else if last == "mimetype" || n.ends_with("mime type") || n.ends_with("content type") {
        TextKind::MimeType
    } else if is(&["checksum", "md5"]) {
        TextKind::Checksum
    } else if is(&["path", "file", "filename"]) {
        TextKind::Path
    } else if is(&["color", "colour"]) {
        TextKind::Color
    } else if is(&["type", "kind", "status", "state", "role"]) {
        TextKind::Word
    } else if is(&["at", "date", "time", "timestamp"]) {
        TextKind::Instant
    } else {
        TextKind::Word
    }
}

/// A string of `kind`.
fn text(kind: TextKind, rng: &mut StdRng) -> String {
    match kind {
        TextKind::Email => email(rng),
        TextKind::Uuid => uuid(rng),
        TextKind::FirstName => FirstName().fake_with_rng(rng),
        TextKind::LastName => LastName().fake_with_rng(rng),
        TextKind::Username => Username().fake_with_rng(rng),
        TextKind::FullName => {
            let f: String = FirstName().fake_with_rng(rng);
            let l: String = LastName().fake_with_rng(rng);
            format!("{f} {l}")
        }
        TextKind::Domain => domain(rng),
        TextKind::Url => format!("https://{}/{}", domain(rng), slug(rng)),
        TextKind::Ip => IPv4().fake_with_rng(rng),
        TextKind::Cron => {
            let minute = rng.random_range(0..60);
            let hour = rng.random_range(0..24);
            format!("{minute} {hour} * * *")
        }
        TextKind::City => CityName().fake_with_rng(rng),
        TextKind::Country => CountryName().fake_with_rng(rng),
        TextKind::Company => CompanyName().fake_with_rng(rng),
        TextKind::Secret | TextKind::Checksum => hex(rng, 32),
        TextKind::Password => format!("{}-{}", slug(rng), hex(rng, 6)),
        TextKind::Slug => slug(rng),
        TextKind::Sentence => Sentence(4..10).fake_with_rng(rng),
        TextKind::Title => {
            let a: String = Buzzword().fake_with_rng(rng);
            let b: String = Word().fake_with_rng(rng);
            format!("{} {b} {}", capitalize(&a), rng.random_range(1..100))
        }
        TextKind::Version => format!(
            "{}.{}.{}",
            rng.random_range(1..4),
            rng.random_range(0..20),
            rng.random_range(0..10)
        ),
        TextKind::MimeType => {
            const TYPES: &[&str] = &[
                "text/csv",
                "application/json",
                "application/pdf",
                "image/png",
                "text/plain",
                "application/x-hdf5",
                "application/octet-stream",
            ];
            TYPES[rng.random_range(0..TYPES.len())].to_string()
        }
        TextKind::Path => format!("/data/{}.csv", slug(rng)),
        TextKind::Color => format!("#{}", hex(rng, 6)),
        TextKind::Word => Word().fake_with_rng(rng),
        TextKind::Instant => timestamp(rng).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

/// What an integer field's name says its range is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumberKind {
    Port,
    Id,
    Count,
    Other,
}

/// What a field's name says about its value, worked out once per name: the mock reads
/// it for every value it generates, and splitting and comparing the name every time
/// was a fifth of a create's time.
#[derive(Clone, Copy, Debug)]
struct NameTraits {
    text: TextKind,
    number: NumberKind,
    /// The name reads as a point in time (an `int64` one is epoch milliseconds).
    instant: bool,
    /// The value tells one item from another (see [`identifying`]).
    identifying: bool,
    percent: bool,
}

fn classify(name: &str) -> NameTraits {
    let n = words(name);
    let number = if has_word(&n, "port") {
        NumberKind::Port
    } else if has_word(&n, "id") || n == "pk" {
        NumberKind::Id
    } else if n.contains("count") || n.contains("total") || n.contains("size") {
        NumberKind::Count
    } else {
        NumberKind::Other
    };
    NameTraits {
        text: text_kind(&n),
        number,
        instant: n.ends_with(" at")
            || n.ends_with("time")
            || n.ends_with(" date")
            || n.contains("timestamp")
            || n.ends_with(" ms")
            || n.contains("millis")
            || n.starts_with("expire")
            || n.contains("not after")
            || n.contains("not before"),
        identifying: identifying(name, &n),
        percent: has_word(&n, "percent"),
    }
}

/// [`classify`], remembered per thread. Names come from specs (and from the fake word
/// list, for free-form maps), so the table stays small; the bound is a safeguard.
fn name_traits(name: &str) -> NameTraits {
    thread_local! {
        static KNOWN: std::cell::RefCell<std::collections::HashMap<String, NameTraits>> =
            Default::default();
    }
    KNOWN.with(|known| {
        if let Some(traits) = known.borrow().get(name) {
            return *traits;
        }
        let traits = classify(name);
        let mut known = known.borrow_mut();
        if known.len() >= 4096 {
            known.clear();
        }
        known.insert(name.to_string(), traits);
        traits
    })
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn email(rng: &mut StdRng) -> String {
    let first: String = FirstName().fake_with_rng(rng);
    let last: String = LastName().fake_with_rng(rng);
    let provider: String = FreeEmailProvider().fake_with_rng(rng);
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    format!("{}.{}@{provider}", clean(&first), clean(&last))
}

/// Strings for the simple anchored patterns contracts use (hex ids, digits, fixed
/// alphabets); `None` for anything else, so the caller falls back to other hints.
fn from_pattern(pattern: &str, rng: &mut StdRng) -> Option<String> {
    let body = pattern.strip_prefix('^')?.strip_suffix('$')?;
    // `[class]{n}` or `[class]{n,m}` or `[class]+`
    let (class, rest) = body.strip_prefix('[')?.split_once(']')?;
    let (lo, hi) = if rest == "+" {
        (1, 12)
    } else if rest == "*" {
        (0, 12)
    } else {
        let counts = rest.strip_prefix('{')?.strip_suffix('}')?;
        match counts.split_once(',') {
            Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().unwrap_or(12)),
            None => {
                let n = counts.trim().parse().ok()?;
                (n, n)
            }
        }
    };
    let mut alphabet = Vec::new();
    let chars: Vec<char> = class.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len() && chars[i + 1] == '-' {
            for c in chars[i]..=chars[i + 2] {
                alphabet.push(c);
            }
            i += 3;
        } else if chars[i] == '\\' {
            return None;
        } else {
            alphabet.push(chars[i]);
            i += 1;
        }
    }
    if alphabet.is_empty() || lo > hi {
        return None;
    }
    // Realistic lengths: not one character where twelve are allowed.
    let lo_real = lo.max(hi.min(6));
    let hi_real = hi.min(lo_real.max(16));
    let len = rng.random_range(lo_real..=hi_real.max(lo_real));
    Some(
        (0..len)
            .map(|_| alphabet[rng.random_range(0..alphabet.len())])
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_name_says_what_it_holds_first_check_first() {
        let cases = [
            ("ownerEmail", TextKind::Email),
            ("userEmail", TextKind::Email),
            ("flowId", TextKind::Uuid),
            ("firstName", TextKind::FirstName),
            ("user_name", TextKind::Username),
            ("createdBy", TextKind::FullName),
            ("hostname", TextKind::Domain),
            ("callbackUrl", TextKind::Url),
            ("ipAddress", TextKind::Ip),
            ("cronExpression", TextKind::Cron),
            ("apiKey", TextKind::Secret),
            ("description", TextKind::Sentence),
            ("displayName", TextKind::FullName),
            ("name", TextKind::Title),
            ("magic_mimetype", TextKind::MimeType),
            ("md5", TextKind::Checksum),
            ("status", TextKind::Word),
            ("updatedAt", TextKind::Instant),
            ("paid", TextKind::Word),
        ];
        for (name, kind) in cases {
            assert_eq!(classify(name).text, kind, "{name}");
            assert_eq!(name_traits(name).text, kind, "{name}, remembered");
        }
        for (name, kind) in [
            ("port", NumberKind::Port),
            ("flowId", NumberKind::Id),
            ("pk", NumberKind::Id),
            ("chunk_count", NumberKind::Count),
            ("valid", NumberKind::Other),
        ] {
            assert_eq!(classify(name).number, kind, "{name}");
        }
        assert!(classify("createdAt").instant && classify("expiresIn").instant);
        assert!(!classify("retries").instant);
        assert!(classify("identifier").identifying && classify("file_id").identifying);
        assert!(!classify("paid").identifying);
        assert!(classify("successPercent").percent);
    }

    #[test]
    fn same_key_same_value_other_key_other_value() {
        let doc = json!({});
        let schema = json!({"type": "object", "properties": {
            "id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "email": {"type": "string", "format": "email"},
            "createdAt": {"type": "integer", "format": "int64"},
            "port": {"type": "integer", "minimum": 1, "maximum": 65535},
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2}
        }});
        let f = Faker::new(&doc, Side::Response);
        let a = f.value(&schema, "", &mut rng_for(42, "apps/0"));
        let b = f.value(&schema, "", &mut rng_for(42, "apps/0"));
        let c = f.value(&schema, "", &mut rng_for(43, "apps/0"));
        assert_eq!(a, b);
        assert_ne!(a, c);
        let id = a["id"].as_str().unwrap();
        assert_eq!(id.len(), 32);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(a["email"].as_str().unwrap().contains('@'));
        let ms = a["createdAt"].as_i64().unwrap();
        assert!((1_704_067_200_000..=1_798_761_600_000).contains(&ms));
        assert!(a["tags"].as_array().unwrap().len() <= 2);
    }

    #[test]
    fn limits_and_write_only_are_honoured() {
        let doc = json!({});
        let schema = json!({"type": "object", "properties": {
            "name": {"type": "string", "minLength": 40, "maxLength": 50},
            "code": {"type": "string", "maxLength": 3},
            "password": {"type": "string", "writeOnly": true},
            "level": {"type": "integer", "minimum": 7, "maximum": 9}
        }});
        for i in 0..50 {
            let v = Faker::new(&doc, Side::Response).value(&schema, "", &mut rng_for(i, "x"));
            let name = v["name"].as_str().unwrap().chars().count();
            assert!((40..=50).contains(&name), "{v}");
            assert!(v["code"].as_str().unwrap().chars().count() <= 3);
            assert!(v.keyword("password").is_none());
            assert!((7..=9).contains(&v["level"].as_i64().unwrap()));
        }
    }
}
