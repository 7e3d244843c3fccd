//! The roles groups hold on a record, collection or template (every member of the
//! group acts with it).

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::{checked, entry_actions, grant};
use crate::authz::kadi4mat::{self as authz, Caller, Permissions, Read};
use crate::state::AppState;
use crate::store;
use crate::store::entities::kd_group;
use crate::store::kadi4mat::access::{Action, Kind};
use crate::store::kadi4mat::roles::{RoleFilter, Subject};

/// A group the caller may not read shows only its id, identifier, title and visibility.
fn shown(g: &kd_group::Model, readable: bool, view: api::Group) -> api::Group {
    if readable {
        return view;
    }
    api::Group {
        id: i64::from(g.id),
        identifier: g.identifier.clone(),
        title: g.title.clone(),
        visibility: view.visibility,
        description: None,
        plain_description: None,
        state: None,
        created_at: None,
        last_modified: None,
        creator: None,
        links: None,
        actions: None,
    }
}

/// `GET /{kind}/{id}/roles/groups`: by role name, then group id.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    kind: Kind,
    id: i64,
    page: Page,
    filter: Option<&str>,
) -> Result<api::GroupRolePage, KadiError> {
    let resource = authz::resource::<Read>(state, caller, kind, id).await?;
    let filter = RoleFilter {
        name: filter.map(str::to_string),
        exclude: Vec::new(),
    };
    let (held, total) = store::kadi4mat::roles::page(
        &state.db,
        kind,
        resource.id(),
        true,
        None,
        &filter,
        page.offset(),
        page.limit(),
    )
    .await?;
    let ids: Vec<i32> = held.iter().map(|h| h.subject_id).collect();
    let rows = store::kadi4mat::groups::load(&state.db, &ids).await?;
    let shown_rows: Vec<(String, kd_group::Model)> = held
        .into_iter()
        .filter_map(|h| {
            let g = rows.iter().find(|g| g.id == h.subject_id)?;
            Some((h.role, g.clone()))
        })
        .collect();
    let base = Base::of(req);
    let groups_only: Vec<kd_group::Model> = shown_rows.iter().map(|(_, g)| g.clone()).collect();
    let views = super::super::lifecycle::views(state, caller, &base, &groups_only).await?;
    let mut items = Vec::with_capacity(views.len());
    for ((role, g), view) in shown_rows.iter().zip(views) {
        let common = store::kadi4mat::resources::by_id(&state.db, Kind::Group, g.id).await?;
        let readable = match &common {
            Some(row) => authz::may(state, caller, Kind::Group, row, Action::Read).await?,
            None => false,
        };
        let Some(name) = api::RoleNameValue::from_wire(role) else {
            continue;
        };
        items.push(api::GroupRole {
            group: shown(g, readable, view),
            role: api::RoleName { name },
            actions: Some(entry_actions(
                &base,
                kind,
                resource.id(),
                &format!("groups/{}", g.id),
            )),
        });
    }
    Ok(api::GroupRolePage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}

/// The active group a request names, or Kadi's 404.
async fn group(state: &AppState, id: i64) -> Result<i32, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    match store::kadi4mat::resources::by_id(&state.db, Kind::Group, id).await? {
        Some(g) if g.state == "active" => Ok(g.id),
        _ => Err(KadiError::NotFound),
    }
}

/// `POST /{kind}/{id}/roles/groups`: 409 when the group holds a role already.
pub async fn add(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    body: api::GroupRoleAssignment,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let role = checked(kind, &body.role)?;
    let subject = Subject::Group(group(state, body.group.id).await?);
    grant(
        state,
        kind,
        resource.id(),
        subject,
        role,
        "The group already has a role.",
    )
    .await
}

/// `PATCH /{kind}/{id}/roles/groups/{group_id}`.
pub async fn change(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    group_id: i64,
    body: api::RoleName,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let role = checked(kind, &body)?;
    let subject = Subject::Group(group(state, group_id).await?);
    if !store::kadi4mat::roles::change(&state.db, kind, resource.id(), subject, role).await? {
        return Err(KadiError::NotFound);
    }
    Ok(())
}

/// `DELETE /{kind}/{id}/roles/groups/{group_id}`.
pub async fn remove(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
    group_id: i64,
) -> Result<(), KadiError> {
    let resource = authz::resource::<Permissions>(state, caller, kind, id).await?;
    let subject = Subject::Group(group(state, group_id).await?);
    if !store::kadi4mat::roles::revoke(&state.db, kind, resource.id(), subject).await? {
        return Err(KadiError::NotFound);
    }
    Ok(())
}
