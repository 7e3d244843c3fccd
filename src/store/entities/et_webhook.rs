//! `et_webhooks`: an Etlworks outbound webhook. Its lists (events, headers, flow ids)
//! are kept as JSON; `secret` and `basic_pass` are kept in clear because every delivery
//! needs them (HMAC key, basic authentication) and are never shown. A deleted webhook
//! keeps its row with `deleted_at` set while it is in the recycle bin.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_webhooks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    /// JSON array of event names.
    pub events: String,
    /// Empty for an email-only webhook (Understudy sends no email: no deliveries).
    pub url: String,
    /// `POST` or `GET`.
    pub method: String,
    pub content_type: String,
    pub include_entity: bool,
    /// JSON array of `{key, value}`.
    pub headers: String,
    pub secret: Option<String>,
    pub basic_user: Option<String>,
    pub basic_pass: Option<String>,
    pub enabled: bool,
    /// JSON array of flow ids.
    pub flow_includes: String,
    /// JSON array of flow ids.
    pub flow_excludes: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
