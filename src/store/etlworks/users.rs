//! Queries on Etlworks users: the person (`users`) with Etlworks' side (`et_users`), and
//! their one API key (an `api_tokens` row of product `etlworks`).

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::store::entities::{api_token, et_user, user};
use crate::store::{like, StoreError};

/// The product name Etlworks' API keys are stored under.
pub const PRODUCT: &str = "etlworks";

/// A user as Etlworks sees one: the person and Etlworks' side of them.
#[derive(Debug, Clone)]
pub struct Account {
    pub person: user::Model,
    pub etl: et_user::Model,
}

/// Which users a listing covers.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// The users of one tenant.
    Tenant(i32),
    /// The users of one tenant and every super admin (what a super admin lists).
    TenantAndSuperAdmins(i32),
}

/// The account of user `id`, if Etlworks knows them.
pub async fn by_id<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, StoreError> {
    let Some(etl) = et_user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|person| Account { person, etl }))
}

/// The account that signs in as `login`: its login exactly, or its email in any case.
pub async fn by_login<C: ConnectionTrait>(
    db: &C,
    login: &str,
) -> Result<Option<Account>, StoreError> {
    if let Some(etl) = et_user::Entity::find()
        .filter(et_user::Column::Login.eq(login))
        .one(db)
        .await?
    {
        return by_id(db, etl.user_id).await;
    }
    let Some(person) = user::Entity::find()
        .filter(user::Column::Email.eq(login.to_lowercase()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    by_id(db, person.id).await
}

/// Whether some user has `login`.
pub async fn login_taken<C: ConnectionTrait>(db: &C, login: &str) -> Result<bool, StoreError> {
    Ok(et_user::Entity::find()
        .filter(et_user::Column::Login.eq(login))
        .count(db)
        .await?
        > 0)
}

/// Whether a person other than `except` has `email`.
pub async fn email_taken<C: ConnectionTrait>(
    db: &C,
    email: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut query = user::Entity::find().filter(user::Column::Email.eq(email.to_lowercase()));
    if let Some(id) = except {
        query = query.filter(user::Column::Id.ne(id));
    }
    Ok(query.count(db).await? > 0)
}

/// One page of accounts by id, with how many match.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    scope: Scope,
    q: Option<&str>,
    role: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Account>, u64), StoreError> {
    let within = match scope {
        Scope::Tenant(t) => Condition::all().add(et_user::Column::TenantId.eq(t)),
        Scope::TenantAndSuperAdmins(t) => Condition::any()
            .add(et_user::Column::TenantId.eq(t))
            .add(et_user::Column::TenantId.is_null()),
    };
    let mut query = et_user::Entity::find().filter(within);
    if let Some(role) = role {
        query = query.filter(et_user::Column::Role.eq(role));
    }
    if let Some(q) = q.filter(|q| !q.is_empty()) {
        // The person's columns live in `users`: match their ids first.
        let pattern = like::containing(&q.to_lowercase());
        let people: Vec<i32> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .filter(
                Condition::any()
                    .add(user::Column::Email.like(pattern.clone()))
                    .add(
                        sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                            sea_orm::sea_query::Expr::col(user::Column::FirstName),
                        ))
                        .like(pattern.clone()),
                    )
                    .add(
                        sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                            sea_orm::sea_query::Expr::col(user::Column::LastName),
                        ))
                        .like(pattern.clone()),
                    ),
            )
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(
            Condition::any()
                .add(
                    sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                        sea_orm::sea_query::Expr::col(et_user::Column::Login),
                    ))
                    .like(pattern),
                )
                .add(et_user::Column::UserId.is_in(people)),
        );
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(et_user::Column::UserId)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.user_id).collect();
    let mut people: HashMap<i32, user::Model> =
        crate::store::accounts::users_by_id(db, &ids).await?;
    let accounts = rows
        .into_iter()
        .filter_map(|etl| {
            people
                .remove(&etl.user_id)
                .map(|person| Account { person, etl })
        })
        .collect();
    Ok((accounts, total))
}

/// How many super admins there are (the last one cannot go).
pub async fn super_admin_count<C: ConnectionTrait>(db: &C) -> Result<u64, StoreError> {
    Ok(et_user::Entity::find()
        .filter(et_user::Column::Role.eq("SUPER_ADMIN"))
        .count(db)
        .await?)
}

/// Adds Etlworks' side to person `etl.user_id`.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    etl: et_user::Model,
) -> Result<et_user::Model, StoreError> {
    Ok(etl.into_active_model().reset_all().insert(db).await?)
}

/// Writes a changed account (both halves).
pub async fn update<C: ConnectionTrait>(db: &C, account: Account) -> Result<Account, StoreError> {
    let person = account
        .person
        .into_active_model()
        .reset_all()
        .update(db)
        .await?;
    let etl = account
        .etl
        .into_active_model()
        .reset_all()
        .update(db)
        .await?;
    Ok(Account { person, etl })
}

/// Removes Etlworks' side of user `id` and their API key; the person goes too unless
/// they administer the server (other products may know them).
pub async fn delete<C: ConnectionTrait>(
    db: &C,
    id: i32,
    person_too: bool,
) -> Result<(), StoreError> {
    delete_api_keys(db, id).await?;
    et_user::Entity::delete_by_id(id).exec(db).await?;
    if person_too {
        api_token::Entity::delete_many()
            .filter(api_token::Column::UserId.eq(id))
            .exec(db)
            .await?;
        crate::store::entities::session::Entity::delete_many()
            .filter(crate::store::entities::session::Column::UserId.eq(id))
            .exec(db)
            .await?;
        user::Entity::delete_by_id(id).exec(db).await?;
    }
    Ok(())
}

/// Gives every server administrator without an Etlworks side one, as a super admin who
/// signs in with their email (the bootstrap admin, and administrators made before
/// Etlworks was served).
pub async fn ensure_super_admins<C: ConnectionTrait>(
    db: &C,
    defaults: impl Fn(&user::Model) -> et_user::Model,
) -> Result<(), StoreError> {
    let known: Vec<i32> = et_user::Entity::find()
        .select_only()
        .column(et_user::Column::UserId)
        .into_tuple()
        .all(db)
        .await?;
    let admins = user::Entity::find()
        .filter(user::Column::IsAdmin.eq(true))
        .filter(user::Column::Id.is_not_in(known))
        .all(db)
        .await?;
    for admin in admins {
        if login_taken(db, &admin.email).await? {
            continue;
        }
        insert(db, defaults(&admin)).await?;
    }
    Ok(())
}

/// The API keys of `ids`, by user.
pub async fn api_keys<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, api_token::Model>, StoreError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::Product.eq(PRODUCT))
        .filter(api_token::Column::UserId.is_in(ids.to_vec()))
        .order_by_asc(api_token::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.user_id, t))
        .collect())
}

/// Replaces user `id`'s API key with the one whose digest is `digest`.
pub async fn replace_api_key<C: ConnectionTrait>(
    db: &C,
    id: i32,
    digest: String,
    now: i64,
    expires_at: Option<i64>,
) -> Result<api_token::Model, StoreError> {
    delete_api_keys(db, id).await?;
    Ok(api_token::ActiveModel {
        id: sea_orm::NotSet,
        user_id: Set(id),
        product: Set(PRODUCT.into()),
        name: Set("api-key".into()),
        token_digest: Set(digest),
        created_at: Set(now),
        expires_at: Set(expires_at),
        scopes: Set(None),
    }
    .insert(db)
    .await?)
}

/// Revokes user `id`'s API key.
pub async fn delete_api_keys<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), StoreError> {
    api_token::Entity::delete_many()
        .filter(api_token::Column::Product.eq(PRODUCT))
        .filter(api_token::Column::UserId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every account, by id (for an export).
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<Account>, StoreError> {
    let rows = et_user::Entity::find()
        .order_by_asc(et_user::Column::UserId)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.user_id).collect();
    let mut people = crate::store::accounts::users_by_id(db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|etl| {
            people
                .remove(&etl.user_id)
                .map(|person| Account { person, etl })
        })
        .collect())
}
