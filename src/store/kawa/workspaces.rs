//! KAWA's workspaces and their members. Names are unique (a unique index backs the
//! service's check); members carry workspace permissions as a JSON array.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{text_list, to_text_list};
use crate::authz::kawa::{Caller, Manage};
use crate::authz::Operator;
use crate::store::entities::{kw_workspace, kw_workspace_member, user};
use crate::store::StoreError;

/// What a workspace's owner, and the bootstrap admins of the default workspace, hold.
pub const OWNER_PERMISSIONS: &[&str] = &["MANAGE_USERS", "MANAGE_DATA_SOURCES"];

/// The name of the workspace the first start makes.
pub const DEFAULT_NAME: &str = "Default workspace";

pub async fn one<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kw_workspace::Model>, StoreError> {
    Ok(kw_workspace::Entity::find_by_id(id).one(db).await?)
}

pub async fn by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<kw_workspace::Model>, StoreError> {
    Ok(kw_workspace::Entity::find()
        .filter(kw_workspace::Column::Name.eq(name))
        .one(db)
        .await?)
}

/// Every workspace, oldest first (the service keeps those the caller may see).
pub async fn all<C: ConnectionTrait>(
    db: &C,
    _caller: &Caller,
) -> Result<Vec<kw_workspace::Model>, StoreError> {
    Ok(kw_workspace::Entity::find()
        .order_by_asc(kw_workspace::Column::Id)
        .all(db)
        .await?)
}

/// The membership of `user_id` in workspace `workspace_id`.
pub async fn member<C: ConnectionTrait>(
    db: &C,
    workspace_id: i32,
    user_id: i32,
) -> Result<Option<kw_workspace_member::Model>, StoreError> {
    Ok(
        kw_workspace_member::Entity::find_by_id((workspace_id, user_id))
            .one(db)
            .await?,
    )
}

/// The workspaces `user_id` is a member of.
pub async fn memberships<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<Vec<i32>, StoreError> {
    Ok(kw_workspace_member::Entity::find()
        .filter(kw_workspace_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.workspace_id)
        .collect())
}

/// The members of each of `ids`, by principal id.
pub async fn members_of<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<kw_workspace_member::Model>>, StoreError> {
    let rows = kw_workspace_member::Entity::find()
        .filter(kw_workspace_member::Column::WorkspaceId.is_in(ids.to_vec()))
        .order_by_asc(kw_workspace_member::Column::UserId)
        .all(db)
        .await?;
    let mut out: HashMap<i32, Vec<kw_workspace_member::Model>> = HashMap::new();
    for row in rows {
        out.entry(row.workspace_id).or_default().push(row);
    }
    Ok(out)
}

/// A member's workspace permissions.
pub fn permissions(m: &kw_workspace_member::Model) -> Vec<String> {
    text_list(&m.permissions)
}

/// A workspace to create (validated by the service).
pub struct NewWorkspace {
    pub name: String,
    pub description: String,
    pub is_public: bool,
    pub created_at: i64,
}

/// Creates a workspace owned by `owner`, who becomes its first member.
async fn insert<C: ConnectionTrait>(
    db: &C,
    owner: i32,
    new: NewWorkspace,
) -> Result<kw_workspace::Model, StoreError> {
    let created_at = new.created_at;
    let workspace = kw_workspace::ActiveModel {
        name: Set(new.name),
        description: Set(new.description),
        is_public: Set(new.is_public),
        owner_id: Set(owner),
        tags: Set("[]".into()),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let all: Vec<String> = OWNER_PERMISSIONS.iter().map(|p| p.to_string()).collect();
    upsert_member(db, workspace.id, owner, &all, created_at).await?;
    Ok(workspace)
}

/// Creates a workspace owned by the caller.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    new: NewWorkspace,
) -> Result<kw_workspace::Model, StoreError> {
    insert(db, caller.id(), new).await
}

async fn upsert_member<C: ConnectionTrait>(
    db: &C,
    workspace_id: i32,
    user_id: i32,
    permissions: &[String],
    now: i64,
) -> Result<(), StoreError> {
    kw_workspace_member::Entity::insert(kw_workspace_member::ActiveModel {
        workspace_id: Set(workspace_id),
        user_id: Set(user_id),
        permissions: Set(to_text_list(permissions)),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            kw_workspace_member::Column::WorkspaceId,
            kw_workspace_member::Column::UserId,
        ])
        .update_column(kw_workspace_member::Column::Permissions)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Adds `user_id` to the workspace with `permissions`; a member gets the new ones.
pub async fn add_member<C: ConnectionTrait>(
    db: &C,
    workspace: &Manage,
    user_id: i32,
    permissions: &[String],
    now: i64,
) -> Result<(), StoreError> {
    upsert_member(db, workspace.id(), user_id, permissions, now).await
}

/// Removes the principals `ids` from the workspace.
pub async fn remove_members<C: ConnectionTrait>(
    db: &C,
    workspace: &Manage,
    ids: &[i32],
) -> Result<(), StoreError> {
    kw_workspace_member::Entity::delete_many()
        .filter(kw_workspace_member::Column::WorkspaceId.eq(workspace.id()))
        .filter(kw_workspace_member::Column::UserId.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_public<C: ConnectionTrait>(
    db: &C,
    workspace: &Manage,
    is_public: bool,
) -> Result<(), StoreError> {
    kw_workspace::Entity::update_many()
        .col_expr(kw_workspace::Column::IsPublic, Expr::value(is_public))
        .filter(kw_workspace::Column::Id.eq(workspace.id()))
        .exec(db)
        .await?;
    Ok(())
}

/// On a store without workspaces, makes the default one (public, as kywy's default
/// `KAWA_WORKSPACE=1` expects every user to reach it), owned by the first administrator,
/// with every administrator a member for whom it becomes current.
pub async fn ensure_default<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    now: i64,
) -> Result<(), StoreError> {
    if kw_workspace::Entity::find().one(db).await?.is_some() {
        return Ok(());
    }
    let admins = user::Entity::find()
        .filter(user::Column::IsAdmin.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    let Some(owner) = admins.first() else {
        return Ok(());
    };
    let new = NewWorkspace {
        name: DEFAULT_NAME.into(),
        description: String::new(),
        is_public: true,
        created_at: now,
    };
    let workspace = insert(db, owner.id, new).await?;
    let all: Vec<String> = OWNER_PERMISSIONS.iter().map(|p| p.to_string()).collect();
    for admin in &admins {
        upsert_member(db, workspace.id, admin.id, &all, now).await?;
    }
    user::Entity::update_many()
        .col_expr(user::Column::KawaWorkspaceId, Expr::value(workspace.id))
        .filter(user::Column::IsAdmin.eq(true))
        .filter(user::Column::KawaWorkspaceId.is_null())
        .exec(db)
        .await?;
    Ok(())
}
