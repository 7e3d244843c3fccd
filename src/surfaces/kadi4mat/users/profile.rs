//! What a user's profile lists: the records, collections and templates they created
//! (or, with `shared`, those others shared with them through a role) and the groups
//! they created (or, with `common`), always only what the caller may read.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::resources::flag;
use super::directory::user;
use crate::authz::kadi4mat::Caller;
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::{user_holds_role, Action, Kind};
use crate::store::kadi4mat::resources::{Filter, Sort};
use sea_orm::sea_query::{Alias, Expr};

/// The filter for `kind` of the user `owner`'s profile: what they created, or with
/// `shared` what they hold a role on without having created it.
fn owned_or_shared(kind: Kind, owner: i32, shared: bool, query: Option<&str>) -> Filter {
    let mut filter = Filter {
        query: query.map(str::to_string),
        ..Filter::default()
    };
    if shared {
        let id = (Alias::new(kind.table()), Alias::new("id"));
        filter
            .extra
            .push(user_holds_role(kind, id, owner, Action::Read.roles(kind)));
        filter
            .extra
            .push(Expr::col((Alias::new(kind.table()), Alias::new("creator_id"))).ne(owner));
    } else {
        filter.creators = vec![owner];
    }
    filter
}

/// `GET /users/{id}/records`.
pub async fn records(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetUserRecordsParams,
) -> Result<api::RecordPage, KadiError> {
    let owner = user(state, params.id).await?;
    let filter = owned_or_shared(
        Kind::Record,
        owner.id,
        flag(&params.shared),
        params.filter.as_deref(),
    );
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

/// `GET /users/{id}/collections`.
pub async fn collections(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetUserCollectionsParams,
) -> Result<api::CollectionPage, KadiError> {
    let owner = user(state, params.id).await?;
    let listing = super::super::collections::Listing {
        page: Page::new(params.page, params.per_page),
        filter: owned_or_shared(
            Kind::Collection,
            owner.id,
            flag(&params.shared),
            params.filter.as_deref(),
        ),
        sort: &params.sort,
        remove_link: None,
    };
    super::super::collections::list(state, caller, req, listing).await
}

/// `GET /users/{id}/templates`.
pub async fn templates(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetUserTemplatesParams,
) -> Result<api::TemplatePage, KadiError> {
    let owner = user(state, params.id).await?;
    let filter = owned_or_shared(
        Kind::Template,
        owner.id,
        flag(&params.shared),
        params.filter.as_deref(),
    );
    let page = Page::new(params.page, params.per_page);
    super::super::templates::list(state, caller, req, page, &filter, &params.sort).await
}

/// `GET /users/{id}/groups`: the groups the user created, or with `common` the groups
/// both the user and the caller are members of.
pub async fn groups(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetUserGroupsParams,
) -> Result<api::GroupPage, KadiError> {
    let owner = user(state, params.id).await?;
    let mut filter = Filter {
        query: params.filter.clone(),
        ..Filter::default()
    };
    if flag(&params.common) {
        filter
            .extra
            .push(store::kadi4mat::users::groups_with_member(owner.id));
        filter
            .extra
            .push(store::kadi4mat::users::groups_with_member(caller.id()));
    } else {
        filter.creators = vec![owner.id];
    }
    let page = Page::new(params.page, params.per_page);
    super::super::groups::list(state, caller, req, page, &filter, &params.sort).await
}
