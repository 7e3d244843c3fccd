//! The retention settings enforced (the job loop's part): for every tenant, executions
//! (with their logs) that ended more than `executionRetentionDays` ago and audit events
//! older than `auditRetentionDays` are deleted. Tenants that never saved settings keep
//! the defaults (30 and 365 days).

use std::collections::HashMap;

use super::settings::{days_ms, AUDIT_DAYS, EXECUTION_DAYS};
use crate::state::AppState;
use crate::store::etlworks::{retention, settings, tenants};
use crate::store::StoreError;

/// Purges what every tenant's retention has ended; how many executions and events.
pub async fn purge(state: &AppState) -> Result<(u64, u64), StoreError> {
    let now = state.now_ms();
    let saved: HashMap<i32, (i32, i32)> = settings::all(&state.db)
        .await?
        .into_iter()
        .map(|s| {
            (
                s.tenant_id,
                (s.execution_retention_days, s.audit_retention_days),
            )
        })
        .collect();
    let (mut executions, mut events) = (0, 0);
    for tenant in tenants::all(&state.db).await? {
        let (exec_days, audit_days) = saved
            .get(&tenant.id)
            .copied()
            .unwrap_or((EXECUTION_DAYS, AUDIT_DAYS));
        let (exec_cutoff, audit_cutoff) = (now - days_ms(exec_days), now - days_ms(audit_days));
        if !retention::anything_due(&state.db, tenant.id, exec_cutoff, audit_cutoff).await? {
            continue;
        }
        let tx = crate::store::begin(&state.db).await?;
        executions += retention::purge_executions(&tx, tenant.id, now - days_ms(exec_days)).await?;
        events += retention::purge_audit(&tx, tenant.id, now - days_ms(audit_days)).await?;
        tx.commit().await?;
    }
    if executions + events > 0 {
        tracing::info!(executions, events, "etlworks: retention purged");
    }
    Ok((executions, events))
}
