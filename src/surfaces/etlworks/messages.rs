//! In-app messages (`/rest/v1/messages*`): every signed-in user reads, marks read and
//! dismisses their own; anyone else's message is a 404. What Etlworks would mail (a
//! password-reset link) lands here too, since Understudy sends no email.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::Caller;
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_message;
use crate::store::etlworks::messages;

/// The audit log's name for a message.
const RESOURCE: &str = "message";

/// A page of the caller's messages, newest first, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListMessagesParams,
) -> Result<(Vec<api::Message>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let (rows, total) =
        messages::page(&state.db, caller.id(), params.unread_only, offset, limit).await?;
    Ok((rows.iter().map(view).collect(), total as i64))
}

/// Marks the caller's message `id` read.
pub async fn mark_read(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::Message, EtlworksError> {
    let tx = crate::store::begin(&state.db).await?;
    let message = own(&tx, caller, id).await?;
    if message.read {
        // Already read: nothing to write, nothing to record.
        return Ok(view(&message));
    }
    messages::mark_read(&tx, message.id).await?;
    let before = view(&message);
    let after = view(&et_message::Model {
        read: true,
        ..message
    });
    let write = Write::new("read", RESOURCE, before.id.to_string())
        .named(&before.subject)
        .before(audited(&before))
        .after(audited(&after));
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await?;
    Ok(after)
}

/// Dismisses the caller's message `id` for good.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    let tx = crate::store::begin(&state.db).await?;
    let message = own(&tx, caller, id).await?;
    messages::remove(&tx, message.id).await?;
    let before = view(&message);
    let write = Write::new("delete", RESOURCE, before.id.to_string())
        .named(&before.subject)
        .before(audited(&before));
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await?;
    Ok(())
}

/// The caller's message `id`, else a 404 (someone else's included).
async fn own<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<et_message::Model, EtlworksError> {
    let row = match i32::try_from(id) {
        Ok(id) => messages::own(db, caller.id(), id).await?,
        Err(_) => None,
    };
    row.ok_or_else(|| EtlworksError::NotFound(format!("Message {id} not found")))
}

/// What the audit log keeps of a message: not its body, which may hold a password-reset
/// token that administrators reading the log must not see.
fn audited(message: &api::Message) -> serde_json::Value {
    serde_json::json!({
        "id": message.id,
        "subject": message.subject,
        "severity": message.severity,
        "read": message.read,
        "createdAt": message.created_at,
    })
}

fn view(row: &et_message::Model) -> api::Message {
    api::Message {
        id: row.id.into(),
        subject: row.subject.clone(),
        body_: row.body.clone(),
        severity: api::MessageSeverity::from_wire(&row.severity)
            .unwrap_or(api::MessageSeverity::Info),
        read: row.read,
        created_at: iso_seconds(row.created_at),
        link: row.link.clone(),
    }
}
