//! KAWA's datasources as the workspace shows them: listed with the `name` and `tag`
//! filters (only those the caller may see), read by id, their warehouse DDL and their
//! health reports. Writes are commands ([`super::commands::datasources`]) and loads
//! ([`super::ingestion`]); [`rewrite`] replaces all of a datasource's rows at once.

pub mod rewrite;
mod view;

pub use view::{columns, datasource, health_report, indicators, is_auto, is_key, sharing};

use generated::kawa::v1 as api;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;
use crate::store::entities::kw_datasource;
use crate::store::kawa::{loads, scoped, text_list};

/// The datasources of the workspace the request acts in that the caller may see,
/// oldest first, filtered (none without a workspace).
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::DataSource>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    let all = scoped::all::<kw_datasource::Entity, _>(&state.db, &scope).await?;
    Ok(authz::visible(&state.db, caller, all)
        .await?
        .iter()
        .filter(|ds| kept(&ds.name, &text_list(&ds.tags), name, tag))
        .map(datasource)
        .collect())
}

/// The workspace the request acts in, which a datasource read needs (404 for the id
/// without one: nothing is in no workspace).
async fn scope(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<authz::InWorkspace, KawaError> {
    authz::scope(state, caller)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No datasource with id {id}")))
}

/// The datasource `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::DataSource, KawaError> {
    let scope = scope(state, caller, id).await?;
    let ds = authz::read_datasource(&state.db, caller, &scope, id).await?;
    Ok(datasource(ds.model()))
}

/// The warehouse DDL of datasource `id`.
pub async fn schema(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::DataSourceSchema, KawaError> {
    let scope = scope(state, caller, id).await?;
    let ds = authz::read_datasource(&state.db, caller, &scope, id).await?;
    let ds = ds.model();
    Ok(api::DataSourceSchema {
        data_source_id: ds.id.to_string(),
        schema: warehouse::ddl(&format!("ds_{}", ds.id), &columns(ds), &[], None),
    })
}

/// The health reports of datasource `id`, one per load, oldest first.
pub async fn health(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<Vec<api::DataSourceHealthReport>, KawaError> {
    let scope = scope(state, caller, id).await?;
    let ds = authz::read_datasource(&state.db, caller, &scope, id).await?;
    let history = loads::history(&state.db, ds.model().id).await?;
    Ok(history
        .iter()
        .map(|load| health_report(ds.model(), load))
        .collect())
}
