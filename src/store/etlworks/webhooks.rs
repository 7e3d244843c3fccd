//! Queries on webhooks (`et_webhooks`): a tenant's live ones, by id and by name, a page
//! of them, and the enabled ones an event may go to. Every read skips the recycle bin.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::store::entities::et_webhook as webhook;
use crate::store::StoreError;

/// The tenant's live webhook `id`.
pub async fn live<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<webhook::Model>, StoreError> {
    Ok(webhook::Entity::find_by_id(id)
        .filter(webhook::Column::TenantId.eq(tenant_id))
        .filter(webhook::Column::DeletedAt.is_null())
        .one(db)
        .await?)
}

/// Webhook `id` whatever its tenant, if live (a delivery reads its webhook by id).
pub async fn live_by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<webhook::Model>, StoreError> {
    Ok(webhook::Entity::find_by_id(id)
        .filter(webhook::Column::DeletedAt.is_null())
        .one(db)
        .await?)
}

/// A page of the tenant's live webhooks by id, and how many there are.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    offset: u64,
    limit: u64,
) -> Result<(Vec<webhook::Model>, u64), StoreError> {
    let q = webhook::Entity::find()
        .filter(webhook::Column::TenantId.eq(tenant_id))
        .filter(webhook::Column::DeletedAt.is_null());
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_asc(webhook::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Whether another live webhook of the tenant (not `except`) is named `name`.
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = webhook::Entity::find()
        .filter(webhook::Column::TenantId.eq(tenant_id))
        .filter(webhook::Column::Name.eq(name))
        .filter(webhook::Column::DeletedAt.is_null());
    if let Some(id) = except {
        q = q.filter(webhook::Column::Id.ne(id));
    }
    Ok(q.count(db).await? > 0)
}

/// Stores a new webhook (its `id` is ignored) and returns it with its id.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    new: webhook::Model,
) -> Result<webhook::Model, StoreError> {
    let mut row = new.into_active_model().reset_all();
    row.id = sea_orm::NotSet;
    Ok(row.insert(db).await?)
}

/// Saves every column of `changed` (a live webhook read in this transaction).
pub async fn update<C: ConnectionTrait>(
    db: &C,
    changed: webhook::Model,
) -> Result<webhook::Model, StoreError> {
    Ok(changed.into_active_model().reset_all().update(db).await?)
}

/// The tenant's live, enabled webhooks with a URL: those an event may be sent to.
pub async fn listening<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<webhook::Model>, StoreError> {
    Ok(webhook::Entity::find()
        .filter(webhook::Column::TenantId.eq(tenant_id))
        .filter(webhook::Column::DeletedAt.is_null())
        .filter(webhook::Column::Enabled.eq(true))
        .filter(webhook::Column::Url.ne(""))
        .order_by_asc(webhook::Column::Id)
        .all(db)
        .await?)
}

/// The tenant's live webhooks, enabled or not (which of them name a flow is read from
/// their `flow_includes` JSON by the caller).
pub async fn all_live<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<webhook::Model>, StoreError> {
    Ok(webhook::Entity::find()
        .filter(webhook::Column::TenantId.eq(tenant_id))
        .filter(webhook::Column::DeletedAt.is_null())
        .order_by_asc(webhook::Column::Id)
        .all(db)
        .await?)
}
