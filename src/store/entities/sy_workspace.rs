//! `sy_workspaces`: Syntho workspaces with their engine; connections are JSON text
//! that includes write-only secrets, which no view ever returns.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sy_workspaces")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub pk: i32,
    pub name: String,
    pub organization: i32,
    pub owner_id: i32,
    pub created_at: i64,
    pub engine_id: String,
    pub connector_type: String,
    pub source_connection: String,
    pub target_connection: String,
    pub initialization_mode: Option<String>,
    pub key_generation_method: Option<String>,
    pub default_locale: Option<String>,
    pub source_database_status: String,
    pub sample_db: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
