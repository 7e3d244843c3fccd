//! Script runners, scripts (with the workspace file holding a script's content) and
//! agents as a fixtures file holds them: restored with the ids and times given (or the
//! next free id), read back for an export. A runner's private key is kept as its digest,
//! here as everywhere.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{id, Restored};
use crate::authz::Operator;
use crate::store::entities::{kw_agent, kw_file, kw_script, kw_script_runner};
use crate::store::kawa::to_text_list;
use crate::store::StoreError;

/// A runner's own columns besides those of [`Restored`].
pub struct RunnerColumns {
    pub host: String,
    pub port: i32,
    pub use_tls: bool,
    pub enabled: bool,
    pub key_digest: Option<String>,
}

/// Adds a script runner (global).
pub async fn runner<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    new: Restored,
    columns: RunnerColumns,
) -> Result<kw_script_runner::Model, StoreError> {
    Ok(kw_script_runner::ActiveModel {
        id: id(new.id),
        name: Set(new.name),
        description: Set(new.description),
        host: Set(columns.host),
        port: Set(columns.port),
        use_tls: Set(columns.use_tls),
        enabled: Set(columns.enabled),
        key_digest: Set(columns.key_digest),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// A script's own columns besides those of [`Restored`].
pub struct ScriptColumns {
    pub owner_id: i32,
    pub tool_kit: Option<String>,
    pub tool_name: String,
    /// The `ScriptMetadata`, as stored.
    pub metadata: String,
}

/// Adds a script to workspace `workspace_id` (its content's file, if any, is [`file`]).
pub async fn script<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    columns: ScriptColumns,
) -> Result<kw_script::Model, StoreError> {
    Ok(kw_script::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(columns.owner_id),
        tool_kit: Set(columns.tool_kit),
        tool_name: Set(columns.tool_name),
        metadata: Set(columns.metadata),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// An agent's own columns besides those of [`Restored`].
pub struct AgentColumns {
    pub owner_id: i32,
    pub shared: bool,
    /// The instructions' lines, as stored.
    pub instructions: String,
    /// Color, commands, knowledge ids and capabilities, as stored.
    pub settings: String,
}

/// Adds an agent to workspace `workspace_id`.
pub async fn agent<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    columns: AgentColumns,
) -> Result<kw_agent::Model, StoreError> {
    Ok(kw_agent::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(columns.owner_id),
        shared: Set(columns.shared),
        instructions: Set(columns.instructions),
        settings: Set(columns.settings),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// Whether runner `id` exists.
pub async fn runner_exists<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    Ok(kw_script_runner::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some())
}

/// Whether script `id` exists (in whichever workspace).
pub async fn script_exists<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    Ok(kw_script::Entity::find_by_id(id).one(db).await?.is_some())
}

/// Whether agent `id` exists (in whichever workspace).
pub async fn agent_exists<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    Ok(kw_agent::Entity::find_by_id(id).one(db).await?.is_some())
}

/// The file `file_id` of workspace `workspace_id`, if any.
pub async fn file<C: ConnectionTrait>(
    db: &C,
    workspace_id: i32,
    file_id: &str,
) -> Result<Option<kw_file::Model>, StoreError> {
    Ok(kw_file::Entity::find()
        .filter(kw_file::Column::WorkspaceId.eq(workspace_id))
        .filter(kw_file::Column::FileId.eq(file_id))
        .one(db)
        .await?)
}

/// Every runner, script and agent, each oldest first.
pub struct Scripts {
    pub runners: Vec<kw_script_runner::Model>,
    pub scripts: Vec<kw_script::Model>,
    pub agents: Vec<kw_agent::Model>,
}

/// Reads [`Scripts`] for an export.
pub async fn everything<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Scripts, StoreError> {
    Ok(Scripts {
        runners: kw_script_runner::Entity::find()
            .order_by_asc(kw_script_runner::Column::Id)
            .all(db)
            .await?,
        scripts: kw_script::Entity::find()
            .order_by_asc(kw_script::Column::Id)
            .all(db)
            .await?,
        agents: kw_agent::Entity::find()
            .order_by_asc(kw_agent::Column::Id)
            .all(db)
            .await?,
    })
}
