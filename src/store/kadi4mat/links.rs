//! Queries on named links between records.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::authz::kadi4mat::{Caller, Link, Permitted};
use crate::store::entities::kd_record_link;
use crate::store::like::containing;
use crate::store::StoreError;

/// Which way a listing follows links from a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Links the record makes (the other record is `record_to`).
    Out,
    /// Links to the record (the other record is `record_from`).
    In,
}

/// Whether a link from `from` to `to` called `name` exists (other than `except`).
pub async fn exists<C: ConnectionTrait>(
    db: &C,
    from: i32,
    to: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = kd_record_link::Entity::find()
        .filter(kd_record_link::Column::RecordFrom.eq(from))
        .filter(kd_record_link::Column::RecordTo.eq(to))
        .filter(kd_record_link::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(kd_record_link::Column::Id.ne(id));
    }
    Ok(q.one(db).await?.is_some())
}

/// Links `from` to `to`; the caller may link both.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    from: &Permitted<Link>,
    to: &Permitted<Link>,
    caller: &Caller,
    name: &str,
    term: Option<String>,
    now: i64,
) -> Result<kd_record_link::Model, StoreError> {
    Ok(kd_record_link::ActiveModel {
        record_from: Set(from.id()),
        record_to: Set(to.id()),
        name: Set(name.into()),
        term: Set(term),
        creator_id: Set(caller.id()),
        created_at: Set(now),
        last_modified: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Link `id`, in any direction of any record.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kd_record_link::Model>, StoreError> {
    Ok(kd_record_link::Entity::find_by_id(id).one(db).await?)
}

/// What a listing of a record's links asks for.
#[derive(Debug, Clone)]
pub struct LinkQuery<'a> {
    pub record: i32,
    pub direction: Direction,
    /// The other ends that may be shown (those the caller may read).
    pub visible: &'a [i32],
    /// Text in the link's name.
    pub filter: &'a str,
    pub newest_first: bool,
}

/// One page of the links `query` asks for, and how many there are.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    query: LinkQuery<'_>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<kd_record_link::Model>, u64), StoreError> {
    let (mine, other) = match query.direction {
        Direction::Out => (
            kd_record_link::Column::RecordFrom,
            kd_record_link::Column::RecordTo,
        ),
        Direction::In => (
            kd_record_link::Column::RecordTo,
            kd_record_link::Column::RecordFrom,
        ),
    };
    let q = kd_record_link::Entity::find()
        .filter(mine.eq(query.record))
        .filter(other.is_in(query.visible.to_vec()))
        .filter(
            sea_orm::sea_query::Expr::col(kd_record_link::Column::Name)
                .like(containing(query.filter)),
        );
    let total = q.clone().count(db).await?;
    let q = if query.newest_first {
        q.order_by_desc(kd_record_link::Column::LastModified)
    } else {
        q.order_by_asc(kd_record_link::Column::LastModified)
    };
    let rows = q
        .order_by_asc(kd_record_link::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The records linked with `record` in `direction` (ids of the other ends).
pub async fn others<C: ConnectionTrait>(
    db: &C,
    record: i32,
    direction: Direction,
) -> Result<Vec<i32>, StoreError> {
    let (mine, other) = match direction {
        Direction::Out => (
            kd_record_link::Column::RecordFrom,
            kd_record_link::Column::RecordTo,
        ),
        Direction::In => (
            kd_record_link::Column::RecordTo,
            kd_record_link::Column::RecordFrom,
        ),
    };
    Ok(kd_record_link::Entity::find()
        .select_only()
        .column(other)
        .filter(mine.eq(record))
        .into_tuple::<i32>()
        .all(db)
        .await?)
}

/// Writes an edited link (its key cannot change); the caller may link its record.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    _from: &Permitted<Link>,
    link: kd_record_link::Model,
) -> Result<kd_record_link::Model, StoreError> {
    Ok(kd_record_link::ActiveModel::from(link)
        .reset_all()
        .update(db)
        .await?)
}

/// Removes link `id` of the record the proof names.
pub async fn remove<C: ConnectionTrait>(
    db: &C,
    from: &Permitted<Link>,
    id: i32,
) -> Result<bool, StoreError> {
    let result = kd_record_link::Entity::delete_many()
        .filter(kd_record_link::Column::Id.eq(id))
        .filter(kd_record_link::Column::RecordFrom.eq(from.id()))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}
