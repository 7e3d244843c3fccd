//! Reaching a connection: testing it (the saved settings, or unsaved ones laid over
//! them) and listing what it holds one level at a time (`/metadata`): a database's
//! schemas, tables and columns, a server-storage folder's files.

use generated::etlworks::v1 as api;

use super::super::connectors::catalog::{Connector, Reach};
use super::super::connectors::{database, introspect, probe, secrets, storage};
use super::{get, kind_of, Saved, CONNECTIONS};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::surfaces::etlworks::error::EtlworksError;

/// Tests connection `id`, or the settings `input` lays over it. Editors and above (a
/// test connects with the stored secrets).
pub async fn test(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::ConnectionTestInput,
) -> Result<api::ConnectionTestResult, EtlworksError> {
    caller.at_least(Role::Editor, "test connections")?;
    let saved = get(state, caller, CONNECTIONS, id).await?;
    let kind = input
        .connection_type
        .unwrap_or_else(|| saved.row.kind.clone());
    let connector = kind_of(CONNECTIONS, &kind)?.ok_or(EtlworksError::Internal)?;
    let stored = secrets::parse(&saved.row.properties);
    let properties = match input.properties {
        Some(sent) => secrets::merge(Some(connector), sent, Some(&stored)).0,
        None => stored,
    };
    let started = state.now_ms();
    let outcome = probe::probe(state, caller.tenant_id(), connector, &properties).await;
    let duration_ms = (state.now_ms() - started).max(0);
    let (success, message) = match outcome {
        Ok(m) => (true, m),
        Err(m) => (false, m),
    };
    Ok(api::ConnectionTestResult {
        success,
        message,
        duration_ms,
    })
}

/// What connection `id` holds one level below `path` (its top level without one).
pub async fn metadata(
    state: &AppState,
    caller: &Caller,
    id: i64,
    path: Option<String>,
) -> Result<api::ConnectionMetadata, EtlworksError> {
    let saved = get(state, caller, CONNECTIONS, id).await?;
    let connector = connector_of(&saved)?;
    let path = path.filter(|p| !p.is_empty());
    let objects = match connector.reach {
        Reach::Sqlite | Reach::Postgres => {
            let db = open(state, caller, &saved).await?;
            let listed = database_level(&db, path.as_deref()).await;
            db.close().await.ok();
            listed.map_err(unreachable)?
        }
        Reach::ServerStorage => folder_level(state, caller, &saved, path.as_deref()).await?,
        _ => {
            return Err(EtlworksError::BadRequest(format!(
                "Understudy cannot list what a {} connection holds: it speaks SQLite, PostgreSQL and server storage",
                connector.name
            )))
        }
    };
    Ok(api::ConnectionMetadata {
        connection_id: saved.row.id.into(),
        path,
        objects,
    })
}

/// The connector of a stored connection (the library only grows, so one is found).
pub fn connector_of(saved: &Saved) -> Result<&'static Connector, EtlworksError> {
    kind_of(CONNECTIONS, &saved.row.kind)?.ok_or(EtlworksError::Internal)
}

/// Opens the database of a stored connection; a 400 with the reason when it cannot.
pub async fn open(
    state: &AppState,
    caller: &Caller,
    saved: &Saved,
) -> Result<sea_orm::DatabaseConnection, EtlworksError> {
    let connector = connector_of(saved)?;
    if !matches!(connector.reach, Reach::Sqlite | Reach::Postgres) {
        return Err(EtlworksError::BadRequest(format!(
            "Connection {} is a {} connection: Understudy explores SQLite and PostgreSQL databases",
            saved.row.id, connector.name
        )));
    }
    let properties = secrets::parse(&saved.row.properties);
    database::open(state, caller.tenant_id(), connector.reach, &properties)
        .await
        .map_err(unreachable)
}

/// The 400 for a database that could not be reached or answered an error.
pub fn unreachable(message: String) -> EtlworksError {
    EtlworksError::BadRequest(message)
}

fn object(
    kind: api::MetadataObjectType,
    name: &str,
    path: String,
    children: bool,
) -> api::MetadataObject {
    api::MetadataObject {
        name: name.to_string(),
        type_: kind,
        path,
        data_type: None,
        has_children: children,
    }
}

async fn database_level(
    db: &sea_orm::DatabaseConnection,
    path: Option<&str>,
) -> Result<Vec<api::MetadataObject>, String> {
    let Some(path) = path else {
        let schemas = introspect::schemas(db).await?;
        return Ok(schemas
            .iter()
            .map(|s| {
                object(
                    api::MetadataObjectType::Schema,
                    &s.name,
                    s.name.clone(),
                    true,
                )
            })
            .collect());
    };
    match path.split_once('.') {
        None => {
            let tables = introspect::tables(db, Some(path)).await?;
            Ok(tables
                .iter()
                .map(|t| {
                    let kind = if t.view {
                        api::MetadataObjectType::View
                    } else {
                        api::MetadataObjectType::Table
                    };
                    object(kind, &t.name, format!("{path}.{}", t.name), true)
                })
                .collect())
        }
        Some((schema, table)) => {
            let columns = introspect::columns(db, Some(schema), table).await?;
            Ok(columns
                .iter()
                .map(|c| api::MetadataObject {
                    data_type: Some(c.data_type.clone()),
                    ..object(
                        api::MetadataObjectType::Column,
                        &c.name,
                        format!("{path}.{}", c.name),
                        false,
                    )
                })
                .collect())
        }
    }
}

async fn folder_level(
    state: &AppState,
    caller: &Caller,
    saved: &Saved,
    path: Option<&str>,
) -> Result<Vec<api::MetadataObject>, EtlworksError> {
    let properties = secrets::parse(&saved.row.properties);
    let mut folder =
        storage::folder(state, caller.tenant_id(), &properties).map_err(unreachable)?;
    if let Some(p) = path {
        storage::check_relative(p)
            .map_err(|e| EtlworksError::BadRequest(format!("Field 'path': {e}")))?;
        folder = folder.join(p);
    }
    storage::check(&folder).await.map_err(unreachable)?;
    let mut entries = tokio::fs::read_dir(&folder)
        .await
        .map_err(|e| unreachable(e.to_string()))?;
    let mut objects = Vec::new();
    while let Some(entry) = entries
        .next_entry()
        .await
        .map_err(|e| unreachable(e.to_string()))?
    {
        let name = entry.file_name().to_string_lossy().to_string();
        let is_dir = entry.file_type().await.is_ok_and(|t| t.is_dir());
        let full = match path {
            Some(p) => format!("{}/{name}", p.trim_end_matches('/')),
            None => name.clone(),
        };
        objects.push(object(api::MetadataObjectType::File, &name, full, is_dir));
    }
    objects.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(objects)
}
