//! `et_tags`: one tag on one resource of a tenant (every taggable kind shares the table,
//! so `/tags` counts and `/search` filter across kinds).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_tags")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub resource_type: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub resource_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub tenant_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
