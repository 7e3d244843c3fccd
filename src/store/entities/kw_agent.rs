//! `kw_agents`: AI agents in a workspace; `name` is unique in it. An unshared agent is
//! its owner's (and administrators'). `instructions` is a JSON list of lines; `settings`
//! the rest kywy sends (color, commands, knowledge ids, capabilities) as JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_agents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub shared: bool,
    pub instructions: String,
    pub settings: String,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
