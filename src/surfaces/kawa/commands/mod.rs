//! KAWA's command bus (`POST /commands/secured/run`): each command runs in one
//! transaction, with its activity recorded in it, and answers its result or KAWA's
//! error (nothing of a refused command is written). One file per family: principals,
//! API keys, workspaces, datasources, sheets, layouts, dashboards, applications, and
//! workflows.

mod applications;
mod dashboards;
pub mod datasources;
mod keys;
mod layouts;
mod principals;
pub mod refusals;
pub mod sheets;
mod workflows;
pub mod workspaces;

use generated::kawa::v1 as api;
use sea_orm::DatabaseTransaction;

use super::error::KawaError;
use super::{agents, runners, scripts};
use crate::authz::kawa::Caller;
use crate::state::AppState;
use crate::store::kawa::activity;

/// What a command answers.
pub enum Outcome {
    /// 200 with the command's result (boxed: the result is large beside a run).
    Done(Box<api::CommandResult>),
    /// 202: an asynchronous process started (a workflow run).
    Started(api::WorkflowRun),
}

/// Runs `command` for `caller`.
pub async fn run(
    state: &AppState,
    caller: &Caller,
    command: api::Command,
) -> Result<Outcome, KawaError> {
    use api::Command as C;
    let result = match command {
        C::CreateActivePrincipalWithPasswordCommand(c) => {
            principals::create(state, caller, c.parameters).await?
        }
        C::ReplaceUserStatusCommand(c) => principals::status(state, caller, c.parameters).await?,
        C::ReplaceUserRoleCommand(c) => principals::role(state, caller, c.parameters).await?,
        C::AdminChangeUserPasswordCommand(c) => {
            principals::password(state, caller, c.parameters).await?
        }
        C::AssignPrincipalToPerimetersCommand(c) => {
            principals::perimeters(state, caller, c.parameters).await?
        }
        C::AdminGenerateApiKeyForPrincipalCommand(c) => {
            keys::generate(state, caller, c.parameters).await?
        }
        C::CreateWorkspaceCommand(c) => workspaces::create(state, caller, c.parameters).await?,
        C::AddMembersToWorkspaceCommand(c) => {
            workspaces::add_members(state, caller, c.parameters).await?
        }
        C::SetCurrentWorkspaceForPrincipalsCommand(c) => {
            workspaces::set_current(state, caller, c.parameters).await?
        }
        C::RemoveWorkspaceMembersCommand(c) => {
            workspaces::remove_members(state, caller, c.parameters).await?
        }
        C::ToggleWorkspaceVisibilityCommand(c) => {
            workspaces::visibility(state, caller, c.parameters).await?
        }
        C::CreatePythonDataSourceCommand(c) => {
            datasources::create(state, caller, c.parameters).await?
        }
        C::AddIndicatorsToDataSourceCommand(c) => {
            datasources::add_indicators(state, caller, c.parameters).await?
        }
        C::ArchiveDataSourceAndDeleteAssociatedDataCommand(c) => {
            datasources::archive(state, caller, c.parameters).await?
        }
        C::UpdateDataSourceShareStatusCommand(c) => {
            datasources::share(state, caller, c.parameters).await?
        }
        C::CreateDataProviderCommand(c) => {
            super::providers::create(state, caller, c.parameters).await?
        }
        C::DeleteDataProviderCommand(c) => {
            super::providers::delete(state, caller, c.parameters).await?
        }
        C::CreateSimpleSheetCommand(c) => sheets::create(state, caller, c.parameters).await?,
        C::DeleteSheetCommand(c) => sheets::delete(state, caller, c.parameters).await?,
        C::CreateScriptRunnerCommand(c) => runners::create(state, caller, c.parameters).await?,
        C::ToggleScriptRunnerCommand(c) => runners::toggle(state, caller, c.parameters).await?,
        C::ReplaceScriptRunnerLocationCommand(c) => {
            runners::relocate(state, caller, c.parameters).await?
        }
        C::ReplaceScriptRunnerPrivateKeyCommand(c) => {
            runners::rekey(state, caller, c.parameters).await?
        }
        C::CreateScriptCommand(c) => scripts::create(state, caller, c.parameters).await?,
        C::ReplaceScriptCommand(c) => scripts::replace(state, caller, c.parameters).await?,
        // kywy's application builder spells these two in lower camel case.
        C::CreateScriptAliasCommand(c) => scripts::create(state, caller, c.parameters).await?,
        C::ReplaceScriptAliasCommand(c) => scripts::replace(state, caller, c.parameters).await?,
        C::CreateAgentCommand(c) => agents::create(state, caller, c.parameters).await?,
        C::UpdateAgentCommand(c) => agents::update(state, caller, c.parameters).await?,
        C::CreateDashboardCommand(c) => dashboards::create(state, caller, c.parameters).await?,
        C::CreateViewAndAddDashboardWidgetCommand(c) => {
            dashboards::add_view(state, caller, c.parameters).await?
        }
        C::AddDashboardWidgetsCommand(c) => {
            dashboards::add_widgets(state, caller, c.parameters).await?
        }
        C::ReplaceWidgetDefinitionCommand(c) => {
            dashboards::replace_definition(state, caller, c.parameters).await?
        }
        C::DeleteWidgetCommand(c) => {
            dashboards::delete_widgets(state, caller, c.parameters).await?
        }
        C::ReplaceDashboardLayoutCommand(c) => {
            dashboards::replace_layout(state, caller, c.parameters).await?
        }
        C::ReplaceDashboardBlockEditorLayoutCommand(c) => {
            dashboards::replace_blocks(state, caller, c.parameters).await?
        }
        C::DeleteDashboardCommand(c) => dashboards::delete(state, caller, c.parameters).await?,
        C::RenameEntityCommand(c) => dashboards::rename(state, caller, c.parameters).await?,
        C::CreateApplicationCommand(c) => applications::create(state, caller, c.parameters).await?,
        C::AddNewDashboardToApplicationCommand(c) => {
            applications::add_dashboard(state, caller, c.parameters).await?
        }
        C::ReplaceApplicationDisplayParametersCommand(c) => {
            applications::display(state, caller, c.parameters).await?
        }
        C::ReplaceApplicationSheetIdsCommand(c) => {
            applications::replace_sheets(state, caller, c.parameters).await?
        }
        C::RemoveComponentFromApplicationCommand(c) => {
            applications::remove_component(state, caller, c.parameters).await?
        }
        C::DeleteApplicationCommand(c) => applications::delete(state, caller, c.parameters).await?,
        C::RunWorkflowCommand(c) => return workflows::run(state, caller, c.parameters).await,
        C::CreateWorkflowCommand(c) => workflows::create(state, caller, c.parameters).await?,
        C::UpdateWorkflowCommand(c) => workflows::update(state, caller, c.parameters).await?,
        C::ScheduleWorkflowCommand(c) => workflows::schedule(state, caller, c.parameters).await?,
        C::DeleteWorkflowCommand(c) => workflows::delete(state, caller, c.parameters).await?,
        C::DeleteDataCommand(c) => datasources::delete_data(state, caller, c.parameters).await?,
        C::ReplaceConfigurationCommand(c) => {
            super::server::replace_configuration(state, caller, c.parameters).await?
        }
        C::CreateLayoutFromDslCommand(c) => {
            layouts::create_from_dsl(state, caller, c.parameters).await?
        }
    };
    Ok(Outcome::Done(Box::new(result)))
}

/// A command's transaction.
pub(in crate::surfaces::kawa) async fn begin(
    state: &AppState,
) -> Result<DatabaseTransaction, KawaError> {
    Ok(crate::store::begin(&state.db).await?)
}

/// Records the command in its transaction and commits it.
pub(in crate::surfaces::kawa) async fn commit(
    state: &AppState,
    txn: DatabaseTransaction,
    caller: &Caller,
) -> Result<(), KawaError> {
    activity::record(&txn, caller.id(), "command", state.now_ms()).await?;
    txn.commit().await?;
    Ok(())
}

/// The principal ids a command names, each of which must exist (404 naming the first
/// that does not), in their order without repeats.
async fn principal_ids<C: sea_orm::ConnectionTrait>(
    db: &C,
    ids: &[String],
) -> Result<Vec<i32>, KawaError> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let user = super::principals::find(db, id).await?;
        if !out.contains(&user.id) {
            out.push(user.id);
        }
    }
    Ok(out)
}
