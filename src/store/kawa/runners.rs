//! KAWA's script runners: global rows, written by administrators only (the writes take
//! the [`Admin`] proof).

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

use crate::authz::kawa::Admin;
use crate::store::entities::kw_script_runner;
use crate::store::StoreError;

/// Every runner, oldest first (the first is the one kywy's commands and the health check
/// act on).
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<kw_script_runner::Model>, StoreError> {
    Ok(kw_script_runner::Entity::find()
        .order_by_asc(kw_script_runner::Column::Id)
        .all(db)
        .await?)
}

/// The runner named `name`.
pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<kw_script_runner::Model>, StoreError> {
    Ok(kw_script_runner::Entity::find()
        .filter(kw_script_runner::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// A runner to declare (validated by the service).
pub struct NewRunner {
    pub name: String,
    pub host: String,
    pub port: i32,
    pub use_tls: bool,
    pub key_digest: Option<String>,
    pub created_at: i64,
}

/// Declares a runner, enabled.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    new: NewRunner,
) -> Result<kw_script_runner::Model, StoreError> {
    Ok(kw_script_runner::ActiveModel {
        name: Set(new.name),
        description: Set(String::new()),
        host: Set(new.host),
        port: Set(new.port),
        use_tls: Set(new.use_tls),
        enabled: Set(true),
        key_digest: Set(new.key_digest),
        tags: Set("[]".into()),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Writes `changed` over the runner of its id.
pub async fn save<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    changed: kw_script_runner::Model,
) -> Result<kw_script_runner::Model, StoreError> {
    // Every column written: the service hands over the row as it must be.
    Ok(changed.into_active_model().reset_all().update(db).await?)
}
