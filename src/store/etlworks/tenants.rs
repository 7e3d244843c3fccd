//! Queries on Etlworks tenants.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::store::entities::{et_tenant, et_user};
use crate::store::StoreError;

/// The name of the tenant every store starts with.
pub const DEFAULT_TENANT: &str = "default";

/// A tenant to insert; `id` is kept when fixtures bring one.
pub struct NewTenant {
    pub id: Option<i32>,
    pub name: String,
    pub description: Option<String>,
    pub sso_url: Option<String>,
    pub active: bool,
    pub created_at: i64,
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    new: NewTenant,
) -> Result<et_tenant::Model, StoreError> {
    Ok(et_tenant::ActiveModel {
        id: new.id.map_or(sea_orm::NotSet, Set),
        name: Set(new.name),
        description: Set(new.description),
        sso_url: Set(new.sso_url),
        active: Set(new.active),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// The default tenant, made when the store has no tenant at all (its first start, or a
/// store made before Etlworks was served).
pub async fn ensure_default<C: ConnectionTrait>(db: &C, now: i64) -> Result<(), StoreError> {
    if et_tenant::Entity::find().count(db).await? == 0 {
        insert(
            db,
            NewTenant {
                id: None,
                name: DEFAULT_TENANT.into(),
                description: Some("The tenant Understudy starts with".into()),
                sso_url: None,
                active: true,
                created_at: now,
            },
        )
        .await?;
    }
    Ok(())
}

/// The first tenant by id: where a super admin acts until they switch.
pub async fn first<C: ConnectionTrait>(db: &C) -> Result<Option<et_tenant::Model>, StoreError> {
    Ok(et_tenant::Entity::find()
        .order_by_asc(et_tenant::Column::Id)
        .one(db)
        .await?)
}

pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<et_tenant::Model>, StoreError> {
    Ok(et_tenant::Entity::find_by_id(id).one(db).await?)
}

pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<et_tenant::Model>, StoreError> {
    Ok(et_tenant::Entity::find()
        .filter(et_tenant::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// How many tenants there are.
pub async fn count<C: ConnectionTrait>(db: &C) -> Result<u64, StoreError> {
    Ok(et_tenant::Entity::find().count(db).await?)
}

/// One page of tenants by id (only tenant `only` when given) and how many there are.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    only: Option<i32>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<et_tenant::Model>, u64), StoreError> {
    let mut query = et_tenant::Entity::find();
    if let Some(id) = only {
        query = query.filter(et_tenant::Column::Id.eq(id));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(et_tenant::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

#[derive(FromQueryResult)]
struct Count {
    tenant_id: Option<i32>,
    n: i64,
}

/// How many users each of `ids` has.
pub async fn user_counts<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, i64>, StoreError> {
    let counts = et_user::Entity::find()
        .select_only()
        .column(et_user::Column::TenantId)
        .column_as(et_user::Column::UserId.count(), "n")
        .filter(et_user::Column::TenantId.is_in(ids.to_vec()))
        .group_by(et_user::Column::TenantId)
        .into_model::<Count>()
        .all(db)
        .await?;
    Ok(counts
        .into_iter()
        .filter_map(|c| c.tenant_id.map(|t| (t, c.n)))
        .collect())
}

/// Writes a changed tenant.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    tenant: et_tenant::Model,
) -> Result<et_tenant::Model, StoreError> {
    // Every column is written: the service changed the model it read.
    Ok(tenant.into_active_model().reset_all().update(db).await?)
}

/// Every tenant, by id (for an export).
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<et_tenant::Model>, StoreError> {
    Ok(et_tenant::Entity::find()
        .order_by_asc(et_tenant::Column::Id)
        .all(db)
        .await?)
}
