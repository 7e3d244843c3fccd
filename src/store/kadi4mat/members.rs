//! Group memberships (`kd_group_members`): a member's role in a group is the group's
//! role for them, so these rows are what [`super::access`] reads for groups. Listed as
//! Kadi lists them (the creator first, then by role, highest first, then by user id);
//! added, changed and removed by a group admin, each write touching the group.

use sea_orm::sea_query::{Alias, Expr, Func, Order, Query, SelectStatement, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, Set,
    TransactionTrait,
};

use super::users::shown_name;
use crate::authz::kadi4mat::{Members, Permitted};
use crate::store::entities::{kd_group, kd_group_member};
use crate::store::like::containing;
use crate::store::StoreError;

/// One membership: who, with which role.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Membership {
    pub user_id: i32,
    pub role: String,
}

/// The role `user_id` has in group `group_id`, if they are a member.
pub async fn role<C: ConnectionTrait>(
    db: &C,
    group_id: i32,
    user_id: i32,
) -> Result<Option<String>, StoreError> {
    Ok(kd_group_member::Entity::find_by_id((group_id, user_id))
        .one(db)
        .await?
        .map(|m| m.role))
}

/// What a listing of a group's members asks for.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    /// Text in the member's shown name or username (any case).
    pub name: Option<String>,
    /// Users to leave out.
    pub exclude: Vec<i32>,
}

fn col(name: &str) -> (Alias, Alias) {
    (Alias::new("kd_group_members"), Alias::new(name))
}

fn filtered(group_id: i32, filter: &MemberFilter) -> SelectStatement {
    let mut q = Query::select();
    q.from(Alias::new("kd_group_members"))
        .inner_join(
            Alias::new("users"),
            Expr::col((Alias::new("users"), Alias::new("id"))).equals(col("user_id")),
        )
        .and_where(Expr::col(col("group_id")).eq(group_id));
    if let Some(text) = filter
        .name
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let pattern = containing(&text.to_lowercase());
        let lower = |e: SimpleExpr| Expr::expr(Func::lower(e));
        q.and_where(lower(shown_name()).like(pattern.clone()).or(
            lower(Expr::col((Alias::new("users"), Alias::new("username"))).into()).like(pattern),
        ));
    }
    if !filter.exclude.is_empty() {
        q.and_where(Expr::col(col("user_id")).is_not_in(filter.exclude.clone()));
    }
    q
}

/// One page of the members of group `group_id` (created by `creator_id`) that pass
/// `filter`: the creator first, then admins, editors and members, each by user id; and
/// how many pass in all.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    group_id: i32,
    creator_id: i32,
    filter: &MemberFilter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Membership>, u64), StoreError> {
    #[derive(FromQueryResult)]
    struct Count {
        n: i64,
    }
    let backend = db.get_database_backend();
    let mut counting = filtered(group_id, filter);
    counting.expr_as(Expr::col(col("user_id")).count(), Alias::new("n"));
    let total = Count::find_by_statement(backend.build(&counting))
        .one(db)
        .await?
        .map_or(0, |c| c.n);
    let creator_first = Expr::case(Expr::col(col("user_id")).eq(creator_id), 0).finally(1);
    let highest_role_first = Expr::case(Expr::col(col("role")).eq("admin"), 0)
        .case(Expr::col(col("role")).eq("editor"), 1)
        .finally(2);
    let mut q = filtered(group_id, filter);
    q.column(col("user_id"))
        .column(col("role"))
        .order_by_expr(creator_first.into(), Order::Asc)
        .order_by_expr(highest_role_first.into(), Order::Asc)
        .order_by(col("user_id"), Order::Asc)
        .offset(offset)
        .limit(limit);
    let rows = Membership::find_by_statement(backend.build(&q))
        .all(db)
        .await?;
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

/// Kadi touches a group when its members change.
async fn touch<C: ConnectionTrait>(db: &C, group_id: i32, now: i64) -> Result<(), StoreError> {
    kd_group::Entity::update_many()
        .col_expr(kd_group::Column::LastModified, Expr::value(now))
        .filter(kd_group::Column::Id.eq(group_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Makes `user_id` a member with `role` (a conflict when they already are one).
pub async fn add<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    group: &Permitted<Members>,
    user_id: i32,
    role: &str,
    now: i64,
) -> Result<(), StoreError> {
    let txn = crate::store::begin(db).await?;
    kd_group_member::ActiveModel {
        group_id: Set(group.id()),
        user_id: Set(user_id),
        role: Set(role.into()),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    touch(&txn, group.id(), now).await?;
    txn.commit().await?;
    Ok(())
}

/// Gives member `user_id` the role `role`; whether they were a member.
pub async fn change<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    group: &Permitted<Members>,
    user_id: i32,
    role: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let txn = crate::store::begin(db).await?;
    let changed = kd_group_member::Entity::update_many()
        .col_expr(kd_group_member::Column::Role, Expr::value(role))
        .filter(kd_group_member::Column::GroupId.eq(group.id()))
        .filter(kd_group_member::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?
        .rows_affected
        > 0;
    if changed {
        touch(&txn, group.id(), now).await?;
    }
    txn.commit().await?;
    Ok(changed)
}

/// Takes `user_id` out of the group; whether they were a member.
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    group: &Permitted<Members>,
    user_id: i32,
    now: i64,
) -> Result<bool, StoreError> {
    let txn = crate::store::begin(db).await?;
    let removed = kd_group_member::Entity::delete_by_id((group.id(), user_id))
        .exec(&txn)
        .await?
        .rows_affected
        > 0;
    if removed {
        touch(&txn, group.id(), now).await?;
    }
    txn.commit().await?;
    Ok(removed)
}
