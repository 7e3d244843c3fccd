//! The commands on workflows (`RunWorkflow`, `DeleteWorkflow`). Real mode holds no
//! workflows yet (no command of the contract creates one), so each names one that does
//! not exist: KAWA's 404 in the workspace the command acts in. Nothing is written.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;

/// The 404 for workflow `id`, once the workspace header (or current workspace) is checked.
pub async fn missing(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::CommandResult, KawaError> {
    authz::scope(state, caller).await?;
    Err(KawaError::Missing(format!("No workflow with id {id}")))
}
