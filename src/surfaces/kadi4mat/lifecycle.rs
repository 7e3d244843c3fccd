//! What the four resource kinds' services share, written once over [`Shown`]: their
//! views with the creators they name, a read by id or identifier, and the moves to and
//! from the trash. Creating, editing and purging keep each kind's own rules in its module.

use generated::kadi4mat::v1 as api;

use super::error::KadiError;
use super::links::Base;
use crate::authz::kadi4mat::{self as authz, Caller, Delete, Read};
use crate::state::AppState;
use crate::store::entities::{kd_group, kd_template, user};
use crate::store::kadi4mat::lifecycle::{self, Revisioned};
use crate::store::kadi4mat::{collections, records};

/// A resource kind as the API shows it.
pub trait Shown: Revisioned {
    /// What the API answers for one resource.
    type View: Send;

    fn creator_id(&self) -> i32;

    /// The view of this resource for `viewer`; `creator` is its creator's row.
    fn view(&self, creator: Option<&user::Model>, viewer: &Caller, base: &Base) -> Self::View;
}

impl Shown for records::Stored {
    type View = api::Record;

    fn creator_id(&self) -> i32 {
        self.record.creator_id
    }

    fn view(&self, creator: Option<&user::Model>, viewer: &Caller, base: &Base) -> api::Record {
        super::records::view::record(self, creator, viewer, base)
    }
}

impl Shown for collections::Stored {
    type View = api::Collection;

    fn creator_id(&self) -> i32 {
        self.collection.creator_id
    }

    /// Outside a parent's listing a collection has no unlink URL.
    fn view(&self, creator: Option<&user::Model>, viewer: &Caller, base: &Base) -> Self::View {
        super::collections::view::collection(self, creator, viewer, base, None)
    }
}

impl Shown for kd_group::Model {
    type View = api::Group;

    fn creator_id(&self) -> i32 {
        self.creator_id
    }

    fn view(&self, creator: Option<&user::Model>, viewer: &Caller, base: &Base) -> api::Group {
        super::groups::view::group(self, creator, viewer, base)
    }
}

impl Shown for kd_template::Model {
    type View = api::Template;

    fn creator_id(&self) -> i32 {
        self.creator_id
    }

    fn view(&self, creator: Option<&user::Model>, viewer: &Caller, base: &Base) -> Self::View {
        super::templates::view::template(self, creator, viewer, base)
    }
}

/// Views of `rows` for `caller`, with their creators.
pub async fn views<S: Shown>(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    rows: &[S],
) -> Result<Vec<S::View>, KadiError> {
    let creators: Vec<i32> = rows.iter().map(Shown::creator_id).collect();
    let users = super::users::creators(state, caller, &creators).await?;
    Ok(rows
        .iter()
        .map(|r| r.view(users.get(&r.creator_id()), caller, base))
        .collect())
}

/// The view of one resource for `caller`.
pub async fn one_view<S: Shown>(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    row: S,
) -> Result<S::View, KadiError> {
    views(state, caller, base, &[row])
        .await?
        .pop()
        .ok_or(KadiError::Internal)
}

/// `GET /{kind}/{id}`: read once, for the check and for the view (a read by id is the
/// most frequent call a client makes).
pub async fn get<S: Shown>(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
) -> Result<S::View, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    let row = S::reload(&state.db, id).await?;
    authz::loaded::<Read>(state, caller, S::KIND, row.as_ref().map(Revisioned::common)).await?;
    let row = row.ok_or(KadiError::NotFound)?;
    one_view(state, caller, base, row).await
}

/// `GET /{kind}/identifier/{identifier}`.
pub async fn get_by_identifier<S: Shown>(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    identifier: &str,
) -> Result<S::View, KadiError> {
    let found = authz::resource_by_identifier::<Read>(state, caller, S::KIND, identifier).await?;
    let row = S::reload(&state.db, found.id())
        .await?
        .ok_or(KadiError::NotFound)?;
    one_view(state, caller, base, row).await
}

/// `DELETE /{kind}/{id}`: to the trash, for those who may delete it.
pub async fn delete<S: Shown>(state: &AppState, caller: &Caller, id: i64) -> Result<(), KadiError> {
    let found = authz::resource::<Delete>(state, caller, S::KIND, id).await?;
    lifecycle::set_state::<S, _>(&state.db, found.id(), caller, "deleted", state.now_ms()).await?;
    Ok(())
}

/// `POST /{kind}/{id}/restore`: out of the trash, for its creator or a sysadmin.
pub async fn restore<S: Shown>(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    id: i64,
) -> Result<S::View, KadiError> {
    let found = authz::trashed(state, caller, S::KIND, id).await?;
    let row = lifecycle::set_state::<S, _>(&state.db, found.id(), caller, "active", state.now_ms())
        .await?;
    one_view(state, caller, base, row).await
}
