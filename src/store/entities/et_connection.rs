//! `et_connections`: a connection: a connector of the library and its property bag (secrets as sent, never answered in clear). A deleted one keeps its row (and id) with `deleted_at` set while it is in the recycle bin. Tags live in `et_tags`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_connections")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    /// The discriminator of the connector library (`surfaces::etlworks::connectors::catalog`).
    pub connection_type: String,
    /// JSON object, as the client sent it (secrets included).
    pub properties: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
