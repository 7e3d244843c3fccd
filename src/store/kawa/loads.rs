//! KAWA's loads (ingestion sessions): opened by `prepare`, fed part by part by
//! `upload`, ended by `finalize` or `stop-with-failure`. Every state change is
//! conditional on the load still being open, so two replicas (or a retried call) never
//! end one load twice.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::store::entities::{kw_load, kw_load_part};
use crate::store::StoreError;

/// A load still taking uploads.
pub const OPEN: &str = "OPEN";
/// A committed load.
pub const SUCCESS: &str = "SUCCESS";
/// An abandoned load: nothing of it was committed.
pub const FAILURE: &str = "FAILURE";

/// The load `session` of datasource `ds`.
pub async fn by_session<C: ConnectionTrait>(
    db: &C,
    ds: i32,
    session: &str,
) -> Result<Option<kw_load::Model>, StoreError> {
    Ok(kw_load::Entity::find()
        .filter(kw_load::Column::DatasourceId.eq(ds))
        .filter(kw_load::Column::Session.eq(session))
        .one(db)
        .await?)
}

/// The open loads of datasource `ds`, oldest first.
pub async fn open_of<C: ConnectionTrait>(
    db: &C,
    ds: i32,
) -> Result<Vec<kw_load::Model>, StoreError> {
    Ok(kw_load::Entity::find()
        .filter(kw_load::Column::DatasourceId.eq(ds))
        .filter(kw_load::Column::State.eq(OPEN))
        .order_by_asc(kw_load::Column::Id)
        .all(db)
        .await?)
}

/// Every load of datasource `ds`, oldest first: its health reports.
pub async fn history<C: ConnectionTrait>(
    db: &C,
    ds: i32,
) -> Result<Vec<kw_load::Model>, StoreError> {
    Ok(kw_load::Entity::find()
        .filter(kw_load::Column::DatasourceId.eq(ds))
        .order_by_asc(kw_load::Column::Id)
        .all(db)
        .await?)
}

/// A load to open.
pub struct NewLoad {
    pub datasource_id: i32,
    pub session: String,
    pub reset: bool,
    pub client: String,
    pub started_at: i64,
}

/// Opens a load (a unique index refuses a second one of the same session: a conflict).
pub async fn open<C: ConnectionTrait>(db: &C, new: NewLoad) -> Result<kw_load::Model, StoreError> {
    Ok(kw_load::ActiveModel {
        datasource_id: Set(new.datasource_id),
        session: Set(new.session),
        reset: Set(new.reset),
        state: Set(OPEN.into()),
        rows: Set(0),
        client: Set(new.client),
        log: Set(String::new()),
        started_at: Set(new.started_at),
        ended_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Records a staged part of load `load`.
pub async fn add_part<C: ConnectionTrait>(
    db: &C,
    load: i32,
    name: &str,
    rows: i64,
    max_auto: i64,
) -> Result<(), StoreError> {
    kw_load_part::ActiveModel {
        load_id: Set(load),
        name: Set(name.to_string()),
        rows: Set(rows),
        max_auto: Set(max_auto),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The parts load `load` staged, in upload order.
pub async fn parts<C: ConnectionTrait>(
    db: &C,
    load: i32,
) -> Result<Vec<kw_load_part::Model>, StoreError> {
    Ok(kw_load_part::Entity::find()
        .filter(kw_load_part::Column::LoadId.eq(load))
        .order_by_asc(kw_load_part::Column::Id)
        .all(db)
        .await?)
}

/// How a load ended.
pub struct Ending {
    pub state: &'static str,
    pub rows: i64,
    pub log: String,
    pub ended_at: i64,
}

/// Ends load `load` if it is still open; false when another call ended it first.
pub async fn end<C: ConnectionTrait>(
    db: &C,
    load: i32,
    ending: Ending,
) -> Result<bool, StoreError> {
    let done = kw_load::Entity::update_many()
        .col_expr(kw_load::Column::State, Expr::value(ending.state))
        .col_expr(kw_load::Column::Rows, Expr::value(ending.rows))
        .col_expr(kw_load::Column::Log, Expr::value(ending.log))
        .col_expr(kw_load::Column::EndedAt, Expr::value(ending.ended_at))
        .filter(kw_load::Column::Id.eq(load))
        .filter(kw_load::Column::State.eq(OPEN))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Forgets the staged parts of load `load` (their files are removed by the caller).
pub async fn drop_parts<C: ConnectionTrait>(db: &C, load: i32) -> Result<(), StoreError> {
    kw_load_part::Entity::delete_many()
        .filter(kw_load_part::Column::LoadId.eq(load))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets one staged part of load `load` (an upload that lost a race with the end).
pub async fn drop_part<C: ConnectionTrait>(
    db: &C,
    load: i32,
    name: &str,
) -> Result<(), StoreError> {
    kw_load_part::Entity::delete_many()
        .filter(kw_load_part::Column::LoadId.eq(load))
        .filter(kw_load_part::Column::Name.eq(name))
        .exec(db)
        .await?;
    Ok(())
}
