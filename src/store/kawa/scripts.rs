//! KAWA's scripts and agents in a workspace (reads go through [`super::scoped`]).

use sea_orm::{ActiveModelTrait, ConnectionTrait, IntoActiveModel, Set};

use crate::authz::kawa::InWorkspace;
use crate::store::entities::{kw_agent, kw_script};
use crate::store::StoreError;

/// A script to create (validated by the service).
pub struct NewScript {
    pub name: String,
    pub tool_kit: Option<String>,
    pub tool_name: String,
    pub metadata: String,
    pub tags: Vec<String>,
    pub created_at: i64,
}

/// Creates a script owned by `owner` in the workspace in scope.
pub async fn create_script<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewScript,
) -> Result<kw_script::Model, StoreError> {
    Ok(kw_script::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(String::new()),
        owner_id: Set(owner),
        tool_kit: Set(new.tool_kit),
        tool_name: Set(new.tool_name),
        metadata: Set(new.metadata),
        tags: Set(super::to_text_list(&new.tags)),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// An agent to create or the new state of one (validated by the service).
pub struct AgentFields {
    pub name: String,
    pub description: String,
    pub shared: bool,
    pub instructions: String,
    pub settings: String,
    pub tags: Vec<String>,
}

/// Creates an agent owned by `owner` in the workspace in scope.
pub async fn create_agent<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    fields: AgentFields,
    created_at: i64,
) -> Result<kw_agent::Model, StoreError> {
    Ok(kw_agent::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(fields.name),
        description: Set(fields.description),
        owner_id: Set(owner),
        shared: Set(fields.shared),
        instructions: Set(fields.instructions),
        settings: Set(fields.settings),
        tags: Set(super::to_text_list(&fields.tags)),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Writes `changed` over the script of its id; the workspace in scope must hold it.
pub async fn save_script<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    changed: kw_script::Model,
) -> Result<kw_script::Model, StoreError> {
    debug_assert_eq!(changed.workspace_id, scope.id());
    // Every column written: the service hands over the row as it must be.
    Ok(changed.into_active_model().reset_all().update(db).await?)
}

/// Writes `changed` over the agent of its id; the workspace in scope must hold it.
pub async fn save_agent<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    changed: kw_agent::Model,
) -> Result<kw_agent::Model, StoreError> {
    debug_assert_eq!(changed.workspace_id, scope.id());
    // Every column written: the service hands over the row as it must be.
    Ok(changed.into_active_model().reset_all().update(db).await?)
}
