//! An execution as the API shows it (`FlowAuditRecord`).

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use crate::common::time::iso_seconds;
use crate::store::entities::et_execution;

pub fn record(e: &et_execution::Model) -> api::FlowAuditRecord {
    api::FlowAuditRecord {
        audit_id: i64::from(e.id),
        parent_audit_id: e.parent_audit_id.map(i64::from),
        retries: e.retries,
        flow_id: i64::from(e.flow_id),
        flow_name: e.flow_name.clone(),
        event_id: e.event_id.map(i64::from),
        event_name: e.event_name.clone(),
        message_id: e.message_id.as_deref().and_then(|m| m.parse().ok()),
        // Stored statuses are the contract's; an unknown one would be a bug upstream.
        status: api::FlowStatus::from_wire(&e.status).unwrap_or(api::FlowStatus::Error),
        started: e.started_at.map(iso_seconds),
        finished: e.finished_at.map(iso_seconds),
        duration_ms: e.started_at.zip(e.finished_at).map(|(s, f)| (f - s).max(0)),
        exception: e.exception.clone(),
        records_processed: e.records_processed,
        metrics: serde_json::from_str(&e.metrics).unwrap_or_default(),
    }
}
