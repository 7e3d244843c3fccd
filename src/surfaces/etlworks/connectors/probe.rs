//! Testing a connection for real: a query on a SQLite or PostgreSQL database, a look at
//! a server-storage folder, and for the connectors Understudy cannot speak a TCP
//! connection to their host and port at most, then an honest failure. Never a success
//! Understudy did not see.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use super::catalog::{Connector, Reach};
use super::secrets::Properties;
use super::{database, storage};
use crate::state::AppState;

/// How long a TCP connection attempt may take.
const TCP_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether the connection works, and what a person should read about it.
pub async fn probe(
    state: &AppState,
    tenant_id: i32,
    connector: &Connector,
    properties: &Properties,
) -> Result<String, String> {
    match connector.reach {
        Reach::Sqlite | Reach::Postgres => {
            let db = database::open(state, tenant_id, connector.reach, properties).await?;
            let version = server_version(&db).await;
            db.close().await.ok();
            Ok(format!("Connection successful ({version})"))
        }
        Reach::ServerStorage => {
            let folder = storage::folder(state, tenant_id, properties)?;
            storage::check(&folder).await
        }
        Reach::Tcp {
            host,
            port,
            default_port,
        } => {
            let host = database::property(properties, host)?
                .ok_or_else(|| format!("Property '{host}' is not set"))?;
            let port = match database::property(properties, port)? {
                None => default_port,
                Some(p) => p
                    .parse()
                    .map_err(|_| format!("Property '{port}' is not a port number: {p}"))?,
            };
            let reached = tokio::time::timeout(
                TCP_TIMEOUT,
                tokio::net::TcpStream::connect((host.as_str(), port)),
            )
            .await;
            match reached {
                Ok(Ok(_)) => Err(format!(
                    "Reached {host}:{port} over TCP, but Understudy cannot speak {}: the connection was not tested further",
                    connector.name
                )),
                Ok(Err(e)) => Err(format!("Cannot reach {host}:{port}: {e}")),
                Err(_) => Err(format!(
                    "Cannot reach {host}:{port}: no answer within {} seconds",
                    TCP_TIMEOUT.as_secs()
                )),
            }
        }
        Reach::None => Err(format!(
            "Understudy cannot speak {}: nothing was tried",
            connector.name
        )),
    }
}

/// The engine and version, or the engine alone if the query fails.
async fn server_version(db: &sea_orm::DatabaseConnection) -> String {
    let backend = db.get_database_backend();
    let (engine, sql) = match backend {
        DatabaseBackend::Sqlite => ("SQLite", "SELECT sqlite_version() AS v"),
        _ => ("PostgreSQL", "SHOW server_version"),
    };
    let row = db
        .query_one(Statement::from_string(backend, sql))
        .await
        .ok()
        .flatten();
    let version = row.and_then(|r| r.try_get_by_index::<String>(0).ok());
    match version {
        Some(v) => format!("{engine} {v}"),
        None => engine.to_string(),
    }
}
