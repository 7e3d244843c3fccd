//! What a collection holds: its records (and, through its children, theirs) and its
//! child collections (a collection has one parent at most, and no collection may become
//! its own ancestor); and the collections a record is in.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::lifecycle;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::resources::flag;
use super::{list, load, Listing};
use crate::authz::kadi4mat::{self as authz, Caller, Link, Read};
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::collections::Stored;
use crate::store::kadi4mat::resources::{Filter, Sort};

/// The records of a collection (and, with `children`, of its child collections) the
/// caller may read.
pub async fn records(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetCollectionRecordsParams,
) -> Result<api::RecordPage, KadiError> {
    let collection = authz::resource::<Read>(state, caller, Kind::Collection, params.id).await?;
    let holders = store::kadi4mat::collections::with_children(
        &state.db,
        &[collection.id()],
        flag(&params.children),
    )
    .await?;
    let base = Base::of(req);
    let page = Page::new(params.page, params.per_page);
    let filter = Filter {
        query: params.filter.clone(),
        extra: vec![store::kadi4mat::collections::holds_records(&holders)],
        ..Filter::default()
    };
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
    let mut items = lifecycle::views(state, caller, &base, &stored).await?;
    for item in &mut items {
        if let Some(actions) = item.actions.as_mut() {
            actions.remove_link = Some(base.url(&format!(
                "/collections/{}/records/{}",
                collection.id(),
                item.id
            )));
        }
    }
    Ok(api::RecordPage {
        items,
        pagination: page.pagination(total, &base, req),
        actions: None,
    })
}

/// Puts a record into a collection: the caller needs `link` on both.
pub async fn add_record(
    state: &AppState,
    caller: &Caller,
    collection_id: i64,
    record_id: i64,
) -> Result<(), KadiError> {
    let collection =
        authz::resource::<Link>(state, caller, Kind::Collection, collection_id).await?;
    let record = authz::resource::<Link>(state, caller, Kind::Record, record_id).await?;
    if store::kadi4mat::collections::holds(&state.db, collection.id(), record.id()).await? {
        return Err(KadiError::Conflict("Record already in collection.".into()));
    }
    store::kadi4mat::collections::add_record(&state.db, &collection, &record, state.now_ms())
        .await
        .map_err(|e| match e {
            store::StoreError::Conflict(_) => {
                KadiError::Conflict("Record already in collection.".into())
            }
            other => other.into(),
        })
}

/// Takes a record out of a collection: the caller needs `link` on both.
pub async fn remove_record(
    state: &AppState,
    caller: &Caller,
    collection_id: i64,
    record_id: i64,
) -> Result<(), KadiError> {
    let collection =
        authz::resource::<Link>(state, caller, Kind::Collection, collection_id).await?;
    let record = authz::resource::<Link>(state, caller, Kind::Record, record_id).await?;
    if !store::kadi4mat::collections::remove_record(&state.db, &collection, &record).await? {
        return Err(KadiError::NotFound);
    }
    Ok(())
}

/// The child collections of a collection the caller may read.
pub async fn children(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetChildCollectionsParams,
) -> Result<api::CollectionPage, KadiError> {
    let parent = authz::resource::<Read>(state, caller, Kind::Collection, params.id).await?;
    let base = Base::of(req);
    let parent_id = parent.id();
    let unlink = move |s: &Stored| {
        base.url(&format!(
            "/collections/{parent_id}/collections/{}",
            s.collection.id
        ))
    };
    let listing = Listing {
        page: Page::new(params.page, params.per_page),
        filter: Filter {
            query: params.filter.clone(),
            extra: vec![store::kadi4mat::collections::children_of(parent_id)],
            ..Filter::default()
        },
        sort: &params.sort,
        remove_link: Some(&unlink),
    };
    list(state, caller, req, listing).await
}

/// Makes a collection a child of another: `link` on both; a collection has one parent,
/// and may not become its own ancestor.
pub async fn add_child(
    state: &AppState,
    caller: &Caller,
    parent_id: i64,
    child_id: i64,
) -> Result<(), KadiError> {
    let parent = authz::resource::<Link>(state, caller, Kind::Collection, parent_id).await?;
    let child = authz::resource::<Link>(state, caller, Kind::Collection, child_id).await?;
    if parent.id() == child.id() {
        return Err(KadiError::Conflict(
            "Cannot link a collection with itself.".into(),
        ));
    }
    let stored = load(state, child.id()).await?;
    if stored.collection.parent_id == Some(parent.id()) {
        return Err(KadiError::Conflict("Collection already linked.".into()));
    }
    if stored.collection.parent_id.is_some() {
        return Err(KadiError::Conflict(
            "Collection already has a parent.".into(),
        ));
    }
    let above = store::kadi4mat::collections::ancestors(&state.db, parent.id()).await?;
    if above.contains(&child.id()) {
        return Err(KadiError::Conflict(
            "Cannot link a collection with one of its ancestors.".into(),
        ));
    }
    store::kadi4mat::collections::set_parent(&state.db, &child, Some(&parent), state.now_ms())
        .await?;
    Ok(())
}

/// Unlinks a child collection from its parent.
pub async fn remove_child(
    state: &AppState,
    caller: &Caller,
    parent_id: i64,
    child_id: i64,
) -> Result<(), KadiError> {
    let parent = authz::resource::<Link>(state, caller, Kind::Collection, parent_id).await?;
    let child = authz::resource::<Link>(state, caller, Kind::Collection, child_id).await?;
    let stored = load(state, child.id()).await?;
    if stored.collection.parent_id != Some(parent.id()) {
        return Err(KadiError::NotFound);
    }
    store::kadi4mat::collections::set_parent(&state.db, &child, None, state.now_ms()).await?;
    Ok(())
}

/// The collections a record is in that the caller may read.
pub async fn of_record(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetRecordCollectionsParams,
) -> Result<api::CollectionPage, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, params.id).await?;
    let base = Base::of(req);
    let record_id = record.id();
    let unlink = move |s: &Stored| {
        base.url(&format!(
            "/records/{record_id}/collections/{}",
            s.collection.id
        ))
    };
    let listing = Listing {
        page: Page::new(params.page, params.per_page),
        filter: Filter {
            query: params.filter.clone(),
            extra: vec![store::kadi4mat::collections::holding_record(record_id)],
            ..Filter::default()
        },
        sort: &params.sort,
        remove_link: Some(&unlink),
    };
    list(state, caller, req, listing).await
}
