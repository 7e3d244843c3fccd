//! `et_users`: Etlworks' side of a user (the person is a row of `users`): login, role,
//! tenant, profile, two-factor secret and the version every JWT of the user carries.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    #[sea_orm(unique)]
    pub login: String,
    /// `SUPER_ADMIN`, `ADMINISTRATOR`, `EDITOR`, `OPERATOR`, `VIEWER` or `API_USER`.
    pub role: String,
    /// `None` for a super admin, who spans tenants.
    pub tenant_id: Option<i32>,
    /// The tenant a super admin's API key acts in (`POST /tenants/{id}/switch`).
    pub current_tenant_id: Option<i32>,
    pub enabled: bool,
    pub locale: String,
    pub time_zone: String,
    /// `ProfileSettings`, JSON.
    pub settings: String,
    /// `NotificationPreferences`, JSON.
    pub notifications: String,
    /// Base32 TOTP secret once two-factor sign-in is on.
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<i64>,
    /// The secret of an enrollment not confirmed yet.
    pub totp_pending: Option<String>,
    /// Every JWT carries it; bumping it (a password reset, disabling) ends them all.
    pub token_version: i32,
    pub last_login_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
