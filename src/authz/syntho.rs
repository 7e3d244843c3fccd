//! Who may do what in Syntho. A signed-in [`Caller`] comes from a live session; a
//! [`Workspace`] proof per action comes only to a member whose role allows it. Another
//! user's workspace is a 404, as if it did not exist; a member whose role is too low is
//! refused with a 403.

use std::marker::PhantomData;

use super::Operator;
use crate::state::AppState;
use crate::store;
use crate::store::entities::{sy_member, sy_workspace, user};
use crate::surfaces::syntho::error::SynthoError;
use crate::surfaces::syntho::sessions;

/// A member's role, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Reader,
    Editor,
    Owner,
}

impl Role {
    fn of(member: &sy_member::Model) -> Role {
        match member.role.as_str() {
            "OWNER" => Role::Owner,
            "EDITOR" => Role::Editor,
            _ => Role::Reader,
        }
    }
}

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct Caller {
    user: user::Model,
}

impl Caller {
    pub fn user(&self) -> &user::Model {
        &self.user
    }

    pub fn id(&self) -> i32 {
        self.user.id
    }
}

/// The user behind a session key; 401 when the session is unknown or expired.
pub async fn signed_in(state: &AppState, session_key: &str) -> Result<Caller, SynthoError> {
    let session = sessions::find(state, session_key)
        .await?
        .ok_or(SynthoError::InvalidSession)?;
    let user = store::accounts::user_by_id(&state.db, session.user_id)
        .await?
        .ok_or(SynthoError::InvalidSession)?;
    Ok(Caller { user })
}

/// The operator acting as `user`: fixtures create workspaces for the owner they name.
pub fn act_as(_operator: &Operator, user: user::Model) -> Caller {
    Caller { user }
}

/// What a caller wants to do with a workspace, and the least role that may.
pub trait Action {
    const LEAST: Role;
    /// The verb of the 403's sentence.
    const VERB: &'static str;
}

/// See the workspace, its members and its engine.
#[derive(Debug)]
pub enum Read {}
/// Rename it or change its connections.
#[derive(Debug)]
pub enum Change {}
/// Delete it (and revoke its running job).
#[derive(Debug)]
pub enum Delete {}
/// Copy it, with its members.
#[derive(Debug)]
pub enum Duplicate {}

impl Action for Read {
    const LEAST: Role = Role::Reader;
    const VERB: &'static str = "read";
}
impl Action for Change {
    const LEAST: Role = Role::Editor;
    const VERB: &'static str = "change";
}
impl Action for Delete {
    const LEAST: Role = Role::Owner;
    const VERB: &'static str = "delete";
}
impl Action for Duplicate {
    const LEAST: Role = Role::Owner;
    const VERB: &'static str = "duplicate";
}

/// Proof that a caller may do `A` to this workspace, with the workspace as read.
#[derive(Debug)]
pub struct Workspace<A: Action> {
    row: sy_workspace::Model,
    _action: PhantomData<A>,
}

impl<A: Action> Workspace<A> {
    pub fn row(&self) -> &sy_workspace::Model {
        &self.row
    }

    pub fn pk(&self) -> i32 {
        self.row.pk
    }
}

/// Workspace `pk`, if `caller` may do `A` to it: 404 unless a member, 403 unless the
/// member's role is at least `A::LEAST`.
pub async fn workspace<A: Action>(
    state: &AppState,
    caller: &Caller,
    pk: i32,
) -> Result<Workspace<A>, SynthoError> {
    let (row, member) = store::syntho::workspace_and_membership(&state.db, pk, caller.id())
        .await?
        .ok_or(SynthoError::NotFound)?;
    if Role::of(&member) < A::LEAST {
        return Err(SynthoError::Forbidden(format!(
            "You do not have permission to {} this workspace.",
            A::VERB
        )));
    }
    Ok(Workspace {
        row,
        _action: PhantomData,
    })
}
