//! `et_tenants`: an Etlworks tenant (account); every Etlworks resource belongs to one.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_tenants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    pub description: Option<String>,
    /// Where `GET /rest/v1/sso/login` sends the tenant's users; `None` without SSO.
    pub sso_url: Option<String>,
    /// An inactive tenant's users can neither sign in nor use their tokens.
    pub active: bool,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
