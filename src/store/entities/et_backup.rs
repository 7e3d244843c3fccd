//! `et_backups`: a tenant backup (`/rest/v1/maintenance/backup*`), queued by a request,
//! written by one job runner to `<data dir>/etlworks/<tenant id>/backups/`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_backups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// `queued`, `running`, `completed` or `failed`.
    pub status: String,
    pub requested_at: i64,
    pub requested_by: String,
    pub include_history: bool,
    pub note: Option<String>,
    /// When a runner took it (`running`).
    pub claimed_at: Option<i64>,
    pub completed_at: Option<i64>,
    pub size_bytes: Option<i64>,
    /// The file's name in the tenant's backup folder, once completed.
    pub file_name: Option<String>,
    pub error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
