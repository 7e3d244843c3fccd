//! On-prem agents (`/rest/v1/agents*`). Understudy runs no agent: a tenant's agents come
//! from the fixtures file ([`super::fixtures`]), which is the only way one comes to exist
//! (the contract has no registration call). Every role lists and reads them; an
//! Administrator restarts one: it reports `restarting` and, [`RESTART_MS`] later on the
//! state's clock, the job loop ([`step`]) brings it back `online`. An offline agent
//! cannot be asked to restart (409); another tenant's agent is a 404.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_agent as agent;
use crate::store::etlworks::agents as store;
use crate::store::StoreError;
use crate::surfaces::etlworks::audit::{self, Write};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// How long a restart takes before the agent reports `online` again.
pub const RESTART_MS: i64 = 30 * 1000;
/// The audit log's name for an agent.
const RESOURCE: &str = "agent";

/// A page of the tenant's agents, by id, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListAgentsParams,
) -> Result<(Vec<api::Agent>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let status = params.status.map(|s| s.wire());
    let (rows, total) = store::page(&state.db, caller.tenant_id(), status, offset, limit).await?;
    Ok((rows.iter().map(view).collect(), total as i64))
}

/// The tenant's agent `id`.
pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<api::Agent, EtlworksError> {
    Ok(view(&found(&state.db, caller, id).await?))
}

/// Asks agent `id` to restart. Administrators only.
pub async fn restart(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::Agent, EtlworksError> {
    caller.at_least(Role::Administrator, "restart agents")?;
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    let current = found(&tx, caller, id).await?;
    if !store::restart(&tx, current.id, now + RESTART_MS).await? {
        return Err(EtlworksError::Conflict(format!(
            "Agent {} is offline: it cannot be restarted until it reconnects",
            current.name
        )));
    }
    let after = view(&agent::Model {
        status: "restarting".into(),
        restart_due_at: Some(now + RESTART_MS),
        ..current.clone()
    });
    // The audit log has no `restart` action: the write is the change of status.
    let write = Write::new("update", RESOURCE, current.id.to_string())
        .named(&current.name)
        .before(view(&current))
        .after(&after);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok(after)
}

/// The job loop's part: every restart that is due ends (the agent is `online` again).
pub async fn step(state: &AppState) -> Result<u64, StoreError> {
    store::end_due_restarts(&state.db, state.now_ms()).await
}

async fn found<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<agent::Model, EtlworksError> {
    let row = match i32::try_from(id) {
        Ok(id) => store::of_tenant(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    row.ok_or_else(|| EtlworksError::NotFound(format!("Agent {id} not found")))
}

pub fn view(row: &agent::Model) -> api::Agent {
    api::Agent {
        id: row.id.into(),
        name: row.name.clone(),
        hostname: row.hostname.clone(),
        version: row.version.clone(),
        status: api::AgentStatus::from_wire(&row.status).unwrap_or(api::AgentStatus::Offline),
        last_seen_at: row.last_seen_at.map(iso_seconds),
        running_flows: row.running_flows,
    }
}
