//! Collections: create, read, edit, delete to the trash, restore, purge, search and
//! export; what they hold is in [`contents`].

pub mod contents;
pub mod view;

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::error::KadiError;
use super::lifecycle;
use super::links::Base;
use super::paging::Page;
use super::resources::{self, flag, Problems};
use crate::authz::kadi4mat::{self as authz, Caller, Read, Update};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::collections::{CollectionChanges, NewCollection, Stored};
use crate::store::kadi4mat::resources::{Filter, Sort};

/// Views of `stored`, with their creators; `remove_link` gives each one's unlink URL.
pub async fn views(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    stored: &[Stored],
    remove_link: impl Fn(&Stored) -> Option<String>,
) -> Result<Vec<api::Collection>, KadiError> {
    let creators: Vec<i32> = stored.iter().map(|s| s.collection.creator_id).collect();
    let users = super::users::creators(state, caller, &creators).await?;
    Ok(stored
        .iter()
        .map(|s| {
            view::collection(
                s,
                users.get(&s.collection.creator_id),
                caller,
                base,
                remove_link(s),
            )
        })
        .collect())
}

/// The collection `body` describes, checked and normalised as `POST /collections` does
/// (a fixtures file's collections meet the same rules).
pub fn checked_new(body: &api::CollectionCreate) -> Result<NewCollection, KadiError> {
    let mut problems = Problems::default();
    let new = NewCollection {
        identifier: resources::identifier(&body.identifier, &mut problems),
        title: resources::title(&body.title, &mut problems),
        description: resources::description(
            body.description.as_deref().unwrap_or(""),
            &mut problems,
        ),
        visibility: body
            .visibility
            .unwrap_or(api::ResourceVisibility::Private)
            .wire()
            .to_string(),
        tags: resources::tags(body.tags.as_deref().unwrap_or(&[]), &mut problems),
    };
    problems.finish()?;
    Ok(new)
}

pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    body: api::CollectionCreate,
) -> Result<api::Collection, KadiError> {
    let new = checked_new(&body)?;
    resources::identifier_free(state, Kind::Collection, &new.identifier, None).await?;
    let stored = store::kadi4mat::collections::insert(&state.db, caller, new, state.now_ms())
        .await
        .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, stored).await
}

async fn load(state: &AppState, id: i32) -> Result<Stored, KadiError> {
    store::kadi4mat::collections::one(&state.db, id)
        .await?
        .ok_or(KadiError::NotFound)
}

pub async fn edit(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
    body: api::CollectionUpdate,
) -> Result<api::Collection, KadiError> {
    let collection = authz::resource::<Update>(state, caller, Kind::Collection, id).await?;
    let mut problems = Problems::default();
    let changes = CollectionChanges {
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
        tags: body
            .tags
            .as_deref()
            .map(|t| resources::tags(t, &mut problems)),
    };
    problems.finish()?;
    if let Some(identifier) = &changes.identifier {
        resources::identifier_free(state, Kind::Collection, identifier, Some(collection.id()))
            .await?;
    }
    let stored = store::kadi4mat::collections::update(
        &state.db,
        &collection,
        caller,
        changes,
        state.now_ms(),
    )
    .await
    .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, stored).await
}

pub async fn purge(state: &AppState, caller: &Caller, id: i64) -> Result<(), KadiError> {
    let collection = authz::trashed(state, caller, Kind::Collection, id).await?;
    store::kadi4mat::collections::purge(&state.db, &collection).await?;
    Ok(())
}

/// What a listing of collections asks for.
pub struct Listing<'a> {
    pub page: Page,
    pub filter: Filter,
    pub sort: &'a str,
    /// Unlink URL of each listed collection, from the resource it is listed under.
    pub remove_link: Option<&'a (dyn Fn(&Stored) -> String + Sync)>,
}

/// One page of collections the caller may read that pass the listing's filter.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    listing: Listing<'_>,
) -> Result<api::CollectionPage, KadiError> {
    let base = Base::of(req);
    let (ids, total) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Collection,
        caller,
        &listing.filter,
        Sort::parse(listing.sort),
        listing.page.offset(),
        listing.page.limit(),
    )
    .await?;
    let stored = store::kadi4mat::collections::load(&state.db, &ids).await?;
    let remove = listing.remove_link;
    Ok(api::CollectionPage {
        items: views(state, caller, &base, &stored, |s| remove.map(|f| f(s))).await?,
        pagination: listing.page.pagination(total, &base, req),
        actions: None,
    })
}

/// `GET /collections`: Kadi's search, with `_actions.new_collection`.
pub async fn search(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetCollectionsParams,
) -> Result<api::CollectionPage, KadiError> {
    if params.instance.as_deref().is_some_and(|i| !i.is_empty()) {
        return Err(KadiError::field("instance", "Invalid instance."));
    }
    let filter = Filter {
        query: params.query.clone(),
        visibility: params
            .visibility
            .filter(|v| ["private", "public", "open"].contains(&v.as_str())),
        explicit_permissions: flag(&params.explicit_permissions),
        creators: positive(params.user.as_deref()),
        tags: params
            .tag
            .unwrap_or_default()
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect(),
        tags_all: params.tag_operator.eq_ignore_ascii_case("and"),
        ..Filter::default()
    };
    let sort = if params.sort == "_score" {
        "-last_modified"
    } else {
        params.sort.as_str()
    };
    let listing = Listing {
        page: Page::search(params.page, params.per_page),
        filter,
        sort,
        remove_link: None,
    };
    let mut page = list(state, caller, req, listing).await?;
    page.actions = Some(
        [(
            "new_collection".to_string(),
            Base::of(req).url("/collections"),
        )]
        .into(),
    );
    Ok(page)
}

/// The positive ids of a list parameter (Kadi ignores the others).
fn positive(raw: Option<&[i64]>) -> Vec<i32> {
    raw.unwrap_or_default()
        .iter()
        .filter_map(|i| i32::try_from(*i).ok())
        .filter(|i| *i > 0)
        .collect()
}

/// `GET /collections/{id}/export/{type}`: the collection with the records it holds.
pub async fn export(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::GetCollectionExportParams,
) -> Result<super::export::Export, KadiError> {
    use super::export::{self as ex, Format};
    let format = Format::parse(&params.export_type)?;
    let filter = ex::filter(&params.filter);
    let collection = authz::resource::<Read>(state, caller, Kind::Collection, params.id).await?;
    let stored = load(state, collection.id()).await?;
    let view = lifecycle::one_view(state, caller, base, stored).await?;
    let mut value = serde_json::to_value(&view).map_err(|_| KadiError::Internal)?;
    let holds = Filter {
        extra: vec![store::kadi4mat::collections::holds_records(&[
            collection.id()
        ])],
        ..Filter::default()
    };
    let (ids, _) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Record,
        caller,
        &holds,
        (Sort::Identifier, false),
        0,
        u64::MAX >> 1,
    )
    .await?;
    let records = store::kadi4mat::records::load(&state.db, &ids).await?;
    let record_views = lifecycle::views(state, caller, base, &records).await?;
    value["records"] = serde_json::to_value(&record_views).map_err(|_| KadiError::Internal)?;
    let cleaned = ex::clean(value, &filter);
    let parts: Vec<(String, String)> = ids
        .iter()
        .map(|id| {
            (
                "dcterms:hasPart".to_string(),
                format!("<{}>", base.view(&format!("/records/{id}"))),
            )
        })
        .collect();
    let view_url = base.view(&format!("/collections/{}", collection.id()));
    Ok(ex::render(
        format,
        "Collection",
        &cleaned,
        &view_url,
        &parts,
    ))
}
