//! Several replicas on one database (PostgreSQL is how Understudy runs behind a load
//! balancer): each engine job step happens once, whichever replica's runner gets there.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use understudy::common::clock::ManualClock;
use understudy::common::ids::SeededIds;
use understudy::state::Environment;
use understudy::surfaces::syntho::jobs;

use super::create_body;
use crate::helpers::{Spawn, TestApp, TestDatabase, SYNTHO_JOB};

const WORKSPACES: usize = 24;

async fn replica(database: TestDatabase, clock: &Arc<ManualClock>, seed: u64) -> TestApp {
    Spawn {
        env: Environment {
            clock: clock.clone(),
            ids: Arc::new(SeededIds::new(seed)),
            files: None,
        },
        run_jobs: false,
        ..Spawn::default()
    }
    .start_on(database)
    .await
}

/// Both replicas' runners step at once; returns how many jobs each moved.
async fn step_both(a: &TestApp, b: &TestApp) -> (usize, usize) {
    let (moved_a, moved_b) = tokio::join!(jobs::step(a.state()), jobs::step(b.state()));
    (moved_a.unwrap(), moved_b.unwrap())
}

#[tokio::test]
async fn two_replicas_on_one_database_move_each_engine_job_exactly_once() {
    let database = TestDatabase::shareable().await;
    let clock = Arc::new(ManualClock::new(crate::helpers::START_MS));
    // On PostgreSQL the two start together: migrations and bootstrap take turns behind
    // advisory locks. A SQLite file has no such lock, so there one starts after the other.
    let (a, b) = if database.is_postgres() {
        tokio::join!(
            replica(database.share(), &clock, 1),
            replica(database.share(), &clock, 2)
        )
    } else {
        let a = replica(database.share(), &clock, 1).await;
        (a, replica(database.share(), &clock, 2).await)
    };
    let (ca, cb) = (a.syntho_admin().await, b.syntho_admin().await);
    let mut pks = Vec::new();
    for i in 0..WORKSPACES {
        let (app, c) = if i % 2 == 0 { (&a, &ca) } else { (&b, &cb) };
        let r = app
            .json(
                c,
                Method::POST,
                "/api/v1/workspaces/",
                Some(create_body(&format!("Replicated {i}"))),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        pks.push(r.json["pk"].as_i64().unwrap());
    }

    clock.advance(SYNTHO_JOB / 3 + Duration::from_millis(1));
    let (moved_a, moved_b) = step_both(&a, &b).await;
    assert_eq!(moved_a + moved_b, WORKSPACES, "each job started once");
    clock.advance(SYNTHO_JOB);
    let (moved_a, moved_b) = step_both(&a, &b).await;
    assert_eq!(moved_a + moved_b, WORKSPACES, "each job finished once");
    assert_eq!(step_both(&a, &b).await, (0, 0), "and nothing moves again");

    // Both replicas read the same, finished state.
    for (app, c) in [(&a, &ca), (&b, &cb)] {
        let list = app
            .json(c, Method::GET, "/api/v1/workspaces/", None)
            .await
            .json;
        let workspaces = list["workspaces"].as_array().unwrap();
        assert_eq!(workspaces.len(), WORKSPACES);
        assert!(workspaces.iter().all(|w| w["status"] == "ready"), "{list}");
    }
    a.stop().await;
    b.stop().await;
    database.drop_database().await;
}
