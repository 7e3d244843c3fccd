//! The API view of a template (a record template's `data` is an object, an extras
//! template's a list of extras).

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::super::links::Base;
use super::super::resources::plain;
use super::super::users;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::store::entities::{kd_template, user};

/// The view of `t` for `viewer`.
pub fn template(
    t: &kd_template::Model,
    creator: Option<&user::Model>,
    viewer: &Caller,
    base: &Base,
) -> api::Template {
    let path = format!("/templates/{}", t.id);
    let at = |suffix: &str| base.url(&format!("{path}{suffix}"));
    let type_ = api::TemplateType::from_wire(&t.r#type).unwrap_or(api::TemplateType::Record);
    let data = serde_json::from_str(&t.data).unwrap_or_else(|_| match type_ {
        api::TemplateType::Extras => serde_json::json!([]),
        _ => serde_json::json!({}),
    });
    api::Template {
        id: i64::from(t.id),
        identifier: t.identifier.clone(),
        title: t.title.clone(),
        description: t.description.clone(),
        plain_description: Some(plain(&t.description)),
        visibility: api::Visibility::from_wire(&t.visibility).unwrap_or(api::Visibility::Private),
        state: api::ResourceState::from_wire(&t.state).unwrap_or(api::ResourceState::Active),
        created_at: iso_micros(t.created_at),
        last_modified: iso_micros(t.last_modified),
        creator: creator.and_then(|u| users::creator(u, viewer, base)),
        type_,
        data,
        links: Some(api::TemplateLinks {
            self_: at(""),
            user_roles: at("/roles/users"),
            group_roles: at("/roles/groups"),
            revisions: at("/revisions"),
            view: Some(base.view(&path)),
        }),
        actions: Some(api::TemplateActions {
            edit: at(""),
            delete: at(""),
            add_user_role: at("/roles/users"),
            add_group_role: at("/roles/groups"),
        }),
    }
}
