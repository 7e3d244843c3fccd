//! `kw_files`: files uploaded to a workspace (`/uploads/files`); `file_id` is unique in
//! its workspace, the bytes are in the file store under `storage_key`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_files")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    /// The client's id of the file.
    pub file_id: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub storage_key: String,
    pub owner_id: i32,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
