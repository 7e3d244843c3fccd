//! Templates (record templates pre-filling a record's attributes, extras templates
//! pre-filling its extras): create, read, edit, delete to the trash, restore, purge,
//! search and export.

pub mod data;
pub mod export;
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
use crate::store::entities::kd_template;
use crate::store::kadi4mat::access::Kind;
use crate::store::kadi4mat::resources::{Filter, Sort};
use crate::store::kadi4mat::templates::{NewTemplate, TemplateChanges};

/// One page of the active templates the caller may read that pass `filter`.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    page: Page,
    filter: &Filter,
    sort: &str,
) -> Result<api::TemplatePage, KadiError> {
    let base = Base::of(req);
    let (ids, total) = store::kadi4mat::resources::search(
        &state.db,
        Kind::Template,
        caller,
        filter,
        Sort::parse(sort),
        page.offset(),
        page.limit(),
    )
    .await?;
    let rows = store::kadi4mat::templates::load(&state.db, &ids).await?;
    Ok(api::TemplatePage {
        items: lifecycle::views(state, caller, &base, &rows).await?,
        pagination: page.pagination(total, &base, req),
        actions: None,
    })
}

fn stored_data(kind: api::TemplateType, raw: &serde_json::Value) -> Result<String, KadiError> {
    let checked = data::checked(kind, raw)?;
    serde_json::to_string(&checked).map_err(|_| KadiError::Internal)
}

async fn load(state: &AppState, id: i32) -> Result<kd_template::Model, KadiError> {
    store::kadi4mat::templates::one(&state.db, id)
        .await?
        .ok_or(KadiError::NotFound)
}

/// The template `body` describes, checked and normalised as `POST /templates` does,
/// its `data` against its type (a fixtures file's templates meet the same rules).
pub fn checked_new(body: &api::TemplateCreate) -> Result<NewTemplate, KadiError> {
    let mut problems = Problems::default();
    let identifier = resources::identifier(&body.identifier, &mut problems);
    let title = resources::title(&body.title, &mut problems);
    let description =
        resources::description(body.description.as_deref().unwrap_or(""), &mut problems);
    problems.finish()?;
    Ok(NewTemplate {
        identifier,
        title,
        description,
        visibility: body
            .visibility
            .unwrap_or(api::Visibility::Private)
            .wire()
            .to_string(),
        r#type: body.type_.wire().to_string(),
        data: stored_data(body.type_, &body.data)?,
    })
}

/// `POST /templates`: the caller becomes its admin.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    body: api::TemplateCreate,
) -> Result<api::Template, KadiError> {
    let new = checked_new(&body)?;
    resources::identifier_free(state, Kind::Template, &new.identifier, None).await?;
    let row = store::kadi4mat::templates::insert(&state.db, caller, new, state.now_ms())
        .await
        .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, row).await
}

/// `PATCH /templates/{id}`: its type stays; new `data` is checked against it.
pub async fn edit(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
    body: api::TemplateUpdate,
) -> Result<api::Template, KadiError> {
    let template = authz::resource::<Update>(state, caller, Kind::Template, id).await?;
    let current = load(state, template.id()).await?;
    let mut problems = Problems::default();
    let mut changes = TemplateChanges {
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
        data: None,
    };
    problems.finish()?;
    if let Some(raw) = &body.data {
        let kind =
            api::TemplateType::from_wire(&current.r#type).unwrap_or(api::TemplateType::Record);
        changes.data = Some(stored_data(kind, raw)?);
    }
    if let Some(identifier) = &changes.identifier {
        resources::identifier_free(state, Kind::Template, identifier, Some(template.id())).await?;
    }
    let row =
        store::kadi4mat::templates::update(&state.db, &template, caller, changes, state.now_ms())
            .await
            .map_err(resources::identifier_clash)?;
    lifecycle::one_view(state, caller, base, row).await
}

/// `POST /templates/{id}/purge`.
pub async fn purge(state: &AppState, caller: &Caller, id: i64) -> Result<(), KadiError> {
    let template = authz::trashed(state, caller, Kind::Template, id).await?;
    store::kadi4mat::templates::purge(&state.db, &template).await?;
    Ok(())
}

/// `GET /templates`: Kadi's search, with `_actions.new_template`.
pub async fn search(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: api::GetTemplatesParams,
) -> Result<api::TemplatePage, KadiError> {
    if params.instance.as_deref().is_some_and(|i| !i.is_empty()) {
        return Err(KadiError::field("instance", "Invalid instance."));
    }
    let filter = Filter {
        query: params.query.clone(),
        visibility: params
            .visibility
            .filter(|v| ["private", "public"].contains(&v.as_str())),
        explicit_permissions: flag(&params.explicit_permissions),
        creators: params
            .user
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i32::try_from(*i).ok())
            .filter(|i| *i > 0)
            .collect(),
        // Other values are ignored, as Kadi ignores them.
        types: params
            .type_
            .filter(|t| ["record", "extras"].contains(&t.as_str()))
            .into_iter()
            .collect(),
        ..Filter::default()
    };
    let sort = if params.sort == "_score" {
        "-last_modified"
    } else {
        params.sort.as_str()
    };
    let page = Page::search(params.page, params.per_page);
    let mut found = list(state, caller, req, page, &filter, sort).await?;
    found.actions = Some([("new_template".to_string(), Base::of(req).url("/templates"))].into());
    Ok(found)
}

/// `GET /templates/{id}/export/{type}`: `json`, `json-schema` or `shacl`.
pub async fn export_as(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::GetTemplateExportParams,
) -> Result<super::export::Export, KadiError> {
    use super::export as ex;
    let template = authz::resource::<Read>(state, caller, Kind::Template, params.id).await?;
    let row = load(state, template.id()).await?;
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap_or_default();
    let view_url = base.view(&format!("/templates/{}", row.id));
    let identifier = row.identifier.clone();
    match params.export_type.as_str() {
        "json" => {
            let view = lifecycle::one_view(state, caller, base, row).await?;
            let value = serde_json::to_value(&view).map_err(|_| KadiError::Internal)?;
            let cleaned = ex::clean(value, &ex::filter(&params.filter));
            Ok(ex::render(
                ex::Format::Json,
                "Template",
                &cleaned,
                &view_url,
                &[],
            ))
        }
        "json-schema" => Ok(ex::Export {
            // The media type the contract documents (Kadi sends JSON Schema as JSON).
            content_type: "application/json",
            filename: format!("{identifier}.json"),
            body: serde_json::to_vec_pretty(&export::json_schema(&row.r#type, &row.title, &data))
                .unwrap_or_default(),
        }),
        "shacl" => Ok(ex::Export {
            content_type: "text/turtle",
            filename: format!("{identifier}.ttl"),
            body: export::shacl(&row.r#type, &view_url, &data).into_bytes(),
        }),
        _ => Err(KadiError::NotFound),
    }
}
