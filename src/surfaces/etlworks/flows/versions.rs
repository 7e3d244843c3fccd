//! A flow's history (`/flows/{id}/history`): every create, edit and restore saves the
//! flow as it then was, numbered from 1.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;
use sea_orm::{ConnectionTrait, Set};

use super::views;
use crate::authz::etlworks::Caller;
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_flow;
use crate::store::etlworks::{flows, tags};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// Saves `row` (shown as `view`) as its current version, done by `action`.
pub async fn saved<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    row: &et_flow::Model,
    view: &api::Flow,
    action: &'static str,
) -> Result<(), EtlworksError> {
    let new = flows::NewVersion {
        flow_id: row.id,
        version: row.version,
        action,
        snapshot: serde_json::to_string(view).unwrap_or_default(),
        modified_by: caller.login(),
        comment: None,
        modified_at: now,
    };
    flows::add_version(db, new).await?;
    Ok(())
}

/// Flow `id` came back from the recycle bin: a new version says so.
pub async fn restored<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    id: i32,
) -> Result<(), EtlworksError> {
    let Some(row) = flows::by_id(db, caller.tenant_id(), id).await? else {
        return Err(super::not_found(id));
    };
    let mut bumped: et_flow::ActiveModel = row.clone().into();
    bumped.version = Set(row.version + 1);
    bumped.updated_at = Set(now);
    let row = flows::update(db, bumped).await?;
    let view = views::flow(&row, tags::of_one(db, "flow", row.id).await?);
    saved(db, now, caller, &row, &view, "restored").await
}

/// A page of flow `id`'s versions, newest first, and how many it has.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    id: i64,
    offset: i32,
    limit: i32,
) -> Result<(Vec<api::FlowVersion>, i64), EtlworksError> {
    let row = super::live(&state.db, caller, id).await?;
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) = flows::versions(&state.db, row.id, offset, limit).await?;
    let views = rows
        .into_iter()
        .filter_map(|v| {
            Some(api::FlowVersion {
                version: v.version,
                flow_id: i64::from(v.flow_id),
                action: api::FlowVersionAction::from_wire(&v.action)?,
                modified_at: iso_seconds(v.modified_at),
                modified_by: v.modified_by,
                comment: v.comment,
            })
        })
        .collect();
    Ok((views, total as i64))
}
