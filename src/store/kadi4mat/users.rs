//! Kadi4Mat's user directory: every Understudy user, searched by name as Kadi's user
//! listing searches, and the group memberships two users share.

use sea_orm::sea_query::{Alias, Expr, Func, Query, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::store::entities::user;
use crate::store::like::containing;
use crate::store::StoreError;

/// One page of users whose display name or username contains `filter` (any case), by
/// display name; inactive users only with `inactive`, deleted ones never.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    filter: Option<&str>,
    inactive: bool,
    offset: u64,
    limit: u64,
) -> Result<(Vec<user::Model>, u64), StoreError> {
    let mut states = vec!["active"];
    if inactive {
        states.push("inactive");
    }
    let mut condition = Condition::all().add(
        Condition::any()
            .add(user::Column::State.is_null())
            .add(user::Column::State.is_in(states)),
    );
    if let Some(text) = filter.map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = containing(&text.to_lowercase());
        let lower = |e: SimpleExpr| Expr::expr(Func::lower(e));
        condition = condition.add(
            Condition::any()
                .add(lower(shown_name()).like(pattern.clone()))
                .add(lower(Expr::col(user::Column::Username).into()).like(pattern)),
        );
    }
    let query = user::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let users = query
        .order_by(SimpleExpr::from(Func::lower(shown_name())), Order::Asc)
        .order_by_asc(user::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((users, total))
}

/// The name Kadi shows for a user (as `surfaces::kadi4mat::users::displayname` builds
/// it): the display name, else first and last name, else the username, else the email.
/// Plain SQL that SQLite and PostgreSQL read alike.
pub(super) fn shown_name() -> SimpleExpr {
    Expr::cust(
        "COALESCE(NULLIF(TRIM(displayname), ''), \
         NULLIF(TRIM(first_name || ' ' || last_name), ''), username, email)",
    )
}

/// The groups `user_id` is a member of, as a condition on a group id column.
pub fn groups_with_member(user_id: i32) -> SimpleExpr {
    Expr::col((Alias::new("kd_groups"), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("group_id"))
            .from(Alias::new("kd_group_members"))
            .and_where(Expr::col(Alias::new("user_id")).eq(user_id))
            .to_owned(),
    )
}
