//! Queries on uploads (direct and chunked) and their chunks. A finished chunked upload
//! is claimed by one job runner through the database (`task_state` pending → running),
//! so with several replicas each is assembled exactly once.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::store::entities::{kd_upload, kd_upload_chunk};
use crate::store::StoreError;

/// Saves a new upload.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    upload: kd_upload::Model,
) -> Result<kd_upload::Model, StoreError> {
    Ok(kd_upload::ActiveModel::from(upload).insert(db).await?)
}

/// The upload `id` of `record` that `user` made (uploads are private to their maker).
pub async fn mine<C: ConnectionTrait>(
    db: &C,
    record: i32,
    id: &str,
    user: i32,
) -> Result<Option<kd_upload::Model>, StoreError> {
    Ok(kd_upload::Entity::find_by_id(id.to_string())
        .filter(kd_upload::Column::RecordId.eq(record))
        .filter(kd_upload::Column::CreatorId.eq(user))
        .one(db)
        .await?)
}

/// The upload `id`, whoever made it.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    id: &str,
) -> Result<Option<kd_upload::Model>, StoreError> {
    Ok(kd_upload::Entity::find_by_id(id.to_string())
        .one(db)
        .await?)
}

/// `user`'s active and processing uploads of `record`, oldest first.
pub async fn of_record<C: ConnectionTrait>(
    db: &C,
    record: i32,
    user: i32,
) -> Result<Vec<kd_upload::Model>, StoreError> {
    Ok(kd_upload::Entity::find()
        .filter(kd_upload::Column::RecordId.eq(record))
        .filter(kd_upload::Column::CreatorId.eq(user))
        .filter(kd_upload::Column::State.is_in(["active", "processing"]))
        .order_by_asc(kd_upload::Column::CreatedAt)
        .order_by_asc(kd_upload::Column::Id)
        .all(db)
        .await?)
}

/// The chunks received for `upload`, by index.
pub async fn chunks<C: ConnectionTrait>(
    db: &C,
    upload: &str,
) -> Result<Vec<kd_upload_chunk::Model>, StoreError> {
    Ok(kd_upload_chunk::Entity::find()
        .filter(kd_upload_chunk::Column::UploadId.eq(upload))
        .order_by_asc(kd_upload_chunk::Column::Idx)
        .all(db)
        .await?)
}

/// Records a received chunk (a chunk sent again replaces the one before) and touches
/// the upload.
pub async fn put_chunk<C: ConnectionTrait>(
    db: &C,
    chunk: kd_upload_chunk::Model,
    now: i64,
) -> Result<(), StoreError> {
    kd_upload_chunk::Entity::delete_many()
        .filter(kd_upload_chunk::Column::UploadId.eq(chunk.upload_id.clone()))
        .filter(kd_upload_chunk::Column::Idx.eq(chunk.idx))
        .exec(db)
        .await?;
    touch(db, &chunk.upload_id, now).await?;
    kd_upload_chunk::ActiveModel::from(chunk).insert(db).await?;
    Ok(())
}

async fn touch<C: ConnectionTrait>(db: &C, id: &str, now: i64) -> Result<(), StoreError> {
    kd_upload::Entity::update_many()
        .col_expr(kd_upload::Column::LastModified, Expr::value(now))
        .filter(kd_upload::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks a chunked upload finished by its maker: `processing`, its task `pending`.
/// Whether it moved (it was still active).
pub async fn finish<C: ConnectionTrait>(db: &C, id: &str, now: i64) -> Result<bool, StoreError> {
    let moved = kd_upload::Entity::update_many()
        .col_expr(kd_upload::Column::State, Expr::value("processing"))
        .col_expr(kd_upload::Column::TaskState, Expr::value("pending"))
        .col_expr(kd_upload::Column::LastModified, Expr::value(now))
        .filter(kd_upload::Column::Id.eq(id))
        .filter(kd_upload::Column::State.eq("active"))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// Uploads whose task waits to run, oldest first.
pub async fn pending<C: ConnectionTrait>(db: &C) -> Result<Vec<kd_upload::Model>, StoreError> {
    Ok(kd_upload::Entity::find()
        .filter(kd_upload::Column::TaskState.eq("pending"))
        .order_by_asc(kd_upload::Column::LastModified)
        .all(db)
        .await?)
}

/// Claims a pending upload's task for this runner; false when another took it first.
pub async fn claim<C: ConnectionTrait>(db: &C, id: &str, now: i64) -> Result<bool, StoreError> {
    let moved = kd_upload::Entity::update_many()
        .col_expr(kd_upload::Column::TaskState, Expr::value("running"))
        .col_expr(kd_upload::Column::LastModified, Expr::value(now))
        .filter(kd_upload::Column::Id.eq(id))
        .filter(kd_upload::Column::TaskState.eq("pending"))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// Ends an upload: `inactive`, its task `success` with the file it made or `failure`
/// with the reason (a direct upload has no task and keeps `task_state` empty).
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: &str,
    outcome: Result<&str, &str>,
    task: bool,
    now: i64,
) -> Result<(), StoreError> {
    let Some(upload) = one(db, id).await? else {
        return Ok(());
    };
    let mut active: kd_upload::ActiveModel = upload.into();
    active.state = Set("inactive".into());
    active.last_modified = Set(now);
    match outcome {
        Ok(file) => {
            active.result_file_id = Set(Some(file.to_string()));
            if task {
                active.task_state = Set(Some("success".into()));
            }
        }
        Err(reason) => {
            active.task_state = Set(Some("failure".into()));
            active.task_error = Set(Some(reason.to_string()));
        }
    }
    active.update(db).await?;
    kd_upload_chunk::Entity::delete_many()
        .filter(kd_upload_chunk::Column::UploadId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes an upload and its chunks' rows.
pub async fn delete<C: ConnectionTrait>(db: &C, id: &str) -> Result<(), StoreError> {
    kd_upload_chunk::Entity::delete_many()
        .filter(kd_upload_chunk::Column::UploadId.eq(id))
        .exec(db)
        .await?;
    kd_upload::Entity::delete_by_id(id.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Uploads nobody finished, untouched since `before`, and finished ones kept since then
/// (their task's answer was there to be read): what the sweep removes.
pub async fn stale<C: ConnectionTrait>(
    db: &C,
    before: i64,
) -> Result<Vec<kd_upload::Model>, StoreError> {
    Ok(kd_upload::Entity::find()
        .filter(kd_upload::Column::State.is_in(["active", "inactive"]))
        .filter(kd_upload::Column::LastModified.lt(before))
        .all(db)
        .await?)
}

/// Tasks that have been running since before `before` (their runner stopped midway):
/// given back to be run again.
pub async fn requeue_stuck<C: ConnectionTrait>(db: &C, before: i64) -> Result<u64, StoreError> {
    let moved = kd_upload::Entity::update_many()
        .col_expr(kd_upload::Column::TaskState, Expr::value("pending"))
        .filter(kd_upload::Column::TaskState.eq("running"))
        .filter(kd_upload::Column::LastModified.lt(before))
        .exec(db)
        .await?;
    Ok(moved.rows_affected)
}
