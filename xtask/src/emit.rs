//! Emitting one surface's Rust module: schema types, security schemes, per-operation
//! parameter structs and response enums, the `Api` trait and the poem-openapi glue.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::names::{doc as doc_comment, lit, pascal, snake};
use crate::spec::{bool_of, required_list, resolve, schema_ref_name, str_of, METHODS};

/// Support items every surface shares; written as `generated/src/support.rs`.
pub const SUPPORT: &str = r#"//! Items shared by every generated surface.

/// One operation of a contract: what the router needs to know before the glue runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// The path template as written in the spec (relative to the contract's base paths),
    /// e.g. `/api/v1/workspaces/{id}/`.
    pub path: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Whether the operation requires credentials.
    pub secured: bool,
    /// Scopes a token needs (`x-required-scopes`), for products whose tokens carry them.
    pub scopes: &'static [&'static str],
    /// The operation's first tag: which of the contract's traits holds its handler.
    pub tag: &'static str,
}

/// One contract compiled into this crate: a product's spec at one version.
#[derive(Debug, Clone, Copy)]
pub struct Contract {
    /// Product name, as in `openapi/<product>/`.
    pub product: &'static str,
    /// Contract version, as in `openapi/<product>/<version>.yaml`.
    pub version: &'static str,
    /// The spec's `info.title`.
    pub title: &'static str,
    /// The source spec's path inside the repository.
    pub spec_path: &'static str,
    /// The source spec, verbatim.
    pub spec_yaml: &'static str,
    /// Path prefixes the operations answer under (the spec's `servers`); `""` when the
    /// paths are absolute. Every operation answers identically under each of them.
    pub base_paths: &'static [&'static str],
    /// Every operation, in spec order; paths are relative to each base path.
    pub operations: &'static [Operation],
    /// `info.x-understudy-released`: the contract only changes additively.
    pub released: bool,
}

/// A generated string enum: its values and their wire form.
pub trait WireEnum: Sized + Copy + 'static {
    /// Every value, in spec order.
    const VALUES: &'static [Self];

    /// The value as it appears on the wire.
    fn wire(&self) -> &'static str;

    /// The value whose wire form is `text`.
    fn from_wire(text: &str) -> Option<Self> {
        Self::VALUES.iter().copied().find(|v| v.wire() == text)
    }
}

/// A request as a spec-driven backend sees it, after the glue parsed and validated it.
pub struct Call<'a> {
    /// The contract the operation belongs to.
    pub contract: &'static Contract,
    /// The operation called.
    pub operation: &'static Operation,
    /// The raw request (headers such as `Prefer`, the path as sent).
    pub request: &'a poem::Request,
    /// The validated parameters, keyed by their names in the spec.
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The validated body.
    pub body: CallBody,
    /// The credential the security scheme extracted (token, key, cookie value or
    /// `user:password`), when the operation is secured.
    pub credential: Option<String>,
}

/// A validated request body.
#[derive(Debug, Clone, PartialEq)]
pub enum CallBody {
    /// No body was sent (or the operation takes none).
    None,
    /// A JSON body, re-serialized from its typed form.
    Json(serde_json::Value),
    /// A `text/plain` body.
    Text(String),
    /// Raw bytes.
    Bytes(Vec<u8>),
    /// A multipart form: plain fields as JSON, files as `{fileName, contentType, size}`.
    Form(serde_json::Value),
}

/// What a backend answers; the glue turns it into the operation's typed response, so
/// an answer the contract does not document cannot leave the server.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The HTTP status; it must be one the operation documents.
    pub status: u16,
    /// The body, in the media type the spec gives for that status.
    pub body: AnswerBody,
    /// Documented response headers, by name, as JSON values of their schema's type.
    pub headers: Vec<(String, serde_json::Value)>,
}

/// The body of an [`Answer`].
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerBody {
    /// No content.
    Empty,
    /// A JSON document.
    Json(serde_json::Value),
    /// Plain text.
    Text(String),
    /// Raw bytes.
    Bytes(Vec<u8>),
    /// A JSON document shared with the backend's state instead of copied into the answer
    /// (one stored item).
    Shared(std::sync::Arc<serde_json::Value>),
    /// A JSON document whose array at the JSON pointer `at` (`""`: the whole body) holds
    /// `items`, which are shared with the backend's state instead of copied into the
    /// answer (a page of a collection).
    Spliced {
        around: serde_json::Value,
        at: String,
        items: Vec<std::sync::Arc<serde_json::Value>>,
    },
}

impl AnswerBody {
    /// The JSON document, with any spliced items copied in.
    pub fn to_json(&self) -> Option<serde_json::Value> {
        match self {
            AnswerBody::Json(v) => Some(v.clone()),
            AnswerBody::Shared(v) => Some((**v).clone()),
            AnswerBody::Spliced { around, at, items } => {
                let mut whole = around.clone();
                let array = serde_json::Value::Array(items.iter().map(|i| (**i).clone()).collect());
                match whole.pointer_mut(at) {
                    Some(slot) => *slot = array,
                    None => return None,
                }
                Some(whole)
            }
            _ => None,
        }
    }
}

impl Answer {
    /// The JSON body as the variant's payload type.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        // Deserialized from the borrowed tree: no copy of the body.
        let typed = match &self.body {
            AnswerBody::Json(v) => T::deserialize(v),
            AnswerBody::Shared(v) => T::deserialize(&**v),
            AnswerBody::Spliced { around, at, items } => T::deserialize(Splice {
                node: around,
                rest: at,
                items,
            }),
            other => return Err(format!("status {}: expected a JSON body, got {other:?}", self.status)),
        };
        typed.map_err(|e| format!("status {}: the body does not fit its schema: {e}", self.status))
    }

    /// The text body.
    pub fn text(&self) -> Result<String, String> {
        match &self.body {
            AnswerBody::Text(t) => Ok(t.clone()),
            AnswerBody::Json(serde_json::Value::String(t)) => Ok(t.clone()),
            other => Err(format!("status {}: expected a text body, got {other:?}", self.status)),
        }
    }

    /// The raw body.
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        match &self.body {
            AnswerBody::Bytes(b) => Ok(b.clone()),
            AnswerBody::Text(t) => Ok(t.clone().into_bytes()),
            AnswerBody::Empty => Ok(Vec::new()),
            json => Ok(json.to_json().unwrap_or_default().to_string().into_bytes()),
        }
    }

    /// A documented header as its schema's type (`Option` for optional headers).
    pub fn header<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        let value = self
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .unwrap_or(serde_json::Value::Null);
        serde_json::from_value(value)
            .map_err(|e| format!("status {}: header {name}: {e}", self.status))
    }
}

/// Deserializes a [`AnswerBody::Spliced`] document: `node` with the array at the pointer
/// `rest` read from `items`. Off that path, `&Value` deserializes as usual.
struct Splice<'a> {
    node: &'a serde_json::Value,
    rest: &'a str,
    items: &'a [std::sync::Arc<serde_json::Value>],
}

impl<'de> serde::Deserializer<'de> for Splice<'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        if self.rest.is_empty() {
            return serde::de::value::SeqDeserializer::new(self.items.iter().map(|item| &**item))
                .deserialize_any(visitor);
        }
        // A JSON pointer's tokens each follow a `/`.
        let Some(rest) = self.rest.strip_prefix('/') else {
            return self.node.deserialize_any(visitor);
        };
        let (head, tail) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        match self.node {
            serde_json::Value::Object(fields) => visitor.visit_map(SpliceFields {
                fields: fields.iter(),
                head: head.replace("~1", "/").replace("~0", "~"),
                tail,
                items: self.items,
                value: None,
            }),
            // The pointer names nothing here: the document as it is.
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.node {
            serde_json::Value::Null if !self.rest.is_empty() => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The fields of an object on a [`Splice`] path.
struct SpliceFields<'a> {
    fields: serde_json::map::Iter<'a>,
    /// The field the path goes on through.
    head: String,
    tail: &'a str,
    items: &'a [std::sync::Arc<serde_json::Value>],
    value: Option<(&'a String, &'a serde_json::Value)>,
}

impl<'de> serde::de::MapAccess<'de> for SpliceFields<'de> {
    type Error = serde_json::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        seed.deserialize(serde::de::value::BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        let Some((key, value)) = self.value.take() else {
            return Err(serde::de::Error::custom("a value was asked for before its key"));
        };
        if *key == self.head {
            seed.deserialize(Splice {
                node: value,
                rest: self.tail,
                items: self.items,
            })
        } else {
            seed.deserialize(value)
        }
    }
}

/// Answers any operation of any contract from the call alone (the mock).
#[async_trait::async_trait]
pub trait Backend: Send + Sync + 'static {
    /// The answer to one call.
    async fn answer(&self, call: Call<'_>) -> poem::Result<Answer>;
}

/// A typed response built from a backend's [`Answer`].
pub trait FromAnswer: Sized {
    /// Fails when the answer's status, body or headers are not what the spec documents.
    fn from_answer(answer: Answer) -> Result<Self, String>;
}

/// The credential a security scheme extracted, as one string.
pub trait Credential {
    /// Token, key or cookie value; `user:password` for basic auth.
    fn credential(&self) -> String;
}

impl Credential for poem_openapi::auth::Bearer {
    fn credential(&self) -> String {
        self.token.clone()
    }
}

impl Credential for poem_openapi::auth::ApiKey {
    fn credential(&self) -> String {
        self.key.clone()
    }
}

impl Credential for poem_openapi::auth::Basic {
    fn credential(&self) -> String {
        format!("{}:{}", self.username, self.password)
    }
}

/// What a backend learns of an uploaded file: its name, type and size, not its bytes.
pub fn upload_summary(upload: &poem_openapi::types::multipart::Upload) -> serde_json::Value {
    serde_json::json!({
        "fileName": upload.file_name(),
        "contentType": upload.content_type(),
        "size": upload.size(),
    })
}

thread_local! {
    /// Set while a request body is serialized for a backend, the one time write-only
    /// fields are written.
    static WITH_WRITE_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `serialize` with write-only fields written: for a request body handed on (to a
/// backend, or to storage that keeps a secret), never for an answer.
pub fn with_write_only<R>(serialize: impl FnOnce() -> R) -> R {
    /// Clears the flag however `serialize` ends.
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            WITH_WRITE_ONLY.with(|w| w.set(self.0));
        }
    }
    let _reset = Reset(WITH_WRITE_ONLY.with(|w| w.replace(true)));
    serialize()
}

/// Serializes a typed request body for a [`Call`], write-only fields included (a backend
/// needs the password it checks); generated types always serialize.
pub fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    with_write_only(|| serde_json::to_value(value)).unwrap_or(serde_json::Value::Null)
}

/// serde's `skip_serializing_if` for a write-only field: left out of every answer, as
/// poem-openapi's `ToJSON` leaves it out; written only inside [`with_write_only`].
pub fn omit_write_only<T>(_: &T) -> bool {
    !WITH_WRITE_ONLY.with(std::cell::Cell::get)
}

/// [`omit_write_only`] for an optional field, which is also left out when absent.
pub fn omit_write_only_or_none<T>(value: &Option<T>) -> bool {
    value.is_none() || omit_write_only(value)
}

/// For the `…_unmounted_…!` macros: `async_trait` as the caller sees it.
pub use async_trait::async_trait;

/// What an operation of a tag a real-mode surface does not mount yet answers, should it
/// ever be reached (the dispatcher routes only mounted tags, so it is not).
pub fn unmounted() -> poem::Error {
    poem::Error::from_status(poem::http::StatusCode::NOT_FOUND)
}

/// The error a backend's ill-fitting answer becomes: a bug in the backend, never the
/// client's fault.
pub fn unfit(operation: &Operation, reason: String) -> poem::Error {
    poem::Error::from_string(
        format!("the answer to {} does not fit the contract: {reason}", operation.operation_id),
        poem::http::StatusCode::INTERNAL_SERVER_ERROR,
    )
}

/// A JSON body, in requests and responses.
///
/// A request parses exactly as with poem-openapi's `Json` (same validators, same
/// errors). A response is written straight from the typed value with serde: poem-openapi's
/// `Json` first turns the value into a `serde_json::Value` tree (`ToJSON`), which cost more
/// than building the whole answer. Every generated type derives `Serialize` with the same
/// names, order and skipped fields as its `ToJSON`, so the bytes are the same.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Json<T>(pub T);

impl<T> std::ops::Deref for Json<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: poem_openapi::types::Type> poem_openapi::payload::Payload for Json<T> {
    const CONTENT_TYPE: &'static str =
        <poem_openapi::payload::Json<T> as poem_openapi::payload::Payload>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        <poem_openapi::payload::Json<T> as poem_openapi::payload::Payload>::check_content_type(
            content_type,
        )
    }

    fn schema_ref() -> poem_openapi::registry::MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut poem_openapi::registry::Registry) {
        T::register(registry);
    }
}

impl<T: poem_openapi::types::ParseFromJSON> poem_openapi::payload::ParsePayload for Json<T> {
    const IS_REQUIRED: bool = T::IS_REQUIRED;

    async fn from_request(
        request: &poem::Request,
        body: &mut poem::RequestBody,
    ) -> poem::Result<Self> {
        <poem_openapi::payload::Json<T> as poem_openapi::payload::ParsePayload>::from_request(
            request, body,
        )
        .await
        .map(|parsed| Self(parsed.0))
    }
}

// What poem-openapi's (crate-private) `impl_apirequest_for_payload!` gives its own
// payloads: a request body of this media type, else the same content-type errors.
impl<'a, T: poem_openapi::types::ParseFromJSON> poem_openapi::ApiExtractor<'a> for Json<T> {
    const TYPES: &'static [poem_openapi::ApiExtractorType] =
        &[poem_openapi::ApiExtractorType::RequestObject];

    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut poem_openapi::registry::Registry) {
        <Self as poem_openapi::payload::Payload>::register(registry);
    }

    fn request_meta() -> Option<poem_openapi::registry::MetaRequest> {
        Some(poem_openapi::registry::MetaRequest {
            description: None,
            content: vec![poem_openapi::registry::MetaMediaType {
                content_type: <Self as poem_openapi::payload::Payload>::CONTENT_TYPE,
                schema: <Self as poem_openapi::payload::Payload>::schema_ref(),
            }],
            required: <Self as poem_openapi::payload::ParsePayload>::IS_REQUIRED,
        })
    }

    async fn from_request(
        request: &'a poem::Request,
        body: &mut poem::RequestBody,
        _param_opts: poem_openapi::ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        use poem_openapi::payload::{ParsePayload, Payload};
        match request.content_type() {
            Some(content_type) if Self::check_content_type(content_type) => {
                <Self as ParsePayload>::from_request(request, body).await
            }
            Some(content_type) => Err(poem_openapi::error::ContentTypeError::NotSupported {
                content_type: content_type.to_string(),
            }
            .into()),
            None => Err(poem_openapi::error::ContentTypeError::ExpectContentType.into()),
        }
    }
}

impl<T: serde::Serialize + Send> poem::IntoResponse for Json<T> {
    fn into_response(self) -> poem::Response {
        // Most answers fit in 4 KiB; growing from empty would copy them ten times over.
        let mut bytes = Vec::with_capacity(4096);
        match serde_json::to_writer(&mut bytes, &self.0) {
            Ok(()) => poem::Response::builder()
                .content_type("application/json; charset=utf-8")
                .body(bytes),
            // Only a map with non-string keys fails, and generated types have none.
            Err(_) => poem::Response::builder()
                .status(poem::http::StatusCode::INTERNAL_SERVER_ERROR)
                .body("the answer could not be written as JSON"),
        }
    }
}
"#;

/// What a schema becomes in Rust.
#[derive(Clone)]
struct RustType {
    ty: String,
    /// The schema is a plain string (so string validators apply).
    string: bool,
    /// The schema is an integer or a number (so range validators apply).
    numeric: bool,
    /// The schema is an array (so item-count validators apply).
    array: bool,
    nullable: bool,
}

impl RustType {
    fn plain(ty: &str) -> Self {
        RustType {
            ty: ty.into(),
            string: false,
            numeric: false,
            array: false,
            nullable: false,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Json,
    Multipart,
}

struct Emitter<'a> {
    doc: &'a Value,
    /// Rendered type definitions, by Rust name (sorted output, stable diffs).
    types: BTreeMap<String, String>,
    /// Names whose definition is being rendered (for recursive references).
    in_progress: BTreeSet<String>,
    /// Component schemas used as multipart bodies.
    multipart: BTreeSet<String>,
    /// `fn default_…()` helpers for `#[oai(default = …)]`.
    defaults: Vec<String>,
    security_types: BTreeMap<String, String>,
    /// Rust names of objects that are variants of a discriminated union → the tag
    /// property, which the union's serde tag carries instead of a field.
    tag_fields: BTreeMap<String, String>,
}

pub fn surface(product: &str, version: &str, rel: &str, doc: &Value) -> Result<String, String> {
    let mut e = Emitter {
        doc,
        types: BTreeMap::new(),
        in_progress: BTreeSet::new(),
        multipart: BTreeSet::new(),
        defaults: Vec::new(),
        security_types: BTreeMap::new(),
        tag_fields: BTreeMap::new(),
    };
    e.find_multipart()?;
    e.find_tag_fields();
    let info = doc.get("info").ok_or("no info object")?;
    let title = str_of(info, "title").ok_or("info.title is missing")?;
    let api_version = str_of(info, "version").ok_or("info.version is missing")?;

    let mut ops = Vec::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("no paths")?;
    for (path, item) in paths {
        let item = resolve(doc, item)?;
        for method in METHODS {
            if let Some(op) = item.get(*method) {
                let index = ops.len();
                ops.push(e.operation(path, method, item, op, index)?);
            }
        }
    }
    // Components are generated even when no operation uses them: they are part of the
    // contract a client may name.
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for name in schemas.keys() {
            e.named(name, Shape::Json)?;
        }
    }

    let mut out = String::new();
    writeln!(
        out,
        "//! {title} {api_version} — generated from `{rel}` by `cargo xtask codegen`; never edit by hand."
    )
    .ok();
    out.push_str(
        "#![allow(clippy::all, clippy::pedantic, unused_imports, non_camel_case_types, missing_docs)]\n\n\
         use std::sync::Arc;\n\
         use poem_openapi::payload::{Binary, PlainText};\n\
         use crate::support::Json;\n\
         use poem_openapi::param::{Cookie, Header, Path, Query};\n\n",
    );
    writeln!(
        out,
        "/// The spec's `info.title`.\npub const TITLE: &str = {};",
        lit(title)
    )
    .ok();
    writeln!(
        out,
        "/// The spec's `info.version`.\npub const VERSION: &str = {};",
        lit(api_version)
    )
    .ok();
    writeln!(
        out,
        "/// Product name, as in `openapi/<product>/`.\npub const PRODUCT: &str = {};",
        lit(product)
    )
    .ok();
    writeln!(out, "/// Contract version, as in `openapi/<product>/<version>.yaml`.\npub const API_VERSION: &str = {};", lit(version)).ok();
    writeln!(
        out,
        "/// The source spec's path inside the repository.\npub const SPEC_PATH: &str = {};",
        lit(rel)
    )
    .ok();
    writeln!(
        out,
        "/// The source spec, verbatim.\npub const SPEC_YAML: &str = include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../{rel}\"));"
    )
    .ok();
    out.push_str("\n/// Every operation of this contract, in spec order.\npub const OPERATIONS: &[crate::support::Operation] = &[\n");
    for op in &ops {
        writeln!(
            out,
            "    crate::support::Operation {{ method: {}, path: {}, operation_id: {}, secured: {}, scopes: &[{}], tag: {} }},",
            lit(&op.method.to_uppercase()),
            lit(&op.path),
            lit(&op.id),
            op.auth.is_some(),
            op.scopes.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", "),
            lit(&op.tag)
        )
        .ok();
    }
    out.push_str("];\n\n");
    let base_paths = base_paths(doc)?;
    writeln!(
        out,
        "/// Path prefixes the operations answer under (the spec's `servers`; `\"\"` for absolute paths).\npub const BASE_PATHS: &[&str] = &[{}];",
        base_paths.iter().map(|b| lit(b)).collect::<Vec<_>>().join(", ")
    )
    .ok();
    writeln!(
        out,
        "/// `info.x-understudy-released`: this version only changes additively.\npub const RELEASED: bool = {};\n",
        info.get("x-understudy-released").and_then(Value::as_bool).unwrap_or(false)
    )
    .ok();
    out.push_str(
        "/// This contract, for code that walks every product.\npub const CONTRACT: crate::support::Contract = crate::support::Contract {\n\
         product: PRODUCT, version: API_VERSION, title: TITLE, spec_path: SPEC_PATH, spec_yaml: SPEC_YAML,\n\
         base_paths: BASE_PATHS, operations: OPERATIONS, released: RELEASED };\n\n",
    );

    let tags = e.tags();
    if !tags.is_empty() {
        out.push_str("/// The spec's tags.\n#[derive(poem_openapi::Tags)]\npub enum Tags {\n");
        for (name, description) in &tags {
            out.push_str(&doc_comment(description));
            writeln!(
                out,
                "    #[oai(rename = {})]\n    {},",
                lit(name),
                pascal(name)
            )
            .ok();
        }
        out.push_str("}\n\n");
    }

    for code in e.security_types.values() {
        out.push_str(code);
    }
    for code in e.types.values() {
        out.push_str(code);
    }
    for op in &ops {
        out.push_str(&op.params_struct);
        out.push_str(&op.response_enum);
    }
    for d in &e.defaults {
        out.push_str(d);
    }

    // One trait per tag (an operation's first tag), so an implementation keeps each
    // resource's handlers in a file of their own; `Api` is all of them.
    let mut groups: Vec<(String, Vec<&Op>)> = Vec::new();
    for op in &ops {
        match groups.iter_mut().find(|(t, _)| *t == op.tag_trait) {
            Some((_, members)) => members.push(op),
            None => groups.push((op.tag_trait.clone(), vec![op])),
        }
    }
    for (tag_trait, members) in &groups {
        writeln!(
            out,
            "/// The operations tagged `{}`.\n#[async_trait::async_trait]\npub trait {tag_trait}: Send + Sync + 'static {{",
            members[0].tag
        )
        .ok();
        for op in members {
            out.push_str(&doc_comment(&op.summary));
            writeln!(
                out,
                "    async fn {}({}) -> poem::Result<{}>;",
                op.fn_name,
                op.trait_args.join(", "),
                op.response_name
            )
            .ok();
        }
        out.push_str("}\n\n");
    }
    // A real-mode surface that lands a product tag by tag declares each tag it does not
    // serve yet with this macro; the dispatcher mounts only the tags it serves.
    for (tag_trait, members) in &groups {
        let macro_name = format!(
            "{}_{}_unmounted_{}",
            snake(product),
            snake(version),
            snake(tag_trait)
        );
        writeln!(
            out,
            "/// Implements [`{tag_trait}`] for a real-mode surface that does not serve the `{}`\n/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a\n/// surface serves, never routes to them.\n#[macro_export]\nmacro_rules! {macro_name} {{\n    ($t:ty) => {{\n        const _: () = {{\n            use $crate::{}::{}::*;\n            #[$crate::support::async_trait]\n            impl {tag_trait} for $t {{",
            members[0].tag,
            snake(product),
            snake(version)
        )
        .ok();
        for op in members {
            writeln!(
                out,
                "                async fn {}({}) -> poem::Result<{}> {{ Err($crate::support::unmounted()) }}",
                op.fn_name,
                op.trait_args
                    .iter()
                    .map(|a| match a.split_once(": ") {
                        Some((name, ty)) if name != "&self" => format!("_{name}: {ty}"),
                        _ => a.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                op.response_name
            )
            .ok();
        }
        out.push_str("            }\n        };\n    };\n}\n\n");
    }
    let all: Vec<&str> = groups.iter().map(|(t, _)| t.as_str()).collect();
    writeln!(
        out,
        "/// The operations an implementation of this contract provides: every tag's trait.\npub trait Api: {} {{}}\n\nimpl<T: {}> Api for T {{}}\n",
        all.join(" + "),
        all.join(" + ")
    )
    .ok();

    out.push_str("/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every\n/// operation hands its validated call over and types the answer, so the backend can only\n/// say what the contract documents.\npub struct Backed<B>(pub B);\n\n");
    for (tag_trait, members) in &groups {
        writeln!(
            out,
            "#[async_trait::async_trait]\nimpl<B: crate::support::Backend> {tag_trait} for Backed<B> {{"
        )
        .ok();
        for op in members {
            out.push_str(&op.adapter);
        }
        out.push_str("}\n\n");
    }

    out.push_str("/// poem-openapi glue: parses and validates each request, then calls the [`Api`].\npub struct Routes(pub Arc<dyn Api>);\n\n#[poem_openapi::OpenApi]\nimpl Routes {\n");
    for op in &ops {
        out.push_str(&op.glue);
    }
    out.push_str("}\n\n");
    out.push_str(
        "/// The poem-openapi service for an implementation; its derived spec is compared with the\n\
         /// source spec by the contract test.\n\
         pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {\n\
             poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)\n}\n",
    );
    Ok(out)
}

struct Op {
    id: String,
    /// The operation's first tag, and the trait its handler belongs to (`RecordsApi`).
    tag: String,
    tag_trait: String,
    /// The [`Backed`] adapter's method: the call handed to a spec-driven backend.
    adapter: String,
    scopes: Vec<String>,
    path: String,
    method: String,
    fn_name: String,
    summary: String,
    auth: Option<String>,
    trait_args: Vec<String>,
    params_struct: String,
    response_name: String,
    response_enum: String,
    glue: String,
}

impl Emitter<'_> {
    fn find_multipart(&mut self) -> Result<(), String> {
        let Some(paths) = self.doc.get("paths").and_then(Value::as_object) else {
            return Ok(());
        };
        for item in paths.values() {
            for method in METHODS {
                let Some(op) = item.get(*method) else {
                    continue;
                };
                let Some(body) = op.get("requestBody") else {
                    continue;
                };
                let body = resolve(self.doc, body)?;
                if let Some(schema) = body.pointer("/content/multipart~1form-data/schema") {
                    let name = schema_ref_name(schema)
                        .ok_or("a multipart body must $ref a component schema")?;
                    self.multipart.insert(name.to_string());
                }
            }
        }
        Ok(())
    }

    /// Variants of discriminated unions: poem-openapi and serde write the tag from the
    /// union, so the variant struct must not carry it as a field too.
    fn find_tag_fields(&mut self) {
        let Some(schemas) = self
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        else {
            return;
        };
        for schema in schemas.values() {
            let Some(tag) = schema
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str)
            else {
                continue;
            };
            for variant in schema
                .get("oneOf")
                .or_else(|| schema.get("anyOf"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(name) = schema_ref_name(variant) {
                    self.tag_fields.insert(pascal(name), tag.to_string());
                }
            }
        }
    }

    fn tags(&self) -> Vec<(String, String)> {
        let mut tags: Vec<(String, String)> = self
            .doc
            .get("tags")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|t| {
                        Some((
                            str_of(t, "name")?.to_string(),
                            str_of(t, "description").unwrap_or("").to_string(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(paths) = self.doc.get("paths").and_then(Value::as_object) {
            for item in paths.values() {
                for method in METHODS {
                    for t in item
                        .pointer(&format!("/{method}/tags"))
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(t) = t.as_str() {
                            if !tags.iter().any(|(n, _)| n == t) {
                                tags.push((t.to_string(), String::new()));
                            }
                        }
                    }
                }
            }
        }
        tags
    }

    /// Makes sure the component schema `name` has a Rust definition and returns its type.
    fn named(&mut self, name: &str, shape: Shape) -> Result<RustType, String> {
        let rust = pascal(name);
        let schema = self
            .doc
            .pointer(&format!(
                "/components/schemas/{}",
                name.replace('~', "~0").replace('/', "~1")
            ))
            .ok_or_else(|| format!("#/components/schemas/{name} does not exist"))?;
        let kind = classify(schema);
        if self.types.contains_key(&rust) || self.in_progress.contains(&rust) {
            let mut t = self.shape_of(schema, &rust, kind);
            if self.in_progress.contains(&rust) {
                t.ty = format!("Box<{}>", t.ty);
            }
            return Ok(t);
        }
        let shape = if self.multipart.contains(name) {
            Shape::Multipart
        } else {
            shape
        };
        self.in_progress.insert(rust.clone());
        let result = self.define(&rust, schema, shape);
        self.in_progress.remove(&rust);
        result
    }

    /// The type a named schema renders to, without rendering it again.
    fn shape_of(&self, schema: &Value, rust: &str, kind: Kind) -> RustType {
        let mut t = RustType::plain(rust);
        if kind == Kind::Enum {
            t.string = false;
        }
        t.nullable = bool_of(schema, "nullable");
        t
    }

    /// Renders a named definition (object, enum, union or alias) for `schema`.
    fn define(&mut self, rust: &str, schema: &Value, shape: Shape) -> Result<RustType, String> {
        let description = str_of(schema, "description").unwrap_or("").to_string();
        match classify(schema) {
            Kind::Object => {
                let code = if shape == Shape::Multipart {
                    self.multipart_struct(rust, schema, &description)?
                } else {
                    self.object(rust, schema, &description)?
                };
                self.types.insert(rust.to_string(), code);
                Ok(RustType::plain(rust))
            }
            Kind::Enum => {
                let code = enumeration(rust, schema, &description)?;
                self.types.insert(rust.to_string(), code);
                Ok(RustType::plain(rust))
            }
            Kind::Union => {
                let code = self.union(rust, schema, &description)?;
                self.types.insert(rust.to_string(), code);
                Ok(RustType::plain(rust))
            }
            Kind::Other => {
                let inner = self.rust_type(schema, &format!("{rust}Inner"))?;
                let code = format!(
                    "{}pub type {rust} = {};\n\n",
                    doc_comment(&description),
                    inner.ty
                );
                self.types.insert(rust.to_string(), code);
                Ok(RustType {
                    ty: rust.to_string(),
                    ..inner
                })
            }
        }
    }

    /// The Rust type of any schema; inline objects, enums and unions become named types
    /// called after `hint`.
    fn rust_type(&mut self, schema: &Value, hint: &str) -> Result<RustType, String> {
        let nullable = bool_of(schema, "nullable");
        if let Some(name) = schema_ref_name(schema) {
            let mut t = self.named(name, Shape::Json)?;
            t.nullable |= nullable;
            return Ok(t);
        }
        if schema.get("$ref").is_some() {
            let target = resolve(self.doc, schema)?;
            return self.rust_type(target, hint);
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            if all.len() == 1 {
                let mut t = self.rust_type(&all[0], hint)?;
                t.nullable |= nullable;
                return Ok(t);
            }
            let merged = self.merge_all_of(schema, all)?;
            let mut t = self.define(hint, &merged, Shape::Json)?;
            t.nullable = nullable;
            return Ok(t);
        }
        let kind = classify(schema);
        if matches!(kind, Kind::Enum | Kind::Union)
            || (kind == Kind::Object && schema.get("properties").is_some())
        {
            let mut t = self.define(hint, schema, Shape::Json)?;
            t.nullable = nullable;
            return Ok(t);
        }
        let ty = str_of(schema, "type").unwrap_or("");
        let format = str_of(schema, "format").unwrap_or("");
        let mut t = match ty {
            "string" => match format {
                "uuid" => RustType::plain("uuid::Uuid"),
                "binary" => RustType::plain("Vec<u8>"),
                _ => RustType {
                    string: true,
                    ..RustType::plain("String")
                },
            },
            "integer" => RustType {
                numeric: true,
                ..RustType::plain(if format == "int32" { "i32" } else { "i64" })
            },
            "number" => RustType {
                numeric: true,
                ..RustType::plain(if format == "float" { "f32" } else { "f64" })
            },
            "boolean" => RustType::plain("bool"),
            "array" => {
                let items = schema
                    .get("items")
                    .ok_or_else(|| format!("{hint}: an array needs items"))?;
                let inner = self.rust_type(items, &format!("{hint}Item"))?;
                let inner_ty = if inner.nullable {
                    format!("Option<{}>", inner.ty)
                } else {
                    inner.ty
                };
                RustType {
                    array: true,
                    ..RustType::plain(&format!("Vec<{inner_ty}>"))
                }
            }
            "object" => match schema.get("additionalProperties") {
                Some(Value::Object(m)) if !m.is_empty() => {
                    let inner =
                        self.rust_type(&Value::Object(m.clone()), &format!("{hint}Value"))?;
                    RustType::plain(&format!("std::collections::BTreeMap<String, {}>", inner.ty))
                }
                _ => RustType::plain("std::collections::BTreeMap<String, serde_json::Value>"),
            },
            _ => RustType::plain("serde_json::Value"),
        };
        t.nullable = nullable;
        Ok(t)
    }

    fn merge_all_of(&self, outer: &Value, parts: &[Value]) -> Result<Value, String> {
        let mut properties = serde_json::Map::new();
        let mut required = Vec::new();
        for part in parts {
            let part = resolve(self.doc, part)?;
            if let Some(p) = part.get("properties").and_then(Value::as_object) {
                for (k, v) in p {
                    properties.insert(k.clone(), v.clone());
                }
            }
            required.extend(required_list(part).into_iter().map(Value::String));
        }
        let mut merged =
            serde_json::json!({"type": "object", "properties": properties, "required": required});
        if let Some(d) = outer.get("description") {
            merged["description"] = d.clone();
        }
        Ok(merged)
    }

    fn object(&mut self, rust: &str, schema: &Value, description: &str) -> Result<String, String> {
        let required = required_list(schema);
        let mut fields = String::new();
        let props = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut seen = BTreeSet::new();
        let tag_field = self.tag_fields.get(rust).cloned();
        for (name, prop) in &props {
            if tag_field.as_deref() == Some(name.as_str()) {
                continue;
            }
            let mut field = snake(name);
            while !seen.insert(field.clone()) {
                field.push('_');
            }
            let t = self.rust_type(prop, &format!("{rust}{}", pascal(name)))?;
            let target = resolve(self.doc, prop)?;
            fields.push_str(&doc_comment(str_of(target, "description").unwrap_or("")));
            let mut oai = vec![format!("rename = {}", lit(name))];
            let mut serde = vec![format!("rename = {}", lit(name))];
            let is_required = required.contains(name);
            let default = prop.get("default").or_else(|| target.get("default"));
            let optional = !is_required || t.nullable;
            let field_ty = if optional {
                format!("Option<{}>", t.ty)
            } else {
                t.ty.clone()
            };
            if let Some(default) = default.filter(|_| !is_required) {
                let f = format!("default_{}_{}", snake(rust), field);
                let expr = default_expr(default, &t, optional)?;
                self.defaults
                    .push(format!("fn {f}() -> {field_ty} {{ {expr} }}\n\n"));
                oai.push(format!("default = {}", lit(&f)));
                serde.push(format!("default = {}", lit(&f)));
            } else if optional {
                serde.push("default".into());
            }
            if optional && !t.nullable {
                oai.push("skip_serializing_if_is_none".into());
                serde.push("skip_serializing_if = \"Option::is_none\"".into());
            }
            if bool_of(prop, "readOnly") || bool_of(target, "readOnly") {
                oai.push("read_only".into());
            }
            if bool_of(prop, "writeOnly") || bool_of(target, "writeOnly") {
                oai.push("write_only".into());
                // Never in an answer; kept when a request body is handed to a backend.
                let skip = if optional && !t.nullable {
                    "crate::support::omit_write_only_or_none"
                } else {
                    "crate::support::omit_write_only"
                };
                serde.retain(|a| !a.starts_with("skip_serializing_if"));
                serde.push(format!("skip_serializing_if = {}", lit(skip)));
            }
            if let Some(v) = validators(prop, &t) {
                oai.push(v);
            }
            writeln!(
                fields,
                "    #[oai({})]\n    #[serde({})]\n    pub {field}: {field_ty},",
                oai.join(", "),
                serde.join(", ")
            )
            .ok();
        }
        Ok(format!(
            "{}#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]\n\
             #[oai(rename = {})]\npub struct {rust} {{\n{fields}}}\n\n",
            doc_comment(description),
            lit(rust)
        ))
    }

    fn multipart_struct(
        &mut self,
        rust: &str,
        schema: &Value,
        description: &str,
    ) -> Result<String, String> {
        let required = required_list(schema);
        let mut fields = String::new();
        let mut entries = String::new();
        let props = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (name, prop) in &props {
            let target = resolve(self.doc, prop)?;
            let binary = str_of(target, "format") == Some("binary");
            let t = if binary {
                RustType::plain("poem_openapi::types::multipart::Upload")
            } else {
                self.rust_type(prop, &format!("{rust}{}", pascal(name)))?
            };
            let field_ty = if required.contains(name) {
                t.ty.clone()
            } else {
                format!("Option<{}>", t.ty)
            };
            let mut oai = vec![format!("rename = {}", lit(name))];
            if let Some(v) = validators(prop, &t) {
                oai.push(v);
            }
            fields.push_str(&doc_comment(str_of(target, "description").unwrap_or("")));
            let field = snake(name);
            writeln!(
                fields,
                "    #[oai({})]\n    pub {field}: {field_ty},",
                oai.join(", "),
            )
            .ok();
            let value = match (binary, required.contains(name)) {
                (true, true) => format!("crate::support::upload_summary(&self.{field})"),
                (true, false) => format!(
                    "self.{field}.as_ref().map(crate::support::upload_summary).unwrap_or(serde_json::Value::Null)"
                ),
                (false, _) => format!("crate::support::to_json(&self.{field})"),
            };
            writeln!(
                entries,
                "        form.insert({}.to_string(), {value});",
                lit(name)
            )
            .ok();
        }
        Ok(format!(
            "{}#[derive(Debug, poem_openapi::Multipart)]\npub struct {rust} {{\n{fields}}}\n\n\
             impl {rust} {{\n    /// The form as a backend sees it: fields as JSON, files summarized.\n    pub fn to_form(&self) -> serde_json::Value {{\n        let mut form = serde_json::Map::new();\n{entries}        serde_json::Value::Object(form)\n    }}\n}}\n\n",
            doc_comment(description)
        ))
    }

    fn union(&mut self, rust: &str, schema: &Value, description: &str) -> Result<String, String> {
        let variants = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let discriminator = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str);
        let mapping: BTreeMap<String, String> = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((v.as_str()?.to_string(), k.clone())))
                    .collect()
            })
            .unwrap_or_default();
        let mut body = String::new();
        for (i, variant) in variants.iter().enumerate() {
            let reference = variant.get("$ref").and_then(Value::as_str).unwrap_or("");
            let t = self.rust_type(variant, &format!("{rust}Variant{i}"))?;
            let variant_name = pascal(schema_ref_name(variant).unwrap_or(&t.ty));
            match discriminator {
                Some(_) => {
                    let key = mapping
                        .get(reference)
                        .cloned()
                        .unwrap_or_else(|| schema_ref_name(variant).unwrap_or(&t.ty).to_string());
                    writeln!(
                        body,
                        "    #[oai(mapping = {k})]\n    #[serde(rename = {k})]\n    {variant_name}({}),",
                        t.ty,
                        k = lit(&key)
                    )
                    .ok();
                }
                None => {
                    writeln!(body, "    {variant_name}({}),", t.ty).ok();
                }
            }
        }
        let (oai, serde) = match discriminator {
            Some(d) => (
                format!("discriminator_name = {}, one_of", lit(d)),
                format!("tag = {}", lit(d)),
            ),
            None => ("one_of".to_string(), "untagged".to_string()),
        };
        Ok(format!(
            "{}#[derive(Debug, Clone, PartialEq, poem_openapi::Union, serde::Serialize, serde::Deserialize)]\n\
             #[oai({oai})]\n#[serde({serde})]\npub enum {rust} {{\n{body}}}\n\n",
            doc_comment(description)
        ))
    }

    fn security_type(&mut self, requirement: &[String]) -> Result<String, String> {
        let mut names = Vec::new();
        for scheme in requirement {
            let rust = pascal(scheme);
            if !self.security_types.contains_key(&rust) {
                let node = self
                    .doc
                    .pointer(&format!("/components/securitySchemes/{scheme}"))
                    .ok_or_else(|| format!("security scheme {scheme} is not declared"))?;
                let node = resolve(self.doc, node)?;
                let description = doc_comment(str_of(node, "description").unwrap_or(""));
                let (attrs, inner) = match (str_of(node, "type"), str_of(node, "scheme")) {
                    (Some("http"), Some(s)) if s.eq_ignore_ascii_case("bearer") => (
                        String::from("ty = \"bearer\""),
                        "poem_openapi::auth::Bearer",
                    ),
                    (Some("http"), Some(s)) if s.eq_ignore_ascii_case("basic") => {
                        (String::from("ty = \"basic\""), "poem_openapi::auth::Basic")
                    }
                    (Some("apiKey"), _) => (
                        format!(
                            "ty = \"api_key\", key_name = {}, key_in = {}",
                            lit(str_of(node, "name").ok_or("apiKey scheme without name")?),
                            lit(str_of(node, "in").ok_or("apiKey scheme without in")?)
                        ),
                        "poem_openapi::auth::ApiKey",
                    ),
                    (t, s) => {
                        return Err(format!(
                            "security scheme {scheme}: unsupported type {t:?}/{s:?}"
                        ))
                    }
                };
                let code = format!(
                    "{description}#[derive(poem_openapi::SecurityScheme)]\n#[oai(rename = {}, {attrs})]\npub struct {rust}(pub {inner});\n\n\
                     impl crate::support::Credential for {rust} {{\n    fn credential(&self) -> String {{\n        crate::support::Credential::credential(&self.0)\n    }}\n}}\n\n",
                    lit(scheme)
                );
                self.security_types.insert(rust.clone(), code);
            }
            names.push(rust);
        }
        if names.len() == 1 {
            return Ok(names.remove(0));
        }
        let rust = names.join("Or");
        if !self.security_types.contains_key(&rust) {
            let variants: String = names.iter().map(|n| format!("    {n}({n}),\n")).collect();
            let arms: String = names
                .iter()
                .map(|n| {
                    format!(
                        "            Self::{n}(s) => crate::support::Credential::credential(s),\n"
                    )
                })
                .collect();
            self.security_types.insert(
                rust.clone(),
                format!("/// Any one of these schemes is accepted.\n#[derive(poem_openapi::SecurityScheme)]\npub enum {rust} {{\n{variants}}}\n\n\
                         impl crate::support::Credential for {rust} {{\n    fn credential(&self) -> String {{\n        match self {{\n{arms}        }}\n    }}\n}}\n\n"),
            );
        }
        Ok(rust)
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        item: &Value,
        op: &Value,
        index: usize,
    ) -> Result<Op, String> {
        let id = str_of(op, "operationId")
            .ok_or_else(|| format!("{method} {path}: operationId is missing"))?;
        let fn_name = snake(id);
        let op_pascal = pascal(id);
        let summary = str_of(op, "summary").unwrap_or(id).to_string();
        let description = str_of(op, "description").unwrap_or("").to_string();

        // Security: the operation's own list, else the document's.
        let security = op.get("security").or_else(|| self.doc.get("security"));
        let mut alternatives = Vec::new();
        let mut optional_auth = false;
        for req in security.and_then(Value::as_array).into_iter().flatten() {
            let keys: Vec<String> = req
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            match keys.len() {
                0 => optional_auth = true,
                1 => alternatives.push(keys[0].clone()),
                _ => {
                    return Err(format!(
                        "{id}: a requirement naming several schemes at once is not supported"
                    ))
                }
            }
        }
        let auth = if alternatives.is_empty() || optional_auth {
            None
        } else {
            Some(self.security_type(&alternatives)?)
        };

        // Parameters: path-level then operation-level, the latter winning.
        let mut params: Vec<Value> = Vec::new();
        for p in item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(
                op.get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
        {
            let p = resolve(self.doc, p)?.clone();
            params.retain(|q: &Value| {
                !(q.get("name") == p.get("name") && q.get("in") == p.get("in"))
            });
            params.push(p);
        }
        let mut glue_args = vec!["&self".to_string(), "req: &poem::Request".to_string()];
        let mut trait_args = vec!["&self".to_string(), "req: &poem::Request".to_string()];
        let mut call_args = vec!["req".to_string()];
        if let Some(a) = &auth {
            glue_args.push(format!("auth: {a}"));
            trait_args.push(format!("auth: {a}"));
            call_args.push("auth".into());
        }
        let params_name = format!("{op_pascal}Params");
        let mut params_struct = String::new();
        if !params.is_empty() {
            let mut fields = String::new();
            let mut inits = Vec::new();
            for p in &params {
                let name = str_of(p, "name").ok_or("a parameter without a name")?;
                let location = str_of(p, "in").ok_or("a parameter without `in`")?;
                let schema = p.get("schema").cloned().unwrap_or(Value::Null);
                let t = self.rust_type(&schema, &format!("{op_pascal}{}", pascal(name)))?;
                let field = snake(name);
                let required = bool_of(p, "required") || location == "path";
                let default = resolve(self.doc, &schema)?.get("default").cloned();
                let wrapper = match location {
                    "path" => "Path",
                    "query" => "Query",
                    "header" => "Header",
                    "cookie" => "Cookie",
                    other => {
                        return Err(format!("{id}: parameter location {other} is not supported"))
                    }
                };
                let mut oai = vec![format!("name = {}", lit(name))];
                let inner_ty = if required || default.is_some() {
                    t.ty.clone()
                } else {
                    format!("Option<{}>", t.ty)
                };
                if let Some(d) = default.filter(|_| !required) {
                    let f = format!("default_{}_{}", fn_name, field);
                    self.defaults.push(format!(
                        "fn {f}() -> {} {{ {} }}\n\n",
                        t.ty,
                        default_expr(&d, &t, false)?
                    ));
                    oai.push(format!("default = {}", lit(&f)));
                }
                if let Some(v) = validators(&schema, &t) {
                    oai.push(v);
                }
                if bool_of(p, "deprecated") {
                    oai.push("deprecated".into());
                }
                let pdoc = str_of(p, "description").unwrap_or("");
                glue_args.push(format!(
                    "\n{}    #[oai({})] {field}: {wrapper}<{inner_ty}>",
                    doc_comment(pdoc),
                    oai.join(", ")
                ));
                fields.push_str(&doc_comment(pdoc));
                writeln!(
                    fields,
                    "    #[serde(rename = {})]\n    pub {field}: {inner_ty},",
                    lit(name)
                )
                .ok();
                inits.push(format!("{field}: {field}.0"));
            }
            params_struct = format!(
                "/// The parameters of `{id}`.\n#[derive(Debug, Clone, serde::Serialize)]\npub struct {params_name} {{\n{fields}}}\n\n"
            );
            trait_args.push(format!("params: {params_name}"));
            call_args.push(format!("{params_name} {{ {} }}", inits.join(", ")));
        }

        let mut body_conv = None;
        if let Some(body) = op.get("requestBody") {
            let body = resolve(self.doc, body)?;
            let content = body
                .get("content")
                .and_then(Value::as_object)
                .ok_or_else(|| format!("{id}: requestBody without content"))?;
            let (arg_ty, pass, conv) = self.request_body(&op_pascal, content)?;
            let required = bool_of(body, "required");
            body_conv = Some(if required {
                conv
            } else {
                format!(
                    "body.as_ref().map(|body| {conv}).unwrap_or(crate::support::CallBody::None)"
                )
            });
            if required {
                glue_args.push(format!("body: {arg_ty}"));
                trait_args.push(format!("body: {}", pass.0));
                call_args.push(pass.1.clone());
            } else {
                glue_args.push(format!("body: Option<{arg_ty}>"));
                trait_args.push(format!("body: Option<{}>", pass.0));
                call_args.push(format!("body.map(|body| {})", pass.1));
            }
        }

        let (response_name, response_enum) = self.responses(id, &op_pascal, op)?;
        let mut oai = vec![
            format!("path = {}", lit(&poem_path(path))),
            format!("method = {}", lit(method)),
            format!("operation_id = {}", lit(id)),
        ];
        let tags: Vec<String> = op
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(|t| format!("Tags::{}", pascal(t))))
            .collect();
        if !tags.is_empty() {
            oai.push(format!(
                "tag = {}",
                tags.iter()
                    .map(|t| lit(t))
                    .collect::<Vec<_>>()
                    .join(", tag = ")
            ));
        }
        if bool_of(op, "deprecated") {
            oai.push("deprecated".into());
        }
        let mut glue = doc_comment(&summary);
        if !description.is_empty() {
            glue.push_str("///\n");
            glue.push_str(&doc_comment(&description));
        }
        writeln!(
            glue,
            "    #[oai({})]\n    async fn {fn_name}({}) -> poem::Result<{response_name}> {{\n        self.0.{fn_name}({}).await\n    }}\n",
            oai.join(", "),
            glue_args.join(", "),
            call_args.join(", ")
        )
        .ok();
        let scopes = op
            .get("x-required-scopes")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let params_expr = if params.is_empty() {
            "Default::default()".to_string()
        } else {
            "match crate::support::to_json(&params) { serde_json::Value::Object(m) => m, _ => Default::default() }".to_string()
        };
        let credential_expr = if auth.is_some() {
            "Some(crate::support::Credential::credential(&auth))"
        } else {
            "None"
        };
        let adapter = format!(
            "    async fn {fn_name}({}) -> poem::Result<{response_name}> {{\n\
             let call = crate::support::Call {{ contract: &CONTRACT, operation: &OPERATIONS[{index}], request: req, params: {params_expr}, body: {}, credential: {credential_expr} }};\n\
             let answer = self.0.answer(call).await?;\n\
             <{response_name} as crate::support::FromAnswer>::from_answer(answer).map_err(|e| crate::support::unfit(&OPERATIONS[{index}], e))\n    }}\n",
            trait_args.join(", "),
            body_conv.as_deref().unwrap_or("crate::support::CallBody::None"),
        );
        let tag = op
            .get("tags")
            .and_then(Value::as_array)
            .and_then(|t| t.first())
            .and_then(Value::as_str)
            .unwrap_or("default")
            .to_string();
        Ok(Op {
            id: id.to_string(),
            tag_trait: format!("{}Api", pascal(&tag)),
            tag,
            adapter,
            scopes,
            path: path.to_string(),
            method: method.to_string(),
            fn_name,
            summary,
            auth,
            trait_args,
            params_struct,
            response_name,
            response_enum,
            glue,
        })
    }

    /// The glue's body argument type and, for the trait, (type, expression from `body`).
    fn request_body(
        &mut self,
        op_pascal: &str,
        content: &serde_json::Map<String, Value>,
    ) -> Result<(String, (String, String), String), String> {
        let mut kinds = Vec::new();
        for (media, media_obj) in content {
            let schema = media_obj.get("schema").cloned().unwrap_or(Value::Null);
            let (payload, inner) = match media.as_str() {
                m if m.contains("json") => {
                    let t = self.rust_type(&schema, &format!("{op_pascal}Body"))?;
                    (format!("Json<{}>", t.ty), t.ty)
                }
                "multipart/form-data" => {
                    let name =
                        schema_ref_name(&schema).ok_or("multipart bodies must $ref a schema")?;
                    let t = self.named(name, Shape::Multipart)?;
                    (t.ty.clone(), t.ty)
                }
                "text/plain" => ("PlainText<String>".to_string(), "String".to_string()),
                _ => ("Binary<Vec<u8>>".to_string(), "Vec<u8>".to_string()),
            };
            kinds.push((media.clone(), payload, inner));
        }
        if kinds.len() == 1 {
            let (media, payload, inner) = kinds.remove(0);
            let unwrap = if media == "multipart/form-data" {
                "body".to_string()
            } else {
                "body.0".to_string()
            };
            let conv = match media.as_str() {
                m if m.contains("json") => {
                    "crate::support::CallBody::Json(crate::support::to_json(&body))"
                }
                "multipart/form-data" => "crate::support::CallBody::Form(body.to_form())",
                "text/plain" => "crate::support::CallBody::Text(body.clone())",
                _ => "crate::support::CallBody::Bytes(body.clone())",
            };
            return Ok((payload, (inner, unwrap), conv.to_string()));
        }
        // Several media types: an ApiRequest enum the implementation matches on.
        let name = format!("{op_pascal}Request");
        let mut variants = String::new();
        let mut arms = String::new();
        for (media, payload, _) in &kinds {
            let variant = pascal(media);
            writeln!(
                variants,
                "    #[oai(content_type = {})]\n    {variant}({payload}),",
                lit(media),
            )
            .ok();
            let conv = match media.as_str() {
                m if m.contains("json") => "Json(crate::support::to_json(&b.0))",
                "multipart/form-data" => "Form(b.to_form())",
                "text/plain" => "Text(b.0.clone())",
                _ => "Bytes(b.0.clone())",
            };
            writeln!(
                arms,
                "            Self::{variant}(b) => crate::support::CallBody::{conv},"
            )
            .ok();
        }
        self.types.insert(
            name.clone(),
            format!("/// The accepted request bodies of this operation.\n#[derive(Debug, poem_openapi::ApiRequest)]\npub enum {name} {{\n{variants}}}\n\n\
                     impl {name} {{\n    /// The body as a backend sees it.\n    pub fn to_call_body(&self) -> crate::support::CallBody {{\n        match self {{\n{arms}        }}\n    }}\n}}\n\n"),
        );
        Ok((
            name.clone(),
            (name, "body".to_string()),
            "body.to_call_body()".to_string(),
        ))
    }

    fn responses(
        &mut self,
        id: &str,
        op_pascal: &str,
        op: &Value,
    ) -> Result<(String, String), String> {
        let name = format!("{op_pascal}Response");
        let responses = op
            .get("responses")
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{id}: no responses"))?;
        let mut variants = String::new();
        let mut arms = String::new();
        let mut default_arm = None;
        for (status, response) in responses {
            let response = resolve(self.doc, response)?;
            let description = str_of(response, "description").unwrap_or("");
            let mut fields = Vec::new();
            let mut builders = Vec::new();
            // A binary answer of a declared media type says so (the glue's default is
            // `application/octet-stream`).
            let mut labelled = None;
            if let Some(content) = response.get("content").and_then(Value::as_object) {
                if let Some((media, media_obj)) = content.iter().next() {
                    if !media.contains("json")
                        && media != "text/plain"
                        && media != "application/octet-stream"
                    {
                        labelled = Some(media.clone());
                    }
                    let schema = media_obj.get("schema").cloned().unwrap_or(Value::Null);
                    let hint = format!("{op_pascal}{}Body", pascal(status));
                    let (field, builder) = match media.as_str() {
                        m if m.contains("json") => (
                            format!("Json<{}>", self.rust_type(&schema, &hint)?.ty),
                            "Json(a.json()?)",
                        ),
                        "text/plain" => ("PlainText<String>".to_string(), "PlainText(a.text()?)"),
                        _ => ("Binary<Vec<u8>>".to_string(), "Binary(a.bytes()?)"),
                    };
                    fields.push(field);
                    builders.push(builder.to_string());
                }
            }
            for (header, h) in response
                .get("headers")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if header.eq_ignore_ascii_case("content-type") {
                    continue;
                }
                let h = resolve(self.doc, h)?;
                let schema = h
                    .get("schema")
                    .cloned()
                    .unwrap_or(serde_json::json!({"type": "string"}));
                let t = self.rust_type(&schema, &format!("{op_pascal}{}", pascal(header)))?;
                let ty = if bool_of(h, "required") {
                    t.ty
                } else {
                    format!("Option<{}>", t.ty)
                };
                fields.push(format!("#[oai(header = {})] {ty}", lit(header)));
                builders.push(format!("a.header({})?", lit(header)));
            }
            let (attr, variant) = match status.parse::<u16>() {
                Ok(code) => match &labelled {
                    Some(media) => (
                        format!("#[oai(status = {code}, content_type = {})]", lit(media)),
                        status_variant(code),
                    ),
                    None => (format!("#[oai(status = {code})]"), status_variant(code)),
                },
                Err(_) if status == "default" => {
                    fields.insert(0, "poem::http::StatusCode".to_string());
                    builders.insert(
                        0,
                        "poem::http::StatusCode::from_u16(a.status).map_err(|e| e.to_string())?"
                            .to_string(),
                    );
                    (String::new(), "Default".to_string())
                }
                Err(_) => return Err(format!("{id}: status {status} is not supported")),
            };
            let built = if builders.is_empty() {
                format!("Self::{variant}")
            } else {
                format!("Self::{variant}({})", builders.join(", "))
            };
            if status == "default" {
                default_arm = Some(format!("            _ => Ok({built}),\n"));
            } else {
                writeln!(arms, "            {status} => Ok({built}),").ok();
            }
            let payload = if fields.is_empty() {
                String::new()
            } else {
                format!("({})", fields.join(", "))
            };
            write!(
                variants,
                "{}    {attr}\n    {variant}{payload},\n",
                doc_comment(description)
            )
            .ok();
        }
        let fallback = default_arm.unwrap_or_else(|| {
            "            other => Err(format!(\"status {other} is not documented\")),\n".to_string()
        });
        Ok((
            name.clone(),
            format!("/// Every answer `{id}` documents.\n#[derive(Debug, poem_openapi::ApiResponse)]\npub enum {name} {{\n{variants}}}\n\n\
                     impl crate::support::FromAnswer for {name} {{\n    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {{\n        match a.status {{\n{arms}{fallback}        }}\n    }}\n}}\n\n"),
        ))
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Object,
    Enum,
    Union,
    Other,
}

fn classify(schema: &Value) -> Kind {
    // Beside `properties`, `oneOf`/`anyOf` only states rules across the object's fields
    // (which connector types go together, what one value requires of another): the
    // shape is the properties, and the server checks the rules.
    if (schema.get("oneOf").is_some() || schema.get("anyOf").is_some())
        && schema.get("properties").is_none()
    {
        Kind::Union
    } else if schema.get("enum").is_some() && str_of(schema, "type").unwrap_or("string") == "string"
    {
        Kind::Enum
    } else if schema.get("properties").is_some()
        || (str_of(schema, "type") == Some("object")
            && schema.get("additionalProperties").is_none()
            && schema.get("properties").is_some())
    {
        Kind::Object
    } else {
        Kind::Other
    }
}

fn enumeration(rust: &str, schema: &Value, description: &str) -> Result<String, String> {
    let values: Vec<&str> = schema
        .get("enum")
        .and_then(Value::as_array)
        .ok_or("enum without values")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut body = String::new();
    let mut names = BTreeSet::new();
    let mut arms = String::new();
    let mut all = Vec::new();
    for v in &values {
        let mut variant = pascal(v);
        while !names.insert(variant.clone()) {
            variant.push('_');
        }
        writeln!(
            body,
            "    #[oai(rename = {l})]\n    #[serde(rename = {l})]\n    {variant},",
            l = lit(v)
        )
        .ok();
        writeln!(arms, "            {rust}::{variant} => {},", lit(v)).ok();
        all.push(format!("{rust}::{variant}"));
    }
    Ok(format!(
        "{}#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum, serde::Serialize, serde::Deserialize)]\n\
         #[oai(rename = {})]\npub enum {rust} {{\n{body}}}\n\n\
         impl {rust} {{\n    /// Every value, in spec order.\n    pub const ALL: &'static [{rust}] = &[{}];\n\n\
         \x20   /// The value as it appears on the wire.\n    pub fn as_str(&self) -> &'static str {{\n        match self {{\n{arms}        }}\n    }}\n}}\n\n\
         impl crate::support::WireEnum for {rust} {{\n    const VALUES: &'static [{rust}] = {rust}::ALL;\n\n    fn wire(&self) -> &'static str {{\n        self.as_str()\n    }}\n}}\n\n",
        doc_comment(description),
        lit(rust),
        all.join(", ")
    ))
}

/// poem-openapi validators for a schema's limits, where the Rust type can carry them.
fn validators(schema: &Value, t: &RustType) -> Option<String> {
    let mut v = Vec::new();
    if t.string {
        if let Some(n) = schema.get("maxLength").and_then(Value::as_u64) {
            v.push(format!("max_length = {n}"));
        }
        if let Some(n) = schema.get("minLength").and_then(Value::as_u64) {
            v.push(format!("min_length = {n}"));
        }
        if let Some(p) = str_of(schema, "pattern") {
            v.push(format!("pattern = {}", lit(p)));
        }
    }
    if t.numeric {
        if let Some(n) = schema.get("maximum").and_then(Value::as_f64) {
            let exclusive = bool_of(schema, "exclusiveMaximum");
            v.push(format!("maximum(value = \"{n}\", exclusive = {exclusive})"));
        }
        if let Some(n) = schema.get("minimum").and_then(Value::as_f64) {
            let exclusive = bool_of(schema, "exclusiveMinimum");
            v.push(format!("minimum(value = \"{n}\", exclusive = {exclusive})"));
        }
    }
    if t.array {
        if let Some(n) = schema.get("maxItems").and_then(Value::as_u64) {
            v.push(format!("max_items = {n}"));
        }
        if let Some(n) = schema.get("minItems").and_then(Value::as_u64) {
            v.push(format!("min_items = {n}"));
        }
        if bool_of(schema, "uniqueItems") {
            v.push("unique_items".into());
        }
    }
    (!v.is_empty()).then(|| format!("validator({})", v.join(", ")))
}

/// A Rust expression for a spec `default`.
fn default_expr(value: &Value, t: &RustType, wrap: bool) -> Result<String, String> {
    let expr = match value {
        Value::Null => return Ok("None".into()),
        Value::String(s) if t.string => format!("{}.to_string()", lit(s)),
        Value::String(s) => format!("{}::{}", t.ty, pascal(s)),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) if t.ty.starts_with('f') => format!("{}_f64 as {}", n, t.ty),
        Value::Number(n) => n.to_string(),
        other => return Err(format!("a default of {other} is not supported")),
    };
    Ok(if wrap { format!("Some({expr})") } else { expr })
}

/// `/a/{id}/b` → `/a/:id/b`, poem's path syntax.
/// The spec's `servers` as path prefixes: `""` for `/` (absolute paths), else the URL's
/// path without a trailing slash. Only same-origin paths make sense for a stand-in.
fn base_paths(doc: &Value) -> Result<Vec<String>, String> {
    let urls: Vec<&str> = doc
        .get("servers")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| str_of(s, "url")).collect())
        .unwrap_or_default();
    if urls.is_empty() {
        return Ok(vec![String::new()]);
    }
    urls.into_iter()
        .map(|u| {
            if !u.starts_with('/') {
                return Err(format!(
                    "server URL {u} must be a path (the stand-in answers on any host)"
                ));
            }
            Ok(u.trim_end_matches('/').to_string())
        })
        .collect()
}

fn poem_path(path: &str) -> String {
    path.split('/')
        .map(
            |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => format!(":{name}"),
                None => seg.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

fn status_variant(code: u16) -> String {
    match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        204 => "NoContent",
        206 => "PartialContent",
        301 => "MovedPermanently",
        302 => "Found",
        304 => "NotModified",
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        _ => return format!("Status{code}"),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_become_poem_paths() {
        assert_eq!(
            poem_path("/api/v1/workspaces/{id}/"),
            "/api/v1/workspaces/:id/"
        );
    }

    #[test]
    fn a_small_spec_generates_a_trait_and_glue() {
        let doc: Value = serde_yaml_ng::from_str(
            r##"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: get_thing
      tags: [things]
      parameters: [{name: id, in: path, required: true, schema: {type: integer, format: int64}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
        "404": {description: missing}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: integer, format: int64}
        kind: {type: string, enum: [a, b-c]}
      anyOf:
        - {properties: {kind: {enum: [a]}}, required: [id]}
        - {properties: {kind: {enum: [b-c]}}}
    Cmd:
      oneOf: [{$ref: "#/components/schemas/Thing"}]
      discriminator: {propertyName: command}
"##,
        )
        .unwrap();
        let code = surface("t", "v1", "openapi/t/v1.yaml", &doc).unwrap();
        assert!(code.contains("async fn get_thing(&self, req: &poem::Request, params: GetThingParams) -> poem::Result<GetThingResponse>;"));
        assert!(code.contains("pub trait ThingsApi: Send + Sync + 'static {"));
        assert!(code.contains("pub trait Api: ThingsApi {}"));
        assert!(code.contains("impl<B: crate::support::Backend> ThingsApi for Backed<B> {"));
        assert!(code.contains("pub enum ThingKind"));
        assert!(code.contains("BC,"));
        assert!(code.contains("#[oai(discriminator_name = \"command\", one_of)]"));
        assert!(code.contains("path = \"/things/:id\""));
        // `anyOf` beside `properties` is a rule across fields: `Thing` stays a struct.
        assert!(code.contains("pub struct Thing {"), "{code}");
    }
}
