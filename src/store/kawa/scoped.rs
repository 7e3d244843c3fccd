//! Reads every workspace-scoped KAWA kind shares: the rows of the workspace in scope,
//! one by id, one by name. Each kind names its columns once through [`Scoped`].

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::authz::kawa::InWorkspace;
use crate::store::entities::{
    kw_agent, kw_application, kw_dashboard, kw_data_provider, kw_datasource, kw_layout, kw_script,
    kw_sheet, kw_workflow,
};
use crate::store::StoreError;

/// A table whose rows belong to one workspace and carry a display name.
pub trait Scoped: EntityTrait {
    /// The workspace a row belongs to.
    fn workspace() -> Self::Column;
    /// The numeric id, in creation order.
    fn id() -> Self::Column;
    /// The display name, unique per workspace where the kind says so.
    fn name() -> Self::Column;
}

/// Every row of the workspace in scope, oldest first (services keep what the caller
/// may see).
pub async fn all<E: Scoped, C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
) -> Result<Vec<E::Model>, StoreError> {
    Ok(E::find()
        .filter(E::workspace().eq(scope.id()))
        .order_by_asc(E::id())
        .all(db)
        .await?)
}

/// Row `id` of the workspace in scope.
pub async fn one<E: Scoped, C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    id: i32,
) -> Result<Option<E::Model>, StoreError> {
    Ok(E::find()
        .filter(E::workspace().eq(scope.id()))
        .filter(E::id().eq(id))
        .one(db)
        .await?)
}

/// The row named `name` in the workspace in scope, whoever owns it.
pub async fn by_name<E: Scoped, C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    name: &str,
) -> Result<Option<E::Model>, StoreError> {
    Ok(E::find()
        .filter(E::workspace().eq(scope.id()))
        .filter(E::name().eq(name))
        .one(db)
        .await?)
}

/// Names a kind's columns for [`Scoped`].
macro_rules! scoped {
    ($($module:ident),* $(,)?) => {$(
        impl Scoped for $module::Entity {
            fn workspace() -> Self::Column {
                $module::Column::WorkspaceId
            }
            fn id() -> Self::Column {
                $module::Column::Id
            }
            fn name() -> Self::Column {
                $module::Column::Name
            }
        }
    )*};
}

scoped!(
    kw_datasource,
    kw_sheet,
    kw_layout,
    kw_data_provider,
    kw_workflow,
    kw_dashboard,
    kw_application,
    kw_script,
    kw_agent
);
