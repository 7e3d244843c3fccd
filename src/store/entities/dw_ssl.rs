//! `dw_ssl`: one SSL setting per Datawiza application, with what was read off the
//! uploaded certificate.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dw_ssl")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: String,
    /// The setting's own 32-hex id.
    #[sea_orm(unique)]
    pub id: String,
    pub creation_date: i64,
    pub last_update_date: i64,
    pub is_ssl: bool,
    pub mode: String,
    pub cert_pem: Option<String>,
    pub subject: Option<String>,
    pub finger_print: Option<String>,
    pub expiration_time: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
