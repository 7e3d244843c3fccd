//! The runner of queued executions. Each replica's job loop claims queued runs through a
//! conditional update (one replica runs each once) and executes them as tasks, a few at
//! a time; a run reports progress, which is also its heartbeat. A run whose runner
//! stopped answering (a crashed replica) ends `error`; a run in progress when the server
//! is stopped ends `canceled`: none is left `running`.

use std::sync::Arc;

use tokio::sync::{watch, Mutex, Semaphore};
use tokio::task::JoinSet;

use super::console;
use super::execute::{self, Outcome};
use crate::state::AppState;
use crate::store::entities::et_execution;
use crate::store::etlworks::executions::{self, Ending};
use crate::store::StoreError;
use crate::surfaces::etlworks::flows::events as flow_events;
use crate::surfaces::etlworks::operations::settings;
use crate::surfaces::etlworks::schedules;

/// Runs one replica executes at once.
const PARALLEL_RUNS: usize = 4;
/// A run whose heartbeat is older than this lost its runner.
pub const STALL_MS: i64 = 2 * 60 * 1000;
/// How often a run beats while it works.
pub const HEARTBEAT_MS: i64 = 10 * 1000;

/// One replica's runner: the runs it has in flight, and the signal that stops them.
pub struct Runner {
    slots: Arc<Semaphore>,
    runs: Mutex<JoinSet<()>>,
    stopping: watch::Sender<bool>,
}

impl Default for Runner {
    fn default() -> Self {
        Runner {
            slots: Arc::new(Semaphore::new(PARALLEL_RUNS)),
            runs: Mutex::new(JoinSet::new()),
            stopping: watch::channel(false).0,
        }
    }
}

impl Runner {
    /// Ends stalled runs, then starts every queued run a free slot can take whose
    /// tenant runs fewer flows than its `maxParallelFlows` (the others wait their turn).
    pub async fn step(&self, state: &AppState) -> Result<(), StoreError> {
        interrupt_stalled(state).await?;
        let mut runs = self.runs.lock().await;
        while runs.try_join_next().is_some() {}
        let free = self.slots.available_permits();
        if free == 0 {
            return Ok(());
        }
        for queued in executions::queued(&state.db, state.now_ms(), free as u64).await? {
            let Ok(slot) = self.slots.clone().try_acquire_owned() else {
                break;
            };
            let cap = settings::max_parallel_flows(&state.db, queued.tenant_id).await?;
            if !executions::claim(&state.db, &queued, cap, state.now_ms()).await? {
                continue;
            }
            let (state, stopping) = (state.clone(), self.stopping.subscribe());
            runs.spawn(async move {
                run_claimed(&state, queued, stopping).await;
                drop(slot);
            });
        }
        Ok(())
    }

    /// Stops the runs in flight (each ends `canceled`) and waits for them.
    pub async fn shutdown(&self) {
        let _ = self.stopping.send(true);
        let mut runs = self.runs.lock().await;
        while runs.join_next().await.is_some() {}
    }
}

/// Claims and executes every queued run, one after the other, until none is left: what
/// tests call instead of the job loop, so a run's end is known when it returns.
pub async fn drain(state: &AppState) -> Result<usize, StoreError> {
    let (_keep, stopping) = watch::channel(false);
    let mut ran = 0;
    loop {
        interrupt_stalled(state).await?;
        let queued = executions::queued(&state.db, state.now_ms(), 1).await?;
        let Some(next) = queued.into_iter().next() else {
            return Ok(ran);
        };
        // One run at a time here, so the tenant's cap (at least 1) never holds one back.
        if executions::claim(&state.db, &next, i32::MAX, state.now_ms()).await? {
            run_claimed(state, next, stopping.clone()).await;
            ran += 1;
        }
    }
}

/// Executes a run this runner claimed and ends it.
async fn run_claimed(
    state: &AppState,
    execution: et_execution::Model,
    stopping: watch::Receiver<bool>,
) {
    let outcome = execute::execute(state, &execution, stopping).await;
    let now = state.now_ms();
    let (status, exception, records, metrics) = match outcome {
        Ok(Outcome::Ended(ended)) => {
            let metrics = ended.metrics_json();
            (ended.status, ended.exception, ended.records, metrics)
        }
        // Another runner ended it (a stall was declared); nothing more to write.
        Ok(Outcome::Lost) => return,
        Err(e) => {
            tracing::error!(audit = execution.id, error = %e, "etlworks: a run failed on storage");
            (
                "error",
                Some("The run stopped on an internal error".to_string()),
                0,
                "[]".into(),
            )
        }
    };
    let line = match &exception {
        Some(e) => format!("Flow finished with status {status}: {e}"),
        None => format!("Flow finished with status {status}"),
    };
    let level = if status == "error" {
        console::ERROR
    } else {
        console::INFO
    };
    let ending = Ending {
        status,
        finished_at: now,
        exception,
        records,
        metrics,
    };
    let ended = async {
        let tx = sea_orm::TransactionTrait::begin(&state.db).await?;
        if executions::end(&tx, execution.id, "running", ending).await? {
            executions::log(&tx, execution.id, now, level, &line).await?;
            if let Some(ended) = executions::by_id(&tx, execution.id).await? {
                flow_events::executed(&tx, state, &ended)
                    .await
                    .map_err(|e| StoreError::Internal(e.to_string()))?;
            }
        }
        tx.commit().await?;
        Ok::<_, StoreError>(())
    };
    if let Err(e) = ended.await {
        // Left running: the stall check ends it once its heartbeat is old.
        tracing::error!(audit = execution.id, error = %e, "etlworks: a run was not ended");
        return;
    }
    if let Err(e) = schedules::fire::after_end(state, &execution, status).await {
        tracing::error!(audit = execution.id, error = %e, "etlworks: a retry was not queued");
    }
}

/// Ends runs whose runner has not beaten for [`STALL_MS`] (a replica that died).
async fn interrupt_stalled(state: &AppState) -> Result<(), StoreError> {
    let now = state.now_ms();
    for run in executions::stalled(&state.db, now - STALL_MS).await? {
        let why = "The run was interrupted: the server running it stopped responding";
        let ending = Ending {
            status: "error",
            finished_at: now,
            exception: Some(why.into()),
            records: run.records_processed,
            metrics: run.metrics.clone(),
        };
        let tx = sea_orm::TransactionTrait::begin(&state.db).await?;
        if executions::end(&tx, run.id, "running", ending).await? {
            executions::log(&tx, run.id, now, console::ERROR, why).await?;
            if let Some(ended) = executions::by_id(&tx, run.id).await? {
                flow_events::executed(&tx, state, &ended)
                    .await
                    .map_err(|e| StoreError::Internal(e.to_string()))?;
            }
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The ending of a run canceled while still queued.
pub fn canceled_before_start(now: i64) -> Ending<'static> {
    Ending {
        status: "canceled",
        finished_at: now,
        exception: None,
        records: 0,
        metrics: "[]".into(),
    }
}
