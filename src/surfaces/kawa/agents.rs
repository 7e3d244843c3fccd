//! KAWA's AI agents (kywy's application builder: `createAgent`, `updateAgent`, then
//! `find_entity_by_tag`). An agent belongs to a workspace and its creator owns it; an
//! unshared agent is seen by its owner and administrators only (404 to the others, as if
//! absent), a shared one by the workspace. Only the owner and administrators change it
//! (403 to other members who see it). Names are unique in a workspace (409). The
//! `immutableTag` kywy sets in `extraInformation` becomes one of its tags, for good.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::commands::datasources::workspace;
use super::commands::{begin, commit};
use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_agent;
use crate::store::kawa::{scoped, scripts as store, text_list, to_text_list};

/// What kywy sends beyond the name and instructions, kept as one JSON column (the
/// fixtures file holds it as these fields).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Settings {
    pub(super) color: Option<String>,
    #[serde(default)]
    pub(super) commands: Vec<Value>,
    #[serde(default)]
    pub(super) knowledge_ids: Vec<String>,
    pub(super) capabilities: Option<api::AgentCapabilities>,
}

fn agent(a: &kw_agent::Model) -> api::Agent {
    let settings: Settings = serde_json::from_str(&a.settings).unwrap_or_default();
    api::Agent {
        id: a.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: a.name.clone(),
            description: Some(a.description.clone()),
        },
        workspace_id: a.workspace_id.to_string(),
        owner_id: a.owner_id.to_string(),
        shared: a.shared,
        instructions: text_list(&a.instructions).join("\n"),
        color: settings.color,
        capabilities: settings.capabilities,
        knowledge_ids: Some(settings.knowledge_ids),
        tags: text_list(&a.tags),
        created_at: iso_ms(a.created_at),
    }
}

fn sees(caller: &Caller, a: &kw_agent::Model) -> bool {
    a.shared || caller.is_admin() || a.owner_id == caller.id()
}

/// The agents of the workspace the request acts in that the caller sees, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Agent>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(scoped::all::<kw_agent::Entity, _>(&state.db, &scope)
        .await?
        .iter()
        .filter(|a| sees(caller, a))
        .filter(|a| kept(&a.name, &text_list(&a.tags), name, tag))
        .map(agent)
        .collect())
}

/// The agent `id`.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Agent, KawaError> {
    let all = list(state, caller, None, None).await?;
    super::directory::by_id(all, id, "agent", |a| &a.id)
}

/// What `createAgent` and `updateAgent` both give.
struct Given {
    display: api::AgentDisplayInformation,
    instructions: Option<Vec<String>>,
    commands: Option<Vec<Value>>,
    knowledge_ids: Option<Vec<String>>,
    capabilities: Option<api::AgentCapabilities>,
}

/// The stored fields of an agent given `given`, sharing `shared` and carrying `tags`
/// (its immutable tag added).
fn fields(
    given: Given,
    shared: bool,
    mut tags: Vec<String>,
) -> Result<store::AgentFields, KawaError> {
    let name = given.display.display_name.trim().to_string();
    if name.is_empty() {
        return Err(KawaError::field(
            "displayInformation.displayName",
            "must not be blank",
        ));
    }
    let extra = given
        .display
        .extra_information
        .unwrap_or(api::AgentExtraInformation {
            color: None,
            immutable_tag: None,
        });
    if let Some(tag) = extra.immutable_tag.map(|t| t.trim().to_string()) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let settings = Settings {
        color: extra.color,
        commands: given.commands.unwrap_or_default(),
        knowledge_ids: given.knowledge_ids.unwrap_or_default(),
        capabilities: given.capabilities,
    };
    Ok(store::AgentFields {
        name,
        description: given.display.description.unwrap_or_default(),
        shared,
        instructions: to_text_list(&given.instructions.unwrap_or_default()),
        settings: serde_json::to_string(&settings).map_err(|_| KawaError::Internal)?,
        tags,
    })
}

/// 409 when another agent of the workspace (not `except`) is named `name`.
async fn name_free<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    name: &str,
    except: Option<i32>,
) -> Result<(), KawaError> {
    let holder = scoped::by_name::<kw_agent::Entity, _>(db, scope, name).await?;
    if holder.is_some_and(|h| Some(h.id) != except) {
        return Err(KawaError::Conflict(format!(
            "An agent named {name} already exists in this workspace"
        )));
    }
    Ok(())
}

/// `createAgent`: any principal who may work in the workspace; the caller owns it.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateAgentParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let given = Given {
        display: params.display_information,
        instructions: params.instructions,
        commands: params.commands,
        knowledge_ids: params.knowledge_ids,
        capabilities: params.capabilities,
    };
    let fields = fields(given, params.shared.unwrap_or(false), Vec::new())?;
    let txn = begin(state).await?;
    name_free(&txn, &scope, &fields.name, None).await?;
    let created = store::create_agent(&txn, &scope, caller.id(), fields, state.now_ms()).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Agent(agent(&created)))
}

/// `updateAgent`: its owner and administrators.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    params: api::UpdateAgentParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let id = params.agent_id.trim().to_string();
    let txn = begin(state).await?;
    let found = scoped::all::<kw_agent::Entity, _>(&txn, &scope)
        .await?
        .into_iter()
        .find(|a| a.id.to_string() == id && sees(caller, a))
        .ok_or_else(|| KawaError::Missing(format!("No agent with id {id}")))?;
    if !(caller.is_admin() || found.owner_id == caller.id()) {
        return Err(KawaError::Forbidden(format!(
            "You may not change agent {id}"
        )));
    }
    let given = Given {
        display: params.display_information,
        instructions: params.instructions,
        commands: params.commands,
        knowledge_ids: params.knowledge_ids,
        capabilities: params.capabilities,
    };
    let shared = params.shared.unwrap_or(found.shared);
    let fields = fields(given, shared, text_list(&found.tags))?;
    name_free(&txn, &scope, &fields.name, Some(found.id)).await?;
    let changed = kw_agent::Model {
        name: fields.name,
        description: fields.description,
        shared: fields.shared,
        instructions: fields.instructions,
        settings: fields.settings,
        tags: to_text_list(&fields.tags),
        ..found
    };
    let saved = store::save_agent(&txn, &scope, changed).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Agent(agent(&saved)))
}
