//! Server storage: the folders a tenant's connections may use on Understudy's own disk,
//! all under `<data_dir>/etlworks/<tenant id>/`. A connection names a relative path
//! (`inbound/orders`); an absolute path or one with `..` is refused, so no connection
//! reaches outside its tenant's folder.

use std::path::{Component, Path, PathBuf};

use super::secrets::Properties;
use crate::state::AppState;

/// The property that names a server-storage connection's folder.
pub const DIRECTORY: &str = "directory";

/// The tenant's folder of the data dir.
pub fn tenant_root(state: &AppState, tenant_id: i32) -> PathBuf {
    state
        .config
        .data_dir
        .join("etlworks")
        .join(tenant_id.to_string())
}

/// Checks that `relative` stays inside a folder: plain names only, no root, no `..`.
pub fn check_relative(relative: &str) -> Result<(), String> {
    let path = Path::new(relative);
    let plain = path
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if plain && !relative.contains('\\') {
        Ok(())
    } else {
        Err(format!(
            "{relative:?} is not a relative path inside the tenant's storage (no '/' at the start, no '..')"
        ))
    }
}

/// `relative` under the tenant's folder, refused if it would leave it.
pub fn under_tenant(state: &AppState, tenant_id: i32, relative: &str) -> Result<PathBuf, String> {
    check_relative(relative)?;
    Ok(tenant_root(state, tenant_id).join(relative))
}

/// The folder of a server-storage connection with `properties` (the tenant's folder
/// itself when none is named).
pub fn folder(
    state: &AppState,
    tenant_id: i32,
    properties: &Properties,
) -> Result<PathBuf, String> {
    let named = super::database::property(properties, DIRECTORY)?.unwrap_or_default();
    under_tenant(state, tenant_id, &named)
}

/// Whether the folder exists: what a test of the connection checks.
pub async fn check(path: &Path) -> Result<String, String> {
    match tokio::fs::metadata(path).await {
        Ok(m) if m.is_dir() => Ok(format!("Directory {} is reachable", path.display())),
        Ok(_) => Err(format!("{} is a file, not a directory", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(format!("Directory {} does not exist", path.display()))
        }
        Err(e) => Err(format!("Directory {} cannot be read: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_accepted() {
        for ok in ["", "inbound", "inbound/orders", "./x"] {
            assert!(check_relative(ok).is_ok(), "{ok}");
        }
        for bad in ["/etc", "../x", "a/../../b", "a\\..\\b"] {
            assert!(check_relative(bad).is_err(), "{bad}");
        }
    }
}
