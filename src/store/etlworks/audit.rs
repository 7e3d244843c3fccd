//! The audit log: every write to an Etlworks resource, with the resource's JSON before
//! and after, recorded and read back a tenant at a time.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::store::entities::et_audit_event;
use crate::store::StoreError;

/// One write, as the service saw it.
pub struct Entry {
    pub tenant_id: Option<i32>,
    pub user_id: Option<i32>,
    pub user_login: String,
    pub action: &'static str,
    pub resource_type: &'static str,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub created_at: i64,
}

pub async fn record<C: ConnectionTrait>(db: &C, entry: Entry) -> Result<(), StoreError> {
    et_audit_event::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(entry.tenant_id),
        user_id: Set(entry.user_id),
        user_login: Set(entry.user_login),
        action: Set(entry.action.into()),
        resource_type: Set(entry.resource_type.into()),
        resource_id: Set(entry.resource_id),
        resource_name: Set(entry.resource_name),
        before: Set(entry.before.map(|v| v.to_string())),
        after: Set(entry.after.map(|v| v.to_string())),
        created_at: Set(entry.created_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// What an audit listing keeps (every filter optional, combined with AND).
#[derive(Debug, Default)]
pub struct Filter {
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub user_id: Option<i32>,
    pub action: Option<String>,
    /// Events at or after this instant (epoch ms).
    pub since: Option<i64>,
}

/// A page of the tenant's events matching `filter`, newest first, and how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    filter: Filter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<et_audit_event::Model>, u64), StoreError> {
    use et_audit_event::Column;
    let mut q = et_audit_event::Entity::find().filter(Column::TenantId.eq(tenant_id));
    if let Some(t) = filter.resource_type {
        q = q.filter(Column::ResourceType.eq(t));
    }
    if let Some(id) = filter.resource_id {
        q = q.filter(Column::ResourceId.eq(id));
    }
    if let Some(user) = filter.user_id {
        q = q.filter(Column::UserId.eq(user));
    }
    if let Some(action) = filter.action {
        q = q.filter(Column::Action.eq(action));
    }
    if let Some(since) = filter.since {
        q = q.filter(Column::CreatedAt.gte(since));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The tenant's event `id`.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<et_audit_event::Model>, StoreError> {
    Ok(et_audit_event::Entity::find_by_id(id)
        .filter(et_audit_event::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?)
}
