//! The webhook events flows raise, in the transaction of the change: `Flow.Created`,
//! `Flow.Updated`, `Flow.Deleted` with the flow, and `Flow.Executed` with the audit
//! record when a run ends.

use generated::etlworks::v1 as api;
use sea_orm::ConnectionTrait;

use crate::state::AppState;
use crate::store::entities::et_execution;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::events::{self, Event};
use crate::surfaces::etlworks::executions::views;

/// A change to `flow` (`Flow.Created`, `Flow.Updated` or `Flow.Deleted`).
pub async fn changed<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    tenant_id: i32,
    name: &'static str,
    flow: &api::Flow,
) -> Result<(), EtlworksError> {
    let event = Event {
        name,
        entity_id: flow.id,
        entity_url: format!("/rest/v1/flows/{}", flow.id),
        entity: serde_json::to_value(flow).unwrap_or_default(),
        flow_id: i32::try_from(flow.id).ok(),
    };
    events::emit(db, state, tenant_id, event).await
}

/// A run of a flow ended (`execution` as it ended).
pub async fn executed<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    execution: &et_execution::Model,
) -> Result<(), EtlworksError> {
    let record = views::record(execution);
    let event = Event {
        name: events::FLOW_EXECUTED,
        entity_id: i64::from(execution.id),
        entity_url: format!(
            "/rest/v1/flows/{}?auditId={}",
            execution.flow_id, execution.id
        ),
        entity: serde_json::to_value(record).unwrap_or_default(),
        flow_id: Some(execution.flow_id),
    };
    events::emit(db, state, execution.tenant_id, event).await
}
