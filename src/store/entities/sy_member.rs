//! `sy_members`: who may do what in a Syntho workspace.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sy_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub pk: i32,
    pub workspace: i32,
    pub user_id: i32,
    /// `OWNER`, `EDITOR` or `READER`.
    pub role: String,
    pub data_access: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
