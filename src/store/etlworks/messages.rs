//! Queries on in-app messages: writing one, and a user's own, paged, read and removed.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::store::entities::et_message;
use crate::store::StoreError;

/// A message to deliver.
pub struct NewMessage {
    pub user_id: i32,
    pub subject: String,
    pub body: String,
    pub severity: &'static str,
    pub link: Option<String>,
    pub created_at: i64,
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    new: NewMessage,
) -> Result<et_message::Model, StoreError> {
    Ok(et_message::ActiveModel {
        id: sea_orm::NotSet,
        user_id: Set(new.user_id),
        subject: Set(new.subject),
        body: Set(new.body),
        severity: Set(new.severity.into()),
        link: Set(new.link),
        read: Set(false),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// A page of user `user_id`'s messages, newest first (unread ones only when asked), and
/// how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    unread_only: bool,
    offset: u64,
    limit: u64,
) -> Result<(Vec<et_message::Model>, u64), StoreError> {
    let mut q = et_message::Entity::find().filter(et_message::Column::UserId.eq(user_id));
    if unread_only {
        q = q.filter(et_message::Column::Read.eq(false));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(et_message::Column::CreatedAt)
        .order_by_desc(et_message::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// User `user_id`'s message `id`.
pub async fn own<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    id: i32,
) -> Result<Option<et_message::Model>, StoreError> {
    Ok(et_message::Entity::find_by_id(id)
        .filter(et_message::Column::UserId.eq(user_id))
        .one(db)
        .await?)
}

/// Marks message `id` read.
pub async fn mark_read<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    et_message::Entity::update_many()
        .col_expr(et_message::Column::Read, Expr::value(true))
        .filter(et_message::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes message `id`.
pub async fn remove<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    et_message::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}
