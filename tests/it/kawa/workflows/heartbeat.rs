//! The runner's hold on a run, on the manual clock with the background runner off (the
//! test steps it): a task meeting a database error ends the run `FAILURE` at once, and it
//! is not run again after the stall delay; a run whose heartbeat keeps beating is never
//! queued again, however long it takes, while a silent one is, and its first runner can
//! then neither beat nor end it.

use std::time::Duration;

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::{json, Value};
use understudy::store::entities::kw_workflow_run;
use understudy::surfaces::kawa::workflows::claim::{Claim, BEAT_MS, STALL_MS};
use understudy::surfaces::kawa::workflows::runner;

use super::super::data::{create_sheet, orders};
use super::super::ADMIN;
use super::{bare_task, output_task, start, workflow};
use crate::helpers::{spawn_stopped_clock, TestApp};

/// The newest run of workflow `id`, as the run history shows it.
async fn newest(app: &TestApp, id: &str) -> Value {
    let path = format!("/backoffice/workflows/{id}/run-history");
    let r = app.kawa_get(&path, ADMIN).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json[0].clone()
}

/// The stored row of run `id`.
async fn row(app: &TestApp, id: i32) -> kw_workflow_run::Model {
    kw_workflow_run::Entity::find_by_id(id)
        .one(&app.state().db)
        .await
        .expect("the run is read")
        .expect("the run exists")
}

fn minutes(n: i64) -> Duration {
    Duration::from_millis((n * 60_000) as u64)
}

#[tokio::test]
async fn a_task_meeting_a_database_error_ends_the_run_failure_and_it_is_not_run_again() {
    let (app, clock) = spawn_stopped_clock(17, None).await;
    let source = orders(&app, "Orders").await;
    let sheet = create_sheet(&app, ADMIN, "Orders", &source).await;
    let layout = sheet.json["layoutIds"][0].as_str().unwrap().to_string();
    let mut grid = bare_task("grid", "COMPUTE");
    grid["viewId"] = json!(layout);
    let tasks = json!([output_task("hello", &[json!("hi")]), grid]);
    let id = workflow(&app, "Broken", tasks).await;
    start(&app, &id, json!({})).await;

    // The layouts' table is away while the run executes: the COMPUTE task's read fails.
    let db = &app.state().db;
    db.execute_unprepared("ALTER TABLE kw_layouts RENAME TO kw_layouts_away")
        .await
        .unwrap();
    let ran = runner::step(app.state()).await;
    db.execute_unprepared("ALTER TABLE kw_layouts_away RENAME TO kw_layouts")
        .await
        .unwrap();
    assert_eq!(ran.expect("the step itself succeeds"), 1);
    let run = newest(&app, &id).await;
    assert_eq!(run["status"], "FAILURE", "{run}");
    assert_eq!(
        run["errorMessage"],
        "Task grid (COMPUTE) stopped on an internal error"
    );
    let done: Vec<(&str, &str)> = run["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["taskId"].as_str().unwrap(), t["status"].as_str().unwrap()))
        .collect();
    assert_eq!(done, vec![("hello", "SUCCESS"), ("grid", "FAILURE")]);

    // Past the stall delay nothing is taken up again: the run ended.
    clock.advance(minutes(STALL_MS / 60_000 + 1));
    assert_eq!(runner::step(app.state()).await.unwrap(), 0);
    assert_eq!(newest(&app, &id).await, run);
    app.stop().await;
}

#[tokio::test]
async fn a_beating_run_is_never_requeued_and_a_silent_one_is_taken_from_its_runner() {
    let (app, clock) = spawn_stopped_clock(18, None).await;
    let state = app.state();
    let id = workflow(&app, "Long", json!([output_task("t", &[json!("done")])])).await;
    let started = start(&app, &id, json!({})).await;
    let run_id: i32 = started.json["id"].as_str().unwrap().parse().unwrap();
    let claim = Claim::take(state, run_id).await.unwrap().expect("queued");
    assert!(
        Claim::take(state, run_id).await.unwrap().is_none(),
        "claimed once"
    );

    // Twenty minutes of work, the timer beating: another runner's steps leave it be.
    let other_runner = async {
        for _ in 0..4 {
            clock.advance(minutes(5));
            let now = state.now_ms();
            let mut beaten = false;
            for _ in 0..100 {
                if row(&app, run_id).await.claimed_at == Some(now) {
                    beaten = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            assert!(beaten, "the heartbeat moved to {now}");
            assert_eq!(runner::step(state).await.unwrap(), 0, "nothing to run");
            assert_eq!(row(&app, run_id).await.phase, "running");
        }
        claim.finish();
    };
    tokio::join!(claim.keep_alive(state), other_runner);
    assert_eq!(newest(&app, &id).await["status"], "RUNNING");

    // Silent past the stall delay: the next step runs it again and ends it.
    clock.advance(minutes(STALL_MS / 60_000 + 1));
    assert_eq!(runner::step(state).await.unwrap(), 1);
    let run = newest(&app, &id).await;
    assert_eq!(run["status"], "SUCCESS", "{run}");
    assert_eq!(run["tasks"][0]["output"], "done");

    // The first runner, back, has lost it: no beat, no ending over the second one's.
    clock.advance(Duration::from_millis(BEAT_MS as u64));
    assert!(!claim.beat(state).await.unwrap(), "the run is not its own");
    let ending = understudy::store::kawa::workflows::Ending {
        status: "FAILURE",
        results: "[]".into(),
        error_message: Some("late".into()),
        end_time: state.now_ms(),
    };
    assert!(!claim.end(state, ending).await.unwrap());
    assert_eq!(newest(&app, &id).await, run);
    app.stop().await;
}
