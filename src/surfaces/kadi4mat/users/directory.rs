//! The user directory: the listing (by name), the token's user, lookups by id and by
//! identity, and a user's identities. Every Understudy user is a Kadi user with one
//! local identity.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::resources::flag;
use super::{identity, view};
use crate::authz::kadi4mat::Caller;
use crate::state::AppState;
use crate::store;
use crate::store::entities::user;

/// `GET /users`: active users (inactive ones too with `inactive`) whose display name
/// or username contains `filter`, by display name.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetUsersParams,
) -> Result<api::UserPage, KadiError> {
    let base = Base::of(req);
    let page = Page::new(params.page, params.per_page);
    let (users, total) = store::kadi4mat::users::search(
        &state.db,
        params.filter.as_deref(),
        flag(&params.inactive),
        page.offset(),
        page.limit(),
    )
    .await?;
    Ok(api::UserPage {
        items: users.iter().map(|u| view(u, caller, &base)).collect(),
        pagination: page.pagination(total, &base, req),
    })
}

/// The user with `id`, in any state (Kadi shows deleted and inactive users' profiles
/// with their state), or Kadi's 404.
pub async fn user(state: &AppState, id: i64) -> Result<user::Model, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    store::accounts::user_by_id(&state.db, id)
        .await?
        .ok_or(KadiError::NotFound)
}

/// `GET /users/{id}`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
) -> Result<api::User, KadiError> {
    Ok(view(&user(state, id).await?, caller, base))
}

/// `GET /users/{id}/identities`: the local identity every user here has.
pub async fn identities(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::IdentityList, KadiError> {
    let u = user(state, id).await?;
    Ok(api::IdentityList {
        items: vec![identity(&u, caller)],
    })
}

/// `GET /users/{type}/{username}`: the user owning that identity. Only `local`
/// identities exist here (no LDAP or Shibboleth is connected), so any other type
/// names nobody.
pub async fn by_identity(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    identity_type: &str,
    username: &str,
) -> Result<api::User, KadiError> {
    if identity_type != "local" {
        return Err(KadiError::NotFound);
    }
    let u = store::accounts::user_by_username(&state.db, username)
        .await?
        .ok_or(KadiError::NotFound)?;
    Ok(view(&u, caller, base))
}
