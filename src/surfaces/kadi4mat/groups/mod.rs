//! Groups: their listings (a user's groups, the groups a caller shares with another).

pub mod view;

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::error::KadiError;
use super::links::Base;
use super::paging::Page;
use crate::authz::kadi4mat::Caller;
use crate::state::AppState;
use crate::store;
use crate::store::entities::kd_group;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::resources::{Filter, Sort};

/// Views of `rows`, with their creators.
pub async fn views(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    rows: &[kd_group::Model],
) -> Result<Vec<api::Group>, KadiError> {
    let creators: Vec<i32> = rows.iter().map(|g| g.creator_id).collect();
    let users = store::accounts::users_by_id(&state.db, &creators).await?;
    Ok(rows
        .iter()
        .map(|g| view::group(g, users.get(&g.creator_id), caller, base))
        .collect())
}

/// One page of the active groups the caller may read that pass `filter`.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    page: Page,
    filter: &Filter,
    sort: &str,
) -> Result<api::GroupPage, KadiError> {
    let base = Base::of(req);
    let (ids, total) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Group,
        caller,
        filter,
        Sort::parse(sort),
        page.offset(),
        page.limit(),
    )
    .await?;
    let rows = store::kadi4mat::groups::load(&state.db, &ids).await?;
    Ok(api::GroupPage {
        items: views(state, caller, &base, &rows).await?,
        pagination: page.pagination(total, &base, req),
        actions: None,
    })
}
