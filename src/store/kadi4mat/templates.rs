//! Kadi4Mat's templates (record and extras templates): their rows, loaded in the order a listing found them.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::store::entities::kd_template;
use crate::store::StoreError;

/// The templates with `ids`, in that order (ids without a row are left out).
pub async fn load<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<kd_template::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<i32, kd_template::Model> = kd_template::Entity::find()
        .filter(kd_template::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
}
