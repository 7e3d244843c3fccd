//! The background loop every product's jobs run in: one step per tick until the server
//! is told to stop. Steps claim their work through the database (a conditional update),
//! so several replicas run the same loops and each piece of work still happens once; a
//! step that fails is logged and tried again on the next tick.

use std::future::Future;
use std::time::Duration;

use tokio::sync::watch;

use crate::store::StoreError;

/// How often a job loop looks for work.
pub const TICK: Duration = Duration::from_millis(100);

/// Runs `step` every [`TICK`] until `stop` turns true (or its sender is gone); `name`
/// tells whose step failed in the log. A step in progress when the stop comes is
/// finished first, so no claimed work is dropped halfway.
pub async fn every<F, Fut>(name: &'static str, mut stop: watch::Receiver<bool>, mut step: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), StoreError>>,
{
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while !*stop.borrow() {
        tokio::select! {
            _ = tick.tick() => {
                if let Err(e) = step().await {
                    tracing::warn!(jobs = name, error = %e, "a background step failed");
                }
            }
            changed = stop.changed() => {
                if changed.is_err() {
                    break;
                }
            }
        }
    }
}
