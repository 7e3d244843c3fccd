//! A flow's definition as a client sends it (`FlowInput`), checked once for both uses:
//! saving refuses it with a 400 naming the first field in error, `inspect` lists every
//! issue. Structure is checked here; what it refers to (connections, nested flows) by
//! [`super::inspect`], since a flow may be saved before its connections exist.

use std::collections::{BTreeMap, HashSet};

use generated::etlworks::v1 as api;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::tags;

/// A checked definition: every array present, names trimmed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Definition {
    pub name: String,
    pub description: Option<String>,
    pub flow_type: String,
    pub properties: BTreeMap<String, Value>,
    pub transformations: Vec<api::FlowTransformation>,
    pub mappings: Vec<api::FlowMapping>,
    pub connections: Vec<i64>,
    pub nested_flows: Vec<api::NestedFlowStep>,
    pub tags: Vec<String>,
}

/// A problem with a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub error: bool,
    pub field: Option<String>,
    pub message: String,
}

impl Issue {
    pub fn error(field: impl Into<String>, message: impl Into<String>) -> Issue {
        Issue {
            error: true,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    pub fn warning(field: impl Into<String>, message: impl Into<String>) -> Issue {
        Issue {
            error: false,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    pub fn view(&self) -> api::InspectionIssue {
        api::InspectionIssue {
            severity: if self.error {
                api::InspectionIssueSeverity::Error
            } else {
                api::InspectionIssueSeverity::Warning
            },
            field: self.field.clone(),
            message: self.message.clone(),
        }
    }
}

const MAX_NAME: usize = 255;

/// The definition in `input` and the structural issues it has.
pub fn read(input: api::FlowInput) -> (Definition, Vec<Issue>) {
    let mut definition = Definition {
        name: input.name.trim().to_string(),
        description: input.description,
        flow_type: input.flow_type.trim().to_string(),
        properties: input.properties.unwrap_or_default(),
        transformations: input.transformations.unwrap_or_default(),
        mappings: input.mappings.unwrap_or_default(),
        connections: input.connections.unwrap_or_default(),
        nested_flows: input.nested_flows.unwrap_or_default(),
        tags: Vec::new(),
    };
    let mut issues = structure(&definition);
    // Tags are kept as every resource keeps them (trimmed, blanks dropped, once each).
    match tags::kept(input.tags.unwrap_or_default()) {
        Ok(kept) => definition.tags = kept,
        Err(i) => issues.push(Issue::error(format!("tags[{i}]"), tags::TOO_LONG)),
    }
    (definition, issues)
}

/// The definition in `input`, or a 400 naming the first field in error.
pub fn checked(input: api::FlowInput) -> Result<Definition, EtlworksError> {
    let (definition, issues) = read(input);
    match issues.into_iter().find(|i| i.error) {
        Some(issue) => Err(refusal(&issue)),
        None => Ok(definition),
    }
}

/// The 400 for an error issue.
pub fn refusal(issue: &Issue) -> EtlworksError {
    EtlworksError::BadRequest(match &issue.field {
        Some(field) => format!("Field '{field}': {}", issue.message),
        None => issue.message.clone(),
    })
}

fn structure(d: &Definition) -> Vec<Issue> {
    let mut issues = Vec::new();
    let name_length = d.name.chars().count();
    if name_length == 0 || name_length > MAX_NAME {
        issues.push(Issue::error("name", "1 to 255 characters, not only spaces"));
    }
    if d.flow_type.is_empty() || d.flow_type.chars().count() > MAX_NAME {
        issues.push(Issue::error(
            "flowType",
            "1 to 255 characters, not only spaces",
        ));
    }
    let mut names = HashSet::new();
    let mut indexes = HashSet::new();
    for (i, t) in d.transformations.iter().enumerate() {
        let at = format!("transformations[{i}]");
        if t.name.trim().is_empty() {
            issues.push(Issue::error(format!("{at}.name"), "must not be empty"));
        } else if !names.insert(t.name.as_str()) {
            issues.push(Issue::error(
                format!("{at}.name"),
                format!("another transformation is named '{}'", t.name),
            ));
        }
        // The index only orders the transformations (any integer does); two alike would
        // leave the order to chance.
        if !indexes.insert(t.index) {
            issues.push(Issue::error(
                format!("{at}.index"),
                format!("another transformation has index {}", t.index),
            ));
        }
    }
    for (i, m) in d.mappings.iter().enumerate() {
        let at = format!("mappings[{i}]");
        if !names.contains(m.transformation.as_str()) {
            issues.push(Issue::error(
                format!("{at}.transformation"),
                format!("no transformation is named '{}'", m.transformation),
            ));
        }
        if m.source.trim().is_empty() {
            issues.push(Issue::error(format!("{at}.source"), "must not be empty"));
        }
        if m.destination.trim().is_empty() && m.excluded != Some(true) {
            issues.push(Issue::error(
                format!("{at}.destination"),
                "must not be empty",
            ));
        }
    }
    // Ids (connections, formats, nested flows) are not checked here: one that names
    // nothing, whatever its sign, is reported where it is resolved — by inspect, and by
    // a run as an `error` naming it — as Etlworks saves a flow whose connection is gone.
    let mut orders = HashSet::new();
    for (i, step) in d.nested_flows.iter().enumerate() {
        let at = format!("nestedFlows[{i}]");
        if step.order < 1 {
            issues.push(Issue::error(format!("{at}.order"), "must be 1 or more"));
        } else if !orders.insert(step.order) {
            issues.push(Issue::error(
                format!("{at}.order"),
                format!("another step has order {}", step.order),
            ));
        }
    }
    if d.transformations.is_empty() && d.nested_flows.is_empty() {
        issues.push(Issue::warning(
            "transformations",
            "the flow has no transformations nor nested flows: a run does nothing",
        ));
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(json: Value) -> api::FlowInput {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn a_mapping_must_name_a_transformation() {
        let (_, issues) = read(input(serde_json::json!({
            "name": "f", "flowType": "flow.db.to.db",
            "transformations": [{"index": 0, "name": "a"}],
            "mappings": [{"transformation": "b", "source": "x", "destination": "y"}]
        })));
        let errors: Vec<_> = issues.iter().filter(|i| i.error).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].field.as_deref(),
            Some("mappings[0].transformation")
        );
    }

    #[test]
    fn duplicates_and_blank_names_are_errors_and_an_empty_flow_a_warning() {
        let (_, issues) = read(input(serde_json::json!({
            "name": "  ", "flowType": "flow.db.to.db", "tags": ["", " a ", "a", "x".repeat(65)],
            "nestedFlows": [{"flowId": 2, "order": 1}, {"flowId": 3, "order": 1}]
        })));
        let fields: Vec<_> = issues.iter().filter_map(|i| i.field.as_deref()).collect();
        assert_eq!(fields, ["name", "nestedFlows[1].order", "tags[3]"]);
        let (d, _) = read(input(
            serde_json::json!({"name": "f", "flowType": "t", "tags": ["", " a ", "a"]}),
        ));
        assert_eq!(d.tags, ["a"], "trimmed, blanks dropped, once each");
        let (_, issues) = read(input(serde_json::json!({"name": "f", "flowType": "t"})));
        assert_eq!(issues.len(), 1);
        assert!(!issues[0].error);
        assert!(checked(input(serde_json::json!({"name": "f", "flowType": "t"}))).is_ok());
    }
}
