//! The control API: reset, settings, journal; and CORS in mock mode.

use serde_json::json;
use understudy::mock::MockConfig;

use super::{spawn_mock, spawn_mock_with};

const SYNTHO_LIST: &str = "/api/v1/workspaces/";
const COOKIE: (&str, &str) = ("Cookie", "sessionid=anything");

#[tokio::test]
async fn the_journal_records_product_requests_and_filters_them() {
    let mock = spawn_mock(42).await;
    mock.call("GET", SYNTHO_LIST, &[COOKIE], None).await;
    mock.call("GET", "/api/v1/workspaces/999999/", &[COOKIE], None)
        .await;
    mock.call("GET", "/_understudy/v1/settings", &[], None)
        .await;
    let all = mock.call("GET", "/_understudy/v1/journal", &[], None).await;
    assert_eq!(all.status, 200);
    assert_eq!(
        all.json["total"], 2,
        "control requests are not journaled: {}",
        all.json
    );
    let newest = &all.json["entries"][0];
    assert_eq!(newest["method"], "GET");
    assert_eq!(newest["path"], "/api/v1/workspaces/999999/");
    assert_eq!(newest["status"], 404);
    assert_eq!(newest["product"], "syntho");
    let only_404 = mock
        .call("GET", "/_understudy/v1/journal?status=404", &[], None)
        .await;
    assert_eq!(only_404.json["total"], 1);
    let by_path = mock
        .call(
            "GET",
            "/_understudy/v1/journal?path=/api/v1/workspaces/999",
            &[],
            None,
        )
        .await;
    assert_eq!(by_path.json["total"], 1);
    let cleared = mock
        .call("DELETE", "/_understudy/v1/journal", &[], None)
        .await;
    assert_eq!(cleared.status, 204);
    let empty = mock.call("GET", "/_understudy/v1/journal", &[], None).await;
    assert_eq!(empty.json["total"], 0);
    mock.stop().await;
}

#[tokio::test]
async fn settings_change_the_world_and_reset_restores_it() {
    let mock = spawn_mock(42).await;
    let settings = mock
        .call("GET", "/_understudy/v1/settings", &[], None)
        .await;
    assert_eq!(
        settings.json,
        json!({"seed": 42, "population": 10, "latency": {"minMs": 0, "maxMs": 0}})
    );
    let before = mock.call("GET", SYNTHO_LIST, &[COOKIE], None).await;
    let changed = mock
        .call(
            "PATCH",
            "/_understudy/v1/settings",
            &[],
            Some(json!({"seed": 7, "population": 3})),
        )
        .await;
    assert_eq!(changed.status, 200);
    assert_eq!(changed.json["seed"], 7);
    let after = mock.call("GET", SYNTHO_LIST, &[COOKIE], None).await;
    assert_ne!(before.bytes, after.bytes);
    // A change, then a reset of that product: the seeded world is back.
    let first = after.json["workspaces"][0]["pk"].clone();
    let del = mock
        .call(
            "DELETE",
            &format!("/api/v1/workspaces/{first}/"),
            &[COOKIE],
            None,
        )
        .await;
    assert!(del.status < 300, "{}", del.status);
    let reset = mock
        .call("POST", "/_understudy/v1/reset?product=syntho", &[], None)
        .await;
    assert_eq!(reset.json, json!({"reset": ["syntho"]}));
    let again = mock.call("GET", SYNTHO_LIST, &[COOKIE], None).await;
    assert_eq!(again.bytes, after.bytes);
    let unknown = mock
        .call("POST", "/_understudy/v1/reset?product=jira", &[], None)
        .await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json["error"], "not_found");
    let bad = mock
        .call(
            "PATCH",
            "/_understudy/v1/settings",
            &[],
            Some(json!({"latency": {"minMs": 9, "maxMs": 1}})),
        )
        .await;
    assert_eq!(bad.status, 400);
    mock.stop().await;
}

#[tokio::test]
async fn cors_is_open_by_default_and_narrowed_by_configuration() {
    let open = spawn_mock(42).await;
    let preflight = open
        .call(
            "OPTIONS",
            SYNTHO_LIST,
            &[
                ("Origin", "http://localhost:5173"),
                ("Access-Control-Request-Method", "GET"),
            ],
            None,
        )
        .await;
    assert!(preflight.status < 300, "{}", preflight.status);
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("http://localhost:5173")
    );
    open.stop().await;

    let narrow = spawn_mock_with(MockConfig {
        cors_origins: vec!["https://app.example.com".into()],
        ..MockConfig::default()
    })
    .await;
    let refused = narrow
        .call(
            "OPTIONS",
            SYNTHO_LIST,
            &[
                ("Origin", "http://evil.example"),
                ("Access-Control-Request-Method", "GET"),
            ],
            None,
        )
        .await;
    assert!(
        refused.header("access-control-allow-origin").is_none(),
        "{:?}",
        refused.headers
    );
    narrow.stop().await;
}

#[tokio::test]
async fn strict_auth_accepts_only_the_bootstrap_credentials_and_its_sessions() {
    let mock = spawn_mock_with(MockConfig {
        strict_auth: Some(understudy::mock::StrictAuth {
            token: "us_strict_token".into(),
            email: "admin@example.com".into(),
            password: "correct-horse".into(),
        }),
        ..MockConfig::default()
    })
    .await;
    let wrong = mock
        .call(
            "GET",
            "/rest/v1/flows",
            &[("Authorization", "Bearer guess")],
            None,
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(
        wrong.json["status"], 401,
        "Etlworks' error shape: {}",
        wrong.json
    );
    // Asked twice, the answer is kept for replay, but only for the same credentials.
    for _ in 0..2 {
        let right = mock
            .call(
                "GET",
                "/rest/v1/flows",
                &[("Authorization", "Bearer us_strict_token")],
                None,
            )
            .await;
        assert_eq!(right.status, 200);
    }
    let wrong_again = mock
        .call(
            "GET",
            "/rest/v1/flows",
            &[("Authorization", "Bearer guess")],
            None,
        )
        .await;
    assert_eq!(
        wrong_again.status, 401,
        "a kept answer is not replayed to other credentials"
    );

    let bad_login = mock
        .call(
            "POST",
            "/api/v1/auth/",
            &[],
            Some(json!({"email": "admin@example.com", "password": "wrong-password"})),
        )
        .await;
    assert_eq!(
        bad_login.status, 400,
        "Syntho refuses wrong credentials as a form: {}",
        bad_login.json
    );
    let login = mock
        .call(
            "POST",
            "/api/v1/auth/",
            &[],
            Some(json!({"email": "admin@example.com", "password": "correct-horse"})),
        )
        .await;
    assert!(login.status < 300, "{} {}", login.status, login.json);
    let cookie = login
        .header("set-cookie")
        .expect("a session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("sessionid="), "{cookie}");
    let listed = mock
        .call("GET", SYNTHO_LIST, &[("Cookie", &cookie)], None)
        .await;
    assert_eq!(listed.status, 200);
    let stranger = mock.call("GET", SYNTHO_LIST, &[COOKIE], None).await;
    assert_eq!(stranger.status, 401);
    mock.stop().await;
}
