//! Routes each request to the product surface that owns its path, and answers whatever
//! is rejected before a handler runs (unknown path, wrong method, bad input, missing
//! credentials, oversized body) in that product's own error shape.

use generated::support::Operation;
use poem::endpoint::BoxEndpoint;
use poem::http::{header, Method, StatusCode, Uri};
use poem::{Body, Endpoint, Request, Response};

use super::conventions::Conventions;
use super::rejections::{classify, path_variable};

/// Why a request was turned away before reaching a handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// No operation of the product has this path.
    NotFound,
    /// The path exists but not for this method; `allow` lists the methods it has.
    MethodNotAllowed { allow: String },
    /// Credentials are missing or malformed.
    Unauthorized,
    /// The body or a parameter did not parse or validate; `field` names it when known.
    /// `message` is Understudy's own sentence, never a parser's.
    BadRequest {
        message: String,
        field: Option<String>,
    },
    /// The body is not what its media type says at all (not JSON, not a form).
    Malformed { body: BodyKind },
    /// The body's media type is not one the operation takes.
    UnsupportedMediaType { message: String },
    /// The body is larger than its operation takes ([`super::conventions::body_limit`]).
    PayloadTooLarge,
    /// The credential's bucket is empty: wait this many seconds (`Retry-After`).
    TooManyRequests { retry_after: u64 },
    /// Something failed inside; details are logged, not sent.
    Internal,
}

impl Rejection {
    pub fn status(&self) -> StatusCode {
        match self {
            Rejection::NotFound => StatusCode::NOT_FOUND,
            Rejection::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Rejection::Unauthorized => StatusCode::UNAUTHORIZED,
            Rejection::BadRequest { .. } | Rejection::Malformed { .. } => StatusCode::BAD_REQUEST,
            Rejection::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Rejection::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Rejection::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Rejection::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The kinds of body a request may send that cannot be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    Form,
}

/// How a product renders a [`Rejection`].
pub trait ErrorShape: Send + Sync + 'static {
    /// The body for `rejection`, in the product's error shape (status set by the caller).
    fn body(&self, rejection: &Rejection) -> serde_json::Value;

    /// The body for `rejection` of a request to `path`; for shapes that echo the path
    /// (Etlworks' `{status, error, message, path}`).
    fn body_at(&self, rejection: &Rejection, path: &str) -> serde_json::Value {
        let _ = path;
        self.body(rejection)
    }

    /// Which JSON scalars the product's own body parser reads as text where it wants a
    /// string; the rest it refuses. Strict unless the product says otherwise (Jackson
    /// takes `5` and `true` for `"5"` and `"true"`, Django REST takes numbers only).
    fn text_from(&self) -> TextFrom {
        TextFrom::default()
    }
}

/// The JSON scalars a product reads as text where a string is wanted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextFrom {
    pub numbers: bool,
    pub booleans: bool,
}

/// One mounted product contract.
pub struct Surface {
    pub product: &'static str,
    pub operations: &'static [Operation],
    /// Path prefixes whose unknown paths this product answers (404 in its shape).
    pub owned_prefixes: &'static [&'static str],
    pub endpoint: BoxEndpoint<'static, Response>,
    pub shape: Box<dyn ErrorShape>,
    /// The source spec, parsed: used to name the field a rejected body got wrong.
    pub spec: Option<serde_json::Value>,
    /// For a product that answers any refusal to a caller without a live credential as a
    /// 401 (Kadi4Mat): tells whether the request carries one.
    pub guard: Option<Box<dyn AuthGuard>>,
    /// How the product's own server reads requests beyond the contract's letter.
    pub conventions: Conventions,
}

/// Whether a request carries a live credential of a product.
#[async_trait::async_trait]
pub trait AuthGuard: Send + Sync + 'static {
    async fn authenticated(&self, headers: &poem::http::HeaderMap) -> bool;
}

impl Surface {
    fn reject(&self, rejection: Rejection, path: &str) -> Response {
        render(self.shape.as_ref(), rejection, path)
    }
}

/// Renders `rejection` for `surface`; where the product answers any refusal to an
/// unauthenticated caller as a 401 (its guard says so), that 401 instead. A rate limit
/// stays a 429.
async fn refuse(
    surface: &Surface,
    rejection: Rejection,
    headers: &poem::http::HeaderMap,
    path: &str,
) -> Response {
    let rejection = match &surface.guard {
        Some(guard)
            if rejection.status().is_client_error()
                && !matches!(
                    rejection,
                    Rejection::Unauthorized | Rejection::TooManyRequests { .. }
                )
                && !guard.authenticated(headers).await =>
        {
            Rejection::Unauthorized
        }
        _ => rejection,
    };
    surface.reject(rejection, path)
}

/// Renders a rejection with its status (and `Allow` for 405).
pub fn render(shape: &dyn ErrorShape, rejection: Rejection, path: &str) -> Response {
    let mut builder = Response::builder()
        .status(rejection.status())
        .content_type("application/json");
    match &rejection {
        Rejection::MethodNotAllowed { allow } => {
            builder = builder.header(header::ALLOW, allow.as_str());
        }
        Rejection::TooManyRequests { retry_after } => {
            builder = builder.header(header::RETRY_AFTER, retry_after.to_string());
        }
        _ => {}
    }
    builder.body(shape.body_at(&rejection, path).to_string())
}

/// The surfaces, tried in order; the first whose operations match a path wins.
pub struct Dispatcher {
    surfaces: Vec<Surface>,
    /// Declared rate limits, when any.
    rate_limits: Option<std::sync::Arc<super::rate_limits::RateLimits>>,
    /// Per surface, its operations' templates split into segments once, so matching a
    /// request does not re-split hundreds of templates.
    routes: Vec<Vec<Route>>,
    fallback: BoxEndpoint<'static, Response>,
}

/// An operation's path template, split at `/`; `None` stands for a `{parameter}`.
struct Route {
    segments: Vec<Option<&'static str>>,
    operation: &'static Operation,
}

impl Route {
    fn new(operation: &'static Operation) -> Self {
        Route {
            segments: template_segments(operation.path),
            operation,
        }
    }

    /// How many of its segments are literal, not parameters.
    fn literals(&self) -> usize {
        self.segments.iter().filter(|s| s.is_some()).count()
    }
}

/// `/api/v1/workspaces/{id}/` → `["", "api", "v1", "workspaces", None, ""]`.
fn template_segments(template: &str) -> Vec<Option<&str>> {
    template
        .split('/')
        .map(|s| (!(s.starts_with('{') && s.ends_with('}'))).then_some(s))
        .collect()
}

/// Whether a split template matches a split concrete path; a parameter takes any
/// non-empty segment.
fn segments_match(template: &[Option<&str>], path: &[&str]) -> bool {
    template.len() == path.len()
        && template.iter().zip(path).all(|(t, p)| match t {
            Some(literal) => literal == p,
            None => !p.is_empty(),
        })
}

impl Dispatcher {
    pub fn new(surfaces: Vec<Surface>, fallback: BoxEndpoint<'static, Response>) -> Self {
        let routes = surfaces
            .iter()
            .map(|s| s.operations.iter().map(Route::new).collect())
            .collect();
        Dispatcher {
            surfaces,
            rate_limits: None,
            routes,
            fallback,
        }
    }

    /// Applies `limits` to the products they name.
    pub fn with_rate_limits(mut self, limits: Option<super::rate_limits::RateLimits>) -> Self {
        self.rate_limits = limits.map(std::sync::Arc::new);
        self
    }
}

impl Endpoint for Dispatcher {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let original = req.uri().path().to_string();
        let path = collapse_slashes(&original);
        let Some((surface, matched, operations)) = self.find(&path) else {
            if path != original {
                set_path(&mut req, &path);
            }
            return match self.owner_of(&path) {
                Some(surface) => {
                    let headers = req.headers().clone();
                    Ok(refuse(surface, Rejection::NotFound, &headers, &original).await)
                }
                None => self.fallback.call(req).await,
            };
        };
        // poem-openapi registers every route without its trailing slash (it drops empty
        // segments), so the glue is called with that canonical form.
        let canonical = match matched.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        if canonical != original {
            set_path(&mut req, canonical);
        }
        // Kept only where a refusal depends on the credential.
        let headers = if surface.guard.is_some() {
            req.headers().clone()
        } else {
            poem::http::HeaderMap::new()
        };
        if let Some(limits) = &self.rate_limits {
            if let Err(retry_after) = limits.check(surface.product, &req) {
                return Ok(refuse(
                    surface,
                    Rejection::TooManyRequests { retry_after },
                    &headers,
                    &original,
                )
                .await);
            }
        }
        let method = req.method().clone();
        let wanted = if method == Method::HEAD {
            "GET"
        } else {
            method.as_str()
        };
        let Some(operation) = operations.iter().find(|op| op.method == wanted) else {
            let mut methods: Vec<&str> = Vec::new();
            for op in &operations {
                if !methods.contains(&op.method) {
                    methods.push(op.method);
                }
            }
            let allow = methods.join(", ");
            return Ok(refuse(
                surface,
                Rejection::MethodNotAllowed { allow },
                &headers,
                &original,
            )
            .await);
        };
        if surface.conventions != Conventions::default() {
            if let Some(spec) = &surface.spec {
                super::conventions::apply(surface.conventions, spec, operation, &mut req);
            }
        }
        let limit = super::conventions::body_limit(surface.spec.as_ref(), operation);
        let body = match buffer_body(&mut req, limit).await {
            Ok(body) => body,
            Err(rejection) => return Ok(refuse(surface, rejection, &headers, &original).await),
        };
        if let Some(marked) = mark_coerced(surface, operation, body.as_deref()) {
            req.set_body(Body::from(marked));
        }
        match surface.endpoint.call(req).await {
            Ok(resp) => Ok(resp),
            Err(err)
                if surface.conventions.path_misfit_not_found
                    && is_path_misfit(&err, operation.path) =>
            {
                Ok(refuse(surface, Rejection::NotFound, &headers, &original).await)
            }
            Err(err) => Ok(match classify(&err) {
                Some(Rejection::BadRequest { field: None, .. })
                    if body.as_deref().is_some_and(|b| !is_json(b)) =>
                {
                    tracing::debug!(product = surface.product, error = %err, "a body that is not JSON");
                    refuse(
                        surface,
                        Rejection::Malformed {
                            body: BodyKind::Json,
                        },
                        &headers,
                        &original,
                    )
                    .await
                }
                Some(Rejection::BadRequest {
                    message,
                    field: None,
                }) => {
                    let rejection = name_the_field(surface, operation, body.as_deref(), message);
                    refuse(surface, rejection, &headers, &original).await
                }
                Some(Rejection::BadRequest {
                    message,
                    field: Some(field),
                }) => {
                    let rejection = Rejection::BadRequest {
                        message,
                        field: Some(path_variable(operation.path, &field).unwrap_or(field)),
                    };
                    refuse(surface, rejection, &headers, &original).await
                }
                Some(rejection) => refuse(surface, rejection, &headers, &original).await,
                None if err.is_from_response() => err.into_response(),
                None => {
                    tracing::error!(product = surface.product, error = %err, "unhandled error");
                    refuse(surface, Rejection::Internal, &headers, &original).await
                }
            }),
        }
    }
}

impl Dispatcher {
    /// The surface and operations for `path`, or for `path` with its trailing slash
    /// toggled (clients send both; the server never redirects), with the path that matched.
    fn find(&self, path: &str) -> Option<(&Surface, String, Vec<&'static Operation>)> {
        let toggled = match path.strip_suffix('/') {
            Some(stripped) if !stripped.is_empty() => stripped.to_string(),
            Some(_) => path.to_string(),
            None => format!("{path}/"),
        };
        for candidate in [path, toggled.as_str()] {
            let segments: Vec<&str> = candidate.split('/').collect();
            for (surface, routes) in self.surfaces.iter().zip(&self.routes) {
                let matching: Vec<&Route> = routes
                    .iter()
                    .filter(|r| segments_match(&r.segments, &segments))
                    .collect();
                // A literal segment beats a parameter (`/files/download` is not the file
                // named "download"), as the products' routers rank their rules.
                let best = matching.iter().map(|r| r.literals()).max().unwrap_or(0);
                let operations: Vec<&'static Operation> = matching
                    .iter()
                    .filter(|r| r.literals() == best)
                    .map(|r| r.operation)
                    .collect();
                if !operations.is_empty() {
                    return Some((surface, candidate.to_string(), operations));
                }
            }
        }
        None
    }

    fn owner_of(&self, path: &str) -> Option<&Surface> {
        self.surfaces.iter().find(|s| {
            s.owned_prefixes
                .iter()
                .any(|p| path.starts_with(p) || path == p.trim_end_matches('/'))
        })
    }
}

/// `//commands///run` → `/commands/run` (real clients double slashes).
pub fn collapse_slashes(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut last_slash = false;
    for c in path.chars() {
        if c == '/' {
            if !last_slash {
                out.push(c);
            }
            last_slash = true;
        } else {
            out.push(c);
            last_slash = false;
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Whether a spec template like `/api/v1/workspaces/{id}/` matches a concrete path.
pub fn template_matches(template: &str, path: &str) -> bool {
    segments_match(
        &template_segments(template),
        &path.split('/').collect::<Vec<_>>(),
    )
}

fn set_path(req: &mut Request, path: &str) {
    let pq = match req.uri().query() {
        Some(q) => format!("{path}?{q}"),
        None => path.to_string(),
    };
    if let Ok(uri) = pq.parse::<Uri>() {
        *req.uri_mut() = uri;
    }
}

/// Reads the body (at most `limit` bytes, declared length or not) and puts it back,
/// keeping a cheap copy for naming the field of a rejected JSON body.
async fn buffer_body(req: &mut Request, limit: usize) -> Result<Option<bytes::Bytes>, Rejection> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(Rejection::PayloadTooLarge);
    }
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.contains("json"));
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) && declared.is_none() {
        return Ok(None);
    }
    match req.take_body().into_bytes_limit(limit).await {
        Ok(bytes) => {
            req.set_body(Body::from(bytes.clone()));
            Ok(is_json.then_some(bytes))
        }
        Err(poem::error::ReadBodyError::PayloadTooLarge) => Err(Rejection::PayloadTooLarge),
        Err(_) => Err(Rejection::BadRequest {
            message: "the request body could not be read".into(),
            field: None,
        }),
    }
}

/// The JSON body with the scalars poem-openapi would quietly read as strings (and, where
/// the product refuses them, nulls it would read as absent) marked so that it refuses
/// them (see [`super::field_errors::mark_coerced`]); `None` when there are none, or the
/// body is not JSON the operation's schema describes.
fn mark_coerced(surface: &Surface, operation: &Operation, body: Option<&[u8]>) -> Option<Vec<u8>> {
    let text_from = surface.shape.text_from();
    let refuse_null = surface.conventions.refuse_null;
    if text_from.numbers && text_from.booleans && !refuse_null {
        return None;
    }
    let spec = surface.spec.as_ref()?;
    let schema = super::field_errors::request_schema(spec, operation.path, operation.method)?;
    let mut value: serde_json::Value = serde_json::from_slice(body?).ok()?;
    super::field_errors::mark_coerced(spec, schema, &mut value, text_from, refuse_null)
        .then(|| serde_json::to_vec(&value).ok())
        .flatten()
}

/// A body rejection with the offending field named, when the body is JSON and the
/// operation's request schema shows which field it is.
fn name_the_field(
    surface: &Surface,
    operation: &Operation,
    body: Option<&[u8]>,
    message: String,
) -> Rejection {
    let located = (|| {
        let spec = surface.spec.as_ref()?;
        let value: serde_json::Value = serde_json::from_slice(body?).ok()?;
        let schema = super::field_errors::request_schema(spec, operation.path, operation.method)?;
        super::field_errors::locate(spec, schema, &value)
    })();
    match located {
        Some((field, message)) => Rejection::BadRequest {
            message,
            field: Some(field),
        },
        None => Rejection::BadRequest {
            message,
            field: None,
        },
    }
}

/// Whether `body` is JSON at all (whatever it holds).
fn is_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}

/// Whether `err` refuses a path segment of the route `template`: one that does not parse
/// as its type, or breaks its pattern (a value no resource can have, so no resource).
fn is_path_misfit(err: &poem::Error, template: &str) -> bool {
    err.is::<poem_openapi::error::ParsePathError>()
        || err
            .downcast_ref::<poem_openapi::error::ParseParamError>()
            .is_some_and(|e| template.contains(&format!("{{{}}}", e.name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slashes_collapse() {
        assert_eq!(
            collapse_slashes("//commands///secured/run"),
            "/commands/secured/run"
        );
        assert_eq!(collapse_slashes("/"), "/");
    }

    #[test]
    fn templates_match_segments() {
        assert!(template_matches(
            "/api/v1/workspaces/{id}/",
            "/api/v1/workspaces/7/"
        ));
        assert!(!template_matches(
            "/api/v1/workspaces/{id}/",
            "/api/v1/workspaces/7"
        ));
        assert!(!template_matches(
            "/api/v1/workspaces/{id}/",
            "/api/v1/workspaces//"
        ));
        assert!(!template_matches("/a/{id}", "/a/1/b"));
    }
}
