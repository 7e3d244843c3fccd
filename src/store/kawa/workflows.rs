//! KAWA's workflows and their runs: created, replaced and deleted with their history;
//! runs queued by `RunWorkflow`, claimed by one runner through a conditional update,
//! kept by its heartbeat (`claimed_at`, refreshed the same way), ended once.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::authz::kawa::InWorkspace;
use crate::store::entities::{kw_workflow, kw_workflow_run};
use crate::store::StoreError;

/// A workflow's definition, validated by the service (JSON fields as stored).
pub struct Definition {
    pub name: String,
    pub description: String,
    pub trigger_type: String,
    pub trigger_variables: String,
    pub datasource_ids: String,
    pub tasks: String,
    pub control_panels: String,
    pub schedule: Option<String>,
}

/// Creates an enabled workflow owned by `owner` in the workspace in scope.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    def: Definition,
    created_at: i64,
) -> Result<kw_workflow::Model, StoreError> {
    Ok(kw_workflow::ActiveModel {
        workspace_id: Set(scope.id()),
        owner_id: Set(owner),
        enabled: Set(true),
        tags: Set("[]".into()),
        created_at: Set(created_at),
        ..definition(def)
    }
    .insert(db)
    .await?)
}

/// Replaces the definition of `workflow`.
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    workflow: kw_workflow::Model,
    def: Definition,
) -> Result<kw_workflow::Model, StoreError> {
    let mut active: kw_workflow::ActiveModel = workflow.into();
    let new = definition(def);
    active.name = new.name;
    active.description = new.description;
    active.trigger_type = new.trigger_type;
    active.trigger_variables = new.trigger_variables;
    active.datasource_ids = new.datasource_ids;
    active.tasks = new.tasks;
    active.control_panels = new.control_panels;
    active.schedule = new.schedule;
    Ok(active.update(db).await?)
}

fn definition(def: Definition) -> kw_workflow::ActiveModel {
    kw_workflow::ActiveModel {
        name: Set(def.name),
        description: Set(def.description),
        trigger_type: Set(def.trigger_type),
        trigger_variables: Set(def.trigger_variables),
        datasource_ids: Set(def.datasource_ids),
        tasks: Set(def.tasks),
        control_panels: Set(def.control_panels),
        schedule: Set(def.schedule),
        ..Default::default()
    }
}

/// Removes workflow `id` and its run history.
pub async fn delete<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    kw_workflow_run::Entity::delete_many()
        .filter(kw_workflow_run::Column::WorkflowId.eq(id))
        .exec(db)
        .await?;
    kw_workflow::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// The runs of workflow `id`, newest first.
pub async fn runs_of<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Vec<kw_workflow_run::Model>, StoreError> {
    Ok(kw_workflow_run::Entity::find()
        .filter(kw_workflow_run::Column::WorkflowId.eq(id))
        .order_by_desc(kw_workflow_run::Column::Id)
        .all(db)
        .await?)
}

/// The newest run of workflow `id`, if any.
pub async fn newest_run<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kw_workflow_run::Model>, StoreError> {
    Ok(kw_workflow_run::Entity::find()
        .filter(kw_workflow_run::Column::WorkflowId.eq(id))
        .order_by_desc(kw_workflow_run::Column::Id)
        .one(db)
        .await?)
}

/// Sets (or, with `None`, removes) the schedule of `workflow`, and its trigger type.
pub async fn set_schedule<C: ConnectionTrait>(
    db: &C,
    workflow: kw_workflow::Model,
    schedule: Option<String>,
) -> Result<kw_workflow::Model, StoreError> {
    let mut active: kw_workflow::ActiveModel = workflow.into();
    let trigger = if schedule.is_some() {
        "SCHEDULE"
    } else {
        "MANUAL"
    };
    active.trigger_type = Set(trigger.into());
    active.schedule = Set(schedule);
    Ok(active.update(db).await?)
}

/// A run to queue.
pub struct NewRun {
    pub workflow_id: i32,
    pub workspace_id: i32,
    pub triggered_by: i32,
    pub parameter_values: String,
    /// The tasks as the workflow held them when the run started.
    pub tasks: String,
    pub start_time: i64,
}

/// Queues a run, `RUNNING` for clients.
pub async fn queue<C: ConnectionTrait>(
    db: &C,
    new: NewRun,
) -> Result<kw_workflow_run::Model, StoreError> {
    Ok(kw_workflow_run::ActiveModel {
        workflow_id: Set(new.workflow_id),
        workspace_id: Set(new.workspace_id),
        status: Set("RUNNING".into()),
        phase: Set("queued".into()),
        claimed_at: Set(None),
        start_time: Set(new.start_time),
        end_time: Set(None),
        triggered_by: Set(new.triggered_by),
        parameter_values: Set(new.parameter_values),
        tasks: Set(new.tasks),
        results: Set("[]".into()),
        error_message: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The queued runs, oldest first.
pub async fn queued<C: ConnectionTrait>(db: &C) -> Result<Vec<kw_workflow_run::Model>, StoreError> {
    Ok(kw_workflow_run::Entity::find()
        .filter(kw_workflow_run::Column::Phase.eq("queued"))
        .order_by_asc(kw_workflow_run::Column::Id)
        .all(db)
        .await?)
}

/// Takes run `id` for this runner, its heartbeat at `now`; false when another took it
/// first.
pub async fn claim<C: ConnectionTrait>(db: &C, id: i32, now: i64) -> Result<bool, StoreError> {
    let moved = kw_workflow_run::Entity::update_many()
        .col_expr(kw_workflow_run::Column::Phase, Expr::value("running"))
        .col_expr(kw_workflow_run::Column::ClaimedAt, Expr::value(now))
        .filter(kw_workflow_run::Column::Id.eq(id))
        .filter(kw_workflow_run::Column::Phase.eq("queued"))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// The heartbeat of run `id`: moves `claimed_at` from `held` (the runner's last beat) to
/// `now`; false when the run is no longer this runner's (requeued after a stall, taken
/// by another, or gone with its workflow).
pub async fn beat<C: ConnectionTrait>(
    db: &C,
    id: i32,
    held: i64,
    now: i64,
) -> Result<bool, StoreError> {
    let moved = kw_workflow_run::Entity::update_many()
        .col_expr(kw_workflow_run::Column::ClaimedAt, Expr::value(now))
        .filter(kw_workflow_run::Column::Id.eq(id))
        .filter(kw_workflow_run::Column::Phase.eq("running"))
        .filter(kw_workflow_run::Column::ClaimedAt.eq(held))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// Puts back in the queue the runs whose last heartbeat is older than `before` and that
/// never ended (their runner stopped); how many. A run under way beats more often than
/// that, so it is never taken from its runner. Looks first: the runner calls this every
/// tick, and on SQLite an update, even of no row, contends with requests for the one
/// writer.
pub async fn requeue_stuck<C: ConnectionTrait>(db: &C, before: i64) -> Result<u64, StoreError> {
    let stuck = kw_workflow_run::Entity::find()
        .filter(kw_workflow_run::Column::Phase.eq("running"))
        .filter(kw_workflow_run::Column::ClaimedAt.lt(before))
        .count(db)
        .await?;
    if stuck == 0 {
        return Ok(0);
    }
    let moved = kw_workflow_run::Entity::update_many()
        .col_expr(kw_workflow_run::Column::Phase, Expr::value("queued"))
        .col_expr(kw_workflow_run::Column::Results, Expr::value("[]"))
        .filter(kw_workflow_run::Column::Phase.eq("running"))
        .filter(kw_workflow_run::Column::ClaimedAt.lt(before))
        .exec(db)
        .await?;
    Ok(moved.rows_affected)
}

/// How a run ended.
pub struct Ending {
    pub status: &'static str,
    pub results: String,
    pub error_message: Option<String>,
    pub end_time: i64,
}

/// Ends run `id` if this runner still holds it (its last heartbeat is `claimed_at`);
/// false when it was taken from it (a requeue after a stall) or the run is gone with its
/// workflow.
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: i32,
    claimed_at: i64,
    ending: Ending,
) -> Result<bool, StoreError> {
    let moved = kw_workflow_run::Entity::update_many()
        .col_expr(kw_workflow_run::Column::Phase, Expr::value("done"))
        .col_expr(kw_workflow_run::Column::Status, Expr::value(ending.status))
        .col_expr(
            kw_workflow_run::Column::Results,
            Expr::value(ending.results),
        )
        .col_expr(
            kw_workflow_run::Column::ErrorMessage,
            Expr::value(ending.error_message),
        )
        .col_expr(
            kw_workflow_run::Column::EndTime,
            Expr::value(ending.end_time),
        )
        .filter(kw_workflow_run::Column::Id.eq(id))
        .filter(kw_workflow_run::Column::Phase.eq("running"))
        .filter(kw_workflow_run::Column::ClaimedAt.eq(claimed_at))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}
