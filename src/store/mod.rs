//! Persistence: connecting (SQLite in WAL mode by default, PostgreSQL by URL), running
//! migrations, and the queries each product needs. Nothing above this layer writes SQL.

pub mod accounts;
pub mod claims;
pub mod datawiza;
pub mod entities;
pub mod etlworks;
pub mod kadi4mat;
pub mod kawa;
pub mod like;
pub mod migrations;
pub mod syntho;

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqlErr, TransactionTrait,
};
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

/// Which engine a database URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// A SQLite file (the embedded default), in WAL mode.
    SqliteFile,
    /// A SQLite database in memory (`sqlite::memory:`): gone when the server stops.
    SqliteMemory,
    /// PostgreSQL, which several replicas may share.
    Postgres,
}

impl Engine {
    pub fn of(url: &str) -> Engine {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else if url.contains(":memory:") || url.contains("mode=memory") {
            Engine::SqliteMemory
        } else {
            Engine::SqliteFile
        }
    }
}

/// Opens the database and brings its schema up to date.
pub async fn connect(url: &str) -> Result<DatabaseConnection, StoreError> {
    let engine = Engine::of(url);
    let mut options = ConnectOptions::new(url.to_string());
    options
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    match engine {
        // A file next to the process cannot drop a connection the way a network can, and
        // a ping before each query is one more hop to SQLite's worker thread: on a busy
        // core those hops, not SQLite, were most of a request's time.
        Engine::SqliteFile => options.max_connections(8).test_before_acquire(false),
        Engine::Postgres => options.max_connections(16),
        // An in-memory database lives exactly as long as its connection: one connection,
        // which the pool never closes for being idle or old.
        Engine::SqliteMemory => options
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(FOREVER)
            .max_lifetime(FOREVER),
    };
    let db = Database::connect(options).await?;
    let pragmas: &[&str] = match engine {
        // WAL lets readers run beside the one writer; busy_timeout makes writers queue
        // instead of failing with "database is locked".
        Engine::SqliteFile => &[
            "PRAGMA journal_mode=WAL",
            "PRAGMA busy_timeout=5000",
            "PRAGMA foreign_keys=ON",
        ],
        Engine::SqliteMemory => &["PRAGMA foreign_keys=ON"],
        Engine::Postgres => &[],
    };
    for pragma in pragmas {
        db.execute_unprepared(pragma).await?;
    }
    migrate(&db, engine).await?;
    Ok(db)
}

/// Begins a transaction on `db` that will write. On SQLite it takes the write lock at
/// once, as `BEGIN IMMEDIATE` would (sea-orm begins every transaction deferred): a
/// deferred transaction that reads and then writes fails at once with "database is
/// locked" when another connection wrote in between, since the busy timeout cannot help
/// a stale snapshot. Taking the lock first makes concurrent writers queue instead.
pub async fn begin<C: TransactionTrait>(db: &C) -> Result<DatabaseTransaction, DbErr> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Sqlite {
        // A write that changes nothing still takes the lock; every database has this
        // table once migrated.
        txn.execute_unprepared("UPDATE seaql_migrations SET version = version WHERE 0 = 1")
            .await?;
    }
    Ok(txn)
}

/// Longer than any server runs (and small enough that `Instant + FOREVER` is defined).
const FOREVER: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// Runs pending migrations. On PostgreSQL, replicas starting together take turns: the
/// migrations run in one transaction that first takes an advisory lock.
async fn migrate(db: &DatabaseConnection, engine: Engine) -> Result<(), StoreError> {
    if engine != Engine::Postgres {
        migrations::Migrator::up(db, None).await?;
        return Ok(());
    }
    let txn = db.begin().await?;
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await?;
    migrations::Migrator::up(&txn, None).await?;
    txn.commit().await?;
    Ok(())
}

/// The advisory lock key migrations hold on PostgreSQL ("US" "mi" "gr" in ASCII).
const MIGRATION_LOCK: i64 = 0x5553_6d69_6772;

/// After rows were inserted with the keys they were exported with, moves PostgreSQL's
/// sequences past them so the next insert does not reuse a key (SQLite's AUTOINCREMENT
/// follows explicit keys by itself). A sequence never moves back: the key of a row
/// deleted since stays unused, as on SQLite.
pub async fn sync_sequences<C: ConnectionTrait>(db: &C) -> Result<(), StoreError> {
    if db.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return Ok(());
    }
    for (table, key) in SERIAL_KEYS {
        db.execute_unprepared(&format!(
            "SELECT setval(seq, GREATEST(COALESCE((SELECT MAX({key}) FROM {table}), 0), \
             COALESCE(pg_sequence_last_value(seq::regclass), 0)) + 1, false) \
             FROM (SELECT pg_get_serial_sequence('{table}', '{key}') AS seq) AS s"
        ))
        .await?;
    }
    Ok(())
}

/// Every table whose key the database assigns.
const SERIAL_KEYS: &[(&str, &str)] = &[
    ("users", "id"),
    ("api_tokens", "id"),
    ("sessions", "id"),
    ("sy_workspaces", "pk"),
    ("sy_members", "pk"),
    ("kd_groups", "id"),
    ("kd_templates", "id"),
    ("kd_records", "id"),
    ("kd_collections", "id"),
    ("kd_record_links", "id"),
    ("kw_workspaces", "id"),
    ("kw_teams", "id"),
    ("kw_perimeters", "id"),
    ("kw_attributes", "id"),
    ("kw_activity", "id"),
    ("kw_datasources", "id"),
    ("kw_loads", "id"),
    ("kw_load_parts", "id"),
    ("kw_sheets", "id"),
    ("kw_layouts", "id"),
    ("kw_data_providers", "id"),
    ("kw_files", "id"),
    ("kw_workflows", "id"),
    ("kw_workflow_runs", "id"),
    ("et_tenants", "id"),
    ("et_signing_keys", "id"),
    ("et_messages", "id"),
    ("et_audit_events", "id"),
    ("kw_dashboards", "id"),
    ("kw_applications", "id"),
    ("kw_script_runners", "id"),
    ("kw_scripts", "id"),
    ("kw_agents", "id"),
];
