//! `kw_scripts`: Python scripts in a workspace; `name` is unique in it. The source is
//! either a tool of a source-control tool kit (`tool_kit`, `tool_name`) or, without a
//! tool kit, the workspace file `tool_name` (`kw_files.file_id`). `metadata` holds the
//! `ScriptMetadata` read from the source's `@kawa_tool` decorator, as JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_scripts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub tool_kit: Option<String>,
    pub tool_name: String,
    pub metadata: String,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
