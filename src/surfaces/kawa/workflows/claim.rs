//! A runner's hold on one workflow run: taken through the database, kept by a heartbeat
//! (`claimed_at` moved forward while the run executes, between tasks and on a timer) and
//! given up by ending the run. The requeue takes only runs whose heartbeat is older than
//! [`STALL_MS`], so a long run is never executed twice while its runner is alive; a runner
//! that lost its run (it stalled past that) notices at its next beat and stops.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::{Mutex, Notify};

use crate::state::AppState;
use crate::store::kawa::workflows::{self as store, Ending};
use crate::store::StoreError;

/// A run whose heartbeat is this old lost its runner (a stopped replica).
pub const STALL_MS: i64 = 10 * 60 * 1000;

/// How old (by the state's clock) the heartbeat may grow before the runner moves it:
/// well under [`STALL_MS`], so a few missed beats never cost a run.
pub const BEAT_MS: i64 = 60 * 1000;

/// How often, in real time, the timer looks whether a beat is due (a look costs nothing;
/// only a due beat writes).
const BEAT_CHECK: Duration = Duration::from_millis(200);

/// This runner's hold on run `id`.
pub struct Claim {
    id: i32,
    /// The heartbeat as last written; locked across each write, so a beat and the
    /// ending never race on it.
    held: Mutex<i64>,
    lost: AtomicBool,
    finished: Notify,
}

impl Claim {
    /// Takes queued run `id`; `None` when another runner took it first.
    pub async fn take(state: &AppState, id: i32) -> Result<Option<Claim>, StoreError> {
        let now = state.now_ms();
        if !store::claim(&state.db, id, now).await? {
            return Ok(None);
        }
        Ok(Some(Claim {
            id,
            held: Mutex::new(now),
            lost: AtomicBool::new(false),
            finished: Notify::new(),
        }))
    }

    /// The run held.
    pub fn id(&self) -> i32 {
        self.id
    }

    /// Moves the heartbeat forward when it is [`BEAT_MS`] old; false once the run is no
    /// longer this runner's (then it must stop: another runner has it, or will).
    pub async fn beat(&self, state: &AppState) -> Result<bool, StoreError> {
        let mut held = self.held.lock().await;
        if self.lost.load(Ordering::SeqCst) {
            return Ok(false);
        }
        let now = state.now_ms();
        if now - *held < BEAT_MS {
            return Ok(true);
        }
        if store::beat(&state.db, self.id, *held, now).await? {
            *held = now;
            Ok(true)
        } else {
            self.lost.store(true, Ordering::SeqCst);
            Ok(false)
        }
    }

    /// Beats on a timer until [`Claim::finish`]: covers a task that runs long (a large
    /// copy) between the beats the run makes itself between tasks. A failed beat is
    /// logged and tried again; if the database stays away, the requeue takes the run.
    pub async fn keep_alive(&self, state: &AppState) {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(BEAT_CHECK) => {}
                _ = self.finished.notified() => return,
            }
            match self.beat(state).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => tracing::warn!(run = self.id, error = %e, "kawa: a heartbeat failed"),
            }
        }
    }

    /// Stops [`Claim::keep_alive`] (at once when it waits; after its write when it beats,
    /// so no write is cut off halfway).
    pub fn finish(&self) {
        self.finished.notify_one();
    }

    /// Ends the run as `ending` says; false when it was no longer this runner's.
    pub async fn end(&self, state: &AppState, ending: Ending) -> Result<bool, StoreError> {
        let held = self.held.lock().await;
        if self.lost.load(Ordering::SeqCst) {
            return Ok(false);
        }
        store::end(&state.db, self.id, *held, ending).await
    }
}
