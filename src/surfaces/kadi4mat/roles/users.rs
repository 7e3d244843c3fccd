//! The roles users hold on a record, collection or template.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::users;
use super::{checked, entry_actions, order};
use crate::authz::kadi4mat::{self as authz, Caller, Permissions, Read};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::roles::Subject;

/// What a listing of user roles asks for.
pub struct Listing<'a> {
    pub page: Page,
    pub filter: Option<&'a str>,
    pub exclude: &'a [i64],
}

/// `GET /{kind}/{id}/roles/users`: the creator first, then by role name and user id.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    kind: Kind,
    id: i64,
    listing: Listing<'_>,
) -> Result<api::UserRolePage, KadiError> {
    let resource = authz::resource::<Read>(state, caller, kind, id).await?;
    let roles = store::kadi4mat::roles::all(&state.db, kind, resource.id(), false).await?;
    let ids: Vec<i32> = roles.iter().map(|r| r.subject_id).collect();
    let people = store::accounts::users_by_id(&state.db, &ids).await?;
    let wanted = listing
        .filter
        .map(|f| f.trim().to_lowercase())
        .unwrap_or_default();
    let mut entries: Vec<(String, crate::store::entities::user::Model)> = roles
        .into_iter()
        .filter(|r| !listing.exclude.contains(&i64::from(r.subject_id)))
        .filter_map(|r| people.get(&r.subject_id).cloned().map(|u| (r.role, u)))
        .filter(|(_, u)| {
            wanted.is_empty()
                || users::displayname(u).to_lowercase().contains(&wanted)
                || u.username
                    .as_deref()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains(&wanted)
        })
        .collect();
    let creator = resource.row().creator_id;
    order(&mut entries, |(role, u)| {
        (u.id == creator, role.clone(), u.id)
    });
    let base = Base::of(req);
    let page = listing.page;
    let total = entries.len() as u64;
    let items = entries
        .into_iter()
        .skip(page.offset() as usize)
        .take(page.limit() as usize)
        .filter_map(|(role, u)| {
            Some(api::UserRole {
                user: users::view(&u, caller, &base),
                role: api::RoleName {
                    name: api::RoleNameValue::from_wire(&role)?,
                },
                actions: Some(entry_actions(
                    &base,
                    kind,
                    resource.id(),
                    &format!("users/{}", u.id),
                )),
            })
        })
        .collect();
    Ok(api::UserRolePage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}

/// The user a request names, or Kadi's 404.
async fn user(state: &AppState, id: i64) -> Result<i32, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    store::accounts::user_by_id(&state.db, id)
        .await?
        .map(|u| u.id)
        .ok_or(KadiError::NotFound)
}

/// `POST /{kind}/{id}/roles/users`: 409 when the user holds a role already.
pub async fn add(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    body: api::UserRoleAssignment,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let role = checked(kind, &body.role)?;
    let subject = Subject::User(user(state, body.user.id).await?);
    let held = store::kadi4mat::roles::of(&state.db, kind, resource.id(), subject).await?;
    if held.is_some() {
        return Err(KadiError::Conflict("The user already has a role.".into()));
    }
    store::kadi4mat::roles::grant(
        &state.db,
        kind,
        resource.id(),
        subject,
        role,
        state.now_ms(),
    )
    .await
    .map_err(|e| match e {
        store::StoreError::Conflict(_) => {
            KadiError::Conflict("The user already has a role.".into())
        }
        other => other.into(),
    })
}

/// `PATCH /{kind}/{id}/roles/users/{user_id}`: never the creator's.
pub async fn change(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    user_id: i64,
    body: api::RoleName,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let role = checked(kind, &body)?;
    let target = user(state, user_id).await?;
    if target == resource.row().creator_id {
        return Err(KadiError::Conflict(
            "The creator's role cannot be changed.".into(),
        ));
    }
    if !store::kadi4mat::roles::change(&state.db, kind, resource.id(), Subject::User(target), role)
        .await?
    {
        return Err(KadiError::NotFound);
    }
    Ok(())
}

/// `DELETE /{kind}/{id}/roles/users/{user_id}`: never the creator's.
pub async fn remove(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    user_id: i64,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let target = user(state, user_id).await?;
    if target == resource.row().creator_id {
        return Err(KadiError::Conflict(
            "The creator's role cannot be removed.".into(),
        ));
    }
    if !store::kadi4mat::roles::revoke(&state.db, kind, resource.id(), Subject::User(target))
        .await?
    {
        return Err(KadiError::NotFound);
    }
    Ok(())
}
