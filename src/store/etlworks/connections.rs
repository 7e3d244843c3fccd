//! Queries about connections beyond their shared layout (`super::definitions`): one
//! live connection as its entity (what the run engine reads), and the flows that use a
//! connection or a format (which may not be deleted from under them).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::store::entities::{et_connection, et_flow};
use crate::store::StoreError;

/// The tenant's connection `id`, unless it is in the recycle bin or another tenant's.
pub async fn live<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<et_connection::Model>, StoreError> {
    Ok(et_connection::Entity::find_by_id(id)
        .filter(et_connection::Column::TenantId.eq(tenant_id))
        .filter(et_connection::Column::DeletedAt.is_null())
        .one(db)
        .await?)
}

/// What a flow may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Used {
    Connection,
    Format,
}

/// The names of the tenant's live flows that use connection or format `id`: in their
/// `connections` list or as a transformation's source or destination.
pub async fn flows_using<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    used: Used,
    id: i32,
) -> Result<Vec<String>, StoreError> {
    let flows = et_flow::Entity::find()
        .filter(et_flow::Column::TenantId.eq(tenant_id))
        .filter(et_flow::Column::DeletedAt.is_null())
        .all(db)
        .await?;
    let wanted = serde_json::Value::from(id);
    let fields: &[&str] = match used {
        Used::Connection => &["sourceConnectionId", "destinationConnectionId"],
        Used::Format => &["sourceFormatId", "destinationFormatId"],
    };
    let uses = |flow: &et_flow::Model| {
        let listed = used == Used::Connection
            && serde_json::from_str::<Vec<serde_json::Value>>(&flow.connections)
                .is_ok_and(|ids| ids.contains(&wanted));
        let steps: Vec<serde_json::Value> =
            serde_json::from_str(&flow.transformations).unwrap_or_default();
        listed
            || steps
                .iter()
                .any(|s| fields.iter().any(|f| s.get(*f) == Some(&wanted)))
    };
    Ok(flows
        .iter()
        .filter(|f| uses(f))
        .map(|f| f.name.clone())
        .collect())
}
