//! Queries on tenant settings: one row per tenant that saved any, written whole.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel};

use crate::store::entities::et_tenant_settings as settings;
use crate::store::StoreError;

/// Tenant `tenant_id`'s saved settings; `None` when it never saved any.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Option<settings::Model>, StoreError> {
    Ok(settings::Entity::find_by_id(tenant_id).one(db).await?)
}

/// Writes `row` in place of the tenant's settings (inserted the first time).
pub async fn save<C: ConnectionTrait>(
    db: &C,
    row: settings::Model,
) -> Result<settings::Model, StoreError> {
    let exists = of(db, row.tenant_id).await?.is_some();
    let active = row.into_active_model().reset_all();
    if exists {
        Ok(active.update(db).await?)
    } else {
        Ok(active.insert(db).await?)
    }
}

/// Every saved row (the retention purge reads them all).
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<settings::Model>, StoreError> {
    Ok(settings::Entity::find().all(db).await?)
}
