//! KAWA's applications as the workspace shows them, plain (`/backoffice/applications`)
//! and extended with their parts' names (`/backoffice/extended-applications`): listed
//! with the `name` and `tag` filters (those the caller sees: administrators, owners,
//! shared ones) and read by id. Writes are commands
//! ([`super::commands::applications`]).

mod view;

pub use view::{application, extended, Seen};

use generated::kawa::v1 as api;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::state::AppState;
use crate::store::entities::kw_application;
use crate::store::kawa::{scoped, text_list};

/// The applications the caller sees in the workspace, filtered, with what it sees there.
async fn seen(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<(Vec<kw_application::Model>, Option<Seen>), KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok((Vec::new(), None));
    };
    let kept: Vec<_> = scoped::all::<kw_application::Entity, _>(&state.db, &scope)
        .await?
        .into_iter()
        .filter(|a| authz::sees_application(caller, a))
        .filter(|a| kept(&a.name, &text_list(&a.tags), name, tag))
        .collect();
    let seen = Seen::read(&state.db, caller, &scope).await?;
    Ok((kept, Some(seen)))
}

/// The applications of the workspace the request acts in that the caller sees.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Application>, KawaError> {
    let (found, seen) = seen(state, caller, name, tag).await?;
    Ok(match seen {
        Some(seen) => found.iter().map(|a| application(a, &seen)).collect(),
        None => Vec::new(),
    })
}

/// The same applications, extended.
pub async fn list_extended(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::ExtendedApplication>, KawaError> {
    let (found, seen) = seen(state, caller, name, tag).await?;
    Ok(match seen {
        Some(seen) => found.iter().map(|a| extended(a, &seen)).collect(),
        None => Vec::new(),
    })
}

/// Application `id` with what the caller sees: 404 when it sees no such application.
async fn one(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<(kw_application::Model, Seen), KawaError> {
    let scope = authz::scope(state, caller)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No application with id {id}")))?;
    let found = authz::read_application(&state.db, caller, &scope, id).await?;
    Ok((found, Seen::read(&state.db, caller, &scope).await?))
}

/// The application `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::Application, KawaError> {
    let (found, seen) = one(state, caller, id).await?;
    Ok(application(&found, &seen))
}

/// The application `id`, extended.
pub async fn get_extended(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<api::ExtendedApplication, KawaError> {
    let (found, seen) = one(state, caller, id).await?;
    Ok(extended(&found, &seen))
}

/// What the application commands answer: `a` extended, as the caller sees it now.
pub async fn answer<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    a: &kw_application::Model,
) -> Result<api::CommandResult, KawaError> {
    let seen = Seen::read(db, caller, scope).await?;
    Ok(api::CommandResult::ExtendedApplication(extended(a, &seen)))
}
