//! Queries on users, API tokens and sessions.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, NotSet, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use super::entities::{api_token, session, user};
use super::StoreError;
use crate::authz::Operator;

/// A user to insert; the password is already hashed. `id` is `None` for a new user and
/// kept when an exported state is loaded back.
pub struct NewUser {
    pub id: Option<i32>,
    pub email: String,
    pub password_hash: String,
    pub first_name: String,
    pub last_name: String,
    pub organization: i32,
    pub is_admin: bool,
    pub created_at: i64,
}

/// A token to insert, already digested; `id` as for [`NewUser`].
pub struct NewToken {
    pub id: Option<i32>,
    pub user_id: i32,
    pub product: String,
    pub name: String,
    pub token_digest: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

/// How many administrators exist (bootstrap creates the first).
pub async fn admin_count<C: ConnectionTrait>(db: &C) -> Result<u64, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::IsAdmin.eq(true))
        .count(db)
        .await?)
}

pub async fn insert_user<C: ConnectionTrait>(
    db: &C,
    new: NewUser,
) -> Result<user::Model, StoreError> {
    Ok(user::ActiveModel {
        id: new.id.map_or(NotSet, Set),
        email: Set(new.email.to_lowercase()),
        password_hash: Set(new.password_hash),
        first_name: Set(new.first_name),
        last_name: Set(new.last_name),
        organization: Set(new.organization),
        is_admin: Set(new.is_admin),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

pub async fn user_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<user::Model>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.to_lowercase()))
        .one(db)
        .await?)
}

pub async fn user_by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<user::Model>, StoreError> {
    Ok(user::Entity::find_by_id(id).one(db).await?)
}

pub async fn insert_token<C: ConnectionTrait>(db: &C, new: NewToken) -> Result<(), StoreError> {
    api_token::ActiveModel {
        id: new.id.map_or(NotSet, Set),
        user_id: Set(new.user_id),
        product: Set(new.product),
        name: Set(new.name),
        token_digest: Set(new.token_digest),
        created_at: Set(new.created_at),
        expires_at: Set(new.expires_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The unexpired token of `product` whose digest is `digest`.
pub async fn token_by_digest<C: ConnectionTrait>(
    db: &C,
    product: &str,
    digest: &str,
    now: i64,
) -> Result<Option<api_token::Model>, StoreError> {
    let found = api_token::Entity::find()
        .filter(api_token::Column::Product.eq(product))
        .filter(api_token::Column::TokenDigest.eq(digest))
        .one(db)
        .await?;
    Ok(found.filter(|t| t.expires_at.is_none_or(|e| e > now)))
}

pub async fn insert_session<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    product: &str,
    digest: String,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    session::ActiveModel {
        user_id: Set(user_id),
        product: Set(product.to_string()),
        session_digest: Set(digest),
        created_at: Set(now),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The live session of `product` whose digest is `digest`.
pub async fn session_by_digest<C: ConnectionTrait>(
    db: &C,
    product: &str,
    digest: &str,
    now: i64,
) -> Result<Option<session::Model>, StoreError> {
    let found = session::Entity::find()
        .filter(session::Column::Product.eq(product))
        .filter(session::Column::SessionDigest.eq(digest))
        .one(db)
        .await?;
    Ok(found.filter(|s| s.expires_at > now))
}

pub async fn delete_session<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    session::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Every user, by id (for an export).
pub async fn all_users<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Vec<user::Model>, StoreError> {
    Ok(user::Entity::find()
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?)
}

/// Every API token, by id (for an export; digests only exist).
pub async fn all_tokens<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Vec<api_token::Model>, StoreError> {
    Ok(api_token::Entity::find()
        .order_by_asc(api_token::Column::Id)
        .all(db)
        .await?)
}
