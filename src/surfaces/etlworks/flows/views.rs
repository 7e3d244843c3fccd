//! A stored flow as the API shows it, and the JSON columns it is kept in.

use generated::etlworks::v1 as api;
use sea_orm::Set;
use serde::de::DeserializeOwned;

use super::definition::Definition;
use crate::common::time::iso_seconds;
use crate::store::entities::et_flow;

/// `row` with its `tags` as the API shows it.
pub fn flow(row: &et_flow::Model, tags: Vec<String>) -> api::Flow {
    api::Flow {
        id: i64::from(row.id),
        name: row.name.clone(),
        description: row.description.clone(),
        flow_type: row.flow_type.clone(),
        properties: column(&row.properties),
        transformations: column(&row.transformations),
        mappings: column(&row.mappings),
        connections: column(&row.connections),
        nested_flows: column(&row.nested_flows),
        tags,
        created_at: Some(iso_seconds(row.created_at)),
        updated_at: Some(iso_seconds(row.updated_at)),
        owner: Some(row.owner.clone()),
    }
}

/// The definition `row` holds (what a run executes and `documentation` describes).
pub fn definition(row: &et_flow::Model, tags: Vec<String>) -> Definition {
    Definition {
        name: row.name.clone(),
        description: row.description.clone(),
        flow_type: row.flow_type.clone(),
        properties: column(&row.properties),
        transformations: column(&row.transformations),
        mappings: column(&row.mappings),
        connections: column(&row.connections),
        nested_flows: column(&row.nested_flows),
        tags,
    }
}

/// Writes `d` into the columns of `row`.
pub fn store(row: &mut et_flow::ActiveModel, d: &Definition) {
    row.name = Set(d.name.clone());
    row.description = Set(d.description.clone());
    row.flow_type = Set(d.flow_type.clone());
    row.properties = Set(json(&d.properties));
    row.transformations = Set(json(&d.transformations));
    row.mappings = Set(json(&d.mappings));
    row.connections = Set(json(&d.connections));
    row.nested_flows = Set(json(&d.nested_flows));
}

fn json(value: &impl serde::Serialize) -> String {
    // The API's own types always serialize.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// A JSON column read back; columns are written only by [`store`], so a column that does
/// not parse is empty rather than an error a client could do nothing about.
fn column<T: DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| {
        tracing::error!(error = %e, "etlworks: a stored flow column does not parse");
        T::default()
    })
}
