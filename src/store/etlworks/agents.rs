//! Queries on on-prem agents: a tenant's, paged and by id, the conditional update that
//! starts a restart and the one that ends every restart that is due.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::et_agent as agent;
use crate::store::StoreError;

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: agent::ActiveModel,
) -> Result<agent::Model, StoreError> {
    Ok(row.insert(db).await?)
}

/// A page of the tenant's agents (only `status` ones when given), by id, and how many
/// match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    status: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<agent::Model>, u64), StoreError> {
    let mut q = agent::Entity::find().filter(agent::Column::TenantId.eq(tenant_id));
    if let Some(s) = status {
        q = q.filter(agent::Column::Status.eq(s));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_asc(agent::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The tenant's agent `id`.
pub async fn of_tenant<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<agent::Model>, StoreError> {
    Ok(agent::Entity::find_by_id(id)
        .filter(agent::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?)
}

/// Every agent, for an export of the fixtures.
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<agent::Model>, StoreError> {
    Ok(agent::Entity::find()
        .order_by_asc(agent::Column::Id)
        .all(db)
        .await?)
}

/// Whether the tenant has an agent named `name`.
pub async fn named<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
) -> Result<bool, StoreError> {
    let n = agent::Entity::find()
        .filter(agent::Column::TenantId.eq(tenant_id))
        .filter(agent::Column::Name.eq(name))
        .count(db)
        .await?;
    Ok(n > 0)
}

/// Agent `id` goes `restarting` until `due`, unless it is offline (or gone): whether it
/// did. One conditional update, so a concurrent change of status cannot be overwritten.
pub async fn restart<C: ConnectionTrait>(db: &C, id: i32, due: i64) -> Result<bool, StoreError> {
    let done = agent::Entity::update_many()
        .col_expr(agent::Column::Status, Expr::value("restarting"))
        .col_expr(agent::Column::RestartDueAt, Expr::value(due))
        .filter(agent::Column::Id.eq(id))
        .filter(agent::Column::Status.ne("offline"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Every restart due by `now` ends: the agent is `online`, seen at `now`. How many.
/// A read first, so that a tick with nothing due takes no write lock (on SQLite a write
/// every tick would make requests' transactions wait or fail).
pub async fn end_due_restarts<C: ConnectionTrait>(db: &C, now: i64) -> Result<u64, StoreError> {
    let due = agent::Entity::find()
        .filter(agent::Column::Status.eq("restarting"))
        .filter(agent::Column::RestartDueAt.lte(now))
        .count(db)
        .await?;
    if due == 0 {
        return Ok(0);
    }
    let done = agent::Entity::update_many()
        .col_expr(agent::Column::Status, Expr::value("online"))
        .col_expr(agent::Column::LastSeenAt, Expr::value(now))
        .col_expr(
            agent::Column::RestartDueAt,
            Expr::value(Option::<i64>::None),
        )
        .filter(agent::Column::Status.eq("restarting"))
        .filter(agent::Column::RestartDueAt.lte(now))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
