//! The JWT signing key every replica shares, signed-out tokens and password resets.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::store::entities::{et_password_reset, et_revoked_token, et_signing_key};
use crate::store::StoreError;

/// The signing key, made from `fresh` when the store has none (in bootstrap's
/// transaction, so replicas starting together agree on one).
pub async fn ensure_signing_key<C: ConnectionTrait>(
    db: &C,
    fresh: String,
    now: i64,
) -> Result<(), StoreError> {
    if signing_key(db).await?.is_none() {
        et_signing_key::ActiveModel {
            id: sea_orm::NotSet,
            secret: Set(fresh),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The oldest key: the one tokens are signed with.
pub async fn signing_key<C: ConnectionTrait>(
    db: &C,
) -> Result<Option<et_signing_key::Model>, StoreError> {
    Ok(et_signing_key::Entity::find()
        .order_by_asc(et_signing_key::Column::Id)
        .one(db)
        .await?)
}

/// Signs out the token `jti` (valid until `expires_at`), forgetting tokens that have
/// expired by `now` anyway.
pub async fn revoke<C: ConnectionTrait>(
    db: &C,
    jti: &str,
    expires_at: i64,
    now: i64,
) -> Result<(), StoreError> {
    et_revoked_token::Entity::delete_many()
        .filter(et_revoked_token::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    if is_revoked(db, jti).await? {
        return Ok(());
    }
    et_revoked_token::ActiveModel {
        jti: Set(jti.to_string()),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn is_revoked<C: ConnectionTrait>(db: &C, jti: &str) -> Result<bool, StoreError> {
    Ok(et_revoked_token::Entity::find_by_id(jti.to_string())
        .one(db)
        .await?
        .is_some())
}

/// Keeps a reset token's digest for user `user_id` until `expires_at`.
pub async fn insert_reset<C: ConnectionTrait>(
    db: &C,
    digest: String,
    user_id: i32,
    expires_at: i64,
) -> Result<(), StoreError> {
    et_password_reset::ActiveModel {
        digest: Set(digest),
        user_id: Set(user_id),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The reset whose token has `digest`, used up: it works once.
pub async fn take_reset<C: ConnectionTrait>(
    db: &C,
    digest: &str,
) -> Result<Option<et_password_reset::Model>, StoreError> {
    let found = et_password_reset::Entity::find_by_id(digest.to_string())
        .one(db)
        .await?;
    if found.is_some() {
        et_password_reset::Entity::delete_by_id(digest.to_string())
            .exec(db)
            .await?;
    }
    Ok(found)
}

/// Ends every pending reset of user `user_id` (their password changed another way).
pub async fn drop_resets<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<(), StoreError> {
    et_password_reset::Entity::delete_many()
        .filter(et_password_reset::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
