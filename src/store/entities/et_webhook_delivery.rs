//! `et_webhook_deliveries`: one event to send to one webhook. Queued `pending` in the
//! transaction of the write that caused the event; a job claims it (`claimed_at`), sends
//! it and either ends it (`delivered`, `failed` after the last attempt, `canceled` when
//! its webhook is gone or disabled) or puts it back with a later `next_attempt_at`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_webhook_deliveries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub webhook_id: i32,
    /// The event's UUID, the same in every attempt.
    pub event_id: String,
    pub event_type: String,
    pub entity_id: i64,
    pub entity_url: String,
    /// The JSON body, fixed when the event happened.
    pub payload: String,
    /// `pending`, `delivered`, `failed` or `canceled`.
    pub state: String,
    /// Attempts made so far.
    pub attempts: i32,
    pub next_attempt_at: i64,
    /// When a replica took it; a claim older than the stale limit is taken again (the
    /// replica stopped mid-delivery).
    pub claimed_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
