//! `et_messages`: a user's in-app message (`/rest/v1/messages`); Understudy sends no
//! email, so what Etlworks would mail (a password-reset link) lands here too.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub subject: String,
    pub body: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    pub link: Option<String>,
    pub read: bool,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
