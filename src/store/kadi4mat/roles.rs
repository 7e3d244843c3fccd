//! Queries on the roles users and groups hold on records, collections and templates
//! (`kd_roles`; a group's own members are in `kd_group_members`).

use sea_orm::sea_query::{Alias, Expr, Func, LikeExpr, Order, Query, SelectStatement, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, Set,
};

use super::access::Kind;
use super::users::shown_name;
use crate::store::entities::kd_role;
use crate::store::like::containing;
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

/// One role on a resource: who (a user's or a group's id) holds which.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Held {
    pub subject_id: i32,
    pub role: String,
}

/// What a listing of the roles on a resource asks for.
#[derive(Debug, Clone, Default)]
pub struct RoleFilter {
    /// Text in the holder's name: a user's shown name or username, a group's title or
    /// identifier (any case).
    pub name: Option<String>,
    /// Holders to leave out.
    pub exclude: Vec<i32>,
}

impl RoleFilter {
    fn pattern(&self) -> Option<LikeExpr> {
        self.name
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| containing(&t.to_lowercase()))
    }
}

fn role_col(name: &str) -> (Alias, Alias) {
    (Alias::new("kd_roles"), Alias::new(name))
}

fn lower(e: SimpleExpr) -> SimpleExpr {
    Func::lower(e).into()
}

/// The roles held on a resource by `subject_type`s that pass `filter`, joined to the
/// holders' table (`users` or `kd_groups`) so the name filter reads their names.
fn holders(kind: Kind, resource: i32, groups: bool, filter: &RoleFilter) -> SelectStatement {
    let (subject_type, table) = if groups {
        ("group", "kd_groups")
    } else {
        ("user", "users")
    };
    let held = |c: &str| Expr::col((Alias::new(table), Alias::new(c)));
    let mut q = Query::select();
    q.from(Alias::new("kd_roles"))
        .inner_join(Alias::new(table), held("id").equals(role_col("subject_id")))
        .and_where(Expr::col(role_col("resource_type")).eq(kind.as_str()))
        .and_where(Expr::col(role_col("resource_id")).eq(resource))
        .and_where(Expr::col(role_col("subject_type")).eq(subject_type));
    if groups {
        // A group in the trash grants nothing, so it is not listed either.
        q.and_where(held("state").eq("active"));
    }
    if let Some(pattern) = filter.pattern() {
        let by_name = if groups {
            lower(held("title").into())
                .like(pattern.clone())
                .or(lower(held("identifier").into()).like(pattern))
        } else {
            lower(shown_name())
                .like(pattern.clone())
                .or(lower(held("username").into()).like(pattern))
        };
        q.and_where(by_name);
    }
    if !filter.exclude.is_empty() {
        q.and_where(Expr::col(role_col("subject_id")).is_not_in(filter.exclude.clone()));
    }
    q
}

/// One page of the roles users (`groups` false) or groups hold on a resource that pass
/// `filter`, as Kadi orders them: `first` (the creator) before the rest, then by role
/// name and holder id; and how many pass in all.
#[allow(clippy::too_many_arguments)]
pub async fn page<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    groups: bool,
    first: Option<i32>,
    filter: &RoleFilter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Held>, u64), StoreError> {
    #[derive(FromQueryResult)]
    struct Count {
        n: i64,
    }
    let backend = db.get_database_backend();
    let mut counting = holders(kind, resource, groups, filter);
    counting.expr_as(Expr::col(role_col("subject_id")).count(), Alias::new("n"));
    let total = Count::find_by_statement(backend.build(&counting))
        .one(db)
        .await?
        .map_or(0, |c| c.n);
    let mut q = holders(kind, resource, groups, filter);
    q.column(role_col("subject_id")).column(role_col("role"));
    if let Some(first) = first {
        let first_of_all = Expr::case(Expr::col(role_col("subject_id")).eq(first), 0).finally(1);
        q.order_by_expr(first_of_all.into(), Order::Asc);
    }
    q.order_by(role_col("role"), Order::Asc)
        .order_by(role_col("subject_id"), Order::Asc)
        .offset(offset)
        .limit(limit);
    let rows = Held::find_by_statement(backend.build(&q)).all(db).await?;
    Ok((rows, u64::try_from(total).unwrap_or(0)))
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
