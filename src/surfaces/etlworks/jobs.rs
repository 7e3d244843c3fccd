//! Etlworks' background work, in one job loop (claimed through the database, so several
//! replicas share it and each piece of work happens once): firing due schedules,
//! executing queued flow runs, sending due webhook deliveries, ending agent restarts,
//! writing queued backups, and purging recycle-bin entries, executions and audit events
//! whose retention ended. Webhook deliveries are sent as a task of their own beside the
//! loop, so a slow receiver delays no run. Each step runs even when another failed; every
//! failure is logged by the loop. When the server stops, runs in flight are ended
//! (`canceled`) and the deliveries in flight finish before the loop returns.

use tokio::sync::watch;

use super::operations::{agents, backups, retention};
use super::recycle_bin;
use super::runs::runner::Runner;
use super::schedules;
use super::webhooks::delivery::Courier;
use crate::state::AppState;
use crate::store::StoreError;

/// Purge the recycle bin every this many ticks (a minute).
const PURGE_EVERY: u32 = 600;
/// The most entries one purge removes, so a backlog does not hold the loop.
const PURGE_BATCH: u64 = 100;

/// Runs until `stop` says so.
pub async fn run(state: AppState, stop: watch::Receiver<bool>) {
    let state = &state;
    let runner = &Runner::default();
    let courier = &Courier::default();
    let mut ticks = 0u32;
    crate::common::jobs::every("etlworks", stop, move || {
        ticks = ticks.wrapping_add(1);
        let purging = ticks % PURGE_EVERY == 1;
        async move {
            let mut first_error: Option<StoreError> = None;
            if let Err(e) = schedules::fire::step(state).await.map(drop) {
                first_error.get_or_insert(e);
            }
            if let Err(e) = runner.step(state).await {
                first_error.get_or_insert(e);
            }
            // Deliveries send beside the loop: a slow receiver holds back nothing here.
            if let Err(e) = courier.step(state).await {
                first_error.get_or_insert(e);
            }
            if let Err(e) = agents::step(state).await {
                first_error.get_or_insert(e);
            }
            if let Err(e) = backups::step(state).await {
                first_error.get_or_insert(e);
            }
            if purging {
                if let Err(e) = recycle_bin::purge_expired(state, PURGE_BATCH).await {
                    first_error.get_or_insert(e);
                }
                if let Err(e) = retention::purge(state).await {
                    first_error.get_or_insert(e);
                }
            }
            first_error.map_or(Ok(()), Err)
        }
    })
    .await;
    runner.shutdown().await;
    courier.shutdown().await;
}
