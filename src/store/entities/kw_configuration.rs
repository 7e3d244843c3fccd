//! `kw_configurations`: KAWA's server-wide configuration of one type (the simple name of
//! its configuration class), as `ReplaceConfiguration` last stored it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_configurations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    /// The configuration document, JSON.
    pub content: String,
    pub updated_by: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
