//! Queries on a record's files: their rows (the bytes live in the file store, under
//! `storage_key`), found, listed, renamed, replaced and deleted, each change a revision.

use sea_orm::sea_query::{Alias, Expr, Func, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

use super::revisions;
use crate::store::entities::kd_file;
use crate::store::like::containing;
use crate::store::StoreError;

/// Records with an active file of one of `mimetypes` (a condition on `kd_records.id`).
pub fn records_with_mimetypes(mimetypes: &[String]) -> SimpleExpr {
    Expr::col((Alias::new("kd_records"), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("record_id"))
            .from(Alias::new("kd_files"))
            .and_where(Expr::col(Alias::new("state")).eq("active"))
            .and_where(Expr::col(Alias::new("mimetype")).is_in(mimetypes.to_vec()))
            .to_owned(),
    )
}

/// The active files of a record, by name.
pub async fn active_of_record<C: ConnectionTrait>(
    db: &C,
    record: i32,
) -> Result<Vec<kd_file::Model>, StoreError> {
    Ok(kd_file::Entity::find()
        .filter(kd_file::Column::RecordId.eq(record))
        .filter(kd_file::Column::State.eq("active"))
        .order_by_asc(kd_file::Column::Name)
        .all(db)
        .await?)
}

/// The active file `id`, whatever its record.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    id: &str,
) -> Result<Option<kd_file::Model>, StoreError> {
    Ok(kd_file::Entity::find_by_id(id.to_string())
        .filter(kd_file::Column::State.eq("active"))
        .one(db)
        .await?)
}

/// The active file `id` of `record`.
pub async fn of_record<C: ConnectionTrait>(
    db: &C,
    record: i32,
    id: &str,
) -> Result<Option<kd_file::Model>, StoreError> {
    Ok(by_id(db, id).await?.filter(|f| f.record_id == record))
}

/// The active file of `record` named `name`.
pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    record: i32,
    name: &str,
) -> Result<Option<kd_file::Model>, StoreError> {
    Ok(kd_file::Entity::find()
        .filter(kd_file::Column::RecordId.eq(record))
        .filter(kd_file::Column::State.eq("active"))
        .filter(kd_file::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// How a record's files are ordered (`sort`: `name`, `-size`, …; `-last_modified` the
/// default).
pub fn sort(text: &str) -> (kd_file::Column, Order) {
    let (name, order) = match text.strip_prefix('-') {
        Some(rest) => (rest, Order::Desc),
        None => (text, Order::Asc),
    };
    match name {
        "name" => (kd_file::Column::Name, order),
        "size" => (kd_file::Column::Size, order),
        "created_at" => (kd_file::Column::CreatedAt, order),
        "last_modified" => (kd_file::Column::LastModified, order),
        _ => (kd_file::Column::LastModified, Order::Desc),
    }
}

/// One page of a record's active files whose name contains `filter`, and their count.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    record: i32,
    filter: Option<&str>,
    order: (kd_file::Column, Order),
    offset: u64,
    limit: u64,
) -> Result<(Vec<kd_file::Model>, u64), StoreError> {
    let mut query = kd_file::Entity::find()
        .filter(kd_file::Column::RecordId.eq(record))
        .filter(kd_file::Column::State.eq("active"));
    if let Some(text) = filter.map(str::trim).filter(|t| !t.is_empty()) {
        query = query.filter(
            Expr::expr(Func::lower(Expr::col(kd_file::Column::Name)))
                .like(containing(&text.to_lowercase())),
        );
    }
    let total = query.clone().count(db).await?;
    let (column, direction) = order;
    let rows = query
        .order_by(column, direction.clone())
        .order_by(kd_file::Column::Id, direction)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// `SUM(column)` as a 64-bit integer on every backend (PostgreSQL sums BIGINT to
/// NUMERIC).
fn sum_of(column: impl sea_orm::sea_query::IntoColumnRef) -> SimpleExpr {
    Func::cast_as(Func::sum(Expr::col(column)), Alias::new("BIGINT")).into()
}

/// The bytes `user` keeps in active files and in uploads not yet finished, for the quota.
pub async fn usage<C: ConnectionTrait>(db: &C, user: i32) -> Result<i64, StoreError> {
    use crate::store::entities::kd_upload;
    let files: Option<i64> = kd_file::Entity::find()
        .select_only()
        .column_as(sum_of(kd_file::Column::Size), "total")
        .filter(kd_file::Column::CreatorId.eq(user))
        .filter(kd_file::Column::State.eq("active"))
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    let uploads: Option<i64> = kd_upload::Entity::find()
        .select_only()
        .column_as(sum_of(kd_upload::Column::Size), "total")
        .filter(kd_upload::Column::CreatorId.eq(user))
        .filter(kd_upload::Column::State.is_in(["active", "processing"]))
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    Ok(files.unwrap_or(0) + uploads.unwrap_or(0))
}

/// The attributes a file's revision keeps.
fn revision_data(f: &kd_file::Model) -> serde_json::Value {
    serde_json::json!({
        "name": f.name,
        "description": f.description,
        "mimetype": f.mimetype,
        "size": f.size,
        "checksum": f.checksum,
        "state": f.state,
    })
}

async fn revise<C: ConnectionTrait>(
    db: &C,
    f: &kd_file::Model,
    user: i32,
    now: i64,
) -> Result<(), StoreError> {
    revisions::write(db, "file", &f.id, user, now, &revision_data(f)).await?;
    Ok(())
}

/// Saves a new file (or, when a row with its id exists, the file's new data) with a
/// revision; the old storage key, if the data was replaced, for the caller to remove.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    file: kd_file::Model,
    user: i32,
    now: i64,
) -> Result<(kd_file::Model, Option<String>), StoreError> {
    let txn = crate::store::begin(db).await?;
    let existing = kd_file::Entity::find_by_id(file.id.clone())
        .one(&txn)
        .await?;
    let (saved, old_key) = match existing {
        Some(old) => {
            let saved = kd_file::ActiveModel::from(file)
                .reset_all()
                .update(&txn)
                .await?;
            let replaced = (old.storage_key != saved.storage_key).then_some(old.storage_key);
            (saved, replaced)
        }
        None => (kd_file::ActiveModel::from(file).insert(&txn).await?, None),
    };
    revise(&txn, &saved, user, now).await?;
    txn.commit().await?;
    Ok((saved, old_key))
}

/// Changes a file's name, description or MIME type, with a revision.
pub async fn update_metadata<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mut file: kd_file::Model,
    name: Option<String>,
    description: Option<String>,
    mimetype: Option<String>,
    user: i32,
    now: i64,
) -> Result<kd_file::Model, StoreError> {
    let before = revision_data(&file);
    if let Some(v) = name {
        file.name = v;
    }
    if let Some(v) = description {
        file.description = v;
    }
    if let Some(v) = mimetype {
        file.mimetype = v;
    }
    if revision_data(&file) == before {
        return Ok(file);
    }
    file.last_modified = now;
    let txn = crate::store::begin(db).await?;
    let saved = kd_file::ActiveModel::from(file)
        .reset_all()
        .update(&txn)
        .await?;
    revise(&txn, &saved, user, now).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Deletes a file: its row stays, marked `deleted` (its revisions still belong to its
/// record) and out of every listing; its storage key, for the caller to remove once the
/// deletion is committed.
pub async fn delete<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mut file: kd_file::Model,
    user: i32,
    now: i64,
) -> Result<String, StoreError> {
    let txn = crate::store::begin(db).await?;
    file.state = "deleted".into();
    file.last_modified = now;
    let saved = kd_file::ActiveModel::from(file)
        .reset_all()
        .update(&txn)
        .await?;
    revise(&txn, &saved, user, now).await?;
    txn.commit().await?;
    Ok(saved.storage_key)
}

/// The ids of every file `record` has had (deleted ones too), for its file revisions.
pub async fn ids_of_record<C: ConnectionTrait>(
    db: &C,
    record: i32,
) -> Result<Vec<String>, StoreError> {
    Ok(kd_file::Entity::find()
        .select_only()
        .column(kd_file::Column::Id)
        .filter(kd_file::Column::RecordId.eq(record))
        .into_tuple::<String>()
        .all(db)
        .await?)
}
