//! Kadi4Mat's users: each Understudy user is a Kadi user with a local identity; their
//! view here; the directory (listing, lookups) and what a profile lists beside it.

pub mod directory;
pub mod profile;

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use std::collections::HashMap;

use super::error::KadiError;
use super::links::Base;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store;
use crate::store::entities::user;

/// The users with `ids` (creators of what a view shows), by id. The caller's own row
/// was read with the token, so only the others are asked of the database: most views
/// show what their reader created.
pub async fn creators(
    state: &AppState,
    caller: &Caller,
    ids: &[i32],
) -> Result<HashMap<i32, user::Model>, KadiError> {
    let others: Vec<i32> = ids
        .iter()
        .copied()
        .filter(|id| *id != caller.id())
        .collect();
    let mut found = if others.is_empty() {
        HashMap::new()
    } else {
        store::accounts::users_by_id(&state.db, &others).await?
    };
    if ids.contains(&caller.id()) {
        found.insert(caller.id(), caller.user().clone());
    }
    Ok(found)
}

/// The name Kadi shows: the display name, else first and last name, else the username.
pub fn displayname(u: &user::Model) -> String {
    if let Some(name) = u.displayname.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.to_string();
    }
    let full = format!("{} {}", u.first_name, u.last_name)
        .trim()
        .to_string();
    if full.is_empty() {
        u.username.clone().unwrap_or_else(|| u.email.clone())
    } else {
        full
    }
}

/// Whether `u` is one of Kadi's system administrators.
pub fn is_sysadmin(u: &user::Model) -> bool {
    match u.system_role.as_deref() {
        Some(role) => role == "admin",
        None => u.is_admin,
    }
}

/// The user's local identity; the email only to the user and to system administrators.
pub fn identity(u: &user::Model, viewer: &Caller) -> api::Identity {
    let own = viewer.id() == u.id || viewer.is_sysadmin();
    api::Identity {
        type_: api::IdentityType::Local,
        username: u.username.clone().unwrap_or_default(),
        name: Some(displayname(u)),
        email: own.then(|| u.email.clone()),
        email_confirmed: own.then_some(true),
        created_at: Some(iso_micros(u.created_at)),
        last_modified: Some(iso_micros(u.created_at)),
    }
}

/// The API view of `u` for `viewer`.
pub fn view(u: &user::Model, viewer: &Caller, base: &Base) -> api::User {
    let path = format!("/users/{}", u.id);
    let state = u
        .state
        .as_deref()
        .and_then(api::UserState::from_wire)
        .unwrap_or(api::UserState::Active);
    let system_role = if is_sysadmin(u) {
        api::UserSystemRole::Admin
    } else {
        u.system_role
            .as_deref()
            .and_then(api::UserSystemRole::from_wire)
            .unwrap_or(api::UserSystemRole::Member)
    };
    api::User {
        id: i64::from(u.id),
        displayname: displayname(u),
        orcid: u.orcid.clone(),
        state,
        is_sysadmin: is_sysadmin(u),
        system_role: Some(system_role),
        created_at: iso_micros(u.created_at),
        identity: Some(identity(u, viewer)),
        links: Some(api::UserLinks {
            self_: base.url(&path),
            identities: base.url(&format!("{path}/identities")),
            records: base.url(&format!("{path}/records")),
            collections: base.url(&format!("{path}/collections")),
            templates: base.url(&format!("{path}/templates")),
            groups: base.url(&format!("{path}/groups")),
            view: Some(base.view(&path)),
            image: None,
        }),
        actions: Some(api::UrlMap::new()),
    }
}

/// The `creator` of a resource: left out when the token lacks `user.read`.
pub fn creator(u: &user::Model, viewer: &Caller, base: &Base) -> Option<api::User> {
    viewer.has_scope("user.read").then(|| view(u, viewer, base))
}
