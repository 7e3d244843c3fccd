//! Kadi4Mat's groups: their rows, loaded in the order a listing found them, and their
//! lifecycle (created with the creator as admin member, edited, trashed, restored,
//! purged), each change a revision. Memberships are in [`super::members`].

use std::collections::HashMap;

use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::access::Kind;
use super::lifecycle::{self, revisioned_row};
use super::revisions;
use crate::authz::kadi4mat::{Caller, Permitted, Trashed, Update};
use crate::store::entities::{kd_group, kd_group_member, kd_role};
use crate::store::StoreError;

/// The groups with `ids`, in that order (ids without a row are left out).
pub async fn load<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<kd_group::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<i32, kd_group::Model> = kd_group::Entity::find()
        .filter(kd_group::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.id, g))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
}

/// The group with `id`, in any state.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kd_group::Model>, StoreError> {
    Ok(kd_group::Entity::find_by_id(id).one(db).await?)
}

/// A group to create (validated by the service).
#[derive(Debug, Clone)]
pub struct NewGroup {
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub visibility: String,
}

revisioned_row!(
    kd_group::Model,
    kd_group::ActiveModel,
    Kind::Group,
    revision_data,
    one
);

/// The attributes a revision keeps.
pub fn revision_data(g: &kd_group::Model) -> serde_json::Value {
    serde_json::json!({
        "identifier": g.identifier,
        "title": g.title,
        "description": g.description,
        "visibility": g.visibility,
        "state": g.state,
    })
}

/// Creates a group whose creator is its admin member, with its first revision.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    caller: &Caller,
    new: NewGroup,
    now: i64,
) -> Result<kd_group::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
    let group = kd_group::ActiveModel {
        identifier: Set(new.identifier),
        title: Set(new.title),
        description: Set(new.description),
        visibility: Set(new.visibility),
        state: Set("active".into()),
        creator_id: Set(caller.id()),
        created_at: Set(now),
        last_modified: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // A group's roles are its members' roles (not rows in `kd_roles`).
    kd_group_member::ActiveModel {
        group_id: Set(group.id),
        user_id: Set(caller.id()),
        role: Set("admin".into()),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    lifecycle::revise(&txn, &group, caller.id(), now).await?;
    txn.commit().await?;
    Ok(group)
}

/// The changes an edit makes; `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct GroupChanges {
    pub identifier: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<String>,
}

/// Applies `changes`, with a revision, in one transaction (nothing when nothing changes).
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    group: &Permitted<Update>,
    caller: &Caller,
    changes: GroupChanges,
    now: i64,
) -> Result<kd_group::Model, StoreError> {
    lifecycle::edit(db, group.id(), caller, now, |g: &mut kd_group::Model| {
        if let Some(v) = changes.identifier {
            g.identifier = v;
        }
        if let Some(v) = changes.title {
            g.title = v;
        }
        if let Some(v) = changes.description {
            g.description = v;
        }
        if let Some(v) = changes.visibility {
            g.visibility = v;
        }
    })
    .await
}

/// Moves a group to the trash or back, with a revision.
pub async fn set_state<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<kd_group::Model, StoreError> {
    lifecycle::set_state(db, id, caller, state, now).await
}

/// Deletes a trashed group for good: its memberships, the roles it held on records,
/// collections and templates, its revisions and its row.
pub async fn purge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    group: &Trashed,
) -> Result<(), StoreError> {
    let id = group.id();
    let txn = crate::store::begin(db).await?;
    kd_group_member::Entity::delete_many()
        .filter(kd_group_member::Column::GroupId.eq(id))
        .exec(&txn)
        .await?;
    kd_role::Entity::delete_many()
        .filter(kd_role::Column::SubjectType.eq("group"))
        .filter(kd_role::Column::SubjectId.eq(id))
        .exec(&txn)
        .await?;
    revisions::forget(&txn, "group", &id.to_string()).await?;
    kd_group::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// The resources of `kind` group `group_id` holds a role on, as a condition on the id
/// column of `kind`'s table: what a group's listings of records, collections and
/// templates show (Kadi: the group's explicit permissions, whatever the visibility).
pub fn holds_role_on(kind: Kind, group_id: i32) -> SimpleExpr {
    Expr::col((Alias::new(kind.table()), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("resource_id"))
            .from(Alias::new("kd_roles"))
            .and_where(Expr::col(Alias::new("resource_type")).eq(kind.as_str()))
            .and_where(Expr::col(Alias::new("subject_type")).eq("group"))
            .and_where(Expr::col(Alias::new("subject_id")).eq(group_id))
            .to_owned(),
    )
}
