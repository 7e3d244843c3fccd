//! `kd_records`: Kadi4Mat records; extras are JSON text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_records")]
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
    /// Lower-cased.
    pub r#type: Option<String>,
    /// A license's short name.
    pub license: Option<String>,
    /// The extra metadata, as the JSON list of extras.
    pub extras: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
