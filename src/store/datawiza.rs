//! Queries on Datawiza applications and their SSL settings.

use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};

use super::entities::{dw_application, dw_ssl};
use super::StoreError;
use crate::authz::datawiza::Admin;
use crate::authz::Operator;

/// One page of applications whose name contains `name` (any case), newest first, and
/// the total over all pages.
pub async fn list_applications<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin,
    name: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<dw_application::Model>, u64), StoreError> {
    let mut query = dw_application::Entity::find();
    if let Some(name) = name.filter(|n| !n.is_empty()) {
        query = query.filter(
            Expr::expr(Func::lower(Expr::col(dw_application::Column::Name)))
                .like(crate::store::like::containing(&name.to_lowercase())),
        );
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(dw_application::Column::CreationDate)
        .order_by_asc(dw_application::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The application with `id` or called `name`, if either exists.
pub async fn application_by_id_or_name<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    id: &str,
    name: &str,
) -> Result<Option<dw_application::Model>, StoreError> {
    Ok(dw_application::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(dw_application::Column::Id.eq(id))
                .add(dw_application::Column::Name.eq(name)),
        )
        .one(db)
        .await?)
}

/// Every application with its SSL setting, oldest first (for an export).
pub async fn all_applications<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Vec<(dw_application::Model, Option<dw_ssl::Model>)>, StoreError> {
    let apps = dw_application::Entity::find()
        .order_by_asc(dw_application::Column::CreationDate)
        .order_by_asc(dw_application::Column::Id)
        .all(db)
        .await?;
    let mut ssl: std::collections::HashMap<String, dw_ssl::Model> = dw_ssl::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.application_id.clone(), s))
        .collect();
    Ok(apps
        .into_iter()
        .map(|a| {
            let s = ssl.remove(&a.id);
            (a, s)
        })
        .collect())
}

/// Inserts an application with its SSL setting, both or neither.
pub async fn insert_application<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _operator: &Operator,
    app: dw_application::Model,
    ssl: dw_ssl::Model,
) -> Result<(), StoreError> {
    let txn = crate::store::begin(db).await?;
    dw_application::ActiveModel::from(app).insert(&txn).await?;
    dw_ssl::ActiveModel::from(ssl).insert(&txn).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn ssl<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin,
    application_id: &str,
) -> Result<Option<dw_ssl::Model>, StoreError> {
    Ok(dw_ssl::Entity::find_by_id(application_id.to_string())
        .one(db)
        .await?)
}

/// Writes a new SSL setting and touches the application, atomically.
pub async fn save_ssl<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _admin: &Admin,
    ssl: dw_ssl::Model,
    now: i64,
) -> Result<(), StoreError> {
    let txn = crate::store::begin(db).await?;
    let app_id = ssl.application_id.clone();
    // Every column is written: the caller hands over the whole new setting.
    let mut active = dw_ssl::ActiveModel::from(ssl).reset_all();
    active.last_update_date = Set(now);
    active.update(&txn).await?;
    dw_application::Entity::update_many()
        .col_expr(dw_application::Column::LastUpdateDate, Expr::value(now))
        .filter(dw_application::Column::Id.eq(app_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}
