//! The data tier's commands (datasources, sheets, workflows). Real mode holds none of
//! those entities yet, so each command that names one answers, truthfully, that it does
//! not exist: KAWA's 404 in the workspace the command acts in. Nothing is written.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;

/// The 404 for `kind` `id`, once the workspace header (or current workspace) is checked.
async fn missing(state: &AppState, caller: &Caller, kind: &str, id: &str) -> KawaError {
    if let Err(refused) = authz::scope(state, caller).await {
        return refused;
    }
    KawaError::Missing(format!("No {kind} with id {id}"))
}

/// `ArchiveDataSourceAndDeleteAssociatedData`, `UpdateDataSourceShareStatus`.
pub async fn datasource(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::CommandResult, KawaError> {
    Err(missing(state, caller, "datasource", id).await)
}

/// `DeleteSheet`.
pub async fn sheet(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::CommandResult, KawaError> {
    Err(missing(state, caller, "sheet", id).await)
}

/// `RunWorkflow`, `DeleteWorkflow`.
pub async fn workflow(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::CommandResult, KawaError> {
    Err(missing(state, caller, "workflow", id).await)
}

/// `CreateSimpleSheet`: a sheet reads at least one datasource, and every one it names
/// must exist.
pub async fn sheet_sources(
    state: &AppState,
    caller: &Caller,
    params: &api::CreateSimpleSheetParameters,
) -> Result<api::CommandResult, KawaError> {
    let Some(first) = params.datasource_id.first() else {
        authz::scope(state, caller).await?;
        return Err(KawaError::field(
            "datasourceId",
            "a sheet needs at least one datasource",
        ));
    };
    Err(missing(state, caller, "datasource", &first.target_data_source_id).await)
}
