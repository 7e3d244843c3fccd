//! Accounts shared by every product: creating users and tokens, and resolving a
//! presented credential to the user behind it.

use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store::accounts::{self as store, NewToken, NewUser};
use crate::store::entities::{api_token, user};
use crate::store::StoreError;
use crate::surfaces::kadi4mat::scopes;

/// The products that authenticate with a bearer token of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    Datawiza,
    Kadi4Mat,
    /// KAWA's API keys (`x-kawa-api-key`).
    Kawa,
    /// Etlworks' per-user API keys (`Authorization: Bearer`), one per user.
    Etlworks,
}

impl Product {
    /// Every product that takes tokens; the bootstrap admin gets one for each.
    pub const ALL: &'static [Product] = &[
        Product::Datawiza,
        Product::Kadi4Mat,
        Product::Kawa,
        Product::Etlworks,
    ];

    /// The name tokens are stored under (and the CLI's `--product`).
    pub fn as_str(self) -> &'static str {
        match self {
            Product::Datawiza => "datawiza",
            Product::Kadi4Mat => "kadi4mat",
            Product::Kawa => "kawa",
            Product::Etlworks => "etlworks",
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

    /// The prefix of the tokens Understudy mints for the product (Kadi4Mat's personal
    /// access tokens start with `pat_`).
    pub fn token_prefix(self) -> &'static str {
        match self {
            Product::Datawiza => "us_",
            Product::Kadi4Mat => "pat_",
            Product::Kawa => "kawa_",
            Product::Etlworks => "ewk_",
        }
    }
}

/// A user to create, as the CLI and fixtures describe one.
pub struct UserSpec<'a> {
    pub email: &'a str,
    pub password: Secret,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub organization: i32,
    /// Kadi4Mat's username; derived from the email when not given.
    pub username: Option<&'a str>,
}

/// Whether `name` is a username Kadi4Mat takes for a local account.
pub fn check_username(name: &str) -> Result<(), String> {
    let fits = (1..=50).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b));
    if fits {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a username: 1 to 50 of a-z, 0-9, '-', '_' and '.'"
        ))
    }
}

/// The username an email suggests: its local part in username characters.
pub fn username_from_email(email: &str) -> String {
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    let name: String = local
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .take(45)
        .collect();
    if name.is_empty() {
        "user".into()
    } else {
        name
    }
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
    let username = match spec.username {
        Some(name) => {
            check_username(name)?;
            name.to_string()
        }
        None => store::free_username(&state.db, &username_from_email(email))
            .await
            .map_err(|e| e.to_string())?,
    };
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
        username: username.clone(),
        displayname: None,
        orcid: None,
        system_role: None,
        state: "active".into(),
    };
    store::insert_user(&state.db, new)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => {
                format!("a user with email {email} or username {username} exists already")
            }
            other => other.to_string(),
        })
}

/// What a new token may do and how long it lives.
#[derive(Debug, Clone, Default)]
pub struct TokenSpec {
    pub name: String,
    /// Kadi4Mat scopes; none means full access. Other products take none.
    pub scopes: Vec<String>,
    /// Epoch milliseconds after which the token is refused.
    pub expires_at: Option<i64>,
}

/// Mints a token for `product`; the clear text is returned once and never stored.
pub async fn create_token(
    state: &AppState,
    email: &str,
    product: Product,
    spec: TokenSpec,
) -> Result<Secret, String> {
    let scopes = match product {
        Product::Kadi4Mat => scopes::normalise(&spec.scopes)?,
        _ if spec.scopes.is_empty() => None,
        _ => return Err(format!("{} tokens take no scopes", product.as_str())),
    };
    let user = store::user_by_email(&state.db, email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no user has email {email}"))?;
    let token = state.ids.token(product.token_prefix());
    let new = NewToken {
        id: None,
        user_id: user.id,
        product: product.as_str().into(),
        name: spec.name,
        token_digest: secrets::token_digest(token.expose()),
        created_at: state.now_ms(),
        expires_at: spec.expires_at,
        scopes,
    };
    store::insert_token(&state.db, new)
        .await
        .map_err(|e| e.to_string())?;
    Ok(token)
}

/// A presented token that matched, with its user.
#[derive(Debug, Clone)]
pub struct TokenHolder {
    pub user: user::Model,
    pub token: api_token::Model,
}

/// Why a presented token is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenRefusal {
    /// No token of the product has this digest (or its user is gone).
    Unknown,
    /// The token's expiry has passed.
    Expired,
}

/// The token of `product` presented as `token`, with its user.
pub async fn token_holder(
    state: &AppState,
    product: Product,
    token: &str,
) -> Result<Result<TokenHolder, TokenRefusal>, StoreError> {
    let digest = secrets::token_digest(token);
    let Some((found, holder)) =
        store::token_and_holder(&state.db, product.as_str(), &digest).await?
    else {
        return Ok(Err(TokenRefusal::Unknown));
    };
    // The lookup was by digest; compare again in constant time so the answer's timing
    // does not depend on how much of the digest matched.
    if !secrets::digests_match(&found.token_digest, &digest) {
        return Ok(Err(TokenRefusal::Unknown));
    }
    if found.expires_at.is_some_and(|e| e <= state.now_ms()) {
        return Ok(Err(TokenRefusal::Expired));
    }
    Ok(match holder {
        Some(user) => Ok(TokenHolder { user, token: found }),
        None => Err(TokenRefusal::Unknown),
    })
}

/// The user a live bearer token of `product` belongs to; `None` for an unknown or expired
/// token.
pub async fn user_for_token(
    state: &AppState,
    product: Product,
    token: &str,
) -> Result<Option<user::Model>, StoreError> {
    Ok(token_holder(state, product, token)
        .await?
        .ok()
        .map(|holder| holder.user))
}

/// The user with `email` if `password` is theirs. An unknown email is checked against a
/// real hash too, so the answer's timing does not tell which emails exist.
pub async fn check_password(
    state: &AppState,
    email: &str,
    password: String,
) -> Result<Option<user::Model>, StoreError> {
    let found = store::user_by_email(&state.db, email.trim()).await?;
    let stored = match &found {
        Some(u) => u.password_hash.clone(),
        None => secrets::timing_hash().await,
    };
    let valid = secrets::verify_password(Secret::new(password), stored).await;
    Ok(found.filter(|_| valid))
}

/// Opens a session of `product` for `user_id`, lasting the configured session timeout:
/// its clear-text key, for the cookie (the store keeps only its digest).
pub async fn open_session(
    state: &AppState,
    product: &str,
    user_id: i32,
) -> Result<Secret, StoreError> {
    let key = Secret::new(state.ids.hex(32));
    let now = state.now_ms();
    let lifetime = i64::try_from(state.config.session_timeout.as_millis()).unwrap_or(i64::MAX);
    store::insert_session(
        &state.db,
        user_id,
        product,
        secrets::token_digest(key.expose()),
        now,
        now.saturating_add(lifetime),
    )
    .await?;
    Ok(key)
}

/// The `Set-Cookie` value that hands session `key` to the client in cookie `name`.
pub fn session_cookie(state: &AppState, name: &str, key: &Secret) -> String {
    format!(
        "{name}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
        key.expose(),
        state.config.session_timeout.as_secs()
    )
}
