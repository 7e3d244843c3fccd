//! KAWA's data providers in a workspace.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::authz::kawa::InWorkspace;
use crate::store::entities::kw_data_provider;
use crate::store::StoreError;

/// A provider to create (validated by the service).
pub struct NewProvider {
    pub name: String,
    pub description: String,
    pub provider_type: String,
    pub restricted: bool,
    pub connection: String,
    pub created_at: i64,
}

/// Creates a provider owned by `owner` in the workspace in scope.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    owner: i32,
    new: NewProvider,
) -> Result<kw_data_provider::Model, StoreError> {
    Ok(kw_data_provider::ActiveModel {
        workspace_id: Set(scope.id()),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner),
        provider_type: Set(new.provider_type),
        restricted: Set(new.restricted),
        connection: Set(new.connection),
        tags: Set("[]".into()),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Removes provider `id` of the workspace in scope.
pub async fn delete<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    id: i32,
) -> Result<(), StoreError> {
    kw_data_provider::Entity::delete_many()
        .filter(kw_data_provider::Column::WorkspaceId.eq(scope.id()))
        .filter(kw_data_provider::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
