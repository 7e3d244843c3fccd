//! Records: create, read, edit, delete to the trash, restore, purge, and search, with
//! Kadi's rules (identifiers unique and lower-cased, tags normalised, the type
//! lower-cased, licenses from the catalogue, extras validated).

pub mod extras;
pub mod files;
pub mod links;
pub mod uploads;
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
use crate::store::kadi4mat::records::{NewRecord, RecordChanges, Stored};
use crate::store::kadi4mat::resources::{Filter, Sort};

/// The type as Kadi stores it: lower-cased, at most 50 characters, none when blank.
fn record_type(raw: Option<&str>, problems: &mut Problems) -> Option<String> {
    let value = raw
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())?;
    if value.chars().count() > 50 {
        problems.add("type", "Longer than maximum length 50.");
    }
    Some(value)
}

fn license(raw: Option<&str>, problems: &mut Problems) -> Option<String> {
    let value = raw.map(str::trim).filter(|l| !l.is_empty())?;
    if !super::licenses::exists(value) {
        problems.add("license", "Not a valid license.");
    }
    Some(value.to_string())
}

/// The extras as stored JSON text, or the refusal pointing at the entry.
fn stored_extras(raw: &[api::Extra]) -> Result<String, KadiError> {
    let checked = extras::validate(raw)
        .map_err(|errors| KadiError::Nested(serde_json::json!({ "extras": errors })))?;
    serde_json::to_string(&checked).map_err(|_| KadiError::Internal)
}

/// The record `body` describes, checked and normalised as `POST /records` does (a
/// fixtures file's records meet the same rules).
pub fn checked_new(body: &api::RecordCreate) -> Result<NewRecord, KadiError> {
    let mut problems = Problems::default();
    let new = NewRecord {
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
        r#type: record_type(body.type_.as_deref(), &mut problems),
        license: license(body.license.as_deref(), &mut problems),
        extras: String::new(),
        tags: resources::tags(body.tags.as_deref().unwrap_or(&[]), &mut problems),
    };
    problems.finish()?;
    Ok(NewRecord {
        extras: stored_extras(body.extras.as_deref().unwrap_or(&[]))?,
        ..new
    })
}

pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    body: api::RecordCreate,
) -> Result<api::Record, KadiError> {
    let new = checked_new(&body)?;
    resources::identifier_free(state, Kind::Record, &new.identifier, None).await?;
    let stored = store::kadi4mat::records::insert(&state.db, caller, new, state.now_ms())
        .await
        .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, stored).await
}

async fn load(state: &AppState, id: i32) -> Result<Stored, KadiError> {
    store::kadi4mat::records::one(&state.db, id)
        .await?
        .ok_or(KadiError::NotFound)
}

pub async fn edit(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
    body: api::RecordUpdate,
) -> Result<api::Record, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, id).await?;
    let mut problems = Problems::default();
    let mut changes = RecordChanges {
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
        r#type: body
            .type_
            .as_deref()
            .map(|t| record_type(Some(t), &mut problems)),
        license: body
            .license
            .as_deref()
            .map(|l| license(Some(l), &mut problems)),
        extras: None,
        tags: body
            .tags
            .as_deref()
            .map(|t| resources::tags(t, &mut problems)),
    };
    problems.finish()?;
    if let Some(extras) = &body.extras {
        changes.extras = Some(stored_extras(extras)?);
    }
    if let Some(identifier) = &changes.identifier {
        resources::identifier_free(state, Kind::Record, identifier, Some(record.id())).await?;
    }
    let stored =
        store::kadi4mat::records::update(&state.db, &record, caller, changes, state.now_ms())
            .await
            .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, stored).await
}

pub async fn purge(state: &AppState, caller: &Caller, id: i64) -> Result<(), KadiError> {
    let record = authz::trashed(state, caller, Kind::Record, id).await?;
    let keys = store::kadi4mat::records::purge(&state.db, &record).await?;
    for key in keys {
        // The rows are gone; bytes that cannot be removed now are found by the sweep.
        if let Err(e) = state.files.remove(&key).await {
            tracing::warn!(key, error = %e, "kadi4mat: a purged record's file stays on disk");
        }
    }
    Ok(())
}

/// `GET /records`: Kadi's search, one page, with `_actions.new_record`.
pub async fn search(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetRecordsParams,
) -> Result<api::RecordPage, KadiError> {
    if params.instance.as_deref().is_some_and(|i| !i.is_empty()) {
        // No external instance is connected to Understudy.
        return Err(KadiError::field("instance", "Invalid instance."));
    }
    let base = Base::of(req);
    let page = Page::search(params.page, params.per_page);
    let mut filter = Filter {
        query: params.query.clone(),
        visibility: params
            .visibility
            .filter(|v| ["private", "public", "open"].contains(&v.as_str())),
        explicit_permissions: flag(&params.explicit_permissions),
        creators: ids(params.user.as_deref()),
        tags: params
            .tag
            .unwrap_or_default()
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect(),
        tags_all: params.tag_operator.eq_ignore_ascii_case("and"),
        types: params
            .type_
            .unwrap_or_default()
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect(),
        ..Filter::default()
    };
    let collections = ids(params.collection.as_deref());
    if !collections.is_empty() {
        let all = store::kadi4mat::collections::with_children(
            &state.db,
            &collections,
            flag(&params.child_collections),
        )
        .await?;
        filter
            .extra
            .push(store::kadi4mat::collections::holds_records(&all));
    }
    let mimetypes: Vec<String> = params.mimetype.unwrap_or_default();
    if !mimetypes.is_empty() {
        filter
            .extra
            .push(store::kadi4mat::files::records_with_mimetypes(&mimetypes));
    }
    // Kadi parses `extras` leniently: what is not a JSON list is its default, no condition.
    let conditions: Vec<serde_json::Value> = params
        .extras
        .as_deref()
        .and_then(|q| serde_json::from_str(q).ok())
        .unwrap_or_default();
    if !conditions.is_empty() {
        filter.ids = Some(extras_search(state, caller, &conditions).await?);
    }
    let sort = match params.sort.as_str() {
        "_score" => (Sort::LastModified, true),
        other => Sort::parse(other),
    };
    let (ids, total) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Record,
        caller,
        &filter,
        sort,
        page.offset(),
        page.limit(),
    )
    .await?;
    let stored = store::kadi4mat::records::load(&state.db, &ids).await?;
    Ok(api::RecordPage {
        items: lifecycle::views(state, caller, &base, &stored).await?,
        pagination: page.pagination(total, &base, req),
        actions: Some([("new_record".to_string(), base.url("/records"))].into()),
    })
}

/// Positive ids of a repeated query parameter (others are ignored, as Kadi ignores them).
fn ids(raw: Option<&[i64]>) -> Vec<i32> {
    raw.unwrap_or_default()
        .iter()
        .filter_map(|i| i32::try_from(*i).ok())
        .filter(|i| *i > 0)
        .collect()
}

/// The records whose extras match Kadi's extras query: a JSON list of
/// `{"type": "str"|"numeric"|"bool"|"date", "key": …, "str"|"numeric"|"bool"|"date": …}`
/// conditions, all of which must hold (keys of nested entries dotted: `dims.width`).
async fn extras_search(
    state: &AppState,
    caller: &Caller,
    conditions: &[serde_json::Value],
) -> Result<Vec<i32>, KadiError> {
    let candidates = store::kadi4mat::records::extras_of_readable(&state.db, caller).await?;
    Ok(candidates
        .into_iter()
        .filter(|(_, extras)| {
            let extras: serde_json::Value = serde_json::from_str(extras).unwrap_or_default();
            conditions.iter().all(|c| extras::matches(&extras, c))
        })
        .map(|(id, _)| id)
        .collect())
}

/// `GET /records/{id}/export/{type}`: the record with its outgoing links and files.
pub async fn export(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::GetRecordExportParams,
) -> Result<super::export::Export, KadiError> {
    use super::export::{self as ex, Format};
    let format = Format::parse(&params.export_type)?;
    let filter = ex::filter(&params.filter);
    let record = authz::resource::<Read>(state, caller, Kind::Record, params.id).await?;
    let stored = load(state, record.id()).await?;
    let view = lifecycle::one_view(state, caller, base, stored).await?;
    let mut value = serde_json::to_value(&view).map_err(|_| KadiError::Internal)?;
    let links = store::kadi4mat::links::others(
        &state.db,
        record.id(),
        store::kadi4mat::links::Direction::Out,
    )
    .await?;
    let files = store::kadi4mat::files::active_of_record(&state.db, record.id()).await?;
    value["files"] = serde_json::json!(files
        .iter()
        .map(|f| serde_json::json!({"id": f.id, "name": f.name, "size": f.size, "mimetype": f.mimetype, "checksum": f.checksum}))
        .collect::<Vec<_>>());
    value["links"] = serde_json::json!(links);
    let cleaned = ex::clean(value, &filter);
    let related: Vec<(String, String)> = links
        .iter()
        .map(|to| {
            (
                "dcterms:relation".to_string(),
                format!("<{}>", base.view(&format!("/records/{to}"))),
            )
        })
        .collect();
    let view_url = base.view(&format!("/records/{}", record.id()));
    Ok(ex::render(format, "Record", &cleaned, &view_url, &related))
}

/// `GET /records/{id}/extras/export/json`: the extras as keys and values. The `filter`
/// the contract lets a client send is read by the record's full export; extras carry no
/// user information, so here it has nothing to leave out.
pub async fn extras_export(
    state: &AppState,
    caller: &Caller,
    params: &api::GetExtrasExportParams,
) -> Result<super::export::Export, KadiError> {
    if params.export_type != "json" {
        return Err(KadiError::NotFound);
    }
    let record = authz::resource::<Read>(state, caller, Kind::Record, params.id).await?;
    let stored = load(state, record.id()).await?;
    let extras: serde_json::Value = serde_json::from_str(&stored.record.extras).unwrap_or_default();
    Ok(super::export::Export {
        content_type: "application/json",
        filename: format!("{}.json", stored.record.identifier),
        body: serde_json::to_vec_pretty(&super::export::extras_values(&extras)).unwrap_or_default(),
    })
}
