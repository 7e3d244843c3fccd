//! `dw_applications`: Datawiza applications; JSON-valued fields are stored as text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dw_applications")]
pub struct Model {
    /// 32 lower-case hex characters.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub creation_date: i64,
    pub last_update_date: i64,
    pub deployment_id: String,
    #[sea_orm(unique)]
    pub name: String,
    pub platform: String,
    pub public_domain: String,
    pub listen_port: i32,
    pub upstreams: String,
    pub upstream_switch: String,
    pub special_app: String,
    pub profile_select: Option<String>,
    pub enabled: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
