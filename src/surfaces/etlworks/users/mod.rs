//! Users: listing, creating, editing and deleting them, and their one API key. An
//! Administrator manages their tenant's users; a Super Admin any tenant's, and the only
//! one who makes or edits super admins. Another tenant's user is a 404.

use generated::etlworks::v1 as api;

mod api_keys;
mod webhook_events;

pub use api_keys::{revoke_key, rotate_key};

use super::audit::{self, Write};
use super::auth::passwords;
use super::error::EtlworksError;
use super::events;
use super::fields;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::{api_token, et_user, user};
use crate::store::etlworks::tenants;
use crate::store::etlworks::users::{self, Account, Scope};

/// What a listing asks for.
pub struct ListQuery {
    pub limit: i32,
    pub offset: i32,
    pub q: Option<String>,
    pub role: Option<api::Role>,
}

/// One page of the users the caller manages, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    query: ListQuery,
) -> Result<(Vec<api::User>, i64), EtlworksError> {
    caller.at_least(Role::Administrator, "list users")?;
    let scope = if caller.is_super_admin() {
        Scope::TenantAndSuperAdmins(caller.tenant_id())
    } else {
        Scope::Tenant(caller.tenant_id())
    };
    let (offset, limit) = fields::page(query.offset, query.limit);
    let role = query.role.map(|r| r.as_str());
    let (rows, total) =
        users::page(&state.db, scope, query.q.as_deref(), role, offset, limit).await?;
    let ids: Vec<i32> = rows.iter().map(|a| a.person.id).collect();
    let mut keys = users::api_keys(&state.db, &ids).await?;
    let views = rows
        .into_iter()
        .map(|a| {
            let key = keys.remove(&a.person.id);
            view(&a, key.as_ref(), None)
        })
        .collect();
    Ok((views, total as i64))
}

/// The user `id`, if the caller may see them: themselves, or one they manage.
pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<api::User, EtlworksError> {
    let account = readable(state, caller, id).await?;
    let key = users::api_keys(&state.db, &[account.person.id]).await?;
    Ok(view(&account, key.get(&account.person.id), None))
}

/// Creates a user in the caller's tenant (a super admin may name another), with an API
/// key when asked (its clear text only in this answer).
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::UserInput,
) -> Result<api::User, EtlworksError> {
    caller.at_least(Role::Administrator, "create users")?;
    let role = Role::from(input.role);
    let tenant_id = target_tenant(state, caller, role, input.tenant_id).await?;
    let login = fields::login(&input.login)?;
    let email = fields::email("email", &input.email)?;
    passwords::check_new(&input.password).map_err(|_| {
        EtlworksError::BadRequest("Field 'password': a password has at least 8 characters".into())
    })?;
    let expires_at = fields::future_time(
        state,
        "apiKeyExpiresAt",
        input.api_key_expires_at.as_deref(),
    )?;
    if users::login_taken(&state.db, &login).await? {
        return Err(EtlworksError::Conflict(format!(
            "User with login {login} already exists"
        )));
    }
    if users::email_taken(&state.db, &email, None).await? {
        return Err(EtlworksError::Conflict(format!(
            "User with email {email} already exists"
        )));
    }
    let hash = passwords::hash(input.password).await?;
    let now = state.now_ms();
    let txn = crate::store::begin(&state.db).await?;
    let username = crate::store::accounts::free_username(
        &txn,
        &crate::surfaces::accounts::username_from_email(&email),
    )
    .await?;
    let person = crate::store::accounts::insert_user(
        &txn,
        crate::store::accounts::NewUser {
            id: None,
            email: email.clone(),
            password_hash: hash,
            first_name: input.first_name.unwrap_or_default(),
            last_name: input.last_name.unwrap_or_default(),
            organization: 1,
            is_admin: false,
            created_at: now,
            username,
            displayname: None,
            orcid: None,
            system_role: None,
            state: "active".into(),
        },
    )
    .await?;
    let etl = users::insert(&txn, new_side(person.id, login, role, tenant_id, now)).await?;
    let account = Account { person, etl };
    let (key, clear) = if input.generate_api_key.unwrap_or(false) {
        let (key, clear) = api_keys::mint(state, &txn, account.person.id, expires_at).await?;
        (Some(key), Some(clear))
    } else {
        (None, None)
    };
    let answer = view(&account, key.as_ref(), clear);
    let write = Write::new("create", "user", account.person.id.to_string())
        .named(&account.etl.login)
        .after(redacted(&answer));
    audit::by(
        &txn,
        now,
        Some(caller),
        tenant_id.or(Some(caller.tenant_id())),
        write,
    )
    .await?;
    webhook_events::announce(&txn, state, events::USER_CREATED, tenant_id, &answer).await?;
    txn.commit().await?;
    Ok(answer)
}

/// Etlworks' side of a new user, with the default profile.
pub fn new_side(
    user_id: i32,
    login: String,
    role: Role,
    tenant_id: Option<i32>,
    now: i64,
) -> et_user::Model {
    et_user::Model {
        user_id,
        login,
        role: role.as_str().into(),
        tenant_id,
        current_tenant_id: None,
        enabled: true,
        locale: "en-US".into(),
        time_zone: "UTC".into(),
        settings: super::profile::DEFAULT_SETTINGS.into(),
        notifications: super::profile::DEFAULT_NOTIFICATIONS.into(),
        totp_secret: None,
        totp_enabled_at: None,
        totp_pending: None,
        token_version: 0,
        last_login_at: None,
        created_at: now,
    }
}

/// Edits user `id`: email, names, role and whether they may sign in. Nobody changes
/// their own role or disables themselves (the last administrator could lock a tenant out).
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::UserUpdate,
) -> Result<api::User, EtlworksError> {
    caller.at_least(Role::Administrator, "edit users")?;
    let account = managed(state, caller, id).await?;
    let role = Role::from(input.role);
    if role == Role::SuperAdmin && !caller.is_super_admin() {
        return Err(EtlworksError::Forbidden(
            "Only a Super Admin can grant the Super Admin role".into(),
        ));
    }
    let own = account.person.id == caller.id();
    if own && (role != caller.role() || !input.enabled) {
        return Err(EtlworksError::Conflict(
            "You cannot change your own role or disable yourself".into(),
        ));
    }
    let email = fields::email("email", &input.email)?;
    if users::email_taken(&state.db, &email, Some(account.person.id)).await? {
        return Err(EtlworksError::Conflict(format!(
            "User with email {email} already exists"
        )));
    }
    let keys = users::api_keys(&state.db, &[account.person.id]).await?;
    let before = view(&account, keys.get(&account.person.id), None);
    let mut changed = account.clone();
    changed.person.email = email;
    if let Some(first) = input.first_name {
        changed.person.first_name = first;
    }
    if let Some(last) = input.last_name {
        changed.person.last_name = last;
    }
    changed.etl.tenant_id = if role == Role::SuperAdmin {
        None
    } else {
        account.etl.tenant_id.or(Some(caller.tenant_id()))
    };
    changed.etl.role = role.as_str().into();
    if account.etl.enabled && !input.enabled {
        // Disabling ends every token the user holds at once.
        changed.etl.token_version += 1;
    }
    changed.etl.enabled = input.enabled;
    let txn = crate::store::begin(&state.db).await?;
    let saved = users::update(&txn, changed).await?;
    let after = view(&saved, keys.get(&saved.person.id), None);
    let write = Write::new("update", "user", saved.person.id.to_string())
        .named(&saved.etl.login)
        .before(&before)
        .after(&after);
    audit::record(&txn, state.now_ms(), caller, write).await?;
    webhook_events::announce(
        &txn,
        state,
        events::USER_UPDATED,
        saved.etl.tenant_id,
        &after,
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Deletes user `id` (not oneself, not the last super admin).
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Administrator, "delete users")?;
    let account = managed(state, caller, id).await?;
    if account.person.id == caller.id() {
        return Err(EtlworksError::Conflict("You cannot delete yourself".into()));
    }
    if Role::parse(&account.etl.role) == Role::SuperAdmin
        && users::super_admin_count(&state.db).await? <= 1
    {
        return Err(EtlworksError::Conflict(
            "The last Super Admin cannot be deleted".into(),
        ));
    }
    let before = view(&account, None, None);
    let txn = crate::store::begin(&state.db).await?;
    users::delete(&txn, account.person.id, !account.person.is_admin).await?;
    let write = Write::new("delete", "user", account.person.id.to_string())
        .named(&account.etl.login)
        .before(redacted(&before));
    audit::record(&txn, state.now_ms(), caller, write).await?;
    webhook_events::announce(
        &txn,
        state,
        events::USER_DELETED,
        account.etl.tenant_id,
        &before,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The tenant a new user of `role` goes in: none for a super admin; otherwise the
/// caller's, or for a super admin the one named.
async fn target_tenant(
    state: &AppState,
    caller: &Caller,
    role: Role,
    named: Option<i64>,
) -> Result<Option<i32>, EtlworksError> {
    if role == Role::SuperAdmin {
        if !caller.is_super_admin() {
            return Err(EtlworksError::Forbidden(
                "Only a Super Admin can create a Super Admin".into(),
            ));
        }
        return Ok(None);
    }
    let Some(named) = named else {
        return Ok(Some(caller.tenant_id()));
    };
    if named == i64::from(caller.tenant_id()) {
        return Ok(Some(caller.tenant_id()));
    }
    if !caller.is_super_admin() {
        return Err(EtlworksError::Forbidden(
            "An Administrator creates users in their own tenant only".into(),
        ));
    }
    let tenant = match i32::try_from(named) {
        Ok(id) => tenants::by_id(&state.db, id).await?,
        Err(_) => None,
    };
    tenant.map(|t| Some(t.id)).ok_or_else(|| {
        EtlworksError::BadRequest(format!("Field 'tenantId': tenant {named} does not exist"))
    })
}

/// User `id` as the caller may read them: themselves, or one they manage; else a 404
/// (another tenant's) or a 403 (their tenant's, without the role).
async fn readable(state: &AppState, caller: &Caller, id: i64) -> Result<Account, EtlworksError> {
    let account = found(state, caller, id).await?;
    if account.person.id != caller.id() {
        caller.at_least(Role::Administrator, "read other users")?;
    }
    Ok(account)
}

/// User `id`, one the caller (an administrator) may change; a tenant administrator
/// does not see super admins.
async fn managed(state: &AppState, caller: &Caller, id: i64) -> Result<Account, EtlworksError> {
    let account = found(state, caller, id).await?;
    if Role::parse(&account.etl.role) == Role::SuperAdmin && !caller.is_super_admin() {
        return Err(not_found(id));
    }
    Ok(account)
}

/// User `id` if they are in the caller's tenant (super admins see super admins too).
pub(super) async fn found(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<Account, EtlworksError> {
    let account = match i32::try_from(id) {
        Ok(id) => users::by_id(&state.db, id).await?,
        Err(_) => None,
    }
    .ok_or_else(|| not_found(id))?;
    let same_tenant = account.etl.tenant_id == Some(caller.tenant_id());
    let visible = account.person.id == caller.id()
        || same_tenant
        || (caller.is_super_admin() && account.etl.tenant_id.is_none());
    if visible {
        Ok(account)
    } else {
        Err(not_found(id))
    }
}

pub(super) fn not_found(id: i64) -> EtlworksError {
    EtlworksError::NotFound(format!("User {id} not found"))
}

/// The API view of an account; `clear` is a key generated in this very request.
pub fn view(account: &Account, key: Option<&api_token::Model>, clear: Option<String>) -> api::User {
    let person: &user::Model = &account.person;
    api::User {
        id: person.id.into(),
        login: account.etl.login.clone(),
        email: person.email.clone(),
        first_name: person.first_name.clone(),
        last_name: person.last_name.clone(),
        role: Role::parse(&account.etl.role).wire(),
        tenant_id: account.etl.tenant_id.map(i64::from),
        enabled: account.etl.enabled,
        two_factor_enabled: account.etl.totp_secret.is_some(),
        has_api_key: key.is_some(),
        api_key_expires_at: key.and_then(|k| k.expires_at).map(iso_seconds),
        last_login_at: account.etl.last_login_at.map(iso_seconds),
        created_at: iso_seconds(account.etl.created_at),
        api_key: clear,
    }
}

/// A user's view without the clear-text key, for the audit log.
fn redacted(user: &api::User) -> api::User {
    api::User {
        api_key: None,
        ..user.clone()
    }
}
