//! The API index, instance information, the license catalogue, tags in use, the trash
//! and OpenID Connect user info.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::error::KadiError;
use super::licenses::LICENSES;
use super::links::Base;
use super::paging::Page;
use crate::authz::kadi4mat::Caller;
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store::kadi4mat::misc::{self as store, TagSource};

/// The Kadi4Mat version Understudy reproduces.
pub const VERSION: &str = "1.13.0";

pub fn index(base: &Base) -> api::ApiIndex {
    api::ApiIndex {
        collections: base.url("/collections"),
        groups: base.url("/groups"),
        info: base.url("/info"),
        licenses: base.url("/licenses"),
        records: base.url("/records"),
        roles: base.url("/roles"),
        tags: base.url("/tags"),
        templates: base.url("/templates"),
        trash: base.url("/trash"),
        users: base.url("/users"),
    }
}

pub fn info() -> api::Info {
    api::Info {
        version: VERSION.into(),
    }
}

/// The catalogue, by title, filtered by name or title.
pub fn licenses(req: &Request, page: Page, filter: Option<&str>) -> api::LicensePage {
    let filter = filter.unwrap_or_default().to_lowercase();
    let mut found: Vec<_> = LICENSES
        .iter()
        .filter(|(name, title, _)| {
            name.to_lowercase().contains(&filter) || title.to_lowercase().contains(&filter)
        })
        .collect();
    found.sort_by_key(|(_, title, _)| *title);
    let total = found.len() as u64;
    let items = found
        .into_iter()
        .skip(page.offset() as usize)
        .take(page.limit() as usize)
        .map(|(name, title, url)| api::License {
            name: name.to_string(),
            title: title.to_string(),
            url: url.map(str::to_string),
        })
        .collect();
    api::LicensePage {
        items,
        pagination: page.pagination(total, &Base::of(req), req),
    }
}

/// Tags in use on what the caller may read; `tag_type` narrows to `record` or
/// `collection` (anything else is ignored, as Kadi ignores query values it cannot read).
pub async fn tags(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    page: Page,
    filter: Option<&str>,
    tag_type: Option<&str>,
) -> Result<api::TagPage, KadiError> {
    let source = match tag_type {
        Some("record") => TagSource::Records,
        Some("collection") => TagSource::Collections,
        _ => TagSource::Both,
    };
    // Tags are stored lower-cased; so is the filter, so that both engines' LIKE agree.
    let filter = filter.unwrap_or_default().to_lowercase();
    let all = store::tags(&state.db, caller, &filter, source).await?;
    let total = all.len() as u64;
    let items = all
        .into_iter()
        .skip(page.offset() as usize)
        .take(page.limit() as usize)
        .map(|name| api::Tag { name })
        .collect();
    Ok(api::TagPage {
        items,
        pagination: page.pagination(total, &Base::of(req), req),
    })
}

/// The caller's deleted resources, most recently deleted first.
pub async fn trash(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    page: Page,
    filter: Option<&str>,
) -> Result<api::TrashPage, KadiError> {
    let base = Base::of(req);
    let all = store::trash(&state.db, caller, filter.unwrap_or_default()).await?;
    let total = all.len() as u64;
    let items = all
        .into_iter()
        .skip(page.offset() as usize)
        .take(page.limit() as usize)
        .map(|t| {
            let path = format!("/{}s/{}", t.kind.as_str(), t.id);
            api::TrashItem {
                id: i64::from(t.id),
                identifier: t.identifier,
                title: t.title,
                visibility: api::TrashItemVisibility::from_wire(&t.visibility),
                state: api::ResourceState::Deleted,
                created_at: Some(iso_micros(t.created_at)),
                last_modified: Some(iso_micros(t.last_modified)),
                links: Some([("self".to_string(), base.url(&path))].into()),
                actions: Some(
                    [
                        ("restore".to_string(), base.url(&format!("{path}/restore"))),
                        ("purge".to_string(), base.url(&format!("{path}/purge"))),
                    ]
                    .into(),
                ),
            }
        })
        .collect();
    Ok(api::TrashPage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}

/// The OpenID Connect claims of the caller.
pub fn userinfo(caller: &Caller) -> api::UserInfo {
    let user = caller.user();
    api::UserInfo {
        sub: user.id.to_string(),
        name: Some(super::users::displayname(user)),
        preferred_username: user.username.clone(),
        email: Some(user.email.clone()),
        email_verified: Some(true),
    }
}
