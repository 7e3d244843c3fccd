//! The events a user's creation, edit or deletion raises for the tenant's webhooks
//! (`User.Created`, `User.Updated`, `User.Deleted`), queued in the write's transaction.

use generated::etlworks::v1 as api;

use crate::state::AppState;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::events::{self, Event};

/// Raises `name` about `user` for the webhooks of their tenant (a super admin belongs
/// to none, so no webhook hears of them).
pub(super) async fn announce<C: sea_orm::ConnectionTrait>(
    db: &C,
    state: &AppState,
    name: &'static str,
    tenant_id: Option<i32>,
    user: &api::User,
) -> Result<(), EtlworksError> {
    let Some(tenant_id) = tenant_id else {
        return Ok(());
    };
    let entity = serde_json::to_value(super::redacted(user)).unwrap_or_default();
    let event = Event {
        name,
        entity_id: user.id,
        entity_url: format!("/rest/v1/users/{}", user.id),
        entity,
        flow_id: None,
    };
    events::emit(db, state, tenant_id, event).await
}
