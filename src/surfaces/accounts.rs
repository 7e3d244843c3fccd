//! Accounts shared by every product: creating users and tokens, and resolving a
//! presented credential to the user behind it.

use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store::accounts::{self as store, NewUser};
use crate::store::entities::user;
use crate::store::StoreError;

/// The products that authenticate with a bearer token of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    Datawiza,
}

impl Product {
    /// Every product that takes tokens; the bootstrap admin gets one for each.
    pub const ALL: &'static [Product] = &[Product::Datawiza];

    /// The name tokens are stored under (and the CLI's `--product`).
    pub fn as_str(self) -> &'static str {
        match self {
            Product::Datawiza => "datawiza",
        }
    }

    /// The product called `name`, or why there is none.
    pub fn parse(name: &str) -> Result<Product, String> {
        Product::ALL
            .iter()
            .copied()
            .find(|p| p.as_str() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Product::ALL.iter().map(|p| p.as_str()).collect();
                format!(
                    "{name} takes no tokens here; products with tokens: {}",
                    names.join(", ")
                )
            })
    }
}

/// A user to create, as the CLI and fixtures describe one.
pub struct UserSpec<'a> {
    pub email: &'a str,
    pub password: Secret,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub organization: i32,
}

/// Creates a user with a hashed password.
pub async fn create_user(state: &AppState, spec: UserSpec<'_>) -> Result<user::Model, String> {
    let email = spec.email;
    if !email.contains('@') || email.len() > 255 {
        return Err(format!("{email:?} is not an email address"));
    }
    let length = spec.password.expose().chars().count();
    if !(8..=64).contains(&length) {
        return Err("a password has 8 to 64 characters".into());
    }
    let hash = secrets::hash_password(spec.password).await?;
    let new = NewUser {
        id: None,
        email: email.to_string(),
        password_hash: hash,
        first_name: spec.first_name.to_string(),
        last_name: spec.last_name.to_string(),
        organization: spec.organization,
        is_admin: false,
        created_at: state.now_ms(),
    };
    store::insert_user(&state.db, new)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => format!("a user with email {email} exists already"),
            other => other.to_string(),
        })
}

/// Mints a token for `product`; the clear text is returned once and never stored.
pub async fn create_token(
    state: &AppState,
    email: &str,
    product: Product,
    name: &str,
) -> Result<Secret, String> {
    let user = store::user_by_email(&state.db, email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no user has email {email}"))?;
    let token = state.ids.token("us_");
    store::insert_token(
        &state.db,
        store::NewToken {
            id: None,
            user_id: user.id,
            product: product.as_str().into(),
            name: name.into(),
            token_digest: secrets::token_digest(token.expose()),
            created_at: state.now_ms(),
            expires_at: None,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(token)
}

/// The user a bearer token of `product` belongs to; `None` for an unknown or expired token.
pub async fn user_for_token(
    state: &AppState,
    product: Product,
    token: &str,
) -> Result<Option<user::Model>, StoreError> {
    let digest = secrets::token_digest(token);
    let now = state.now_ms();
    let Some(found) = store::token_by_digest(&state.db, product.as_str(), &digest, now).await?
    else {
        return Ok(None);
    };
    // The lookup was by digest; compare again in constant time so the answer's timing
    // does not depend on how much of the digest matched.
    if !secrets::digests_match(&found.token_digest, &digest) {
        return Ok(None);
    }
    store::user_by_id(&state.db, found.user_id).await
}
