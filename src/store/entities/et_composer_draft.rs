//! `et_composer_drafts`: a Composer draft, one user's flow in progress in one tenant.
//! `plan` is the JSON of what the composer understood so far; a promoted draft names the
//! flow it became.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_composer_drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// The user whose draft it is (drafts are private to their author).
    pub user_id: i32,
    pub name: String,
    pub description: Option<String>,
    /// `draft` or `promoted`.
    pub status: String,
    /// JSON of `surfaces::etlworks::composer::plan::Plan`.
    pub plan: String,
    pub flow_id: Option<i32>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
