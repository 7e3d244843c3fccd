//! A workspace's engine job, driven by a manual clock: the test moves time and steps the
//! runner itself, so every state is seen without sleeping.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;
use understudy::store::entities::sy_job;
use understudy::surfaces::syntho::jobs;

use super::workspaces::create;
use super::{connection, create_body};
use crate::helpers::{spawn_stopped_clock, TestApp, SYNTHO_JOB};

async fn workspace(app: &TestApp, c: &reqwest::Client, pk: i64) -> Value {
    let r = app
        .json(c, Method::GET, &format!("/api/v1/workspaces/{pk}/"), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

async fn step(app: &TestApp) -> usize {
    jobs::step(app.state()).await.expect("a runner step")
}

#[tokio::test]
async fn a_manual_clock_moves_an_engine_job_through_each_state() {
    let (app, clock) = spawn_stopped_clock(11, None).await;
    let c = app.syntho_admin().await;
    let created = create(&app, &c, create_body("Clocked")).await;
    let pk = created["pk"].as_i64().unwrap();
    assert_eq!(
        created["created_at"], "2025-11-27T07:42:00.997Z",
        "the state's clock"
    );
    assert_eq!(created["engine"]["latest_job_status"], "STARTED");

    assert_eq!(
        step(&app).await,
        0,
        "nothing is due while time stands still"
    );
    assert_eq!(workspace(&app, &c, pk).await["status"], "creating");

    // The job starts a third of its duration after creation.
    clock.advance(SYNTHO_JOB / 3 + Duration::from_millis(1));
    assert_eq!(step(&app).await, 1);
    let running = workspace(&app, &c, pk).await;
    assert_eq!(running["engine"]["latest_job_status"], "IN_PROGRESS");
    assert_eq!(running["status"], "creating");
    assert_eq!(step(&app).await, 0, "not due before its end");

    clock.advance(SYNTHO_JOB);
    assert_eq!(step(&app).await, 1);
    let ready = workspace(&app, &c, pk).await;
    assert_eq!(ready["engine"]["latest_job_status"], "SUCCESS");
    assert_eq!(ready["status"], "ready");
    assert_eq!(step(&app).await, 0, "a finished job stays finished");
    app.stop().await;
}

#[tokio::test]
async fn an_unreachable_source_fails_the_job() {
    let (app, clock) = spawn_stopped_clock(11, None).await;
    let c = app.syntho_admin().await;
    let mut body = create_body("Broken");
    body["source_connection"] = connection("db.unreachable.invalid", true);
    let pk = create(&app, &c, body).await["pk"].as_i64().unwrap();
    clock.advance(SYNTHO_JOB);
    assert_eq!(step(&app).await, 1);
    clock.advance(SYNTHO_JOB);
    assert_eq!(step(&app).await, 1);
    let failed = workspace(&app, &c, pk).await;
    assert_eq!(failed["engine"]["latest_job_status"], "FAILURE");
    assert_eq!(failed["status"], "failed");
    app.stop().await;
}

#[tokio::test]
async fn deleting_during_creation_revokes_the_job_for_good() {
    let (app, clock) = spawn_stopped_clock(11, None).await;
    let c = app.syntho_admin().await;
    let created = create(&app, &c, create_body("Short-lived")).await;
    let pk = created["pk"].as_i64().unwrap();
    let engine = created["engine"]["id"].as_str().unwrap().to_string();
    clock.advance(SYNTHO_JOB / 2);
    assert_eq!(step(&app).await, 1, "the job is running");

    let path = format!("/api/v1/workspaces/{pk}/");
    let r = app.json(&c, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let gone = app.json(&c, Method::GET, &path, None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);

    let job = || async {
        sy_job::Entity::find()
            .filter(sy_job::Column::EngineId.eq(engine.clone()))
            .one(&app.state().db)
            .await
            .unwrap()
            .expect("the job is kept")
    };
    let revoked = job().await;
    assert_eq!(revoked.status, "REVOKED");
    assert_eq!(revoked.reason.as_deref(), Some("workspace deleted"));
    clock.advance(SYNTHO_JOB * 2);
    assert_eq!(step(&app).await, 0, "the runner does not resurrect it");
    assert_eq!(job().await.status, "REVOKED");
    app.stop().await;
}
