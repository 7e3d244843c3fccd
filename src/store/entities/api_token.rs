//! `api_tokens`: bearer tokens per product, kept as SHA-256 digests only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// `datawiza`, `kawa`, `etlworks` or `kadi4mat`.
    pub product: String,
    pub name: String,
    /// Unique per product (see the migration's index).
    pub token_digest: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    /// Kadi4Mat scopes, space-separated (`record.read record.create`); none means full
    /// access.
    pub scopes: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
