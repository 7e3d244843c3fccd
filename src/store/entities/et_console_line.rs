//! `et_console_lines`: one line of an execution's console log, written as the run goes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_console_lines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub execution_id: i32,
    pub at: i64,
    /// `INFO`, `WARN` or `ERROR`.
    pub level: String,
    pub line: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
