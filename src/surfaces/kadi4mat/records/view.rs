//! The API view of a record: its attributes, its extras, its creator (with `user.read`)
//! and its `_links` and `_actions` on the caller's host and prefix.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::super::links::Base;
use super::super::resources::plain;
use super::super::users;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::store::entities::user;
use crate::store::kadi4mat::records::Stored;

/// The view of `stored` for `viewer`; `creator` is its creator's row.
pub fn record(
    stored: &Stored,
    creator: Option<&user::Model>,
    viewer: &Caller,
    base: &Base,
) -> api::Record {
    let r = &stored.record;
    let path = format!("/records/{}", r.id);
    let at = |suffix: &str| base.url(&format!("{path}{suffix}"));
    api::Record {
        id: i64::from(r.id),
        identifier: r.identifier.clone(),
        title: r.title.clone(),
        description: r.description.clone(),
        plain_description: Some(plain(&r.description)),
        visibility: api::ResourceVisibility::from_wire(&r.visibility)
            .unwrap_or(api::ResourceVisibility::Private),
        state: api::ResourceState::from_wire(&r.state).unwrap_or(api::ResourceState::Active),
        created_at: iso_micros(r.created_at),
        last_modified: iso_micros(r.last_modified),
        creator: creator.and_then(|c| users::creator(c, viewer, base)),
        type_: r.r#type.clone(),
        license: r.license.clone(),
        tags: stored.tags.clone(),
        extras: serde_json::from_str(&r.extras).unwrap_or_default(),
        links: Some(api::RecordLinks {
            self_: at(""),
            files: at("/files"),
            download_files: at("/files/download"),
            uploads: at("/uploads"),
            collections: at("/collections"),
            records_to: base.url_with(&format!("{path}/records"), "direction=out"),
            records_from: base.url_with(&format!("{path}/records"), "direction=in"),
            user_roles: at("/roles/users"),
            group_roles: at("/roles/groups"),
            revisions: at("/revisions"),
            file_revisions: at("/files/revisions"),
            view: Some(base.view(&path)),
        }),
        actions: Some(api::RecordActions {
            edit: at(""),
            delete: at(""),
            new_upload: at("/uploads"),
            link_record: at("/records"),
            link_collection: at("/collections"),
            add_user_role: at("/roles/users"),
            add_group_role: at("/roles/groups"),
            remove_link: None,
        }),
    }
}
