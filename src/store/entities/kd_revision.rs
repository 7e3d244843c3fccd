//! `kd_revisions`: the revisions of records, files, collections, templates and groups.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `record`, `file`, `collection`, `template` or `group`.
    pub object_type: String,
    /// The object's id (a UUID for files).
    pub object_id: String,
    pub user_id: Option<i32>,
    pub created_at: i64,
    /// The revisioned attributes, as JSON.
    pub data: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
