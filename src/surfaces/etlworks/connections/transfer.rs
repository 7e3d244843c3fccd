//! Export and import (`/io/export`, `/io/import`): a bundle of a tenant's connections,
//! formats and listeners — secrets redacted, placeholders kept — brought into a tenant
//! by name, in one transaction. Each kind is one [`Section`]; flows and schedules join
//! the list as sections of their own.

use std::collections::{BTreeMap, HashMap, HashSet};

use generated::etlworks::v1 as api;
use sea_orm::TransactionTrait;

use super::{
    checked_at, views, write_new, write_over, Draft, Saved, CONNECTIONS, FORMATS, LISTENERS,
};
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::{iso_seconds, parse_rfc3339};
use crate::state::AppState;
use crate::store::etlworks::definitions::{self as store, Table};
use crate::store::etlworks::tags;
use crate::surfaces::etlworks::connectors::secrets;
use crate::surfaces::etlworks::error::EtlworksError;

/// The bundle format this server writes (it reads any bundle of the contract's shape).
pub const BUNDLE_VERSION: &str = "1";

/// One kind of resource a bundle carries.
#[derive(Clone, Copy)]
struct Section {
    t: Table,
    /// The bundle's (and the export request's) field.
    field: &'static str,
    item: api::ImportItemResourceType,
}

const SECTIONS: [Section; 3] = [
    Section {
        t: CONNECTIONS,
        field: "connections",
        item: api::ImportItemResourceType::Connection,
    },
    Section {
        t: FORMATS,
        field: "formats",
        item: api::ImportItemResourceType::Format,
    },
    Section {
        t: LISTENERS,
        field: "listeners",
        item: api::ImportItemResourceType::Listener,
    },
];

/// The caller's tenant's resources named in `request` (without any id, all of its
/// connections, formats and listeners), secrets redacted.
pub async fn export(
    state: &AppState,
    caller: &Caller,
    request: api::ExportRequest,
) -> Result<api::ExportBundle, EtlworksError> {
    refuse_unexportable(state, caller, &request).await?;
    let everything =
        request.connections.is_none() && request.formats.is_none() && request.listeners.is_none();
    let mut found: HashMap<&str, Vec<Saved>> = HashMap::new();
    for s in SECTIONS {
        let asked = match s.field {
            "connections" => &request.connections,
            "formats" => &request.formats,
            _ => &request.listeners,
        };
        let saved = match asked {
            Some(ids) => chosen(state, caller, s.t, ids).await?,
            None if everything => all(state, caller, s.t).await?,
            None => vec![],
        };
        found.insert(s.field, saved);
    }
    let take = |field: &str| found.get(field).cloned().unwrap_or_default();
    Ok(api::ExportBundle {
        version: BUNDLE_VERSION.into(),
        exported_at: iso_seconds(state.now_ms()),
        tenant: Some(caller.tenant().name.clone()),
        flows: vec![],
        connections: take("connections").iter().map(views::connection).collect(),
        formats: take("formats").iter().map(views::format).collect(),
        schedules: vec![],
        listeners: Some(take("listeners").iter().map(views::listener).collect()),
    })
}

/// Flows and schedules are not bundled yet: a flow id that names no live flow of the
/// tenant is a 404 as for any id (and no schedule exists in real mode yet); one that
/// does is refused with a 400 that says why.
async fn refuse_unexportable(
    state: &AppState,
    caller: &Caller,
    request: &api::ExportRequest,
) -> Result<(), EtlworksError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    use crate::store::entities::et_flow;
    if let Some(&id) = request.schedules.iter().flatten().next() {
        return Err(EtlworksError::NotFound(format!("Schedule {id} not found")));
    }
    if let Some(&id) = request.flows.iter().flatten().next() {
        let flow = match i32::try_from(id) {
            Ok(id) => {
                et_flow::Entity::find_by_id(id)
                    .filter(et_flow::Column::TenantId.eq(caller.tenant_id()))
                    .filter(et_flow::Column::DeletedAt.is_null())
                    .one(&state.db)
                    .await?
            }
            Err(_) => None,
        };
        if flow.is_none() {
            return Err(EtlworksError::NotFound(format!("Flow {id} not found")));
        }
        return Err(EtlworksError::BadRequest(format!(
            "Field 'flows': Understudy exports connections, formats and listeners only so far (flow {id})"
        )));
    }
    Ok(())
}

async fn chosen(
    state: &AppState,
    caller: &Caller,
    t: Table,
    ids: &[i64],
) -> Result<Vec<Saved>, EtlworksError> {
    let mut saved = Vec::with_capacity(ids.len());
    let mut seen = HashSet::new();
    for id in ids.iter().filter(|id| seen.insert(**id)) {
        saved.push(super::get(state, caller, t, *id).await?);
    }
    Ok(saved)
}

async fn all(state: &AppState, caller: &Caller, t: Table) -> Result<Vec<Saved>, EtlworksError> {
    let (rows, _) = store::page(
        &state.db,
        t,
        caller.tenant_id(),
        Default::default(),
        0,
        u64::MAX >> 1,
    )
    .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut found = tags::of(&state.db, t.resource_type, &ids).await?;
    let mut saved: Vec<Saved> = rows
        .into_iter()
        .map(|row| Saved {
            tags: found.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect();
    saved.reverse();
    Ok(saved)
}

/// One bundle entry as a draft.
fn draft(
    name: String,
    description: Option<String>,
    kind: String,
    properties: secrets::Properties,
    tags: Vec<String>,
) -> Draft {
    Draft {
        name,
        description,
        kind,
        properties: Some(properties),
        tags: Some(tags),
    }
}

/// The bundle's entries of section `s`, as drafts.
fn entries(bundle: &api::ExportBundle, s: Section) -> Vec<Draft> {
    let entry = |name: &str,
                 description: &Option<String>,
                 kind: &str,
                 properties: &secrets::Properties,
                 tags: &[String]| {
        draft(
            name.into(),
            description.clone(),
            kind.into(),
            properties.clone(),
            tags.to_vec(),
        )
    };
    match s.field {
        "connections" => bundle
            .connections
            .iter()
            .map(|c| {
                entry(
                    &c.name,
                    &c.description,
                    &c.connection_type,
                    &c.properties,
                    &c.tags,
                )
            })
            .collect(),
        "formats" => bundle
            .formats
            .iter()
            .map(|c| {
                entry(
                    &c.name,
                    &c.description,
                    &c.format_type,
                    &c.properties,
                    &c.tags,
                )
            })
            .collect(),
        _ => bundle
            .listeners
            .iter()
            .flatten()
            .map(|c| {
                entry(
                    &c.name,
                    &c.description,
                    &c.connection_type,
                    &c.properties,
                    &c.tags,
                )
            })
            .collect(),
    }
}

/// Imports `bundle` into the caller's tenant, matching by name: a new name is created,
/// a known one replaced (its secrets kept where the bundle has `********`), an identical
/// one skipped. With `preview`, nothing is written. One transaction: a refused entry
/// (400 naming it) leaves the tenant as it was. Editors and above.
pub async fn import(
    state: &AppState,
    caller: &Caller,
    preview: bool,
    bundle: api::ExportBundle,
) -> Result<api::ImportResult, EtlworksError> {
    caller.at_least(Role::Editor, "import bundles")?;
    check_times(&bundle)?;
    let mut items = Vec::new();
    for (kind, names) in [
        (
            api::ImportItemResourceType::Flow,
            bundle
                .flows
                .iter()
                .map(|f| f.name.clone())
                .collect::<Vec<_>>(),
        ),
        (
            api::ImportItemResourceType::Schedule,
            bundle.schedules.iter().map(|s| s.name.clone()).collect(),
        ),
    ] {
        for name in names {
            items.push(api::ImportItem {
                resource_type: kind,
                name,
                action: api::ImportItemAction::Skip,
                id: None,
                message: Some("Understudy does not import flows and schedules yet".into()),
            });
        }
    }
    let tx = state.db.begin().await?;
    let now = state.now_ms();
    for s in SECTIONS {
        let mut names = HashSet::new();
        for (i, d) in entries(&bundle, s).into_iter().enumerate() {
            let at = format!("{}[{i}].", s.field);
            let name = d.name.trim().to_string();
            if !names.insert(name.clone()) {
                return Err(EtlworksError::BadRequest(format!(
                    "Field '{at}name': '{}' appears twice in the bundle",
                    d.name
                )));
            }
            let existing = store::named(&tx, s.t, caller.tenant_id(), &name).await?;
            let before = match existing {
                Some(row) => {
                    let tags = tags::of_one(&tx, s.t.resource_type, row.id).await?;
                    Some(Saved { row, tags })
                }
                None => None,
            };
            let super::Checked {
                fields,
                tags: tag_names,
                missing,
            } = checked_at(state, caller, s.t, d, before.as_ref().map(|b| &b.row), &at)?;
            let message = (!missing.is_empty()).then(|| {
                format!(
                    "Set {} again: the bundle holds it redacted",
                    missing
                        .iter()
                        .map(|k| format!("'{k}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
            let (action, id) = match &before {
                Some(b) if same(b, &fields, tag_names.as_deref()) => {
                    (api::ImportItemAction::Skip, Some(b.row.id))
                }
                Some(b) => {
                    if !preview {
                        write_over(&tx, now, caller, s.t, b, fields, tag_names).await?;
                    }
                    (api::ImportItemAction::Update, Some(b.row.id))
                }
                None if preview => (api::ImportItemAction::Create, None),
                None => {
                    let saved = write_new(&tx, now, caller, s.t, fields, tag_names).await?;
                    (api::ImportItemAction::Create, Some(saved.row.id))
                }
            };
            items.push(api::ImportItem {
                resource_type: s.item,
                name,
                action,
                id: id.map(i64::from),
                message,
            });
        }
    }
    if preview {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(api::ImportResult { preview, items })
}

/// The bundle's date-times are RFC 3339 (a flow's are checked though flows are not
/// imported yet: the contract says what a bundle holds).
fn check_times(bundle: &api::ExportBundle) -> Result<(), EtlworksError> {
    let mut times = vec![("exportedAt".to_string(), Some(&bundle.exported_at))];
    for (i, f) in bundle.flows.iter().enumerate() {
        times.push((format!("flows[{i}].createdAt"), f.created_at.as_ref()));
        times.push((format!("flows[{i}].updatedAt"), f.updated_at.as_ref()));
    }
    for (field, time) in times {
        if time.is_some_and(|t| parse_rfc3339(t).is_none()) {
            return Err(EtlworksError::BadRequest(format!(
                "Field '{field}': not an RFC 3339 date-time"
            )));
        }
    }
    Ok(())
}

/// Whether writing `fields` and `tags` over `before` would change nothing.
fn same(before: &Saved, fields: &store::Fields, tags: Option<&[String]>) -> bool {
    let props = |text: &str| -> BTreeMap<String, serde_json::Value> { secrets::parse(text) };
    let mut old_tags = before.tags.clone();
    old_tags.sort();
    let mut new_tags = tags
        .map(<[String]>::to_vec)
        .unwrap_or_else(|| old_tags.clone());
    new_tags.sort();
    new_tags.dedup();
    before.row.name == fields.name
        && before.row.description == fields.description
        && before.row.kind == fields.kind
        && props(&before.row.properties) == props(&fields.properties)
        && old_tags == new_tags
}
