//! The commands on applications, as kywy's application builder sends them: creating one
//! over sheets (with a default `VIEW` page per sheet), adding a new dashboard as a page,
//! replacing its sheets or how it is drawn, removing a page, renaming and deleting. Each
//! reads the application whole in its transaction, checks everything, then writes it
//! back whole.

use generated::kawa::v1 as api;

use super::super::applications::answer;
use super::super::dashboards::name;
use super::super::error::KawaError;
use super::dashboards::layout_type;
use super::datasources::workspace;
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller, InWorkspace, WriteApplication};
use crate::state::AppState;
use crate::store::entities::{kw_application, kw_sheet};
use crate::store::kawa::dashboards::{self as store, NewApplication, NewDashboard, Parts};
use crate::store::kawa::{scoped, sheets, text_list};

/// The name a page's new dashboard has until kywy renames it.
const NEW_PAGE: &str = "New page";

type Component = api::ApplicationComponent;

/// The sheets `ids` (given at `field`), each one the caller sees (404 naming the first
/// that is not), in order without repeats.
async fn sheets_named<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    ids: &[String],
) -> Result<Vec<kw_sheet::Model>, KawaError> {
    let mut out: Vec<kw_sheet::Model> = Vec::new();
    for id in ids {
        let sheet = authz::read_sheet(db, caller, scope, id).await?;
        if !out.iter().any(|s| s.id == sheet.model().id) {
            out.push(sheet.model().clone());
        }
    }
    Ok(out)
}

/// A `VIEW` page per sheet of `wanted`, showing the sheet's first standalone layout (a
/// sheet without one gets none).
async fn default_pages<C: sea_orm::ConnectionTrait>(
    db: &C,
    state: &AppState,
    wanted: &[i32],
) -> Result<Vec<Component>, KawaError> {
    let layouts = sheets::layouts_of(db, wanted).await?;
    Ok(wanted
        .iter()
        .filter_map(|sheet| {
            let layout = layouts
                .iter()
                .find(|l| l.sheet_id == *sheet && l.standalone)?;
            Some(Component {
                component_id: state.ids.uuid().to_string(),
                component_type: api::ApplicationComponentComponentType::View,
                component_configuration: api::ComponentConfiguration {
                    entity_id: layout.id.to_string(),
                    sheet_id: Some(sheet.to_string()),
                },
            })
        })
        .collect())
}

/// The sheet a `VIEW` page shows.
fn viewed(c: &Component) -> Option<i32> {
    if c.component_type != api::ApplicationComponentComponentType::View {
        return None;
    }
    c.component_configuration.sheet_id.as_deref()?.parse().ok()
}

/// `createApplication`: 409 when another application of the workspace carries its
/// immutable tag; `agentIds` are refused (a 400: an application does not store agents yet).
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateApplicationParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let info = params.display_information;
    let app_name = name("displayInformation.displayName", &info.display_name)?;
    if !params.agent_ids.as_deref().unwrap_or_default().is_empty() {
        // An application does not store agents yet: refused rather than dropped.
        return Err(KawaError::field(
            "agentIds",
            "attaching agents to an application is not modelled by Understudy yet",
        ));
    }
    let tag = info
        .extra_information
        .and_then(|x| x.immutable_tag)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    let txn = begin(state).await?;
    if let Some(tag) = &tag {
        let all = scoped::all::<kw_application::Entity, _>(&txn, &scope).await?;
        if all.iter().any(|a| text_list(&a.tags).contains(tag)) {
            return Err(KawaError::Conflict(format!(
                "An application tagged {tag} already exists in this workspace"
            )));
        }
    }
    let ids = params.sheet_ids.unwrap_or_default();
    let sheet_ids: Vec<i32> = sheets_named(&txn, caller, &scope, &ids)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let components = if params.create_default_components.unwrap_or(true) {
        default_pages(&txn, state, &sheet_ids).await?
    } else {
        Vec::new()
    };
    let new = NewApplication {
        name: app_name,
        description: info.description.unwrap_or_default(),
        shared: params.shared.unwrap_or(false),
        tags: tag.into_iter().collect(),
        parts: Parts {
            sheet_ids,
            components,
            display_parameters: Default::default(),
        },
        created_at: state.now_ms(),
    };
    let created = store::create_application(&txn, &scope, caller.id(), new).await?;
    let result = answer(&txn, caller, &scope, &created).await?;
    commit(state, txn, caller).await?;
    Ok(result)
}

/// An application the command changes, read whole in the command's transaction.
struct Editing {
    scope: InWorkspace,
    txn: sea_orm::DatabaseTransaction,
    app: WriteApplication,
    parts: Parts,
}

impl Editing {
    async fn open(state: &AppState, caller: &Caller, id: &str) -> Result<Editing, KawaError> {
        let scope = workspace(state, caller).await?;
        let txn = begin(state).await?;
        let app = authz::write_application(&txn, caller, &scope, id).await?;
        let parts = Parts::of(app.model());
        Ok(Editing {
            scope,
            txn,
            app,
            parts,
        })
    }

    fn has(&self, component: &str) -> bool {
        self.parts
            .components
            .iter()
            .any(|c| c.component_id == component)
    }

    /// Writes the parts back and commits: the application as it now is.
    async fn save(
        self,
        state: &AppState,
        caller: &Caller,
    ) -> Result<api::CommandResult, KawaError> {
        let saved = store::save_application(&self.txn, &self.app, &self.parts).await?;
        let result = answer(&self.txn, caller, &self.scope, &saved).await?;
        commit(state, self.txn, caller).await?;
        Ok(result)
    }
}

/// `addNewDashboardToApplication`: a new empty dashboard of the caller's, shared as the
/// application is, tagged as asked, shown as a `DASHBOARD` page.
pub async fn add_dashboard(
    state: &AppState,
    caller: &Caller,
    params: api::AddNewDashboardToApplicationParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.application_id).await?;
    if e.has(&params.component_id) {
        return Err(KawaError::Conflict(format!(
            "Application {} already has a component {}",
            e.app.id(),
            params.component_id
        )));
    }
    let report =
        params.layout_type == Some(api::AddNewDashboardToApplicationParametersLayoutType::Report);
    let new = NewDashboard {
        name: NEW_PAGE.into(),
        description: String::new(),
        shared: e.app.model().shared,
        layout_type: layout_type(report),
        tags: params.tag.into_iter().filter(|t| !t.is_empty()).collect(),
        created_at: state.now_ms(),
    };
    let board = store::create_dashboard(&e.txn, &e.scope, caller.id(), new).await?;
    e.parts.components.push(Component {
        component_id: params.component_id,
        component_type: api::ApplicationComponentComponentType::Dashboard,
        component_configuration: api::ComponentConfiguration {
            entity_id: board.id.to_string(),
            sheet_id: None,
        },
    });
    e.save(state, caller).await
}

/// `replaceApplicationDisplayParameters`.
pub async fn display(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceApplicationDisplayParametersParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.application_id).await?;
    e.parts.display_parameters = params.display_parameters;
    e.save(state, caller).await
}

/// `replaceApplicationSheetIds`: the pages of sheets dropped go; with
/// `createDefaultComponents`, sheets added (every sheet without one, when forced) get one.
pub async fn replace_sheets(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceApplicationSheetIdsParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.application_id).await?;
    let wanted: Vec<i32> = sheets_named(&e.txn, caller, &e.scope, &params.sheet_ids)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let before = std::mem::replace(&mut e.parts.sheet_ids, wanted.clone());
    e.parts
        .components
        .retain(|c| viewed(c).is_none_or(|s| wanted.contains(&s)));
    if params.create_default_components.unwrap_or(false) {
        let force = params.force_create_all_default_components.unwrap_or(false);
        let shown: Vec<i32> = e.parts.components.iter().filter_map(viewed).collect();
        let missing: Vec<i32> = wanted
            .iter()
            .copied()
            .filter(|s| !shown.contains(s) && (force || !before.contains(s)))
            .collect();
        let pages = default_pages(&e.txn, state, &missing).await?;
        e.parts.components.extend(pages);
    }
    e.save(state, caller).await
}

/// `removeComponentFromApplication`: the page goes; a dashboard it showed stays.
pub async fn remove_component(
    state: &AppState,
    caller: &Caller,
    params: api::RemoveComponentFromApplicationParameters,
) -> Result<api::CommandResult, KawaError> {
    let mut e = Editing::open(state, caller, &params.application_id).await?;
    if !e.has(&params.component_id) {
        return Err(KawaError::Missing(format!(
            "No component {} in application {}",
            params.component_id,
            e.app.id()
        )));
    }
    e.parts
        .components
        .retain(|c| c.component_id != params.component_id);
    e.save(state, caller).await
}

/// `DeleteApplication`: its dashboards stay.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteApplicationParameters,
) -> Result<api::CommandResult, KawaError> {
    let e = Editing::open(state, caller, &params.application_id).await?;
    store::delete_application(&e.txn, &e.app).await?;
    commit(state, e.txn, caller).await?;
    Ok(api::CommandResult::EntityRemoval(api::EntityRemoval {
        kind: api::EntityRemovalKind::Applications,
        id: e.app.id().to_string(),
        deleted: true,
    }))
}

/// `renameEntity` of an application.
pub async fn rename(
    state: &AppState,
    caller: &Caller,
    params: api::RenameEntityParameters,
) -> Result<api::CommandResult, KawaError> {
    let info = params.display_information;
    let new_name = name("displayInformation.displayName", &info.display_name)?;
    let e = Editing::open(state, caller, &params.id).await?;
    let renamed = store::rename_application(
        &e.txn,
        &e.app,
        new_name,
        info.description.unwrap_or_default(),
    )
    .await?;
    let result = answer(&e.txn, caller, &e.scope, &renamed).await?;
    commit(state, e.txn, caller).await?;
    Ok(result)
}
