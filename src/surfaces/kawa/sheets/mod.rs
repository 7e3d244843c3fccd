//! KAWA's sheets and layouts as the workspace shows them: listed with the `name` and
//! `tag` filters (those the caller may see: administrators, owners, shared ones), read
//! by id, and a sheet's schema. Writes are commands ([`super::commands::sheets`]).

mod view;

pub use view::{columns, layout, links, primary, sheet, sheets, LayoutDefinition};

use generated::kawa::v1 as api;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::state::AppState;
use crate::store::entities::kw_sheet;
use crate::store::kawa::{datasources, scoped, sheets as store, text_list};

/// The workspace a read by id acts in; without one nothing has the id.
async fn scope(
    state: &AppState,
    caller: &Caller,
    kind: &str,
    id: &str,
) -> Result<InWorkspace, KawaError> {
    authz::scope(state, caller)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No {kind} with id {id}")))
}

/// The sheets of the workspace the request acts in that the caller sees, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Sheet>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    let kept: Vec<_> = scoped::all::<kw_sheet::Entity, _>(&state.db, &scope)
        .await?
        .into_iter()
        .filter(|s| authz::sees_sheet(caller, s))
        .filter(|s| kept(&s.name, &text_list(&s.tags), name, tag))
        .collect();
    sheets(&state.db, &kept).await
}

/// The sheet `id`.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Sheet, KawaError> {
    let scope = scope(state, caller, "sheet", id).await?;
    let found = authz::read_sheet(&state.db, caller, &scope, id).await?;
    let mut one = sheets(&state.db, std::slice::from_ref(found.model())).await?;
    one.pop().ok_or(KawaError::Internal)
}

/// The columns of sheet `id`.
pub async fn schema(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::SheetSchema, KawaError> {
    let scope = scope(state, caller, "sheet", id).await?;
    let found = authz::read_sheet(&state.db, caller, &scope, id).await?;
    let ds = match primary(found.model()) {
        Some(ds) => datasources::by_id(&state.db, ds).await?,
        None => None,
    };
    Ok(api::SheetSchema {
        sheet_id: id.to_string(),
        schema: columns(ds.as_ref()),
    })
}

/// The layouts of the sheets the caller sees in the workspace, filtered.
pub async fn list_layouts(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Layout>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    let seen: std::collections::HashSet<i32> =
        scoped::all::<kw_sheet::Entity, _>(&state.db, &scope)
            .await?
            .into_iter()
            .filter(|s| authz::sees_sheet(caller, s))
            .map(|s| s.id)
            .collect();
    Ok(store::layouts(&state.db, &scope)
        .await?
        .iter()
        .filter(|l| seen.contains(&l.sheet_id))
        .filter(|l| kept(&l.name, &text_list(&l.tags), name, tag))
        .map(layout)
        .collect())
}

/// The layout `id`.
pub async fn get_layout(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::Layout, KawaError> {
    let all = list_layouts(state, caller, None, None).await?;
    super::directory::by_id(all, id, "layout", |l| &l.id)
}
