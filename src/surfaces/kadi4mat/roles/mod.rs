//! Roles on records, collections and templates: which users and groups hold which role
//! (listed, given, changed, taken away by the resource's admins), and the catalogue of
//! roles and the actions each permits. A resource's creator keeps their admin role.

pub mod catalog;
pub mod groups;
pub mod users;

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::error::KadiError;
use super::links::Base;
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::roles::Subject;

/// The role names a resource of `kind` knows (records and collections have
/// `collaborator`, who may link; templates and groups do not).
pub fn names(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Record | Kind::Collection => &["member", "collaborator", "editor", "admin"],
        Kind::Template | Kind::Group => &["member", "editor", "admin"],
    }
}

/// The role named in a request, if `kind` knows it; Kadi's 400 on `role.name` otherwise.
pub fn checked(kind: Kind, role: &api::RoleName) -> Result<&'static str, KadiError> {
    let name = role.name.wire();
    names(kind)
        .iter()
        .copied()
        .find(|n| *n == name)
        .ok_or_else(|| {
            KadiError::Nested(serde_json::json!({
                "role": {"name": [format!("Must be one of: {}.", names(kind).join(", "))]}
            }))
        })
}

/// `/records/1/roles/users/2`: where an entry is changed (PATCH) and removed (DELETE).
pub fn entry_actions(base: &Base, kind: Kind, resource: i32, path: &str) -> api::RoleEntryActions {
    let url = base.url(&format!("/{}/{resource}/roles/{path}", kind.plural()));
    api::RoleEntryActions {
        change: url.clone(),
        remove: url,
    }
}

/// Gives `subject` (a user or a group) `role` on resource `resource` of `kind`; Kadi's
/// 409 with `held` when it holds one already (also when a concurrent grant won).
pub async fn grant(
    state: &AppState,
    kind: Kind,
    resource: i32,
    subject: Subject,
    role: &str,
    held: &str,
) -> Result<(), KadiError> {
    let conflict = || KadiError::Conflict(held.into());
    if store::kadi4mat::roles::of(&state.db, kind, resource, subject)
        .await?
        .is_some()
    {
        return Err(conflict());
    }
    store::kadi4mat::roles::grant(&state.db, kind, resource, subject, role, state.now_ms())
        .await
        .map_err(|e| match e {
            store::StoreError::Conflict(_) => conflict(),
            other => other.into(),
        })
}
