//! Etlworks' audit log: every service that changes a resource records what it did here,
//! in the transaction of the change ([`record`], [`by`]); [`log`] reads it back with
//! each event's field-level diff ([`diff`]).

mod diff;
pub mod log;

use sea_orm::ConnectionTrait;
use serde_json::Value;

use super::error::EtlworksError;
use crate::authz::etlworks::Caller;
use crate::store::etlworks::audit::{self as store, Entry};

/// One write: what was done to which resource, and its JSON before and after.
pub struct Write {
    action: &'static str,
    resource_type: &'static str,
    resource_id: String,
    resource_name: Option<String>,
    before: Option<Value>,
    after: Option<Value>,
}

impl Write {
    pub fn new(action: &'static str, resource_type: &'static str, resource_id: String) -> Self {
        Write {
            action,
            resource_type,
            resource_id,
            resource_name: None,
            before: None,
            after: None,
        }
    }

    pub fn named(mut self, name: &str) -> Self {
        self.resource_name = Some(name.to_string());
        self
    }

    pub fn before(mut self, value: impl serde::Serialize) -> Self {
        self.before = serde_json::to_value(value).ok();
        self
    }

    pub fn after(mut self, value: impl serde::Serialize) -> Self {
        self.after = serde_json::to_value(value).ok();
        self
    }
}

/// Records `write` by `caller` in the caller's tenant.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    write: Write,
) -> Result<(), EtlworksError> {
    by(db, now, Some(caller), Some(caller.tenant_id()), write).await
}

/// Records `write` by `caller` (or nobody signed in) in `tenant`.
pub async fn by<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: Option<&Caller>,
    tenant: Option<i32>,
    write: Write,
) -> Result<(), EtlworksError> {
    store::record(
        db,
        Entry {
            tenant_id: tenant,
            user_id: caller.map(Caller::id),
            user_login: caller.map_or_else(|| "anonymous".to_string(), |c| c.login().to_string()),
            action: write.action,
            resource_type: write.resource_type,
            resource_id: write.resource_id,
            resource_name: write.resource_name,
            before: write.before,
            after: write.after,
            created_at: now,
        },
    )
    .await?;
    Ok(())
}
