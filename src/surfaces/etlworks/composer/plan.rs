//! What the composer understood so far about a draft (its plan, stored as JSON with the
//! draft), and the flow definition it makes: one transformation from a source to a
//! destination, with its mappings, in the shape the flows service saves and the runner
//! executes.

use std::collections::BTreeMap;

use generated::etlworks::v1 as api;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::grammar::ObjectKind;

/// A connection the composer found in the tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Linked {
    pub id: i64,
    pub name: String,
    /// What the connection holds: `db` or `file` (or another category, e.g. `api`).
    pub holds: String,
    /// Whether Understudy's runner can move data through it.
    #[serde(default)]
    pub runnable: bool,
}

/// One end of the transformation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndPlan {
    pub connection: Option<Linked>,
    pub object: Option<String>,
    pub kind: Option<ObjectKind>,
}

impl EndPlan {
    /// `db` or `file`, from the connection, else from the object.
    fn holds(&self) -> &str {
        match (&self.connection, self.kind) {
            (Some(c), _) => c.holds.as_str(),
            (None, Some(ObjectKind::File)) => "file",
            _ => "db",
        }
    }
}

/// The composer's plan for a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub flow_name: Option<String>,
    pub description: Option<String>,
    pub source: EndPlan,
    pub destination: EndPlan,
    /// Source column, destination column; a source mapped twice keeps the last.
    pub mappings: Vec<(String, String)>,
    pub action: Option<String>,
    pub lookup_fields: Vec<String>,
}

/// The transformation's name when nothing better is known.
const COPY: &str = "copy";

impl Plan {
    /// The plan of a stored draft (a broken one reads as empty rather than failing).
    pub fn parse(text: &str) -> Plan {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// What is still needed before the draft makes a flow that runs.
    pub fn missing(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (what, end) in [("source", &self.source), ("destination", &self.destination)] {
            if end.connection.is_none() {
                out.push(format!("{what} connection"));
            }
            if end.object.is_none() {
                out.push(format!("{what} table or file"));
            }
        }
        if self.action.as_deref() == Some("merge") && self.lookup_fields.is_empty() {
            out.push("lookup fields for action merge".into());
        }
        out
    }

    /// `flow.<source>.to.<destination>`, `db` or `file` at each end.
    pub fn flow_type(&self) -> String {
        format!(
            "flow.{}.to.{}",
            self.source.holds(),
            self.destination.holds()
        )
    }

    fn transformation_name(&self) -> String {
        match (&self.source.object, &self.destination.object) {
            (Some(s), Some(d)) => format!("{s} to {d}"),
            _ => COPY.to_string(),
        }
    }

    /// The flow definition, named `fallback_name` unless the user named it.
    pub fn definition(
        &self,
        fallback_name: &str,
        fallback_description: Option<&str>,
    ) -> api::FlowInput {
        let name = self
            .flow_name
            .clone()
            .unwrap_or_else(|| fallback_name.to_string());
        let description = self
            .description
            .clone()
            .or_else(|| fallback_description.map(str::to_string));
        let started = self.source != EndPlan::default() || self.destination != EndPlan::default();
        let t_name = self.transformation_name();
        let mut properties = BTreeMap::new();
        if let Some(action) = &self.action {
            properties.insert("action".to_string(), Value::String(action.clone()));
        }
        if !self.lookup_fields.is_empty() {
            properties.insert(
                "lookupFields".to_string(),
                Value::String(self.lookup_fields.join(",")),
            );
        }
        let transformations = started.then(|| api::FlowTransformation {
            index: 0,
            name: t_name.clone(),
            source_connection_id: self.source.connection.as_ref().map(|c| c.id),
            source_format_id: None,
            source_object: self.source.object.clone(),
            destination_connection_id: self.destination.connection.as_ref().map(|c| c.id),
            destination_format_id: None,
            destination_object: self.destination.object.clone(),
            properties: Some(properties),
        });
        let mappings = match &transformations {
            Some(_) => self
                .mappings
                .iter()
                .map(|(s, d)| api::FlowMapping {
                    transformation: t_name.clone(),
                    source: s.clone(),
                    destination: d.clone(),
                    function: None,
                    excluded: None,
                })
                .collect(),
            None => vec![],
        };
        let mut connections: Vec<i64> = [&self.source, &self.destination]
            .iter()
            .filter_map(|e| e.connection.as_ref().map(|c| c.id))
            .collect();
        connections.dedup();
        api::FlowInput {
            name,
            description,
            flow_type: self.flow_type(),
            properties: Some(BTreeMap::new()),
            transformations: Some(transformations.into_iter().collect()),
            mappings: Some(mappings),
            connections: Some(connections),
            nested_flows: Some(vec![]),
            tags: Some(vec![]),
        }
    }
}
