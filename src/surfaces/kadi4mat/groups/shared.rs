//! What is shared with a group: the records, collections and templates it holds a role
//! on (Kadi: its explicit permissions; a public resource it has no role on is not
//! listed), and of those only what the caller may read. The caller must be able to
//! read the group itself.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use crate::authz::kadi4mat::{self as authz, Caller, Read};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::resources::{Filter, Sort};

/// The filter of resources of `kind` the readable group `group_id` holds a role on
/// whose title, identifier or description contains `text`.
async fn shared_with(
    state: &AppState,
    caller: &Caller,
    group_id: i64,
    kind: Kind,
    text: Option<&str>,
) -> Result<Filter, KadiError> {
    let group = authz::resource::<Read>(state, caller, Kind::Group, group_id).await?;
    Ok(Filter {
        query: text.map(str::to_string),
        extra: vec![store::kadi4mat::groups::holds_role_on(kind, group.id())],
        ..Filter::default()
    })
}

/// `GET /groups/{id}/records`.
pub async fn records(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetGroupRecordsParams,
) -> Result<api::RecordPage, KadiError> {
    let filter = shared_with(
        state,
        caller,
        params.id,
        Kind::Record,
        params.filter.as_deref(),
    )
    .await?;
    let page = Page::new(params.page, params.per_page);
    let base = Base::of(req);
    let (ids, total) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Record,
        caller,
        &filter,
        Sort::parse(&params.sort),
        page.offset(),
        page.limit(),
    )
    .await?;
    let stored = store::kadi4mat::records::load(&state.db, &ids).await?;
    Ok(api::RecordPage {
        items: super::super::lifecycle::views(state, caller, &base, &stored).await?,
        pagination: page.pagination(total, &base, req),
        actions: None,
    })
}

/// `GET /groups/{id}/collections`.
pub async fn collections(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetGroupCollectionsParams,
) -> Result<api::CollectionPage, KadiError> {
    let filter = shared_with(
        state,
        caller,
        params.id,
        Kind::Collection,
        params.filter.as_deref(),
    )
    .await?;
    let listing = super::super::collections::Listing {
        page: Page::new(params.page, params.per_page),
        filter,
        sort: &params.sort,
        remove_link: None,
    };
    super::super::collections::list(state, caller, req, listing).await
}

/// `GET /groups/{id}/templates`.
pub async fn templates(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetGroupTemplatesParams,
) -> Result<api::TemplatePage, KadiError> {
    let filter = shared_with(
        state,
        caller,
        params.id,
        Kind::Template,
        params.filter.as_deref(),
    )
    .await?;
    let page = Page::new(params.page, params.per_page);
    super::super::templates::list(state, caller, req, page, &filter, &params.sort).await
}
