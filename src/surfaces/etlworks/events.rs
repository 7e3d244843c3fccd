//! Events other services raise, in their own transaction, for webhooks to deliver:
//! [`emit`] queues one pending delivery per enabled webhook of the tenant that listens
//! to the event (its flow filters honoured) and never sends anything itself; the job
//! loop does (`webhooks::delivery`). A write that is refused or rolled back therefore
//! queues nothing.

use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use super::error::EtlworksError;
use crate::state::AppState;
use crate::store::entities::et_webhook;
use crate::store::etlworks::{deliveries, webhooks};

pub const FLOW_CREATED: &str = "Flow.Created";
pub const FLOW_UPDATED: &str = "Flow.Updated";
pub const FLOW_DELETED: &str = "Flow.Deleted";
pub const FLOW_EXECUTED: &str = "Flow.Executed";
pub const USER_CREATED: &str = "User.Created";
pub const USER_UPDATED: &str = "User.Updated";
pub const USER_DELETED: &str = "User.Deleted";

/// Every event a webhook may subscribe to (the contract's `Webhook` description lists
/// them too). The flow events are about a flow, so a webhook's flow filters apply.
pub const NAMES: &[&str] = &[
    FLOW_CREATED,
    FLOW_UPDATED,
    FLOW_DELETED,
    FLOW_EXECUTED,
    USER_CREATED,
    USER_UPDATED,
    USER_DELETED,
];

/// Something that happened to an entity.
#[derive(Debug, Clone)]
pub struct Event {
    /// One of [`NAMES`].
    pub name: &'static str,
    /// The entity's id (for `Flow.Executed`, the execution's audit id).
    pub entity_id: i64,
    /// Its API path, e.g. `/rest/v1/flows/1?auditId=11225`.
    pub entity_url: String,
    /// Its JSON view, sent when a webhook includes entities.
    pub entity: Value,
    /// The flow it concerns, if any: `flowIncludes`/`flowExcludes` filter on it.
    pub flow_id: Option<i32>,
}

/// Queues `event` for every webhook of `tenant_id` that listens to it, in the caller's
/// transaction `db`.
pub async fn emit<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    tenant_id: i32,
    event: Event,
) -> Result<(), EtlworksError> {
    debug_assert!(NAMES.contains(&event.name), "an unlisted event");
    let hooks = webhooks::listening(db, tenant_id).await?;
    let listening: Vec<&et_webhook::Model> = hooks.iter().filter(|h| wants(h, &event)).collect();
    if listening.is_empty() {
        return Ok(());
    }
    // One event, one id: every webhook (and every retry) carries the same.
    let event_id = state.ids.uuid().to_string();
    let now = state.now_ms();
    for hook in listening {
        let payload = body(hook, &event, &event_id, now);
        deliveries::queue(
            db,
            deliveries::NewDelivery {
                tenant_id,
                webhook_id: hook.id,
                event_id: event_id.clone(),
                event_type: event.name.into(),
                entity_id: event.entity_id,
                entity_url: event.entity_url.clone(),
                payload: payload.to_string(),
                now,
            },
        )
        .await?;
    }
    Ok(())
}

/// Whether `hook` subscribes to `event`: its name is among the hook's events and, for
/// an event about a flow, the flow passes the hook's includes and excludes.
pub fn wants(hook: &et_webhook::Model, event: &Event) -> bool {
    let names: Vec<String> = serde_json::from_str(&hook.events).unwrap_or_default();
    if !names.iter().any(|n| n == event.name) {
        return false;
    }
    let Some(flow) = event.flow_id.map(i64::from) else {
        return true;
    };
    let includes: Vec<i64> = serde_json::from_str(&hook.flow_includes).unwrap_or_default();
    let excludes: Vec<i64> = serde_json::from_str(&hook.flow_excludes).unwrap_or_default();
    (includes.is_empty() || includes.contains(&flow)) && !excludes.contains(&flow)
}

/// The delivery's body as Etlworks documents it; `entity` only when the hook asks.
fn body(hook: &et_webhook::Model, event: &Event, event_id: &str, now: i64) -> Value {
    let mut body = json!({
        "eventId": event_id,
        "eventType": event.name,
        "webhookId": hook.id,
        "entityId": event.entity_id,
        "entityUrl": event.entity_url,
        "timestamp": now,
    });
    if hook.include_entity {
        body["entity"] = event.entity.clone();
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hook(events: &str, includes: &str, excludes: &str) -> et_webhook::Model {
        et_webhook::Model {
            id: 1,
            tenant_id: 1,
            name: "h".into(),
            description: None,
            events: events.into(),
            url: "http://127.0.0.1:9/".into(),
            method: "POST".into(),
            content_type: "application/json".into(),
            include_entity: false,
            headers: "[]".into(),
            secret: None,
            basic_user: None,
            basic_pass: None,
            enabled: true,
            flow_includes: includes.into(),
            flow_excludes: excludes.into(),
            created_at: 0,
            updated_at: 0,
            deleted_at: None,
        }
    }

    fn event(name: &'static str, flow_id: Option<i32>) -> Event {
        Event {
            name,
            entity_id: 7,
            entity_url: "/rest/v1/flows/7".into(),
            entity: json!({}),
            flow_id,
        }
    }

    #[test]
    fn a_hook_hears_only_its_events() {
        let h = hook(r#"["Flow.Executed"]"#, "[]", "[]");
        assert!(wants(&h, &event(FLOW_EXECUTED, Some(3))));
        assert!(!wants(&h, &event(FLOW_CREATED, Some(3))));
    }

    #[test]
    fn includes_keep_only_their_flows_and_excludes_win() {
        let h = hook(r#"["Flow.Executed"]"#, "[3, 4]", "[4]");
        assert!(wants(&h, &event(FLOW_EXECUTED, Some(3))));
        assert!(!wants(&h, &event(FLOW_EXECUTED, Some(4))));
        assert!(!wants(&h, &event(FLOW_EXECUTED, Some(5))));
    }

    #[test]
    fn flow_filters_do_not_apply_to_events_about_no_flow() {
        let h = hook(r#"["User.Created"]"#, "[3]", "[]");
        assert!(wants(&h, &event(USER_CREATED, None)));
    }
}
