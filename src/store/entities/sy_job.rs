//! `sy_jobs`: Syntho engine jobs, advanced by the background runner.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sy_jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub engine_id: String,
    pub workspace: i32,
    pub job_type: String,
    /// `STARTED`, `IN_PROGRESS`, `SUCCESS`, `FAILURE` or `REVOKED`.
    pub status: String,
    pub reason: Option<String>,
    pub created: i64,
    pub last_updated: i64,
    /// When the runner should finish it, in epoch milliseconds.
    pub due_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
