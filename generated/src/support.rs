//! Items shared by every generated surface.

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
            other => {
                return Err(format!(
                    "status {}: expected a JSON body, got {other:?}",
                    self.status
                ))
            }
        };
        typed.map_err(|e| {
            format!(
                "status {}: the body does not fit its schema: {e}",
                self.status
            )
        })
    }

    /// The text body.
    pub fn text(&self) -> Result<String, String> {
        match &self.body {
            AnswerBody::Text(t) => Ok(t.clone()),
            AnswerBody::Json(serde_json::Value::String(t)) => Ok(t.clone()),
            other => Err(format!(
                "status {}: expected a text body, got {other:?}",
                self.status
            )),
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

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
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

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
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
            return Err(serde::de::Error::custom(
                "a value was asked for before its key",
            ));
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
        format!(
            "the answer to {} does not fit the contract: {reason}",
            operation.operation_id
        ),
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
