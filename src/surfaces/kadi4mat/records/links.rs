//! Named links from one record to another (`POST /records/{id}/records`): with a name
//! (at most 150) and an optional term (an IRI); a record cannot link to itself, nor twice
//! to the same record under one name (409). Listings go `out` (the links a record makes)
//! or `in` (the links to it), each embedding the other record.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::users;
use crate::authz::kadi4mat::{self as authz, Caller, Link, Read};
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store;
use crate::store::entities::kd_record_link;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::links::Direction;
use crate::store::kadi4mat::resources::{Filter, Sort};

/// A link's name as Kadi keeps it (trimmed, 1 to 150 characters).
pub fn check_name(name: &str) -> Result<String, KadiError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 150 {
        return Err(KadiError::field(
            "name",
            "Length must be between 1 and 150.",
        ));
    }
    Ok(name.to_string())
}

/// A link's term as Kadi keeps it: an IRI, none when blank.
pub fn check_term(term: Option<&str>) -> Result<Option<String>, KadiError> {
    let Some(term) = term.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if !super::super::resources::is_iri(term) {
        return Err(KadiError::field("term", "Not a valid IRI."));
    }
    Ok(Some(term.to_string()))
}

/// The view of `link`, embedding the records the caller asked for.
async fn view(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    link: &kd_record_link::Model,
    embed_from: bool,
    embed_to: bool,
) -> Result<api::RecordLink, KadiError> {
    let wanted: Vec<i32> = [(embed_from, link.record_from), (embed_to, link.record_to)]
        .iter()
        .filter(|(wanted, _)| *wanted)
        .map(|(_, id)| *id)
        .collect();
    let stored = store::kadi4mat::records::load(&state.db, &wanted).await?;
    let records = super::super::lifecycle::views(state, caller, base, &stored).await?;
    let find = |id: i32| records.iter().find(|r| r.id == i64::from(id)).cloned();
    let creators = users::creators(state, caller, &[link.creator_id]).await?;
    let path = format!("/records/{}/records/{}", link.record_from, link.id);
    Ok(api::RecordLink {
        id: i64::from(link.id),
        name: link.name.clone(),
        term: link.term.clone(),
        created_at: iso_micros(link.created_at),
        last_modified: iso_micros(link.last_modified),
        creator: creators
            .get(&link.creator_id)
            .and_then(|u| users::creator(u, caller, base)),
        record_from: if embed_from {
            find(link.record_from)
        } else {
            None
        },
        record_to: if embed_to { find(link.record_to) } else { None },
        links: Some(api::RecordLinkLinks {
            self_: base.url(&path),
        }),
        actions: Some(api::RecordLinkActions {
            edit: base.url(&path),
            remove: base.url(&path),
        }),
    })
}

pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record_id: i64,
    body: api::RecordLinkCreate,
) -> Result<api::RecordLink, KadiError> {
    let name = check_name(&body.name)?;
    let term = check_term(body.term.as_deref())?;
    let from = authz::resource::<Link>(state, caller, Kind::Record, record_id).await?;
    let to = authz::resource::<Link>(state, caller, Kind::Record, body.record_to.id).await?;
    if from.id() == to.id() {
        return Err(KadiError::Conflict(
            "Cannot link a record with itself.".into(),
        ));
    }
    if store::kadi4mat::links::exists(&state.db, from.id(), to.id(), &name, None).await? {
        return Err(KadiError::Conflict("Link already exists.".into()));
    }
    let link =
        store::kadi4mat::links::insert(&state.db, &from, &to, caller, &name, term, state.now_ms())
            .await
            .map_err(|e| match e {
                store::StoreError::Conflict(_) => {
                    KadiError::Conflict("Link already exists.".into())
                }
                other => other.into(),
            })?;
    // Kadi answers a new link without `record_from` (the record it was made on).
    view(state, caller, base, &link, false, true).await
}

/// Link `link_id` made by record `record_id`, which the caller may do `A` to.
async fn of_record<A: authz::Act>(
    state: &AppState,
    caller: &Caller,
    record_id: i64,
    link_id: i64,
) -> Result<(authz::Permitted<A>, kd_record_link::Model), KadiError> {
    let record = authz::resource::<A>(state, caller, Kind::Record, record_id).await?;
    let link = store::kadi4mat::links::by_id(
        &state.db,
        i32::try_from(link_id).map_err(|_| KadiError::NotFound)?,
    )
    .await?
    .filter(|l| l.record_from == record.id())
    .ok_or(KadiError::NotFound)?;
    Ok((record, link))
}

pub async fn get(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record_id: i64,
    link_id: i64,
) -> Result<api::RecordLink, KadiError> {
    let (_, link) = of_record::<Read>(state, caller, record_id, link_id).await?;
    // The other record, too, must be readable.
    authz::resource::<Read>(state, caller, Kind::Record, i64::from(link.record_to)).await?;
    view(state, caller, base, &link, true, true).await
}

/// `GET /records/records/{id}`: a link by its id alone, readable when both its records are.
pub async fn get_by_id(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    link_id: i64,
) -> Result<api::RecordLink, KadiError> {
    let link = store::kadi4mat::links::by_id(
        &state.db,
        i32::try_from(link_id).map_err(|_| KadiError::NotFound)?,
    )
    .await?
    .ok_or(KadiError::NotFound)?;
    for id in [link.record_from, link.record_to] {
        authz::resource::<Read>(state, caller, Kind::Record, i64::from(id)).await?;
    }
    view(state, caller, base, &link, true, true).await
}

pub async fn edit(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record_id: i64,
    link_id: i64,
    body: api::RecordLinkUpdate,
) -> Result<api::RecordLink, KadiError> {
    let (from, mut link) = of_record::<Link>(state, caller, record_id, link_id).await?;
    if let Some(name) = &body.name {
        link.name = check_name(name)?;
    }
    if body.term.is_some() {
        link.term = check_term(body.term.as_deref())?;
    }
    if let Some(to) = &body.record_to {
        let to = authz::resource::<Link>(state, caller, Kind::Record, to.id).await?;
        if to.id() == from.id() {
            return Err(KadiError::Conflict(
                "Cannot link a record with itself.".into(),
            ));
        }
        link.record_to = to.id();
    }
    if store::kadi4mat::links::exists(
        &state.db,
        link.record_from,
        link.record_to,
        &link.name,
        Some(link.id),
    )
    .await?
    {
        return Err(KadiError::Conflict("Link already exists.".into()));
    }
    link.last_modified = state.now_ms();
    let saved = store::kadi4mat::links::update(&state.db, &from, link)
        .await
        .map_err(|e| match e {
            store::StoreError::Conflict(_) => KadiError::Conflict("Link already exists.".into()),
            other => other.into(),
        })?;
    view(state, caller, base, &saved, true, true).await
}

pub async fn remove(
    state: &AppState,
    caller: &Caller,
    record_id: i64,
    link_id: i64,
) -> Result<(), KadiError> {
    let (from, link) = of_record::<Link>(state, caller, record_id, link_id).await?;
    store::kadi4mat::links::remove(&state.db, &from, link.id).await?;
    Ok(())
}

/// `GET /records/{id}/records?direction=out|in`: one page of links, each embedding the
/// other record (only links to records the caller may read).
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetRecordLinksParams,
) -> Result<api::RecordLinkPage, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, params.id).await?;
    let direction = if params.direction == "in" {
        Direction::In
    } else {
        Direction::Out
    };
    let others = store::kadi4mat::links::others(&state.db, record.id(), direction).await?;
    // The other ends the caller may read, by the same rule every listing uses.
    let readable = Filter {
        ids: Some(others.clone()),
        ..Filter::default()
    };
    let (visible, _) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Record,
        caller,
        &readable,
        (Sort::LastModified, true),
        0,
        u64::MAX >> 1,
    )
    .await?;
    let base = Base::of(req);
    let page = Page::new(params.page, params.per_page);
    let newest_first = params.sort.starts_with('-') || params.sort.is_empty();
    let query = store::kadi4mat::links::LinkQuery {
        record: record.id(),
        direction,
        visible: &visible,
        filter: params.filter.as_deref().unwrap_or_default(),
        newest_first,
    };
    let (links, total) =
        store::kadi4mat::links::page(&state.db, query, page.offset(), page.limit()).await?;
    let mut items = Vec::with_capacity(links.len());
    for link in &links {
        let (from, to) = match direction {
            Direction::Out => (false, true),
            Direction::In => (true, false),
        };
        items.push(view(state, caller, &base, link, from, to).await?);
    }
    Ok(api::RecordLinkPage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}
