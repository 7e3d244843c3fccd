//! A group's members: listed for anyone who may read the group; added, given another
//! role and removed by its admins (the `members` action). The creator's membership is
//! fixed: Kadi answers a change or removal of it with 409. Groups know the roles
//! `member`, `editor` and `admin`.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::users::directory::user;
use super::view;
use crate::authz::kadi4mat::{self as authz, Caller, Members, Read};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::members::MemberFilter;

/// The stored name of a role a group knows; Kadi refuses any other (`collaborator`,
/// which records and collections know) with a 400.
pub fn group_role(name: api::RoleNameValue) -> Result<&'static str, KadiError> {
    match name {
        api::RoleNameValue::Member => Ok("member"),
        api::RoleNameValue::Editor => Ok("editor"),
        api::RoleNameValue::Admin => Ok("admin"),
        api::RoleNameValue::Collaborator => Err(KadiError::BadRequest(
            "A role with that name does not exist.".into(),
        )),
    }
}

/// `GET /groups/{id}/members`: the creator first, then by role (highest first) and
/// user id; `filter` matches names, `exclude` leaves users out.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetGroupMembersParams,
) -> Result<api::UserRolePage, KadiError> {
    let group = authz::resource::<Read>(state, caller, Kind::Group, params.id).await?;
    let page = Page::new(params.page, params.per_page);
    let filter = MemberFilter {
        name: params.filter.clone(),
        exclude: params
            .exclude
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i32::try_from(*i).ok())
            .collect(),
    };
    let (memberships, total) = store::kadi4mat::members::page(
        &state.db,
        group.id(),
        group.row().creator_id,
        &filter,
        page.offset(),
        page.limit(),
    )
    .await?;
    let ids: Vec<i32> = memberships.iter().map(|m| m.user_id).collect();
    let users = store::accounts::users_by_id(&state.db, &ids).await?;
    let base = Base::of(req);
    let items = memberships
        .iter()
        .filter_map(|m| {
            let u = users.get(&m.user_id)?;
            Some(view::member(u, &m.role, group.id(), caller, &base))
        })
        .collect();
    Ok(api::UserRolePage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}

/// `POST /groups/{id}/members`: 404 for an unknown user, 409 for a member.
pub async fn add(
    state: &AppState,
    caller: &Caller,
    group_id: i64,
    body: api::UserRoleAssignment,
) -> Result<(), KadiError> {
    let group = authz::resource::<Members>(state, caller, Kind::Group, group_id).await?;
    let new_member = user(state, body.user.id).await?;
    let already = || KadiError::Conflict("A role for that resource already exists.".into());
    if store::kadi4mat::members::role(&state.db, group.id(), new_member.id)
        .await?
        .is_some()
    {
        return Err(already());
    }
    let role = group_role(body.role.name)?;
    store::kadi4mat::members::add(&state.db, &group, new_member.id, role, state.now_ms())
        .await
        .map_err(|e| match e {
            // Another request made them a member first.
            store::StoreError::Conflict(_) => already(),
            other => other.into(),
        })
}

/// `PATCH /groups/{id}/members/{user_id}`: 409 for the creator, 404 for a non-member.
pub async fn change(
    state: &AppState,
    caller: &Caller,
    group_id: i64,
    user_id: i64,
    body: api::RoleName,
) -> Result<(), KadiError> {
    let group = authz::resource::<Members>(state, caller, Kind::Group, group_id).await?;
    let member = user(state, user_id).await?;
    if member.id == group.row().creator_id {
        return Err(KadiError::Conflict(
            "Cannot change the creator's role.".into(),
        ));
    }
    if store::kadi4mat::members::role(&state.db, group.id(), member.id)
        .await?
        .is_none()
    {
        return Err(KadiError::NotFound);
    }
    let role = group_role(body.name)?;
    if !store::kadi4mat::members::change(&state.db, &group, member.id, role, state.now_ms()).await?
    {
        return Err(KadiError::NotFound);
    }
    Ok(())
}

/// `DELETE /groups/{id}/members/{user_id}`: 409 for the creator, 404 for a non-member.
pub async fn remove(
    state: &AppState,
    caller: &Caller,
    group_id: i64,
    user_id: i64,
) -> Result<(), KadiError> {
    let group = authz::resource::<Members>(state, caller, Kind::Group, group_id).await?;
    let member = user(state, user_id).await?;
    if member.id == group.row().creator_id {
        return Err(KadiError::Conflict(
            "Cannot remove the creator's role.".into(),
        ));
    }
    if !store::kadi4mat::members::remove(&state.db, &group, member.id, state.now_ms()).await? {
        return Err(KadiError::NotFound);
    }
    Ok(())
}
