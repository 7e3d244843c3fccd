//! What `CreateWorkflow` and `UpdateWorkflow` accept: a name, tasks with unique ids
//! (branches included) whose references exist in the workspace, and trigger variables
//! with unique ids, stored prefixed. A refusal is a 400 naming the field.

use std::collections::HashSet;

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;
use serde_json::{Map, Value};

use super::prefixed;
use super::runs::check_value;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::store::entities::{kw_datasource, kw_layout};
use crate::store::kawa::{scoped, to_text_list, workflows::Definition};
use crate::surfaces::kawa::error::KawaError;

/// A command's workflow fields, whichever command sent them.
pub struct Given {
    pub display_information: api::DisplayInformation,
    pub tasks: Vec<api::WorkflowTaskDefinition>,
    pub control_panels: Option<Vec<std::collections::BTreeMap<String, Value>>>,
    pub trigger: api::WorkflowTriggerDefinition,
    pub schedule: Option<std::collections::BTreeMap<String, Value>>,
}

/// The name KAWA gives a variable type.
pub fn type_name(t: &api::WorkflowTriggerVariableType) -> &'static str {
    use api::WorkflowTriggerVariableType as T;
    match t {
        T::Text => "text",
        T::Integer => "integer",
        T::Decimal => "decimal",
        T::Boolean => "boolean",
        T::Date => "date",
        T::DateTime => "date_time",
    }
}

/// The summary of a stored task the contract's `Workflow` shows.
pub fn summary(task: &api::WorkflowTaskDefinition) -> api::WorkflowTask {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_string();
    let display = task.get("displayInformation");
    api::WorkflowTask {
        id: text(task.get("id")),
        type_: text(task.get("type")),
        display_information: api::DisplayInformation {
            display_name: text(display.and_then(|d| d.get("displayName"))),
            description: Some(text(display.and_then(|d| d.get("description")))),
        },
    }
}

/// Checks `given` against the workspace and, for a request, the caller's view of it
/// (the fixtures load has no caller: what a task names need only exist): the definition
/// to store.
pub async fn check<C: ConnectionTrait>(
    db: &C,
    caller: Option<&Caller>,
    scope: &InWorkspace,
    given: Given,
) -> Result<Definition, KawaError> {
    let name = given.display_information.display_name.trim().to_string();
    if name.is_empty() {
        return Err(KawaError::field(
            "displayInformation.displayName",
            "must not be blank",
        ));
    }
    let variables = variables(given.trigger.trigger_variables.unwrap_or_default())?;
    let datasource_ids = given.trigger.datasource_ids.unwrap_or_default();
    let mut walk = Walk {
        db,
        caller,
        scope,
        ids: HashSet::new(),
    };
    for (i, id) in datasource_ids.iter().enumerate() {
        walk.datasource(&format!("trigger.datasourceIds[{i}]"), id, false)
            .await?;
    }
    let tasks: Vec<Map<String, Value>> = given
        .tasks
        .iter()
        .map(|t| t.clone().into_iter().collect())
        .collect();
    walk.tasks("tasks", &tasks).await?;
    if let Some(schedule) = &given.schedule {
        super::schedule::check("schedule", schedule)?;
    }
    let trigger_type = serde_json::to_value(given.trigger.trigger_type)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "MANUAL".into());
    Ok(Definition {
        name,
        description: given.display_information.description.unwrap_or_default(),
        trigger_type,
        trigger_variables: serde_json::to_string(&variables).unwrap_or_else(|_| "[]".into()),
        datasource_ids: to_text_list(&datasource_ids),
        tasks: serde_json::to_string(&given.tasks).unwrap_or_else(|_| "[]".into()),
        control_panels: serde_json::to_string(&given.control_panels.unwrap_or_default())
            .unwrap_or_else(|_| "[]".into()),
        schedule: given.schedule.and_then(|s| serde_json::to_string(&s).ok()),
    })
}

/// Trigger variables with prefixed, unique ids and defaults of their type.
fn variables(
    given: Vec<api::WorkflowTriggerVariable>,
) -> Result<Vec<api::WorkflowTriggerVariable>, KawaError> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(given.len());
    for (i, mut v) in given.into_iter().enumerate() {
        let field = format!("trigger.triggerVariables[{i}]");
        if v.id.trim().is_empty() {
            return Err(KawaError::field(
                &format!("{field}.id"),
                "must not be blank",
            ));
        }
        v.id = prefixed(v.id.trim());
        if !seen.insert(v.id.clone()) {
            return Err(KawaError::field(
                &format!("{field}.id"),
                format!("{} is defined twice", v.id),
            ));
        }
        if let Some(default) = &v.default_value {
            check_value(&v.type_, default)
                .map_err(|why| KawaError::field(&format!("{field}.defaultValue"), why))?;
        }
        out.push(v);
    }
    Ok(out)
}

/// A pass over the tasks, branches included, in the order a run meets them.
struct Walk<'a, C> {
    db: &'a C,
    caller: Option<&'a Caller>,
    scope: &'a InWorkspace,
    /// The task ids met so far: ids are unique and inputs name earlier tasks.
    ids: HashSet<String>,
}

impl<C: ConnectionTrait> Walk<'_, C> {
    async fn tasks(&mut self, at: &str, tasks: &[Map<String, Value>]) -> Result<(), KawaError> {
        for (i, task) in tasks.iter().enumerate() {
            Box::pin(self.task(&format!("{at}[{i}]"), task)).await?;
        }
        Ok(())
    }

    async fn task(&mut self, at: &str, task: &Map<String, Value>) -> Result<(), KawaError> {
        let text = |key: &str| task.get(key).and_then(Value::as_str).map(str::trim);
        let id = text("id")
            .filter(|s| !s.is_empty())
            .ok_or_else(|| KawaError::field(&format!("{at}.id"), "a task needs an id"))?;
        if text("type").is_none_or(str::is_empty) {
            return Err(KawaError::field(
                &format!("{at}.type"),
                "a task needs a type",
            ));
        }
        let named = task
            .get("displayInformation")
            .and_then(|d| d.get("displayName"))
            .and_then(Value::as_str)
            .is_some_and(|n| !n.trim().is_empty());
        if !named {
            return Err(KawaError::field(
                &format!("{at}.displayInformation.displayName"),
                "a task needs a name",
            ));
        }
        if let Some(inputs) = task.get("inputBindings").and_then(Value::as_object) {
            for (name, input) in inputs {
                let source = input.get("sourceTaskId").and_then(Value::as_str);
                if !source.is_some_and(|s| self.ids.contains(s)) {
                    return Err(KawaError::field(
                        &format!("{at}.inputBindings.{name}.sourceTaskId"),
                        "must name an earlier task of the workflow",
                    ));
                }
            }
        }
        if !self.ids.insert(id.to_string()) {
            return Err(KawaError::field(
                &format!("{at}.id"),
                format!("{id} is the id of another task"),
            ));
        }
        if let Some(view) = text("viewId") {
            self.layout(&format!("{at}.viewId"), view).await?;
        }
        for key in ["outputDataSourceId", "dataSourceId"] {
            if let Some(ds) = text(key) {
                self.datasource(&format!("{at}.{key}"), ds, true).await?;
            }
        }
        self.branches(at, task).await
    }

    /// The tasks of `IF_ELSE` and `ROUTING` branches.
    async fn branches(&mut self, at: &str, task: &Map<String, Value>) -> Result<(), KawaError> {
        let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
        for (i, b) in list(task.get("conditionalBranches")).iter().enumerate() {
            self.branch(
                &format!("{at}.conditionalBranches[{i}].branch"),
                b.get("branch"),
            )
            .await?;
        }
        if let Some(b) = task.get("elseBranch") {
            self.branch(&format!("{at}.elseBranch"), Some(b)).await?;
        }
        for (i, b) in list(task.get("computeBranches")).iter().enumerate() {
            let at = format!("{at}.computeBranches[{i}]");
            if let Some(compute) = b.get("compute").and_then(Value::as_object) {
                Box::pin(self.task(&format!("{at}.compute"), compute)).await?;
            }
            self.branch(&format!("{at}.branch"), b.get("branch"))
                .await?;
        }
        Ok(())
    }

    async fn branch(&mut self, at: &str, branch: Option<&Value>) -> Result<(), KawaError> {
        let tasks: Vec<Map<String, Value>> = branch
            .and_then(|b| b.get("tasks"))
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(|t| t.as_object().cloned()).collect())
            .unwrap_or_default();
        self.tasks(&format!("{at}.tasks"), &tasks).await
    }

    /// A layout a task computes: one of a sheet the caller sees (a run reads its rows on
    /// the owner's behalf, so naming another's private sheet must not reach them).
    async fn layout(&self, at: &str, id: &str) -> Result<(), KawaError> {
        let missing = || KawaError::field(at, format!("no layout with id {id}"));
        let found = match authz::parse_id(id) {
            Some(n) => scoped::one::<kw_layout::Entity, _>(self.db, self.scope, n).await?,
            None => None,
        };
        let layout = found.ok_or_else(missing)?;
        if let Some(caller) = self.caller {
            let sheet = layout.sheet_id.to_string();
            match authz::read_sheet(self.db, caller, self.scope, &sheet).await {
                Ok(_) => {}
                Err(KawaError::Missing(_)) => return Err(missing()),
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// A datasource a task reads or (`writes`) writes: one the caller may see, or change
    /// (403 otherwise).
    async fn datasource(&self, at: &str, id: &str, writes: bool) -> Result<(), KawaError> {
        let missing = || KawaError::field(at, format!("no datasource with id {id}"));
        let found = match self.caller {
            Some(caller) if writes => authz::write_datasource(self.db, caller, self.scope, id)
                .await
                .map(drop),
            Some(caller) => authz::read_datasource(self.db, caller, self.scope, id)
                .await
                .map(drop),
            None => match authz::parse_id(id) {
                Some(n) => scoped::one::<kw_datasource::Entity, _>(self.db, self.scope, n)
                    .await?
                    .map(drop)
                    .ok_or_else(missing),
                None => Err(missing()),
            },
        };
        match found {
            Err(KawaError::Missing(_)) => Err(missing()),
            other => other,
        }
    }
}
