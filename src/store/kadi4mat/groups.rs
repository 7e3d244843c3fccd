//! Kadi4Mat's groups: their rows, loaded in the order a listing found them.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::store::entities::kd_group;
use crate::store::StoreError;

/// The groups with `ids`, in that order (ids without a row are left out).
pub async fn load<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<kd_group::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<i32, kd_group::Model> = kd_group::Entity::find()
        .filter(kd_group::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.id, g))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
}
