//! KAWA's scripts: Python tools a script runner executes. A script belongs to a
//! workspace, which reads it; its creator owns it, and only the owner and administrators
//! replace it. Created and replaced by command (`CreateScript`, `ReplaceScript`) from a
//! tool kit tool or from the content itself, whose `@kawa_tool` decorator gives the
//! metadata ([`tool`], read with [`python`]); names are unique in a workspace (409).

mod python;
mod source;
mod tool;

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use self::source::{Owned, Source};
use super::commands::datasources::workspace;
use super::commands::{begin, commit};
use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_script;
use crate::store::kawa::{scoped, scripts as store, text_list};

fn script(s: &kw_script::Model) -> api::Script {
    let metadata = serde_json::from_str(&s.metadata).unwrap_or(api::ScriptMetadata {
        parameters: Vec::new(),
        outputs: Vec::new(),
        script_parameters: None,
        description: None,
    });
    api::Script {
        id: s.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: s.name.clone(),
            description: Some(s.description.clone()),
        },
        workspace_id: s.workspace_id.to_string(),
        owner_id: s.owner_id.to_string(),
        // No command of KAWA's names a runner for a script: each runs on the default.
        script_runner_id: None,
        script_metadata: metadata,
        source_control_tool_configuration: Some(api::ScriptSourceControlToolConfiguration {
            tool_kit_name: s.tool_kit.clone(),
            tool_name: s.tool_name.clone(),
        }),
        tags: text_list(&s.tags),
        created_at: iso_ms(s.created_at),
    }
}

/// The scripts of the workspace the request acts in, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Script>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(scoped::all::<kw_script::Entity, _>(&state.db, &scope)
        .await?
        .iter()
        .filter(|s| kept(&s.name, &text_list(&s.tags), name, tag))
        .map(script)
        .collect())
}

/// The script `id`.
pub async fn get(state: &AppState, caller: &Caller, id: &str) -> Result<api::Script, KawaError> {
    let all = list(state, caller, None, None).await?;
    super::directory::by_id(all, id, "script", |s| &s.id)
}

/// A script's name as given, trimmed; blank is a 400.
fn name(given: &str) -> Result<String, KawaError> {
    let name = given.trim();
    if name.is_empty() {
        return Err(KawaError::field("name", "must not be blank"));
    }
    Ok(name.to_string())
}

/// 409 when another script of the workspace (not `except`) is named `name`.
async fn name_free<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    name: &str,
    except: Option<i32>,
) -> Result<(), KawaError> {
    let holder = scoped::by_name::<kw_script::Entity, _>(db, scope, name).await?;
    if holder.is_some_and(|h| Some(h.id) != except) {
        return Err(KawaError::Conflict(format!(
            "A script named {name} already exists in this workspace"
        )));
    }
    Ok(())
}

/// The stored metadata of a script whose source is `content` (what its `@kawa_tool`
/// decorator declares) or, without content, a tool kit's tool (none): the fixtures load
/// checks a script as `CreateScript` does. `Err` says why the content cannot be read.
pub(super) fn stored_metadata(content: Option<&str>) -> Result<String, String> {
    let metadata = match content {
        Some(text) => tool::metadata(text)?,
        None => Source::Tool {
            kit: String::new(),
            name: String::new(),
        }
        .metadata(),
    };
    stored(&metadata).map_err(|e| e.to_string())
}

fn stored(metadata: &api::ScriptMetadata) -> Result<String, KawaError> {
    serde_json::to_string(metadata).map_err(|_| KawaError::Internal)
}

/// `CreateScript`: any principal who may work in the workspace; the caller owns it.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateScriptParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let name = name(&params.name)?;
    let source = Source::given(params.content, params.source_control_tool_configuration)?;
    let tags: Vec<String> = params
        .tag
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .into_iter()
        .collect();
    let staged = source::stage(state, &source).await?;
    let written = async {
        let txn = begin(state).await?;
        name_free(&txn, &scope, &name, None).await?;
        let owned = Owned {
            scope: &scope,
            owner: caller.id(),
            name: &name,
        };
        let (tool_kit, tool_name, _) =
            source::record(&txn, state, owned, None, &source, staged.as_ref()).await?;
        let new = store::NewScript {
            name: name.clone(),
            tool_kit,
            tool_name,
            metadata: stored(&source.metadata())?,
            tags,
            created_at: state.now_ms(),
        };
        let created = store::create_script(&txn, &scope, caller.id(), new).await?;
        commit(state, txn, caller).await?;
        Ok::<_, KawaError>(created)
    }
    .await;
    match written {
        Ok(created) => Ok(api::CommandResult::Script(script(&created))),
        Err(e) => {
            source::unstage(state, staged).await;
            Err(e)
        }
    }
}

/// `ReplaceScript`: its owner and administrators (403 for other members; 404 for an
/// unknown script).
pub async fn replace(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceScriptParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let id = params.script_id.trim().to_string();
    let missing = || KawaError::Missing(format!("No script with id {id}"));
    let found = scoped::all::<kw_script::Entity, _>(&state.db, &scope)
        .await?
        .into_iter()
        .find(|s| s.id.to_string() == id)
        .ok_or_else(missing)?;
    if !(caller.is_admin() || found.owner_id == caller.id()) {
        return Err(KawaError::Forbidden(format!(
            "You may not change script {id}"
        )));
    }
    let name = name(&params.name)?;
    let source = Source::given(params.content, params.source_control_tool_configuration)?;
    let staged = source::stage(state, &source).await?;
    let written = async {
        let txn = begin(state).await?;
        // Read again in the transaction: the change is made to the row as it is now.
        let found = scoped::one::<kw_script::Entity, _>(&txn, &scope, found.id)
            .await?
            .ok_or_else(missing)?;
        name_free(&txn, &scope, &name, Some(found.id)).await?;
        let owned = Owned {
            scope: &scope,
            owner: found.owner_id,
            name: &name,
        };
        let (tool_kit, tool_name, freed) =
            source::record(&txn, state, owned, Some(&found), &source, staged.as_ref()).await?;
        let changed = kw_script::Model {
            name: name.clone(),
            tool_kit,
            tool_name,
            metadata: stored(&source.metadata())?,
            ..found.clone()
        };
        let saved = store::save_script(&txn, &scope, changed).await?;
        commit(state, txn, caller).await?;
        Ok::<_, KawaError>((saved, freed))
    }
    .await;
    match written {
        Ok((saved, freed)) => {
            if let Some(key) = freed {
                let _ = state.files.remove(&key).await;
            }
            Ok(api::CommandResult::Script(script(&saved)))
        }
        Err(e) => {
            source::unstage(state, staged).await;
            Err(e)
        }
    }
}
