//! The commands on workspaces: creating one (any principal; the creator owns it), adding
//! and removing members and changing visibility (administrators, the owner, members
//! with `MANAGE_USERS`), and setting principals' current workspace.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::super::error::KawaError;
use super::super::workspaces::workspace;
use super::{begin, commit, principal_ids};
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;
use crate::store::entities::{kw_workspace, user};
use crate::store::kawa::{principals, workspaces as store};

/// `CreateWorkspace`: 409 when a workspace has the name.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateWorkspaceParameters,
) -> Result<api::CommandResult, KawaError> {
    let info = params.display_information;
    let txn = begin(state).await?;
    name_free(&txn, &info.display_name).await?;
    let new = store::NewWorkspace {
        name: info.display_name,
        description: info.description.unwrap_or_default(),
        is_public: false,
        created_at: state.now_ms(),
    };
    let created = store::create(&txn, caller, new).await?;
    let answer = workspace(&txn, &created).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Workspace(answer))
}

/// `CreateWorkspace`'s rule (and the fixtures'): a taken name is KAWA's 409.
pub async fn name_free<C: ConnectionTrait>(db: &C, name: &str) -> Result<(), KawaError> {
    if store::by_name(db, name).await?.is_some() {
        return Err(KawaError::Conflict(format!(
            "A workspace named {name} already exists"
        )));
    }
    Ok(())
}

/// Whether `user` may have `workspace` as its current one (`SetCurrentWorkspaceForPrincipals`'
/// rule, and the fixtures'): administrators anywhere, everyone in a public workspace,
/// members in theirs.
pub async fn may_work_there<C: ConnectionTrait>(
    db: &C,
    user: &user::Model,
    workspace: &kw_workspace::Model,
) -> Result<bool, KawaError> {
    Ok(principals::is_admin(user)
        || workspace.is_public
        || store::member(db, workspace.id, user.id).await?.is_some())
}

/// `AddMembersToWorkspace`: members already there get the new permissions; one unknown
/// principal is a 404 and nobody is added.
pub async fn add_members(
    state: &AppState,
    caller: &Caller,
    params: api::AddMembersToWorkspaceParameters,
) -> Result<api::CommandResult, KawaError> {
    let txn = begin(state).await?;
    let managed = authz::manage(&txn, caller, &params.workspace_id).await?;
    let now = state.now_ms();
    for member in &params.members {
        let user = super::super::principals::find(&txn, &member.principal_id).await?;
        store::add_member(&txn, &managed, user.id, &member.permissions, now).await?;
    }
    let answer = workspace(&txn, managed.workspace()).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Workspace(answer))
}

/// `RemoveWorkspaceMembers`: a removed member loses access at once (unless the workspace
/// is public); one unknown principal is a 404 and nobody is removed.
pub async fn remove_members(
    state: &AppState,
    caller: &Caller,
    params: api::RemoveWorkspaceMembersParameters,
) -> Result<api::CommandResult, KawaError> {
    let txn = begin(state).await?;
    let managed = authz::manage(&txn, caller, &params.workspace_id).await?;
    let ids = principal_ids(&txn, &params.principal_ids).await?;
    store::remove_members(&txn, &managed, &ids).await?;
    let answer = workspace(&txn, managed.workspace()).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Workspace(answer))
}

/// `ToggleWorkspaceVisibility`.
pub async fn visibility(
    state: &AppState,
    caller: &Caller,
    params: api::ToggleWorkspaceVisibilityParameters,
) -> Result<api::CommandResult, KawaError> {
    let txn = begin(state).await?;
    let managed = authz::manage(&txn, caller, &params.workspace_id).await?;
    store::set_public(&txn, &managed, params.is_public).await?;
    let changed = store::one(&txn, managed.id())
        .await?
        .ok_or(KawaError::Internal)?;
    let answer = workspace(&txn, &changed).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Workspace(answer))
}

/// `SetCurrentWorkspaceForPrincipals`: administrators set it for anyone, others for
/// themselves only; every principal named must be able to work in the workspace (a
/// member, unless it is public or they administer KAWA), else a 400 naming them.
pub async fn set_current(
    state: &AppState,
    caller: &Caller,
    params: api::SetCurrentWorkspaceForPrincipalsParameters,
) -> Result<api::CommandResult, KawaError> {
    let txn = begin(state).await?;
    let found = match authz::parse_id(&params.workspace_id) {
        Some(id) => store::one(&txn, id).await?,
        None => None,
    };
    let target = found.ok_or_else(|| {
        KawaError::Missing(format!("No workspace with id {}", params.workspace_id))
    })?;
    let ids = principal_ids(&txn, &params.principal_ids).await?;
    if !caller.is_admin() && ids.iter().any(|id| *id != caller.id()) {
        return Err(KawaError::Forbidden(
            "Only administrators may set another user's current workspace".into(),
        ));
    }
    for id in &ids {
        let user = principals::one(&txn, *id)
            .await?
            .ok_or(KawaError::Internal)?;
        if !may_work_there(&txn, &user, &target).await? {
            return Err(KawaError::field(
                "principalIds",
                format!("user {id} is not a member of workspace {}", target.id),
            ));
        }
    }
    principals::set_current_workspace(&txn, caller, &ids, target.id).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::CurrentWorkspaceAssignment(
        api::CurrentWorkspaceAssignment {
            workspace_id: target.id.to_string(),
            principal_ids: ids.iter().map(|id| id.to_string()).collect(),
        },
    ))
}
