//! The HTTP application: product surfaces behind the dispatcher, plus docs and health.

pub mod conventions;
pub mod dispatch;
pub mod docs;
pub mod field_errors;
pub mod health;
pub mod limits;
pub mod mounting;
pub mod rate_limits;
pub mod rejections;

use poem::http::StatusCode;
use poem::{get, handler, Endpoint, EndpointExt, IntoResponse, Response, Route};

use crate::state::AppState;
use crate::surfaces;

/// Everything the server answers, ready to be served.
pub fn app(state: AppState) -> impl Endpoint<Output = Response> {
    let fallback = Route::new()
        .at("/health", get(health::health))
        .nest("/", fallback_routes())
        .data(state.clone())
        .map_to_response()
        .boxed();
    // One log line per request (method, path, status, duration) under RUST_LOG=info.
    let limits = rate_limits::RateLimits::new(&state.config.rate_limits);
    dispatch::Dispatcher::new(surfaces::mounted(&state), fallback)
        .with_rate_limits(limits)
        .with(poem::middleware::Tracing)
}

/// What both modes answer beside the product surfaces: Swagger UI, the specs verbatim,
/// and a plain 404 for paths no product owns.
pub fn fallback_routes() -> Route {
    Route::new()
        .at("/docs", get(docs::swagger_root))
        .at("/docs/", get(docs::swagger_index))
        .at("/docs/*tail", get(docs::swagger))
        .at(
            crate::fixtures::schema::SERVED_AT,
            get(docs::fixtures_schema),
        )
        .at("/openapi/:product/:file", get(docs::spec))
        .at("/", get(docs::swagger_root))
        .at("/*", not_found)
}

#[handler]
fn not_found() -> Response {
    poem::web::Json(serde_json::json!({"error": "not found", "message": "no product surface has this path; see /docs"}))
        .with_status(StatusCode::NOT_FOUND)
        .into_response()
}
