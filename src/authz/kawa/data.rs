//! Who may read and change KAWA's datasources and sheets. In a workspace the caller may
//! work in, a datasource is visible to administrators, its owner, and — once shared —
//! to everyone (`READ`/`EDIT`) or to the teams it names (`RESTRICTED`); it may be
//! changed by administrators, its owner, everyone when shared with `EDIT`, and the teams
//! given write permission. An invisible datasource is a 404, as if absent; a visible one
//! the caller may not change is a 403. Sheets follow their `shared` flag.

use std::collections::HashSet;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{Caller, InWorkspace};
use crate::store::entities::{kw_datasource, kw_sheet, kw_team_member};
use crate::store::StoreError;
use crate::surfaces::kawa::error::KawaError;

/// A datasource's `advancedSharingConfiguration`, as stored.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sharing {
    #[serde(default)]
    pub shared_team_ids: Vec<String>,
    #[serde(default)]
    pub team_ids_with_write_permission: Vec<String>,
    /// `RESTRICTED`, `READ` or `EDIT`.
    pub general_access: String,
}

impl Sharing {
    /// The stored configuration of `ds`; a datasource shared without one is open to read.
    pub fn of(ds: &kw_datasource::Model) -> Option<Sharing> {
        ds.sharing
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
    }
}

/// The teams `caller` belongs to.
async fn teams<C: ConnectionTrait>(db: &C, caller: &Caller) -> Result<HashSet<String>, StoreError> {
    Ok(kw_team_member::Entity::find()
        .filter(kw_team_member::Column::UserId.eq(caller.id()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.team_id.to_string())
        .collect())
}

/// What a caller may do with one datasource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    None,
    Read,
    Write,
}

fn access(caller: &Caller, ds: &kw_datasource::Model, teams: &HashSet<String>) -> Access {
    if caller.is_admin() || ds.owner_id == caller.id() {
        return Access::Write;
    }
    if !ds.shared {
        return Access::None;
    }
    let Some(sharing) = Sharing::of(ds) else {
        return Access::Read;
    };
    let in_any = |ids: &[String]| ids.iter().any(|t| teams.contains(t));
    if sharing.general_access == "EDIT" || in_any(&sharing.team_ids_with_write_permission) {
        Access::Write
    } else if sharing.general_access == "READ" || in_any(&sharing.shared_team_ids) {
        Access::Read
    } else {
        Access::None
    }
}

/// Keeps the datasources of `all` the caller may see.
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    all: Vec<kw_datasource::Model>,
) -> Result<Vec<kw_datasource::Model>, KawaError> {
    let teams = teams(db, caller).await?;
    Ok(all
        .into_iter()
        .filter(|ds| access(caller, ds, &teams) != Access::None)
        .collect())
}

/// Proof that the caller may read a datasource of the workspace in scope.
#[derive(Debug, Clone)]
pub struct ReadDataSource(kw_datasource::Model);

impl ReadDataSource {
    pub fn model(&self) -> &kw_datasource::Model {
        &self.0
    }
}

/// Proof that the caller may change (load, share, widen, archive) a datasource.
#[derive(Debug, Clone)]
pub struct WriteDataSource(kw_datasource::Model);

impl WriteDataSource {
    pub fn id(&self) -> i32 {
        self.0.id
    }

    pub fn model(&self) -> &kw_datasource::Model {
        &self.0
    }
}

fn no_datasource(id: &str) -> KawaError {
    KawaError::Missing(format!("No datasource with id {id}"))
}

async fn find<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    id: &str,
) -> Result<kw_datasource::Model, KawaError> {
    let found = match super::parse_id(id) {
        Some(n) => {
            crate::store::kawa::scoped::one::<kw_datasource::Entity, _>(db, scope, n).await?
        }
        None => None,
    };
    found.ok_or_else(|| no_datasource(id))
}

/// The datasource `id` of the workspace in scope, if the caller may see it (404 else).
pub async fn read_datasource<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<ReadDataSource, KawaError> {
    let ds = find(db, scope, id).await?;
    let teams = teams(db, caller).await?;
    match access(caller, &ds, &teams) {
        Access::None => Err(no_datasource(id)),
        _ => Ok(ReadDataSource(ds)),
    }
}

/// The datasource `id` of the workspace in scope, if the caller may change it: 404 when
/// it cannot see it, 403 when it may only read it.
pub async fn write_datasource<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<WriteDataSource, KawaError> {
    let ds = find(db, scope, id).await?;
    let teams = teams(db, caller).await?;
    match access(caller, &ds, &teams) {
        Access::None => Err(no_datasource(id)),
        Access::Read => Err(KawaError::Forbidden(format!(
            "You may not change datasource {id}"
        ))),
        Access::Write => Ok(WriteDataSource(ds)),
    }
}

/// Whether the caller sees `sheet`: administrators, its owner, everyone once shared.
pub fn sees_sheet(caller: &Caller, sheet: &kw_sheet::Model) -> bool {
    caller.is_admin() || sheet.owner_id == caller.id() || sheet.shared
}

/// Proof that the caller may read a sheet of the workspace in scope.
#[derive(Debug, Clone)]
pub struct ReadSheet(kw_sheet::Model);

impl ReadSheet {
    pub fn model(&self) -> &kw_sheet::Model {
        &self.0
    }
}

/// Proof that the caller may change (delete) a sheet: administrators and its owner.
#[derive(Debug, Clone)]
pub struct WriteSheet(kw_sheet::Model);

impl WriteSheet {
    pub fn id(&self) -> i32 {
        self.0.id
    }
}

fn no_sheet(id: &str) -> KawaError {
    KawaError::Missing(format!("No sheet with id {id}"))
}

async fn find_sheet<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<kw_sheet::Model, KawaError> {
    let found = match super::parse_id(id) {
        Some(n) => crate::store::kawa::scoped::one::<kw_sheet::Entity, _>(db, scope, n).await?,
        None => None,
    };
    found
        .filter(|s| sees_sheet(caller, s))
        .ok_or_else(|| no_sheet(id))
}

/// The sheet `id` of the workspace in scope, if the caller may see it (404 else).
pub async fn read_sheet<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<ReadSheet, KawaError> {
    Ok(ReadSheet(find_sheet(db, caller, scope, id).await?))
}

/// The sheet `id`, if the caller may delete it: 404 when invisible, 403 when shared
/// but another's.
pub async fn write_sheet<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<WriteSheet, KawaError> {
    let sheet = find_sheet(db, caller, scope, id).await?;
    if caller.is_admin() || sheet.owner_id == caller.id() {
        Ok(WriteSheet(sheet))
    } else {
        Err(KawaError::Forbidden(format!(
            "You may not change sheet {id}"
        )))
    }
}
