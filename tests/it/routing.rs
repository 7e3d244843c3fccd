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
