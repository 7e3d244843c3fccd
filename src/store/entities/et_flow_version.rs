//! `et_flow_versions`: one saved state of a flow (created, each edit, a restore), with
//! the flow's JSON as it was then.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_flow_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub flow_id: i32,
    pub version: i32,
    /// `created`, `updated` or `restored`.
    pub action: String,
    /// The flow's JSON after the change.
    pub snapshot: String,
    pub modified_by: String,
    pub comment: Option<String>,
    pub modified_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
