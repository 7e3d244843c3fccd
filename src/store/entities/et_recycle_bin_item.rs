//! `et_recycle_bin`: a deleted resource kept for restoring until `expires_at`. The
//! resource keeps its own row (with `deleted_at` set) so a restore brings back the same
//! id; see `store::etlworks::bin` for the kinds it holds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_recycle_bin")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// `flow`, `connection`, `format`, `listener`, `schedule`, `webhook`, `macro`.
    pub resource_type: String,
    pub resource_id: i32,
    pub name: String,
    pub deleted_at: i64,
    pub deleted_by: String,
    pub expires_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
