//! Opening a connection's database: SQLite files and PostgreSQL servers, the two
//! engines Understudy speaks. A connection may never reach Understudy's own database
//! (its users, keys and every tenant's data): that is refused before connecting.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sea_orm::sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgSslMode};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sea_orm::{DatabaseConnection, SqlxPostgresConnector, SqlxSqliteConnector};

use super::catalog::Reach;
use super::secrets::{is_placeholder, Properties};
use crate::state::AppState;

/// How long connecting may take before the attempt is given up.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

const HOST: &str = "field.connection.template.host";
const PORT: &str = "field.connection.template.port";
const DATABASE: &str = "field.connection.template.database";

/// Property `key` as text (a number is its digits); a `{{secret:…}}` placeholder cannot
/// be used, since Understudy has no vault to resolve it from.
pub fn property(properties: &Properties, key: &str) -> Result<Option<String>, String> {
    match properties.get(key) {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(v) if is_placeholder(v) => Err(format!(
            "Property '{key}' is the placeholder {}: Understudy has no secret vault to resolve it from",
            v.as_str().unwrap_or_default()
        )),
        Some(serde_json::Value::String(s)) if s.is_empty() => Ok(None),
        Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Ok(Some(other.to_string())),
    }
}

/// Opens the database of a connector that [`Reach`]es one, with a pool of one
/// connection; `Err` is a message for a person (a test result, a run's console).
pub async fn open(
    state: &AppState,
    tenant_id: i32,
    reach: Reach,
    properties: &Properties,
) -> Result<DatabaseConnection, String> {
    let opening = async {
        match reach {
            Reach::Sqlite => open_sqlite(state, tenant_id, properties).await,
            Reach::Postgres => open_postgres(state, properties).await,
            _ => Err("This connection is not a database Understudy can open".to_string()),
        }
    };
    tokio::time::timeout(CONNECT_TIMEOUT, opening)
        .await
        .unwrap_or_else(|_| {
            Err(format!(
                "Timed out after {} seconds",
                CONNECT_TIMEOUT.as_secs()
            ))
        })
}

async fn open_sqlite(
    state: &AppState,
    tenant_id: i32,
    properties: &Properties,
) -> Result<DatabaseConnection, String> {
    let file = property(properties, DATABASE)?
        .ok_or_else(|| format!("Property '{DATABASE}' (the SQLite file) is not set"))?;
    let path = sqlite_path(state, tenant_id, &file)?;
    let canonical = std::fs::canonicalize(&path)
        .map_err(|e| format!("SQLite file {} cannot be opened: {e}", path.display()))?;
    if is_own_sqlite(state, &canonical) {
        return Err("This is Understudy's own database: a connection may not open it".into());
    }
    // Never created: a file that is not there is a mistake to report, not to make.
    let options = SqliteConnectOptions::new()
        .filename(&canonical)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .acquire_timeout(CONNECT_TIMEOUT)
        .connect_with(options)
        .await
        .map_err(|e| format!("SQLite file {} cannot be opened: {e}", path.display()))?;
    Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
}

/// A SQLite file named by a connection: an absolute path as given, a relative one under
/// the tenant's folder of the data dir (`<data_dir>/etlworks/<tenant>/`).
fn sqlite_path(state: &AppState, tenant_id: i32, file: &str) -> Result<PathBuf, String> {
    let file = file.strip_prefix("sqlite://").unwrap_or(file);
    let path = Path::new(file);
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    super::storage::under_tenant(state, tenant_id, file)
}

/// Whether `canonical` is Understudy's own SQLite database or one of its side files
/// (`-wal`, `-shm`, `-journal`).
fn is_own_sqlite(state: &AppState, canonical: &Path) -> bool {
    let url = state.config.resolved_database_url();
    let Some(own) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    else {
        return false;
    };
    let own = own.split('?').next().unwrap_or(own);
    let Ok(own) = std::fs::canonicalize(own) else {
        return false;
    };
    let same_dir = canonical.parent() == own.parent();
    let (Some(name), Some(own_name)) = (canonical.file_name(), own.file_name()) else {
        return false;
    };
    same_dir
        && name
            .to_string_lossy()
            .starts_with(own_name.to_string_lossy().as_ref())
}

async fn open_postgres(
    state: &AppState,
    properties: &Properties,
) -> Result<DatabaseConnection, String> {
    let host =
        property(properties, HOST)?.ok_or_else(|| format!("Property '{HOST}' is not set"))?;
    let port = match property(properties, PORT)? {
        None => 5432,
        Some(p) => p
            .parse::<u16>()
            .map_err(|_| format!("Property '{PORT}' is not a port number: {p}"))?,
    };
    let database = property(properties, DATABASE)?.unwrap_or_else(|| "postgres".into());
    // Only what the connection says: never the server's own PGUSER, PGPASSWORD or
    // pgpass file, which would lend Understudy's credentials to a tenant.
    let user = property(properties, "user")?.unwrap_or_default();
    let password = property(properties, "password")?.unwrap_or_default();
    let mut options = PgConnectOptions::new_without_pgpass()
        .host(&host)
        .port(port)
        .database(&database)
        .username(&user)
        .password(&password)
        .application_name("understudy-etlworks");
    if let Some(mode) = property(properties, "sslmode")? {
        let mode = PgSslMode::from_str(&mode)
            .map_err(|_| format!("Property 'sslmode' is not an SSL mode: {mode}"))?;
        options = options.ssl_mode(mode);
    }
    if is_own_postgres(state, &options) {
        return Err("This is Understudy's own database: a connection may not open it".into());
    }
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(CONNECT_TIMEOUT)
        .connect_with(options)
        .await
        .map_err(|e| format!("PostgreSQL at {host}:{port}/{database}: {e}"))?;
    Ok(SqlxPostgresConnector::from_sqlx_postgres_pool(pool))
}

/// Whether `options` name the PostgreSQL database Understudy itself runs on: the same
/// database on the same port of the same host (the local names of one host counted as
/// one). TODO-security: another name for the same host is not recognised.
fn is_own_postgres(state: &AppState, options: &PgConnectOptions) -> bool {
    let url = state.config.resolved_database_url();
    if !url.starts_with("postgres") {
        return false;
    }
    let Ok(own) = PgConnectOptions::from_str(&url) else {
        return false;
    };
    let local = |h: &str| {
        let h = h.to_ascii_lowercase();
        if matches!(h.as_str(), "localhost" | "127.0.0.1" | "::1" | "[::1]") || h.starts_with('/') {
            "local".to_string()
        } else {
            h
        }
    };
    local(own.get_host()) == local(options.get_host())
        && own.get_port() == options.get_port()
        && own.get_database().unwrap_or("postgres") == options.get_database().unwrap_or("postgres")
}
