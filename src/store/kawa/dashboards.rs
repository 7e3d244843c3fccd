//! KAWA's dashboards (their widgets, grid places and report blocks kept as JSON) and
//! applications (sheet ids, pages and display parameters as JSON), with the layouts a
//! dashboard widget makes for itself. Writes to an existing row take the proof that the
//! caller may change it.

use std::collections::BTreeMap;

use generated::kawa::v1 as api;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};

use crate::authz::kawa::{InWorkspace, WriteApplication, WriteDashboard};
use crate::store::entities::{kw_application, kw_dashboard, kw_layout};
use crate::store::StoreError;

/// A free-form JSON object, as the contract's open objects are.
pub type Object = BTreeMap<String, serde_json::Value>;

/// One widget of a dashboard, as `kw_dashboards.widgets` keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Widget {
    pub widget_id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub definition: Object,
    #[serde(default)]
    pub display_parameters: Option<Object>,
    /// The layout `createViewAndAddDashboardWidget` made for this widget: it goes with it.
    #[serde(default)]
    pub made_layout: Option<i32>,
}

/// What a dashboard holds besides its name: read whole, changed, written back whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contents {
    pub widgets: Vec<Widget>,
    pub positions: Vec<api::WidgetPosition>,
    pub blocks: Option<api::BlockEditorLayout>,
}

fn json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Internal(e.to_string()))
}

impl Contents {
    /// The contents `d` stores; anything unreadable reads as empty.
    pub fn of(d: &kw_dashboard::Model) -> Contents {
        Contents {
            widgets: serde_json::from_str(&d.widgets).unwrap_or_default(),
            positions: serde_json::from_str(&d.positions).unwrap_or_default(),
            blocks: d
                .blocks
                .as_deref()
                .and_then(|b| serde_json::from_str(b).ok()),
        }
    }
}

/// A dashboard to create (validated by the service).
pub struct NewDashboard {
    pub name: String,
    pub description: String,
    pub shared: bool,
    pub layout_type: String,
    pub tags: Vec<String>,
    pub created_at: i64,
}

/// Creates an empty dashboard owned by `owner` in the workspace in scope.
pub async fn create_dashboard<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewDashboard,
) -> Result<kw_dashboard::Model, StoreError> {
    Ok(kw_dashboard::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner),
        shared: Set(new.shared),
        layout_type: Set(new.layout_type),
        widgets: Set("[]".into()),
        positions: Set("[]".into()),
        blocks: Set(None),
        tags: Set(json(&new.tags)?),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Writes `contents` back to the dashboard: the row as it now is.
pub async fn save_dashboard<C: ConnectionTrait>(
    db: &C,
    dashboard: &WriteDashboard,
    contents: &Contents,
) -> Result<kw_dashboard::Model, StoreError> {
    let blocks = match &contents.blocks {
        Some(b) => Some(json(b)?),
        None => None,
    };
    let mut row: kw_dashboard::ActiveModel = dashboard.model().clone().into();
    row.widgets = Set(json(&contents.widgets)?);
    row.positions = Set(json(&contents.positions)?);
    row.blocks = Set(blocks);
    Ok(row.update(db).await?)
}

/// Gives the dashboard a new name and description.
pub async fn rename_dashboard<C: ConnectionTrait>(
    db: &C,
    dashboard: &WriteDashboard,
    name: String,
    description: String,
) -> Result<kw_dashboard::Model, StoreError> {
    let mut row: kw_dashboard::ActiveModel = dashboard.model().clone().into();
    row.name = Set(name);
    row.description = Set(description);
    Ok(row.update(db).await?)
}

/// Removes the dashboard and the layouts its widgets made.
pub async fn delete_dashboard<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    dashboard: &WriteDashboard,
) -> Result<(), StoreError> {
    let made: Vec<i32> = Contents::of(dashboard.model())
        .widgets
        .iter()
        .filter_map(|w| w.made_layout)
        .collect();
    delete_layouts(db, scope, &made).await?;
    kw_dashboard::Entity::delete_by_id(dashboard.id())
        .exec(db)
        .await?;
    Ok(())
}

/// Creates a layout of sheet `sheet` for a dashboard widget: not standalone, not shared,
/// owned by `owner`.
pub async fn create_widget_layout<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    sheet: i32,
    owner: i32,
    name: String,
    layout_type: &str,
    created_at: i64,
) -> Result<kw_layout::Model, StoreError> {
    Ok(kw_layout::ActiveModel {
        workspace_id: Set(scope.id()),
        sheet_id: Set(sheet),
        name: Set(name),
        description: Set(String::new()),
        owner_id: Set(owner),
        layout_type: Set(layout_type.to_string()),
        standalone: Set(false),
        shared: Set(false),
        tags: Set("[]".into()),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Removes the layouts `ids` of the workspace in scope.
pub async fn delete_layouts<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    ids: &[i32],
) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    kw_layout::Entity::delete_many()
        .filter(kw_layout::Column::WorkspaceId.eq(scope.id()))
        .filter(kw_layout::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// An application's sheets, pages and display parameters: read whole, written whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parts {
    pub sheet_ids: Vec<i32>,
    pub components: Vec<api::ApplicationComponent>,
    pub display_parameters: Object,
}

impl Parts {
    /// The parts `a` stores; anything unreadable reads as empty.
    pub fn of(a: &kw_application::Model) -> Parts {
        Parts {
            sheet_ids: serde_json::from_str(&a.sheet_ids).unwrap_or_default(),
            components: serde_json::from_str(&a.components).unwrap_or_default(),
            display_parameters: serde_json::from_str(&a.display_parameters).unwrap_or_default(),
        }
    }
}

/// An application to create (validated by the service).
pub struct NewApplication {
    pub name: String,
    pub description: String,
    pub shared: bool,
    pub tags: Vec<String>,
    pub parts: Parts,
    pub created_at: i64,
}

/// Creates an application owned by `owner` in the workspace in scope.
pub async fn create_application<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewApplication,
) -> Result<kw_application::Model, StoreError> {
    Ok(kw_application::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner),
        shared: Set(new.shared),
        sheet_ids: Set(json(&new.parts.sheet_ids)?),
        components: Set(json(&new.parts.components)?),
        display_parameters: Set(json(&new.parts.display_parameters)?),
        tags: Set(json(&new.tags)?),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Writes `parts` back to the application: the row as it now is.
pub async fn save_application<C: ConnectionTrait>(
    db: &C,
    application: &WriteApplication,
    parts: &Parts,
) -> Result<kw_application::Model, StoreError> {
    let mut row: kw_application::ActiveModel = application.model().clone().into();
    row.sheet_ids = Set(json(&parts.sheet_ids)?);
    row.components = Set(json(&parts.components)?);
    row.display_parameters = Set(json(&parts.display_parameters)?);
    Ok(row.update(db).await?)
}

/// Gives the application a new name and description.
pub async fn rename_application<C: ConnectionTrait>(
    db: &C,
    application: &WriteApplication,
    name: String,
    description: String,
) -> Result<kw_application::Model, StoreError> {
    let mut row: kw_application::ActiveModel = application.model().clone().into();
    row.name = Set(name);
    row.description = Set(description);
    Ok(row.update(db).await?)
}

/// Removes the application (its dashboards stay).
pub async fn delete_application<C: ConnectionTrait>(
    db: &C,
    application: &WriteApplication,
) -> Result<(), StoreError> {
    kw_application::Entity::delete_by_id(application.id())
        .exec(db)
        .await?;
    Ok(())
}

/// Drops the pages showing dashboard `dashboard` from every application of the
/// workspace in scope (the dashboard is going).
pub async fn drop_dashboard_pages<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    dashboard: i32,
) -> Result<(), StoreError> {
    let shown = dashboard.to_string();
    for app in super::scoped::all::<kw_application::Entity, _>(db, scope).await? {
        let mut parts = Parts::of(&app);
        let before = parts.components.len();
        parts.components.retain(|c| {
            !(c.component_type == api::ApplicationComponentComponentType::Dashboard
                && c.component_configuration.entity_id == shown)
        });
        if parts.components.len() != before {
            let mut row: kw_application::ActiveModel = app.into();
            row.components = Set(json(&parts.components)?);
            row.update(db).await?;
        }
    }
    Ok(())
}
