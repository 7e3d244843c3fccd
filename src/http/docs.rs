//! Swagger UI at `/docs` (vendored, works offline) with a drop-down of every spec, and
//! the specs themselves at `/openapi/<product>/<version>.yaml` (verbatim) and `.json`.

use std::sync::Arc;

use poem::http::StatusCode;
use poem::web::Path;
use poem::{handler, IntoResponse, Response};
use utoipa_swagger_ui::{Config, Url};

/// Every contract compiled into this binary: (product, version, verbatim YAML). Swagger UI
/// lists them all, implemented by the running mode or not: the contract is the
/// documentation.
pub fn specs() -> Vec<(&'static str, &'static str, &'static str)> {
    generated::CONTRACTS
        .iter()
        .map(|c| (c.product, c.version, c.spec_yaml))
        .collect()
}

/// The drop-down's order: the products as the project lists them, any other contract
/// after them, Understudy's own control API last.
const PRODUCT_ORDER: &[&str] = &["kawa", "datawiza", "etlworks", "syntho", "kadi4mat"];

/// Every contract as the drop-down lists it: (name shown, spec URL), in [`PRODUCT_ORDER`].
pub fn drop_down() -> Vec<(String, String)> {
    let rank = |product: &str| {
        PRODUCT_ORDER.iter().position(|p| *p == product).unwrap_or(
            if product == generated::control::v1::PRODUCT {
                usize::MAX
            } else {
                PRODUCT_ORDER.len()
            },
        )
    };
    let mut contracts: Vec<_> = generated::CONTRACTS.to_vec();
    contracts.sort_by_key(|c| (rank(c.product), c.product, c.version));
    contracts
        .into_iter()
        .map(|c| {
            (
                format!("{} ({})", c.title, c.version),
                format!("/openapi/{}/{}.yaml", c.product, c.version),
            )
        })
        .collect()
}

fn swagger_config() -> Arc<Config<'static>> {
    let urls: Vec<Url<'static>> = drop_down()
        .into_iter()
        .enumerate()
        // Built once per process (see `swagger_file`), so leaking the two short strings
        // per spec is bounded.
        .map(|(i, (name, url))| Url::with_primary(name.leak(), url.leak(), i == 0))
        .collect();
    Arc::new(
        Config::new(urls)
            .try_it_out_enabled(true)
            .persist_authorization(true)
            .with_credentials(true)
            .display_operation_id(true),
    )
}

/// `/docs/*`: Swagger UI's files.
#[handler]
pub fn swagger(Path(tail): Path<String>) -> Response {
    swagger_file(&tail)
}

/// `/docs/`: Swagger UI's page.
#[handler]
pub fn swagger_index() -> Response {
    swagger_file("")
}

fn swagger_file(tail: &str) -> Response {
    static CONFIG: std::sync::OnceLock<Arc<Config<'static>>> = std::sync::OnceLock::new();
    let config = CONFIG.get_or_init(swagger_config).clone();
    let tail = if tail.is_empty() { "index.html" } else { tail };
    match utoipa_swagger_ui::serve(tail, config) {
        Ok(Some(file)) => Response::builder()
            .content_type(file.content_type)
            .body(file.bytes.into_owned()),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `/docs`: to the UI's index, so relative asset paths resolve.
#[handler]
pub fn swagger_root() -> Response {
    Response::builder()
        .status(StatusCode::FOUND)
        .header("Location", "/docs/")
        .finish()
}

/// `/openapi/:product/:file`: a spec as YAML (byte for byte) or converted to JSON.
#[handler]
pub fn spec(Path((product, file)): Path<(String, String)>) -> Response {
    let (version, json) = match (file.strip_suffix(".yaml"), file.strip_suffix(".json")) {
        (Some(v), _) => (v.to_string(), false),
        (_, Some(v)) => (v.to_string(), true),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let Some((_, _, yaml)) = specs()
        .into_iter()
        .find(|(p, v, _)| *p == product && *v == version)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !json {
        return Response::builder()
            .content_type("application/yaml")
            .body(yaml);
    }
    match serde_yaml_ng::from_str::<serde_json::Value>(yaml) {
        Ok(value) => Response::builder()
            .content_type("application/json")
            .body(serde_json::to_string_pretty(&value).unwrap_or_default()),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// `/openapi/fixtures.schema.json`: the JSON Schema of a `--fixtures` file.
#[handler]
pub fn fixtures_schema() -> Response {
    static SCHEMA: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let text = SCHEMA.get_or_init(|| {
        serde_json::to_string_pretty(&crate::fixtures::schema::json_schema()).unwrap_or_default()
    });
    Response::builder()
        .content_type("application/schema+json")
        .body(text.as_str())
}
