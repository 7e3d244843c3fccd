//! The two ends of a transformation, opened from the flow's connections: a SQLite or
//! PostgreSQL database (a table, or for a source a query), or a file in a server-storage
//! connection's folder (CSV or JSON). Any other connector cannot be reached from here,
//! and the transformation fails saying so, as the product fails on an unreachable
//! endpoint.

use std::path::PathBuf;

use sea_orm::DatabaseConnection;

use super::execute::{Failure, Run};
use super::rows::{self, Batch};
use crate::store::entities::et_connection;
use crate::store::etlworks::connections;
use crate::surfaces::etlworks::connectors::catalog::{self, Reach};
use crate::surfaces::etlworks::connectors::{self, storage};

/// Where rows come from.
pub enum Source {
    Database {
        db: DatabaseConnection,
        sql: String,
        connection: String,
    },
    /// A file read whole (files are small next to tables).
    File { batch: Batch, path: PathBuf },
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Database {
                sql, connection, ..
            } => format!("{sql} ({connection})"),
            Source::File { path, .. } => file_name(path),
        }
    }
}

/// Where rows go.
pub enum Destination {
    Database {
        db: DatabaseConnection,
        table: String,
    },
    File {
        path: PathBuf,
    },
}

impl Destination {
    pub fn describe(&self) -> String {
        match self {
            Destination::Database { table, .. } => table.clone(),
            Destination::File { path } => file_name(path),
        }
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Opens the source: connection `id`, reading `object`.
pub async fn source(run: &Run<'_>, id: Option<i64>, object: &str) -> Result<Source, Failure> {
    let conn = connection(run, id, "source").await?;
    if object.trim().is_empty() {
        return Err(Failure::Error(
            "the transformation names no source object".into(),
        ));
    }
    match reach(&conn) {
        Some(Reach::Sqlite | Reach::Postgres) => Ok(Source::Database {
            db: connectors::open_database(run.state, &conn)
                .await
                .map_err(|e| Failure::Error(format!("connection '{}': {e}", conn.name)))?,
            sql: object.to_string(),
            connection: conn.name,
        }),
        Some(Reach::ServerStorage) => {
            let path = file(run, &conn, object)?;
            let read = path.clone();
            let batch = tokio::task::spawn_blocking(move || rows::read_file(&read))
                .await
                .map_err(|e| Failure::Error(e.to_string()))?
                .map_err(Failure::Error)?;
            Ok(Source::File { batch, path })
        }
        _ => Err(unreachable(&conn)),
    }
}

/// Opens the destination: connection `id`, writing `object`.
pub async fn destination(
    run: &Run<'_>,
    id: Option<i64>,
    object: &str,
) -> Result<Destination, Failure> {
    let conn = connection(run, id, "destination").await?;
    if object.trim().is_empty() {
        return Err(Failure::Error(
            "the transformation names no destination object".into(),
        ));
    }
    match reach(&conn) {
        Some(Reach::Sqlite | Reach::Postgres) => Ok(Destination::Database {
            db: connectors::open_database(run.state, &conn)
                .await
                .map_err(|e| Failure::Error(format!("connection '{}': {e}", conn.name)))?,
            table: object.to_string(),
        }),
        Some(Reach::ServerStorage) => {
            let path = file(run, &conn, object)?;
            if let Some(folder) = path.parent() {
                tokio::fs::create_dir_all(folder)
                    .await
                    .map_err(|e| Failure::Error(format!("cannot create the folder: {e}")))?;
            }
            Ok(Destination::File { path })
        }
        _ => Err(unreachable(&conn)),
    }
}

async fn connection(
    run: &Run<'_>,
    id: Option<i64>,
    end: &str,
) -> Result<et_connection::Model, Failure> {
    let Some(id) = id else {
        return Err(Failure::Error(format!(
            "the transformation has no {end} connection"
        )));
    };
    let found = match i32::try_from(id) {
        Ok(id) => connections::live(&run.state.db, run.execution.tenant_id, id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| Failure::Error(format!("{end} connection {id} does not exist")))
}

fn reach(conn: &et_connection::Model) -> Option<Reach> {
    catalog::connector(&conn.connection_type).map(|c| c.reach)
}

/// `object` inside `conn`'s folder, refused if it would leave it.
fn file(run: &Run<'_>, conn: &et_connection::Model, object: &str) -> Result<PathBuf, Failure> {
    storage::check_relative(object).map_err(Failure::Error)?;
    let folder = connectors::directory(run.state, conn).map_err(Failure::Error)?;
    Ok(folder.join(object))
}

fn unreachable(conn: &et_connection::Model) -> Failure {
    let name =
        catalog::connector(&conn.connection_type).map_or(conn.connection_type.as_str(), |c| c.name);
    Failure::Error(format!(
        "connection '{}': Understudy cannot move data through {name} (it reaches SQLite, PostgreSQL and server storage)",
        conn.name
    ))
}
