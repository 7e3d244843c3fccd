//! The recycle bin (`/rest/v1/recycle-bin*`): every delete of a flow, connection, format,
//! listener, schedule, webhook or macro goes through [`delete`], which hides the
//! resource, keeps it for the retention period and records the write; a restore brings
//! it back under the same id (unless its name was taken meanwhile: 409), a purge, asked
//! for or when the retention ends ([`purge_expired`]), removes it for good.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_recycle_bin_item as item;
use crate::store::etlworks::audit as audit_store;
use crate::store::etlworks::bin::{self, Deleted, Kind};
use crate::store::StoreError;

/// Moves the caller's tenant's live `resource_type` `id` named `name` to the bin, in the
/// transaction `db` of the delete, and records the write. A 404 if it is not live.
pub async fn delete<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    resource_type: &'static str,
    id: i32,
    name: &str,
    before: impl serde::Serialize,
) -> Result<item::Model, EtlworksError> {
    let kind = kind(resource_type)?;
    // The tenant's `recycleBinRetentionDays` (Etlworks' default: 90 days).
    let retention =
        super::operations::settings::recycle_bin_retention_ms(db, caller.tenant_id()).await?;
    let deleted = Deleted {
        tenant_id: caller.tenant_id(),
        resource_id: id,
        name,
        deleted_by: caller.login(),
        now,
        expires_at: now.saturating_add(retention),
    };
    let entry = bin::put(db, kind, deleted)
        .await?
        .ok_or_else(|| EtlworksError::NotFound(format!("{} {id} not found", title(kind))))?;
    let write = Write::new("delete", resource_type, id.to_string())
        .named(name)
        .before(before);
    audit::record(db, now, caller, write).await?;
    Ok(entry)
}

/// A page of the caller's tenant's bin, newest first, and its size.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListRecycleBinParams,
) -> Result<(Vec<api::RecycleBinItem>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let kind = params.resource_type.as_deref();
    let (rows, total) = bin::page(&state.db, caller.tenant_id(), kind, offset, limit).await?;
    let items = rows.iter().filter_map(view).collect();
    Ok((items, total as i64))
}

/// Brings entry `id` back: the same resource id, out of the bin. Editors and above.
pub async fn restore(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::RestoredResource, EtlworksError> {
    caller.at_least(Role::Editor, "restore deleted resources")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let entry = entry(&tx, caller, id).await?;
    let kind = kind_of(&entry)?;
    if kind.resource_type == "webhook" {
        // Only administrators manage webhooks; restoring one is managing it.
        caller.at_least(Role::Administrator, "restore webhooks")?;
    }
    if bin::name_taken(&tx, kind, entry.tenant_id, &entry.name).await? {
        return Err(EtlworksError::Conflict(format!(
            "A {} named '{}' already exists: rename it before restoring this one",
            kind.resource_type, entry.name
        )));
    }
    bin::restore(&tx, kind, &entry).await?;
    let now = state.now_ms();
    let write =
        Write::new("restore", kind.resource_type, entry.resource_id.to_string()).named(&entry.name);
    audit::record(&tx, now, caller, write).await?;
    match kind.resource_type {
        "flow" => super::flows::versions::restored(&tx, now, caller, entry.resource_id).await?,
        "schedule" => super::schedules::rearm(&tx, now, entry.tenant_id, entry.resource_id).await?,
        _ => {}
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(api::RestoredResource {
        resource_type: entry.resource_type,
        resource_id: i64::from(entry.resource_id),
        name: entry.name,
    })
}

/// Removes entry `id` and its resource for good. Administrators only.
pub async fn purge(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Administrator, "purge the recycle bin")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let entry = entry(&tx, caller, id).await?;
    bin::purge(&tx, kind_of(&entry)?, &entry).await?;
    let write = Write::new(
        "purge",
        kind_of(&entry)?.resource_type,
        entry.resource_id.to_string(),
    )
    .named(&entry.name);
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Purges up to `limit` entries whose retention has ended; how many. Each in its own
/// transaction, recorded as done by `system`.
pub async fn purge_expired(state: &AppState, limit: u64) -> Result<usize, StoreError> {
    let now = state.now_ms();
    let due = bin::expired(&state.db, now, limit).await?;
    for entry in &due {
        let Some(kind) = bin::kind(&entry.resource_type) else {
            continue;
        };
        let tx = crate::store::begin(&state.db).await?;
        bin::purge(&tx, kind, entry).await?;
        let entry_log = audit_store::Entry {
            tenant_id: Some(entry.tenant_id),
            user_id: None,
            user_login: "system".into(),
            action: "purge",
            resource_type: kind.resource_type,
            resource_id: entry.resource_id.to_string(),
            resource_name: Some(entry.name.clone()),
            before: None,
            after: None,
            created_at: now,
        };
        audit_store::record(&tx, entry_log).await?;
        tx.commit().await?;
    }
    Ok(due.len())
}

async fn entry<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<item::Model, EtlworksError> {
    let found = match i32::try_from(id) {
        Ok(id) => bin::entry(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| EtlworksError::NotFound(format!("Recycle bin item {id} not found")))
}

fn kind(resource_type: &str) -> Result<&'static Kind, EtlworksError> {
    bin::kind(resource_type).ok_or_else(|| {
        tracing::error!(
            resource_type,
            "etlworks: a kind the recycle bin does not know"
        );
        EtlworksError::Internal
    })
}

fn kind_of(entry: &item::Model) -> Result<&'static Kind, EtlworksError> {
    kind(&entry.resource_type)
}

/// "Flow", "Connection", … for messages.
fn title(kind: &Kind) -> String {
    let mut chars = kind.resource_type.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn view(entry: &item::Model) -> Option<api::RecycleBinItem> {
    Some(api::RecycleBinItem {
        id: i64::from(entry.id),
        resource_type: api::RecycleBinItemResourceType::from_wire(&entry.resource_type)?,
        resource_id: i64::from(entry.resource_id),
        name: entry.name.clone(),
        deleted_at: iso_seconds(entry.deleted_at),
        deleted_by: entry.deleted_by.clone(),
        expires_at: iso_seconds(entry.expires_at),
    })
}
