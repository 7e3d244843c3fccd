//! Reading the audit log (`/rest/v1/audit*`): an Administrator's view of the acting
//! tenant's events (a super admin's, of the tenant they act in), filtered and paged, and
//! one event with its field-level before/after diff.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::diff;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::{iso_seconds, parse_rfc3339};
use crate::state::AppState;
use crate::store::entities::et_audit_event;
use crate::store::etlworks::audit::{self as store, Filter};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// A page of the tenant's events matching `params`, newest first, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListAuditEventsParams,
) -> Result<(Vec<api::AuditEvent>, i64), EtlworksError> {
    caller.at_least(Role::Administrator, "read the audit log")?;
    let since = match params.since.as_deref() {
        Some(text) => Some(parse_rfc3339(text).ok_or_else(|| {
            EtlworksError::BadRequest("Field 'since': not an RFC 3339 date-time".into())
        })?),
        None => None,
    };
    let user_id = match params.user_id.map(i32::try_from) {
        Some(Ok(id)) => Some(id),
        // No user has such an id, so no event matches.
        Some(Err(_)) => return Ok((Vec::new(), 0)),
        None => None,
    };
    let filter = Filter {
        resource_type: params.resource_type,
        resource_id: params.resource_id.map(|id| id.to_string()),
        user_id,
        action: params.action.map(|a| a.as_str().to_string()),
        since,
    };
    let (offset, limit) = fields::page(params.offset, params.limit);
    let (rows, total) = store::page(&state.db, caller.tenant_id(), filter, offset, limit).await?;
    let events = rows.iter().map(|r| view(r, Vec::new())).collect();
    Ok((events, total as i64))
}

/// The tenant's event `id` with its changes.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::AuditEvent, EtlworksError> {
    caller.at_least(Role::Administrator, "read the audit log")?;
    let row = match i32::try_from(id) {
        Ok(id) => store::by_id(&state.db, caller.tenant_id(), id).await?,
        Err(_) => None,
    }
    .ok_or_else(|| EtlworksError::NotFound(format!("Audit event {id} not found")))?;
    let parse = |text: &Option<String>| -> Option<serde_json::Value> {
        text.as_deref().and_then(|t| serde_json::from_str(t).ok())
    };
    let changes = diff::changes(parse(&row.before).as_ref(), parse(&row.after).as_ref())
        .into_iter()
        .map(|c| api::AuditChange {
            field: c.field,
            before: c.before,
            after: c.after,
        })
        .collect();
    Ok(view(&row, changes))
}

fn view(row: &et_audit_event::Model, changes: Vec<api::AuditChange>) -> api::AuditEvent {
    let action = api::AuditEventAction::from_wire(&row.action).unwrap_or_else(|| {
        // Every action services record is in the contract; a new one must be added there.
        tracing::warn!(action = %row.action, "etlworks: an audit action the contract lacks");
        api::AuditEventAction::Update
    });
    api::AuditEvent {
        id: row.id.into(),
        timestamp: iso_seconds(row.created_at),
        user_id: row.user_id.map(i64::from),
        user_login: Some(row.user_login.clone()),
        action,
        resource_type: row.resource_type.clone(),
        resource_id: row.resource_id.parse().ok(),
        resource_name: row.resource_name.clone(),
        tenant_id: row.tenant_id.map(i64::from),
        ip_address: None,
        changes: Some(changes),
    }
}
