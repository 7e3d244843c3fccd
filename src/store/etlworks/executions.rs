//! Queries on executions (flow audit records) and their console lines: queueing a run,
//! the conditional updates through which one runner claims it, keeps it, and ends it,
//! and what the executions API reads.

use std::collections::HashMap;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};

use crate::store::entities::{et_console_line as line, et_execution as execution};
use crate::store::{claims, StoreError};

/// The statuses of a run not yet ended.
pub const ACTIVE: [&str; 2] = ["queued", "running"];

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: execution::ActiveModel,
) -> Result<execution::Model, StoreError> {
    Ok(row.insert(db).await?)
}

/// The newest queued or running execution of `flow_id`.
pub async fn active<C: ConnectionTrait>(
    db: &C,
    flow_id: i32,
) -> Result<Vec<execution::Model>, StoreError> {
    Ok(execution::Entity::find()
        .filter(execution::Column::FlowId.eq(flow_id))
        .filter(execution::Column::Status.is_in(ACTIVE))
        .order_by_desc(execution::Column::Id)
        .all(db)
        .await?)
}

/// Execution `id` of the tenant's flow `flow_id`.
pub async fn of_flow<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    flow_id: i32,
    id: i32,
) -> Result<Option<execution::Model>, StoreError> {
    Ok(execution::Entity::find_by_id(id)
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FlowId.eq(flow_id))
        .one(db)
        .await?)
}

pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<execution::Model>, StoreError> {
    Ok(execution::Entity::find_by_id(id).one(db).await?)
}

/// What a listing of one flow's executions keeps.
#[derive(Default)]
pub struct Filter<'a> {
    pub status: Option<&'a str>,
    pub message_id: Option<&'a str>,
    /// Queued at or after.
    pub since: Option<i64>,
}

/// A page of the flow's executions, newest first, and how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    flow_id: i32,
    filter: Filter<'_>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<execution::Model>, u64), StoreError> {
    let mut q = execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FlowId.eq(flow_id));
    if let Some(s) = filter.status {
        q = q.filter(execution::Column::Status.eq(s));
    }
    if let Some(m) = filter.message_id {
        q = q.filter(execution::Column::MessageId.eq(m));
    }
    if let Some(since) = filter.since {
        q = q.filter(execution::Column::QueuedAt.gte(since));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(execution::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// A page of the runs schedule `event_id` started, newest first, and how many.
pub async fn of_event<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    event_id: i32,
    offset: u64,
    limit: u64,
) -> Result<(Vec<execution::Model>, u64), StoreError> {
    let q = execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::EventId.eq(event_id));
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(execution::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// How many of the flow's executions queued in `[from, to)` have each status.
pub async fn counts<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    flow_id: i32,
    from: Option<i64>,
    to: i64,
) -> Result<HashMap<String, i64>, StoreError> {
    let mut q = execution::Entity::find()
        .select_only()
        .column(execution::Column::Status)
        .column_as(execution::Column::Id.count(), "n")
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FlowId.eq(flow_id))
        .filter(execution::Column::QueuedAt.lt(to));
    if let Some(from) = from {
        q = q.filter(execution::Column::QueuedAt.gte(from));
    }
    let rows: Vec<(String, i64)> = q
        .group_by(execution::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Queued executions due by `now`, oldest first, at most `limit`.
pub async fn queued<C: ConnectionTrait>(
    db: &C,
    now: i64,
    limit: u64,
) -> Result<Vec<execution::Model>, StoreError> {
    Ok(execution::Entity::find()
        .filter(execution::Column::Status.eq("queued"))
        .filter(
            sea_orm::Condition::any()
                .add(execution::Column::DueAt.is_null())
                .add(execution::Column::DueAt.lte(now)),
        )
        .order_by_asc(execution::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Takes queued execution `id` for this runner, unless its tenant already runs `cap`
/// flows: `false` if another runner took it (or it was canceled) first, or the tenant is
/// at its cap. The conditional update is the lock, on SQLite and PostgreSQL alike; the
/// count and the update share a transaction that holds the tenant's row on PostgreSQL
/// (SQLite's write lock serializes them already), so replicas claiming together never
/// pass the cap.
pub async fn claim(
    db: &DatabaseConnection,
    run: &execution::Model,
    cap: i32,
    now: i64,
) -> Result<bool, StoreError> {
    let tx = crate::store::begin(db).await?;
    if tx.get_database_backend() == DbBackend::Postgres {
        tx.execute(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id FROM et_tenants WHERE id = $1 FOR UPDATE",
            [run.tenant_id.into()],
        ))
        .await?;
    }
    let running = execution::Entity::find()
        .filter(execution::Column::TenantId.eq(run.tenant_id))
        .filter(execution::Column::Status.eq("running"))
        .count(&tx)
        .await?;
    if running >= u64::try_from(cap).unwrap_or(0) {
        tx.commit().await?;
        return Ok(false);
    }
    let done = execution::Entity::update_many()
        .col_expr(execution::Column::Status, Expr::value("running"))
        .col_expr(execution::Column::StartedAt, Expr::value(now))
        .col_expr(execution::Column::ClaimedAt, Expr::value(now))
        .filter(execution::Column::Id.eq(run.id))
        .filter(execution::Column::Status.eq("queued"))
        .filter(claims::not_locked(
            tx.get_database_backend(),
            execution::Entity,
            execution::Column::Id,
            run.id,
        ))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected == 1)
}

/// Progress of a running execution, which also proves its runner alive; whether a
/// cancel was asked for meanwhile. `None` when the run is no longer this runner's.
pub async fn progress<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: i64,
    records: i64,
    metrics: &str,
    tasks: &str,
) -> Result<Option<bool>, StoreError> {
    let done = execution::Entity::update_many()
        .col_expr(execution::Column::ClaimedAt, Expr::value(now))
        .col_expr(execution::Column::RecordsProcessed, Expr::value(records))
        .col_expr(execution::Column::Metrics, Expr::value(metrics))
        .col_expr(execution::Column::Tasks, Expr::value(tasks))
        .filter(execution::Column::Id.eq(id))
        .filter(execution::Column::Status.eq("running"))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Ok(None);
    }
    Ok(by_id(db, id).await?.map(|e| e.cancel_requested))
}

/// How a run ended.
pub struct Ending<'a> {
    pub status: &'a str,
    pub finished_at: i64,
    pub exception: Option<String>,
    pub records: i64,
    pub metrics: String,
}

/// Ends `id` if it is still `from` (`running` for its runner, `queued` for a cancel
/// before it started); whether it did.
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: i32,
    from: &str,
    ending: Ending<'_>,
) -> Result<bool, StoreError> {
    let done = execution::Entity::update_many()
        .col_expr(execution::Column::Status, Expr::value(ending.status))
        .col_expr(
            execution::Column::FinishedAt,
            Expr::value(ending.finished_at),
        )
        .col_expr(execution::Column::Exception, Expr::value(ending.exception))
        .col_expr(
            execution::Column::RecordsProcessed,
            Expr::value(ending.records),
        )
        .col_expr(execution::Column::Metrics, Expr::value(ending.metrics))
        .col_expr(execution::Column::Tasks, Expr::value("[]"))
        .filter(execution::Column::Id.eq(id))
        .filter(execution::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Asks the runner of running execution `id` to stop; whether it was running.
pub async fn request_cancel<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    let done = execution::Entity::update_many()
        .col_expr(execution::Column::CancelRequested, Expr::value(true))
        .filter(execution::Column::Id.eq(id))
        .filter(execution::Column::Status.eq("running"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Running executions whose runner has not been heard of since `before`.
pub async fn stalled<C: ConnectionTrait>(
    db: &C,
    before: i64,
) -> Result<Vec<execution::Model>, StoreError> {
    Ok(execution::Entity::find()
        .filter(execution::Column::Status.eq("running"))
        .filter(execution::Column::ClaimedAt.lt(before))
        .all(db)
        .await?)
}

/// The tenant's executions that ended in `[from, to)`, for the metrics report.
pub async fn ended_between<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    from: i64,
    to: i64,
) -> Result<Vec<execution::Model>, StoreError> {
    Ok(execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FinishedAt.gte(from))
        .filter(execution::Column::FinishedAt.lt(to))
        .order_by_asc(execution::Column::Id)
        .all(db)
        .await?)
}

/// Appends a console line to execution `id`.
pub async fn log<C: ConnectionTrait>(
    db: &C,
    id: i32,
    at: i64,
    level: &str,
    text: &str,
) -> Result<(), StoreError> {
    line::ActiveModel {
        id: sea_orm::NotSet,
        execution_id: Set(id),
        at: Set(at),
        level: Set(level.into()),
        line: Set(text.into()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Execution `id`'s console, in order.
pub async fn console<C: ConnectionTrait>(db: &C, id: i32) -> Result<Vec<line::Model>, StoreError> {
    Ok(line::Entity::find()
        .filter(line::Column::ExecutionId.eq(id))
        .order_by_asc(line::Column::Id)
        .all(db)
        .await?)
}
