//! `kw_script_runners`: the Python servers KAWA sends scripts to. Global; `name` is
//! unique. The private key is write-only: only its digest is kept (Understudy never
//! signs anything for a runner, so the clear key is never needed again).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_script_runners")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub description: String,
    pub host: String,
    pub port: i32,
    pub use_tls: bool,
    pub enabled: bool,
    /// The SHA-256 digest of the private key; `None` when no key is set.
    pub key_digest: Option<String>,
    pub tags: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
