//! Explorer & SQL (`/rest/v1/explorer/*`): a SQLite or PostgreSQL connection's schemas,
//! tables, columns and first rows, a statement run on it with a row limit, and files
//! uploaded into a server-storage connection's folder. Browsing is open to every role;
//! running SQL (which may write) and uploading need an Editor.

use generated::etlworks::v1 as api;
use sea_orm::{DatabaseConnection, TransactionTrait};

use super::audit::{self, Write};
use super::connections::check::{self, unreachable};
use super::connections::keys::plain_name;
use super::connections::{get, Saved, CONNECTIONS};
use super::connectors::catalog::Reach;
use super::connectors::{introspect, secrets, sql, storage};
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;

/// The rows `/explorer/sql` reads unless told otherwise.
const DEFAULT_MAX_ROWS: i32 = 1000;

/// Runs `work` on connection `id`'s database, closing it after.
async fn with_database<T, F, Fut>(
    state: &AppState,
    caller: &Caller,
    id: i64,
    work: F,
) -> Result<T, EtlworksError>
where
    F: FnOnce(DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = (DatabaseConnection, Result<T, String>)>,
{
    let saved = get(state, caller, CONNECTIONS, id).await?;
    let db = check::open(state, caller, &saved).await?;
    let (db, outcome) = work(db).await;
    db.close().await.ok();
    outcome.map_err(unreachable)
}

/// One page of the database's schemas, and how many there are.
pub async fn schemas(
    state: &AppState,
    caller: &Caller,
    params: api::ListExplorerSchemasParams,
) -> Result<(Vec<api::ExplorerSchema>, i64), EtlworksError> {
    let found = with_database(state, caller, params.connection_id, |db| async move {
        let r = introspect::schemas(&db).await;
        (db, r)
    })
    .await?;
    let all: Vec<api::ExplorerSchema> = found
        .into_iter()
        .map(|s| api::ExplorerSchema {
            name: s.name,
            catalog: s.catalog,
        })
        .collect();
    Ok(window(all, params.offset, params.limit))
}

/// One page of the tables (and views, unless left out), and how many match.
pub async fn tables(
    state: &AppState,
    caller: &Caller,
    params: api::ListExplorerTablesParams,
) -> Result<(Vec<api::ExplorerTable>, i64), EtlworksError> {
    let schema = params.schema.clone();
    let found = with_database(state, caller, params.connection_id, |db| async move {
        let r = introspect::tables(&db, schema.as_deref()).await;
        (db, r)
    })
    .await?;
    let q = params.q.as_deref().map(str::to_lowercase);
    let all: Vec<api::ExplorerTable> = found
        .into_iter()
        .filter(|t| params.include_views || !t.view)
        .filter(|t| q.as_ref().is_none_or(|q| t.name.to_lowercase().contains(q)))
        .map(|t| api::ExplorerTable {
            schema: t.schema,
            name: t.name,
            type_: if t.view {
                api::ExplorerTableType::View
            } else {
                api::ExplorerTableType::Table
            },
        })
        .collect();
    Ok(window(all, params.offset, params.limit))
}

/// The columns of a table, in ordinal order; a 404 if there is no such table.
pub async fn columns(
    state: &AppState,
    caller: &Caller,
    params: api::ListExplorerColumnsParams,
) -> Result<Vec<api::ExplorerColumn>, EtlworksError> {
    let (schema, table) = (params.schema.clone(), params.table.clone());
    let found = with_database(state, caller, params.connection_id, |db| async move {
        let r = introspect::columns(&db, schema.as_deref(), &table).await;
        (db, r)
    })
    .await?;
    if found.is_empty() {
        return Err(EtlworksError::NotFound(format!(
            "Table {} not found",
            params.table
        )));
    }
    Ok(found
        .into_iter()
        .map(|c| api::ExplorerColumn {
            name: c.name,
            data_type: c.data_type,
            is_nullable: c.nullable,
            primary_key: c.primary_key,
            position: c.position,
        })
        .collect())
}

/// The first `rows` rows of a table.
pub async fn sample(
    state: &AppState,
    caller: &Caller,
    params: api::SampleExplorerTableParams,
) -> Result<api::SqlResult, EtlworksError> {
    let statement = format!(
        "SELECT * FROM {}",
        introspect::qualified(params.schema.as_deref(), &params.table)
    );
    run(state, caller, params.connection_id, &statement, params.rows).await
}

/// Runs a statement with a row limit. Editors and above: a statement may write.
pub async fn execute(
    state: &AppState,
    caller: &Caller,
    request: api::SqlRequest,
) -> Result<api::SqlResult, EtlworksError> {
    caller.at_least(Role::Editor, "run SQL")?;
    if request.sql.trim().is_empty() {
        return Err(EtlworksError::BadRequest("Field 'sql': is empty".into()));
    }
    let max_rows = request.max_rows.unwrap_or(DEFAULT_MAX_ROWS);
    run(state, caller, request.connection_id, &request.sql, max_rows).await
}

async fn run(
    state: &AppState,
    caller: &Caller,
    id: i64,
    statement: &str,
    max_rows: i32,
) -> Result<api::SqlResult, EtlworksError> {
    let max_rows = max_rows.clamp(1, 10_000) as usize;
    let started = state.now_ms();
    let statement = statement.to_string();
    let outcome = with_database(state, caller, id, |db| async move {
        let r = sql::run(&db, &statement, max_rows).await;
        (db, r)
    })
    .await?;
    Ok(api::SqlResult {
        columns: outcome
            .columns
            .into_iter()
            .map(|(name, type_)| api::SqlColumn { name, type_ })
            .collect(),
        row_count: outcome.rows.len() as i64,
        rows: outcome.rows,
        update_count: outcome.update_count,
        truncated: outcome.truncated,
        duration_ms: (state.now_ms() - started).max(0),
    })
}

/// An uploaded file.
pub struct Upload {
    pub file_name: Option<String>,
    pub bytes: Vec<u8>,
    /// The folder inside the connection's, if any.
    pub path: Option<String>,
}

/// Puts `upload` into server-storage connection `id`'s folder (made if missing),
/// replacing a file of the same name. Editors and above.
pub async fn upload(
    state: &AppState,
    caller: &Caller,
    id: i64,
    upload: Upload,
) -> Result<api::UploadResult, EtlworksError> {
    caller.at_least(Role::Editor, "upload files")?;
    let saved: Saved = get(state, caller, CONNECTIONS, id).await?;
    let connector = check::connector_of(&saved)?;
    if connector.reach != Reach::ServerStorage {
        return Err(EtlworksError::BadRequest(format!(
            "Connection {} is a {} connection: Understudy stores files in server-storage connections",
            saved.row.id, connector.name
        )));
    }
    let name = plain_name(upload.file_name.as_deref()).ok_or_else(|| {
        EtlworksError::BadRequest("Field 'file': the upload has no file name".into())
    })?;
    let folder_path = upload.path.unwrap_or_default();
    let folder_path = folder_path.trim_matches('/');
    storage::check_relative(folder_path)
        .map_err(|e| EtlworksError::BadRequest(format!("Field 'path': {e}")))?;
    let properties = secrets::parse(&saved.row.properties);
    let root = storage::folder(state, caller.tenant_id(), &properties).map_err(unreachable)?;
    let folder = root.join(folder_path);
    let target = folder.join(&name);
    let written = async {
        tokio::fs::create_dir_all(&folder).await?;
        tokio::fs::write(&target, &upload.bytes).await
    };
    written.await.map_err(|e| {
        tracing::error!(error = %e, path = %target.display(), "etlworks: an upload could not be written");
        EtlworksError::Internal
    })?;
    let relative = if folder_path.is_empty() {
        name.clone()
    } else {
        format!("{folder_path}/{name}")
    };
    let answer = api::UploadResult {
        connection_id: saved.row.id.into(),
        path: relative,
        file_name: name,
        size: upload.bytes.len() as i64,
    };
    let tx = state.db.begin().await?;
    let write = Write::new("upload", "connection", saved.row.id.to_string())
        .named(&saved.row.name)
        .after(&answer);
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await?;
    Ok(answer)
}

/// The page `offset`/`limit` of `all`, and how many there are.
fn window<T>(all: Vec<T>, offset: i32, limit: i32) -> (Vec<T>, i64) {
    let (offset, limit) = fields::page(offset, limit);
    let total = all.len() as i64;
    let page = all
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    (page, total)
}
