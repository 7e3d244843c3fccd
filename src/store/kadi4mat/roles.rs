//! Queries on the roles users and groups hold on records, collections and templates
//! (`kd_roles`; a group's own members are in `kd_group_members`).

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::access::Kind;
use crate::store::entities::kd_role;
use crate::store::StoreError;

/// Who holds a role: a user or a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    User(i32),
    Group(i32),
}

impl Subject {
    fn parts(self) -> (&'static str, i32) {
        match self {
            Subject::User(id) => ("user", id),
            Subject::Group(id) => ("group", id),
        }
    }
}

fn on(kind: Kind, resource: i32) -> sea_orm::Select<kd_role::Entity> {
    kd_role::Entity::find()
        .filter(kd_role::Column::ResourceType.eq(kind.as_str()))
        .filter(kd_role::Column::ResourceId.eq(resource))
}

/// Every role of one subject type (`user` or `group`) on a resource.
pub async fn all<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    groups: bool,
) -> Result<Vec<kd_role::Model>, StoreError> {
    let subject_type = if groups { "group" } else { "user" };
    Ok(on(kind, resource)
        .filter(kd_role::Column::SubjectType.eq(subject_type))
        .all(db)
        .await?)
}

/// The role `subject` holds on a resource.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    subject: Subject,
) -> Result<Option<String>, StoreError> {
    let (subject_type, id) = subject.parts();
    Ok(on(kind, resource)
        .filter(kd_role::Column::SubjectType.eq(subject_type))
        .filter(kd_role::Column::SubjectId.eq(id))
        .one(db)
        .await?
        .map(|r| r.role))
}

/// Gives `subject` a role (a second one is the store's conflict).
pub async fn grant<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    subject: Subject,
    role: &str,
    now: i64,
) -> Result<(), StoreError> {
    let (subject_type, id) = subject.parts();
    kd_role::ActiveModel {
        resource_type: Set(kind.as_str().into()),
        resource_id: Set(resource),
        subject_type: Set(subject_type.into()),
        subject_id: Set(id),
        role: Set(role.into()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Changes the role `subject` holds; whether it held one.
pub async fn change<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    subject: Subject,
    role: &str,
) -> Result<bool, StoreError> {
    let (subject_type, id) = subject.parts();
    let moved = kd_role::Entity::update_many()
        .col_expr(kd_role::Column::Role, sea_orm::sea_query::Expr::value(role))
        .filter(kd_role::Column::ResourceType.eq(kind.as_str()))
        .filter(kd_role::Column::ResourceId.eq(resource))
        .filter(kd_role::Column::SubjectType.eq(subject_type))
        .filter(kd_role::Column::SubjectId.eq(id))
        .exec(db)
        .await?;
    Ok(moved.rows_affected > 0)
}

/// Takes `subject`'s role away; whether it held one.
pub async fn revoke<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    subject: Subject,
) -> Result<bool, StoreError> {
    let (subject_type, id) = subject.parts();
    let gone = kd_role::Entity::delete_many()
        .filter(kd_role::Column::ResourceType.eq(kind.as_str()))
        .filter(kd_role::Column::ResourceId.eq(resource))
        .filter(kd_role::Column::SubjectType.eq(subject_type))
        .filter(kd_role::Column::SubjectId.eq(id))
        .exec(db)
        .await?;
    Ok(gone.rows_affected > 0)
}
