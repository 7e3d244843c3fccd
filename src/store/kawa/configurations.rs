//! KAWA's server-wide configurations, one document per type: read by administrators and
//! replaced by them only (the writes take the [`Admin`] proof).

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::authz::kawa::Admin;
use crate::store::entities::kw_configuration;
use crate::store::StoreError;

/// The configuration of `kind`, if one was stored.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    kind: &str,
) -> Result<Option<kw_configuration::Model>, StoreError> {
    Ok(kw_configuration::Entity::find_by_id(kind.to_string())
        .one(db)
        .await?)
}

/// Stores `content` (JSON) as the configuration of `kind`, replacing what was there.
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    admin: &Admin<'_>,
    kind: &str,
    content: String,
    at: i64,
) -> Result<(), StoreError> {
    let row = kw_configuration::ActiveModel {
        kind: Set(kind.to_string()),
        content: Set(content),
        updated_by: Set(admin.caller().id()),
        updated_at: Set(at),
    };
    kw_configuration::Entity::insert(row)
        .on_conflict(
            OnConflict::column(kw_configuration::Column::Kind)
                .update_columns([
                    kw_configuration::Column::Content,
                    kw_configuration::Column::UpdatedBy,
                    kw_configuration::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
