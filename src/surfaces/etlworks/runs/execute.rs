//! Executing one claimed run: the flow's nested steps and transformations in order,
//! each transformation moving rows through [`super::transfer`], with the console, the
//! metrics and the running tasks written as it goes. A failing transformation ends the
//! run `error` (or, with the flow property `onError: continue`, lets the rest run and
//! ends it `warning`); rejected rows end it `warning`; a stop request or the server
//! stopping ends it `canceled`.

use std::collections::{BTreeMap, HashSet};

use generated::etlworks::v1 as api;
use tokio::sync::watch;

use super::console;
use super::transfer;
use crate::state::AppState;
use crate::store::entities::et_execution;
use crate::store::etlworks::{executions, flows, schedules, tags, tenants};
use crate::store::StoreError;
use crate::surfaces::etlworks::flows::definition::Definition;
use crate::surfaces::etlworks::flows::views;

/// How deep nested flows may go (a flow running itself is refused before that).
const MAX_DEPTH: usize = 8;

/// How an execution went.
pub enum Outcome {
    Ended(Ended),
    /// The run is no longer this runner's (declared stalled and ended elsewhere).
    Lost,
}

/// A run's end, to be written.
pub struct Ended {
    pub status: &'static str,
    pub exception: Option<String>,
    pub records: i64,
    pub metrics: Vec<api::FlowMetric>,
}

impl Ended {
    pub fn metrics_json(&self) -> String {
        serde_json::to_string(&self.metrics).unwrap_or_else(|_| "[]".into())
    }
}

/// Why a step stopped the run.
pub enum Failure {
    /// The step failed; the message goes to the console and the record's exception.
    Error(String),
    /// Stopped on request or by the server stopping.
    Canceled(String),
    Lost,
    Store(StoreError),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(e)
    }
}

/// A run under way: what it has done so far.
pub struct Run<'a> {
    pub state: &'a AppState,
    pub execution: &'a et_execution::Model,
    pub tenant: String,
    pub variables: BTreeMap<String, String>,
    pub metrics: Vec<api::FlowMetric>,
    pub records: i64,
    /// The transformation in flight, for `running-tasks`.
    pub task: Option<api::RunningTask>,
    /// Log a progress line every this many records (the starting schedule's `logStep`;
    /// `None` when no schedule started the run or its step is below 1).
    pub log_step: Option<u64>,
    stopping: watch::Receiver<bool>,
}

impl Run<'_> {
    /// Writes a console line.
    pub async fn log(&self, level: &str, text: &str) -> Result<(), StoreError> {
        let now = self.state.now_ms();
        executions::log(&self.state.db, self.execution.id, now, level, text).await
    }

    /// Reports progress (the heartbeat) and hears whether to stop.
    pub async fn checkpoint(&mut self) -> Result<(), Failure> {
        if *self.stopping.borrow() {
            return Err(Failure::Canceled(
                "The server stopped while the flow was running".into(),
            ));
        }
        let metrics = serde_json::to_string(&self.metrics).unwrap_or_else(|_| "[]".into());
        let tasks = serde_json::to_string(&self.task.iter().collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".into());
        let now = self.state.now_ms();
        let db = &self.state.db;
        match executions::progress(db, self.execution.id, now, self.records, &metrics, &tasks)
            .await?
        {
            None => Err(Failure::Lost),
            Some(true) => Err(Failure::Canceled("Stopped by request".into())),
            Some(false) => Ok(()),
        }
    }
}

/// Executes `execution` (claimed by this runner) to its end.
pub async fn execute(
    state: &AppState,
    execution: &et_execution::Model,
    stopping: watch::Receiver<bool>,
) -> Result<Outcome, StoreError> {
    let tenant = tenants::by_id(&state.db, execution.tenant_id)
        .await?
        .map(|t| t.name)
        .unwrap_or_default();
    let log_step = match execution.event_id {
        Some(id) => schedules::by_id(&state.db, execution.tenant_id, id)
            .await?
            .and_then(|s| s.log_step)
            .and_then(|step| u64::try_from(step).ok())
            .filter(|step| *step >= 1),
        None => None,
    };
    let mut run = Run {
        state,
        execution,
        tenant,
        variables: serde_json::from_str(&execution.parameters).unwrap_or_default(),
        metrics: Vec::new(),
        records: 0,
        task: None,
        log_step,
        stopping,
    };
    let started = format!(
        "Flow \"{}\" started (audit {})",
        execution.flow_name, execution.id
    );
    run.log(console::INFO, &started).await?;
    for (name, value) in &run.variables {
        run.log(console::INFO, &format!("Flow variable {name} = {value}"))
            .await?;
    }
    let mut warnings = Vec::new();
    let result = match flows::by_id(&state.db, execution.tenant_id, execution.flow_id).await? {
        None => Err(Failure::Error(format!(
            "Flow {} no longer exists",
            execution.flow_id
        ))),
        Some(flow) => {
            let definition =
                views::definition(&flow, tags::of_one(&state.db, "flow", flow.id).await?);
            let mut path = HashSet::from([flow.id]);
            Box::pin(run_flow(&mut run, &definition, &mut path, &mut warnings)).await
        }
    };
    let rejected: i64 = run.metrics.iter().map(|m| m.records_rejected).sum();
    let (status, exception) = match result {
        Ok(()) if !warnings.is_empty() => ("warning", Some(warnings.join("; "))),
        Ok(()) if rejected > 0 => ("warning", Some(format!("{rejected} records were rejected"))),
        Ok(()) => ("success", None),
        Err(Failure::Error(e)) => ("error", Some(e)),
        Err(Failure::Canceled(why)) => ("canceled", Some(why)),
        Err(Failure::Lost) => return Ok(Outcome::Lost),
        Err(Failure::Store(e)) => return Err(e),
    };
    Ok(Outcome::Ended(Ended {
        status,
        exception,
        records: run.records,
        metrics: run.metrics,
    }))
}

/// Runs `d`'s nested steps, then its transformations. `path` holds the flows above it.
async fn run_flow(
    run: &mut Run<'_>,
    d: &Definition,
    path: &mut HashSet<i32>,
    warnings: &mut Vec<String>,
) -> Result<(), Failure> {
    let continue_on_error = d
        .properties
        .get("onError")
        .and_then(|v| v.as_str())
        .is_some_and(|v| v.eq_ignore_ascii_case("continue"));
    let mut steps: Vec<_> = d.nested_flows.iter().collect();
    steps.sort_by_key(|s| s.order);
    for step in steps {
        if step.enabled == Some(false) {
            run.log(
                console::INFO,
                &format!("Step {} is disabled: skipped", step.order),
            )
            .await?;
            continue;
        }
        if step
            .condition
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
        {
            return Err(Failure::Error(format!(
                "Step {}: conditions are JavaScript, which Understudy does not evaluate",
                step.order
            )));
        }
        let child = nested(run, step.flow_id, path).await?;
        run.log(
            console::INFO,
            &format!("Step {}: flow \"{}\"", step.order, child.name),
        )
        .await?;
        let id = i32::try_from(step.flow_id).unwrap_or_default();
        path.insert(id);
        let outcome = Box::pin(run_flow(run, &child, path, warnings)).await;
        path.remove(&id);
        outcome?;
    }
    let mut transformations: Vec<_> = d.transformations.iter().collect();
    transformations.sort_by_key(|t| t.index);
    for t in transformations {
        run.checkpoint().await?;
        let mappings: Vec<_> = d
            .mappings
            .iter()
            .filter(|m| m.transformation == t.name)
            .collect();
        match transfer::run(run, t, &mappings).await {
            Ok(()) => {}
            Err(Failure::Error(e)) if continue_on_error => {
                let text = format!("{}: {e}", t.name);
                run.log(console::ERROR, &text).await?;
                warnings.push(text);
            }
            Err(Failure::Error(e)) => {
                run.log(console::ERROR, &format!("{}: {e}", t.name)).await?;
                return Err(Failure::Error(format!("{}: {e}", t.name)));
            }
            Err(other) => return Err(other),
        }
    }
    run.task = None;
    Ok(())
}

/// The definition of nested step flow `id`, refused when it is missing, deleted, or
/// already running above (a cycle).
async fn nested(run: &Run<'_>, id: i64, path: &HashSet<i32>) -> Result<Definition, Failure> {
    let found = match i32::try_from(id) {
        Ok(id) => flows::by_id(&run.state.db, run.execution.tenant_id, id).await?,
        Err(_) => None,
    };
    let Some(flow) = found else {
        return Err(Failure::Error(format!("Nested flow {id} does not exist")));
    };
    if path.contains(&flow.id) {
        return Err(Failure::Error(format!(
            "Nested flow \"{}\" runs itself: a cycle",
            flow.name
        )));
    }
    if path.len() >= MAX_DEPTH {
        return Err(Failure::Error(format!(
            "Nested flows go deeper than {MAX_DEPTH} levels"
        )));
    }
    let tags = tags::of_one(&run.state.db, "flow", flow.id).await?;
    Ok(views::definition(&flow, tags))
}
