//! Claiming background work through the database, shared by every job that replicas
//! split between them (Etlworks' runs, schedule firings, webhook deliveries).
//!
//! A claim is a conditional update (`… WHERE id = ? AND <still claimable>`): whichever
//! replica's update changes the row owns the work, on SQLite and PostgreSQL alike. On
//! PostgreSQL the update also names the row through `FOR UPDATE SKIP LOCKED`, so a
//! replica passes over a row another replica is claiming at that moment instead of
//! queueing behind its lock; SQLite runs one writer at a time and needs no such clause.

use sea_orm::sea_query::{Expr, IntoIden, LockBehavior, LockType, Query};
use sea_orm::{ColumnTrait, Condition, DbBackend, EntityTrait};

/// The condition "row `id` of `entity` is not being claimed by another transaction"
/// (`column IN (SELECT column … FOR UPDATE SKIP LOCKED)`) on PostgreSQL; always true on
/// SQLite.
pub fn not_locked<E, C>(backend: DbBackend, entity: E, column: C, id: i32) -> Condition
where
    E: EntityTrait,
    C: ColumnTrait + IntoIden + Copy,
{
    if backend != DbBackend::Postgres {
        return Condition::all();
    }
    let row = Query::select()
        .column(column)
        .from(entity)
        .and_where(Expr::col(column).eq(id))
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    Condition::all().add(column.in_subquery(row))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::entities::et_execution as execution;
    use sea_orm::{QueryFilter, QueryTrait};

    #[test]
    fn postgres_skips_locked_rows_and_sqlite_needs_no_clause() {
        let sql = |backend| {
            execution::Entity::update_many()
                .col_expr(execution::Column::Status, Expr::value("running"))
                .filter(execution::Column::Id.eq(7))
                .filter(not_locked(
                    backend,
                    execution::Entity,
                    execution::Column::Id,
                    7,
                ))
                .build(backend)
                .to_string()
        };
        let pg = sql(DbBackend::Postgres);
        assert!(
            pg.contains(r#""id" IN (SELECT "id" FROM "et_executions" WHERE "id" = 7 FOR UPDATE SKIP LOCKED)"#),
            "{pg}"
        );
        assert!(!sql(DbBackend::Sqlite).contains("FOR UPDATE"));
    }
}
