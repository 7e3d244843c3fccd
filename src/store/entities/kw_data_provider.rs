//! `kw_data_providers`: connections to external systems in a workspace; `name` is
//! unique in it. `connection` holds the parameters as JSON and is never shown back.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_data_providers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub provider_type: String,
    /// Only its owner (and administrators) see a restricted provider.
    pub restricted: bool,
    pub connection: String,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
