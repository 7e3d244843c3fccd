//! The background runner of workflow runs: claims each queued run through the database
//! (one replica runs it once; see [`super::claim`] for the heartbeat that keeps a run
//! under way from being queued again), executes its tasks in order, branches included,
//! and ends it `SUCCESS` or `FAILURE` with what each task did. Tasks that need a service
//! this server does not have (a script runner, a mail server, an AI model) end the run
//! `FAILURE` saying so, as KAWA does when such a service is unavailable; so does a task
//! that meets an internal error (the database refusing a read), at once rather than after
//! a stall.

use serde_json::{Map, Value};
use tokio::sync::watch;

use super::bindings::{Context, Produced};
use super::claim::{Claim, STALL_MS};
use crate::authz::kawa::InWorkspace;
use crate::authz::Operator;
use crate::state::AppState;
use crate::store::entities::kw_workflow_run;
use crate::store::kawa::workflows::{self as store, Ending};
use crate::store::kawa::{principals, workspaces};
use crate::store::StoreError;

/// Runs queued runs until `stop` says so.
pub async fn run(state: AppState, stop: watch::Receiver<bool>) {
    let state = &state;
    crate::common::jobs::every(
        "kawa",
        stop,
        move || async move { step(state).await.map(drop) },
    )
    .await;
}

/// Executes every queued run this runner can claim; how many it ran. A run that fails
/// on an internal error is ended `FAILURE`, and the others still run.
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    store::requeue_stuck(&state.db, state.now_ms() - STALL_MS).await?;
    let mut ran = 0;
    for queued in store::queued(&state.db).await? {
        let Some(claim) = Claim::take(state, queued.id).await? else {
            continue;
        };
        ran += 1;
        let executed = async {
            let outcome = execute(state, &queued, &claim).await;
            claim.finish();
            outcome
        };
        let (outcome, ()) = tokio::join!(executed, claim.keep_alive(state));
        let ending = match outcome {
            Ok(Some(ending)) => ending,
            // Another runner has it now.
            Ok(None) => continue,
            Err(e) => {
                tracing::error!(run = queued.id, error = %e, "kawa: a workflow run failed");
                failed(state, "The run stopped on an internal error")
            }
        };
        // Not ended: the requeue takes the run once its heartbeat is stale.
        if let Err(e) = claim.end(state, ending).await {
            tracing::error!(run = queued.id, error = %e, "kawa: a workflow run was not ended");
        }
    }
    Ok(ran)
}

/// A `FAILURE` ending with `why` and no task results.
fn failed(state: &AppState, why: &str) -> Ending {
    Ending {
        status: "FAILURE",
        results: "[]".into(),
        error_message: Some(why.to_string()),
        end_time: state.now_ms(),
    }
}

/// How the tasks so far leave the run.
pub(super) enum Flow {
    Next,
    /// An `INTERRUPT_WORKFLOW` task or an unmet continue condition: a success.
    Stop,
    Fail(String),
    /// The run is no longer this runner's (its heartbeat was taken over).
    Lost,
}

/// Runs the tasks of `run`; how it ends, or `None` when it was taken from this runner.
async fn execute(
    state: &AppState,
    run: &kw_workflow_run::Model,
    claim: &Claim,
) -> Result<Option<Ending>, StoreError> {
    let tasks: Vec<Map<String, Value>> = serde_json::from_str(&run.tasks).unwrap_or_default();
    let user = principals::one(&state.db, run.triggered_by).await?;
    let workspace = workspaces::one(&state.db, run.workspace_id).await?;
    let mut results = Vec::new();
    let flow = match workspace {
        None => Flow::Fail(format!("Workspace {} no longer exists", run.workspace_id)),
        Some(ws) => {
            let mut exec = Execution {
                state,
                claim,
                scope: InWorkspace::for_operator(&Operator::outside_requests(), ws),
                context: Context {
                    variables: serde_json::from_str(&run.parameter_values).unwrap_or_default(),
                    user_email: user.as_ref().map(|u| u.email.clone()).unwrap_or_default(),
                    user_name: user
                        .as_ref()
                        .map(|u| {
                            format!("{} {}", u.first_name, u.last_name)
                                .trim()
                                .to_string()
                        })
                        .unwrap_or_default(),
                    start_ms: run.start_time,
                    produced: Default::default(),
                },
                results: Vec::new(),
            };
            let flow = exec.tasks(&tasks).await?;
            results = exec.results;
            flow
        }
    };
    let (status, error_message) = match flow {
        Flow::Fail(why) => ("FAILURE", Some(why)),
        Flow::Next | Flow::Stop => ("SUCCESS", None),
        Flow::Lost => return Ok(None),
    };
    Ok(Some(Ending {
        status,
        results: serde_json::to_string(&results).unwrap_or_else(|_| "[]".into()),
        error_message,
        end_time: state.now_ms(),
    }))
}

/// One run under way.
pub(super) struct Execution<'a> {
    pub(super) state: &'a AppState,
    claim: &'a Claim,
    pub(super) scope: InWorkspace,
    pub(super) context: Context,
    results: Vec<generated::kawa::v1::WorkflowTaskRun>,
}

pub(super) fn text<'m>(task: &'m Map<String, Value>, key: &str) -> &'m str {
    task.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// What a task kind needs that this server does not provide.
fn unavailable(kind: &str) -> &'static str {
    match kind {
        "PYTHON" => "a script runner",
        "EMAIL" => "a mail server",
        "AI" | "AI_MAPPING" => "an AI model",
        "CHART" | "REPORT" => "a chart and report renderer",
        "USER_INPUT_TASK" => "a person's answer through user actions",
        _ => "an executor for its kind",
    }
}

impl Execution<'_> {
    /// Runs `tasks` in order, beating between them; a task that meets an internal error
    /// fails the run there (its detail logged, not shown).
    async fn tasks(&mut self, tasks: &[Map<String, Value>]) -> Result<Flow, StoreError> {
        for task in tasks {
            if !self.claim.beat(self.state).await? {
                return Ok(Flow::Lost);
            }
            let flow = match Box::pin(self.task(task)).await {
                Ok(flow) => flow,
                Err(e) => {
                    let (id, kind) = (text(task, "id"), text(task, "type"));
                    tracing::error!(run = self.claim.id(), task = id, error = %e,
                        "kawa: a workflow task failed");
                    let why = format!("Task {id} ({kind}) stopped on an internal error");
                    self.record(id, kind, Err(why))
                }
            };
            match flow {
                Flow::Next => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Next)
    }

    async fn task(&mut self, task: &Map<String, Value>) -> Result<Flow, StoreError> {
        let (id, kind) = (text(task, "id"), text(task, "type"));
        let params = task.get("parameterBindings");
        let outcome = match kind {
            "GENERATE_OUTPUT" => self
                .context
                .text(params.and_then(|p| p.get("param_content")))
                .map(|content| {
                    let produced = Produced {
                        content: Some(content),
                        ..Produced::default()
                    };
                    (produced, Flow::Next)
                }),
            "COMPUTE" => self.compute(task).await?,
            "ETL" => self.etl(task).await?,
            "INTERRUPT_WORKFLOW" => Ok((Produced::default(), Flow::Stop)),
            "IF_ELSE" => return self.if_else(id, task).await,
            other => Err(format!(
                "Task {id} ({other}) needs {}, which this server does not provide",
                unavailable(other)
            )),
        };
        Ok(self.record(id, kind, outcome))
    }

    /// Keeps what a task did; its flow, or the run's failure.
    fn record(&mut self, id: &str, kind: &str, outcome: Result<(Produced, Flow), String>) -> Flow {
        use generated::kawa::v1::{WorkflowTaskRun, WorkflowTaskRunStatus as S};
        let (status, produced, flow, error) = match outcome {
            Ok((produced, flow)) => (S::Success, produced, flow, None),
            Err(why) => (
                S::Failure,
                Produced::default(),
                Flow::Fail(why.clone()),
                Some(why),
            ),
        };
        self.results.push(WorkflowTaskRun {
            task_id: id.to_string(),
            type_: kind.to_string(),
            status,
            num_rows: produced.num_rows,
            output: produced.content.clone(),
            error_message: error,
        });
        self.context.produced.insert(id.to_string(), produced);
        flow
    }

    /// Runs the first branch whose condition holds, else the else branch.
    async fn if_else(&mut self, id: &str, task: &Map<String, Value>) -> Result<Flow, StoreError> {
        let branches = task
            .get("conditionalBranches")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut chosen = None;
        for b in &branches {
            match self
                .context
                .holds(b.get("condition").unwrap_or(&Value::Null))
            {
                Ok(true) => {
                    chosen = b.get("branch").cloned();
                    break;
                }
                Ok(false) => {}
                Err(why) => return Ok(self.record(id, "IF_ELSE", Err(why))),
            }
        }
        let branch = chosen.or_else(|| task.get("elseBranch").cloned());
        let name = branch
            .as_ref()
            .and_then(|b| b.pointer("/displayInformation/displayName"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let produced = Produced {
            content: name,
            ..Produced::default()
        };
        self.record(id, "IF_ELSE", Ok((produced, Flow::Next)));
        let tasks: Vec<Map<String, Value>> = branch
            .as_ref()
            .and_then(|b| b.get("tasks"))
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(|t| t.as_object().cloned()).collect())
            .unwrap_or_default();
        self.tasks(&tasks).await
    }
}
