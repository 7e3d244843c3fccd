//! KAWA's uploaded files: one row per file id in a workspace.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::authz::kawa::InWorkspace;
use crate::store::entities::kw_file;
use crate::store::StoreError;

/// The file `file_id` of the workspace in scope.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    file_id: &str,
) -> Result<Option<kw_file::Model>, StoreError> {
    Ok(kw_file::Entity::find()
        .filter(kw_file::Column::WorkspaceId.eq(scope.id()))
        .filter(kw_file::Column::FileId.eq(file_id))
        .one(db)
        .await?)
}

/// A stored file's row (its bytes are already in the file store).
pub struct NewFile {
    pub file_id: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub storage_key: String,
    pub owner_id: i32,
    pub created_at: i64,
}

/// Records a new file in the workspace in scope (a unique index refuses a second row of
/// one id: a concurrent upload won).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    new: NewFile,
) -> Result<kw_file::Model, StoreError> {
    Ok(kw_file::ActiveModel {
        workspace_id: Set(scope.id()),
        file_id: Set(new.file_id),
        name: Set(new.name),
        content_type: Set(new.content_type),
        size: Set(new.size),
        storage_key: Set(new.storage_key),
        owner_id: Set(new.owner_id),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Points file `row` at new bytes (a re-upload), keeping its id and owner.
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    row: &kw_file::Model,
    new: NewFile,
) -> Result<kw_file::Model, StoreError> {
    let mut active: kw_file::ActiveModel = row.clone().into();
    active.name = Set(new.name);
    active.content_type = Set(new.content_type);
    active.size = Set(new.size);
    active.storage_key = Set(new.storage_key);
    active.created_at = Set(new.created_at);
    Ok(active.update(db).await?)
}

/// Removes file `row`'s row.
pub async fn delete<C: ConnectionTrait>(db: &C, row: &kw_file::Model) -> Result<(), StoreError> {
    kw_file::Entity::delete_by_id(row.id).exec(db).await?;
    Ok(())
}
