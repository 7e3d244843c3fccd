//! KAWA's workspaces: the ones a caller may see (administrators every one, others the
//! public ones and their own), listed with the `name` and `tag` filters or read by id,
//! and the view every answer about a workspace uses ([`view`]).

mod view;

pub use view::{workspace, workspaces};

use std::collections::HashSet;

use generated::kawa::v1 as api;

use super::error::KawaError;
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;
use crate::store::kawa::workspaces as store;

/// The workspaces the caller may work in, oldest first, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Workspace>, KawaError> {
    let mine: HashSet<i32> = store::memberships(&state.db, caller.id())
        .await?
        .into_iter()
        .collect();
    let visible: Vec<_> = store::all(&state.db, caller)
        .await?
        .into_iter()
        .filter(|w| caller.is_admin() || w.is_public || mine.contains(&w.id))
        .filter(|w| super::kept(&w.name, &crate::store::kawa::text_list(&w.tags), name, tag))
        .collect();
    workspaces(&state.db, &visible).await
}

/// The workspace with `id`: 404 when there is none, 403 when the caller may not work in
/// it.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Workspace, KawaError> {
    let readable = authz::readable(state, caller, id).await?;
    workspace(&state.db, readable.workspace()).await
}
