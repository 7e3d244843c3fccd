//! What every surface shares: slash handling, health, unknown paths outside products.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{client, spawn_app};

#[tokio::test]
async fn repeated_slashes_route_as_the_collapsed_path() {
    let app = spawn_app().await;
    let r = app
        .json(&client(), Method::GET, "//api//v1/auth/", None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let d = app
        .datawiza(
            Method::POST,
            "//admin/api/v1//applications/",
            Some(json!({"page": 0, "size": 1})),
        )
        .await;
    assert_eq!(d.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn health_answers_200_json() {
    let app = spawn_app().await;
    let r = app.json(&client(), Method::GET, "/health", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["status"], "UP");
    app.stop().await;
}

#[tokio::test]
async fn a_path_outside_every_product_is_a_json_404() {
    let app = spawn_app().await;
    let r = app.json(&client(), Method::GET, "/nowhere", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json["error"], "not found");
    app.stop().await;
}

/// Words of the parsers behind the glue (serde, poem-openapi, multer), which answers
/// never carry: they are logged instead.
const LIBRARY_WORDS: &[&str] = &[
    "at line",
    "column",
    "failed to parse",
    "invalid type",
    "expected",
    "`",
    "boundary",
    "Content-Type` requested",
];

#[tokio::test]
async fn rejected_input_is_answered_in_the_products_own_words_never_a_parsers() {
    let app = spawn_app().await;
    let syntho = client();
    let raw =
        |method: Method, path: &'static str, content_type: &'static str, body: &'static str| {
            let app = &app;
            let c = &syntho;
            async move {
                app.send_with(c, method, path, |b| {
                    b.bearer_auth(crate::helpers::ADMIN_TOKEN)
                        .header("content-type", content_type)
                        .body(body)
                })
                .await
            }
        };
    let apps = "/admin/api/v1/applications/";
    let ssl = "/admin/api/v1/applications/68496c6bd01242b98e2f469eaa2f3465/ssl";
    let cases = [
        (
            raw(
                Method::POST,
                "/api/v1/auth/",
                "application/json",
                "{\"email\": ",
            )
            .await,
            json!({"detail": "JSON parse error - the body is not valid JSON."}),
        ),
        (
            raw(
                Method::POST,
                "/api/v1/auth/",
                "application/json",
                "{\"email\": true, \"password\": \"long-enough\"}",
            )
            .await,
            json!({"email": ["Not a valid string."]}),
        ),
        (
            raw(Method::POST, apps, "application/json", "[1, 2").await,
            json!({"errCode": "4000", "errMsg": "Malformed request: the body is not valid JSON"}),
        ),
        (
            raw(
                Method::POST,
                apps,
                "application/json",
                "{\"page\": \"first\", \"size\": 5}",
            )
            .await,
            json!({"errCode": "4001", "errMsg": "Api validation failed: page: A valid integer is required."}),
        ),
        (
            raw(Method::POST, apps, "text/plain", "page=0").await,
            json!({"errCode": "4150", "errMsg": "Content-Type text/plain is not accepted here."}),
        ),
        (
            raw(
                Method::POST,
                apps,
                "application/json",
                "{\"page\": 0, \"size\": 5, \"name\": \"app \u{1F600}\"}",
            )
            .await,
            json!({"errCode": "4001", "errMsg": "Api validation failed: name: Characters outside the Basic Multilingual Plane (such as emoji) are not supported."}),
        ),
        (
            raw(Method::POST, ssl, "multipart/form-data", "not a form").await,
            json!({"errCode": "4000", "errMsg": "Malformed request: the body is not a valid multipart form"}),
        ),
    ];
    let admin = app.syntho_admin().await;
    let mut blank = crate::syntho::create_body("   ");
    blank["organization"] = json!(1);
    let blank_name = app
        .json(&admin, Method::POST, "/api/v1/workspaces/", Some(blank))
        .await;
    let cases = cases.into_iter().chain([(
        blank_name,
        json!({"name": ["This field may not be blank."]}),
    )]);
    for (answer, expected) in cases {
        assert_eq!(answer.json, expected, "{}", answer.text);
        for word in LIBRARY_WORDS {
            assert!(!answer.text.contains(word), "{word:?} in {}", answer.text);
        }
    }
    app.stop().await;
}
