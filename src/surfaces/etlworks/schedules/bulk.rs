//! `POST /schedules/bulk`: one action (enable, disable, delete) on many schedules, in one
//! transaction; an id that cannot take it is reported and does not stop the others.

use generated::etlworks::v1 as api;

use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::StoreError;
use crate::surfaces::etlworks::error::EtlworksError;

pub async fn apply(
    state: &AppState,
    caller: &Caller,
    request: api::ScheduleBulkRequest,
) -> Result<api::ScheduleBulkResult, EtlworksError> {
    caller.at_least(Role::Editor, "change schedules")?;
    if request.ids.is_empty() || request.ids.len() > 200 {
        return Err(EtlworksError::BadRequest(
            "Field 'ids': 1 to 200 ids".into(),
        ));
    }
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let (mut succeeded, mut failed) = (Vec::new(), Vec::new());
    for &id in &request.ids {
        let done = match request.action {
            api::ScheduleBulkRequestAction::Enable => {
                super::toggle(&tx, now, caller, id, true).await.map(drop)
            }
            api::ScheduleBulkRequestAction::Disable => {
                super::toggle(&tx, now, caller, id, false).await.map(drop)
            }
            api::ScheduleBulkRequestAction::Delete => super::remove(&tx, now, caller, id).await,
        };
        match done {
            Ok(()) => succeeded.push(id),
            Err(EtlworksError::NotFound(message)) => failed.push(api::BulkFailure { id, message }),
            Err(other) => return Err(other),
        }
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(api::ScheduleBulkResult {
        action: match request.action {
            api::ScheduleBulkRequestAction::Enable => api::ScheduleBulkResultAction::Enable,
            api::ScheduleBulkRequestAction::Disable => api::ScheduleBulkResultAction::Disable,
            api::ScheduleBulkRequestAction::Delete => api::ScheduleBulkResultAction::Delete,
        },
        succeeded,
        failed,
    })
}
