//! Queries over a sheet's rows: kywy's DSL (`compute-from-dsl`) run by the warehouse on
//! the datasource's committed Parquet parts, answered as an Arrow IPC stream, and column
//! profiles (`compute-sheet-stats`). Reads only: nothing is written but the activity (a
//! query counts as a computation in the usage report).

use std::collections::BTreeMap;

use generated::kawa::v1 as api;

use super::error::KawaError;
use super::parts;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::state::AppState;
use crate::store::entities::{kw_datasource, kw_sheet};
use crate::store::kawa::{activity, datasources, scoped};

/// The datasource a sheet reads: 404 when the sheet's datasource was archived.
async fn source_of(
    state: &AppState,
    sheet: &crate::store::entities::kw_sheet::Model,
) -> Result<kw_datasource::Model, KawaError> {
    let missing = || KawaError::Missing(format!("Sheet {} reads no datasource any more", sheet.id));
    let id = super::sheets::primary(sheet).ok_or_else(missing)?;
    datasources::by_id(&state.db, id).await?.ok_or_else(missing)
}

/// The datasource a query names: by `sheetId`, else `sheetName` (the first such sheet
/// the caller sees), else `viewId` (a layout of the sheet), else `datasourceId`.
async fn target(
    state: &AppState,
    caller: &Caller,
    scope: &InWorkspace,
    body: &api::ComputationRequest,
) -> Result<kw_datasource::Model, KawaError> {
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if let Some(id) = given(&body.sheet_id) {
        let sheet = authz::read_sheet(&state.db, caller, scope, &id).await?;
        return source_of(state, sheet.model()).await;
    }
    if let Some(name) = given(&body.sheet_name) {
        let found = scoped::all::<kw_sheet::Entity, _>(&state.db, scope)
            .await?
            .into_iter()
            .find(|s| s.name == name && authz::sees_sheet(caller, s))
            .ok_or_else(|| KawaError::Missing(format!("No sheet named {name}")))?;
        return source_of(state, &found).await;
    }
    if let Some(view) = given(&body.view_id) {
        // kywy's `view_id(...)`: the layout's sheet.
        let layout = super::sheets::get_layout(state, caller, &view).await?;
        let sheet = authz::read_sheet(&state.db, caller, scope, &layout.sheet_id).await?;
        return source_of(state, sheet.model()).await;
    }
    if let Some(id) = given(&body.datasource_id) {
        let ds = authz::read_datasource(&state.db, caller, scope, &id).await?;
        return Ok(ds.model().clone());
    }
    Err(KawaError::field(
        "sheetId",
        "name what to query: sheetId, sheetName or datasourceId",
    ))
}

/// A query the warehouse refused, as KAWA's 400 (or a logged 500 for its own failure).
fn refused(err: warehouse::QueryError) -> KawaError {
    match err {
        warehouse::QueryError::UnknownColumn(c) => {
            KawaError::BadRequest(format!("No column named {c} in this sheet"))
        }
        warehouse::QueryError::Unsupported(what) => {
            KawaError::BadRequest(format!("Not supported here: {what}"))
        }
        warehouse::QueryError::Invalid(why) => KawaError::BadRequest(why),
        warehouse::QueryError::Engine(e) => {
            tracing::error!(error = %e, "kawa: a query failed in the engine");
            KawaError::Internal
        }
    }
}

/// `POST /computation/compute-from-dsl`: the result rows as an Arrow IPC stream.
pub async fn compute(
    state: &AppState,
    caller: &Caller,
    body: api::ComputationRequest,
) -> Result<Vec<u8>, KawaError> {
    let scope = super::commands::datasources::workspace(state, caller).await?;
    let ds = target(state, caller, &scope, &body).await?;
    let query: warehouse::Query = serde_json::to_value(&body)
        .and_then(serde_json::from_value)
        .map_err(|e| KawaError::BadRequest(format!("The query does not parse: {e}")))?;
    let answer = warehouse::compute(&parts::table(state, &ds), &query)
        .await
        .map_err(refused)?;
    // The usage report counts computations per principal.
    activity::record(&state.db, caller.id(), "computation", state.now_ms()).await?;
    Ok(answer)
}

/// `POST /computation/compute-sheet-stats`: profiles by column id.
pub async fn profile(
    state: &AppState,
    caller: &Caller,
    body: api::SheetStatsRequest,
) -> Result<BTreeMap<String, api::ColumnProfile>, KawaError> {
    let scope = super::commands::datasources::workspace(state, caller).await?;
    let sheet = authz::read_sheet(&state.db, caller, &scope, &body.sheet_id).await?;
    let ds = source_of(state, sheet.model()).await?;
    let column = body.column_id.as_deref();
    let profiles = warehouse::profile(&parts::table(state, &ds), column)
        .await
        .map_err(refused)?;
    profiles
        .into_iter()
        .map(|(id, p)| {
            let shown = serde_json::to_value(&p)
                .and_then(serde_json::from_value)
                .map_err(|_| KawaError::Internal)?;
            Ok((id, shown))
        })
        .collect()
}
