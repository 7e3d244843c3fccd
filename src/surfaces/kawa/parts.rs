//! Where a datasource's rows live: Parquet parts in the data dir
//! (`warehouse/kawa/ds_<id>/<uuid>.parquet`), named from the state's id source. The
//! database lists which parts are committed; a part no row lists (a failed load's, an
//! archived datasource's) is removed after the change that dropped it commits.

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
