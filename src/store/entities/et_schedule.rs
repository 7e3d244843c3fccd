//! `et_schedules`: a schedule ("event" in Etlworks' UI) that runs a flow on a Quartz cron
//! expression or every so many minutes. `next_fire_at` is when it fires next (`None`
//! while disabled); a firing moves it on with a conditional update, so across replicas
//! each firing happens once.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_schedules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    pub flow_id: i32,
    /// A Quartz cron expression, or a number of minutes.
    pub schedule: String,
    pub enabled: bool,
    pub email_success: bool,
    pub email_failure: bool,
    pub emails: Option<String>,
    pub retries: i32,
    /// Minutes.
    pub delay_between_retries: i32,
    pub expected_time: Option<i32>,
    pub debug: bool,
    pub log_step: Option<i32>,
    pub keep_message: bool,
    pub keep_empty_audit: bool,
    /// The user its runs run as (who made it).
    pub owner_id: i32,
    pub owner: String,
    pub next_fire_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
