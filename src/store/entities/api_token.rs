//! `api_tokens`: bearer tokens per product, kept as SHA-256 digests only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// `datawiza`, `kawa`, `etlworks` or `kadi4mat`.
    pub product: String,
    pub name: String,
    /// Unique per product (see the migration's index).
    pub token_digest: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    /// Kadi4Mat scopes, space-separated (`record.read record.create`); none means full
    /// access.
    pub scopes: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The token's holder: read with the token in one query on every request.
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::UserId",
        to = "super::user::Column::Id"
    )]
    User,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
