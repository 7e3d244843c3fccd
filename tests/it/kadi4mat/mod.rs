//! Kadi4Mat in real mode (`/api/v1/*` and `/api/*`), mirrored by tag.

mod auth;
mod collections;
mod files;
pub mod fixtures;
mod groups;
mod matrix;
mod misc;
pub mod records;
mod revisions;
mod roles;
mod templates;
mod users;

use reqwest::Method;
use understudy::surfaces::accounts::{self, Product, TokenSpec};

use crate::helpers::{Answer, TestApp};

impl TestApp {
    /// A Kadi4Mat call with `token` (none when empty).
    pub async fn kadi(&self, method: Method, path: &str, token: &str) -> Answer {
        self.kadi_json(method, path, token, None).await
    }

    /// A Kadi4Mat call with `token` and a JSON body.
    pub async fn kadi_json(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> Answer {
        self.send_with(&self.http, method, path, |b| {
            let b = if token.is_empty() {
                b
            } else {
                b.bearer_auth(token)
            };
            match body {
                Some(v) => b.json(&v),
                None => b,
            }
        })
        .await
    }

    /// A new Kadi4Mat token of the user with `email`.
    pub async fn kadi_token(
        &self,
        email: &str,
        scopes: &[&str],
        expires_at: Option<i64>,
    ) -> String {
        let spec = TokenSpec {
            name: "test".into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            expires_at,
        };
        accounts::create_token(self.state(), email, Product::Kadi4Mat, spec)
            .await
            .expect("a token")
            .expose()
            .to_string()
    }
}

/// Users for Kadi4Mat tests: an ordinary member and a second one.
pub const FIXTURES: &str = r#"
users:
  - {email: ada@example.com, password: ada-password-1, first_name: Ada, last_name: Lovelace, username: ada}
  - {email: bob@example.com, password: bob-password-1, username: bob, displayname: Bob B.}
  - {email: gone@example.com, password: gone-password-1, username: gone, state: inactive}
"#;

#[test]
fn schemathesis_covers_every_tag_real_mode_serves() {
    let script = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/schemathesis.sh"),
    )
    .unwrap();
    let line = script
        .lines()
        .find_map(|l| l.strip_prefix("KADI4MAT_TAGS=("))
        .and_then(|l| l.strip_suffix(')'))
        .expect("KADI4MAT_TAGS in scripts/schemathesis.sh");
    let listed: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(listed, understudy::surfaces::kadi4mat::SERVED_TAGS);
}

#[test]
fn real_mode_serves_every_operation_of_the_contract() {
    use generated::kadi4mat::v1::CONTRACT;
    let served = understudy::http::mounting::operations_tagged(
        &CONTRACT,
        understudy::surfaces::kadi4mat::SERVED_TAGS,
    );
    // Each operation is mounted under `/api/v1` and under `/api`.
    assert_eq!(served.len(), 2 * CONTRACT.operations.len());
    assert_eq!(CONTRACT.operations.len(), 123, "the issue's count");
}
