//! KAWA's principals (users): listing with the `name` and `tag` filters, one by id, and
//! the view every answer about a principal uses ([`view`]).

mod view;

pub use view::{display_name, principal};

use generated::kawa::v1 as api;

use super::error::KawaError;
use crate::authz::kawa::{parse_id, Caller};
use crate::state::AppState;
use crate::store::entities::user;
use crate::store::kawa::principals as store;

/// Every principal the caller can see (every principal), oldest first, filtered.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Principal>, KawaError> {
    Ok(store::all(&state.db, caller)
        .await?
        .iter()
        .map(principal)
        .filter(|p| super::kept(&p.display_information.display_name, &p.tags, name, tag))
        .collect())
}

/// The principal with `id`.
pub async fn get(
    state: &AppState,
    _caller: &Caller,
    id: &str,
) -> Result<api::Principal, KawaError> {
    Ok(principal(&find(&state.db, id).await?))
}

/// The principal with `id` (a string of digits), read on `db`: 404 when there is none.
pub async fn find<C: sea_orm::ConnectionTrait>(db: &C, id: &str) -> Result<user::Model, KawaError> {
    let missing = || KawaError::Missing(format!("No principal with id {id}"));
    let n = parse_id(id).ok_or_else(missing)?;
    store::one(db, n).await?.ok_or_else(missing)
}
