//! What the execution metrics read: the few columns of a tenant's executions queued in a
//! window, aggregated by the service (the same arithmetic on SQLite and PostgreSQL).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::store::entities::et_execution as execution;
use crate::store::StoreError;

/// One execution as the metrics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub flow_id: i32,
    pub flow_name: String,
    pub status: String,
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub records_processed: i64,
}

type Row = (i32, String, String, Option<i64>, Option<i64>, i64);

/// The tenant's executions queued in `[from, to)` (of `flow_id` only, when given), by id.
pub async fn queued_between<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    from: i64,
    to: i64,
    flow_id: Option<i32>,
) -> Result<Vec<Run>, StoreError> {
    let mut q = execution::Entity::find()
        .select_only()
        .column(execution::Column::FlowId)
        .column(execution::Column::FlowName)
        .column(execution::Column::Status)
        .column(execution::Column::StartedAt)
        .column(execution::Column::FinishedAt)
        .column(execution::Column::RecordsProcessed)
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::QueuedAt.gte(from))
        .filter(execution::Column::QueuedAt.lt(to));
    if let Some(f) = flow_id {
        q = q.filter(execution::Column::FlowId.eq(f));
    }
    let rows: Vec<Row> = q
        .order_by_asc(execution::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(flow_id, flow_name, status, started_at, finished_at, records)| Run {
                flow_id,
                flow_name,
                status,
                started_at,
                finished_at,
                records_processed: records,
            },
        )
        .collect())
}

/// How many of the tenant's executions were queued in `[from, to)`.
pub async fn count_queued<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    from: i64,
    to: i64,
) -> Result<u64, StoreError> {
    use sea_orm::PaginatorTrait;
    Ok(execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::QueuedAt.gte(from))
        .filter(execution::Column::QueuedAt.lt(to))
        .count(db)
        .await?)
}
