//! `et_audit_events`: one write to an Etlworks resource: who, what, and the resource's
//! JSON before and after.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `None` for a write outside any tenant (a tenant made by a super admin is its own).
    pub tenant_id: Option<i32>,
    /// `None` for a write nobody signed in made (a password reset by token).
    pub user_id: Option<i32>,
    pub user_login: String,
    /// `create`, `update`, `delete`, `restore`, `purge`, `login`, …
    pub action: String,
    /// `flow`, `connection`, `schedule`, `user`, `tenant`, …
    pub resource_type: String,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
