//! `understudy admin`: users and tokens minted from the command line work over HTTP.

use std::process::Command;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use understudy::config::Config;

use crate::helpers::client;

fn admin(data_dir: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_understudy"))
        .arg("admin")
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn a_user_and_token_made_by_the_cli_can_sign_in_and_call() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // The store is created by the CLI itself when it does not exist yet.
    let (ok, _, err) = admin(
        &data,
        &[
            "create-user",
            "--email",
            "ci@example.com",
            "--password",
            "ci-password-1",
            "--first-name",
            "CI",
        ],
    );
    assert!(ok, "{err}");
    let (ok, token, err) = admin(
        &data,
        &[
            "create-token",
            "--email",
            "ci@example.com",
            "--product",
            "datawiza",
        ],
    );
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    assert!(token.starts_with("us_"), "{token}");

    let (ok, _, err) = admin(
        &data,
        &[
            "create-user",
            "--email",
            "ci@example.com",
            "--password",
            "ci-password-1",
        ],
    );
    assert!(!ok && err.contains("exists already"), "{err}");
    let (ok, _, err) = admin(
        &data,
        &[
            "create-token",
            "--email",
            "ci@example.com",
            "--product",
            "syntho",
        ],
    );
    assert!(!ok && err.contains("takes no tokens"), "{err}");

    let config = Config {
        port: 0,
        data_dir: data,
        syntho_job_duration: Duration::from_millis(200),
        ..Config::default()
    };
    let running = understudy::server::start(config).await.unwrap();
    let bootstrap = running
        .bootstrap
        .as_ref()
        .expect("the admin is still created on the first serve");
    assert_eq!(bootstrap.generated, ["email", "password", "token"]);
    let base = format!("http://{}", running.addr);
    let http = client();
    let list = http
        .post(format!("{base}/admin/api/v1/applications/"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"page": 0, "size": 5}))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::OK);
    let login = http
        .request(Method::POST, format!("{base}/api/v1/auth/"))
        .json(&serde_json::json!({"email": "ci@example.com", "password": "ci-password-1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::CREATED);
    running.stop().await;
}
