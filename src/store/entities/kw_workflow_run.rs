//! `kw_workflow_runs`: one run of a workflow, with the tasks it was started with, the
//! values it was given, what each task did (`results`, JSON) and its runner phase.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_workflow_runs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workflow_id: i32,
    pub workspace_id: i32,
    /// `RUNNING`, `SUCCESS` or `FAILURE`: what clients read.
    pub status: String,
    /// `queued`, `running` or `done`: the runner's.
    pub phase: String,
    /// While `running`: the runner's last heartbeat (first, the claim).
    pub claimed_at: Option<i64>,
    pub start_time: i64,
    pub end_time: Option<i64>,
    pub triggered_by: i32,
    pub parameter_values: String,
    pub tasks: String,
    pub results: String,
    pub error_message: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
