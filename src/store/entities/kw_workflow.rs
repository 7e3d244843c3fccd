//! `kw_workflows`: KAWA's workflows in a workspace; trigger variables, tasks, control
//! panels and schedule are JSON as the client sent them (variable ids prefixed).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_workflows")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workspace_id: i32,
    pub name: String,
    pub description: String,
    pub owner_id: i32,
    pub enabled: bool,
    /// `MANUAL`, `SCHEDULE` or `DATA_REFRESH`.
    pub trigger_type: String,
    pub trigger_variables: String,
    pub datasource_ids: String,
    pub tasks: String,
    pub control_panels: String,
    pub schedule: Option<String>,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
