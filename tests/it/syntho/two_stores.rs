//! One behaviour, two stores — the first step: Syntho's services, unchanged, on an
//! in-memory SQLite store seeded deterministically (fixtures, a seeded id source, a
//! clock that moves only when told) answer byte for byte the same for the same seed.
//! This is the store the mock will run every product's real services on.

use reqwest::Method;
use understudy::state::Environment;
use understudy::surfaces::syntho::jobs;

use super::{create_body, update_body, FIXTURES};
use crate::helpers::{client, Spawn, TestDatabase, ADMIN_EMAIL, ADMIN_PASSWORD, SYNTHO_JOB};

/// Every answer (status, `Set-Cookie`, body) of one scripted session against a fresh
/// in-memory world made from `seed`.
async fn transcript(seed: u64) -> Vec<String> {
    let (env, clock) = Environment::seeded(seed, crate::helpers::START_MS);
    let app = Spawn {
        fixtures: Some(FIXTURES.to_string()),
        env,
        run_jobs: false,
        ..Spawn::default()
    }
    .start_on(TestDatabase::in_memory())
    .await;
    let c = client();
    let mut lines = Vec::new();
    let mut record = |a: &crate::helpers::Answer| {
        let cookie = a
            .headers
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        lines.push(format!("{} {cookie} {}", a.status.as_u16(), a.text));
    };
    let login = serde_json::json!({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD});
    record(
        &app.json(&c, Method::POST, "/api/v1/auth/", Some(login))
            .await,
    );
    record(&app.json(&c, Method::GET, "/api/v1/workspaces/", None).await);
    let created = app
        .json(
            &c,
            Method::POST,
            "/api/v1/workspaces/",
            Some(create_body("Seeded")),
        )
        .await;
    record(&created);
    let pk = created.json["pk"].as_i64().expect("a workspace");
    clock.advance(SYNTHO_JOB);
    jobs::step(app.state()).await.unwrap();
    clock.advance(SYNTHO_JOB);
    jobs::step(app.state()).await.unwrap();
    for path in [
        format!("/api/v1/workspaces/{pk}/"),
        format!("/api/v1/workspaces/{pk}/members/"),
        "/api/v1/workspaces/1/members/".to_string(),
    ] {
        record(&app.json(&c, Method::GET, &path, None).await);
    }
    let copy = format!("/api/v1/workspaces/{pk}/duplicate/");
    record(
        &app.json(&c, Method::POST, &copy, Some(update_body("Seeded copy")))
            .await,
    );
    record(&app.json(&c, Method::GET, "/api/v1/workspaces/", None).await);
    app.stop().await;
    lines
}

#[tokio::test]
async fn the_same_seed_gives_byte_identical_answers_on_an_in_memory_store() {
    let first = transcript(7).await;
    assert_eq!(first.len(), 8);
    assert!(first[0].starts_with("201 sessionid="), "{}", first[0]);
    assert_eq!(transcript(7).await, first, "same seed, same world");
    let other = transcript(8).await;
    assert_ne!(other, first, "another seed, other ids");
    // Only the drawn values differ: the same statuses, in the same order.
    let statuses = |t: &[String]| t.iter().map(|l| l[..3].to_string()).collect::<Vec<_>>();
    assert_eq!(statuses(&other), statuses(&first));
}
