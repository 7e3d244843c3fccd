//! Where a datasource's rows live: Parquet parts in the data dir
//! (`warehouse/kawa/ds_<id>/<uuid>.parquet`), named from the state's id source. The
//! database lists which parts are committed; a part no row lists (a failed load's, an
//! archived datasource's) is removed after the change that dropped it commits. A
//! fixtures file's rows are written and read here too, as JSON objects.

use std::path::PathBuf;

use crate::state::AppState;
use crate::store::entities::kw_datasource;
use crate::store::kawa::text_list;

/// The folder of datasource `ds`.
pub fn dir(state: &AppState, ds: i32) -> PathBuf {
    state
        .config
        .data_dir
        .join("warehouse")
        .join("kawa")
        .join(format!("ds_{ds}"))
}

/// A fresh part name.
pub fn new_name(state: &AppState) -> String {
    format!("{}.parquet", state.ids.uuid().simple())
}

/// The path of part `name` of datasource `ds`.
pub fn path(state: &AppState, ds: i32, name: &str) -> PathBuf {
    dir(state, ds).join(name)
}

/// The committed rows of `ds`, for a query.
pub fn table(state: &AppState, ds: &kw_datasource::Model) -> warehouse::Table {
    warehouse::Table {
        columns: super::datasources::columns(ds),
        parts: text_list(&ds.parts)
            .iter()
            .map(|name| path(state, ds.id, name))
            .collect(),
    }
}

/// Removes parts `names` of datasource `ds`; a failure is logged (a stray file wastes
/// space but is never read: no row lists it).
pub async fn remove(state: &AppState, ds: i32, names: &[String]) {
    for name in names {
        let file = path(state, ds, name);
        if let Err(e) = tokio::fs::remove_file(&file).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(file = %file.display(), error = %e, "kawa: a dropped part stays");
            }
        }
    }
}

/// Removes every part of datasource `ds`.
pub async fn remove_all(state: &AppState, ds: i32) {
    let folder = dir(state, ds);
    if let Err(e) = tokio::fs::remove_dir_all(&folder).await {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(dir = %folder.display(), error = %e, "kawa: an archived datasource's parts stay");
        }
    }
}

/// A part written from a fixtures file's rows.
pub struct NewPart {
    pub name: String,
    pub file: PathBuf,
    /// The folders made for this part (the datasource's and those above it that were
    /// missing), outermost first.
    pub made_dirs: Vec<PathBuf>,
    pub staged: warehouse::Staged,
}

/// Writes `rows` (a fixtures file's, JSON objects by indicator id) as a new part of
/// datasource `ds` whose columns are `columns`, off the runtime; `None` when there are
/// no rows. A row that does not fit leaves no file, nor the folders made for it.
pub async fn stage_json(
    state: &AppState,
    ds: i32,
    columns: Vec<warehouse::Column>,
    rows: Vec<warehouse::JsonRow>,
) -> Result<Option<NewPart>, warehouse::LoadError> {
    if rows.is_empty() {
        return Ok(None);
    }
    let name = new_name(state);
    let file = path(state, ds, &name);
    let folder = dir(state, ds);
    tokio::task::spawn_blocking(move || {
        let mut made_dirs: Vec<PathBuf> = folder
            .ancestors()
            .take_while(|d| !d.exists())
            .map(PathBuf::from)
            .collect();
        made_dirs.reverse();
        std::fs::create_dir_all(&folder)?;
        let outcome = warehouse::stage_json(&rows, &columns, &file);
        if !matches!(&outcome, Ok(staged) if staged.rows > 0) {
            for made in made_dirs.iter().rev() {
                let _ = std::fs::remove_dir(made);
            }
        }
        let staged = outcome?;
        Ok((staged.rows > 0).then_some(NewPart {
            name,
            file,
            made_dirs,
            staged,
        }))
    })
    .await
    .map_err(|e| warehouse::LoadError::Io(e.to_string()))?
}

/// Every committed row of `ds` as JSON objects by indicator id (a fixtures file's rows),
/// in load order, read through the warehouse.
pub async fn json_rows(
    state: &AppState,
    ds: &kw_datasource::Model,
) -> Result<Vec<warehouse::JsonRow>, warehouse::QueryError> {
    warehouse::read_json(&table(state, ds)).await
}
