//! `kw_applications`: KAWA's applications; `sheet_ids`, `components` (its pages) and
//! `display_parameters` are JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub shared: bool,
    pub sheet_ids: String,
    pub components: String,
    pub display_parameters: String,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
