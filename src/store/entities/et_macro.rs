//! `et_macros`: a parameter macro of one tenant, a named snippet whose `{name}`
//! placeholders are its parameters (`parameters` is a JSON array of their names).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_macros")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    pub value: String,
    /// JSON array of strings.
    pub parameters: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
