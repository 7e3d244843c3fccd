//! The tags records and collections carry: one table per kind (`kd_record_tags`,
//! `kd_collection_tags`) of the same shape, so read and written once here.

use std::collections::HashMap;

use sea_orm::sea_query::{Alias, Expr, Order, Query};
use sea_orm::{ConnectionTrait, FromQueryResult};

use super::access::Kind;
use crate::store::StoreError;

/// The tag table of `kind` and the column naming the tagged resource. Only records and
/// collections carry tags; the others are given the records' table, which never holds
/// their ids (callers ask only for these two).
pub fn table(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Collection => ("kd_collection_tags", "collection_id"),
        _ => ("kd_record_tags", "record_id"),
    }
}

/// The tags of each of the resources `ids` of `kind`, each list in name order.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<String>>, StoreError> {
    #[derive(FromQueryResult)]
    struct Tagged {
        id: i32,
        tag: String,
    }
    let mut found: HashMap<i32, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(found);
    }
    let (tags, key) = table(kind);
    let q = Query::select()
        .expr_as(Expr::col(Alias::new(key)), Alias::new("id"))
        .column(Alias::new("tag"))
        .from(Alias::new(tags))
        .and_where(Expr::col(Alias::new(key)).is_in(ids.to_vec()))
        .order_by(Alias::new("tag"), Order::Asc)
        .to_owned();
    for t in Tagged::find_by_statement(db.get_database_backend().build(&q))
        .all(db)
        .await?
    {
        found.entry(t.id).or_default().push(t.tag);
    }
    Ok(found)
}

/// Removes every tag of resource `id` of `kind`.
pub async fn forget<C: ConnectionTrait>(db: &C, kind: Kind, id: i32) -> Result<(), StoreError> {
    let (tags, key) = table(kind);
    let q = Query::delete()
        .from_table(Alias::new(tags))
        .and_where(Expr::col(Alias::new(key)).eq(id))
        .to_owned();
    db.execute(db.get_database_backend().build(&q)).await?;
    Ok(())
}

/// Gives resource `id` of `kind` exactly `new` (already normalised and de-duplicated).
pub async fn set<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    id: i32,
    new: &[String],
) -> Result<(), StoreError> {
    forget(db, kind, id).await?;
    if new.is_empty() {
        return Ok(());
    }
    let (tags, key) = table(kind);
    let mut q = Query::insert();
    q.into_table(Alias::new(tags))
        .columns([Alias::new(key), Alias::new("tag")]);
    for tag in new {
        q.values([id.into(), tag.as_str().into()])
            .map_err(|e| StoreError::Internal(e.to_string()))?;
    }
    db.execute(db.get_database_backend().build(&q)).await?;
    Ok(())
}
