//! The roles users hold on a record, collection or template.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::users;
use super::{checked, entry_actions, grant};
use crate::authz::kadi4mat::{self as authz, Caller, Permissions, Read};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::roles::{RoleFilter, Subject};

/// What a listing of user roles asks for.
pub struct Listing<'a> {
    pub page: Page,
    pub filter: Option<&'a str>,
    pub exclude: &'a [i64],
}

/// `GET /{kind}/{id}/roles/users`: the creator first, then by role name and user id;
/// filtered and paged by the database.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    kind: Kind,
    id: i64,
    listing: Listing<'_>,
) -> Result<api::UserRolePage, KadiError> {
    let resource = authz::resource::<Read>(state, caller, kind, id).await?;
    let filter = RoleFilter {
        name: listing.filter.map(str::to_string),
        exclude: listing
            .exclude
            .iter()
            .filter_map(|id| i32::try_from(*id).ok())
            .collect(),
    };
    let page = listing.page;
    let (held, total) = store::kadi4mat::roles::page(
        &state.db,
        kind,
        resource.id(),
        false,
        Some(resource.row().creator_id),
        &filter,
        page.offset(),
        page.limit(),
    )
    .await?;
    let ids: Vec<i32> = held.iter().map(|h| h.subject_id).collect();
    let people = store::accounts::users_by_id(&state.db, &ids).await?;
    let base = Base::of(req);
    let items = held
        .into_iter()
        .filter_map(|h| {
            let u = people.get(&h.subject_id)?;
            Some(api::UserRole {
                user: users::view(u, caller, &base),
                role: api::RoleName {
                    name: api::RoleNameValue::from_wire(&h.role)?,
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
    grant(
        state,
        kind,
        resource.id(),
        subject,
        role,
        "The user already has a role.",
    )
    .await
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
