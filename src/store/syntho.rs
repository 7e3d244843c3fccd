//! Queries on Syntho workspaces, their members and engine jobs.

use std::collections::HashMap;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, NotSet, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::entities::{sy_job, sy_member, sy_workspace, user};
use super::StoreError;
use crate::authz::syntho::{Action, Caller, Change, Delete, Workspace};
use crate::authz::Operator;

/// Job states that have not finished.
pub const RUNNING: &[&str] = &["STARTED", "IN_PROGRESS"];

/// The workspaces the caller is a member of, oldest first.
pub async fn workspaces_of<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
) -> Result<Vec<sy_workspace::Model>, StoreError> {
    let memberships = sy_member::Entity::find()
        .filter(sy_member::Column::UserId.eq(caller.id()))
        .all(db)
        .await?;
    let ids: Vec<i32> = memberships.iter().map(|m| m.workspace).collect();
    Ok(sy_workspace::Entity::find()
        .filter(sy_workspace::Column::Pk.is_in(ids))
        .order_by_asc(sy_workspace::Column::Pk)
        .all(db)
        .await?)
}

/// Workspace `pk` with `user_id`'s membership of it, if both exist. For
/// [`crate::authz::syntho`] only: it is the check every other query stands behind.
pub async fn workspace_and_membership<C: ConnectionTrait>(
    db: &C,
    pk: i32,
    user_id: i32,
) -> Result<Option<(sy_workspace::Model, sy_member::Model)>, StoreError> {
    let Some(workspace) = sy_workspace::Entity::find_by_id(pk).one(db).await? else {
        return Ok(None);
    };
    let member = sy_member::Entity::find()
        .filter(sy_member::Column::Workspace.eq(pk))
        .filter(sy_member::Column::UserId.eq(user_id))
        .one(db)
        .await?;
    Ok(member.map(|m| (workspace, m)))
}

/// Workspace `pk`, for background jobs.
pub async fn workspace_for_job<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    pk: i32,
) -> Result<Option<sy_workspace::Model>, StoreError> {
    Ok(sy_workspace::Entity::find_by_id(pk).one(db).await?)
}

/// Whether another workspace of `organization` is called `name`. Names are unique per
/// organization across all its users, so this looks past what the caller may see (and
/// says only yes or no).
pub async fn name_taken<C: ConnectionTrait>(
    db: &C,
    organization: i32,
    name: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = sy_workspace::Entity::find()
        .filter(sy_workspace::Column::Organization.eq(organization))
        .filter(sy_workspace::Column::Name.eq(name));
    if let Some(pk) = except {
        q = q.filter(sy_workspace::Column::Pk.ne(pk));
    }
    Ok(q.one(db).await?.is_some())
}

/// The newest job of each of `workspaces` (rows read under a proof).
pub async fn latest_jobs<C: ConnectionTrait>(
    db: &C,
    workspaces: &[sy_workspace::Model],
) -> Result<HashMap<i32, sy_job::Model>, StoreError> {
    let pks: Vec<i32> = workspaces.iter().map(|w| w.pk).collect();
    let jobs = sy_job::Entity::find()
        .filter(sy_job::Column::Workspace.is_in(pks))
        .order_by_asc(sy_job::Column::Created)
        .all(db)
        .await?;
    // Ascending order: later inserts overwrite earlier ones, leaving the newest.
    Ok(jobs.into_iter().map(|j| (j.workspace, j)).collect())
}

/// The owners of `workspaces` (rows read under a proof), by id.
pub async fn owners<C: ConnectionTrait>(
    db: &C,
    workspaces: &[sy_workspace::Model],
) -> Result<HashMap<i32, user::Model>, StoreError> {
    let ids: Vec<i32> = workspaces.iter().map(|w| w.owner_id).collect();
    users(db, &ids).await
}

async fn users<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, user::Model>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// A membership to create with a workspace; `pk` is kept when an export is loaded.
pub struct NewMember {
    pub pk: Option<i32>,
    pub user_id: i32,
    pub role: String,
    pub data_access: bool,
}

/// A workspace as stored, with its members and its jobs (oldest first).
pub type StoredWorkspace = (
    sy_workspace::Model,
    Vec<sy_member::Model>,
    Vec<sy_job::Model>,
);

/// Inserts a workspace owned by `owner`, its members and its creation job in one
/// transaction.
pub async fn create_workspace<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    owner: &Caller,
    workspace: sy_workspace::ActiveModel,
    members: Vec<NewMember>,
    job: sy_job::Model,
) -> Result<sy_workspace::Model, StoreError> {
    restore_workspace(db, owner, workspace, members, vec![job]).await
}

/// Inserts a workspace with its members and any number of jobs, in one transaction:
/// how a fixtures file (or an export) brings one back.
pub async fn restore_workspace<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    owner: &Caller,
    mut workspace: sy_workspace::ActiveModel,
    members: Vec<NewMember>,
    jobs: Vec<sy_job::Model>,
) -> Result<sy_workspace::Model, StoreError> {
    workspace.owner_id = Set(owner.id());
    let txn = crate::store::begin(db).await?;
    let created = workspace.insert(&txn).await?;
    for m in members {
        sy_member::ActiveModel {
            pk: m.pk.map_or(NotSet, Set),
            workspace: Set(created.pk),
            user_id: Set(m.user_id),
            role: Set(m.role),
            data_access: Set(m.data_access),
        }
        .insert(&txn)
        .await?;
    }
    for job in jobs {
        sy_job::ActiveModel::from(sy_job::Model {
            workspace: created.pk,
            ..job
        })
        .reset_all()
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(created)
}

/// The workspace with `pk`, or called `name` in `organization`, if either exists.
pub async fn workspace_by_pk_or_name<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    pk: Option<i32>,
    organization: i32,
    name: &str,
) -> Result<Option<sy_workspace::Model>, StoreError> {
    let by_name = Condition::all()
        .add(sy_workspace::Column::Organization.eq(organization))
        .add(sy_workspace::Column::Name.eq(name.trim()));
    let mut either = Condition::any().add(by_name);
    if let Some(pk) = pk {
        either = either.add(sy_workspace::Column::Pk.eq(pk));
    }
    Ok(sy_workspace::Entity::find().filter(either).one(db).await?)
}

/// Every workspace with its members and jobs, by pk (for an export).
pub async fn all_workspaces<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Vec<StoredWorkspace>, StoreError> {
    let workspaces = sy_workspace::Entity::find()
        .order_by_asc(sy_workspace::Column::Pk)
        .all(db)
        .await?;
    let mut members: HashMap<i32, Vec<sy_member::Model>> = HashMap::new();
    for m in sy_member::Entity::find()
        .order_by_asc(sy_member::Column::Pk)
        .all(db)
        .await?
    {
        members.entry(m.workspace).or_default().push(m);
    }
    let mut jobs: HashMap<i32, Vec<sy_job::Model>> = HashMap::new();
    for j in sy_job::Entity::find()
        .order_by_asc(sy_job::Column::Created)
        .order_by_asc(sy_job::Column::Id)
        .all(db)
        .await?
    {
        jobs.entry(j.workspace).or_default().push(j);
    }
    Ok(workspaces
        .into_iter()
        .map(|w| {
            let m = members.remove(&w.pk).unwrap_or_default();
            let j = jobs.remove(&w.pk).unwrap_or_default();
            (w, m, j)
        })
        .collect())
}

/// Writes `changed` over the workspace the proof names (its key cannot be changed).
pub async fn update_workspace<C: ConnectionTrait>(
    db: &C,
    workspace: &Workspace<Change>,
    changed: sy_workspace::Model,
) -> Result<sy_workspace::Model, StoreError> {
    let row = sy_workspace::Model {
        pk: workspace.pk(),
        ..changed
    };
    Ok(sy_workspace::ActiveModel::from(row)
        .reset_all()
        .update(db)
        .await?)
}

/// Deletes a workspace and its memberships; a job still running is revoked, in the
/// same transaction, so no runner finishes it afterwards.
pub async fn delete_workspace<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    workspace: Workspace<Delete>,
    now: i64,
) -> Result<(), StoreError> {
    let pk = workspace.pk();
    let txn = crate::store::begin(db).await?;
    sy_job::Entity::update_many()
        .col_expr(sy_job::Column::Status, Expr::value("REVOKED"))
        .col_expr(sy_job::Column::Reason, Expr::value("workspace deleted"))
        .col_expr(sy_job::Column::LastUpdated, Expr::value(now))
        .filter(sy_job::Column::Workspace.eq(pk))
        .filter(sy_job::Column::Status.is_in(RUNNING.iter().copied()))
        .exec(&txn)
        .await?;
    sy_member::Entity::delete_many()
        .filter(sy_member::Column::Workspace.eq(pk))
        .exec(&txn)
        .await?;
    sy_workspace::Entity::delete_by_id(pk).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// The members of a workspace the caller may act on, with their users.
pub async fn members<A: Action, C: ConnectionTrait>(
    db: &C,
    workspace: &Workspace<A>,
) -> Result<Vec<(sy_member::Model, user::Model)>, StoreError> {
    let rows = sy_member::Entity::find()
        .filter(sy_member::Column::Workspace.eq(workspace.pk()))
        .order_by_asc(sy_member::Column::Pk)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|m| m.user_id).collect();
    let users = users(db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|m| users.get(&m.user_id).cloned().map(|u| (m, u)))
        .collect())
}

/// Jobs that are due for their next step at `now`.
pub async fn jobs_due<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    now: i64,
    start_delay: i64,
) -> Result<Vec<sy_job::Model>, StoreError> {
    Ok(sy_job::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(sy_job::Column::Status.eq("STARTED"))
                        .add(sy_job::Column::Created.lte(now - start_delay)),
                )
                .add(
                    Condition::all()
                        .add(sy_job::Column::Status.eq("IN_PROGRESS"))
                        .add(sy_job::Column::DueAt.lte(now)),
                ),
        )
        .order_by_asc(sy_job::Column::DueAt)
        .all(db)
        .await?)
}

/// Moves a job from `from` to `to` only if it is still in `from`; false when another
/// runner (or a delete) got there first. This conditional update is the claim that
/// makes each step happen once across replicas.
pub async fn transition_job<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    id: &str,
    from: &str,
    to: &str,
    reason: Option<String>,
    now: i64,
) -> Result<bool, StoreError> {
    let result = sy_job::Entity::update_many()
        .col_expr(sy_job::Column::Status, Expr::value(to))
        .col_expr(sy_job::Column::Reason, Expr::value(reason))
        .col_expr(sy_job::Column::LastUpdated, Expr::value(now))
        .filter(sy_job::Column::Id.eq(id))
        .filter(sy_job::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
