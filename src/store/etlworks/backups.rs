//! Queries on tenant backups: queueing one, the tenant's listing, and the conditional
//! updates through which one runner claims a queued backup and ends it.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::et_backup as backup;
use crate::store::StoreError;

/// The statuses of a backup not yet ended.
pub const ACTIVE: [&str; 2] = ["queued", "running"];

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: backup::ActiveModel,
) -> Result<backup::Model, StoreError> {
    Ok(row.insert(db).await?)
}

/// Whether the tenant has a backup queued or running.
pub async fn active<C: ConnectionTrait>(db: &C, tenant_id: i32) -> Result<bool, StoreError> {
    let n = backup::Entity::find()
        .filter(backup::Column::TenantId.eq(tenant_id))
        .filter(backup::Column::Status.is_in(ACTIVE))
        .count(db)
        .await?;
    Ok(n > 0)
}

/// A page of the tenant's backups, newest first, and how many there are.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    offset: u64,
    limit: u64,
) -> Result<(Vec<backup::Model>, u64), StoreError> {
    let q = backup::Entity::find().filter(backup::Column::TenantId.eq(tenant_id));
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(backup::Column::RequestedAt)
        .order_by_desc(backup::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Queued backups, oldest first, at most `limit`.
pub async fn queued<C: ConnectionTrait>(
    db: &C,
    limit: u64,
) -> Result<Vec<backup::Model>, StoreError> {
    Ok(backup::Entity::find()
        .filter(backup::Column::Status.eq("queued"))
        .order_by_asc(backup::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Takes queued backup `id` for this runner: whether it got it.
pub async fn claim<C: ConnectionTrait>(db: &C, id: i32, now: i64) -> Result<bool, StoreError> {
    let done = backup::Entity::update_many()
        .col_expr(backup::Column::Status, Expr::value("running"))
        .col_expr(backup::Column::ClaimedAt, Expr::value(now))
        .filter(backup::Column::Id.eq(id))
        .filter(backup::Column::Status.eq("queued"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// How a running backup ended.
pub enum Ending {
    Completed { file_name: String, size_bytes: i64 },
    Failed { error: String },
}

/// Ends running backup `id` at `now`.
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: i64,
    ending: Ending,
) -> Result<(), StoreError> {
    let mut q = backup::Entity::update_many()
        .col_expr(backup::Column::CompletedAt, Expr::value(now))
        .filter(backup::Column::Id.eq(id))
        .filter(backup::Column::Status.eq("running"));
    q = match ending {
        Ending::Completed {
            file_name,
            size_bytes,
        } => q
            .col_expr(backup::Column::Status, Expr::value("completed"))
            .col_expr(backup::Column::FileName, Expr::value(file_name))
            .col_expr(backup::Column::SizeBytes, Expr::value(size_bytes)),
        Ending::Failed { error } => q
            .col_expr(backup::Column::Status, Expr::value("failed"))
            .col_expr(backup::Column::Error, Expr::value(error)),
    };
    q.exec(db).await?;
    Ok(())
}

/// Running backups whose runner took them before `before` (it must have died).
pub async fn stalled<C: ConnectionTrait>(
    db: &C,
    before: i64,
) -> Result<Vec<backup::Model>, StoreError> {
    Ok(backup::Entity::find()
        .filter(backup::Column::Status.eq("running"))
        .filter(backup::Column::ClaimedAt.lt(before))
        .all(db)
        .await?)
}

/// Every execution of the tenant, oldest first, for a backup that includes them.
pub async fn history<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<crate::store::entities::et_execution::Model>, StoreError> {
    use crate::store::entities::et_execution as execution;
    Ok(execution::Entity::find()
        .filter(execution::Column::TenantId.eq(tenant_id))
        .order_by_asc(execution::Column::Id)
        .all(db)
        .await?)
}
