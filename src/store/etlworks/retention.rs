//! The deletes that enforce a tenant's retention settings: executions (with their console
//! lines) that ended before a cutoff, and audit events recorded before one.

use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::store::entities::et_execution as execution;
use crate::store::entities::{et_audit_event as event, et_console_line as line};
use crate::store::StoreError;

/// Removes the tenant's executions that ended before `cutoff`, and their console lines;
/// how many executions.
pub async fn purge_executions<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    cutoff: i64,
) -> Result<u64, StoreError> {
    let ended = Query::select()
        .column(execution::Column::Id)
        .from(execution::Entity)
        .and_where(Expr::col(execution::Column::TenantId).eq(tenant_id))
        .and_where(Expr::col(execution::Column::FinishedAt).lt(cutoff))
        .to_owned();
    line::Entity::delete_many()
        .filter(line::Column::ExecutionId.in_subquery(ended))
        .exec(db)
        .await?;
    let done = execution::Entity::delete_many()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FinishedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Removes the tenant's audit events recorded before `cutoff`; how many.
pub async fn purge_audit<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    cutoff: i64,
) -> Result<u64, StoreError> {
    let done = event::Entity::delete_many()
        .filter(event::Column::TenantId.eq(tenant_id))
        .filter(event::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Whether the tenant has executions that ended before `exec_cutoff` or audit events
/// recorded before `audit_cutoff`: a read, so that a tick with nothing to purge takes no
/// write lock (on SQLite a needless write would make a request's transaction wait or fail).
pub async fn anything_due<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    exec_cutoff: i64,
    audit_cutoff: i64,
) -> Result<bool, StoreError> {
    let executions = execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .filter(execution::Column::FinishedAt.lt(exec_cutoff))
        .count(db)
        .await?;
    if executions > 0 {
        return Ok(true);
    }
    let events = event::Entity::find()
        .filter(event::Column::TenantId.eq(tenant_id))
        .filter(event::Column::CreatedAt.lt(audit_cutoff))
        .count(db)
        .await?;
    Ok(events > 0)
}
