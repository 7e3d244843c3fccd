//! `kd_uploads`: uploads of file data into a record, direct or chunked.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kd_uploads")]
pub struct Model {
    /// A UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub record_id: i32,
    /// The file whose data this upload replaces, if any.
    pub file_id: Option<String>,
    pub name: String,
    pub description: String,
    pub mimetype: String,
    pub size: i64,
    pub checksum: Option<String>,
    pub chunk_count: i32,
    /// `direct` or `chunked`.
    pub upload_type: String,
    pub storage_type: String,
    /// `active`, `processing` or `inactive`.
    pub state: String,
    /// The finishing task: `pending`, `running`, `success` or `failure`.
    pub task_state: Option<String>,
    pub task_error: Option<String>,
    /// The file the finished upload made or replaced.
    pub result_file_id: Option<String>,
    pub creator_id: i32,
    pub created_at: i64,
    pub last_modified: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
