//! KAWA's directory: teams (global), perimeters and attributes (per workspace). No
//! command of the contract creates them; they list what the store holds, which the
//! instance itself loads ([`Operator`]: fixtures, tests). Perimeter membership changes
//! through `AssignPrincipalToPerimeters`.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::authz::kawa::{Admin, Caller, InWorkspace};
use crate::authz::Operator;
use crate::store::entities::{
    kw_attribute, kw_perimeter, kw_perimeter_member, kw_team, kw_team_member,
};
use crate::store::StoreError;

/// Every team, oldest first, with its members (`(user, is_admin)`, by user id).
pub async fn teams<C: ConnectionTrait>(
    db: &C,
    _caller: &Caller,
) -> Result<Vec<(kw_team::Model, Vec<(i32, bool)>)>, StoreError> {
    let teams = kw_team::Entity::find()
        .order_by_asc(kw_team::Column::Id)
        .all(db)
        .await?;
    let mut members: HashMap<i32, Vec<(i32, bool)>> = HashMap::new();
    for m in kw_team_member::Entity::find()
        .order_by_asc(kw_team_member::Column::UserId)
        .all(db)
        .await?
    {
        members
            .entry(m.team_id)
            .or_default()
            .push((m.user_id, m.is_admin));
    }
    Ok(teams
        .into_iter()
        .map(|t| {
            let m = members.remove(&t.id).unwrap_or_default();
            (t, m)
        })
        .collect())
}

/// The workspace's perimeters, oldest first, with their members' ids.
pub async fn perimeters<C: ConnectionTrait>(
    db: &C,
    workspace: &InWorkspace,
) -> Result<Vec<(kw_perimeter::Model, Vec<i32>)>, StoreError> {
    let perimeters = kw_perimeter::Entity::find()
        .filter(kw_perimeter::Column::WorkspaceId.eq(workspace.id()))
        .order_by_asc(kw_perimeter::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = perimeters.iter().map(|p| p.id).collect();
    let mut members: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in kw_perimeter_member::Entity::find()
        .filter(kw_perimeter_member::Column::PerimeterId.is_in(ids))
        .order_by_asc(kw_perimeter_member::Column::UserId)
        .all(db)
        .await?
    {
        members.entry(m.perimeter_id).or_default().push(m.user_id);
    }
    Ok(perimeters
        .into_iter()
        .map(|p| {
            let m = members.remove(&p.id).unwrap_or_default();
            (p, m)
        })
        .collect())
}

/// Makes `user_id` a member of exactly `perimeters` among the workspace's perimeters.
pub async fn replace_perimeters<C: ConnectionTrait>(
    db: &C,
    _admin: &Admin<'_>,
    workspace: &InWorkspace,
    user_id: i32,
    perimeters: &[i32],
) -> Result<(), StoreError> {
    let in_workspace: Vec<i32> = kw_perimeter::Entity::find()
        .filter(kw_perimeter::Column::WorkspaceId.eq(workspace.id()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    kw_perimeter_member::Entity::delete_many()
        .filter(kw_perimeter_member::Column::UserId.eq(user_id))
        .filter(kw_perimeter_member::Column::PerimeterId.is_in(in_workspace))
        .exec(db)
        .await?;
    for id in perimeters {
        kw_perimeter_member::ActiveModel {
            perimeter_id: Set(*id),
            user_id: Set(user_id),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The workspace's attributes, oldest first.
pub async fn attributes<C: ConnectionTrait>(
    db: &C,
    workspace: &InWorkspace,
) -> Result<Vec<kw_attribute::Model>, StoreError> {
    Ok(kw_attribute::Entity::find()
        .filter(kw_attribute::Column::WorkspaceId.eq(workspace.id()))
        .order_by_asc(kw_attribute::Column::Id)
        .all(db)
        .await?)
}

/// A team, perimeter or attribute the instance loads.
pub struct NewEntry {
    pub name: String,
    pub description: String,
    pub tags: Vec<String>,
    pub created_at: i64,
}

/// Adds a team with its members (`(user, is_admin)`).
pub async fn insert_team<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    new: NewEntry,
    team_type: &str,
    members: &[(i32, bool)],
) -> Result<kw_team::Model, StoreError> {
    let team = kw_team::ActiveModel {
        name: Set(new.name),
        description: Set(new.description),
        team_type: Set(team_type.into()),
        tags: Set(super::to_text_list(&new.tags)),
        created_at: Set(new.created_at),
        ..Default::default()
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

/// Adds a perimeter to workspace `workspace_id`.
pub async fn insert_perimeter<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: NewEntry,
) -> Result<kw_perimeter::Model, StoreError> {
    Ok(kw_perimeter::ActiveModel {
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        tags: Set(super::to_text_list(&new.tags)),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Adds an attribute of type `kind` to workspace `workspace_id`.
pub async fn insert_attribute<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    workspace_id: i32,
    new: NewEntry,
    kind: &str,
) -> Result<kw_attribute::Model, StoreError> {
    Ok(kw_attribute::ActiveModel {
        workspace_id: Set(workspace_id),
        name: Set(new.name),
        description: Set(new.description),
        type_: Set(kind.into()),
        tags: Set(super::to_text_list(&new.tags)),
        created_at: Set(new.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?)
}
