//! Execution consoles: the whole log of a run, its live tail from a character offset
//! (with where to read next and whether the run goes on), and the download of one log
//! as text or of several as a ZIP.

use super::record;
use crate::authz::etlworks::{Caller, Role};
use crate::common::archive::{self, Entry};
use crate::state::AppState;
use crate::store::etlworks::executions::{self, Filter, ACTIVE};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::flows;
use crate::surfaces::etlworks::runs::console;

/// How many recent logs a download without `auditId` holds.
const RECENT_LOGS: u64 = 10;

/// The whole console of execution `audit_id`.
pub async fn full(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    audit_id: i64,
) -> Result<String, EtlworksError> {
    let execution = record(state, caller, flow_id, audit_id).await?;
    Ok(console::text(
        &executions::console(&state.db, execution.id).await?,
    ))
}

/// What a live tail answers.
pub struct Tail {
    pub text: String,
    pub position: i64,
    pub running: bool,
}

/// The console of `audit_id` after character `position`.
pub async fn tail(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    audit_id: i64,
    position: i64,
) -> Result<Tail, EtlworksError> {
    let execution = record(state, caller, flow_id, audit_id).await?;
    let text = console::text(&executions::console(&state.db, execution.id).await?);
    let total = text.chars().count() as i64;
    let from = position.clamp(0, total) as usize;
    Ok(Tail {
        text: text.chars().skip(from).collect(),
        position: total,
        running: ACTIVE.contains(&execution.status.as_str()),
    })
}

/// A download: the bytes and their `Content-Disposition`.
pub struct Download {
    pub bytes: Vec<u8>,
    pub disposition: String,
}

/// One log as text, or several (none named: the flow's latest) as a ZIP.
pub async fn download(
    state: &AppState,
    caller: &Caller,
    flow_id: i64,
    audit_ids: Option<Vec<i64>>,
) -> Result<Download, EtlworksError> {
    caller.at_least(Role::Operator, "download flow logs")?;
    let ids = audit_ids.unwrap_or_default();
    if let [one] = ids.as_slice() {
        let text = full(state, caller, flow_id, *one).await?;
        return Ok(Download {
            bytes: text.into_bytes(),
            disposition: format!("attachment; filename=\"flow-{flow_id}-audit-{one}.log\""),
        });
    }
    let mut chosen = Vec::new();
    for id in &ids {
        chosen.push(record(state, caller, flow_id, *id).await?);
    }
    if ids.is_empty() {
        let flow = flows::live(&state.db, caller, flow_id).await?;
        let filter = Filter::default();
        chosen = executions::page(
            &state.db,
            caller.tenant_id(),
            flow.id,
            filter,
            0,
            RECENT_LOGS,
        )
        .await?
        .0;
    }
    let mut logs = Vec::new();
    for e in &chosen {
        let text = console::text(&executions::console(&state.db, e.id).await?);
        logs.push((format!("flow-{flow_id}-audit-{}.log", e.id), text));
    }
    let entries: Vec<Entry<'_>> = logs
        .iter()
        .map(|(name, text)| Entry {
            name,
            data: text.as_bytes(),
        })
        .collect();
    Ok(Download {
        bytes: archive::zip(&entries),
        disposition: format!("attachment; filename=\"flow-{flow_id}-logs.zip\""),
    })
}
