//! The commands on principals, administrators only: creating one with a password,
//! (de)activating, changing the role and the password, and the perimeters it belongs to.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use super::super::principals::{find, principal};
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller};
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store;
use crate::store::accounts::NewUser;
use crate::store::kawa::{directory, principals as principals_store};

/// `CreateActivePrincipalWithPassword`: 409 when the email is taken.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateActivePrincipalWithPasswordParameters,
) -> Result<api::CommandResult, KawaError> {
    // Creating goes through the accounts store, shared by every product.
    authz::admin(caller, "create users")?;
    let email = params.email.trim().to_lowercase();
    check_email(&email)?;
    // Hashed before the transaction: argon2 is slow on purpose.
    let hash = secrets::hash_password(Secret::new(params.password))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "kawa: a password could not be hashed");
            KawaError::Internal
        })?;
    let txn = begin(state).await?;
    if store::accounts::user_by_email(&txn, &email)
        .await?
        .is_some()
    {
        return Err(KawaError::Conflict(format!(
            "A user with email {email} already exists"
        )));
    }
    let username = crate::surfaces::accounts::username_from_email(&email);
    let new = NewUser {
        id: None,
        email: email.clone(),
        password_hash: hash,
        first_name: params.first_name.unwrap_or_default(),
        last_name: params.last_name.unwrap_or_default(),
        organization: 1,
        is_admin: false,
        created_at: state.now_ms(),
        username: store::accounts::free_username(&txn, &username).await?,
        displayname: None,
        orcid: None,
        system_role: None,
        state: "active".into(),
    };
    let user = store::accounts::insert_user(&txn, new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Principal(principal(&user)))
}

/// An address KAWA would take: a local part and a domain, no spaces, at most 255 bytes.
fn check_email(email: &str) -> Result<(), KawaError> {
    let fits = email.len() <= 255
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@')
        });
    if fits {
        Ok(())
    } else {
        Err(KawaError::field(
            "email",
            format!("{email:?} is not an email address"),
        ))
    }
}

/// `ReplaceUserStatus`: a deactivated principal's keys and sessions stop working at once.
pub async fn status(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceUserStatusParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "change a user's status")?;
    let txn = begin(state).await?;
    let user = find(&txn, &params.principal_id).await?;
    let status = if params.active {
        "ACTIVE"
    } else {
        principals_store::INACTIVE
    };
    principals_store::set_status(&txn, &admin, user.id, status).await?;
    let user = find(&txn, &params.principal_id).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Principal(principal(&user)))
}

/// `ReplaceUserRole`.
pub async fn role(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceUserRoleParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "change a user's role")?;
    let txn = begin(state).await?;
    let user = find(&txn, &params.principal_id).await?;
    principals_store::set_role(&txn, &admin, user.id, params.role.as_str()).await?;
    let user = find(&txn, &params.principal_id).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Principal(principal(&user)))
}

/// `AdminChangeUserPassword`: the new password signs in at once.
pub async fn password(
    state: &AppState,
    caller: &Caller,
    params: api::AdminChangeUserPasswordParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "change a user's password")?;
    // Checked before hashing, so an unknown principal costs no argon2 round.
    find(&state.db, &params.principal_id).await?;
    let hash = secrets::hash_password(Secret::new(params.new_password))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "kawa: a password could not be hashed");
            KawaError::Internal
        })?;
    let txn = begin(state).await?;
    let user = find(&txn, &params.principal_id).await?;
    principals_store::set_password_hash(&txn, &admin, user.id, hash).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Principal(principal(&user)))
}

/// `AssignPrincipalToPerimeters`: the principal belongs to exactly the perimeters named
/// (of the workspace the command acts in); 404 for a name no perimeter there has.
pub async fn perimeters(
    state: &AppState,
    caller: &Caller,
    params: api::AssignPrincipalToPerimetersParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "assign users to perimeters")?;
    let scope = authz::scope(state, caller).await?;
    let txn = begin(state).await?;
    let user = find(&txn, &params.principal_entity_id).await?;
    let existing = match &scope {
        Some(scope) => directory::perimeters(&txn, scope).await?,
        None => Vec::new(),
    };
    let mut chosen: Vec<(i32, String)> = Vec::new();
    for name in &params.member_of_perimeter_names {
        let (found, _) = existing
            .iter()
            .find(|(p, _)| &p.name == name)
            .ok_or_else(|| KawaError::Missing(format!("No perimeter named {name}")))?;
        if !chosen.iter().any(|(id, _)| *id == found.id) {
            chosen.push((found.id, found.name.clone()));
        }
    }
    if let Some(scope) = &scope {
        let ids: Vec<i32> = chosen.iter().map(|(id, _)| *id).collect();
        directory::replace_perimeters(&txn, &admin, scope, user.id, &ids).await?;
    }
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::PrincipalPerimeters(
        api::PrincipalPerimeters {
            principal_entity_id: user.id.to_string(),
            member_of_perimeter_names: chosen.iter().map(|(_, n)| n.clone()).collect(),
            perimeter_ids: chosen.iter().map(|(id, _)| id.to_string()).collect(),
        },
    ))
}
