//! The values a run's tasks and conditions name: static values, trigger variables and
//! properties, and what earlier tasks produced; and the conditions of `IF_ELSE`
//! branches over them.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::prefixed;
use crate::common::time::iso_ms;

/// What a finished task left for later ones.
#[derive(Default, Clone)]
pub struct Produced {
    pub num_rows: Option<i64>,
    pub content: Option<String>,
    /// The rows of a `COMPUTE` or `ETL` task, for a task that takes them as input.
    pub rows: Option<std::sync::Arc<Vec<Map<String, Value>>>>,
}

/// Everything a binding can name during one run.
pub struct Context {
    /// Trigger variable values by prefixed id.
    pub variables: Map<String, Value>,
    pub user_email: String,
    pub user_name: String,
    pub start_ms: i64,
    pub produced: HashMap<String, Produced>,
}

impl Context {
    /// The value of one binding (`{type, ...}`).
    pub fn value(&self, binding: &Value) -> Result<Value, String> {
        let text = |k: &str| binding.get(k).and_then(Value::as_str).unwrap_or_default();
        match text("type") {
            "STATIC_VALUE" => Ok(binding.get("value").cloned().unwrap_or(Value::Null)),
            "TRIGGER_VARIABLE" => Ok(self
                .variables
                .get(&prefixed(text("variableId")))
                .cloned()
                .unwrap_or(Value::Null)),
            "TRIGGER_PROPERTY" => match text("property") {
                "USER_EMAIL" => Ok(Value::String(self.user_email.clone())),
                "USER_NAME" => Ok(Value::String(self.user_name.clone())),
                "START_TIMESTAMP" => Ok(Value::String(iso_ms(self.start_ms))),
                other => Err(format!("no trigger property {other}")),
            },
            "TASK_PROPERTY" => {
                let source = text("sourceTaskId");
                let produced = self
                    .produced
                    .get(source)
                    .ok_or_else(|| format!("task {source} has not run"))?;
                match text("property") {
                    "NUM_ROWS" => Ok(produced.num_rows.map(Value::from).unwrap_or(Value::Null)),
                    "GENERATED_CONTENT" => Ok(produced
                        .content
                        .clone()
                        .map(Value::String)
                        .unwrap_or(Value::Null)),
                    other => Err(format!("task property {other} is not produced here")),
                }
            }
            other => Err(format!("binding type {other} is not resolved here")),
        }
    }

    /// A task parameter's bindings (`{bindings: [...]}`) joined as text.
    pub fn text(&self, parameter: Option<&Value>) -> Result<String, String> {
        let mut out = String::new();
        let bindings = parameter
            .and_then(|p| p.get("bindings"))
            .and_then(Value::as_array);
        for b in bindings.into_iter().flatten() {
            match self.value(b)? {
                Value::Null => {}
                Value::String(s) => out.push_str(&s),
                other => out.push_str(&other.to_string()),
            }
        }
        Ok(out)
    }

    /// Whether `condition` (`{joinWith, items: [{operator, operands}]}`) holds.
    pub fn holds(&self, condition: &Value) -> Result<bool, String> {
        let any = condition.get("joinWith").and_then(Value::as_str) == Some("OR");
        let items = condition.get("items").and_then(Value::as_array);
        let mut results = Vec::new();
        for item in items.into_iter().flatten() {
            let operator = item.get("operator").and_then(Value::as_str).unwrap_or("");
            let operands = item
                .get("operands")
                .and_then(Value::as_array)
                .map(|ops| ops.iter().map(|o| self.value(o)).collect())
                .unwrap_or_else(|| Ok(Vec::new()))?;
            results.push(compare(operator, &operands)?);
        }
        Ok(if any {
            results.into_iter().any(|r| r)
        } else {
            results.into_iter().all(|r| r)
        })
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        _ => false,
    }
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Orders two values: as numbers when both are, else as text (ISO dates and times
/// order as text).
fn order(a: &Value, b: &Value) -> std::cmp::Ordering {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
        _ => as_text(a).cmp(&as_text(b)),
    }
}

/// One condition item.
fn compare(operator: &str, operands: &[Value]) -> Result<bool, String> {
    use std::cmp::Ordering::*;
    let first = operands.first().cloned().unwrap_or(Value::Null);
    if let "IS_EMPTY" | "IS_NOT_EMPTY" = operator {
        return Ok(is_empty(&first) == (operator == "IS_EMPTY"));
    }
    let second = operands
        .get(1)
        .ok_or_else(|| format!("{operator} needs two operands"))?;
    let (a, b) = (as_text(&first), as_text(second));
    Ok(match operator {
        "EQUALS" => order(&first, second) == Equal,
        "DOES_NOT_EQUAL" => order(&first, second) != Equal,
        "STRICTLY_GREATER_THAN" | "IS_AFTER" => order(&first, second) == Greater,
        "STRICTLY_LESSER_THAN" | "IS_BEFORE" => order(&first, second) == Less,
        "GREATER_THAN_OR_EQUALS" | "IS_ON_OR_AFTER" => order(&first, second) != Less,
        "LESSER_THAN_OR_EQUALS" | "IS_ON_OR_BEFORE" => order(&first, second) != Greater,
        "BEGINS_WITH" => a.starts_with(&b),
        "ENDS_WITH" => a.ends_with(&b),
        "CONTAINS" => a.contains(&b),
        "DOES_NOT_BEGIN_WITH" => !a.starts_with(&b),
        "DOES_NOT_END_WITH" => !a.ends_with(&b),
        "DOES_NOT_CONTAIN" => !a.contains(&b),
        other => return Err(format!("no condition operator {other}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn context() -> Context {
        let mut variables = Map::new();
        variables.insert("taskVariable_region".into(), json!("EMEA"));
        variables.insert("taskVariable_limit".into(), json!(10));
        Context {
            variables,
            user_email: "ada@example.com".into(),
            user_name: "Ada".into(),
            start_ms: 0,
            produced: HashMap::new(),
        }
    }

    #[test]
    fn bindings_resolve_static_values_variables_and_properties() {
        let c = context();
        let joined = c.text(Some(&json!({"bindings": [
            {"type": "STATIC_VALUE", "value": "Region "},
            {"type": "TRIGGER_VARIABLE", "variableId": "region"},
            {"type": "STATIC_VALUE", "value": " by "},
            {"type": "TRIGGER_PROPERTY", "property": "USER_EMAIL"},
        ]})));
        assert_eq!(joined.unwrap(), "Region EMEA by ada@example.com");
        let unknown = c
            .value(&json!({"type": "TASK_PROPERTY", "sourceTaskId": "t9", "property": "NUM_ROWS"}));
        assert_eq!(unknown.unwrap_err(), "task t9 has not run");
    }

    #[test]
    fn conditions_compare_numbers_as_numbers_and_join_with_and_or() {
        let c = context();
        let var = json!({"type": "TRIGGER_VARIABLE", "variableId": "taskVariable_limit"});
        let nine = json!({"type": "STATIC_VALUE", "value": 9});
        let holds = |join: &str, op2: &str| {
            c.holds(&json!({"joinWith": join, "items": [
                {"operator": "STRICTLY_GREATER_THAN", "operands": [var, nine]},
                {"operator": op2, "operands": [{"type": "TRIGGER_VARIABLE", "variableId": "region"}, {"type": "STATIC_VALUE", "value": "EM"}]},
            ]}))
            .unwrap()
        };
        // 10 > 9 numerically (as text "10" < "9").
        assert!(holds("AND", "BEGINS_WITH"));
        assert!(!holds("AND", "DOES_NOT_BEGIN_WITH"));
        assert!(holds("OR", "DOES_NOT_BEGIN_WITH"));
        let empty = json!({"items": [{"operator": "IS_EMPTY", "operands": [{"type": "TRIGGER_VARIABLE", "variableId": "missing"}]}]});
        assert!(c.holds(&empty).unwrap());
        let bad = json!({"items": [{"operator": "LOOKS_LIKE", "operands": [nine, nine]}]});
        assert_eq!(
            c.holds(&bad).unwrap_err(),
            "no condition operator LOOKS_LIKE"
        );
    }
}
