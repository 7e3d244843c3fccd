//! Writing the audit log: every write to an Etlworks resource, with the resource's JSON
//! before and after.

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::store::entities::et_audit_event;
use crate::store::StoreError;

/// One write, as the service saw it.
pub struct Entry {
    pub tenant_id: Option<i32>,
    pub user_id: Option<i32>,
    pub user_login: String,
    pub action: &'static str,
    pub resource_type: &'static str,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub created_at: i64,
}

pub async fn record<C: ConnectionTrait>(db: &C, entry: Entry) -> Result<(), StoreError> {
    et_audit_event::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(entry.tenant_id),
        user_id: Set(entry.user_id),
        user_login: Set(entry.user_login),
        action: Set(entry.action.into()),
        resource_type: Set(entry.resource_type.into()),
        resource_id: Set(entry.resource_id),
        resource_name: Set(entry.resource_name),
        before: Set(entry.before.map(|v| v.to_string())),
        after: Set(entry.after.map(|v| v.to_string())),
        created_at: Set(entry.created_at),
    }
    .insert(db)
    .await?;
    Ok(())
}
