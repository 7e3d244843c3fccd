//! What a tenant backup holds, read from the store without a caller (the job loop writes
//! it): the tenant, its settings, an export bundle of its connections, formats and
//! listeners (secrets redacted by the same views an export uses), its flows, schedules
//! and agents, and, when the request asked, its executions.

use generated::etlworks::v1 as api;
use serde_json::{json, Value};

use super::{agents, settings};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_backup as backup;
use crate::store::etlworks::definitions::{self, Table};
use crate::store::etlworks::settings as settings_store;
use crate::store::etlworks::{agents as agent_store, backups, flows, schedules, tags, tenants};
use crate::store::StoreError;
use crate::surfaces::etlworks::connections::{
    transfer, views, Saved, CONNECTIONS, FORMATS, LISTENERS,
};
use crate::surfaces::etlworks::executions::views as execution_views;
use crate::surfaces::etlworks::flows::views as flow_views;
use crate::surfaces::etlworks::schedules::input as schedule_views;

/// The format a backup file declares.
pub const FORMAT: &str = "understudy-etlworks-backup";
/// No listing is this long: "every row".
const ALL: u64 = u64::MAX >> 1;

/// Backup `b`'s document.
pub async fn build(state: &AppState, b: &backup::Model) -> Result<Value, StoreError> {
    let db = &state.db;
    let tenant = tenants::by_id(db, b.tenant_id)
        .await?
        .ok_or_else(|| StoreError::Internal(format!("tenant {} is gone", b.tenant_id)))?;
    let stored = settings_store::of(db, tenant.id)
        .await?
        .unwrap_or_else(|| settings::defaults(&tenant));
    let bundle = api::ExportBundle {
        version: transfer::BUNDLE_VERSION.into(),
        exported_at: iso_seconds(state.now_ms()),
        tenant: Some(tenant.name.clone()),
        flows: vec![],
        connections: saved(state, CONNECTIONS, tenant.id)
            .await?
            .iter()
            .map(views::connection)
            .collect(),
        formats: saved(state, FORMATS, tenant.id)
            .await?
            .iter()
            .map(views::format)
            .collect(),
        schedules: vec![],
        listeners: Some(
            saved(state, LISTENERS, tenant.id)
                .await?
                .iter()
                .map(views::listener)
                .collect(),
        ),
    };
    let (flow_rows, _) = flows::page(db, tenant.id, Default::default(), 0, ALL).await?;
    let ids: Vec<i32> = flow_rows.iter().map(|f| f.id).collect();
    let mut flow_tags = tags::of(db, "flow", &ids).await?;
    let flows: Vec<api::Flow> = flow_rows
        .iter()
        .map(|f| flow_views::flow(f, flow_tags.remove(&f.id).unwrap_or_default()))
        .collect();
    let (schedule_rows, _) = schedules::page(db, tenant.id, None, None, 0, ALL).await?;
    let ids: Vec<i32> = schedule_rows.iter().map(|s| s.id).collect();
    let mut schedule_tags = tags::of(db, "schedule", &ids).await?;
    let schedules: Vec<api::FlowSchedule> = schedule_rows
        .iter()
        .map(|s| schedule_views::view(s, schedule_tags.remove(&s.id).unwrap_or_default()))
        .collect();
    let (agent_rows, _) = agent_store::page(db, tenant.id, None, 0, ALL).await?;
    let executions: Option<Vec<api::FlowAuditRecord>> = if b.include_history {
        let rows = backups::history(db, tenant.id).await?;
        Some(rows.iter().map(execution_views::record).collect())
    } else {
        None
    };
    Ok(json!({
        "format": FORMAT,
        "version": 1,
        "backupId": b.id,
        "createdAt": iso_seconds(state.now_ms()),
        "requestedBy": b.requested_by,
        "note": b.note,
        "tenant": {
            "id": tenant.id,
            "name": tenant.name,
            "description": tenant.description,
            "active": tenant.active,
            "createdAt": iso_seconds(tenant.created_at),
        },
        "settings": settings::view(&stored),
        "tier": stored.tier,
        "bundle": bundle,
        "flows": flows,
        "schedules": schedules,
        "agents": agent_rows.iter().map(agents::view).collect::<Vec<_>>(),
        "executions": executions,
    }))
}

/// The tenant's live resources of `t`, oldest first, with their tags.
async fn saved(state: &AppState, t: Table, tenant_id: i32) -> Result<Vec<Saved>, StoreError> {
    let (rows, _) = definitions::page(&state.db, t, tenant_id, Default::default(), 0, ALL).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut found = tags::of(&state.db, t.resource_type, &ids).await?;
    let mut all: Vec<Saved> = rows
        .into_iter()
        .map(|row| Saved {
            tags: found.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect();
    all.reverse();
    Ok(all)
}
