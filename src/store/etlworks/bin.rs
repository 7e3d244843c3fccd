//! The recycle bin: a deleted flow, connection, format, listener, schedule, webhook or
//! macro keeps its row (and so its id) with `deleted_at` set, and a bin entry says until
//! when it can be restored. Every kind lives in a table with `id`, `tenant_id`, `name`
//! and `deleted_at`, so one set of queries serves them all; [`KINDS`] names each table
//! and the rows that belong to a resource alone (removed with it when it is purged).

use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::store::entities::et_recycle_bin_item as item;
use crate::store::StoreError;

/// A kind of resource the bin holds.
pub struct Kind {
    /// As the API names it (`RecycleBinItem.resourceType`).
    pub resource_type: &'static str,
    pub table: &'static str,
    /// Rows to remove before the resource itself on a purge: a table and a condition
    /// with one `?`, the resource's id. Listed children first.
    pub dependents: &'static [(&'static str, &'static str)],
}

/// Every kind the bin holds.
pub const KINDS: &[Kind] = &[
    Kind {
        resource_type: "flow",
        table: "et_flows",
        dependents: &[
            (
                "et_console_lines",
                "execution_id IN (SELECT id FROM et_executions WHERE flow_id = ?)",
            ),
            ("et_executions", "flow_id = ?"),
            ("et_flow_versions", "flow_id = ?"),
            ("et_recent_flows", "flow_id = ?"),
        ],
    },
    Kind {
        resource_type: "schedule",
        table: "et_schedules",
        dependents: &[],
    },
    Kind {
        resource_type: "connection",
        table: "et_connections",
        dependents: &[],
    },
    Kind {
        resource_type: "format",
        table: "et_formats",
        dependents: &[],
    },
    Kind {
        resource_type: "listener",
        table: "et_listeners",
        dependents: &[],
    },
    Kind {
        resource_type: "webhook",
        table: "et_webhooks",
        dependents: &[
            ("et_webhook_attempts", "webhook_id = ?"),
            ("et_webhook_deliveries", "webhook_id = ?"),
        ],
    },
    Kind {
        resource_type: "macro",
        table: "et_macros",
        dependents: &[],
    },
];

/// The kind named `resource_type`.
pub fn kind(resource_type: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.resource_type == resource_type)
}

/// What is being deleted.
pub struct Deleted<'a> {
    pub tenant_id: i32,
    pub resource_id: i32,
    pub name: &'a str,
    pub deleted_by: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// Moves a live resource of `kind` to the bin; `None` if it was not live (deleted
/// concurrently).
pub async fn put<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    deleted: Deleted<'_>,
) -> Result<Option<item::Model>, StoreError> {
    let hide = Query::update()
        .table(Alias::new(kind.table))
        .value(Alias::new("deleted_at"), deleted.now)
        .and_where(Expr::col(Alias::new("id")).eq(deleted.resource_id))
        .and_where(Expr::col(Alias::new("tenant_id")).eq(deleted.tenant_id))
        .and_where(Expr::col(Alias::new("deleted_at")).is_null())
        .to_owned();
    if db
        .execute(db.get_database_backend().build(&hide))
        .await?
        .rows_affected()
        == 0
    {
        return Ok(None);
    }
    let entry = item::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(deleted.tenant_id),
        resource_type: Set(kind.resource_type.into()),
        resource_id: Set(deleted.resource_id),
        name: Set(deleted.name.into()),
        deleted_at: Set(deleted.now),
        deleted_by: Set(deleted.deleted_by.into()),
        expires_at: Set(deleted.expires_at),
    }
    .insert(db)
    .await?;
    Ok(Some(entry))
}

/// A page of the tenant's bin, newest first, and how many entries it holds.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    resource_type: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<item::Model>, u64), StoreError> {
    let mut q = item::Entity::find().filter(item::Column::TenantId.eq(tenant_id));
    if let Some(t) = resource_type {
        q = q.filter(item::Column::ResourceType.eq(t));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(item::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The tenant's bin entry `id`.
pub async fn entry<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<item::Model>, StoreError> {
    Ok(item::Entity::find_by_id(id)
        .filter(item::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?)
}

/// Whether a live resource of `kind` in the tenant is named `name`: a restore would
/// break the rule that names identify resources.
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    tenant_id: i32,
    name: &str,
) -> Result<bool, StoreError> {
    let q = Query::select()
        .expr(Expr::val(1))
        .from(Alias::new(kind.table))
        .and_where(Expr::col(Alias::new("tenant_id")).eq(tenant_id))
        .and_where(Expr::col(Alias::new("name")).eq(name))
        .and_where(Expr::col(Alias::new("deleted_at")).is_null())
        .to_owned();
    Ok(db
        .query_one(db.get_database_backend().build(&q))
        .await?
        .is_some())
}

/// Brings `entry`'s resource back under its id and empties the entry.
pub async fn restore<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    entry: &item::Model,
) -> Result<(), StoreError> {
    let show = Query::update()
        .table(Alias::new(kind.table))
        .value(Alias::new("deleted_at"), Expr::value(Option::<i64>::None))
        .and_where(Expr::col(Alias::new("id")).eq(entry.resource_id))
        .to_owned();
    db.execute(db.get_database_backend().build(&show)).await?;
    item::Entity::delete_by_id(entry.id).exec(db).await?;
    Ok(())
}

/// Removes `entry`'s resource for good: its dependents, its tags, its row, the entry.
pub async fn purge<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    entry: &item::Model,
) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    for (table, condition) in kind.dependents {
        // sea-query reads PostgreSQL's placeholders as `$1`, not the `?` the conditions
        // are written with (every `?` is the resource's id).
        let condition = match backend {
            sea_orm::DbBackend::Postgres => condition.replace('?', "$1"),
            _ => condition.to_string(),
        };
        let gone = Query::delete()
            .from_table(Alias::new(*table))
            .and_where(Expr::cust_with_values(condition, [entry.resource_id]))
            .to_owned();
        db.execute(backend.build(&gone)).await?;
    }
    super::tags::replace(
        db,
        entry.tenant_id,
        kind.resource_type,
        entry.resource_id,
        &[],
    )
    .await?;
    let row = Query::delete()
        .from_table(Alias::new(kind.table))
        .and_where(Expr::col(Alias::new("id")).eq(entry.resource_id))
        .and_where(Expr::col(Alias::new("deleted_at")).is_not_null())
        .to_owned();
    db.execute(backend.build(&row)).await?;
    item::Entity::delete_by_id(entry.id).exec(db).await?;
    Ok(())
}

/// Entries whose retention ended by `now`, oldest first, at most `limit`.
pub async fn expired<C: ConnectionTrait>(
    db: &C,
    now: i64,
    limit: u64,
) -> Result<Vec<item::Model>, StoreError> {
    Ok(item::Entity::find()
        .filter(item::Column::ExpiresAt.lte(now))
        .order_by_asc(item::Column::ExpiresAt)
        .limit(limit)
        .all(db)
        .await?)
}
