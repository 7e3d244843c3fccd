//! The background runner of workflow runs: claims each queued run through the database
//! (one replica runs it once; a run whose runner stopped is queued again after
//! [`STALL_MS`]), executes its tasks in order, branches included, and ends it
//! `SUCCESS` or `FAILURE` with what each task did. Tasks that need a service this server
//! does not have (a script runner, a mail server, an AI model) end the run `FAILURE`
//! saying so, as KAWA does when such a service is unavailable.

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::{Map, Value};
use tokio::sync::watch;

use super::bindings::{Context, Produced};
use crate::authz::kawa::{self as authz, InWorkspace};
use crate::authz::Operator;
use crate::state::AppState;
use crate::store::entities::{kw_datasource, kw_layout, kw_sheet, kw_workflow_run};
use crate::store::kawa::workflows::{self as store, Ending};
use crate::store::kawa::{datasources, principals, scoped, text_list, to_text_list, workspaces};
use crate::store::StoreError;
use crate::surfaces::kawa::{parts, sheets};

/// A run claimed this long ago and not ended lost its runner (a stopped replica).
pub const STALL_MS: i64 = 10 * 60 * 1000;

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

/// Executes every queued run this runner can claim; how many it ran.
pub async fn step(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now_ms();
    store::requeue_stuck(&state.db, now - STALL_MS).await?;
    let mut ran = 0;
    for queued in store::queued(&state.db).await? {
        if !store::claim(&state.db, queued.id, now).await? {
            continue;
        }
        ran += 1;
        let ending = execute(state, &queued).await?;
        store::end(&state.db, queued.id, now, ending).await?;
    }
    Ok(ran)
}

/// How the tasks so far leave the run.
enum Flow {
    Next,
    /// An `INTERRUPT_WORKFLOW` task or an unmet continue condition: a success.
    Stop,
    Fail(String),
}

async fn execute(state: &AppState, run: &kw_workflow_run::Model) -> Result<Ending, StoreError> {
    let tasks: Vec<Map<String, Value>> = serde_json::from_str(&run.tasks).unwrap_or_default();
    let user = principals::one(&state.db, run.triggered_by).await?;
    let workspace = workspaces::one(&state.db, run.workspace_id).await?;
    let mut results = Vec::new();
    let flow = match workspace {
        None => Flow::Fail(format!("Workspace {} no longer exists", run.workspace_id)),
        Some(ws) => {
            let mut exec = Execution {
                state,
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
    };
    Ok(Ending {
        status,
        results: serde_json::to_string(&results).unwrap_or_else(|_| "[]".into()),
        error_message,
        end_time: state.now_ms(),
    })
}

/// One run under way.
struct Execution<'a> {
    state: &'a AppState,
    scope: InWorkspace,
    context: Context,
    results: Vec<generated::kawa::v1::WorkflowTaskRun>,
}

fn text<'m>(task: &'m Map<String, Value>, key: &str) -> &'m str {
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
    async fn tasks(&mut self, tasks: &[Map<String, Value>]) -> Result<Flow, StoreError> {
        for task in tasks {
            match Box::pin(self.task(task)).await? {
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

    /// The rows of the layout's sheet; they replace the output datasource's when named.
    async fn compute(
        &mut self,
        task: &Map<String, Value>,
    ) -> Result<Result<(Produced, Flow), String>, StoreError> {
        let view = text(task, "viewId");
        let Some(ds) = self.source_of(view).await? else {
            return Ok(Err(format!("Layout {view} reads no datasource any more")));
        };
        let rows = match parts::json_rows(self.state, &ds).await {
            Ok(rows) => rows,
            Err(e) => return Ok(Err(format!("Layout {view} could not be computed: {e}"))),
        };
        let n = rows.len() as i64;
        let out = text(task, "outputDataSourceId");
        if !out.is_empty() {
            if let Err(why) = self.replace_rows(out, &rows).await? {
                return Ok(Err(why));
            }
        }
        let condition = task.get("continueCondition");
        let flag = |k: &str| condition.and_then(|c| c.get(k)).and_then(Value::as_bool);
        let limit = condition
            .and_then(|c| c.get("numRowsLimit"))
            .and_then(Value::as_i64);
        let stop = (flag("continueIfEmpty") == Some(false) && n == 0)
            || (flag("continueIfTooManyRows") == Some(false) && limit.is_some_and(|l| n > l));
        let produced = Produced {
            num_rows: Some(n),
            rows: Some(Arc::new(rows)),
            ..Produced::default()
        };
        Ok(Ok((produced, if stop { Flow::Stop } else { Flow::Next })))
    }

    /// The rows of the input task replace those of `dataSourceId`.
    async fn etl(
        &mut self,
        task: &Map<String, Value>,
    ) -> Result<Result<(Produced, Flow), String>, StoreError> {
        let source = task
            .get("inputBindings")
            .and_then(|i| i.get("input_df"))
            .and_then(|i| i.get("sourceTaskId"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let Some(rows) = self
            .context
            .produced
            .get(source)
            .and_then(|p| p.rows.clone())
        else {
            return Ok(Err(format!("Task {source} produced no rows to export")));
        };
        let written = match self.replace_rows(text(task, "dataSourceId"), &rows).await? {
            Ok(n) => n,
            Err(why) => return Ok(Err(why)),
        };
        let produced = Produced {
            num_rows: Some(written),
            rows: Some(rows),
            ..Produced::default()
        };
        Ok(Ok((produced, Flow::Next)))
    }

    /// The datasource layout `view` reads, if both still exist.
    async fn source_of(&self, view: &str) -> Result<Option<kw_datasource::Model>, StoreError> {
        let db = &self.state.db;
        let Some(n) = authz::parse_id(view) else {
            return Ok(None);
        };
        let Some(layout) = scoped::one::<kw_layout::Entity, _>(db, &self.scope, n).await? else {
            return Ok(None);
        };
        let Some(sheet) =
            scoped::one::<kw_sheet::Entity, _>(db, &self.scope, layout.sheet_id).await?
        else {
            return Ok(None);
        };
        match sheets::primary(&sheet) {
            Some(ds) => scoped::one::<kw_datasource::Entity, _>(db, &self.scope, ds).await,
            None => Ok(None),
        }
    }

    /// Replaces every row of datasource `id` with `rows` (keys it has no indicator for
    /// dropped) in one commit; how many it holds now.
    async fn replace_rows(
        &self,
        id: &str,
        rows: &[Map<String, Value>],
    ) -> Result<Result<i64, String>, StoreError> {
        let state = self.state;
        let found = match authz::parse_id(id) {
            Some(n) => scoped::one::<kw_datasource::Entity, _>(&state.db, &self.scope, n).await?,
            None => None,
        };
        let Some(ds) = found else {
            return Ok(Err(format!("Datasource {id} no longer exists")));
        };
        let columns = crate::surfaces::kawa::datasources::columns(&ds);
        let ids: HashSet<&str> = columns.iter().map(|c| c.id.as_str()).collect();
        let fitted = rows
            .iter()
            .map(|r| {
                r.iter()
                    .filter(|(k, _)| ids.contains(k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .collect();
        let part = match parts::stage_json(state, ds.id, columns, fitted).await {
            Ok(part) => part,
            Err(e) => {
                return Ok(Err(format!(
                    "The rows do not fit datasource {}: {e}",
                    ds.name
                )))
            }
        };
        let (names, count, high) = match &part {
            Some(p) => (
                vec![p.name.clone()],
                p.staged.rows as i64,
                p.staged.max_auto_increment.unwrap_or(0),
            ),
            None => (Vec::new(), 0, 0),
        };
        let committed = datasources::Committed {
            parts: to_text_list(&names),
            row_count: count,
            auto_increment: high,
        };
        if !datasources::commit(&state.db, ds.id, &ds.parts, committed).await? {
            parts::remove(state, ds.id, &names).await;
            return Ok(Err(format!(
                "Datasource {} was loaded by someone else during the run",
                ds.name
            )));
        }
        parts::remove(state, ds.id, &text_list(&ds.parts)).await;
        Ok(Ok(count))
    }
}
