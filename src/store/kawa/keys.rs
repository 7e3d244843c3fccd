//! KAWA's API keys: rows of `api_tokens` under product `kawa`, kept as SHA-256 digests.
//! A principal has at most one key per name (`AdminGenerateApiKeyForPrincipal`).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::authz::kawa::{Admin, PRODUCT};
use crate::store::accounts::{self, NewToken};
use crate::store::entities::api_token;
use crate::store::StoreError;

/// The principal's KAWA keys named `name`.
pub async fn named<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    name: &str,
) -> Result<Vec<api_token::Model>, StoreError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::Product.eq(PRODUCT))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::Name.eq(name))
        .all(db)
        .await?)
}

/// Removes the principal's KAWA keys named `name` (a replaced key stops working at once).
pub async fn revoke_named<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    user_id: i32,
    name: &str,
) -> Result<(), StoreError> {
    api_token::Entity::delete_many()
        .filter(api_token::Column::Product.eq(PRODUCT))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::Name.eq(name))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores a new key's digest.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    new: NewToken,
) -> Result<(), StoreError> {
    accounts::insert_token(db, new).await
}
