//! Where a flow is used (`/flows/{id}/usage`): the schedules that run it, the nested
//! flows that run it as a step, and the webhooks that name it in `flowIncludes`. A
//! listener names no flow in this contract (a flow reads from a listener connection),
//! so `listeners` stays empty until listeners carry one.

use generated::etlworks::v1 as api;
use sea_orm::ConnectionTrait;

use super::views;
use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::entities::et_flow;
use crate::store::etlworks::{flows, schedules, webhooks};
use crate::surfaces::etlworks::error::EtlworksError;

/// The usage of the caller's tenant's flow `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::FlowUsage, EtlworksError> {
    let row = super::live(&state.db, caller, id).await?;
    of(&state.db, caller, &row).await
}

/// What uses `flow`.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    flow: &et_flow::Model,
) -> Result<api::FlowUsage, EtlworksError> {
    let parents = flows::all(db, caller.tenant_id())
        .await?
        .into_iter()
        .filter(|other| other.id != flow.id)
        .filter(|other| {
            views::definition(other, Vec::new())
                .nested_flows
                .iter()
                .any(|step| step.flow_id == i64::from(flow.id))
        })
        .map(|other| api::UsageRef {
            id: i64::from(other.id),
            name: other.name,
        })
        .collect();
    let schedules = schedules::of_flow(db, caller.tenant_id(), flow.id)
        .await?
        .into_iter()
        .map(|s| api::UsageRef {
            id: i64::from(s.id),
            name: s.name,
        })
        .collect();
    let webhooks = webhooks::all_live(db, caller.tenant_id())
        .await?
        .into_iter()
        .filter(|w| {
            serde_json::from_str::<Vec<i64>>(&w.flow_includes)
                .is_ok_and(|ids| ids.contains(&i64::from(flow.id)))
        })
        .map(|w| api::UsageRef {
            id: i64::from(w.id),
            name: w.name,
        })
        .collect();
    Ok(api::FlowUsage {
        flow_id: i64::from(flow.id),
        schedules,
        parent_flows: parents,
        listeners: Vec::new(),
        webhooks,
    })
}
