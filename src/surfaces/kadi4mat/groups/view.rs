//! The API views of a group and of a membership in one.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::super::links::Base;
use super::super::resources::plain;
use super::super::users;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::store::entities::{kd_group, user};

/// The view of `g` for `viewer`.
pub fn group(
    g: &kd_group::Model,
    creator: Option<&user::Model>,
    viewer: &Caller,
    base: &Base,
) -> api::Group {
    let path = format!("/groups/{}", g.id);
    let at = |suffix: &str| base.url(&format!("{path}{suffix}"));
    api::Group {
        id: i64::from(g.id),
        identifier: g.identifier.clone(),
        title: g.title.clone(),
        description: Some(g.description.clone()),
        plain_description: Some(plain(&g.description)),
        visibility: api::Visibility::from_wire(&g.visibility).unwrap_or(api::Visibility::Private),
        state: api::ResourceState::from_wire(&g.state),
        created_at: Some(iso_micros(g.created_at)),
        last_modified: Some(iso_micros(g.last_modified)),
        creator: creator.and_then(|u| users::creator(u, viewer, base)),
        links: Some(api::GroupLinks {
            self_: at(""),
            members: at("/members"),
            records: at("/records"),
            collections: at("/collections"),
            templates: at("/templates"),
            revisions: at("/revisions"),
            view: Some(base.view(&path)),
            image: None,
        }),
        actions: Some(api::GroupActions {
            edit: at(""),
            delete: at(""),
            add_member: at("/members"),
        }),
    }
}

/// Member `u`'s entry (with `role`) in group `group_id`, for `viewer`: the entry's
/// `_actions` change and remove the membership.
pub fn member(
    u: &user::Model,
    role: &str,
    group_id: i32,
    viewer: &Caller,
    base: &Base,
) -> api::UserRole {
    let entry = base.url(&format!("/groups/{group_id}/members/{}", u.id));
    api::UserRole {
        user: users::view(u, viewer, base),
        role: api::RoleName {
            name: api::RoleNameValue::from_wire(role).unwrap_or(api::RoleNameValue::Member),
        },
        actions: Some(api::RoleEntryActions {
            remove: entry.clone(),
            change: entry,
        }),
    }
}
