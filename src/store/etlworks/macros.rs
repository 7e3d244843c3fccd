//! Queries on macros (`et_macros`): a tenant's live ones by id, a page of them by name,
//! whether a name is taken, and writing one. Every read skips the recycle bin.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::et_macro as macro_;
use crate::store::{like, StoreError};

fn live(tenant_id: i32) -> sea_orm::Select<macro_::Entity> {
    macro_::Entity::find()
        .filter(macro_::Column::TenantId.eq(tenant_id))
        .filter(macro_::Column::DeletedAt.is_null())
}

/// The tenant's live macro `id`.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<macro_::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(macro_::Column::Id.eq(id))
        .one(db)
        .await?)
}

/// A page of the tenant's live macros whose name contains `q` (ignoring case), by
/// name, and how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    q: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<macro_::Model>, u64), StoreError> {
    let mut query = live(tenant_id);
    if let Some(q) = q.filter(|q| !q.is_empty()) {
        let lower = sea_orm::sea_query::Func::lower(sea_orm::sea_query::Expr::col((
            macro_::Entity,
            macro_::Column::Name,
        )));
        query = query.filter(
            sea_orm::sea_query::Expr::expr(lower).like(like::containing(&q.to_lowercase())),
        );
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(macro_::Column::Name)
        .order_by_asc(macro_::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Whether a live macro of the tenant other than `except` is named `name`.
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = live(tenant_id).filter(macro_::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(macro_::Column::Id.ne(id));
    }
    Ok(q.count(db).await? > 0)
}

/// Inserts a macro; the stored row.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: macro_::ActiveModel,
) -> Result<macro_::Model, StoreError> {
    Ok(row.insert(db).await?)
}

/// Saves a changed macro; the stored row.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    row: macro_::ActiveModel,
) -> Result<macro_::Model, StoreError> {
    Ok(row.update(db).await?)
}
