//! The API view of a collection.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::super::links::Base;
use super::super::resources::plain;
use super::super::users;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::store::entities::user;
use crate::store::kadi4mat::collections::Stored;

/// The view of `stored` for `viewer`; `remove_link` is the URL that unlinks it from the
/// resource it is listed under, if any.
pub fn collection(
    stored: &Stored,
    creator: Option<&user::Model>,
    viewer: &Caller,
    base: &Base,
    remove_link: Option<String>,
) -> api::Collection {
    let c = &stored.collection;
    let path = format!("/collections/{}", c.id);
    let at = |suffix: &str| base.url(&format!("{path}{suffix}"));
    api::Collection {
        id: i64::from(c.id),
        identifier: c.identifier.clone(),
        title: c.title.clone(),
        description: c.description.clone(),
        plain_description: Some(plain(&c.description)),
        visibility: api::ResourceVisibility::from_wire(&c.visibility)
            .unwrap_or(api::ResourceVisibility::Private),
        state: api::ResourceState::from_wire(&c.state).unwrap_or(api::ResourceState::Active),
        created_at: iso_micros(c.created_at),
        last_modified: iso_micros(c.last_modified),
        creator: creator.and_then(|u| users::creator(u, viewer, base)),
        tags: stored.tags.clone(),
        links: Some(api::CollectionLinks {
            self_: at(""),
            records: at("/records"),
            children: at("/collections"),
            user_roles: at("/roles/users"),
            group_roles: at("/roles/groups"),
            revisions: at("/revisions"),
            view: Some(base.view(&path)),
            parent: c.parent_id.map(|p| base.url(&format!("/collections/{p}"))),
            record_template: c
                .record_template_id
                .map(|t| base.url(&format!("/templates/{t}"))),
        }),
        actions: Some(api::CollectionActions {
            edit: at(""),
            delete: at(""),
            link_record: at("/records"),
            link_collection: at("/collections"),
            add_user_role: at("/roles/users"),
            add_group_role: at("/roles/groups"),
            remove_link,
        }),
    }
}
