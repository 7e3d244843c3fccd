//! Queries on Composer drafts and their conversations. A draft is its author's alone: every
//! read is by tenant and user.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::{et_composer_draft as draft, et_composer_message as message};
use crate::store::StoreError;

fn owned(tenant_id: i32, user_id: i32) -> sea_orm::Select<draft::Entity> {
    draft::Entity::find()
        .filter(draft::Column::TenantId.eq(tenant_id))
        .filter(draft::Column::UserId.eq(user_id))
}

/// Draft `id` of the user in the tenant.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    user_id: i32,
    id: i32,
) -> Result<Option<draft::Model>, StoreError> {
    Ok(owned(tenant_id, user_id)
        .filter(draft::Column::Id.eq(id))
        .one(db)
        .await?)
}

/// A page of the user's drafts, most recently updated first, and how many there are.
pub async fn recent<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    user_id: i32,
    offset: u64,
    limit: u64,
) -> Result<(Vec<draft::Model>, u64), StoreError> {
    let q = owned(tenant_id, user_id);
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(draft::Column::UpdatedAt)
        .order_by_desc(draft::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    row: draft::ActiveModel,
) -> Result<draft::Model, StoreError> {
    Ok(row.insert(db).await?)
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    row: draft::ActiveModel,
) -> Result<draft::Model, StoreError> {
    Ok(row.update(db).await?)
}

/// Removes draft `id` and its conversation.
pub async fn remove<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    message::Entity::delete_many()
        .filter(message::Column::DraftId.eq(id))
        .exec(db)
        .await?;
    draft::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Adds a message to draft `draft_id`'s conversation.
pub async fn say<C: ConnectionTrait>(
    db: &C,
    draft_id: i32,
    role: &str,
    content: &str,
    now: i64,
) -> Result<message::Model, StoreError> {
    let row = message::ActiveModel {
        id: sea_orm::NotSet,
        draft_id: sea_orm::Set(draft_id),
        role: sea_orm::Set(role.to_string()),
        content: sea_orm::Set(content.to_string()),
        created_at: sea_orm::Set(now),
    };
    Ok(row.insert(db).await?)
}

/// Draft `draft_id`'s conversation, oldest first.
pub async fn conversation<C: ConnectionTrait>(
    db: &C,
    draft_id: i32,
) -> Result<Vec<message::Model>, StoreError> {
    Ok(message::Entity::find()
        .filter(message::Column::DraftId.eq(draft_id))
        .order_by_asc(message::Column::Id)
        .all(db)
        .await?)
}

/// Marks draft `id` promoted to flow `flow_id` if it still is a draft: a conditional
/// update, so of two promotions racing (on PostgreSQL) one wins and the other sees it.
pub async fn mark_promoted<C: ConnectionTrait>(
    db: &C,
    id: i32,
    flow_id: i32,
    now: i64,
) -> Result<bool, StoreError> {
    use sea_orm::sea_query::Expr;
    let done = draft::Entity::update_many()
        .col_expr(draft::Column::Status, Expr::value("promoted"))
        .col_expr(draft::Column::FlowId, Expr::value(flow_id))
        .col_expr(draft::Column::UpdatedAt, Expr::value(now))
        .filter(draft::Column::Id.eq(id))
        .filter(draft::Column::Status.eq("draft"))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}
