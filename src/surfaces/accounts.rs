//! Accounts shared by every product: creating users and tokens, and resolving a
//! presented credential to the user behind it.

use sea_orm::DatabaseConnection;

use crate::common::secrets::{self, Secret};
use crate::common::time::now_ms;
use crate::store::accounts::{self as store, NewUser};
use crate::store::entities::user;
use crate::store::StoreError;

/// Products that authenticate with a bearer token.
pub const TOKEN_PRODUCTS: &[&str] = &["datawiza"];

/// Creates a user with a hashed password.
pub async fn create_user(
    db: &DatabaseConnection,
    email: &str,
    password: Secret,
    first_name: &str,
    last_name: &str,
    organization: i32,
) -> Result<user::Model, String> {
    if !email.contains('@') || email.len() > 255 {
        return Err(format!("{email:?} is not an email address"));
    }
    if password.expose().chars().count() < 8 || password.expose().chars().count() > 64 {
        return Err("a password has 8 to 64 characters".into());
    }
    let hash = secrets::hash_password(password).await?;
    let new = NewUser {
        email: email.to_string(),
        password_hash: hash,
        first_name: first_name.to_string(),
        last_name: last_name.to_string(),
        organization,
        is_admin: false,
    };
    store::insert_user(db, new, now_ms())
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => format!("a user with email {email} exists already"),
            other => other.to_string(),
        })
}

/// Mints a token for `product`; the clear text is returned once and never stored.
pub async fn create_token(
    db: &DatabaseConnection,
    email: &str,
    product: &str,
    name: &str,
) -> Result<Secret, String> {
    if !TOKEN_PRODUCTS.contains(&product) {
        return Err(format!(
            "{product} takes no tokens here; products with tokens: {}",
            TOKEN_PRODUCTS.join(", ")
        ));
    }
    let user = store::user_by_email(db, email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no user has email {email}"))?;
    let token = secrets::new_token("us_");
    store::insert_token(
        db,
        user.id,
        product,
        name,
        secrets::token_digest(token.expose()),
        now_ms(),
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(token)
}

/// The user a bearer token of `product` belongs to; `None` for an unknown or expired token.
pub async fn user_for_token(
    db: &DatabaseConnection,
    product: &str,
    token: &str,
) -> Result<Option<user::Model>, StoreError> {
    let digest = secrets::token_digest(token);
    let Some(found) = store::token_by_digest(db, product, &digest, now_ms()).await? else {
        return Ok(None);
    };
    // The lookup was by digest; compare again in constant time so the answer's timing
    // does not depend on how much of the digest matched.
    if !secrets::digests_match(&found.token_digest, &digest) {
        return Ok(None);
    }
    store::user_by_id(db, found.user_id).await
}
