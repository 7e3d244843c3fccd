//! Queries on webhook deliveries and their attempts: queueing one, finding the due ones,
//! claiming one so that a single replica sends it (a conditional update: the claim
//! succeeds only while nobody holds it, or the holder's claim went stale), settling it
//! after an attempt, and the attempts a webhook's log lists.

use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::store::entities::{et_webhook_attempt as attempt, et_webhook_delivery as delivery};
use crate::store::{claims, StoreError};

/// A delivery to queue.
pub struct NewDelivery {
    pub tenant_id: i32,
    pub webhook_id: i32,
    pub event_id: String,
    pub event_type: String,
    pub entity_id: i64,
    pub entity_url: String,
    pub payload: String,
    pub now: i64,
}

/// Queues `new`, due at once.
pub async fn queue<C: ConnectionTrait>(db: &C, new: NewDelivery) -> Result<(), StoreError> {
    delivery::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(new.tenant_id),
        webhook_id: Set(new.webhook_id),
        event_id: Set(new.event_id),
        event_type: Set(new.event_type),
        entity_id: Set(new.entity_id),
        entity_url: Set(new.entity_url),
        payload: Set(new.payload),
        state: Set("pending".into()),
        attempts: Set(0),
        next_attempt_at: Set(new.now),
        claimed_at: Set(None),
        created_at: Set(new.now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Pending and due by `now`, and free: unclaimed, or claimed before `stale_before`.
fn claimable(now: i64, stale_before: i64) -> Condition {
    Condition::all()
        .add(delivery::Column::State.eq("pending"))
        .add(delivery::Column::NextAttemptAt.lte(now))
        .add(
            Condition::any()
                .add(delivery::Column::ClaimedAt.is_null())
                .add(delivery::Column::ClaimedAt.lt(stale_before)),
        )
}

/// Up to `limit` deliveries that may be claimed, the longest due first.
pub async fn due<C: ConnectionTrait>(
    db: &C,
    now: i64,
    stale_before: i64,
    limit: u64,
) -> Result<Vec<delivery::Model>, StoreError> {
    Ok(delivery::Entity::find()
        .filter(claimable(now, stale_before))
        .order_by_asc(delivery::Column::NextAttemptAt)
        .order_by_asc(delivery::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Takes delivery `id` at `now`; false when another replica took it first.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: i64,
    stale_before: i64,
) -> Result<bool, StoreError> {
    let moved = delivery::Entity::update_many()
        .col_expr(delivery::Column::ClaimedAt, Expr::value(now))
        .filter(delivery::Column::Id.eq(id))
        .filter(claimable(now, stale_before))
        .filter(claims::not_locked(
            db.get_database_backend(),
            delivery::Entity,
            delivery::Column::Id,
            id,
        ))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// What became of a delivery after an attempt.
pub struct Settled {
    /// `pending` (tried again at `next_attempt_at`), `delivered`, `failed`, `canceled`.
    pub state: &'static str,
    pub attempts: i32,
    pub next_attempt_at: i64,
}

/// Releases delivery `id` in its new state, if this replica still holds it (its claim
/// is `held`); false when the claim went stale and another replica took it.
pub async fn settle<C: ConnectionTrait>(
    db: &C,
    id: i32,
    held: i64,
    settled: Settled,
) -> Result<bool, StoreError> {
    let moved = delivery::Entity::update_many()
        .col_expr(delivery::Column::State, Expr::value(settled.state))
        .col_expr(delivery::Column::Attempts, Expr::value(settled.attempts))
        .col_expr(
            delivery::Column::NextAttemptAt,
            Expr::value(settled.next_attempt_at),
        )
        .col_expr(
            delivery::Column::ClaimedAt,
            Expr::value(Option::<i64>::None),
        )
        .filter(delivery::Column::Id.eq(id))
        .filter(delivery::Column::ClaimedAt.eq(held))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// Records one attempt.
pub async fn record<C: ConnectionTrait>(db: &C, row: attempt::Model) -> Result<(), StoreError> {
    let mut row = attempt::ActiveModel::from(row).reset_all();
    row.id = sea_orm::NotSet;
    row.insert(db).await?;
    Ok(())
}

/// A page of webhook `webhook_id`'s attempts, newest first (only the successful or
/// failed ones when `success` says so), and how many match.
pub async fn attempts<C: ConnectionTrait>(
    db: &C,
    webhook_id: i32,
    success: Option<bool>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<attempt::Model>, u64), StoreError> {
    let mut q = attempt::Entity::find().filter(attempt::Column::WebhookId.eq(webhook_id));
    if let Some(success) = success {
        q = q.filter(attempt::Column::Success.eq(success));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(attempt::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Every delivery of webhook `webhook_id`, oldest first (tests and diagnostics).
pub async fn of_webhook<C: ConnectionTrait>(
    db: &C,
    webhook_id: i32,
) -> Result<Vec<delivery::Model>, StoreError> {
    Ok(delivery::Entity::find()
        .filter(delivery::Column::WebhookId.eq(webhook_id))
        .order_by_asc(delivery::Column::Id)
        .all(db)
        .await?)
}
