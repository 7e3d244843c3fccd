//! Connections, formats and listeners (`et_connections`, `et_formats`, `et_listeners`):
//! one layout — a name, a discriminator, a property bag — so one set of queries serves
//! the three, each [`Table`] naming its table and discriminator column. Every read
//! keeps to one tenant's live rows (`deleted_at IS NULL`); deleting is the recycle
//! bin's (`super::bin`).

use sea_orm::sea_query::{Alias, Condition, Expr, Func, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, FromQueryResult};

use crate::store::like;
use crate::store::StoreError;

/// One of the three tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub table: &'static str,
    /// As the recycle bin, tags and the audit log name it.
    pub resource_type: &'static str,
    /// The discriminator column (`connection_type`, `format_type`).
    pub discriminator: &'static str,
}

pub const CONNECTIONS: Table = Table {
    table: "et_connections",
    resource_type: "connection",
    discriminator: "connection_type",
};

pub const FORMATS: Table = Table {
    table: "et_formats",
    resource_type: "format",
    discriminator: "format_type",
};

pub const LISTENERS: Table = Table {
    table: "et_listeners",
    resource_type: "listener",
    discriminator: "connection_type",
};

/// A live row of any of the three.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Row {
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    /// The discriminator's value.
    pub kind: String,
    /// JSON object.
    pub properties: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a listing keeps.
#[derive(Debug, Default, Clone, Copy)]
pub struct Filter<'a> {
    /// Name (or, with `in_description`, description) contains this, ignoring case.
    pub q: Option<&'a str>,
    pub in_description: bool,
    pub tag: Option<&'a str>,
    pub kind: Option<&'a str>,
}

fn col(name: &str) -> Alias {
    Alias::new(name)
}

fn live(tenant_id: i32) -> Condition {
    Condition::all()
        .add(Expr::col(col("tenant_id")).eq(tenant_id))
        .add(Expr::col(col("deleted_at")).is_null())
}

fn select(t: Table) -> SelectStatement {
    let mut q = Query::select();
    q.from(col(t.table)).columns(
        ["id", "tenant_id", "name", "description"]
            .into_iter()
            .map(col),
    );
    q.expr_as(Expr::col(col(t.discriminator)), col("kind"));
    q.columns(
        ["properties", "created_at", "updated_at"]
            .into_iter()
            .map(col),
    );
    q
}

fn lower(column: &str) -> Expr {
    Expr::expr(Func::lower(Expr::col(col(column))))
}

async fn rows<C: ConnectionTrait>(db: &C, q: &SelectStatement) -> Result<Vec<Row>, StoreError> {
    let stmt = db.get_database_backend().build(q);
    Ok(Row::find_by_statement(stmt).all(db).await?)
}

/// A page of the tenant's live rows of `t` matching `filter`, newest first, and how
/// many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    filter: Filter<'_>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Row>, u64), StoreError> {
    let mut cond = live(tenant_id);
    if let Some(q) = filter.q.filter(|q| !q.is_empty()) {
        let pattern = like::containing(&q.to_lowercase());
        let mut any = Condition::any().add(lower("name").like(pattern.clone()));
        if filter.in_description {
            any = any.add(lower("description").like(pattern));
        }
        cond = cond.add(any);
    }
    if let Some(tag) = filter.tag {
        cond = cond.add(super::tags::carrying(t.resource_type, tag));
    }
    if let Some(kind) = filter.kind {
        cond = cond.add(Expr::col(col(t.discriminator)).eq(kind));
    }
    let mut count = Query::select();
    count
        .from(col(t.table))
        .expr_as(Expr::col(col("id")).count(), col("n"))
        .cond_where(cond.clone());
    let backend = db.get_database_backend();
    let total: i64 = match db.query_one(backend.build(&count)).await? {
        Some(r) => r.try_get("", "n")?,
        None => 0,
    };
    let mut q = select(t);
    q.cond_where(cond)
        .order_by(col("id"), Order::Desc)
        .offset(offset)
        .limit(limit);
    Ok((rows(db, &q).await?, total.max(0) as u64))
}

/// The tenant's live row `id` of `t`.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    id: i32,
) -> Result<Option<Row>, StoreError> {
    let mut q = select(t);
    q.cond_where(live(tenant_id).add(Expr::col(col("id")).eq(id)));
    Ok(rows(db, &q).await?.pop())
}

/// The tenant's live rows of `t` among `ids`, by id.
pub async fn many<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    ids: &[i32],
) -> Result<Vec<Row>, StoreError> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let mut q = select(t);
    q.cond_where(live(tenant_id).add(Expr::col(col("id")).is_in(ids.iter().copied())))
        .order_by(col("id"), Order::Asc);
    rows(db, &q).await
}

/// The tenant's live row of `t` named `name`.
pub async fn named<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    name: &str,
) -> Result<Option<Row>, StoreError> {
    let mut q = select(t);
    q.cond_where(live(tenant_id).add(Expr::col(col("name")).eq(name)));
    Ok(rows(db, &q).await?.pop())
}

/// What a new or edited row holds.
#[derive(Debug, Clone)]
pub struct Fields {
    pub name: String,
    pub description: Option<String>,
    pub kind: String,
    /// JSON object.
    pub properties: String,
}

/// Inserts a row of `t` in the tenant; its id.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    fields: Fields,
    now: i64,
) -> Result<i32, StoreError> {
    let mut q = Query::insert();
    q.into_table(col(t.table))
        .columns(
            [
                "tenant_id",
                "name",
                "description",
                t.discriminator,
                "properties",
                "created_at",
                "updated_at",
            ]
            .into_iter()
            .map(col),
        )
        .values_panic([
            tenant_id.into(),
            fields.name.into(),
            fields.description.into(),
            fields.kind.into(),
            fields.properties.into(),
            now.into(),
            now.into(),
        ])
        .returning_col(col("id"));
    let row = db
        .query_one(db.get_database_backend().build(&q))
        .await?
        .ok_or_else(|| StoreError::from(sea_orm::DbErr::RecordNotInserted))?;
    Ok(row.try_get("", "id")?)
}

/// Replaces the fields of the tenant's live row `id` of `t`; whether it was there.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    t: Table,
    tenant_id: i32,
    id: i32,
    fields: Fields,
    now: i64,
) -> Result<bool, StoreError> {
    let mut q = Query::update();
    q.table(col(t.table))
        .value(col("name"), fields.name)
        .value(col("description"), fields.description)
        .value(col(t.discriminator), fields.kind)
        .value(col("properties"), fields.properties)
        .value(col("updated_at"), now)
        .cond_where(live(tenant_id).add(Expr::col(col("id")).eq(id)));
    let done = db.execute(db.get_database_backend().build(&q)).await?;
    Ok(done.rows_affected() > 0)
}
