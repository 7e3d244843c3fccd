//! Flows (`/rest/v1/flows*`): creating, reading, editing and listing a tenant's flows,
//! deleting them to the recycle bin, their saved versions, the flows a user opened last,
//! where a flow is used, and its plain-English documentation. Names identify flows (run
//! by name), so a name is unique among the tenant's live flows. Editors and above write;
//! every role reads.

pub mod definition;
pub mod documentation;
pub mod events;
pub mod inspect;
pub mod usage;
pub mod versions;
pub mod views;

use generated::etlworks::v1 as api;
use sea_orm::{Set, TransactionTrait};

use self::definition::Definition;
use super::audit::{self, Write};
use super::error::EtlworksError;
use super::{fields, recycle_bin};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::et_flow;
use crate::store::etlworks::{flows, tags};
use crate::store::StoreError;

/// How many recent flows `/flows/recent` answers.
const RECENT: u64 = 20;

/// What a listing asks for.
pub struct ListQuery {
    pub limit: i32,
    pub offset: i32,
    pub q: Option<String>,
    pub tag: Option<String>,
    pub flow_type: Option<String>,
    pub since: Option<String>,
}

/// One page of the caller's tenant's flows and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    query: ListQuery,
) -> Result<(Vec<api::Flow>, i64), EtlworksError> {
    let since = fields::instant("since", query.since.as_deref())?;
    let (offset, limit) = fields::page(query.offset, query.limit);
    let filter = flows::Filter {
        q: query.q.as_deref(),
        tag: query.tag.as_deref(),
        flow_type: query.flow_type.as_deref(),
        since,
    };
    let (rows, total) = flows::page(&state.db, caller.tenant_id(), filter, offset, limit).await?;
    let ids: Vec<i32> = rows.iter().map(|f| f.id).collect();
    let mut tagged = tags::of(&state.db, "flow", &ids).await?;
    let views = rows
        .iter()
        .map(|f| views::flow(f, tagged.remove(&f.id).unwrap_or_default()))
        .collect();
    Ok((views, total as i64))
}

/// Creates a flow. Editors and above; a name a live flow has is a 409.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::FlowInput,
) -> Result<api::Flow, EtlworksError> {
    caller.at_least(Role::Editor, "create flows")?;
    let definition = definition::checked(input)?;
    let tx = state.db.begin().await.map_err(StoreError::from)?;
    let view = insert_new(&tx, state, caller, &definition).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(view)
}

/// Saves a checked new flow in transaction `tx`, with its first version, its
/// `Flow.Created` event and its audit record; a name a live flow has is a 409. The
/// caller checked the role (the Composer promotes drafts through this too).
pub async fn insert_new<C: sea_orm::ConnectionTrait>(
    tx: &C,
    state: &AppState,
    caller: &Caller,
    definition: &Definition,
) -> Result<api::Flow, EtlworksError> {
    unique_name(tx, caller, &definition.name, None).await?;
    let now = state.now_ms();
    let mut row = et_flow::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(caller.tenant_id()),
        owner: Set(caller.login().to_string()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    };
    views::store(&mut row, definition);
    let saved = flows::insert(tx, row).await?;
    tags::replace(tx, caller.tenant_id(), "flow", saved.id, &definition.tags).await?;
    let view = views::flow(&saved, tags::of_one(tx, "flow", saved.id).await?);
    versions::saved(tx, now, caller, &saved, &view, "created").await?;
    events::changed(
        tx,
        state,
        caller.tenant_id(),
        crate::surfaces::etlworks::events::FLOW_CREATED,
        &view,
    )
    .await?;
    let write = Write::new("create", "flow", saved.id.to_string())
        .named(&saved.name)
        .after(&view);
    audit::record(tx, now, caller, write).await?;
    Ok(view)
}

/// The flow `id`; noted as opened by the caller (`/flows/recent`).
pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<api::Flow, EtlworksError> {
    let row = live(&state.db, caller, id).await?;
    flows::opened(&state.db, caller.id(), row.id, state.now_ms()).await?;
    let tags = tags::of_one(&state.db, "flow", row.id).await?;
    Ok(views::flow(&row, tags))
}

/// Replaces flow `id`'s definition; the previous one stays in its history.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::FlowInput,
) -> Result<api::Flow, EtlworksError> {
    caller.at_least(Role::Editor, "edit flows")?;
    let definition = definition::checked(input)?;
    let tx = state.db.begin().await.map_err(StoreError::from)?;
    let before_row = live(&tx, caller, id).await?;
    let before = views::flow(&before_row, tags::of_one(&tx, "flow", before_row.id).await?);
    unique_name(&tx, caller, &definition.name, Some(before_row.id)).await?;
    let now = state.now_ms();
    let mut row: et_flow::ActiveModel = before_row.clone().into();
    views::store(&mut row, &definition);
    row.version = Set(before_row.version + 1);
    row.updated_at = Set(now);
    let saved = flows::update(&tx, row).await?;
    tags::replace(&tx, caller.tenant_id(), "flow", saved.id, &definition.tags).await?;
    let view = views::flow(&saved, tags::of_one(&tx, "flow", saved.id).await?);
    versions::saved(&tx, now, caller, &saved, &view, "updated").await?;
    events::changed(
        &tx,
        state,
        caller.tenant_id(),
        crate::surfaces::etlworks::events::FLOW_UPDATED,
        &view,
    )
    .await?;
    let write = Write::new("update", "flow", saved.id.to_string())
        .named(&saved.name)
        .before(&before)
        .after(&view);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(view)
}

/// Moves flow `id` to the recycle bin; a 409 while a nested flow (or a schedule) uses
/// it, since deleting it would break them.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Editor, "delete flows")?;
    let tx = state.db.begin().await.map_err(StoreError::from)?;
    let row = live(&tx, caller, id).await?;
    let used = usage::of(&tx, caller, &row).await?;
    if let Some(user) = used.schedules.first().or(used.parent_flows.first()) {
        let what = if used.schedules.is_empty() {
            "nested flow"
        } else {
            "schedule"
        };
        return Err(EtlworksError::Conflict(format!(
            "Flow {} is used by {what} '{}' ({}): remove it there first",
            row.id, user.name, user.id
        )));
    }
    let before = views::flow(&row, tags::of_one(&tx, "flow", row.id).await?);
    let now = state.now_ms();
    recycle_bin::delete(&tx, now, caller, "flow", row.id, &row.name, &before).await?;
    events::changed(
        &tx,
        state,
        caller.tenant_id(),
        crate::surfaces::etlworks::events::FLOW_DELETED,
        &before,
    )
    .await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// The flows the caller opened last, newest first.
pub async fn recent(
    state: &AppState,
    caller: &Caller,
) -> Result<Vec<api::RecentFlow>, EtlworksError> {
    let rows = flows::recent(&state.db, caller.tenant_id(), caller.id(), RECENT).await?;
    Ok(rows
        .into_iter()
        .map(|(f, opened_at)| api::RecentFlow {
            flow_id: i64::from(f.id),
            name: f.name,
            flow_type: f.flow_type,
            opened_at: crate::common::time::iso_seconds(opened_at),
        })
        .collect())
}

/// The caller's tenant's live flow `id`, or a 404.
pub async fn live<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<et_flow::Model, EtlworksError> {
    let found = match i32::try_from(id) {
        Ok(id) => flows::by_id(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| not_found(id))
}

pub fn not_found(id: impl std::fmt::Display) -> EtlworksError {
    EtlworksError::NotFound(format!("Flow {id} not found"))
}

async fn unique_name<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    name: &str,
    except: Option<i32>,
) -> Result<(), EtlworksError> {
    if flows::name_taken(db, caller.tenant_id(), name, except).await? {
        return Err(EtlworksError::Conflict(format!(
            "A flow named '{name}' already exists"
        )));
    }
    Ok(())
}

/// A definition, for services that only read one.
pub fn definition_of(row: &et_flow::Model, tags: Vec<String>) -> Definition {
    views::definition(row, tags)
}
