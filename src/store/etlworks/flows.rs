//! Queries on flows: the tenant's live ones (rows in the recycle bin are skipped), a
//! filtered page, saved versions, and the flows each user opened last.

use sea_orm::sea_query::{Expr, Func, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::store::entities::{et_flow as flow, et_flow_version as version, et_recent_flow};
use crate::store::etlworks::tags;
use crate::store::{like, StoreError};

/// The live flows of a tenant.
fn live(tenant_id: i32) -> sea_orm::Select<flow::Entity> {
    flow::Entity::find()
        .filter(flow::Column::TenantId.eq(tenant_id))
        .filter(flow::Column::DeletedAt.is_null())
}

/// The tenant's live flow `id`.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    id: i32,
) -> Result<Option<flow::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(flow::Column::Id.eq(id))
        .one(db)
        .await?)
}

/// The tenant's live flow named exactly `name`.
pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
) -> Result<Option<flow::Model>, StoreError> {
    Ok(live(tenant_id)
        .filter(flow::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// Whether a live flow of the tenant other than `except` is named `name`.
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = live(tenant_id).filter(flow::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(flow::Column::Id.ne(id));
    }
    Ok(q.count(db).await? > 0)
}

/// The tenant's live flows among `ids`.
pub async fn among<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    ids: &[i32],
) -> Result<Vec<flow::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(live(tenant_id)
        .filter(flow::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// Every live flow of the tenant (for the few questions no index answers: which nested
/// flows include a flow).
pub async fn all<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<flow::Model>, StoreError> {
    Ok(live(tenant_id)
        .order_by_asc(flow::Column::Id)
        .all(db)
        .await?)
}

/// What a listing keeps.
#[derive(Default)]
pub struct Filter<'a> {
    /// In the name or description, ignoring case.
    pub q: Option<&'a str>,
    pub tag: Option<&'a str>,
    pub flow_type: Option<&'a str>,
    /// Changed at or after.
    pub since: Option<i64>,
}

/// One page of the tenant's live flows by id, and how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    filter: Filter<'_>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<flow::Model>, u64), StoreError> {
    let mut q = live(tenant_id);
    if let Some(text) = filter.q.filter(|t| !t.is_empty()) {
        let pattern = like::containing(&text.to_lowercase());
        q = q.filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(flow::Column::Name))).like(pattern.clone()))
                .add(Expr::expr(Func::lower(Expr::col(flow::Column::Description))).like(pattern)),
        );
    }
    if let Some(tag) = filter.tag {
        q = q.filter(tags::carrying("flow", tag));
    }
    if let Some(t) = filter.flow_type {
        q = q.filter(flow::Column::FlowType.eq(t));
    }
    if let Some(since) = filter.since {
        q = q.filter(flow::Column::UpdatedAt.gte(since));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_asc(flow::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: flow::ActiveModel,
) -> Result<flow::Model, StoreError> {
    Ok(row.insert(db).await?)
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    row: flow::ActiveModel,
) -> Result<flow::Model, StoreError> {
    Ok(row.update(db).await?)
}

/// A saved version.
pub struct NewVersion<'a> {
    pub flow_id: i32,
    pub version: i32,
    pub action: &'static str,
    pub snapshot: String,
    pub modified_by: &'a str,
    pub comment: Option<String>,
    pub modified_at: i64,
}

pub async fn add_version<C: ConnectionTrait>(
    db: &C,
    new: NewVersion<'_>,
) -> Result<(), StoreError> {
    version::ActiveModel {
        id: sea_orm::NotSet,
        flow_id: Set(new.flow_id),
        version: Set(new.version),
        action: Set(new.action.into()),
        snapshot: Set(new.snapshot),
        modified_by: Set(new.modified_by.into()),
        comment: Set(new.comment),
        modified_at: Set(new.modified_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A page of a flow's versions, newest first, and how many it has.
pub async fn versions<C: ConnectionTrait>(
    db: &C,
    flow_id: i32,
    offset: u64,
    limit: u64,
) -> Result<(Vec<version::Model>, u64), StoreError> {
    let q = version::Entity::find().filter(version::Column::FlowId.eq(flow_id));
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(version::Column::Version)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Notes that `user_id` opened `flow_id` at `now`.
pub async fn opened<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    flow_id: i32,
    now: i64,
) -> Result<(), StoreError> {
    et_recent_flow::Entity::insert(et_recent_flow::ActiveModel {
        user_id: Set(user_id),
        flow_id: Set(flow_id),
        opened_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            et_recent_flow::Column::UserId,
            et_recent_flow::Column::FlowId,
        ])
        .update_column(et_recent_flow::Column::OpenedAt)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// The live flows of the tenant `user_id` opened last, newest first, with when.
pub async fn recent<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    user_id: i32,
    limit: u64,
) -> Result<Vec<(flow::Model, i64)>, StoreError> {
    let opened = et_recent_flow::Entity::find()
        .filter(et_recent_flow::Column::UserId.eq(user_id))
        .order_by_desc(et_recent_flow::Column::OpenedAt)
        .all(db)
        .await?;
    let ids: Vec<i32> = opened.iter().map(|o| o.flow_id).collect();
    let flows = among(db, tenant_id, &ids).await?;
    Ok(opened
        .into_iter()
        .filter_map(|o| {
            let f = flows.iter().find(|f| f.id == o.flow_id)?;
            Some((f.clone(), o.opened_at))
        })
        .take(limit as usize)
        .collect())
}
