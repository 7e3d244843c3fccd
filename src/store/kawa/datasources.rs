//! KAWA's datasources: the rows of `kw_datasources` in a workspace, created, shared,
//! widened with indicators, archived. The rows a datasource holds are Parquet parts in
//! the warehouse folder; this table lists the committed ones ([`super::loads`] moves
//! them).

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::authz::kawa::{InWorkspace, WriteDataSource};
use crate::store::entities::{kw_datasource, kw_load};
use crate::store::StoreError;

/// The datasource `id`, in whichever workspace (a sheet's link, already scoped).
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kw_datasource::Model>, StoreError> {
    Ok(kw_datasource::Entity::find_by_id(id).one(db).await?)
}

/// A datasource to create (validated by the service).
pub struct NewDataSource {
    pub name: String,
    pub description: String,
    pub shared: bool,
    pub loading_adapter: String,
    /// The indicators as the contract's JSON array.
    pub indicators: String,
    pub tags: String,
    pub created_at: i64,
}

/// Creates an empty datasource owned by `owner` in the workspace in scope.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewDataSource,
) -> Result<kw_datasource::Model, StoreError> {
    Ok(kw_datasource::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner),
        shared: Set(new.shared),
        sharing: Set(None),
        loading_adapter: Set(new.loading_adapter),
        indicators: Set(new.indicators),
        tags: Set(new.tags),
        parts: Set("[]".into()),
        row_count: Set(0),
        auto_increment: Set(0),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Sets whether the datasource is shared, and with whom (`sharing`, JSON).
pub async fn share<C: ConnectionTrait>(
    db: &C,
    ds: &WriteDataSource,
    shared: bool,
    sharing: Option<String>,
) -> Result<(), StoreError> {
    kw_datasource::Entity::update_many()
        .col_expr(kw_datasource::Column::Shared, Expr::value(shared))
        .col_expr(kw_datasource::Column::Sharing, Expr::value(sharing))
        .filter(kw_datasource::Column::Id.eq(ds.id()))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the datasource's indicators (JSON).
pub async fn set_indicators<C: ConnectionTrait>(
    db: &C,
    ds: &WriteDataSource,
    indicators: String,
) -> Result<(), StoreError> {
    kw_datasource::Entity::update_many()
        .col_expr(kw_datasource::Column::Indicators, Expr::value(indicators))
        .filter(kw_datasource::Column::Id.eq(ds.id()))
        .exec(db)
        .await?;
    Ok(())
}

/// The committed rows after a load: its parts, count and auto-increment high mark.
pub struct Committed {
    pub parts: String,
    pub row_count: i64,
    pub auto_increment: i64,
}

/// Records a load's outcome on the datasource, only if the parts are still those the
/// load started from (`expected`): a concurrent commit makes this a no-op (false).
pub async fn commit<C: ConnectionTrait>(
    db: &C,
    id: i32,
    expected: &str,
    committed: Committed,
) -> Result<bool, StoreError> {
    let done = kw_datasource::Entity::update_many()
        .col_expr(kw_datasource::Column::Parts, Expr::value(committed.parts))
        .col_expr(
            kw_datasource::Column::RowCount,
            Expr::value(committed.row_count),
        )
        .col_expr(
            kw_datasource::Column::AutoIncrement,
            Expr::value(committed.auto_increment),
        )
        .filter(kw_datasource::Column::Id.eq(id))
        .filter(kw_datasource::Column::Parts.eq(expected))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Removes the datasource's row with its loads (the caller removes its files).
pub async fn delete<C: ConnectionTrait>(db: &C, ds: &WriteDataSource) -> Result<(), StoreError> {
    for load in super::loads::history(db, ds.id()).await? {
        super::loads::drop_parts(db, load.id).await?;
    }
    kw_load::Entity::delete_many()
        .filter(kw_load::Column::DatasourceId.eq(ds.id()))
        .exec(db)
        .await?;
    kw_datasource::Entity::delete_by_id(ds.id())
        .exec(db)
        .await?;
    Ok(())
}
