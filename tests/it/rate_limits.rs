//! Declared rate limits, in each product's own 429: Datawiza's `4290` in real mode and
//! Kadi4Mat's `{code, message, description}` with `Retry-After` (on the mock today; its
//! real mode goes through the same dispatcher). A bucket per credential and route class.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{Spawn, TestApp, ADMIN_TOKEN};
use crate::mock::{assert_fits, spawn_mock_with, spec_of};

const APPS: &str = "/admin/api/v1/applications/?size=5";

async fn list_as(app: &TestApp, token: &str) -> crate::helpers::Answer {
    app.send_with(&app.http, Method::GET, APPS, |b| b.bearer_auth(token))
        .await
}

#[tokio::test]
async fn datawiza_answers_4290_once_a_tokens_reads_run_out() {
    let app = Spawn {
        rate_limits: vec!["datawiza:read=3/min".parse().unwrap()],
        ..Spawn::default()
    }
    .start()
    .await;
    for _ in 0..3 {
        assert_eq!(list_as(&app, ADMIN_TOKEN).await.status, StatusCode::OK);
    }
    let refused = list_as(&app, ADMIN_TOKEN).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        refused.json,
        json!({"errCode": "4290", "errMsg": "The account has made too many requests of this type recently. Try again later."})
    );
    let wait: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=20).contains(&wait),
        "a third of a minute refills one: {wait}"
    );
    // Another credential has its own bucket (an unknown token is still a 401, not a 429),
    // and writes are not limited by a read limit.
    assert_eq!(
        list_as(&app, "us_someone_else").await.status,
        StatusCode::UNAUTHORIZED
    );
    let write = app
        .datawiza(
            Method::POST,
            "/admin/api/v1/applications/",
            Some(json!({"page": 0, "size": 5})),
        )
        .await;
    assert_eq!(write.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn without_a_declared_limit_nothing_is_refused() {
    let app = Spawn::default().start().await;
    for _ in 0..30 {
        assert_eq!(list_as(&app, ADMIN_TOKEN).await.status, StatusCode::OK);
    }
    app.stop().await;
}

#[tokio::test]
async fn kadi4mat_answers_429_with_retry_after_on_both_prefixes() {
    let mock = spawn_mock_with(understudy::mock::MockConfig {
        rate_limits: vec!["kadi4mat=2/min".parse().unwrap()],
        ..understudy::mock::MockConfig::default()
    })
    .await;
    let token = [("authorization", "Bearer kadi-token")];
    assert_eq!(
        mock.call("GET", "/api/v1/records", &token, None)
            .await
            .status,
        200
    );
    assert_eq!(
        mock.call("GET", "/api/records", &token, None).await.status,
        200
    );
    let refused = mock.call("GET", "/api/v1/records", &token, None).await;
    assert_eq!(refused.status, 429);
    let wait: u64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=30).contains(&wait), "{wait}");
    assert_eq!(refused.json["code"], 429);
    assert_eq!(refused.json["message"], "Too Many Requests");
    assert_eq!(
        refused.json["description"],
        format!("Rate limit exceeded. Try again in {wait} seconds.")
    );
    // The answer is what the contract documents for 429, header included.
    let contract = understudy::mock::product_contracts()
        .find(|c| c.product == "kadi4mat")
        .unwrap();
    let op = contract
        .operations
        .iter()
        .find(|o| o.path == "/records" && o.method == "GET")
        .unwrap();
    assert_fits(contract, &spec_of(contract), op, &refused);
    // The unversioned alias draws from the same bucket; another token does not.
    assert_eq!(
        mock.call("GET", "/api/records", &token, None).await.status,
        429
    );
    let other = [("authorization", "Bearer another-token")];
    assert_eq!(
        mock.call("GET", "/api/records", &other, None).await.status,
        200
    );
    mock.stop().await;
}
