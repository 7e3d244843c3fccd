//! Tokens a provider gave, kept on a connection as write-only properties: every key
//! holding a token contains the word "token", so connections answer them as `********`
//! like any other secret (`connectors::secrets`). The update is audited in the caller's
//! transaction.

use sea_orm::ConnectionTrait;
use serde_json::Value;

use crate::authz::etlworks::Caller;
use crate::store::etlworks::definitions::{self as store, Fields, Row, CONNECTIONS};
use crate::store::etlworks::tags;
use crate::surfaces::etlworks::audit::{self, Write};
use crate::surfaces::etlworks::connections::{self, views, Saved};
use crate::surfaces::etlworks::connectors::secrets::{self, Properties};
use crate::surfaces::etlworks::error::EtlworksError;

/// The caller's tenant's live connection `id`, or a 404.
pub async fn connection<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<Row, EtlworksError> {
    let row = match i32::try_from(id) {
        Ok(id) => store::one(db, CONNECTIONS, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    row.ok_or_else(|| connections::not_found(CONNECTIONS, id))
}

/// The stored properties of `row`, secrets included.
pub fn properties(row: &Row) -> Properties {
    secrets::parse(&row.properties)
}

/// Sets `values` on connection `row` (a `None` removes the key) and audits the update.
pub async fn store<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    row: &Row,
    values: &[(&str, Option<Value>)],
) -> Result<(), EtlworksError> {
    let tag_names = tags::of_one(db, "connection", row.id).await?;
    let before = Saved {
        row: row.clone(),
        tags: tag_names.clone(),
    };
    let mut properties = properties(row);
    for (key, value) in values {
        match value {
            Some(v) => properties.insert((*key).to_string(), v.clone()),
            None => properties.remove(*key),
        };
    }
    let fields = Fields {
        name: row.name.clone(),
        description: row.description.clone(),
        kind: row.kind.clone(),
        properties: secrets::to_text(&properties),
    };
    if !store::update(db, CONNECTIONS, caller.tenant_id(), row.id, fields, now).await? {
        return Err(connections::not_found(CONNECTIONS, row.id.into()));
    }
    let after_row = store::one(db, CONNECTIONS, caller.tenant_id(), row.id)
        .await?
        .ok_or_else(|| connections::not_found(CONNECTIONS, row.id.into()))?;
    let after = Saved {
        row: after_row,
        tags: tag_names,
    };
    let write = Write::new("update", "connection", row.id.to_string())
        .named(&row.name)
        .before(views::json(CONNECTIONS, &before))
        .after(views::json(CONNECTIONS, &after));
    audit::record(db, now, caller, write).await
}
