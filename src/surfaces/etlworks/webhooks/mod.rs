//! Webhooks (`/rest/v1/webhooks*`): an Administrator's subscriptions of the tenant to
//! events, listed, created, read, replaced and deleted (to the recycle bin), with the
//! log of their delivery attempts. Names are unique among the tenant's live webhooks;
//! another tenant's webhook is a 404. Events are queued by [`super::events::emit`] and
//! sent by [`delivery`] in the background.

use generated::etlworks::v1 as api;

pub mod delivery;
mod input;

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::{fields, recycle_bin};
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::{et_webhook, et_webhook_attempt};
use crate::store::etlworks::{deliveries, webhooks};

/// The recycle bin's and the audit log's name for a webhook.
pub const RESOURCE: &str = "webhook";

/// A page of the tenant's webhooks, and how many there are.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    offset: i32,
    limit: i32,
) -> Result<(Vec<api::Webhook>, i64), EtlworksError> {
    admin(caller, "list webhooks")?;
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) = webhooks::page(&state.db, caller.tenant_id(), offset, limit).await?;
    Ok((rows.iter().map(view).collect(), total as i64))
}

/// Creates a webhook in the caller's tenant.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    body: api::WebhookInput,
) -> Result<api::Webhook, EtlworksError> {
    admin(caller, "create webhooks")?;
    let settings = input::parse(body)?;
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    if webhooks::name_taken(&tx, caller.tenant_id(), settings.name(), None).await? {
        return Err(taken(settings.name()));
    }
    let mut row = blank(caller.tenant_id(), now);
    settings.apply(&mut row);
    let saved = webhooks::insert(&tx, row).await?;
    let answer = view(&saved);
    let write = Write::new("create", RESOURCE, saved.id.to_string())
        .named(&saved.name)
        .after(&answer);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok(answer)
}

/// The tenant's webhook `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::Webhook, EtlworksError> {
    admin(caller, "read webhooks")?;
    Ok(view(&found(&state.db, caller, id).await?))
}

/// Replaces webhook `id`'s settings (write-only values kept unless sent).
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    body: api::WebhookInput,
) -> Result<api::Webhook, EtlworksError> {
    admin(caller, "edit webhooks")?;
    found(&state.db, caller, id).await?;
    let settings = input::parse(body)?;
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    let current = found(&tx, caller, id).await?;
    if webhooks::name_taken(&tx, caller.tenant_id(), settings.name(), Some(current.id)).await? {
        return Err(taken(settings.name()));
    }
    let before = view(&current);
    let mut row = current;
    settings.apply(&mut row);
    row.updated_at = now;
    let saved = webhooks::update(&tx, row).await?;
    let answer = view(&saved);
    let write = Write::new("update", RESOURCE, saved.id.to_string())
        .named(&saved.name)
        .before(&before)
        .after(&answer);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok(answer)
}

/// Moves webhook `id` to the recycle bin: it gets no further deliveries.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    admin(caller, "delete webhooks")?;
    let tx = crate::store::begin(&state.db).await?;
    let current = found(&tx, caller, id).await?;
    let before = serde_json::to_value(view(&current)).unwrap_or_default();
    recycle_bin::delete(
        &tx,
        state.now_ms(),
        caller,
        RESOURCE,
        current.id,
        &current.name,
        before,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A page of webhook `id`'s delivery attempts, newest first, and how many match.
pub async fn attempts(
    state: &AppState,
    caller: &Caller,
    params: api::ListWebhookDeliveriesParams,
) -> Result<(Vec<api::WebhookDelivery>, i64), EtlworksError> {
    admin(caller, "read webhook deliveries")?;
    let hook = found(&state.db, caller, params.webhook_id).await?;
    let (offset, limit) = fields::page(params.offset, params.limit);
    let (rows, total) =
        deliveries::attempts(&state.db, hook.id, params.success, offset, limit).await?;
    Ok((rows.iter().map(attempt_view).collect(), total as i64))
}

fn admin<'a>(caller: &'a Caller, doing: &str) -> Result<&'a Caller, EtlworksError> {
    caller.at_least(Role::Administrator, doing)
}

/// The caller's tenant's live webhook `id`, else a 404.
async fn found<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<et_webhook::Model, EtlworksError> {
    let row = match i32::try_from(id) {
        Ok(id) => webhooks::live(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    row.ok_or_else(|| EtlworksError::NotFound(format!("Webhook {id} not found")))
}

fn taken(name: &str) -> EtlworksError {
    EtlworksError::Conflict(format!("Webhook with name {name} already exists"))
}

/// A new webhook's row before its settings are applied.
fn blank(tenant_id: i32, now: i64) -> et_webhook::Model {
    et_webhook::Model {
        id: 0,
        tenant_id,
        name: String::new(),
        description: None,
        events: "[]".into(),
        url: String::new(),
        method: "POST".into(),
        content_type: "application/json".into(),
        include_entity: false,
        headers: "[]".into(),
        secret: None,
        basic_user: None,
        basic_pass: None,
        enabled: true,
        flow_includes: "[]".into(),
        flow_excludes: "[]".into(),
        created_at: now,
        updated_at: now,
        deleted_at: None,
    }
}

/// The API view: the write-only secret and password never appear.
pub fn view(row: &et_webhook::Model) -> api::Webhook {
    api::Webhook {
        id: row.id.into(),
        name: row.name.clone(),
        description: row.description.clone(),
        events: serde_json::from_str(&row.events).unwrap_or_default(),
        url: row.url.clone(),
        method: if row.method == "GET" {
            api::WebhookMethod::Get
        } else {
            api::WebhookMethod::Post
        },
        content_type: row.content_type.clone(),
        include_entity: row.include_entity,
        headers: serde_json::from_str(&row.headers).unwrap_or_default(),
        secret: None,
        has_secret: Some(row.secret.is_some()),
        basic_user: row.basic_user.clone(),
        basic_pass: None,
        enabled: row.enabled,
        flow_includes: serde_json::from_str(&row.flow_includes).unwrap_or_default(),
        flow_excludes: serde_json::from_str(&row.flow_excludes).unwrap_or_default(),
    }
}

fn attempt_view(row: &et_webhook_attempt::Model) -> api::WebhookDelivery {
    api::WebhookDelivery {
        id: row.id.into(),
        webhook_id: row.webhook_id.into(),
        event_id: row.event_id.parse().unwrap_or_default(),
        event_type: row.event_type.clone(),
        entity_id: row.entity_id,
        attempt: row.attempt,
        attempted_at: iso_seconds(row.attempted_at),
        request_url: row.request_url.clone(),
        response_status: row.response_status,
        response_body: row.response_body.clone(),
        duration_ms: row.duration_ms,
        success: row.success,
        error: row.error.clone(),
        next_attempt_at: row.next_attempt_at.map(iso_seconds),
    }
}
