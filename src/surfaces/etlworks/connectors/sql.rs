//! Running a statement on a connection's database and reading back at most a number of
//! rows, every value as text (PostgreSQL answers the simple query protocol in text;
//! SQLite converts its values itself), SQL NULL as `None`.

use std::time::Duration;

use futures::TryStreamExt;
use sea_orm::sqlx::{self, Column, Either, Executor, Row, TypeInfo};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};

/// How long a statement may run.
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(30);

/// A statement's answer.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Name and type of each column (none when no row came back).
    pub columns: Vec<(String, String)>,
    pub rows: Vec<Vec<Option<String>>>,
    /// Rows changed, for a statement that returned none.
    pub update_count: Option<i64>,
    /// More rows existed than were read.
    pub truncated: bool,
}

/// Runs `sql` and reads up to `max_rows` rows; `Err` is the database's message.
pub async fn run(db: &DatabaseConnection, sql: &str, max_rows: usize) -> Result<Outcome, String> {
    let running = async {
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                let pool = db.get_sqlite_connection_pool();
                collect::<sqlx::Sqlite, _>(pool.fetch_many(sql), max_rows).await
            }
            DatabaseBackend::Postgres => {
                let pool = db.get_postgres_connection_pool();
                collect::<sqlx::Postgres, _>(pool.fetch_many(sql), max_rows).await
            }
            DatabaseBackend::MySql => Err("MySQL is not a database Understudy speaks".into()),
        }
    };
    let mut outcome = tokio::time::timeout(STATEMENT_TIMEOUT, running)
        .await
        .unwrap_or_else(|_| {
            Err(format!(
                "The statement ran longer than {} seconds and was stopped",
                STATEMENT_TIMEOUT.as_secs()
            ))
        })?;
    if returns_rows(sql) || !outcome.rows.is_empty() || !outcome.columns.is_empty() {
        outcome.update_count = None;
    }
    Ok(outcome)
}

async fn collect<DB, S>(mut stream: S, max_rows: usize) -> Result<Outcome, String>
where
    DB: sqlx::Database,
    S: futures::Stream<Item = Result<Either<DB::QueryResult, DB::Row>, sqlx::Error>> + Unpin,
    DB::QueryResult: RowsAffected,
    DB::Row: TextValues,
{
    let mut outcome = Outcome::default();
    let mut changed: u64 = 0;
    while let Some(item) = stream.try_next().await.map_err(|e| message(&e))? {
        match item {
            Either::Left(done) => changed += done.rows_affected(),
            Either::Right(row) => {
                if outcome.rows.len() >= max_rows {
                    outcome.truncated = true;
                    break;
                }
                if outcome.columns.is_empty() {
                    outcome.columns = row
                        .columns()
                        .iter()
                        .map(|c| (c.name().to_string(), c.type_info().name().to_lowercase()))
                        .collect();
                }
                outcome.rows.push(row.text_values());
            }
        }
    }
    outcome.update_count = Some(i64::try_from(changed).unwrap_or(i64::MAX));
    Ok(outcome)
}

/// The database's own words for a failure.
fn message(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(d) => d.message().to_string(),
        other => other.to_string(),
    }
}

/// Whether `sql` reads rather than writes (its update count would mean nothing).
fn returns_rows(sql: &str) -> bool {
    let first = sql
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    matches!(
        first.as_str(),
        "select" | "with" | "values" | "pragma" | "explain" | "show" | "table"
    )
}

/// Rows changed by a statement, whatever the engine.
pub trait RowsAffected {
    fn rows_affected(&self) -> u64;
}

impl RowsAffected for sqlx::sqlite::SqliteQueryResult {
    fn rows_affected(&self) -> u64 {
        sqlx::sqlite::SqliteQueryResult::rows_affected(self)
    }
}

impl RowsAffected for sqlx::postgres::PgQueryResult {
    fn rows_affected(&self) -> u64 {
        sqlx::postgres::PgQueryResult::rows_affected(self)
    }
}

/// A row's values as text.
pub trait TextValues: Row {
    fn text_values(&self) -> Vec<Option<String>>;
}

impl TextValues for sqlx::sqlite::SqliteRow {
    fn text_values(&self) -> Vec<Option<String>> {
        (0..self.len())
            .map(|i| match self.try_get_unchecked::<Option<String>, _>(i) {
                Ok(v) => v,
                // Bytes that are not UTF-8 (a blob): shown as hex.
                Err(_) => self
                    .try_get_unchecked::<Option<Vec<u8>>, _>(i)
                    .ok()
                    .flatten()
                    .map(hex::encode),
            })
            .collect()
    }
}

impl TextValues for sqlx::postgres::PgRow {
    fn text_values(&self) -> Vec<Option<String>> {
        // The simple query protocol answers every value as text, whatever its type.
        (0..self.len())
            .map(|i| {
                self.try_get_unchecked::<Option<String>, _>(i)
                    .ok()
                    .flatten()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_statements_are_told_from_writing_ones() {
        assert!(returns_rows("  SELECT 1"));
        assert!(returns_rows("with x as (select 1) select * from x"));
        assert!(!returns_rows("update t set a = 1"));
        assert!(!returns_rows("insert into t values (1)"));
    }
}
