//! `kw_load_parts`: one Parquet part a load staged (one per upload).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_load_parts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub load_id: i32,
    /// The part's file name in the datasource's folder.
    pub name: String,
    pub rows: i64,
    /// The highest auto-increment value among its rows (0 when none).
    pub max_auto: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
