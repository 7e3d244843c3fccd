//! Queries on schedules: the tenant's live ones (those in the recycle bin skipped), a
//! filtered page, the ones due to fire and the conditional update that claims a firing.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::et_schedule as schedule;
use crate::store::{claims, StoreError};

fn live(tenant_id: i32) -> sea_orm::Select<schedule::Entity> {
    schedule::Entity::find()
        .filter(schedule::Column::TenantId.eq(tenant_id))
        .filter(schedule::Column::DeletedAt.is_null())
}

pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<schedule::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(schedule::Column::Id.eq(id))
        .one(db)
        .await?)
}

/// Whether a live schedule of the tenant other than `except` is named `name`.
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = live(tenant_id).filter(schedule::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(schedule::Column::Id.ne(id));
    }
    Ok(q.count(db).await? > 0)
}

/// Every live schedule of the tenant, by id (an export of everything).
pub async fn all<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<schedule::Model>, StoreError> {
    Ok(live(tenant_id)
        .order_by_asc(schedule::Column::Id)
        .all(db)
        .await?)
}

/// The tenant's live schedule named `name` (an import matches schedules by name).
pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
) -> Result<Option<schedule::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(schedule::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// A page of the tenant's live schedules by id, and how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    flow_id: Option<i32>,
    enabled: Option<bool>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<schedule::Model>, u64), StoreError> {
    let mut q = live(tenant_id);
    if let Some(f) = flow_id {
        q = q.filter(schedule::Column::FlowId.eq(f));
    }
    if let Some(e) = enabled {
        q = q.filter(schedule::Column::Enabled.eq(e));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_asc(schedule::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The tenant's live schedules of flow `flow_id`.
pub async fn of_flow<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    flow_id: i32,
) -> Result<Vec<schedule::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(schedule::Column::FlowId.eq(flow_id))
        .order_by_asc(schedule::Column::Id)
        .all(db)
        .await?)
}

/// Live, enabled schedules of every tenant due by `now`, soonest first.
pub async fn due<C: ConnectionTrait>(
    db: &C,
    now: i64,
    limit: u64,
) -> Result<Vec<schedule::Model>, StoreError> {
    Ok(schedule::Entity::find()
        .filter(schedule::Column::DeletedAt.is_null())
        .filter(schedule::Column::Enabled.eq(true))
        .filter(schedule::Column::NextFireAt.lte(now))
        .order_by_asc(schedule::Column::NextFireAt)
        .limit(limit)
        .all(db)
        .await?)
}

/// Claims the firing of schedule `id` due at `due`, moving it on to `next`: `false` if
/// another replica (or an edit) moved it first.
pub async fn claim_firing<C: ConnectionTrait>(
    db: &C,
    id: i32,
    due: i64,
    next: Option<i64>,
) -> Result<bool, StoreError> {
    let done = schedule::Entity::update_many()
        .col_expr(schedule::Column::NextFireAt, Expr::value(next))
        .filter(schedule::Column::Id.eq(id))
        .filter(schedule::Column::NextFireAt.eq(due))
        .filter(claims::not_locked(
            db.get_database_backend(),
            schedule::Entity,
            schedule::Column::Id,
            id,
        ))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: schedule::ActiveModel,
) -> Result<schedule::Model, StoreError> {
    Ok(row.insert(db).await?)
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    row: schedule::ActiveModel,
) -> Result<schedule::Model, StoreError> {
    Ok(row.update(db).await?)
}

/// Schedule `id` whatever its tenant or state (a retry reads its settings).
pub async fn any<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<schedule::Model>, StoreError> {
    Ok(schedule::Entity::find_by_id(id).one(db).await?)
}
