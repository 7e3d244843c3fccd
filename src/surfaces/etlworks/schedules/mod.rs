//! Schedules (`/rest/v1/schedules*`): a flow run on a Quartz cron expression or every
//! so many minutes. Created, edited, enabled and disabled, deleted to the recycle bin
//! (it stops firing), in bulk too; [`fire`] fires them from the job loop and runs one
//! now. Editors and above manage them; every role reads them.

pub mod bulk;
pub mod fire;
pub mod input;
pub mod timing;

use generated::etlworks::v1 as api;
use sea_orm::{ConnectionTrait, DatabaseTransaction, Set};

use self::timing::Timing;
use super::audit::{self, Write};
use super::error::EtlworksError;
use super::{fields, recycle_bin};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::et_schedule;
use crate::store::etlworks::{schedules, tags};
use crate::store::StoreError;

/// A page of the caller's tenant's schedules, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListSchedulesParams,
) -> Result<(Vec<api::FlowSchedule>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    // An id beyond the stored range matches no flow.
    let flow = params.flow_id.map(|id| i32::try_from(id).unwrap_or(-1));
    let (rows, total) = schedules::page(
        &state.db,
        caller.tenant_id(),
        flow,
        params.enabled,
        offset,
        limit,
    )
    .await?;
    let ids: Vec<i32> = rows.iter().map(|s| s.id).collect();
    let mut tagged = tags::of(&state.db, "schedule", &ids).await?;
    let views = rows
        .iter()
        .map(|s| input::view(s, tagged.remove(&s.id).unwrap_or_default()))
        .collect();
    Ok((views, total as i64))
}

pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::FlowSchedule, EtlworksError> {
    let row = live(&state.db, caller, id).await?;
    Ok(input::view(
        &row,
        tags::of_one(&state.db, "schedule", row.id).await?,
    ))
}

/// Creates a schedule; a name another live schedule has is a 409.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    body: api::FlowScheduleInput,
) -> Result<api::FlowSchedule, EtlworksError> {
    caller.at_least(Role::Editor, "create schedules")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let checked = input::checked(&tx, caller, body).await?;
    let view = create_in(&tx, state, caller, &checked).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(view)
}

/// [`create`]'s writes in the transaction `tx` (an import shares it).
pub async fn create_in(
    tx: &DatabaseTransaction,
    state: &AppState,
    caller: &Caller,
    checked: &input::Checked,
) -> Result<api::FlowSchedule, EtlworksError> {
    unique_name(tx, caller, &checked.input.name, None).await?;
    let now = state.now_ms();
    let mut row = et_schedule::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(caller.tenant_id()),
        owner_id: Set(caller.id()),
        owner: Set(caller.login().to_string()),
        created_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    };
    input::store(&mut row, checked, now);
    let saved = schedules::insert(tx, row).await?;
    tags::replace(tx, caller.tenant_id(), "schedule", saved.id, &checked.tags).await?;
    let view = input::view(&saved, tags::of_one(tx, "schedule", saved.id).await?);
    let write = Write::new("create", "schedule", saved.id.to_string())
        .named(&saved.name)
        .after(&view);
    audit::record(tx, now, caller, write).await?;
    Ok(view)
}

/// Replaces schedule `id`; its next firing is worked out again.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    body: api::FlowScheduleInput,
) -> Result<api::FlowSchedule, EtlworksError> {
    caller.at_least(Role::Editor, "edit schedules")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let before_row = live(&tx, caller, id).await?;
    let checked = input::checked(&tx, caller, body).await?;
    let view = update_in(&tx, state, caller, before_row, &checked).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(view)
}

/// [`update`]'s writes over `before_row` in the transaction `tx` (an import shares it).
pub async fn update_in(
    tx: &DatabaseTransaction,
    state: &AppState,
    caller: &Caller,
    before_row: et_schedule::Model,
    checked: &input::Checked,
) -> Result<api::FlowSchedule, EtlworksError> {
    let before = input::view(
        &before_row,
        tags::of_one(tx, "schedule", before_row.id).await?,
    );
    unique_name(tx, caller, &checked.input.name, Some(before_row.id)).await?;
    let now = state.now_ms();
    let mut row: et_schedule::ActiveModel = before_row.into();
    input::store(&mut row, checked, now);
    let saved = schedules::update(tx, row).await?;
    tags::replace(tx, caller.tenant_id(), "schedule", saved.id, &checked.tags).await?;
    let view = input::view(&saved, tags::of_one(tx, "schedule", saved.id).await?);
    let write = Write::new("update", "schedule", saved.id.to_string())
        .named(&saved.name)
        .before(&before)
        .after(&view);
    audit::record(tx, now, caller, write).await?;
    Ok(view)
}

/// Moves schedule `id` to the recycle bin.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Editor, "delete schedules")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    remove(&tx, state.now_ms(), caller, id).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// [`delete`]'s work in the transaction `db` (bulk deletes share it).
pub async fn remove<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    id: i64,
) -> Result<(), EtlworksError> {
    let row = live(db, caller, id).await?;
    let before = input::view(&row, tags::of_one(db, "schedule", row.id).await?);
    recycle_bin::delete(db, now, caller, "schedule", row.id, &row.name, &before).await?;
    Ok(())
}

/// Turns schedule `id` on or off (idempotent): on, it fires next at its next time.
pub async fn set_enabled(
    state: &AppState,
    caller: &Caller,
    id: i64,
    enabled: bool,
) -> Result<api::FlowSchedule, EtlworksError> {
    caller.at_least(Role::Editor, "enable or disable schedules")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let saved = toggle(&tx, state.now_ms(), caller, id, enabled).await?;
    let view = input::view(&saved, tags::of_one(&tx, "schedule", saved.id).await?);
    tx.commit().await.map_err(StoreError::from)?;
    Ok(view)
}

/// [`set_enabled`]'s work in the transaction `db`.
pub async fn toggle<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    id: i64,
    enabled: bool,
) -> Result<et_schedule::Model, EtlworksError> {
    let row = live(db, caller, id).await?;
    if row.enabled == enabled {
        return Ok(row);
    }
    let mut changed: et_schedule::ActiveModel = row.clone().into();
    changed.enabled = Set(enabled);
    changed.next_fire_at = Set(if enabled {
        next_firing(&row, now)
    } else {
        None
    });
    changed.updated_at = Set(now);
    let saved = schedules::update(db, changed).await?;
    let action = serde_json::json!({ "enabled": enabled });
    let write = Write::new("update", "schedule", saved.id.to_string())
        .named(&saved.name)
        .before(serde_json::json!({ "enabled": row.enabled }))
        .after(action);
    audit::record(db, now, caller, write).await?;
    Ok(saved)
}

/// A restored schedule fires next at its next time from now, not at the time it had
/// when it was deleted.
pub async fn rearm<C: ConnectionTrait>(
    db: &C,
    now: i64,
    tenant_id: i32,
    id: i32,
) -> Result<(), EtlworksError> {
    let Some(row) = schedules::by_id(db, tenant_id, id).await? else {
        return Ok(());
    };
    let mut changed: et_schedule::ActiveModel = row.clone().into();
    changed.next_fire_at = Set(if row.enabled {
        next_firing(&row, now)
    } else {
        None
    });
    schedules::update(db, changed).await?;
    Ok(())
}

/// When `row` fires next after `now` (`None` for a stored schedule that no longer
/// parses, which then never fires).
pub fn next_firing(row: &et_schedule::Model, now: i64) -> Option<i64> {
    Timing::parse(&row.schedule).ok()?.next_after(now)
}

/// The kinds of `schedule` string accepted.
pub fn types() -> Vec<api::ScheduleType> {
    vec![
        api::ScheduleType {
            type_: api::ScheduleTypeType::Cron,
            name: "Cron expression".into(),
            description: "Quartz cron, read in UTC: seconds minutes hours day-of-month month day-of-week [year]; `?` for no specific day, weekdays 1 (Sunday) to 7 or SUN-SAT.".into(),
            sample: "0 0 2 * * ?".into(),
        },
        api::ScheduleType {
            type_: api::ScheduleTypeType::Interval,
            name: "Every N minutes".into(),
            description: "A whole number of minutes (1 to 525600) between runs, counted from when the schedule is enabled.".into(),
            sample: "15".into(),
        },
    ]
}

/// The caller's tenant's live schedule `id`, or a 404.
pub async fn live<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<et_schedule::Model, EtlworksError> {
    let found = match i32::try_from(id) {
        Ok(id) => schedules::by_id(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| EtlworksError::NotFound(format!("Schedule {id} not found")))
}

async fn unique_name<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    name: &str,
    except: Option<i32>,
) -> Result<(), EtlworksError> {
    if schedules::name_taken(db, caller.tenant_id(), name, except).await? {
        return Err(EtlworksError::Conflict(format!(
            "A schedule named '{name}' already exists"
        )));
    }
    Ok(())
}
