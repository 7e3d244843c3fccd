//! Writing KAWA's state back as a fixtures file holds it: workspaces with their members,
//! teams, perimeters and attributes with the ids and times given (or the next free id),
//! and the KAWA columns of a principal. Only the instance itself restores ([`Operator`]);
//! the fixtures load checked every entry by the commands' rules first. [`everything`]
//! reads it all back for an export. The data tier (datasources, sheets and their
//! layouts, data providers) is [`data`], workflows [`workflows`], script runners, scripts
//! and agents [`scripts`].

pub mod data;
pub mod scripts;
pub mod workflows;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::to_text_list;
use crate::authz::Operator;
use crate::store::entities::{
    kw_attribute, kw_perimeter, kw_perimeter_member, kw_team, kw_team_member, kw_workspace,
    kw_workspace_member, user,
};
use crate::store::StoreError;

/// What a team, perimeter, attribute or workspace is restored with: the id when the file
/// gives one, else the next free one.
pub struct Restored {
    pub id: Option<i32>,
    pub name: String,
    pub description: String,
    pub tags: Vec<String>,
    pub created_at: i64,
}

fn id(given: Option<i32>) -> ActiveValue<i32> {
    match given {
        Some(id) => Set(id),
        None => ActiveValue::NotSet,
    }
}

/// A workspace member to restore: who, with which permissions, since when.
pub struct RestoredMember {
    pub user_id: i32,
    pub permissions: Vec<String>,
    pub created_at: i64,
}

/// Adds a workspace with exactly `members` (the file lists its owner among them).
pub async fn workspace<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    new: Restored,
    is_public: bool,
    owner_id: i32,
    members: &[RestoredMember],
) -> Result<kw_workspace::Model, StoreError> {
    let workspace = kw_workspace::ActiveModel {
        id: id(new.id),
        name: Set(new.name),
        description: Set(new.description),
        is_public: Set(is_public),
        owner_id: Set(owner_id),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?;
    for m in members {
        kw_workspace_member::ActiveModel {
            workspace_id: Set(workspace.id),
            user_id: Set(m.user_id),
            permissions: Set(to_text_list(&m.permissions)),
            created_at: Set(m.created_at),
        }
        .insert(db)
        .await?;
    }
    Ok(workspace)
}

/// Adds a team of `team_type` with its members (`(user, is_admin)`).
pub async fn team<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    new: Restored,
    team_type: &str,
    members: &[(i32, bool)],
) -> Result<kw_team::Model, StoreError> {
    let team = kw_team::ActiveModel {
        id: id(new.id),
        name: Set(new.name),
        description: Set(new.description),
        team_type: Set(team_type.into()),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?;
    for (user_id, is_admin) in members {
        kw_team_member::ActiveModel {
            team_id: Set(team.id),
            user_id: Set(*user_id),
            is_admin: Set(*is_admin),
        }
        .insert(db)
        .await?;
    }
    Ok(team)
}

/// Adds a perimeter of workspace `workspace_id` with its members.
pub async fn perimeter<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    members: &[i32],
) -> Result<kw_perimeter::Model, StoreError> {
    let perimeter = kw_perimeter::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?;
    for user_id in members {
        kw_perimeter_member::ActiveModel {
            perimeter_id: Set(perimeter.id),
            user_id: Set(*user_id),
        }
        .insert(db)
        .await?;
    }
    Ok(perimeter)
}

/// Adds an attribute of type `kind` to workspace `workspace_id`.
pub async fn attribute<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: Restored,
    kind: &str,
) -> Result<kw_attribute::Model, StoreError> {
    Ok(kw_attribute::ActiveModel {
        id: id(new.id),
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        type_: Set(kind.into()),
        tags: Set(to_text_list(&new.tags)),
        created_at: Set(new.created_at),
    }
    .insert(db)
    .await?)
}

/// Sets the KAWA columns of principal `user_id` that the file gives (`None` leaves one).
pub async fn principal<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    user_id: i32,
    role: Option<&str>,
    status: Option<&str>,
    workspace: Option<i32>,
) -> Result<(), StoreError> {
    let mut update = user::Entity::update_many().filter(user::Column::Id.eq(user_id));
    let mut any = false;
    if let Some(role) = role {
        update = update.col_expr(user::Column::KawaRole, Expr::value(role));
        any = true;
    }
    if let Some(status) = status {
        update = update.col_expr(user::Column::KawaStatus, Expr::value(status));
        any = true;
    }
    if let Some(workspace) = workspace {
        update = update.col_expr(user::Column::KawaWorkspaceId, Expr::value(workspace));
        any = true;
    }
    if any {
        update.exec(db).await?;
    }
    Ok(())
}

/// The whole of KAWA's stored control plane, each kind oldest first.
pub struct Everything {
    pub workspaces: Vec<kw_workspace::Model>,
    pub members: Vec<kw_workspace_member::Model>,
    pub teams: Vec<kw_team::Model>,
    pub team_members: Vec<kw_team_member::Model>,
    pub perimeters: Vec<kw_perimeter::Model>,
    pub perimeter_members: Vec<kw_perimeter_member::Model>,
    pub attributes: Vec<kw_attribute::Model>,
}

/// Reads [`Everything`] for an export.
pub async fn everything<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Everything, StoreError> {
    Ok(Everything {
        workspaces: kw_workspace::Entity::find()
            .order_by_asc(kw_workspace::Column::Id)
            .all(db)
            .await?,
        members: kw_workspace_member::Entity::find()
            .order_by_asc(kw_workspace_member::Column::WorkspaceId)
            .order_by_asc(kw_workspace_member::Column::UserId)
            .all(db)
            .await?,
        teams: kw_team::Entity::find()
            .order_by_asc(kw_team::Column::Id)
            .all(db)
            .await?,
        team_members: kw_team_member::Entity::find()
            .order_by_asc(kw_team_member::Column::TeamId)
            .order_by_asc(kw_team_member::Column::UserId)
            .all(db)
            .await?,
        perimeters: kw_perimeter::Entity::find()
            .order_by_asc(kw_perimeter::Column::Id)
            .all(db)
            .await?,
        perimeter_members: kw_perimeter_member::Entity::find()
            .order_by_asc(kw_perimeter_member::Column::PerimeterId)
            .order_by_asc(kw_perimeter_member::Column::UserId)
            .all(db)
            .await?,
        attributes: kw_attribute::Entity::find()
            .order_by_asc(kw_attribute::Column::Id)
            .all(db)
            .await?,
    })
}

/// Whether a team with `id` or (when no id is given) `name` exists: such an entry is
/// left alone.
pub async fn team_taken<C: ConnectionTrait>(
    db: &C,
    id: Option<i32>,
    name: &str,
) -> Result<bool, StoreError> {
    let found = match id {
        Some(id) => kw_team::Entity::find_by_id(id).one(db).await?,
        None => {
            kw_team::Entity::find()
                .filter(kw_team::Column::Name.eq(name))
                .one(db)
                .await?
        }
    };
    Ok(found.is_some())
}

/// Whether a perimeter with `id`, or one named `name` in the workspace, exists.
pub async fn perimeter_taken<C: ConnectionTrait>(
    db: &C,
    id: Option<i32>,
    workspace_id: i32,
    name: &str,
) -> Result<bool, StoreError> {
    if let Some(id) = id {
        if kw_perimeter::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some()
        {
            return Ok(true);
        }
    }
    Ok(kw_perimeter::Entity::find()
        .filter(kw_perimeter::Column::WorkspaceId.eq(workspace_id))
        .filter(kw_perimeter::Column::Name.eq(name))
        .one(db)
        .await?
        .is_some())
}

/// Whether an attribute with `id`, or one named `name` in the workspace, exists.
pub async fn attribute_taken<C: ConnectionTrait>(
    db: &C,
    id: Option<i32>,
    workspace_id: i32,
    name: &str,
) -> Result<bool, StoreError> {
    if let Some(id) = id {
        if kw_attribute::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some()
        {
            return Ok(true);
        }
    }
    Ok(kw_attribute::Entity::find()
        .filter(kw_attribute::Column::WorkspaceId.eq(workspace_id))
        .filter(kw_attribute::Column::Name.eq(name))
        .one(db)
        .await?
        .is_some())
}
