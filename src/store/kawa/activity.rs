//! What KAWA principals did, one row per sign-in, command or (at most once a minute)
//! authenticated request; the usage report counts them per principal over a period.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};

use crate::store::entities::kw_activity;
use crate::store::StoreError;

/// One principal's activity over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub user_id: i32,
    pub logins: i64,
    pub computations: i64,
    /// Epoch milliseconds of the last action in the period.
    pub last_at: i64,
}

/// Records that `user_id` did `kind` at `at` (epoch milliseconds).
pub async fn record<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    kind: &str,
    at: i64,
) -> Result<(), StoreError> {
    kw_activity::Entity::insert(kw_activity::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.into()),
        at: Set(at),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Per principal who did anything in `[from, to)` (epoch milliseconds), by user id: the
/// sign-ins, the computations and the last action, counted in SQL.
pub async fn tally<C: ConnectionTrait>(
    db: &C,
    from: i64,
    to: i64,
) -> Result<Vec<Tally>, StoreError> {
    let rows: Vec<(i32, String, i64, i64)> = kw_activity::Entity::find()
        .select_only()
        .column(kw_activity::Column::UserId)
        .column(kw_activity::Column::Kind)
        .column_as(Expr::col(kw_activity::Column::Id).count(), "n")
        .column_as(Expr::col(kw_activity::Column::At).max(), "last")
        .filter(kw_activity::Column::At.gte(from))
        .filter(kw_activity::Column::At.lt(to))
        .group_by(kw_activity::Column::UserId)
        .group_by(kw_activity::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let mut out: Vec<Tally> = Vec::new();
    for (user_id, kind, n, last) in rows {
        let tally = match out.iter_mut().find(|t| t.user_id == user_id) {
            Some(t) => t,
            None => {
                out.push(Tally {
                    user_id,
                    logins: 0,
                    computations: 0,
                    last_at: last,
                });
                out.last_mut().expect("just pushed")
            }
        };
        match kind.as_str() {
            "login" => tally.logins += n,
            "computation" => tally.computations += n,
            _ => {}
        }
        tally.last_at = tally.last_at.max(last);
    }
    out.sort_by_key(|t| t.user_id);
    Ok(out)
}
