//! `GET /flows/{id}/documentation`: a plain-English description of what a flow does,
//! written from its definition (transformations, mappings, nested steps) and tags.

use std::fmt::Write as _;

use super::definition::Definition;
use super::views;
use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::{flows, tags};
use crate::surfaces::etlworks::error::EtlworksError;

/// The documentation of the caller's tenant's flow `id`.
pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<String, EtlworksError> {
    let row = super::live(&state.db, caller, id).await?;
    let definition = views::definition(&row, tags::of_one(&state.db, "flow", row.id).await?);
    let steps: Vec<i32> = definition
        .nested_flows
        .iter()
        .filter_map(|s| i32::try_from(s.flow_id).ok())
        .collect();
    let nested = flows::among(&state.db, caller.tenant_id(), &steps).await?;
    let name_of = |id: i64| {
        nested
            .iter()
            .find(|f| i64::from(f.id) == id)
            .map(|f| format!("\"{}\"", f.name))
            .unwrap_or_else(|| format!("flow {id} (missing)"))
    };
    Ok(describe(&definition, &name_of))
}

/// The text for `d`; `flow_name` names a nested step's flow.
pub fn describe(d: &Definition, flow_name: &dyn Fn(i64) -> String) -> String {
    let mut text = format!("Flow \"{}\" ({})", d.name, d.flow_type);
    match &d.description {
        Some(desc) if !desc.trim().is_empty() => {
            let _ = write!(text, ": {}", desc.trim());
        }
        _ => {}
    }
    text.push('\n');
    let mut transformations: Vec<_> = d.transformations.iter().collect();
    transformations.sort_by_key(|t| t.index);
    if transformations.is_empty() && d.nested_flows.is_empty() {
        text.push_str("It has no transformations and no nested flows: a run does nothing.\n");
    }
    for t in transformations {
        let source = endpoint(t.source_object.as_deref(), t.source_connection_id);
        let destination = endpoint(t.destination_object.as_deref(), t.destination_connection_id);
        let _ = write!(
            text,
            "{}. \"{}\" reads {source} and writes {destination}",
            t.index + 1,
            t.name
        );
        let props = t.properties.clone().unwrap_or_default();
        match props.get("action").and_then(|a| a.as_str()) {
            Some("merge") => {
                let on = props
                    .get("lookupFields")
                    .and_then(|k| k.as_str())
                    .unwrap_or("its key");
                let _ = write!(text, ", merging on {on}");
            }
            Some(action) => {
                let _ = write!(text, " ({action})");
            }
            None => {}
        }
        text.push_str(".\n");
        for m in d.mappings.iter().filter(|m| m.transformation == t.name) {
            if m.excluded == Some(true) {
                let _ = writeln!(text, "   - {} is left out", m.source);
                continue;
            }
            let _ = write!(text, "   - {} -> {}", m.source, m.destination);
            if let Some(f) = &m.function {
                let _ = write!(text, " through {f}");
            }
            text.push('\n');
        }
    }
    let mut steps: Vec<_> = d.nested_flows.iter().collect();
    steps.sort_by_key(|s| s.order);
    for s in steps {
        let _ = write!(text, "Step {} runs {}", s.order, flow_name(s.flow_id));
        if s.enabled == Some(false) {
            text.push_str(" (disabled)");
        }
        if let Some(c) = &s.condition {
            let _ = write!(text, " when {c}");
        }
        text.push_str(".\n");
    }
    if !d.tags.is_empty() {
        let _ = writeln!(text, "Tags: {}.", d.tags.join(", "));
    }
    text
}

fn endpoint(object: Option<&str>, connection: Option<i64>) -> String {
    match (object, connection) {
        (Some(o), Some(c)) => format!("{o} through connection {c}"),
        (Some(o), None) => o.to_string(),
        (None, Some(c)) => format!("connection {c}"),
        (None, None) => "nothing".to_string(),
    }
}
