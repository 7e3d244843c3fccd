//! Schedules: managed (with every refusal changing nothing), fired by the job step on
//! the manual clock exactly when due and once per firing, run now, retried after a
//! failure with the configured delay, and fired once across two replicas on one
//! database.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::common::clock::ManualClock;
use understudy::common::ids::SeededIds;
use understudy::state::Environment;
use understudy::surfaces::etlworks::runs::runner;
use understudy::surfaces::etlworks::schedules::fire;

use super::flows::create;
use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_stopped_clock, Spawn, TestApp, TestDatabase, START_MS};

fn schedule(name: &str, flow: i64, when: &str) -> Value {
    json!({"name": name, "flowId": flow, "schedule": when, "tags": ["nightly"]})
}

async fn make(app: &TestApp, body: Value) -> i64 {
    let r = admin(app, Method::POST, "/rest/v1/schedules", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().unwrap()
}

#[tokio::test]
async fn schedules_are_managed_and_refusals_change_nothing() {
    let (app, _clock) = spawn_stopped_clock(21, None).await;
    let flow = create(
        &app,
        json!({"name": "Nightly", "flowType": "flow.db.to.db"}),
    )
    .await;
    let id = make(&app, schedule("Every night", flow, "0 0 2 * * ?")).await;
    let path = format!("/rest/v1/schedules/{id}");
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        (r.json["enabled"].as_bool(), r.json["retries"].as_i64()),
        (Some(true), Some(0))
    );
    assert_eq!(r.json["tags"], json!(["nightly"]));

    let (_, viewer) = user_with_key(&app, "viewer", "VIEWER", None).await;
    let r = call(
        &app,
        &viewer,
        Method::POST,
        "/rest/v1/schedules",
        Some(schedule("x", flow, "5")),
    )
    .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "/rest/v1/schedules",
        "Viewer role cannot create schedules",
    );
    for (body, says) in [
        (schedule("Every night", flow, "5"), "already exists"),
        (
            schedule("Bad cron", flow, "every night"),
            "Field 'schedule'",
        ),
        (schedule("Feb 30", flow, "0 0 0 30 2 ?"), "never fires"),
        (schedule("No flow", 9999, "5"), "Flow 9999 not found"),
        (
            json!({"name": "r", "flowId": flow, "schedule": "5", "retries": -1}),
            "Field 'retries'",
        ),
        (
            json!({"name": "e", "flowId": flow, "schedule": "5", "emails": "ops@x nope"}),
            "Field 'emails'",
        ),
    ] {
        let r = admin(&app, Method::POST, "/rest/v1/schedules", Some(body)).await;
        let status = match says {
            "already exists" => StatusCode::CONFLICT,
            "Flow 9999 not found" => StatusCode::NOT_FOUND,
            _ => StatusCode::BAD_REQUEST,
        };
        refused(&r, status, "/rest/v1/schedules", says);
    }
    let r = admin(&app, Method::GET, "/rest/v1/schedules", None).await;
    assert_eq!(
        r.headers["x-total-count"], "1",
        "nothing created: {}",
        r.text
    );

    // Edit, toggle (idempotent), filters, metadata.
    let mut edited = schedule("Every 15 minutes", flow, "15");
    edited["retries"] = json!(2);
    let r = admin(&app, Method::PUT, &path, Some(edited)).await;
    assert_eq!(
        (r.status, r.json["schedule"].as_str()),
        (StatusCode::OK, Some("15")),
        "{}",
        r.text
    );
    for _ in 0..2 {
        let r = admin(&app, Method::PUT, &format!("{path}/disable"), None).await;
        assert_eq!(r.json["enabled"], false, "{}", r.text);
    }
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/schedules?enabled=true&flowId={flow}"),
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "0");
    let r = admin(&app, Method::PUT, &format!("{path}/enable"), None).await;
    assert_eq!(r.json["enabled"], true);
    let r = admin(&app, Method::GET, "/rest/v1/schedules/metadata", None).await;
    assert_eq!(r.json[0]["type"], "cron", "{}", r.text);

    // A flow a schedule runs cannot be deleted; its usage names the schedule.
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/flows/{flow}/usage"),
        None,
    )
    .await;
    assert_eq!(
        r.json["schedules"],
        json!([{"id": id, "name": "Every 15 minutes"}])
    );
    let flow_path = format!("/rest/v1/flows/{flow}");
    let r = admin(&app, Method::DELETE, &flow_path, None).await;
    refused(
        &r,
        StatusCode::CONFLICT,
        &flow_path,
        "schedule 'Every 15 minutes'",
    );

    // Bulk: what it cannot apply to is reported, the rest done.
    let other = make(&app, schedule("Other", flow, "30")).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/schedules/bulk",
        Some(json!({"action": "delete", "ids": [other, 424242]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["succeeded"], json!([other]));
    assert_eq!(r.json["failed"][0]["id"], 424242);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/schedules/{other}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = admin(&app, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = admin(&app, Method::DELETE, &flow_path, None).await;
    assert_eq!(
        r.status,
        StatusCode::NO_CONTENT,
        "the flow is free now: {}",
        r.text
    );
}

#[tokio::test]
async fn a_schedule_fires_when_due_once_and_retries_failures() {
    let (app, clock) = spawn_stopped_clock(22, None).await;
    let flow = create(&app, json!({"name": "Tick", "flowType": "flow.db.to.db"})).await;
    let id = make(&app, schedule("Every minute", flow, "1")).await;
    assert_eq!(fire::step(app.state()).await.unwrap(), 0, "not due yet");
    clock.advance(Duration::from_secs(61));
    assert_eq!(fire::step(app.state()).await.unwrap(), 1);
    assert_eq!(
        fire::step(app.state()).await.unwrap(),
        0,
        "each firing once"
    );
    assert_eq!(runner::drain(app.state()).await.unwrap(), 1);
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/schedules/{id}/history"),
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);
    assert_eq!(
        (
            r.json[0]["eventId"].as_i64(),
            r.json[0]["eventName"].as_str()
        ),
        (Some(id), Some("Every minute"))
    );
    assert_eq!(r.json[0]["status"], "success");

    // Run now carries the schedule too; another flow's id is a 404.
    let r = admin(
        &app,
        Method::POST,
        &format!("/rest/v1/schedules/{id}/flows/{flow}/run"),
        None,
    )
    .await;
    assert_eq!(r.json["status"], 0, "{}", r.text);
    let wrong = format!("/rest/v1/schedules/{id}/flows/{}/run", flow + 1);
    let r = admin(&app, Method::POST, &wrong, None).await;
    refused(&r, StatusCode::NOT_FOUND, &wrong, "not the flow");
    runner::drain(app.state()).await.unwrap();

    // A failing flow is retried after the delay, once per retry, then left failed.
    let broken = create(
        &app,
        json!({"name": "Broken", "flowType": "flow.db.to.db",
               "transformations": [{"index": 0, "name": "nowhere", "sourceObject": "t", "destinationObject": "t"}]}),
    )
    .await;
    let mut body = schedule("Retried", broken, "60");
    body["retries"] = json!(1);
    body["delayBetweenRetries"] = json!(5);
    let retried = make(&app, body).await;
    let r = admin(
        &app,
        Method::PUT,
        &format!("/rest/v1/schedules/{id}/disable"),
        None,
    )
    .await;
    assert_eq!(r.json["enabled"], false, "{}", r.text);
    clock.advance(Duration::from_secs(3601));
    fire::step(app.state()).await.unwrap();
    assert_eq!(
        runner::drain(app.state()).await.unwrap(),
        1,
        "the first attempt"
    );
    assert_eq!(
        runner::drain(app.state()).await.unwrap(),
        0,
        "the retry waits its delay"
    );
    clock.advance(Duration::from_secs(5 * 60));
    assert_eq!(runner::drain(app.state()).await.unwrap(), 1, "the retry");
    assert_eq!(
        runner::drain(app.state()).await.unwrap(),
        0,
        "no retry left"
    );
    let r = admin(
        &app,
        Method::GET,
        &format!("/rest/v1/schedules/{retried}/history"),
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "2", "{}", r.text);
    let (retry, first) = (&r.json[0], &r.json[1]);
    assert_eq!(
        (first["status"].as_str(), retry["status"].as_str()),
        (Some("error"), Some("error"))
    );
    assert!(
        first["exception"]
            .as_str()
            .unwrap()
            .contains("no source connection"),
        "{first}"
    );
    assert_eq!(retry["parentAuditId"], first["auditId"]);
    assert_eq!(retry["retries"], 1);
}

#[tokio::test]
async fn two_replicas_fire_and_run_each_firing_once() {
    let database = TestDatabase::shareable().await;
    let clock = Arc::new(ManualClock::new(START_MS));
    let replica = |database: TestDatabase, seed: u64| {
        let clock = clock.clone();
        async move {
            Spawn {
                env: Environment {
                    clock,
                    ids: Arc::new(SeededIds::new(seed)),
                    files: None,
                },
                run_jobs: false,
                ..Spawn::default()
            }
            .start_on(database)
            .await
        }
    };
    let (a, b) = if database.is_postgres() {
        tokio::join!(replica(database.share(), 1), replica(database.share(), 2))
    } else {
        let a = replica(database.share(), 1).await;
        (a, replica(database.share(), 2).await)
    };
    let mut ids = Vec::new();
    for i in 0..6 {
        let flow = create(
            &a,
            json!({"name": format!("Flow {i}"), "flowType": "flow.db.to.db"}),
        )
        .await;
        ids.push(make(&a, schedule(&format!("Schedule {i}"), flow, "1")).await);
    }
    clock.advance(Duration::from_secs(61));
    let (fa, fb) = tokio::join!(fire::step(a.state()), fire::step(b.state()));
    assert_eq!(fa.unwrap() + fb.unwrap(), 6, "each schedule fired once");
    let (ra, rb) = tokio::join!(runner::drain(a.state()), runner::drain(b.state()));
    assert_eq!(ra.unwrap() + rb.unwrap(), 6, "each run executed once");
    for id in ids {
        let r = admin(
            &b,
            Method::GET,
            &format!("/rest/v1/schedules/{id}/history"),
            None,
        )
        .await;
        assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);
        assert_eq!(r.json[0]["status"], "success");
    }
    a.stop().await;
    b.stop().await;
}
