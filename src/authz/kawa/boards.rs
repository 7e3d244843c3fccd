//! Who may read and change KAWA's dashboards and applications. As the contract states
//! for both: in a workspace the caller may work in, one is visible to administrators,
//! its owner and — once `shared` — everyone; it is changed by administrators and its
//! owner. An invisible one is a 404, as if absent; a visible one the caller may not
//! change is a 403.

use sea_orm::ConnectionTrait;

use super::{Caller, InWorkspace};
use crate::store::entities::{kw_application, kw_dashboard};
use crate::store::kawa::scoped::{self, Scoped};
use crate::surfaces::kawa::error::KawaError;

/// Whether the caller sees a dashboard or application owned by `owner`, `shared` or not.
fn sees(caller: &Caller, owner: i32, shared: bool) -> bool {
    shared || caller.is_admin() || owner == caller.id()
}

fn changes(caller: &Caller, owner: i32) -> bool {
    caller.is_admin() || owner == caller.id()
}

/// Whether the caller sees `dashboard`.
pub fn sees_dashboard(caller: &Caller, dashboard: &kw_dashboard::Model) -> bool {
    sees(caller, dashboard.owner_id, dashboard.shared)
}

/// Whether the caller sees `application`.
pub fn sees_application(caller: &Caller, application: &kw_application::Model) -> bool {
    sees(caller, application.owner_id, application.shared)
}

/// Row `id` of the workspace in scope, if `seen` lets the caller see it (404 else).
async fn visible<E: Scoped, C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    id: &str,
    kind: &str,
    seen: impl Fn(&E::Model) -> bool,
) -> Result<E::Model, KawaError> {
    let found = match super::parse_id(id) {
        Some(n) => scoped::one::<E, _>(db, scope, n).await?,
        None => None,
    };
    found
        .filter(|m| seen(m))
        .ok_or_else(|| KawaError::Missing(format!("No {kind} with id {id}")))
}

/// The dashboard `id` of the workspace in scope, if the caller sees it (404 else).
pub async fn read_dashboard<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<kw_dashboard::Model, KawaError> {
    visible::<kw_dashboard::Entity, _>(db, scope, id, "dashboard", |d| sees_dashboard(caller, d))
        .await
}

/// Proof that the caller may change a dashboard: administrators and its owner.
#[derive(Debug, Clone)]
pub struct WriteDashboard(kw_dashboard::Model);

impl WriteDashboard {
    pub fn id(&self) -> i32 {
        self.0.id
    }

    pub fn model(&self) -> &kw_dashboard::Model {
        &self.0
    }
}

/// The dashboard `id`, if the caller may change it: 404 when invisible, 403 when shared
/// but another's.
pub async fn write_dashboard<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<WriteDashboard, KawaError> {
    let found = read_dashboard(db, caller, scope, id).await?;
    if changes(caller, found.owner_id) {
        Ok(WriteDashboard(found))
    } else {
        Err(KawaError::Forbidden(format!(
            "You may not change dashboard {id}"
        )))
    }
}

/// The application `id` of the workspace in scope, if the caller sees it (404 else).
pub async fn read_application<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<kw_application::Model, KawaError> {
    visible::<kw_application::Entity, _>(db, scope, id, "application", |a| {
        sees_application(caller, a)
    })
    .await
}

/// Proof that the caller may change an application: administrators and its owner.
#[derive(Debug, Clone)]
pub struct WriteApplication(kw_application::Model);

impl WriteApplication {
    pub fn id(&self) -> i32 {
        self.0.id
    }

    pub fn model(&self) -> &kw_application::Model {
        &self.0
    }
}

/// The application `id`, if the caller may change it: 404 when invisible, 403 when
/// shared but another's.
pub async fn write_application<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    id: &str,
) -> Result<WriteApplication, KawaError> {
    let found = read_application(db, caller, scope, id).await?;
    if changes(caller, found.owner_id) {
        Ok(WriteApplication(found))
    } else {
        Err(KawaError::Forbidden(format!(
            "You may not change application {id}"
        )))
    }
}
