//! `kd_record_links`: named links from one record to another.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_record_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub record_from: i32,
    pub record_to: i32,
    pub name: String,
    /// An IRI describing the link.
    pub term: Option<String>,
    pub creator_id: i32,
    pub created_at: i64,
    pub last_modified: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
