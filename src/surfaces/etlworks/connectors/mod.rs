//! Etlworks' connector library and what Understudy can do with a connection: the static
//! list of connectors ([`catalog`]), write-only secrets ([`secrets`]), opening a SQLite
//! or PostgreSQL database ([`open_database`]), server-storage folders ([`directory`]),
//! testing ([`probe`]), browsing ([`introspect`]) and running SQL ([`sql`]). The run
//! engine uses [`open_database`] and [`directory`] too.

pub mod catalog;
pub mod database;
pub mod introspect;
pub mod probe;
pub mod secrets;
pub mod sql;
pub mod storage;

use std::path::PathBuf;

use sea_orm::DatabaseConnection;

use self::catalog::Reach;
use crate::state::AppState;
use crate::store::entities::et_connection;

/// Opens the database of connection `conn` (SQLite or PostgreSQL; a pool of one
/// connection, to be closed by the caller when done). `Err` is the message a person
/// reads (a run's console): an unknown connector, one Understudy cannot speak, a
/// placeholder secret, an unreachable server, Understudy's own database.
pub async fn open_database(
    state: &AppState,
    conn: &et_connection::Model,
) -> Result<DatabaseConnection, String> {
    let connector = catalog::connector(&conn.connection_type)
        .ok_or_else(|| format!("Unknown connector {}", conn.connection_type))?;
    if !matches!(connector.reach, Reach::Sqlite | Reach::Postgres) {
        return Err(format!(
            "{} is not a database Understudy can open (it speaks SQLite and PostgreSQL)",
            connector.name
        ));
    }
    let properties = secrets::parse(&conn.properties);
    database::open(state, conn.tenant_id, connector.reach, &properties).await
}

/// The folder of server-storage connection `conn`, under
/// `<data_dir>/etlworks/<tenant id>/` (it may not exist yet). `Err` for any other
/// connector or a path that would leave the tenant's folder.
pub fn directory(state: &AppState, conn: &et_connection::Model) -> Result<PathBuf, String> {
    let connector = catalog::connector(&conn.connection_type);
    if connector.map(|c| c.reach) != Some(Reach::ServerStorage) {
        return Err(format!(
            "Connection '{}' is not a server-storage connection",
            conn.name
        ));
    }
    storage::folder(state, conn.tenant_id, &secrets::parse(&conn.properties))
}
