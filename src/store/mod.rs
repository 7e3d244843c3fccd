//! Persistence: connecting (SQLite in WAL mode by default, PostgreSQL by URL), running
//! migrations, and the queries each product needs. Nothing above this layer writes SQL.

pub mod accounts;
pub mod datawiza;
pub mod entities;
mod migrations;
pub mod syntho;

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, SqlErr};
use sea_orm_migration::MigratorTrait;

/// A database failure, already sorted into what a surface answers.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique constraint refused the write: the product's conflict answer.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database cannot be reached right now: 503.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a generic 500; the detail is logged, never sent.
    #[error("storage error: {0}")]
    Internal(String),
}

impl From<DbErr> for StoreError {
    fn from(err: DbErr) -> Self {
        if let Some(SqlErr::UniqueConstraintViolation(detail)) = err.sql_err() {
            return StoreError::Conflict(detail);
        }
        match err {
            DbErr::ConnectionAcquire(e) => StoreError::Unavailable(e.to_string()),
            DbErr::Conn(e) => StoreError::Unavailable(e.to_string()),
            other => StoreError::Internal(other.to_string()),
        }
    }
}

/// Opens the database and brings its schema up to date.
pub async fn connect(url: &str) -> Result<DatabaseConnection, StoreError> {
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(if url.starts_with("sqlite") { 8 } else { 16 })
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options).await?;
    if url.starts_with("sqlite") {
        // WAL lets readers run beside the one writer; busy_timeout makes writers queue
        // instead of failing with "database is locked".
        for pragma in [
            "PRAGMA journal_mode=WAL",
            "PRAGMA busy_timeout=5000",
            "PRAGMA foreign_keys=ON",
        ] {
            db.execute_unprepared(pragma).await?;
        }
    }
    migrations::Migrator::up(&db, None).await?;
    Ok(db)
}
