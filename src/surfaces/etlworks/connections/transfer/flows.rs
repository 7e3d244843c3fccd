//! The flows and schedules of a bundle: exported with what they depend on (the
//! connections and formats their transformations name, the flows they nest, a
//! schedule's flow), imported by name after the connections and formats, with every id
//! a bundle holds translated to the id its namesake has in the importing tenant.

use std::collections::{BTreeSet, HashMap, HashSet};

use generated::etlworks::v1 as api;
use sea_orm::DatabaseTransaction;

use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::{flows as flow_store, schedules as schedule_store, tags};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::flows::{self, definition, views as flow_views};
use crate::surfaces::etlworks::schedules::{self, input as schedule_input};

/// Bundle id → id in the importing tenant, per kind. An id the bundle does not carry
/// stays as it is: the flow then names what has that id here, as `inspect` reports.
#[derive(Default)]
pub struct IdMap(HashMap<i64, i64>);

impl IdMap {
    pub fn insert(&mut self, bundle_id: i64, id: i64) {
        self.0.insert(bundle_id, id);
    }

    fn get(&self, id: i64) -> i64 {
        self.0.get(&id).copied().unwrap_or(id)
    }

    fn opt(&self, id: Option<i64>) -> Option<i64> {
        id.map(|id| self.get(id))
    }
}

/// What exporting flows and schedules needs besides them: connection and format ids.
#[derive(Default)]
pub struct Needs {
    pub connections: BTreeSet<i64>,
    pub formats: BTreeSet<i64>,
}

/// The flows and schedules to bundle. `flow_ids`/`schedule_ids` of `None` mean all of
/// the tenant's when `everything`, none otherwise; a named id that is not a live one of
/// the tenant is a 404. With `dependencies`, a schedule brings its flow and a flow the
/// flows it nests (transitively) and its connections and formats (in `Needs`).
pub async fn exported(
    state: &AppState,
    caller: &Caller,
    flow_ids: Option<&[i64]>,
    schedule_ids: Option<&[i64]>,
    everything: bool,
    dependencies: bool,
) -> Result<(Vec<api::Flow>, Vec<api::FlowSchedule>, Needs), EtlworksError> {
    let db = &state.db;
    let schedule_rows = match schedule_ids {
        Some(ids) => {
            let mut rows = Vec::new();
            for id in unique(ids) {
                rows.push(schedules::live(db, caller, id).await?);
            }
            rows
        }
        None if everything => schedule_store::all(db, caller.tenant_id()).await?,
        None => vec![],
    };
    let mut flow_rows = match flow_ids {
        Some(ids) => {
            let mut rows = Vec::new();
            for id in unique(ids) {
                rows.push(flows::live(db, caller, id).await?);
            }
            rows
        }
        None if everything => flow_store::all(db, caller.tenant_id()).await?,
        None => vec![],
    };
    let mut needs = Needs::default();
    if dependencies {
        let mut queue: Vec<i64> = schedule_rows.iter().map(|s| i64::from(s.flow_id)).collect();
        let mut seen: HashSet<i64> = flow_rows.iter().map(|f| i64::from(f.id)).collect();
        for row in &flow_rows {
            queue.extend(nested(&flow_views::definition(row, vec![])));
        }
        while let Some(id) = queue.pop() {
            if !seen.insert(id) {
                continue;
            }
            // A nested flow since deleted is the nesting flow's problem, not the export's.
            if let Ok(row) = flows::live(db, caller, id).await {
                queue.extend(nested(&flow_views::definition(&row, vec![])));
                flow_rows.push(row);
            }
        }
        for row in &flow_rows {
            let d = flow_views::definition(row, vec![]);
            needs.connections.extend(d.connections.iter().copied());
            for t in &d.transformations {
                needs.connections.extend(t.source_connection_id);
                needs.connections.extend(t.destination_connection_id);
                needs.formats.extend(t.source_format_id);
                needs.formats.extend(t.destination_format_id);
            }
        }
    }
    flow_rows.sort_by_key(|f| f.id);
    let ids: Vec<i32> = flow_rows.iter().map(|f| f.id).collect();
    let mut flow_tags = tags::of(db, "flow", &ids).await?;
    let flows = flow_rows
        .iter()
        .map(|f| flow_views::flow(f, flow_tags.remove(&f.id).unwrap_or_default()))
        .collect();
    let ids: Vec<i32> = schedule_rows.iter().map(|s| s.id).collect();
    let mut schedule_tags = tags::of(db, "schedule", &ids).await?;
    let schedules = schedule_rows
        .iter()
        .map(|s| schedule_input::view(s, schedule_tags.remove(&s.id).unwrap_or_default()))
        .collect();
    Ok((flows, schedules, needs))
}

fn unique(ids: &[i64]) -> Vec<i64> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

fn nested(d: &definition::Definition) -> impl Iterator<Item = i64> + '_ {
    d.nested_flows.iter().map(|n| n.flow_id)
}

/// Imports the bundle's flows into the transaction `tx`, nested flows before the flows
/// that nest them, ids translated through `connections` and `formats`: a new name is
/// created, a known one replaced, an identical one skipped. The bundle-id → id map of
/// the flows is what the schedules then use.
pub async fn import_flows(
    tx: &DatabaseTransaction,
    state: &AppState,
    caller: &Caller,
    bundle: &[api::Flow],
    connections: &IdMap,
    formats: &IdMap,
    items: &mut Vec<api::ImportItem>,
) -> Result<IdMap, EtlworksError> {
    let mut ids = IdMap::default();
    for i in nesting_order(bundle)? {
        let flow = &bundle[i];
        let at = format!("flows[{i}].");
        let input = translated(flow, connections, formats, &ids);
        let (d, issues) = definition::read(input);
        if let Some(issue) = issues.into_iter().find(|i| i.error) {
            let field = issue.field.as_deref().unwrap_or("name");
            return Err(EtlworksError::BadRequest(format!(
                "Field '{at}{field}': {}",
                issue.message
            )));
        }
        let existing = flow_store::by_name(tx, caller.tenant_id(), &d.name).await?;
        let (action, id) = match existing {
            Some(row) => {
                let mut now = flow_views::definition(&row, tags::of_one(tx, "flow", row.id).await?);
                now.tags.sort();
                let mut wanted = d.clone();
                wanted.tags.sort();
                wanted.tags.dedup();
                let id = i64::from(row.id);
                if json(&now) == json(&wanted) {
                    (api::ImportItemAction::Skip, id)
                } else {
                    flows::update_in(tx, state, caller, row, &d).await?;
                    (api::ImportItemAction::Update, id)
                }
            }
            None => {
                let view = flows::create_in(tx, state, caller, &d).await?;
                (api::ImportItemAction::Create, view.id)
            }
        };
        ids.insert(flow.id, id);
        items.push(item(api::ImportItemResourceType::Flow, d.name, action, id));
    }
    Ok(ids)
}

/// Imports the bundle's schedules, each on the flow its `flowId` translates to.
pub async fn import_schedules(
    tx: &DatabaseTransaction,
    state: &AppState,
    caller: &Caller,
    bundle: &[api::FlowSchedule],
    flows: &IdMap,
    items: &mut Vec<api::ImportItem>,
) -> Result<(), EtlworksError> {
    let mut names = HashSet::new();
    for (i, s) in bundle.iter().enumerate() {
        let at = format!("schedules[{i}].");
        let input = api::FlowScheduleInput {
            name: s.name.clone(),
            description: s.description.clone(),
            tags: Some(s.tags.clone()),
            flow_id: flows.get(s.flow_id),
            schedule: s.schedule.clone(),
            enabled: Some(s.enabled),
            email_success: Some(s.email_success),
            email_failure: Some(s.email_failure),
            emails: s.emails.clone(),
            retries: Some(s.retries),
            delay_between_retries: Some(s.delay_between_retries),
            expected_time: s.expected_time,
            debug: Some(s.debug),
            log_step: s.log_step,
            keep_message: Some(s.keep_message),
            keep_empty_audit: Some(s.keep_empty_audit),
        };
        let flow_id = input.flow_id;
        let checked = match schedule_input::checked(tx, caller, input).await {
            Ok(checked) => checked,
            Err(EtlworksError::NotFound(_)) => {
                return Err(EtlworksError::BadRequest(format!(
                    "Field '{at}flowId': flow {flow_id} is neither in the bundle nor here"
                )))
            }
            Err(e) => return Err(e.at_field(&at)),
        };
        let name = checked.input.name.clone();
        if !names.insert(name.clone()) {
            return Err(EtlworksError::BadRequest(format!(
                "Field '{at}name': '{name}' appears twice in the bundle"
            )));
        }
        let existing = schedule_store::by_name(tx, caller.tenant_id(), &name).await?;
        let (action, id) = match existing {
            Some(row) => {
                let id = i64::from(row.id);
                let mut now =
                    schedule_input::view(&row, tags::of_one(tx, "schedule", row.id).await?);
                now.tags.sort();
                let mut wanted = s.clone();
                wanted.id = id;
                wanted.name = name.clone();
                wanted.flow_id = i64::from(checked.flow.id);
                wanted.schedule = checked.input.schedule.clone();
                wanted.tags.sort();
                wanted.tags.dedup();
                if json(&now) == json(&wanted) {
                    (api::ImportItemAction::Skip, id)
                } else {
                    schedules::update_in(tx, state, caller, row, &checked).await?;
                    (api::ImportItemAction::Update, id)
                }
            }
            None => {
                let view = schedules::create_in(tx, state, caller, &checked).await?;
                (api::ImportItemAction::Create, view.id)
            }
        };
        items.push(item(
            api::ImportItemResourceType::Schedule,
            name,
            action,
            id,
        ));
    }
    Ok(())
}

fn item(
    resource_type: api::ImportItemResourceType,
    name: String,
    action: api::ImportItemAction,
    id: i64,
) -> api::ImportItem {
    api::ImportItem {
        resource_type,
        name,
        action,
        id: Some(id),
        message: None,
    }
}

/// `flow` as an input with its connection, format and nested-flow ids translated.
fn translated(
    flow: &api::Flow,
    connections: &IdMap,
    formats: &IdMap,
    flows: &IdMap,
) -> api::FlowInput {
    let transformations = flow
        .transformations
        .iter()
        .cloned()
        .map(|mut t| {
            t.source_connection_id = connections.opt(t.source_connection_id);
            t.destination_connection_id = connections.opt(t.destination_connection_id);
            t.source_format_id = formats.opt(t.source_format_id);
            t.destination_format_id = formats.opt(t.destination_format_id);
            t
        })
        .collect();
    let nested_flows = flow
        .nested_flows
        .iter()
        .cloned()
        .map(|mut n| {
            n.flow_id = flows.get(n.flow_id);
            n
        })
        .collect();
    api::FlowInput {
        name: flow.name.clone(),
        description: flow.description.clone(),
        flow_type: flow.flow_type.clone(),
        properties: Some(flow.properties.clone()),
        transformations: Some(transformations),
        mappings: Some(flow.mappings.clone()),
        connections: Some(
            flow.connections
                .iter()
                .map(|c| connections.get(*c))
                .collect(),
        ),
        nested_flows: Some(nested_flows),
        tags: Some(flow.tags.clone()),
    }
}

/// The bundle's flows in an order where a flow comes after the bundle's flows it nests;
/// a name twice, or flows nesting each other in a circle, is a 400.
fn nesting_order(bundle: &[api::Flow]) -> Result<Vec<usize>, EtlworksError> {
    let mut names = HashSet::new();
    for (i, f) in bundle.iter().enumerate() {
        if !names.insert(f.name.trim()) {
            return Err(EtlworksError::BadRequest(format!(
                "Field 'flows[{i}].name': '{}' appears twice in the bundle",
                f.name
            )));
        }
    }
    let index: HashMap<i64, usize> = bundle.iter().enumerate().map(|(i, f)| (f.id, i)).collect();
    let mut order = Vec::with_capacity(bundle.len());
    // 0 = not visited, 1 = on the current path, 2 = placed.
    let mut mark = vec![0u8; bundle.len()];
    for start in 0..bundle.len() {
        let mut stack = vec![(start, false)];
        while let Some((i, done)) = stack.pop() {
            if done {
                mark[i] = 2;
                order.push(i);
                continue;
            }
            match mark[i] {
                2 => continue,
                1 => {
                    return Err(EtlworksError::BadRequest(format!(
                        "Field 'flows[{i}].nestedFlows': the bundle's flows nest each other in a circle"
                    )))
                }
                _ => {}
            }
            mark[i] = 1;
            stack.push((i, true));
            for n in &bundle[i].nested_flows {
                if let Some(&j) = index.get(&n.flow_id) {
                    if mark[j] != 2 {
                        stack.push((j, false));
                    }
                }
            }
        }
    }
    Ok(order)
}

fn json(value: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}
