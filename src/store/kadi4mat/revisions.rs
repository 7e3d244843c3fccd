//! Revisions: every change to a record, file, collection, template or group keeps the
//! object's revisioned attributes as they are after it, with who made it and when.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::store::entities::kd_revision;
use crate::store::StoreError;

/// Writes a revision of `object_type` `object_id` holding `data`.
pub async fn write<C: ConnectionTrait>(
    db: &C,
    object_type: &str,
    object_id: &str,
    user_id: i32,
    now: i64,
    data: &serde_json::Value,
) -> Result<kd_revision::Model, StoreError> {
    Ok(kd_revision::ActiveModel {
        object_type: Set(object_type.into()),
        object_id: Set(object_id.into()),
        user_id: Set(Some(user_id)),
        created_at: Set(now),
        data: Set(data.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// One page of an object's revisions, newest first, and how many there are.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    object_type: &str,
    object_ids: &[String],
    offset: u64,
    limit: u64,
) -> Result<(Vec<kd_revision::Model>, u64), StoreError> {
    let query = kd_revision::Entity::find()
        .filter(kd_revision::Column::ObjectType.eq(object_type))
        .filter(kd_revision::Column::ObjectId.is_in(object_ids.to_vec()));
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(kd_revision::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Revision `id` of `object_type`, if it is one of `object_ids`'.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    object_type: &str,
    object_ids: &[String],
    id: i32,
) -> Result<Option<kd_revision::Model>, StoreError> {
    Ok(kd_revision::Entity::find_by_id(id)
        .filter(kd_revision::Column::ObjectType.eq(object_type))
        .filter(kd_revision::Column::ObjectId.is_in(object_ids.to_vec()))
        .one(db)
        .await?)
}

/// The revisions of the same object just before and after `revision`.
pub async fn neighbours<C: ConnectionTrait>(
    db: &C,
    revision: &kd_revision::Model,
) -> Result<(Option<kd_revision::Model>, Option<kd_revision::Model>), StoreError> {
    let same = || {
        kd_revision::Entity::find()
            .filter(kd_revision::Column::ObjectType.eq(revision.object_type.clone()))
            .filter(kd_revision::Column::ObjectId.eq(revision.object_id.clone()))
    };
    let parent = same()
        .filter(kd_revision::Column::Id.lt(revision.id))
        .order_by_desc(kd_revision::Column::Id)
        .one(db)
        .await?;
    let child = same()
        .filter(kd_revision::Column::Id.gt(revision.id))
        .order_by_asc(kd_revision::Column::Id)
        .one(db)
        .await?;
    Ok((parent, child))
}

/// Removes every revision of an object (it was purged).
pub async fn forget<C: ConnectionTrait>(
    db: &C,
    object_type: &str,
    object_id: &str,
) -> Result<(), StoreError> {
    kd_revision::Entity::delete_many()
        .filter(kd_revision::Column::ObjectType.eq(object_type))
        .filter(kd_revision::Column::ObjectId.eq(object_id))
        .exec(db)
        .await?;
    Ok(())
}
