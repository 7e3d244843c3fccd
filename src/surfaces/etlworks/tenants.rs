//! Tenants: a Super Admin sees, creates and edits them all; everyone else sees only
//! their own (another tenant is a 404). An inactive tenant's users are refused at once
//! (the check is in every call's authentication).

use generated::etlworks::v1 as api;

use super::audit::{self, Write};
use super::auth::sso::is_absolute_uri;
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_tenant;
use crate::store::etlworks::tenants::{self, NewTenant};

/// One page of the tenants the caller sees, and how many there are.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    offset: i32,
    limit: i32,
) -> Result<(Vec<api::Tenant>, i64), EtlworksError> {
    let only = (!caller.is_super_admin()).then_some(caller.tenant_id());
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) = tenants::page(&state.db, only, offset, limit).await?;
    let ids: Vec<i32> = rows.iter().map(|t| t.id).collect();
    let counts = tenants::user_counts(&state.db, &ids).await?;
    let views = rows
        .into_iter()
        .map(|t| {
            let n = counts.get(&t.id).copied().unwrap_or(0);
            view(t, n)
        })
        .collect();
    Ok((views, total as i64))
}

pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<api::Tenant, EtlworksError> {
    let tenant = visible(state, caller, id).await?;
    counted(state, tenant).await
}

/// Tenant `id` if the caller may see it: any for a super admin, else their own.
pub async fn visible(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<et_tenant::Model, EtlworksError> {
    let not_found = || EtlworksError::NotFound(format!("Tenant {id} not found"));
    let id = i32::try_from(id).map_err(|_| not_found())?;
    if !caller.is_super_admin() && id != caller.tenant_id() {
        return Err(not_found());
    }
    tenants::by_id(&state.db, id).await?.ok_or_else(not_found)
}

/// Creates a tenant (Super Admin only; names are unique).
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::TenantInput,
) -> Result<api::Tenant, EtlworksError> {
    caller.at_least(Role::SuperAdmin, "create tenants")?;
    let name = fields::name("name", &input.name, 128)?;
    let sso_url = sso(input.sso_url)?;
    if tenants::by_name(&state.db, &name).await?.is_some() {
        return Err(EtlworksError::Conflict(format!(
            "Tenant {name} already exists"
        )));
    }
    let now = state.now_ms();
    let txn = crate::store::begin(&state.db).await?;
    let tenant = tenants::insert(
        &txn,
        NewTenant {
            id: None,
            name,
            description: input.description,
            sso_url,
            active: true,
            created_at: now,
        },
    )
    .await?;
    let answer = view(tenant.clone(), 0);
    let write = Write::new("create", "tenant", tenant.id.to_string())
        .named(&tenant.name)
        .after(&answer);
    audit::by(&txn, now, Some(caller), Some(tenant.id), write).await?;
    txn.commit().await?;
    Ok(answer)
}

/// Edits tenant `id` (Super Admin only); omitted (or null) fields keep their value.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::TenantUpdate,
) -> Result<api::Tenant, EtlworksError> {
    caller.at_least(Role::SuperAdmin, "edit tenants")?;
    let tenant = visible(state, caller, id).await?;
    let before = counted(state, tenant.clone()).await?;
    let mut changed = tenant;
    if let Some(description) = input.description {
        changed.description = Some(description).filter(|d| !d.is_empty());
    }
    if let Some(url) = input.sso_url {
        changed.sso_url = sso(Some(url))?;
    }
    if let Some(active) = input.active {
        changed.active = active;
    }
    let txn = crate::store::begin(&state.db).await?;
    let saved = tenants::update(&txn, changed).await?;
    let after = view(saved.clone(), before.user_count.into());
    let write = Write::new("update", "tenant", saved.id.to_string())
        .named(&saved.name)
        .before(&before)
        .after(&after);
    audit::by(&txn, state.now_ms(), Some(caller), Some(saved.id), write).await?;
    txn.commit().await?;
    Ok(after)
}

fn sso(url: Option<String>) -> Result<Option<String>, EtlworksError> {
    match url {
        Some(u) if !is_absolute_uri(&u) => Err(EtlworksError::BadRequest(
            "Field 'ssoUrl': an absolute URI".into(),
        )),
        other => Ok(other),
    }
}

async fn counted(state: &AppState, tenant: et_tenant::Model) -> Result<api::Tenant, EtlworksError> {
    let counts = tenants::user_counts(&state.db, &[tenant.id]).await?;
    let n = counts.get(&tenant.id).copied().unwrap_or(0);
    Ok(view(tenant, n))
}

fn view(tenant: et_tenant::Model, users: i64) -> api::Tenant {
    api::Tenant {
        id: tenant.id.into(),
        name: tenant.name,
        description: tenant.description,
        active: tenant.active,
        user_count: i32::try_from(users).unwrap_or(i32::MAX),
        sso_url: tenant.sso_url,
        created_at: iso_seconds(tenant.created_at),
    }
}
