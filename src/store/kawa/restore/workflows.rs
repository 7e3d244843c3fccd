//! Workflows as a fixtures file holds them: restored with the id and time given (or the
//! next free id), read back for an export. Their runs are neither: a run is what
//! happened, not data, as the load history is.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, Set};

use super::{id, Restored};
use crate::authz::Operator;
use crate::store::entities::kw_workflow;
use crate::store::kawa::to_text_list;
use crate::store::kawa::workflows::Definition;
use crate::store::StoreError;

/// Adds a workflow to workspace `workspace_id`; `new.name` and `new.description` are the
/// definition's.
pub async fn workflow<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    owner_id: i32,
    enabled: bool,
    def: Definition,
) -> Result<kw_workflow::Model, StoreError> {
    Ok(kw_workflow::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        owner_id: Set(owner_id),
        enabled: Set(enabled),
        trigger_type: Set(def.trigger_type),
        trigger_variables: Set(def.trigger_variables),
        datasource_ids: Set(def.datasource_ids),
        tasks: Set(def.tasks),
        control_panels: Set(def.control_panels),
        schedule: Set(def.schedule),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// Whether workflow `id` exists (in whichever workspace).
pub async fn workflow_exists<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, StoreError> {
    Ok(kw_workflow::Entity::find_by_id(id).one(db).await?.is_some())
}

/// Every workflow, oldest first, for an export.
pub async fn everything<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Vec<kw_workflow::Model>, StoreError> {
    Ok(kw_workflow::Entity::find()
        .order_by_asc(kw_workflow::Column::Id)
        .all(db)
        .await?)
}
