//! `et_executions`: one run of a flow, Etlworks' "flow audit record" (its id is the
//! `auditId`). Queued by a run request or a schedule, claimed by one job runner through
//! the database, ended in a terminal status with its metrics.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_executions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub flow_id: i32,
    pub flow_name: String,
    /// A `FlowStatus`: `queued`, `running`, `success`, `warning`, `error`, `canceled`.
    pub status: String,
    /// JSON object of the run's flow variables.
    pub parameters: String,
    /// The schedule ("event") that fired the run.
    pub event_id: Option<i32>,
    pub event_name: Option<String>,
    /// Set when a listener payload started the run.
    pub message_id: Option<String>,
    /// The first attempt, for an automatic retry.
    pub parent_audit_id: Option<i32>,
    pub retries: Option<i32>,
    /// The user who asked for the run (the schedule's owner for a scheduled one).
    pub started_by: i32,
    pub owner: String,
    pub queued_at: i64,
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub exception: Option<String>,
    pub records_processed: i64,
    /// JSON array of `FlowMetric`.
    pub metrics: String,
    /// JSON array of the transformations in flight (`RunningTask`s), while running.
    pub tasks: String,
    /// The runner's heartbeat while it holds the run; `None` while queued.
    pub claimed_at: Option<i64>,
    pub cancel_requested: bool,
    /// Started without `parallel`: no other exclusive run of the flow may be active.
    pub exclusive: bool,
    /// Not to start before (an automatic retry waits its delay); `None`: at once.
    pub due_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
