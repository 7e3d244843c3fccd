//! `spawn_app()` and a test client that checks the contract on every response: error
//! bodies in the product's shape, 204 without a body, and bodies that validate against
//! the source spec's schema for that operation and status.

use std::path::PathBuf;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::Value;
use understudy::common::secrets::Secret;
use understudy::config::Config;
use understudy::server::{self, Running};

use crate::contract::Contract;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "correct-horse-battery";
pub const ADMIN_TOKEN: &str = "us_test_admin_token_0123456789";

/// A running server with a fresh database, and a client for it.
pub struct TestApp {
    pub base: String,
    pub running: Option<Running>,
    pub http: reqwest::Client,
    pub contract: Contract,
    _dir: tempfile::TempDir,
}

/// Starts Understudy with the test admin and, optionally, a fixtures file.
pub async fn spawn_app_with(fixtures: Option<&str>) -> TestApp {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let fixtures_path = fixtures.map(|text| {
        let path: PathBuf = dir.path().join("fixtures.yaml");
        std::fs::write(&path, text).expect("fixtures written");
        path
    });
    let config = Config {
        port: 0,
        data_dir: dir.path().join("data"),
        fixtures: fixtures_path,
        admin_email: Some(ADMIN_EMAIL.into()),
        admin_password: Some(Secret::new(ADMIN_PASSWORD)),
        admin_token: Some(Secret::new(ADMIN_TOKEN)),
        syntho_job_duration: Duration::from_millis(400),
        ..Config::default()
    };
    let running = server::start(config).await.expect("the server starts");
    let base = format!("http://{}", running.addr);
    TestApp {
        base,
        running: Some(running),
        http: client(),
        contract: Contract::load(),
        _dir: dir,
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(None).await
}

/// A client with its own cookie jar (one per simulated user).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("a client")
}

/// A response with its body read and the contract already checked.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub json: Value,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Sends a request built by `build` and checks the answer against the contract.
    pub async fn send_with(
        &self,
        client: &reqwest::Client,
        method: Method,
        path: &str,
        build: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Answer {
        let resp = build(client.request(method.clone(), self.url(path)))
            .send()
            .await
            .expect("the server answers");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("a body");
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::Null)
        };
        let answer = Answer {
            status,
            headers,
            text,
            json,
        };
        self.contract.check(method.as_str(), path, &answer);
        answer
    }

    /// A Datawiza call with the admin token.
    pub async fn datawiza(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        self.send_with(&self.http, method, path, |b| {
            let b = b.bearer_auth(ADMIN_TOKEN);
            match body {
                Some(v) => b.json(&v),
                None => b,
            }
        })
        .await
    }

    /// A JSON call with `client`'s cookies.
    pub async fn json(
        &self,
        client: &reqwest::Client,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        self.send_with(client, method, path, |b| match body {
            Some(v) => b.json(&v),
            None => b,
        })
        .await
    }

    /// Signs `client` in to Syntho.
    pub async fn syntho_login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> Answer {
        let answer = self
            .json(
                client,
                Method::POST,
                "/api/v1/auth/",
                Some(serde_json::json!({"email": email, "password": password})),
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::CREATED,
            "login failed: {}",
            answer.text
        );
        answer
    }

    /// A client signed in to Syntho as the admin.
    pub async fn syntho_admin(&self) -> reqwest::Client {
        let c = client();
        self.syntho_login(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await;
        c
    }

    /// Stops the server and waits for it to drain.
    pub async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
    }

    pub fn state(&self) -> &understudy::state::AppState {
        &self.running.as_ref().expect("running").state
    }
}
