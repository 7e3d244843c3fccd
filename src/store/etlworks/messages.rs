//! Queries on in-app messages.

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

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
