//! Writing KAWA's data tier back as a fixtures file holds it: datasources (whose rows the
//! caller has written as a Parquet part, recorded by [`rows`]), sheets with their
//! layouts, and data providers, with the ids and times given (or the next free id).
//! [`everything`] reads it all back for an export. The load history (`kw_loads`) is
//! neither restored nor read: it is what happened, not data.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{id, Restored};
use crate::authz::Operator;
use crate::store::entities::{kw_data_provider, kw_datasource, kw_layout, kw_sheet, kw_workflow};
use crate::store::kawa::datasources::Committed;
use crate::store::kawa::sheets::default_layout;
use crate::store::kawa::to_text_list;
use crate::store::StoreError;

/// A datasource's own columns besides those of [`Restored`].
pub struct DataSourceColumns {
    pub owner_id: i32,
    pub shared: bool,
    /// The `advancedSharingConfiguration`, as stored.
    pub sharing: Option<String>,
    pub loading_adapter: String,
    /// The indicators, as the contract's JSON array.
    pub indicators: String,
}

/// Adds a datasource to workspace `workspace_id`, holding no rows yet.
pub async fn datasource<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    columns: DataSourceColumns,
) -> Result<kw_datasource::Model, StoreError> {
    Ok(kw_datasource::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(columns.owner_id),
        shared: Set(columns.shared),
        sharing: Set(columns.sharing),
        loading_adapter: Set(columns.loading_adapter),
        indicators: Set(columns.indicators),
        tags: Set(to_text_list(&new.tags)),
        parts: Set("[]".into()),
        row_count: Set(0),
        auto_increment: Set(0),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// Records the rows of datasource `id`: its parts, count and auto-increment high mark.
pub async fn rows<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    id: i32,
    committed: Committed,
) -> Result<(), StoreError> {
    kw_datasource::Entity::update_many()
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
        .exec(db)
        .await?;
    Ok(())
}

/// Adds a sheet owned by `owner_id` to workspace `workspace_id`, reading through `links`
/// (the contract's JSON array); its layouts are [`layout`]'s.
pub async fn sheet<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    owner_id: i32,
    shared: bool,
    links: String,
) -> Result<kw_sheet::Model, StoreError> {
    Ok(kw_sheet::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner_id),
        shared: Set(shared),
        links: Set(links),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// What a layout is restored with; each absent value is the default layout's (see
/// [`default_layout`]).
#[derive(Default)]
pub struct RestoredLayout {
    pub id: Option<i32>,
    pub name: Option<String>,
    pub layout_type: Option<String>,
    pub created_at: Option<i64>,
}

/// Adds a layout of `sheet`.
pub async fn layout<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    sheet: &kw_sheet::Model,
    given: RestoredLayout,
) -> Result<kw_layout::Model, StoreError> {
    let mut layout = default_layout(sheet);
    layout.id = id(given.id);
    if let Some(name) = given.name {
        layout.name = Set(name);
    }
    if let Some(layout_type) = given.layout_type {
        layout.layout_type = Set(layout_type);
    }
    if let Some(created_at) = given.created_at {
        layout.created_at = Set(created_at);
    }
    Ok(layout.insert(db).await?)
}

/// A data provider's own columns besides those of [`Restored`].
pub struct ProviderColumns {
    pub owner_id: i32,
    pub provider_type: String,
    pub restricted: bool,
    /// The connection parameters, as stored (JSON).
    pub connection: String,
}

/// Adds a data provider to workspace `workspace_id`.
pub async fn provider<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    columns: ProviderColumns,
) -> Result<kw_data_provider::Model, StoreError> {
    Ok(kw_data_provider::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(columns.owner_id),
        provider_type: Set(columns.provider_type),
        restricted: Set(columns.restricted),
        connection: Set(columns.connection),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// Whether a sheet with `id` or (when no id is given) one named `name` in the workspace
/// exists: such an entry is left alone.
pub async fn sheet_taken<C: ConnectionTrait>(
    db: &C,
    id: Option<i32>,
    workspace_id: i32,
    name: &str,
) -> Result<bool, StoreError> {
    let found = match id {
        Some(id) => kw_sheet::Entity::find_by_id(id).one(db).await?,
        None => {
            kw_sheet::Entity::find()
                .filter(kw_sheet::Column::WorkspaceId.eq(workspace_id))
                .filter(kw_sheet::Column::Name.eq(name))
                .one(db)
                .await?
        }
    };
    Ok(found.is_some())
}

/// Whether data provider `id` exists (in whichever workspace).
pub async fn provider_exists<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    Ok(kw_data_provider::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some())
}

/// The whole of KAWA's stored data tier but the load history, and the workflows that
/// move it (not their runs), each kind oldest first.
pub struct DataTier {
    pub datasources: Vec<kw_datasource::Model>,
    pub sheets: Vec<kw_sheet::Model>,
    pub layouts: Vec<kw_layout::Model>,
    pub providers: Vec<kw_data_provider::Model>,
    pub workflows: Vec<kw_workflow::Model>,
    pub scripts: super::scripts::Scripts,
}

/// Reads the [`DataTier`] for an export.
pub async fn everything<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<DataTier, StoreError> {
    Ok(DataTier {
        datasources: kw_datasource::Entity::find()
            .order_by_asc(kw_datasource::Column::Id)
            .all(db)
            .await?,
        sheets: kw_sheet::Entity::find()
            .order_by_asc(kw_sheet::Column::Id)
            .all(db)
            .await?,
        layouts: kw_layout::Entity::find()
            .order_by_asc(kw_layout::Column::Id)
            .all(db)
            .await?,
        providers: kw_data_provider::Entity::find()
            .order_by_asc(kw_data_provider::Column::Id)
            .all(db)
            .await?,
        workflows: super::workflows::everything(db, _operator).await?,
        scripts: super::scripts::everything(db, _operator).await?,
    })
}
