//! `kw_dashboards`: KAWA's dashboards; `widgets`, `positions` (their places on a one-page
//! grid) and `blocks` (a report's block editor content) are JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_dashboards")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub shared: bool,
    pub layout_type: String,
    pub widgets: String,
    pub positions: String,
    pub blocks: Option<String>,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
