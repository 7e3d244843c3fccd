//! `kd_collections`: Kadi4Mat collections; a collection has at most one parent.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_collections")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Unique per resource type: `[a-z0-9-_]`, at most 50 characters.
    pub identifier: String,
    pub title: String,
    pub description: String,
    /// `private` or `public` (records and collections also `open`).
    pub visibility: String,
    /// `active`, or `deleted` while in the trash.
    pub state: String,
    pub creator_id: i32,
    pub created_at: i64,
    pub last_modified: i64,
    pub parent_id: Option<i32>,
    pub record_template_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
