//! The commands on dashboards, as kywy's dashboard, report and application page
//! builders send them: creating one, adding widgets (a new layout of a sheet, or a text
//! or AI block), replacing a widget's definition, deleting widgets, placing them on the
//! grid, writing a report's blocks, renaming and deleting. Each reads the dashboard whole
//! in its transaction, checks everything, then writes it back whole.

use std::collections::HashSet;

use generated::kawa::v1 as api;
use serde_json::Value;

use super::super::dashboards::{check_definition, extended, name, VIEW_WIDGET};
use super::super::error::KawaError;
use super::datasources::workspace;
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller, InWorkspace, WriteDashboard};
use crate::state::AppState;
use crate::store::kawa::dashboards::{self as store, Contents, NewDashboard, Widget};

/// The layout type of a new dashboard: `ONE_PAGE` unless said otherwise.
pub fn layout_type(report: bool) -> String {
    if report { "REPORT" } else { "ONE_PAGE" }.to_string()
}

/// `createDashboard`: an empty dashboard of the caller's.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateDashboardParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let info = params.display_information;
    let report = params.layout_type == Some(api::CreateDashboardParametersLayoutType::Report);
    let new = NewDashboard {
        name: name("displayInformation.displayName", &info.display_name)?,
        description: info.description.unwrap_or_default(),
        shared: params.shared.unwrap_or(false),
        layout_type: layout_type(report),
        tags: Vec::new(),
        created_at: state.now_ms(),
    };
    let txn = begin(state).await?;
    let created = store::create_dashboard(&txn, &scope, caller.id(), new).await?;
    commit(state, txn, caller).await?;
    Ok(extended(&created))
}

/// A dashboard the command changes, read whole in the command's transaction.
struct Editing {
    scope: InWorkspace,
    txn: sea_orm::DatabaseTransaction,
    board: WriteDashboard,
    contents: Contents,
}

impl Editing {
    async fn open(state: &AppState, caller: &Caller, id: &str) -> Result<Editing, KawaError> {
        let scope = workspace(state, caller).await?;
        let txn = begin(state).await?;
        let board = authz::write_dashboard(&txn, caller, &scope, id).await?;
        let contents = Contents::of(board.model());
        Ok(Editing {
            scope,
            txn,
            board,
            contents,
        })
    }

    fn has(&self, widget: &str) -> bool {
        self.contents.widgets.iter().any(|w| w.widget_id == widget)
    }

    /// 409 when the dashboard already has `widget`.
    fn free(&self, widget: &str) -> Result<(), KawaError> {
        if self.has(widget) {
            return Err(KawaError::Conflict(format!(
                "Dashboard {} already has a widget {widget}",
                self.board.id()
            )));
        }
        Ok(())
    }

    /// 404 unless the dashboard has `widget`.
    fn known(&self, widget: &str) -> Result<(), KawaError> {
        if !self.has(widget) {
            return Err(KawaError::Missing(format!(
                "No widget {widget} in dashboard {}",
                self.board.id()
            )));
        }
        Ok(())
    }

    /// Writes the contents back and commits: the dashboard as it now is.
    async fn save(
        self,
        state: &AppState,
        caller: &Caller,
    ) -> Result<api::CommandResult, KawaError> {
        let saved = store::save_dashboard(&self.txn, &self.board, &self.contents).await?;
        commit(state, self.txn, caller).await?;
        Ok(extended(&saved))
    }
}

/// `createViewAndAddDashboardWidget`: a new layout of a sheet the caller sees, and a
/// widget showing it.
pub async fn add_view(
    state: &AppState,
    caller: &Caller,
    params: api::CreateViewAndAddDashboardWidgetParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    e.free(&params.widget_id)?;
    let sheet = authz::read_sheet(&e.txn, caller, &e.scope, &params.sheet_id).await?;
    let sheet = sheet.model();
    let title = match params.name.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => sheet.name.clone(),
    };
    let kind = match params.layout_type {
        api::CreateViewAndAddDashboardWidgetParametersLayoutType::Grid => "GRID",
        api::CreateViewAndAddDashboardWidgetParametersLayoutType::Chart => "CHART",
    };
    let layout = store::create_widget_layout(
        &e.txn,
        &e.scope,
        sheet.id,
        caller.id(),
        title.clone(),
        kind,
        state.now_ms(),
    )
    .await?;
    let mut definition = store::Object::new();
    definition.insert("type".into(), Value::from(VIEW_WIDGET));
    definition.insert("layoutId".into(), Value::from(layout.id.to_string()));
    e.contents.widgets.push(Widget {
        widget_id: params.widget_id,
        name: title,
        description: Some(String::new()),
        definition,
        display_parameters: None,
        made_layout: Some(layout.id),
    });
    e.save(state, caller).await
}

/// `addDashboardWidgets`: widgets appended in order, every one checked first.
pub async fn add_widgets(
    state: &AppState,
    caller: &Caller,
    params: api::AddDashboardWidgetsParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    for (i, w) in params.widgets.into_iter().enumerate() {
        e.free(&w.widget_id)?;
        let field = format!("widgets[{i}].definition");
        check_definition(&e.txn, caller, &e.scope, &field, &w.definition).await?;
        let info = w.display_information;
        e.contents.widgets.push(Widget {
            widget_id: w.widget_id,
            name: info
                .as_ref()
                .map(|i| i.display_name.clone())
                .unwrap_or_default(),
            description: info.and_then(|i| i.description),
            definition: w.definition,
            display_parameters: w.display_parameters,
            made_layout: None,
        });
    }
    e.save(state, caller).await
}

/// `replaceWidgetDefinition`.
pub async fn replace_definition(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceWidgetDefinitionParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    e.known(&params.widget_id)?;
    let definition = params.widget_definition;
    check_definition(&e.txn, caller, &e.scope, "widgetDefinition", &definition).await?;
    if let Some(w) = e
        .contents
        .widgets
        .iter_mut()
        .find(|w| w.widget_id == params.widget_id)
    {
        w.definition = definition;
    }
    e.save(state, caller).await
}

/// The widget a report block embeds (`data.widgetId`), if any.
fn embedded(block: &api::ReportBlock) -> Option<&str> {
    block.data.as_ref()?.get("widgetId")?.as_str()
}

/// `deleteWidget`: the widgets go with their places, the blocks embedding them and the
/// layouts made for them.
pub async fn delete_widgets(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteWidgetParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    for id in &params.widget_ids {
        e.known(id)?;
    }
    let gone: HashSet<&str> = params.widget_ids.iter().map(String::as_str).collect();
    let made: Vec<i32> = e
        .contents
        .widgets
        .iter()
        .filter(|w| gone.contains(w.widget_id.as_str()))
        .filter_map(|w| w.made_layout)
        .collect();
    store::delete_layouts(&e.txn, &e.scope, &made).await?;
    let c = &mut e.contents;
    c.widgets.retain(|w| !gone.contains(w.widget_id.as_str()));
    c.positions.retain(|p| !gone.contains(p.widget_id.as_str()));
    if let Some(layout) = c.blocks.as_mut() {
        layout
            .blocks
            .retain(|b| embedded(b).is_none_or(|w| !gone.contains(w)));
    }
    e.save(state, caller).await
}

/// `ReplaceDashboardLayout`: every widget named once, each a widget of the dashboard.
pub async fn replace_layout(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceDashboardLayoutParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    let mut placed = HashSet::new();
    for (i, p) in params.dashboard_layout.iter().enumerate() {
        e.known(&p.widget_id)?;
        if !placed.insert(p.widget_id.as_str()) {
            return Err(KawaError::field(
                &format!("dashboardLayout[{i}].widgetId"),
                format!("{} is placed twice", p.widget_id),
            ));
        }
    }
    e.contents.positions = params.dashboard_layout;
    e.save(state, caller).await
}

/// `replaceDashboardBlockEditorLayout`: every embedded widget a widget of the dashboard.
pub async fn replace_blocks(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceDashboardBlockEditorLayoutParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.dashboard_id).await?;
    for block in &params.block_editor_layout.blocks {
        if let Some(widget) = embedded(block) {
            e.known(widget)?;
        }
    }
    e.contents.blocks = Some(params.block_editor_layout);
    e.save(state, caller).await
}

/// `DeleteDashboard`: with the layouts made for its widgets and the pages showing it.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteDashboardParameters,
) -> Result<api::CommandResult, KawaError> {
    let e = Editing::open(state, caller, &params.dashboard_id).await?;
    store::drop_dashboard_pages(&e.txn, &e.scope, e.board.id()).await?;
    store::delete_dashboard(&e.txn, &e.scope, &e.board).await?;
    commit(state, e.txn, caller).await?;
    Ok(api::CommandResult::EntityRemoval(api::EntityRemoval {
        kind: api::EntityRemovalKind::Dashboards,
        id: e.board.id().to_string(),
        deleted: true,
    }))
}

/// `renameEntity`: a dashboard here, an application in [`super::applications`].
pub async fn rename(
    state: &AppState,
    caller: &Caller,
    params: api::RenameEntityParameters,
) -> Result<api::CommandResult, KawaError> {
    if params.entity_type == api::RenameEntityParametersEntityType::Application {
        return super::applications::rename(state, caller, params).await;
    }
    let info = params.display_information;
    let new_name = name("displayInformation.displayName", &info.display_name)?;
    let e = Editing::open(state, caller, &params.id).await?;
    let renamed = store::rename_dashboard(
        &e.txn,
        &e.board,
        new_name,
        info.description.unwrap_or_default(),
    )
    .await?;
    commit(state, e.txn, caller).await?;
    Ok(extended(&renamed))
}
