//! `users`: one person, shared by every product; the password is an argon2 hash.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: String,
    pub first_name: String,
    pub last_name: String,
    /// Syntho organization the user belongs to.
    pub organization: i32,
    pub is_admin: bool,
    pub created_at: i64,
    /// Kadi4Mat's local identity; unique (set for every user since m0003).
    pub username: Option<String>,
    /// Kadi4Mat's display name; the first and last name when unset.
    pub displayname: Option<String>,
    pub orcid: Option<String>,
    /// Kadi4Mat's `admin`, `member` or `guest`; `admin` for administrators when unset.
    pub system_role: Option<String>,
    /// `active` or `inactive` (Kadi4Mat refuses an inactive user's tokens).
    pub state: Option<String>,
    /// KAWA's `ADMIN_ROLE` or `READER_ROLE`; unset follows `is_admin`.
    pub kawa_role: Option<String>,
    /// KAWA's `ACTIVE` or `INACTIVE` (its keys and cookies are refused); unset is active.
    pub kawa_status: Option<String>,
    /// KAWA's current workspace (`currentWorkspaceId`).
    pub kawa_workspace_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
