//! Groups: create (the creator becomes the admin member), read, edit, delete to the
//! trash, restore, purge and search; their members in [`members`]; the records,
//! collections and templates shared with them in [`shared`].

pub mod members;
pub mod shared;
pub mod view;

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::error::KadiError;
use super::lifecycle;
use super::links::Base;
use super::paging::Page;
use super::resources::{self, flag, Problems};
use crate::authz::kadi4mat::{self as authz, Caller, Update};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::groups::{GroupChanges, NewGroup};
use crate::store::kadi4mat::resources::{Filter, Sort};

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
        items: lifecycle::views(state, caller, &base, &rows).await?,
        pagination: page.pagination(total, &base, req),
        actions: None,
    })
}

/// The group `body` describes, checked and normalised as `POST /groups` does (a
/// fixtures file's groups meet the same rules).
pub fn checked_new(body: &api::GroupCreate) -> Result<NewGroup, KadiError> {
    let mut problems = Problems::default();
    let new = NewGroup {
        identifier: resources::identifier(&body.identifier, &mut problems),
        title: resources::title(&body.title, &mut problems),
        description: resources::description(
            body.description.as_deref().unwrap_or(""),
            &mut problems,
        ),
        visibility: body
            .visibility
            .unwrap_or(api::Visibility::Private)
            .wire()
            .to_string(),
    };
    problems.finish()?;
    Ok(new)
}

/// `POST /groups`: the caller becomes its admin member.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    body: api::GroupCreate,
) -> Result<api::Group, KadiError> {
    let new = checked_new(&body)?;
    resources::identifier_free(state, Kind::Group, &new.identifier, None).await?;
    let row = store::kadi4mat::groups::insert(&state.db, caller, new, state.now_ms())
        .await
        .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, row).await
}

/// `PATCH /groups/{id}`: for the group's editors and admins.
pub async fn edit(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
    body: api::GroupUpdate,
) -> Result<api::Group, KadiError> {
    let group = authz::resource::<Update>(state, caller, Kind::Group, id).await?;
    let mut problems = Problems::default();
    let changes = GroupChanges {
        identifier: body
            .identifier
            .as_deref()
            .map(|i| resources::identifier(i, &mut problems)),
        title: body
            .title
            .as_deref()
            .map(|t| resources::title(t, &mut problems)),
        description: body
            .description
            .as_deref()
            .map(|d| resources::description(d, &mut problems)),
        visibility: body.visibility.map(|v| v.wire().to_string()),
    };
    problems.finish()?;
    if let Some(identifier) = &changes.identifier {
        resources::identifier_free(state, Kind::Group, identifier, Some(group.id())).await?;
    }
    let row = store::kadi4mat::groups::update(&state.db, &group, caller, changes, state.now_ms())
        .await
        .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, row).await
}

/// `POST /groups/{id}/purge`.
pub async fn purge(state: &AppState, caller: &Caller, id: i64) -> Result<(), KadiError> {
    let group = authz::trashed(state, caller, Kind::Group, id).await?;
    store::kadi4mat::groups::purge(&state.db, &group).await?;
    Ok(())
}

/// `GET /groups`: Kadi's search, with `_actions.new_group`.
pub async fn search(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetGroupsParams,
) -> Result<api::GroupPage, KadiError> {
    let mut filter = Filter {
        query: params.query.clone(),
        // Other values are ignored, as Kadi ignores them.
        visibility: params
            .visibility
            .filter(|v| ["private", "public"].contains(&v.as_str())),
        creators: params
            .user
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i32::try_from(*i).ok())
            .filter(|i| *i > 0)
            .collect(),
        ..Filter::default()
    };
    if flag(&params.member_only) {
        // Membership, whatever the visibility (a public group one is not in is left out).
        filter
            .extra
            .push(store::kadi4mat::users::groups_with_member(caller.id()));
    }
    // No search engine ranks here: `_score` is the order Kadi falls back to.
    let sort = if params.sort == "_score" {
        "-last_modified"
    } else {
        params.sort.as_str()
    };
    let page = Page::search(params.page, params.per_page);
    let mut found = list(state, caller, req, page, &filter, sort).await?;
    found.actions = Some([("new_group".to_string(), Base::of(req).url("/groups"))].into());
    Ok(found)
}
