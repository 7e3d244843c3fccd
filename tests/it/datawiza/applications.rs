//! `POST|GET /admin/api/v1/applications/`.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::FIXTURES;
use crate::helpers::{spawn_app, spawn_app_with};

const LIST: &str = "/admin/api/v1/applications/";

#[tokio::test]
async fn listing_with_no_applications_is_an_empty_first_page() {
    let app = spawn_app().await;
    let r = app
        .datawiza(Method::POST, LIST, Some(json!({"page": 0, "size": 20})))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["errCode"], 0);
    assert_eq!(r.json["errMsg"], "OK");
    assert_eq!(r.json["data"], json!([]));
    assert_eq!(r.json["pageNum"], 1);
    assert_eq!(r.json["pageSize"], 20);
    assert_eq!(r.json["totalPage"], 0);
    assert_eq!(r.json["totalElements"], 0);
    app.stop().await;
}

#[tokio::test]
async fn pages_count_from_zero_in_the_request_and_from_one_in_the_reply() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let first = app
        .datawiza(Method::POST, LIST, Some(json!({"page": 0, "size": 2})))
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.json["data"].as_array().unwrap().len(), 2);
    assert_eq!(first.json["pageNum"], 1);
    assert_eq!(first.json["totalPage"], 2);
    assert_eq!(first.json["totalElements"], 3);
    let second = app
        .datawiza(Method::POST, LIST, Some(json!({"page": 1, "size": 2})))
        .await;
    assert_eq!(second.json["data"].as_array().unwrap().len(), 1);
    assert_eq!(second.json["pageNum"], 2);
    let beyond = app
        .datawiza(Method::POST, LIST, Some(json!({"page": 9, "size": 2})))
        .await;
    assert_eq!(beyond.status, StatusCode::OK);
    assert_eq!(beyond.json["data"], json!([]));
    assert_eq!(beyond.json["totalElements"], 3);
    let mut ids: Vec<String> = [&first, &second]
        .iter()
        .flat_map(|r| {
            r.json["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["id"].as_str().unwrap().to_string())
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "pages neither overlap nor skip");
    app.stop().await;
}

#[tokio::test]
async fn the_name_filter_matches_any_case_substring() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 20, "name": "mfa"})),
        )
        .await;
    let names: Vec<&str> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["TEST MFA RULE"]);
    let none = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 20, "name": "%"})),
        )
        .await;
    assert_eq!(none.json["totalElements"], 0, "LIKE wildcards are literal");
    app.stop().await;
}

#[tokio::test]
async fn get_with_query_parameters_equals_the_post() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let post = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 20, "name": "a"})),
        )
        .await;
    let get = app
        .datawiza(
            Method::GET,
            "/admin/api/v1/applications/?page=0&size=20&name=a",
            None,
        )
        .await;
    assert_eq!(get.status, StatusCode::OK);
    assert_eq!(get.json, post.json);
    let defaults = app.datawiza(Method::GET, LIST, None).await;
    assert_eq!(defaults.json["pageSize"], 20);
    assert_eq!(defaults.json["pageNum"], 1);
    app.stop().await;
}

#[tokio::test]
async fn the_path_works_without_its_trailing_slash_and_never_redirects() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = app
        .datawiza(
            Method::POST,
            "/admin/api/v1/applications",
            Some(json!({"page": 0, "size": 5})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["totalElements"], 3);
    app.stop().await;
}

#[tokio::test]
async fn a_missing_or_unknown_token_is_401_4010() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let none = app
        .send_with(&app.http, Method::POST, LIST, |b| {
            b.json(&json!({"page": 0, "size": 1}))
        })
        .await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.json["errCode"], "4010");
    let wrong = app
        .send_with(&app.http, Method::POST, LIST, |b| {
            b.bearer_auth("us_not_a_token")
                .json(&json!({"page": 0, "size": 1}))
        })
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.json["errCode"], "4010");
    assert!(
        !wrong.text.contains("us_not_a_token"),
        "the token is not echoed"
    );
    app.stop().await;
}

#[tokio::test]
async fn invalid_paging_is_a_400_validation_error() {
    let app = spawn_app().await;
    for body in [
        json!({"size": 20}),
        json!({"page": 0, "size": 0}),
        json!({"page": -1, "size": 5}),
        json!({"page": 0, "size": 100000}),
    ] {
        let r = app.datawiza(Method::POST, LIST, Some(body.clone())).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}: {}", r.text);
    }
    let wrong_type = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": "first", "size": 5})),
        )
        .await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
    let bad_query = app
        .datawiza(Method::GET, "/admin/api/v1/applications/?page=abc", None)
        .await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bad_query.json,
        json!({"errCode": "4001", "errMsg": "Api validation failed: page: A valid integer is required."})
    );
    app.stop().await;
}

#[tokio::test]
async fn a_body_that_is_not_json_is_400_4000() {
    let app = spawn_app().await;
    let r = app
        .send_with(&app.http, Method::POST, LIST, |b| {
            b.bearer_auth(crate::helpers::ADMIN_TOKEN)
                .header("content-type", "application/json")
                .body("{page: 0")
        })
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json["errCode"], "4000");
    app.stop().await;
}

#[tokio::test]
async fn characters_outside_the_basic_multilingual_plane_are_refused() {
    let app = spawn_app().await;
    let r = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 5, "name": "app \u{1F600}"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json["errCode"], "4001");
    let bmp = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 5, "name": "caf\u{e9} \u{4e2d}"})),
        )
        .await;
    assert_eq!(bmp.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn a_body_without_a_json_content_type_is_415_4150() {
    let app = spawn_app().await;
    for content_type in [None, Some("text/plain")] {
        let r = app
            .send_with(&app.http, Method::POST, LIST, |b| {
                let b = b
                    .bearer_auth(crate::helpers::ADMIN_TOKEN)
                    .body(r#"{"page": 0, "size": 5}"#);
                match content_type {
                    Some(t) => b.header("content-type", t),
                    None => b,
                }
            })
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_eq!(r.json["errCode"], "4150");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_null_name_filters_nothing() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let all = app
        .datawiza(Method::POST, LIST, Some(json!({"page": 0, "size": 5})))
        .await;
    let null = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 5, "name": null})),
        )
        .await;
    assert_eq!(null.status, StatusCode::OK, "{}", null.text);
    assert_eq!(null.json["totalElements"], all.json["totalElements"]);
    app.stop().await;
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_4130() {
    let app = spawn_app().await;
    let huge = "x".repeat(understudy::http::limits::MAX_BODY_BYTES + 10);
    let r = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 5, "name": huge})),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json["errCode"], "4130");
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_method_is_405_with_allow() {
    let app = spawn_app().await;
    let r = app.datawiza(Method::DELETE, LIST, None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.json["errCode"], "4050");
    let allow = r.headers["allow"].to_str().unwrap();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_path_under_the_prefix_is_404_4040() {
    let app = spawn_app().await;
    let r = app
        .datawiza(Method::GET, "/admin/api/v1/deployments", None)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json["errCode"], "4040");
    app.stop().await;
}

#[tokio::test]
async fn a_listed_application_has_the_seed_shape() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = app
        .datawiza(
            Method::POST,
            LIST,
            Some(json!({"page": 0, "size": 20, "name": "aaaa2222"})),
        )
        .await;
    insta::assert_json_snapshot!(r.json, {
        ".data[].creationDate" => "[epoch-ms]",
        ".data[].lastUpdateDate" => "[epoch-ms]",
        ".data[].deploymentId" => "[hex32]",
    });
    app.stop().await;
}
