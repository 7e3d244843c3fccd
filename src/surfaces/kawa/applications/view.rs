//! How a stored application answers: its sheets, pages, dashboards and datasources as
//! the caller may see them now. A sheet, dashboard or layout deleted since (or one the
//! caller does not see) is left out, so no answer names what the caller cannot read.

use std::collections::HashMap;

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::super::error::KawaError;
use super::super::sheets::primary;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::store::entities::{kw_application, kw_dashboard, kw_datasource, kw_sheet};
use crate::store::kawa::dashboards::Parts;
use crate::store::kawa::{scoped, sheets as sheet_store, text_list};

fn display(name: &str, description: &str) -> api::DisplayInformation {
    api::DisplayInformation {
        display_name: name.to_string(),
        description: Some(description.to_string()),
    }
}

fn summary(id: i32, name: &str, description: &str) -> api::EntitySummary {
    api::EntitySummary {
        id: id.to_string(),
        display_information: display(name, description),
    }
}

/// What the caller sees of the workspace, read once for every application answered.
pub struct Seen {
    sheets: HashMap<i32, kw_sheet::Model>,
    dashboards: HashMap<String, kw_dashboard::Model>,
    datasources: HashMap<i32, kw_datasource::Model>,
    /// Layout id → its sheet, for the layouts over sheets the caller sees.
    layouts: HashMap<String, i32>,
}

impl Seen {
    /// What `caller` sees in the workspace in scope.
    pub async fn read<C: ConnectionTrait>(
        db: &C,
        caller: &Caller,
        scope: &InWorkspace,
    ) -> Result<Seen, KawaError> {
        let sheets: HashMap<i32, kw_sheet::Model> = scoped::all::<kw_sheet::Entity, _>(db, scope)
            .await?
            .into_iter()
            .filter(|s| authz::sees_sheet(caller, s))
            .map(|s| (s.id, s))
            .collect();
        let dashboards = scoped::all::<kw_dashboard::Entity, _>(db, scope)
            .await?
            .into_iter()
            .filter(|d| authz::sees_dashboard(caller, d))
            .map(|d| (d.id.to_string(), d))
            .collect();
        let all = scoped::all::<kw_datasource::Entity, _>(db, scope).await?;
        let datasources = authz::visible(db, caller, all)
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
        let layouts = sheet_store::layouts(db, scope)
            .await?
            .into_iter()
            .filter(|l| sheets.contains_key(&l.sheet_id))
            .map(|l| (l.id.to_string(), l.sheet_id))
            .collect();
        Ok(Seen {
            sheets,
            dashboards,
            datasources,
            layouts,
        })
    }

    fn shows(&self, c: &api::ApplicationComponent) -> bool {
        let entity = &c.component_configuration.entity_id;
        match c.component_type {
            api::ApplicationComponentComponentType::Dashboard => {
                self.dashboards.contains_key(entity)
            }
            api::ApplicationComponentComponentType::View => self.layouts.contains_key(entity),
        }
    }
}

/// The parts of `a` the caller sees: its sheets, its pages, its pages' dashboards and
/// its sheets' datasources, in order, without repeats.
struct Visible<'a> {
    sheets: Vec<&'a kw_sheet::Model>,
    components: Vec<api::ApplicationComponent>,
    dashboards: Vec<&'a kw_dashboard::Model>,
    datasources: Vec<&'a kw_datasource::Model>,
    display_parameters: crate::store::kawa::dashboards::Object,
}

fn visible<'a>(a: &kw_application::Model, seen: &'a Seen) -> Visible<'a> {
    let parts = Parts::of(a);
    let sheets: Vec<&kw_sheet::Model> = parts
        .sheet_ids
        .iter()
        .filter_map(|id| seen.sheets.get(id))
        .collect();
    let components: Vec<api::ApplicationComponent> = parts
        .components
        .into_iter()
        .filter(|c| seen.shows(c))
        .collect();
    let dashboards = components
        .iter()
        .filter(|c| c.component_type == api::ApplicationComponentComponentType::Dashboard)
        .filter_map(|c| seen.dashboards.get(&c.component_configuration.entity_id))
        .collect();
    let mut datasources: Vec<&kw_datasource::Model> = Vec::new();
    for ds in sheets.iter().filter_map(|s| primary(s)) {
        if let Some(found) = seen.datasources.get(&ds) {
            if !datasources.iter().any(|d| d.id == ds) {
                datasources.push(found);
            }
        }
    }
    Visible {
        sheets,
        components,
        dashboards,
        datasources,
        display_parameters: parts.display_parameters,
    }
}

/// `a` as `/backoffice/applications` shows it to the caller `seen` is of.
pub fn application(a: &kw_application::Model, seen: &Seen) -> api::Application {
    let v = visible(a, seen);
    api::Application {
        id: a.id.to_string(),
        display_information: display(&a.name, &a.description),
        workspace_id: a.workspace_id.to_string(),
        owner_id: a.owner_id.to_string(),
        shared: a.shared,
        sheet_ids: v.sheets.iter().map(|s| s.id.to_string()).collect(),
        dashboard_ids: v.dashboards.iter().map(|d| d.id.to_string()).collect(),
        data_source_ids: v.datasources.iter().map(|d| d.id.to_string()).collect(),
        components: Some(v.components),
        display_parameters: Some(v.display_parameters),
        tags: text_list(&a.tags),
        created_at: iso_ms(a.created_at),
    }
}

/// `a` as `/backoffice/extended-applications` shows it: its parts named, and itself.
pub fn extended(a: &kw_application::Model, seen: &Seen) -> api::ExtendedApplication {
    let v = visible(a, seen);
    api::ExtendedApplication {
        id: a.id.to_string(),
        display_information: display(&a.name, &a.description),
        workspace_id: a.workspace_id.to_string(),
        owner_id: a.owner_id.to_string(),
        shared: a.shared,
        sheets: v
            .sheets
            .iter()
            .map(|s| summary(s.id, &s.name, &s.description))
            .collect(),
        dashboards: v
            .dashboards
            .iter()
            .map(|d| summary(d.id, &d.name, &d.description))
            .collect(),
        data_sources: v
            .datasources
            .iter()
            .map(|d| summary(d.id, &d.name, &d.description))
            .collect(),
        application: Some(application(a, seen)),
        tags: text_list(&a.tags),
        created_at: iso_ms(a.created_at),
    }
}
