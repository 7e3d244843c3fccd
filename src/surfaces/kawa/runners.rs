//! KAWA's script runners: the Python servers scripts run on. Global (not
//! workspace-scoped): every principal reads them, administrators alone declare and change
//! them (kywy's `add_script_runner`, `toggle_script_runner`,
//! `replace_script_runner_location`, `replace_script_runner_private_key`). The private
//! key is write-only: only its digest is kept, and a runner shows whether it has one.
//! The first runner is *the* runner — kywy's commands act on `runners[0]` — and
//! `GET /health/runner` probes it.

use std::time::Duration;

use generated::kawa::v1 as api;

use super::commands::{begin, commit};
use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller};
use crate::common::secrets;
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_script_runner;
use crate::store::kawa::{runners as store, text_list};

/// How long the health check waits for the runner to accept a connection.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

fn runner(r: &kw_script_runner::Model) -> api::ScriptRunner {
    api::ScriptRunner {
        id: r.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: r.name.clone(),
            description: Some(r.description.clone()),
        },
        host: r.host.clone(),
        port: r.port,
        use_tls: r.use_tls,
        enabled: r.enabled,
        has_private_key: Some(r.key_digest.is_some()),
        tags: text_list(&r.tags),
        created_at: iso_ms(r.created_at),
    }
}

/// Every runner, filtered; any principal may read them.
pub async fn list(
    state: &AppState,
    _caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::ScriptRunner>, KawaError> {
    Ok(store::all(&state.db)
        .await?
        .iter()
        .filter(|r| kept(&r.name, &text_list(&r.tags), name, tag))
        .map(runner)
        .collect())
}

/// The runner `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::ScriptRunner, KawaError> {
    let all = list(state, caller, None, None).await?;
    super::directory::by_id(all, id, "script runner", |r| &r.id)
}

/// A host as given, trimmed; blank is a 400.
fn host(given: &str) -> Result<String, KawaError> {
    let host = given.trim();
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(KawaError::field("host", "must be a host name or address"));
    }
    Ok(host.to_string())
}

/// The digest a private key is kept as; a blank key is a 400.
fn key_digest(key: &str) -> Result<String, KawaError> {
    if key.trim().is_empty() {
        return Err(KawaError::field("clearTextPrivateKey", "must not be blank"));
    }
    Ok(secrets::token_digest(key))
}

/// `CreateScriptRunner`: administrators only; 409 when a runner has the name.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateScriptRunnerParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "declare script runners")?;
    let name = params.name.trim().to_string();
    if name.is_empty() {
        return Err(KawaError::field("name", "must not be blank"));
    }
    let new = store::NewRunner {
        host: host(&params.host)?,
        port: params.port,
        use_tls: params.tls.unwrap_or(false),
        key_digest: params
            .clear_text_private_key
            .as_deref()
            .map(key_digest)
            .transpose()?,
        created_at: state.now_ms(),
        name,
    };
    let txn = begin(state).await?;
    if store::by_name(&txn, &new.name).await?.is_some() {
        return Err(KawaError::Conflict(format!(
            "A script runner named {} already exists",
            new.name
        )));
    }
    let created = store::create(&txn, &admin, new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::ScriptRunner(runner(&created)))
}

/// Changes runner `id` with `change` (administrators only; 404 for an unknown runner).
async fn change(
    state: &AppState,
    caller: &Caller,
    id: &str,
    what: &str,
    change: impl FnOnce(&mut kw_script_runner::Model),
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, what)?;
    let txn = begin(state).await?;
    let mut found = store::all(&txn)
        .await?
        .into_iter()
        .find(|r| r.id.to_string() == id)
        .ok_or_else(|| KawaError::Missing(format!("No script runner with id {id}")))?;
    change(&mut found);
    let saved = store::save(&txn, &admin, found).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::ScriptRunner(runner(&saved)))
}

/// `ToggleScriptRunner`.
pub async fn toggle(
    state: &AppState,
    caller: &Caller,
    params: api::ToggleScriptRunnerParameters,
) -> Result<api::CommandResult, KawaError> {
    let enabled = params.enabled;
    change(
        state,
        caller,
        &params.script_runner_entity_id,
        "toggle script runners",
        |r| {
            r.enabled = enabled;
        },
    )
    .await
}

/// `ReplaceScriptRunnerLocation`.
pub async fn relocate(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceScriptRunnerLocationParameters,
) -> Result<api::CommandResult, KawaError> {
    let host = host(&params.host)?;
    let (port, tls) = (params.port, params.tls.unwrap_or(false));
    change(
        state,
        caller,
        &params.script_runner_entity_id,
        "move script runners",
        |r| {
            (r.host, r.port, r.use_tls) = (host, port, tls);
        },
    )
    .await
}

/// `ReplaceScriptRunnerPrivateKey`.
pub async fn rekey(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceScriptRunnerPrivateKeyParameters,
) -> Result<api::CommandResult, KawaError> {
    let digest = key_digest(&params.clear_text_private_key)?;
    let what = "replace script runner keys";
    change(state, caller, &params.script_runner_entity_id, what, |r| {
        r.key_digest = Some(digest);
    })
    .await
}

/// Whether the runner (the first declared) is enabled and accepts a TCP connection at
/// its host and port within [`PROBE_TIMEOUT`]. A database failure reads as down.
pub async fn up(state: &AppState) -> bool {
    let first = match store::all(&state.db).await {
        Ok(all) => all.into_iter().next(),
        Err(_) => None,
    };
    let Some(r) = first.filter(|r| r.enabled) else {
        return false;
    };
    let Ok(port) = u16::try_from(r.port) else {
        return false;
    };
    let connect = tokio::net::TcpStream::connect((r.host.as_str(), port));
    matches!(
        tokio::time::timeout(PROBE_TIMEOUT, connect).await,
        Ok(Ok(_))
    )
}
