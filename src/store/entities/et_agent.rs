//! `et_agents`: an on-prem agent (worker) of a tenant (`/rest/v1/agents`). Understudy runs
//! none: they come from fixtures, and a restart is a status the job loop ends.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_agents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub hostname: String,
    pub version: String,
    /// `online`, `offline` or `restarting`.
    pub status: String,
    pub last_seen_at: Option<i64>,
    pub running_flows: i32,
    /// While `restarting`: when the agent reports `online` again.
    pub restart_due_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
