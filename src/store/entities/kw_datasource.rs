//! `kw_datasources`: KAWA's datasources; `name` is unique in its workspace. Indicators,
//! sharing, tags and the committed Parquet parts are JSON text; the rows are in the
//! data dir under the datasource's id.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_datasources")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub shared: bool,
    /// The `advancedSharingConfiguration` once shared, as JSON.
    pub sharing: Option<String>,
    pub loading_adapter: String,
    /// The indicators, as the contract's JSON array.
    pub indicators: String,
    pub tags: String,
    /// The committed Parquet part file names, in load order (JSON array).
    pub parts: String,
    pub row_count: i64,
    /// The highest auto-increment value held; the next load numbers from it + 1.
    pub auto_increment: i64,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
