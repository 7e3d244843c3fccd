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
    /// Unique; see [`free_username`].
    pub username: String,
    pub displayname: Option<String>,
    pub orcid: Option<String>,
    pub system_role: Option<String>,
    pub state: String,
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
    /// Space-separated scopes (Kadi4Mat); `None` for full access.
    pub scopes: Option<String>,
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
        username: Set(Some(new.username)),
        displayname: Set(new.displayname),
        orcid: Set(new.orcid),
        system_role: Set(new.system_role),
        state: Set(Some(new.state)),
        kawa_role: NotSet,
        kawa_status: NotSet,
        kawa_workspace_id: NotSet,
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

/// `wanted` if no user has it, else the first of `wanted-2`, `wanted-3`, … that is free.
pub async fn free_username<C: ConnectionTrait>(db: &C, wanted: &str) -> Result<String, StoreError> {
    let taken: std::collections::HashSet<String> = user::Entity::find()
        .filter(user::Column::Username.like(format!("{}%", wanted.replace('%', ""))))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| u.username)
        .collect();
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{wanted}-{n}");
    }
    Ok(candidate)
}

/// The user with `username` (Kadi4Mat's local identity).
pub async fn user_by_username<C: ConnectionTrait>(
    db: &C,
    username: &str,
) -> Result<Option<user::Model>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Username.eq(username.to_lowercase()))
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
        scopes: Set(new.scopes),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The token of `product` whose digest is `digest`, expired or not.
/// The token of `product` with `digest`, and its user (`None` if the user is gone), in
/// one query: every authenticated request asks this.
pub async fn token_and_holder<C: ConnectionTrait>(
    db: &C,
    product: &str,
    digest: &str,
) -> Result<Option<(api_token::Model, Option<user::Model>)>, StoreError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::Product.eq(product))
        .filter(api_token::Column::TokenDigest.eq(digest))
        .find_also_related(user::Entity)
        .one(db)
        .await?)
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

/// The users with `ids`, by id (for the creators of listed resources).
pub async fn users_by_id<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<std::collections::HashMap<i32, user::Model>, StoreError> {
    let mut unique = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(unique))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}
