//! KAWA's dashboards as the workspace shows them: listed with the `name` and `tag`
//! filters (those the caller sees: administrators, owners, shared ones) and read by id.
//! Writes are commands ([`super::commands::dashboards`]); the checks they share on
//! widget definitions live here.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;
use serde_json::Value;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_dashboard;
use crate::store::kawa::dashboards::{Contents, Object, Widget};
use crate::store::kawa::{scoped, sheets, text_list};

/// The widget type of a widget showing a layout (`createViewAndAddDashboardWidget`).
pub const VIEW_WIDGET: &str = "VIEW";

/// The layout id a widget definition names, as text (kywy reads it back as given).
pub fn layout_of(definition: &Object) -> Option<String> {
    match definition.get("layoutId")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn widget(w: &Widget) -> api::DashboardWidget {
    api::DashboardWidget {
        widget_id: w.widget_id.clone(),
        layout_id: layout_of(&w.definition).unwrap_or_default(),
        display_information: api::WidgetDisplayInformation {
            display_name: w.name.clone(),
            description: w.description.clone(),
        },
        definition: Some(w.definition.clone()),
        display_parameters: w.display_parameters.clone(),
    }
}

/// `d` as the contract shows it.
pub fn dashboard(d: &kw_dashboard::Model) -> api::Dashboard {
    let contents = Contents::of(d);
    api::Dashboard {
        id: d.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: d.name.clone(),
            description: Some(d.description.clone()),
        },
        workspace_id: d.workspace_id.to_string(),
        owner_id: d.owner_id.to_string(),
        shared: d.shared,
        widgets: contents.widgets.iter().map(widget).collect(),
        layout_type: Some(d.layout_type.clone()),
        dashboard_layout: Some(contents.positions),
        block_editor_layout: contents.blocks,
        tags: text_list(&d.tags),
        created_at: iso_ms(d.created_at),
    }
}

/// What the dashboard commands answer.
pub fn extended(d: &kw_dashboard::Model) -> api::CommandResult {
    api::CommandResult::ExtendedDashboard(api::ExtendedDashboard {
        dashboard: dashboard(d),
    })
}

/// The dashboards of the workspace the request acts in that the caller sees, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Dashboard>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(scoped::all::<kw_dashboard::Entity, _>(&state.db, &scope)
        .await?
        .iter()
        .filter(|d| authz::sees_dashboard(caller, d))
        .filter(|d| kept(&d.name, &text_list(&d.tags), name, tag))
        .map(dashboard)
        .collect())
}

/// The dashboard `id`.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Dashboard, KawaError> {
    let scope = authz::scope(state, caller)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No dashboard with id {id}")))?;
    let found = authz::read_dashboard(&state.db, caller, &scope, id).await?;
    Ok(dashboard(&found))
}

/// A display name as given, trimmed; blank is a 400 naming `field`.
pub fn name(field: &str, given: &str) -> Result<String, KawaError> {
    let name = given.trim();
    if name.is_empty() {
        return Err(KawaError::field(field, "a name is needed"));
    }
    Ok(name.to_string())
}

/// Checks a widget definition given at `field`: a `type` (400 else), and a `layoutId`,
/// when there is one, naming a layout of the workspace over a sheet the caller sees
/// (404 else).
pub async fn check_definition<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    field: &str,
    definition: &Object,
) -> Result<(), KawaError> {
    match definition.get("type") {
        Some(Value::String(t)) if !t.trim().is_empty() => {}
        _ => {
            return Err(KawaError::field(
                &format!("{field}.type"),
                "name the widget's type",
            ))
        }
    }
    let Some(given) = definition.get("layoutId") else {
        return Ok(());
    };
    let Some(id) = layout_of(definition) else {
        return Err(KawaError::field(
            &format!("{field}.layoutId"),
            format!("{given} is not a layout id"),
        ));
    };
    let missing = || KawaError::Missing(format!("No layout with id {id}"));
    let layout = sheets::layouts(db, scope)
        .await?
        .into_iter()
        .find(|l| l.id.to_string() == id)
        .ok_or_else(missing)?;
    // A layout over a sheet the caller cannot see is as absent as the sheet.
    authz::read_sheet(db, caller, scope, &layout.sheet_id.to_string())
        .await
        .map_err(|_| missing())?;
    Ok(())
}
