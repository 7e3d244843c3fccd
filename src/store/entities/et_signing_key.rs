//! `et_signing_keys`: the HMAC key Etlworks' JWTs are signed with, made at the first
//! start and read by every replica, so a token from one is valid at all.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_signing_keys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Hex of 32 random bytes.
    pub secret: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
