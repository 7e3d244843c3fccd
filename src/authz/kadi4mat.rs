//! Who may do what in Kadi4Mat. A [`Caller`] comes from a live personal access token
//! whose scopes cover the operation (seed 004: none means full access); an expired token
//! is refused with its own 401, missing scopes with a 401 that lists them.

use std::marker::PhantomData;

use crate::state::AppState;
use crate::store::entities::user;
use crate::store::kadi4mat::access::{Action, Kind};
use crate::store::kadi4mat::resources::{self, Common};
use crate::surfaces::accounts::{self, Product, TokenRefusal};
use crate::surfaces::kadi4mat::error::KadiError;
use crate::surfaces::kadi4mat::scopes;

/// A user calling through one of their tokens.
#[derive(Debug, Clone)]
pub struct Caller {
    user: user::Model,
    /// The token's scopes, space-separated; `None` for full access.
    scopes: Option<String>,
}

impl Caller {
    pub fn user(&self) -> &user::Model {
        &self.user
    }

    pub fn id(&self) -> i32 {
        self.user.id
    }

    /// Kadi's system administrators may do anything to anything.
    pub fn is_sysadmin(&self) -> bool {
        match self.user.system_role.as_deref() {
            Some(role) => role == "admin",
            None => self.user.is_admin,
        }
    }

    /// Whether the token holds `scope` (every scope when it holds none).
    pub fn has_scope(&self, scope: &str) -> bool {
        scopes::missing(self.scopes.as_deref(), &[scope]).is_empty()
    }
}

/// The caller behind `token`, if the token is live, its user active, and its scopes
/// cover everything operation `operation_id` requires (the contract's
/// `x-required-scopes`).
pub async fn caller(
    state: &AppState,
    token: &str,
    operation_id: &str,
) -> Result<Caller, KadiError> {
    let holder = match accounts::token_holder(state, Product::Kadi4Mat, token).await? {
        Ok(holder) => holder,
        Err(TokenRefusal::Unknown) => return Err(KadiError::Unauthorized),
        Err(TokenRefusal::Expired) => return Err(KadiError::Expired),
    };
    if holder.user.state.as_deref() == Some("inactive") {
        return Err(KadiError::Unauthorized);
    }
    let required = required_scopes(operation_id);
    let missing = scopes::missing(holder.token.scopes.as_deref(), required);
    if !missing.is_empty() {
        // Kadi lists every scope the endpoint needs, not only the missing ones.
        return Err(KadiError::MissingScopes(
            required.iter().map(|s| s.to_string()).collect(),
        ));
    }
    Ok(Caller {
        user: holder.user,
        scopes: holder.token.scopes,
    })
}

/// Whether `token` is a live token of an active user (whatever its scopes): a request
/// without one has every refusal answered as a 401.
pub async fn is_authenticated(state: &AppState, token: &str) -> bool {
    matches!(
        accounts::token_holder(state, Product::Kadi4Mat, token).await,
        Ok(Ok(holder)) if holder.user.state.as_deref() != Some("inactive")
    )
}

/// The scopes the contract says `operation_id` requires.
fn required_scopes(operation_id: &str) -> &'static [&'static str] {
    generated::kadi4mat::v1::OPERATIONS
        .iter()
        .find(|op| op.operation_id == operation_id)
        .map_or(&[], |op| op.scopes)
}

/// Proof that a caller may do `A` to an active resource (a record, collection, template
/// or group): only [`resource`], [`resource_by_identifier`] and [`loaded`] make one,
/// each after checking a row just read.
#[derive(Debug, Clone)]
pub struct Permitted<A: Act> {
    row: Common,
    kind: Kind,
    _action: PhantomData<A>,
}

impl<A: Act> Permitted<A> {
    pub fn id(&self) -> i32 {
        self.row.id
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The resource's common columns, as read for the check.
    pub fn row(&self) -> &Common {
        &self.row
    }
}

/// What a caller wants to do with a resource.
pub trait Act {
    const ACTION: Action;
}

macro_rules! acts {
    ($($name:ident => $action:ident),* $(,)?) => {$(
        #[doc = concat!("The `", stringify!($action), "` action.")]
        #[derive(Debug, Clone)]
        pub enum $name {}
        impl Act for $name {
            const ACTION: Action = Action::$action;
        }
    )*};
}

acts! {
    Read => Read,
    Link => Link,
    Update => Update,
    Permissions => Permissions,
    Delete => Delete,
    Members => Members,
}

/// The active resource of `kind` with `id`, if `caller` may do `A` to it: 404 when it
/// does not exist or is in the trash, 403 when the caller lacks the permission (Kadi
/// answers 403 for a resource it will not show, and kadi-apy reads that answer).
pub async fn resource<A: Act>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
) -> Result<Permitted<A>, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    let row = resources::by_id(&state.db, kind, id).await?;
    check(state, caller, kind, row).await
}

/// As [`resource`], by identifier.
pub async fn resource_by_identifier<A: Act>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    identifier: &str,
) -> Result<Permitted<A>, KadiError> {
    let row = resources::by_identifier(&state.db, kind, identifier).await?;
    check(state, caller, kind, row).await
}

/// As [`resource`], for a row the service has just read with its type's own columns:
/// the hottest path, a read by id, then reads it once instead of twice.
pub async fn loaded<A: Act>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    row: Option<Common>,
) -> Result<Permitted<A>, KadiError> {
    check(state, caller, kind, row).await
}

async fn check<A: Act>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    row: Option<Common>,
) -> Result<Permitted<A>, KadiError> {
    let row = row
        .filter(|r| r.state == "active")
        .ok_or(KadiError::NotFound)?;
    if !may(state, caller, kind, &row, A::ACTION).await? {
        return Err(KadiError::Forbidden);
    }
    Ok(Permitted {
        row,
        kind,
        _action: PhantomData,
    })
}

/// Whether `caller` may do `action` to `row` of `kind`.
pub async fn may(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    row: &Common,
    action: Action,
) -> Result<bool, KadiError> {
    if caller.is_sysadmin() {
        return Ok(true);
    }
    if action == Action::Read && matches!(row.visibility.as_str(), "public" | "open") {
        return Ok(true);
    }
    let role = resources::role_of(&state.db, kind, row.id, caller).await?;
    Ok(role.is_some_and(|r| action.roles(kind).contains(&r.as_str())))
}

/// Proof that a caller may restore or purge a resource in the trash.
#[derive(Debug, Clone)]
pub struct Trashed {
    row: Common,
    kind: Kind,
}

impl Trashed {
    pub fn id(&self) -> i32 {
        self.row.id
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn row(&self) -> &Common {
        &self.row
    }
}

/// The deleted resource of `kind` with `id`, if `caller` may restore or purge it (its
/// creator, or a system administrator): 404 unless it is in the trash.
pub async fn trashed(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    id: i64,
) -> Result<Trashed, KadiError> {
    let id = i32::try_from(id).map_err(|_| KadiError::NotFound)?;
    let row = resources::by_id(&state.db, kind, id)
        .await?
        .filter(|r| r.state == "deleted")
        .ok_or(KadiError::NotFound)?;
    if row.creator_id != caller.id() && !caller.is_sysadmin() {
        return Err(KadiError::Forbidden);
    }
    Ok(Trashed { row, kind })
}
