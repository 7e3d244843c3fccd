//! Who may do what in KAWA. A [`Caller`] comes from a live API key or `accessToken`
//! session of an active principal, with the `x-kawa-workspace-id` header already checked
//! when sent; an [`Admin`] is a caller with `ADMIN_ROLE`; an [`InWorkspace`] is a
//! workspace the caller may work in (administrators, public workspaces, members); a
//! [`Manage`] is a workspace whose members and visibility the caller may change. Each is
//! made here only, after the check, and the store's functions take them.

mod boards;
mod data;

pub use boards::{
    read_application, read_dashboard, sees_application, sees_dashboard, write_application,
    write_dashboard, WriteApplication, WriteDashboard,
};
pub use data::{
    read_datasource, read_sheet, sees_sheet, visible, write_datasource, write_sheet,
    ReadDataSource, ReadSheet, Sharing, WriteDataSource, WriteSheet,
};

use super::Operator;
use crate::common::secrets;
use crate::state::AppState;
use crate::store::entities::{kw_workspace, user};
use crate::store::kawa::{principals, workspaces};
use crate::surfaces::accounts::{self, Product, TokenRefusal};
use crate::surfaces::kawa::error::KawaError;

/// The product name KAWA's sessions and keys are stored under.
pub const PRODUCT: &str = "kawa";

/// The workspace permission that lets a member manage the workspace's members.
pub const MANAGE_USERS: &str = "MANAGE_USERS";

/// How a request authenticates.
#[derive(Debug, Clone, Copy)]
pub enum Credential<'a> {
    /// `x-kawa-api-key`.
    ApiKey(&'a str),
    /// The `accessToken` cookie a login set.
    Session(&'a str),
}

/// An active principal calling with a live credential.
#[derive(Debug, Clone)]
pub struct Caller {
    user: user::Model,
    /// The workspace `x-kawa-workspace-id` named, already checked; `None` without one.
    header: Option<InWorkspace>,
}

impl Caller {
    pub fn user(&self) -> &user::Model {
        &self.user
    }

    pub fn id(&self) -> i32 {
        self.user.id
    }

    /// Whether the principal holds `ADMIN_ROLE`.
    pub fn is_admin(&self) -> bool {
        principals::is_admin(&self.user)
    }
}

/// The caller behind `credential`, if it is live and its principal active; with the
/// workspace `header` names, which must be one the caller may work in (KAWA's 403).
pub async fn caller(
    state: &AppState,
    credential: Credential<'_>,
    header: Option<&str>,
) -> Result<Caller, KawaError> {
    let user = match credential {
        Credential::ApiKey(key) => match accounts::token_holder(state, Product::Kawa, key).await? {
            Ok(holder) => holder.user,
            Err(TokenRefusal::Unknown) => return Err(KawaError::Unauthorized),
            Err(TokenRefusal::Expired) => {
                return Err(KawaError::Refused("The API key has expired".into()))
            }
        },
        Credential::Session(token) => session_user(state, token)
            .await?
            .ok_or(KawaError::Unauthorized)?,
    };
    // Read on every request, so a deactivation takes effect at once.
    if !principals::is_active(&user) {
        return Err(KawaError::Refused("This user is deactivated".into()));
    }
    let mut caller = Caller { user, header: None };
    if let Some(id) = header {
        caller.header = Some(in_workspace(state, &caller, id).await?);
    }
    Ok(caller)
}

/// The user of the live KAWA session `token`.
async fn session_user(state: &AppState, token: &str) -> Result<Option<user::Model>, KawaError> {
    let digest = secrets::token_digest(token);
    let now = state.now_ms();
    let session =
        crate::store::accounts::session_by_digest(&state.db, PRODUCT, &digest, now).await?;
    let Some(session) = session.filter(|s| secrets::digests_match(&s.session_digest, &digest))
    else {
        return Ok(None);
    };
    Ok(crate::store::accounts::user_by_id(&state.db, session.user_id).await?)
}

/// Proof that the caller holds `ADMIN_ROLE`.
#[derive(Debug)]
pub struct Admin<'a>(&'a Caller);

impl Admin<'_> {
    pub fn caller(&self) -> &Caller {
        self.0
    }
}

/// The caller as an administrator, or KAWA's 403 saying what it may not do.
pub fn admin<'a>(caller: &'a Caller, what: &str) -> Result<Admin<'a>, KawaError> {
    if caller.is_admin() {
        Ok(Admin(caller))
    } else {
        Err(KawaError::Forbidden(format!(
            "Only administrators may {what}"
        )))
    }
}

/// Proof that the caller may work in a workspace.
#[derive(Debug, Clone)]
pub struct InWorkspace {
    workspace: kw_workspace::Model,
}

impl InWorkspace {
    /// The instance itself acting in `workspace` (the fixtures load, checking a file's
    /// entry by the commands' rules): there is no caller to check.
    pub fn for_operator(_operator: &Operator, workspace: kw_workspace::Model) -> InWorkspace {
        InWorkspace { workspace }
    }

    pub fn id(&self) -> i32 {
        self.workspace.id
    }

    pub fn workspace(&self) -> &kw_workspace::Model {
        &self.workspace
    }
}

/// The workspace a workspace-scoped operation acts in: the one the header named, else
/// the caller's current workspace (403 if the caller may no longer work there), else
/// none.
pub async fn scope(state: &AppState, caller: &Caller) -> Result<Option<InWorkspace>, KawaError> {
    if let Some(checked) = &caller.header {
        return Ok(Some(checked.clone()));
    }
    match caller.user.kawa_workspace_id {
        Some(id) => Ok(Some(in_workspace(state, caller, &id.to_string()).await?)),
        None => Ok(None),
    }
}

/// The workspace with `id`, if the caller may work in it: 403 otherwise, as KAWA answers
/// a workspace header the key cannot use, whether or not the workspace exists.
async fn in_workspace(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<InWorkspace, KawaError> {
    let refused = || KawaError::Forbidden(format!("You do not have access to workspace {id}"));
    let Some(id) = parse_id(id) else {
        return Err(refused());
    };
    let Some(workspace) = workspaces::one(&state.db, id).await? else {
        return Err(refused());
    };
    if may_work_in(state, caller, &workspace).await? {
        Ok(InWorkspace { workspace })
    } else {
        Err(refused())
    }
}

/// Whether `caller` may work in `workspace`: administrators anywhere, everyone in a
/// public workspace, members in theirs.
pub async fn may_work_in(
    state: &AppState,
    caller: &Caller,
    workspace: &kw_workspace::Model,
) -> Result<bool, KawaError> {
    if caller.is_admin() || workspace.is_public {
        return Ok(true);
    }
    Ok(workspaces::member(&state.db, workspace.id, caller.id())
        .await?
        .is_some())
}

/// The workspace with `id` for reading: 404 when there is none, 403 when the caller may
/// not work in it.
pub async fn readable(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<InWorkspace, KawaError> {
    let workspace = find(state, id).await?;
    if may_work_in(state, caller, &workspace).await? {
        Ok(InWorkspace { workspace })
    } else {
        Err(KawaError::Forbidden(format!(
            "You do not have access to workspace {id}"
        )))
    }
}

/// Proof that the caller may change a workspace's members and visibility.
#[derive(Debug, Clone)]
pub struct Manage {
    workspace: kw_workspace::Model,
}

impl Manage {
    pub fn id(&self) -> i32 {
        self.workspace.id
    }

    pub fn workspace(&self) -> &kw_workspace::Model {
        &self.workspace
    }
}

/// The workspace with `id`, if the caller may manage it (administrators, its owner, and
/// members holding `MANAGE_USERS`): 404 when there is none, 403 otherwise. Read inside
/// the command's transaction, so the check and the change see the same rows.
pub async fn manage<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: &str,
) -> Result<Manage, KawaError> {
    let found = match parse_id(id) {
        Some(n) => workspaces::one(db, n).await?,
        None => None,
    };
    let workspace = found.ok_or_else(|| no_workspace(id))?;
    if caller.is_admin() || workspace.owner_id == caller.id() {
        return Ok(Manage { workspace });
    }
    let member = workspaces::member(db, workspace.id, caller.id()).await?;
    let holds = member.is_some_and(|m| {
        workspaces::permissions(&m)
            .iter()
            .any(|p| p == MANAGE_USERS)
    });
    if holds {
        Ok(Manage { workspace })
    } else {
        Err(KawaError::Forbidden(format!(
            "You may not manage workspace {id}"
        )))
    }
}

/// The workspace with `id`, whoever asks: 404 when there is none.
async fn find(state: &AppState, id: &str) -> Result<kw_workspace::Model, KawaError> {
    let Some(n) = parse_id(id) else {
        return Err(no_workspace(id));
    };
    workspaces::one(&state.db, n)
        .await?
        .ok_or_else(|| no_workspace(id))
}

fn no_workspace(id: &str) -> KawaError {
    KawaError::Missing(format!("No workspace with id {id}"))
}

/// A KAWA id: a string of digits that fits the store's keys; anything else names nothing.
pub fn parse_id(id: &str) -> Option<i32> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    id.parse().ok()
}
