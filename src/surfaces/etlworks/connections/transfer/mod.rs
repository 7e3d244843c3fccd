//! Export and import (`/io/export`, `/io/import`): a bundle of a tenant's connections,
//! formats, listeners, flows and schedules — secrets redacted, placeholders kept —
//! brought into a tenant by name, in one transaction. Connections, formats and
//! listeners are each one [`Section`]; flows and schedules, which refer to them by id,
//! are in [`flows`].

mod flows;

use std::collections::{BTreeMap, HashMap, HashSet};

use generated::etlworks::v1 as api;
use sea_orm::TransactionTrait;

use self::flows::IdMap;
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

/// The caller's tenant's resources named in `request` (without any id, all of them),
/// secrets redacted; with `includeDependencies` (the default) also what the chosen
/// flows and schedules use.
pub async fn export(
    state: &AppState,
    caller: &Caller,
    request: api::ExportRequest,
) -> Result<api::ExportBundle, EtlworksError> {
    bundle(state, caller, request, false).await
}

/// Everything of the caller's tenant with its secrets in clear text: what a fixtures
/// file holds, so that loading it gives connections that still connect.
pub async fn export_with_secrets(
    state: &AppState,
    caller: &Caller,
) -> Result<api::ExportBundle, EtlworksError> {
    let everything = api::ExportRequest {
        flows: None,
        connections: None,
        formats: None,
        schedules: None,
        listeners: None,
        include_dependencies: None,
    };
    bundle(state, caller, everything, true).await
}

async fn bundle(
    state: &AppState,
    caller: &Caller,
    request: api::ExportRequest,
    clear: bool,
) -> Result<api::ExportBundle, EtlworksError> {
    let everything = request.connections.is_none()
        && request.formats.is_none()
        && request.listeners.is_none()
        && request.flows.is_none()
        && request.schedules.is_none();
    let (flows, schedules, needs) = flows::exported(
        state,
        caller,
        request.flows.as_deref(),
        request.schedules.as_deref(),
        everything,
        request.include_dependencies.unwrap_or(true),
    )
    .await?;
    let mut found: HashMap<&str, Vec<Saved>> = HashMap::new();
    for s in SECTIONS {
        let (asked, needed) = match s.field {
            "connections" => (&request.connections, Some(&needs.connections)),
            "formats" => (&request.formats, Some(&needs.formats)),
            _ => (&request.listeners, None),
        };
        let mut saved = match asked {
            Some(ids) => chosen(state, caller, s.t, ids).await?,
            None if everything => all(state, caller, s.t).await?,
            None => vec![],
        };
        let have: HashSet<i32> = saved.iter().map(|x| x.row.id).collect();
        for &id in needed.into_iter().flatten() {
            // A connection a flow names but that is gone stays the flow's problem.
            if i32::try_from(id).is_ok_and(|id| !have.contains(&id)) {
                if let Ok(dependency) = super::get(state, caller, s.t, id).await {
                    saved.push(dependency);
                }
            }
        }
        found.insert(s.field, saved);
    }
    let take = |field: &str| found.get(field).cloned().unwrap_or_default();
    // What a client reads has its secrets redacted; a fixtures file keeps them.
    let props = |s: &Saved, shown: secrets::Properties| match clear {
        true => secrets::parse(&s.row.properties),
        false => shown,
    };
    Ok(api::ExportBundle {
        version: BUNDLE_VERSION.into(),
        exported_at: iso_seconds(state.now_ms()),
        tenant: Some(caller.tenant().name.clone()),
        flows,
        connections: take("connections")
            .iter()
            .map(|s| {
                let c = views::connection(s);
                api::Connection {
                    properties: props(s, c.properties),
                    ..c
                }
            })
            .collect(),
        formats: take("formats")
            .iter()
            .map(|s| {
                let f = views::format(s);
                api::Format {
                    properties: props(s, f.properties),
                    ..f
                }
            })
            .collect(),
        schedules,
        listeners: Some(
            take("listeners")
                .iter()
                .map(|s| {
                    let l = views::listener(s);
                    api::Listener {
                        properties: props(s, l.properties),
                        ..l
                    }
                })
                .collect(),
        ),
    })
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

/// The bundle's entries of section `s`: their ids in the bundle, as drafts.
fn entries(bundle: &api::ExportBundle, s: Section) -> Vec<(i64, Draft)> {
    let entry = |id: i64,
                 name: &str,
                 description: &Option<String>,
                 kind: &str,
                 properties: &secrets::Properties,
                 tags: &[String]| {
        let d = draft(
            name.into(),
            description.clone(),
            kind.into(),
            properties.clone(),
            tags.to_vec(),
        );
        (id, d)
    };
    match s.field {
        "connections" => bundle
            .connections
            .iter()
            .map(|c| {
                entry(
                    c.id,
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
                    c.id,
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
                    c.id,
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
/// one skipped. Connections, formats and listeners go first, then flows (nested ones
/// first), then schedules, each id the bundle holds translated to this tenant's. One
/// transaction: a refused entry (400 naming it) leaves the tenant as it was, and
/// `preview` does the whole import in it and rolls it back. Editors and above.
pub async fn import(
    state: &AppState,
    caller: &Caller,
    preview: bool,
    bundle: api::ExportBundle,
) -> Result<api::ImportResult, EtlworksError> {
    import_into(&state.db, state, caller, preview, bundle).await
}

/// [`import`] in a transaction of `db` (a fixtures load imports inside its own).
pub async fn import_into<C: TransactionTrait>(
    db: &C,
    state: &AppState,
    caller: &Caller,
    preview: bool,
    bundle: api::ExportBundle,
) -> Result<api::ImportResult, EtlworksError> {
    caller.at_least(Role::Editor, "import bundles")?;
    check_times(&bundle)?;
    let mut items = Vec::new();
    let tx = crate::store::begin(db).await?;
    let now = state.now_ms();
    let mut maps: HashMap<&str, IdMap> = HashMap::new();
    for s in SECTIONS {
        let mut names = HashSet::new();
        let map = maps.entry(s.field).or_default();
        for (i, (bundle_id, d)) in entries(&bundle, s).into_iter().enumerate() {
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
                    (api::ImportItemAction::Skip, b.row.id)
                }
                Some(b) => {
                    write_over(&tx, now, caller, s.t, b, fields, tag_names).await?;
                    (api::ImportItemAction::Update, b.row.id)
                }
                None => {
                    let saved = write_new(&tx, now, caller, s.t, fields, tag_names).await?;
                    (api::ImportItemAction::Create, saved.row.id)
                }
            };
            map.insert(bundle_id, i64::from(id));
            items.push(api::ImportItem {
                resource_type: s.item,
                name,
                action,
                id: Some(i64::from(id)),
                message,
            });
        }
    }
    let (connections, formats) = (&maps["connections"], &maps["formats"]);
    let flow_ids = flows::import_flows(
        &tx,
        state,
        caller,
        &bundle.flows,
        connections,
        formats,
        &mut items,
    )
    .await?;
    flows::import_schedules(&tx, state, caller, &bundle.schedules, &flow_ids, &mut items).await?;
    if preview {
        tx.rollback().await?;
        // Nothing was created: a created item has no id yet.
        for item in &mut items {
            if item.action == api::ImportItemAction::Create {
                item.id = None;
            }
        }
    } else {
        tx.commit().await?;
    }
    Ok(api::ImportResult { preview, items })
}

/// The bundle's date-times are RFC 3339.
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
