//! KAWA's sheets (views over datasources, their links as JSON) and the layouts that
//! show them.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::authz::kawa::{InWorkspace, WriteSheet};
use crate::store::entities::{kw_layout, kw_sheet};
use crate::store::StoreError;

/// The type of the layout a new sheet gets.
pub const DEFAULT_LAYOUT_TYPE: &str = "GRID";

/// A sheet to create (validated by the service).
pub struct NewSheet {
    pub name: String,
    pub description: String,
    pub shared: bool,
    /// The datasource links, as the contract's JSON array.
    pub links: String,
    pub created_at: i64,
}

/// Creates a sheet owned by `owner`, with its default grid layout when `layout`.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewSheet,
    layout: bool,
) -> Result<kw_sheet::Model, StoreError> {
    let created_at = new.created_at;
    let sheet = kw_sheet::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner),
        shared: Set(new.shared),
        links: Set(new.links),
        tags: Set("[]".into()),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if layout {
        default_layout(&sheet).insert(db).await?;
    }
    Ok(sheet)
}

/// The layout `CreateSimpleSheet` gives a sheet (and the fixtures' sheets that list
/// none): a standalone grid named like it, its owner's, shared as it is.
pub fn default_layout(sheet: &kw_sheet::Model) -> kw_layout::ActiveModel {
    kw_layout::ActiveModel {
        workspace_id: Set(sheet.workspace_id),
        sheet_id: Set(sheet.id),
        name: Set(sheet.name.clone()),
        description: Set(String::new()),
        owner_id: Set(sheet.owner_id),
        layout_type: Set(DEFAULT_LAYOUT_TYPE.into()),
        standalone: Set(true),
        shared: Set(sheet.shared),
        tags: Set("[]".into()),
        created_at: Set(sheet.created_at),
        ..Default::default()
    }
}

/// A layout made from kywy's DSL (`CreateLayoutFromDsl`).
pub struct NewLayout {
    pub sheet_id: i32,
    pub owner_id: i32,
    pub name: String,
    pub layout_type: &'static str,
    pub standalone: bool,
    /// Its fields and grouping, JSON.
    pub definition: String,
    pub created_at: i64,
}

/// Creates a private layout of a sheet of the workspace in scope.
pub async fn create_layout<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    new: NewLayout,
) -> Result<kw_layout::Model, StoreError> {
    Ok(kw_layout::ActiveModel {
        workspace_id: Set(scope.id()),
        sheet_id: Set(new.sheet_id),
        name: Set(new.name),
        description: Set(String::new()),
        owner_id: Set(new.owner_id),
        layout_type: Set(new.layout_type.into()),
        standalone: Set(new.standalone),
        shared: Set(false),
        tags: Set("[]".into()),
        created_at: Set(new.created_at),
        definition: Set(Some(new.definition)),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Removes the sheet and its layouts.
pub async fn delete<C: ConnectionTrait>(db: &C, sheet: &WriteSheet) -> Result<(), StoreError> {
    kw_layout::Entity::delete_many()
        .filter(kw_layout::Column::SheetId.eq(sheet.id()))
        .exec(db)
        .await?;
    kw_sheet::Entity::delete_by_id(sheet.id()).exec(db).await?;
    Ok(())
}

/// The layouts of the sheets `ids`, oldest first.
pub async fn layouts_of<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<kw_layout::Model>, StoreError> {
    Ok(kw_layout::Entity::find()
        .filter(kw_layout::Column::SheetId.is_in(ids.to_vec()))
        .order_by_asc(kw_layout::Column::Id)
        .all(db)
        .await?)
}

/// Every layout of the workspace in scope, oldest first.
pub async fn layouts<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
) -> Result<Vec<kw_layout::Model>, StoreError> {
    Ok(kw_layout::Entity::find()
        .filter(kw_layout::Column::WorkspaceId.eq(scope.id()))
        .order_by_asc(kw_layout::Column::Id)
        .all(db)
        .await?)
}
