//! `GET|POST|PUT /admin/api/v1/applications/{id}/ssl`.

use reqwest::multipart::Form;
use reqwest::{Method, StatusCode};

use super::FIXTURES;
use crate::helpers::{spawn_app_with, Answer, TestApp, ADMIN_TOKEN};

const APP: &str = "68496c6bd01242b98e2f469eaa2f3465";
const RSA_CERT: &str = include_str!("../../fixtures/rsa.crt");
const RSA_KEY: &str = include_str!("../../fixtures/rsa.key");
const EC_CERT: &str = include_str!("../../fixtures/ec.crt");
const EC_KEY: &str = include_str!("../../fixtures/ec.key");

fn ssl_path(id: &str) -> String {
    format!("/admin/api/v1/applications/{id}/ssl")
}

async fn send_form(app: &TestApp, method: Method, id: &str, fields: &[(&str, &str)]) -> Answer {
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    app.send_with(&app.http, method, &ssl_path(id), |b| {
        b.bearer_auth(ADMIN_TOKEN).multipart(form)
    })
    .await
}

async fn read(app: &TestApp, id: &str) -> Answer {
    app.datawiza(Method::GET, &ssl_path(id), None).await
}

#[tokio::test]
async fn a_new_application_uses_the_self_signed_certificate() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = read(&app, APP).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["data"]["isSSL"], true);
    assert_eq!(r.json["data"]["mode"], "SELF_SIGNED");
    assert!(r.json["data"].get("fingerPrint").is_none());
    insta::assert_json_snapshot!(r.json, {
        ".data.id" => "[hex32]",
        ".data.creationDate" => "[epoch-ms]",
        ".data.lastUpdateDate" => "[epoch-ms]",
    });
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_or_malformed_application_id_is_404_4040() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    for id in ["0123456789abcdef0123456789abcdef", "not-an-id"] {
        let r = read(&app, id).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{id}");
        assert_eq!(r.json["errCode"], "4040");
    }
    app.stop().await;
}

#[tokio::test]
async fn an_id_over_64_characters_is_400_4001() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = read(&app, &"0".repeat(65)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.json["errCode"], "4001");
    app.stop().await;
}

#[tokio::test]
async fn uploading_a_certificate_reports_what_it_says() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = send_form(
        &app,
        Method::POST,
        APP,
        &[
            ("isSSL", "true"),
            ("mode", "UPLOAD"),
            ("uploadFile", "false"),
            ("cert", RSA_CERT),
            ("key", RSA_KEY),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json, serde_json::json!({"errCode": 0, "errMsg": "OK"}));
    let got = read(&app, APP).await;
    let data = &got.json["data"];
    assert_eq!(data["mode"], "UPLOAD");
    assert_eq!(data["subject"], "CN=jde.example.com, O=Understudy Test");
    assert_eq!(
        data["fingerPrint"],
        "7E:6A:84:A4:AE:4E:36:96:1D:3C:03:53:71:27:51:11:53:20:A5:4D:A6:25:83:A3:ED:F6:09:2E:CA:82:34:20"
    );
    // notAfter = 2126-10-30T07:48:33Z
    assert_eq!(data["expirationTime"], 4_949_020_113_000_i64);
    app.stop().await;
}

#[tokio::test]
async fn an_ecdsa_pair_is_accepted_through_put() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = send_form(
        &app,
        Method::PUT,
        APP,
        &[
            ("isSSL", "true"),
            ("mode", "UPLOAD"),
            ("uploadFile", "false"),
            ("cert", EC_CERT),
            ("key", EC_KEY),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        read(&app, APP).await.json["data"]["subject"],
        "CN=ec.example.com"
    );
    app.stop().await;
}

#[tokio::test]
async fn refused_updates_change_nothing() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let before = read(&app, APP).await.json;
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("mode missing", vec![("isSSL", "true")]),
        (
            "unknown mode",
            vec![("isSSL", "true"), ("mode", "LETSENCRYPT")],
        ),
        (
            "uploadFile true",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "true"),
                ("cert", RSA_CERT),
                ("key", RSA_KEY),
            ],
        ),
        (
            "uploadFile missing",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("cert", RSA_CERT),
                ("key", RSA_KEY),
            ],
        ),
        (
            "cert missing",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "false"),
                ("key", RSA_KEY),
            ],
        ),
        (
            "key missing",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "false"),
                ("cert", RSA_CERT),
            ],
        ),
        (
            "malformed PEM",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "false"),
                (
                    "cert",
                    "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----",
                ),
                ("key", RSA_KEY),
            ],
        ),
        (
            "key of another certificate",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "false"),
                ("cert", RSA_CERT),
                ("key", EC_KEY),
            ],
        ),
        (
            "key given as cert",
            vec![
                ("isSSL", "true"),
                ("mode", "UPLOAD"),
                ("uploadFile", "false"),
                ("cert", RSA_KEY),
                ("key", RSA_KEY),
            ],
        ),
    ];
    for (case, fields) in cases {
        let r = send_form(&app, Method::POST, APP, &fields).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{case}: {}", r.text);
        assert_eq!(r.json["errCode"], "4001", "{case}");
    }
    let not_bool = send_form(&app, Method::POST, APP, &[("isSSL", "maybe")]).await;
    assert_eq!(not_bool.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        not_bool.json["errMsg"],
        "Api validation failed: isSSL: Must be a valid boolean."
    );
    assert_eq!(read(&app, APP).await.json, before, "nothing changed");
    app.stop().await;
}

#[tokio::test]
async fn turning_ssl_off_and_back_to_self_signed() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let off = send_form(&app, Method::POST, APP, &[("isSSL", "false")]).await;
    assert_eq!(off.status, StatusCode::OK);
    assert_eq!(read(&app, APP).await.json["data"]["isSSL"], false);
    // The seed's property table spells the mode SELF_SIGN; both spellings work.
    let on = send_form(
        &app,
        Method::POST,
        APP,
        &[("isSSL", "true"), ("mode", "SELF_SIGN")],
    )
    .await;
    assert_eq!(on.status, StatusCode::OK);
    let data = read(&app, APP).await.json["data"].clone();
    assert_eq!(data["isSSL"], true);
    assert_eq!(data["mode"], "SELF_SIGNED");
    app.stop().await;
}

#[tokio::test]
async fn a_json_body_where_a_form_is_expected_is_415() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let r = app
        .datawiza(
            Method::POST,
            &ssl_path(APP),
            Some(serde_json::json!({"isSSL": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.json["errCode"], "4150");
    let bare = app
        .send_with(&app.http, Method::PUT, &ssl_path(APP), |b| {
            b.bearer_auth(ADMIN_TOKEN).body("isSSL=true")
        })
        .await;
    assert_eq!(
        bare.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "{}",
        bare.text
    );
    assert_eq!(bare.json["errCode"], "4150");
    app.stop().await;
}
