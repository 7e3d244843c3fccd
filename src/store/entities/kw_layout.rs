//! `kw_layouts`: the views of a sheet (a grid, a chart).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_layouts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub sheet_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub layout_type: String,
    pub standalone: bool,
    pub shared: bool,
    pub tags: String,
    pub created_at: i64,
    /// A layout made from kywy's DSL: its fields and grouping (JSON); `None` for a sheet's
    /// default layout, which shows every column.
    pub definition: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
