//! `kd_files`: a record's files; the bytes are in the file store under `storage_key`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_files")]
pub struct Model {
    /// A UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub record_id: i32,
    pub name: String,
    pub description: String,
    pub mimetype: String,
    pub magic_mimetype: String,
    pub size: i64,
    /// MD5, hex.
    pub checksum: String,
    pub storage_type: String,
    pub storage_key: String,
    pub state: String,
    pub creator_id: i32,
    pub created_at: i64,
    pub last_modified: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
