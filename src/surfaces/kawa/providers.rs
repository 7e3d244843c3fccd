//! KAWA's data providers (connections datasources load from): listed with the `name`
//! and `tag` filters, read by id, created and archived by command. A restricted provider
//! is its owner's (and administrators'); the others are the workspace's. Connection
//! parameters are kept and never shown back.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::commands::datasources::workspace;
use super::commands::{begin, commit};
use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::kw_data_provider;
use crate::store::kawa::{providers as store, scoped, text_list};

fn provider(p: &kw_data_provider::Model) -> api::DataProvider {
    api::DataProvider {
        id: p.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: p.name.clone(),
            description: Some(p.description.clone()),
        },
        workspace_id: p.workspace_id.to_string(),
        owner_id: p.owner_id.to_string(),
        type_: p.provider_type.clone(),
        shared: !p.restricted,
        tags: text_list(&p.tags),
        created_at: iso_ms(p.created_at),
    }
}

fn sees(caller: &Caller, p: &kw_data_provider::Model) -> bool {
    !p.restricted || caller.is_admin() || p.owner_id == caller.id()
}

/// The providers of the workspace the request acts in that the caller sees, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::DataProvider>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(
        scoped::all::<kw_data_provider::Entity, _>(&state.db, &scope)
            .await?
            .iter()
            .filter(|p| sees(caller, p))
            .filter(|p| kept(&p.name, &text_list(&p.tags), name, tag))
            .map(provider)
            .collect(),
    )
}

/// The provider `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::DataProvider, KawaError> {
    let all = list(state, caller, None, None).await?;
    super::directory::by_id(all, id, "data provider", |p| &p.id)
}

/// `CreateDataProvider`'s rule (and the fixtures'): a name the workspace has already is
/// KAWA's 409.
pub async fn name_free<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    name: &str,
) -> Result<(), KawaError> {
    if scoped::by_name::<kw_data_provider::Entity, _>(db, scope, name)
        .await?
        .is_some()
    {
        return Err(KawaError::Conflict(format!(
            "A data provider named {name} already exists in this workspace"
        )));
    }
    Ok(())
}

/// `CreateDataProvider`: 409 when the workspace has a provider of that name.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateDataProviderParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let name = params.display_information.display_name.trim().to_string();
    let txn = begin(state).await?;
    name_free(&txn, &scope, &name).await?;
    let connection = serde_json::json!({
        "connectionParameters": params.connection_parameters,
        "connectionSecurityParameters": params.connection_security_parameters,
    });
    let new = store::NewProvider {
        name,
        description: params.display_information.description.unwrap_or_default(),
        provider_type: params.data_provider_type,
        restricted: params.restricted.unwrap_or(false),
        connection: connection.to_string(),
        created_at: state.now_ms(),
    };
    let created = store::create(&txn, &scope, caller.id(), new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::DataProvider(provider(&created)))
}

/// `DeleteDataProvider`: its owner and administrators only (403 for others who see it).
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteDataProviderParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let id = &params.data_provider_id;
    let missing = || KawaError::Missing(format!("No data provider with id {id}"));
    let txn = begin(state).await?;
    let found = scoped::all::<kw_data_provider::Entity, _>(&txn, &scope)
        .await?
        .into_iter()
        .find(|p| p.id.to_string() == *id && sees(caller, p))
        .ok_or_else(missing)?;
    if !(caller.is_admin() || found.owner_id == caller.id()) {
        return Err(KawaError::Forbidden(format!(
            "You may not delete data provider {id}"
        )));
    }
    store::delete(&txn, &scope, found.id).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::DataProvider(provider(&found)))
}
