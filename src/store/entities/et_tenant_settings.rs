//! `et_tenant_settings`: a tenant's settings (`/rest/v1/settings`) and its subscription
//! tier; a tenant without a row reads the defaults.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_tenant_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i32,
    pub audit_retention_days: i32,
    pub execution_retention_days: i32,
    pub recycle_bin_retention_days: i32,
    pub default_time_zone: String,
    pub default_locale: String,
    pub max_parallel_flows: i32,
    pub company_name: String,
    pub logo_url: Option<String>,
    pub primary_color: String,
    /// The subscription tier (`Starter`, `Business`, `Enterprise`).
    pub tier: String,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
