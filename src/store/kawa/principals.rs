//! KAWA principals are the shared users: KAWA's role, status and current workspace are
//! columns of `users` (m0004), unset meaning "as the admin flag says", active and none.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::authz::kawa::{Admin, Caller};
use crate::store::entities::user;
use crate::store::StoreError;

/// KAWA's administrator role.
pub const ADMIN_ROLE: &str = "ADMIN_ROLE";
/// KAWA's role for everyone else.
pub const READER_ROLE: &str = "READER_ROLE";
/// A deactivated principal's status.
pub const INACTIVE: &str = "INACTIVE";

/// The principal's role: the stored one, else `ADMIN_ROLE` for Understudy's
/// administrators (the bootstrap admin) and `READER_ROLE` for the rest.
pub fn role(u: &user::Model) -> &str {
    match u.kawa_role.as_deref() {
        Some(role) => role,
        None if u.is_admin => ADMIN_ROLE,
        None => READER_ROLE,
    }
}

pub fn is_admin(u: &user::Model) -> bool {
    role(u) == ADMIN_ROLE
}

pub fn is_active(u: &user::Model) -> bool {
    u.kawa_status.as_deref() != Some(INACTIVE)
}

/// Every principal, oldest first.
pub async fn all<C: ConnectionTrait>(
    db: &C,
    _caller: &Caller,
) -> Result<Vec<user::Model>, StoreError> {
    Ok(user::Entity::find()
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?)
}

/// The principal with `id`.
pub async fn one<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<user::Model>, StoreError> {
    Ok(user::Entity::find_by_id(id).one(db).await?)
}

/// Sets one of KAWA's columns of the principal with `id`.
async fn set<C: ConnectionTrait>(
    db: &C,
    id: i32,
    column: user::Column,
    value: sea_orm::Value,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(column, Expr::value(value))
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// `ACTIVE` or `INACTIVE`.
pub async fn set_status<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    id: i32,
    status: &str,
) -> Result<(), StoreError> {
    set(db, id, user::Column::KawaStatus, status.into()).await
}

/// `ADMIN_ROLE` or `READER_ROLE`.
pub async fn set_role<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    id: i32,
    role: &str,
) -> Result<(), StoreError> {
    set(db, id, user::Column::KawaRole, role.into()).await
}

/// A new password, already hashed; it is the user's password on every product.
pub async fn set_password_hash<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    id: i32,
    hash: String,
) -> Result<(), StoreError> {
    set(db, id, user::Column::PasswordHash, hash.into()).await
}

/// Makes `workspace` the current workspace of the principals `ids` (the service checked
/// that the caller may, and that each may work there).
pub async fn set_current_workspace<C: ConnectionTrait>(
    db: &C,
    _caller: &Caller,
    ids: &[i32],
    workspace: i32,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(user::Column::KawaWorkspaceId, Expr::value(workspace))
        .filter(user::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}
