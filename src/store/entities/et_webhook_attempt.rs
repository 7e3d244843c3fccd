//! `et_webhook_attempts`: one try at sending a delivery and what came back
//! (`GET /rest/v1/webhooks/{id}/events`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_webhook_attempts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub delivery_id: i32,
    pub webhook_id: i32,
    pub event_id: String,
    pub event_type: String,
    pub entity_id: i64,
    /// 1 for the first try.
    pub attempt: i32,
    pub attempted_at: i64,
    pub request_url: String,
    /// `None` when no HTTP answer came.
    pub response_status: Option<i32>,
    /// The first KiB of the answer's body.
    pub response_body: Option<String>,
    pub duration_ms: i64,
    pub success: bool,
    /// Why no HTTP answer came.
    pub error: Option<String>,
    /// When the next try is due, if there is one.
    pub next_attempt_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
