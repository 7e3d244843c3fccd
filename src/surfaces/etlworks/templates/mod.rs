//! Templates (`/rest/v1/templates*`): Understudy's built-in gallery ([`gallery`]),
//! searched and read by every role, and deployed by Editors and above as a new flow of
//! the caller's tenant — its `source` and `destination` placeholders mapped to the
//! tenant's connections — created, versioned, announced (`Flow.Created`) and audited as
//! any flow is (the audit log's `create` of the flow; its action list has no `deploy`),
//! in one transaction.

pub mod gallery;

use std::collections::BTreeMap;

use generated::etlworks::v1 as api;
use sea_orm::ConnectionTrait;
use serde_json::Value;

use self::gallery::{Template, PLACEHOLDERS, TEMPLATES};
use super::error::EtlworksError;
use super::fields;
use super::flows::{self, definition};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::etlworks::{bin, flows as flow_store, search};
use crate::store::StoreError;

/// How many suffixed names (`name (2)`, ...) a deploy under the template's own name
/// tries before it gives up with a 409.
const MAX_SUFFIX: usize = 100;

/// A page of the templates matching the filters, by id, and how many match.
pub fn list(params: api::ListTemplatesParams) -> (Vec<api::Template>, i64) {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let q = params.q.unwrap_or_default().to_lowercase();
    let category = params.category.map(|c| c.to_lowercase());
    let matching: Vec<&Template> = TEMPLATES
        .iter()
        .filter(|t| t.name.to_lowercase().contains(&q) || t.description.to_lowercase().contains(&q))
        .filter(|t| {
            category
                .as_ref()
                .is_none_or(|c| t.category.to_lowercase() == *c)
        })
        .filter(|t| {
            params
                .connector
                .as_ref()
                .is_none_or(|c| t.connectors.contains(&c.as_str()))
        })
        .collect();
    let total = matching.len() as i64;
    let page = matching
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(view)
        .collect();
    (page, total)
}

/// Template `id`.
pub fn get(id: i64) -> Result<api::Template, EtlworksError> {
    found(id).map(view)
}

/// Creates a flow from template `id` in the caller's tenant. A name sent that a live
/// flow has is a 409; without one, the template's name, suffixed ` (2)`, ` (3)`, ...
/// while taken.
pub async fn deploy(
    state: &AppState,
    caller: &Caller,
    id: i64,
    request: api::TemplateDeployRequest,
) -> Result<api::TemplateDeployResult, EtlworksError> {
    caller.at_least(Role::Editor, "deploy templates")?;
    let template = found(id)?;
    let mapped = request.connections.unwrap_or_default();
    if let Some(unknown) = mapped.keys().find(|k| !PLACEHOLDERS.contains(&k.as_str())) {
        return Err(EtlworksError::BadRequest(format!(
            "Field 'connections.{unknown}': the template has no such placeholder (it has {})",
            PLACEHOLDERS.join(", ")
        )));
    }
    // A blank name is no name: the template's is used.
    let asked = match request.name.filter(|n| !n.trim().is_empty()) {
        Some(name) => Some(fields::name("name", name.trim(), 255)?),
        None => None,
    };
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    for connection in mapped.values() {
        live_connection(&tx, caller, *connection).await?;
    }
    let name = match asked {
        Some(name) => name,
        None => free_name(&tx, caller, template.name).await?,
    };
    let input = flow_input(template, &name, &mapped);
    let flow = flows::create_in(&tx, state, caller, &definition::checked(input)?).await?;
    let result = api::TemplateDeployResult {
        template_id: template.id,
        flow_id: flow.id,
        name: flow.name.clone(),
    };
    tx.commit().await.map_err(StoreError::from)?;
    Ok(result)
}

fn found(id: i64) -> Result<&'static Template, EtlworksError> {
    gallery::template(id).ok_or_else(|| EtlworksError::NotFound(format!("Template {id} not found")))
}

async fn live_connection<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<(), EtlworksError> {
    let missing = || EtlworksError::NotFound(format!("Connection {id} not found"));
    let kind = bin::kind("connection").ok_or(EtlworksError::Internal)?;
    let id = i32::try_from(id).map_err(|_| missing())?;
    search::live_one(db, kind, caller.tenant_id(), id)
        .await?
        .map(|_| ())
        .ok_or_else(missing)
}

/// `base`, or the first of `base (2)`, `base (3)`, ... no live flow of the tenant has.
async fn free_name<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    base: &str,
) -> Result<String, EtlworksError> {
    for n in 1..=MAX_SUFFIX {
        let name = if n == 1 {
            base.to_string()
        } else {
            format!("{base} ({n})")
        };
        if !flow_store::name_taken(db, caller.tenant_id(), &name, None).await? {
            return Ok(name);
        }
    }
    Err(EtlworksError::Conflict(format!(
        "Flows named '{base}' and {MAX_SUFFIX} suffixed names exist: send a name"
    )))
}

/// The flow a template deploys as, named `name`, its placeholders mapped.
fn flow_input(t: &Template, name: &str, mapped: &BTreeMap<String, i64>) -> api::FlowInput {
    let source = mapped.get("source").copied();
    let destination = mapped.get("destination").copied();
    let mut connections: Vec<i64> = source.into_iter().chain(destination).collect();
    connections.dedup();
    let transformation = "transformation";
    api::FlowInput {
        name: name.to_string(),
        description: Some(t.description.to_string()),
        flow_type: t.flow_type.to_string(),
        properties: None,
        transformations: Some(vec![api::FlowTransformation {
            index: 0,
            name: transformation.into(),
            source_connection_id: source,
            source_format_id: None,
            source_object: Some(t.source_object.into()),
            destination_connection_id: destination,
            destination_format_id: None,
            destination_object: Some(t.destination_object.into()),
            properties: Some(
                t.properties
                    .iter()
                    .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                    .collect(),
            ),
        }]),
        mappings: Some(
            t.mappings
                .iter()
                .map(|(source, destination, function)| api::FlowMapping {
                    transformation: transformation.into(),
                    source: source.to_string(),
                    destination: destination.to_string(),
                    function: function.map(str::to_string),
                    excluded: None,
                })
                .collect(),
        ),
        connections: Some(connections),
        nested_flows: None,
        tags: Some(t.tags.iter().map(|t| t.to_string()).collect()),
    }
}

fn view(t: &Template) -> api::Template {
    api::Template {
        id: t.id,
        name: t.name.into(),
        description: t.description.into(),
        category: t.category.into(),
        connectors: t.connectors.iter().map(|c| c.to_string()).collect(),
        flow_type: t.flow_type.into(),
        tags: t.tags.iter().map(|t| t.to_string()).collect(),
    }
}
