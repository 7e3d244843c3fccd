//! Lookups across every taggable kind at once (the tables of [`super::bin::KINDS`],
//! which share `id`, `tenant_id`, `name`, `description` and `deleted_at`): one live
//! resource of a tenant by id (whose tags `/tags/{type}/{id}` reads), and the live
//! resources whose name, description or a tag contains any of some words (`/search`).

use sea_orm::sea_query::{Alias, Condition, Expr, Func, Query, SelectStatement};
use sea_orm::{ConnectionTrait, FromQueryResult};

use super::bin::Kind;
use crate::store::entities::et_tag as tag;
use crate::store::{like, StoreError};

/// The most rows one kind contributes to a search: the service ranks them in memory.
pub const MAX_CANDIDATES: u64 = 1000;

/// A live resource's identity and text.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Named {
    pub id: i32,
    pub name: String,
    pub description: Option<String>,
}

fn select(kind: &Kind, tenant_id: i32) -> SelectStatement {
    Query::select()
        .columns(["id", "name", "description"].map(Alias::new))
        .from(Alias::new(kind.table))
        .and_where(Expr::col(Alias::new("tenant_id")).eq(tenant_id))
        .and_where(Expr::col(Alias::new("deleted_at")).is_null())
        .to_owned()
}

/// The tenant's live resource `id` of `kind`.
pub async fn live_one<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    tenant_id: i32,
    id: i32,
) -> Result<Option<Named>, StoreError> {
    let q = select(kind, tenant_id)
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    let stmt = db.get_database_backend().build(&q);
    Ok(Named::find_by_statement(stmt).one(db).await?)
}

/// The tenant's live resources of `kind` whose name, description or one of whose tags
/// contains one of `words` (lower case), by id, at most [`MAX_CANDIDATES`].
pub async fn containing_any<C: ConnectionTrait>(
    db: &C,
    kind: &Kind,
    tenant_id: i32,
    words: &[String],
) -> Result<Vec<Named>, StoreError> {
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut any = Condition::any();
    for word in words {
        let pattern = like::containing(word);
        let tagged = Query::select()
            .column(tag::Column::ResourceId)
            .from(tag::Entity)
            .and_where(Expr::col(tag::Column::ResourceType).eq(kind.resource_type))
            .and_where(Expr::col(tag::Column::TenantId).eq(tenant_id))
            .and_where(Expr::expr(Func::lower(Expr::col(tag::Column::Name))).like(pattern.clone()))
            .to_owned();
        any = any
            .add(Expr::expr(Func::lower(Expr::col(Alias::new("name")))).like(pattern.clone()))
            .add(Expr::expr(Func::lower(Expr::col(Alias::new("description")))).like(pattern))
            .add(Expr::col(Alias::new("id")).in_subquery(tagged));
    }
    let q = select(kind, tenant_id)
        .cond_where(any)
        .order_by(Alias::new("id"), sea_orm::sea_query::Order::Asc)
        .limit(MAX_CANDIDATES)
        .to_owned();
    let stmt = db.get_database_backend().build(&q);
    Ok(Named::find_by_statement(stmt).all(db).await?)
}
