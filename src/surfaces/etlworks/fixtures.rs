//! Etlworks' tenants and users in a fixtures file, both ways. A user entry gives
//! Etlworks' side (login, role, tenant, profile) to a person of the file's `users`
//! section (or one that exists), found by email; their password and Etlworks API key are
//! the person's (`users[].tokens` with product `etlworks`). A tenant whose id or name
//! exists, or a person who has an Etlworks side already, is left as it is, so loading
//! twice changes nothing. Two-factor secrets are not exported (no hash of one can
//! verify a code): exported users sign in with their password alone.
//!
//! A tenant's connections, formats, listeners, flows and schedules are one `resources`
//! entry: a bundle as `/io/export` writes it, but with its secrets in clear text, loaded
//! through the import (by name, ids translated), so loading twice changes nothing here
//! either.

use generated::etlworks::v1 as api;
use schemars::JsonSchema;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};

use super::connections::transfer;
use super::operations::fixtures::{
    self as operations, EtlworksAgentFixture, EtlworksSubscriptionFixture,
};
use super::users::new_side;
use crate::authz::etlworks::{Caller, Role};
use crate::fixtures::{at, schema, user_by_email, Loaded, Order};
use crate::state::AppState;
use crate::store::entities::user;
use crate::store::etlworks::tenants::{self, NewTenant};
use crate::store::etlworks::users::{self, Account};

/// The `etlworks` section.
#[derive(Debug, Default, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EtlworksFixtures {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenants: Vec<TenantFixture>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<EtlworksUserFixture>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<ResourcesFixture>,
    /// On-prem agents: the only way one comes to exist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agents: Vec<EtlworksAgentFixture>,
    /// Tenants' subscription tiers (Business when absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subscriptions: Vec<EtlworksSubscriptionFixture>,
}

impl EtlworksFixtures {
    pub fn is_empty(&self) -> bool {
        self.tenants.is_empty()
            && self.users.is_empty()
            && self.resources.is_empty()
            && self.agents.is_empty()
            && self.subscriptions.is_empty()
    }

    /// Whether the file brings tenant 1 (an export brings its instance's default), which
    /// then takes the place of the default tenant a store starts with.
    pub fn holds_first_tenant(&self) -> bool {
        self.tenants.iter().any(|t| t.id == Some(1))
    }
}

/// A tenant, in the API's field names.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TenantFixture {
    /// Assigned when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Unique.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_url: Option<String>,
    #[serde(default = "active")]
    pub active: bool,
    /// Epoch milliseconds; now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

/// Etlworks' side of a person.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EtlworksUserFixture {
    /// The person's email (a user of the file's `users`, or one that exists).
    pub email: String,
    /// What they sign in with; unique. Their email when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[schemars(schema_with = "role")]
    pub role: api::Role,
    /// The tenant's name; none for a super admin, required for every other role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[serde(default = "active")]
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_at: Option<i64>,
}

/// One tenant's connections, formats, listeners, flows and schedules.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ResourcesFixture {
    /// The tenant's name.
    pub tenant: String,
    /// The login the load acts as (it owns what it creates; the audit names it): an
    /// editor or administrator of the tenant, or a super admin. The first super admin
    /// when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// As `/io/export` writes it; secrets in clear text (keep the file private).
    #[schemars(schema_with = "bundle")]
    pub bundle: api::ExportBundle,
}

fn bundle(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schema::component(g, "etlworks", "ExportBundle")
}

fn active() -> bool {
    true
}

fn role(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schema::component(g, "etlworks", "Role")
}

/// Loads the tenants, then the users, then the resources of the section at `path`.
pub async fn load<C: ConnectionTrait + TransactionTrait>(
    state: &AppState,
    db: &C,
    path: &str,
    fixtures: &EtlworksFixtures,
    loaded: &mut Loaded,
) -> Result<(), String> {
    let mut order = Order::new(fixtures.tenants.iter().map(|t| t.id));
    while let Some(i) = order.next(db).await? {
        let fx = &fixtures.tenants[i];
        let here = at(&format!("{path}.tenants"), i);
        let failed = |e: crate::store::StoreError| format!("{here}: {e}");
        let by_id = match fx.id {
            Some(id) => tenants::by_id(db, id).await.map_err(failed)?,
            None => None,
        };
        if by_id.is_some()
            || tenants::by_name(db, &fx.name)
                .await
                .map_err(failed)?
                .is_some()
        {
            continue;
        }
        if fx.name.is_empty() || fx.name.chars().count() > 128 {
            return Err(format!("{here}.name: 1 to 128 characters"));
        }
        let new = NewTenant {
            id: fx.id,
            name: fx.name.clone(),
            description: fx.description.clone(),
            sso_url: fx.sso_url.clone(),
            active: fx.active,
            created_at: fx.created_at.unwrap_or_else(|| state.now_ms()),
        };
        tenants::insert(db, new).await.map_err(failed)?;
        loaded.etlworks_tenants += 1;
    }
    for (i, fx) in fixtures.users.iter().enumerate() {
        let here = at(&format!("{path}.users"), i);
        let person = user_by_email(db, &here, &fx.email).await?;
        let failed = |e: crate::store::StoreError| format!("{here}: {e}");
        if users::by_id(db, person.id).await.map_err(failed)?.is_some() {
            continue;
        }
        let login = fx.login.clone().unwrap_or_else(|| person.email.clone());
        if users::login_taken(db, &login).await.map_err(failed)? {
            continue;
        }
        let side = side(state, db, &here, fx, &person, login).await?;
        users::insert(db, side).await.map_err(failed)?;
        loaded.etlworks_users += 1;
    }
    for (i, fx) in fixtures.resources.iter().enumerate() {
        let here = at(&format!("{path}.resources"), i);
        let caller = acting(db, &here, &fx.tenant, fx.owner.as_deref()).await?;
        let imported = transfer::import_into(db, state, &caller, false, fx.bundle.clone())
            .await
            .map_err(|e| format!("{here}.bundle: {}", e.message()))?;
        loaded.etlworks_resources += imported
            .items
            .iter()
            .filter(|i| i.action == api::ImportItemAction::Create)
            .count();
    }
    operations::load(state, db, path, &fixtures.agents, &fixtures.subscriptions).await
}

/// The caller a `resources` entry at `here` acts as: `owner` (or the first super
/// admin) in the tenant named `tenant`.
async fn acting<C: ConnectionTrait>(
    db: &C,
    here: &str,
    tenant: &str,
    owner: Option<&str>,
) -> Result<Caller, String> {
    let failed = |e: crate::store::StoreError| format!("{here}: {e}");
    let tenant_row = tenants::by_name(db, tenant)
        .await
        .map_err(failed)?
        .ok_or_else(|| format!("{here}.tenant: no tenant is named {tenant}"))?;
    let account = match owner {
        Some(login) => users::by_login(db, login)
            .await
            .map_err(failed)?
            .ok_or_else(|| format!("{here}.owner: no Etlworks user signs in as {login}"))?,
        None => first_super_admin(db)
            .await?
            .ok_or_else(|| format!("{here}.owner: no super admin exists; name one"))?,
    };
    let role = Role::parse(&account.etl.role);
    let member = account.etl.tenant_id == Some(tenant_row.id) || role == Role::SuperAdmin;
    if !member || role < Role::Editor {
        return Err(format!(
            "{here}.owner: {} may not write in tenant {tenant}",
            account.etl.login
        ));
    }
    Ok(Caller::acting(account, tenant_row))
}

async fn first_super_admin<C: ConnectionTrait>(db: &C) -> Result<Option<Account>, String> {
    let all = users::all(db).await.map_err(|e| e.to_string())?;
    Ok(all
        .into_iter()
        .find(|a| Role::parse(&a.etl.role) == Role::SuperAdmin))
}

/// Etlworks' side of `person` as entry `fx` at `here` describes it.
async fn side<C: ConnectionTrait>(
    state: &AppState,
    db: &C,
    here: &str,
    fx: &EtlworksUserFixture,
    person: &user::Model,
    login: String,
) -> Result<crate::store::entities::et_user::Model, String> {
    let role = Role::from(fx.role);
    let tenant = match (&fx.tenant, role) {
        (None, Role::SuperAdmin) => None,
        (Some(_), Role::SuperAdmin) => {
            return Err(format!(
                "{here}.tenant: a SUPER_ADMIN spans tenants and has none"
            ))
        }
        (None, _) => return Err(format!("{here}.tenant: a {} needs one", role.as_str())),
        (Some(name), _) => Some(
            tenants::by_name(db, name)
                .await
                .map_err(|e| format!("{here}: {e}"))?
                .ok_or_else(|| format!("{here}.tenant: no tenant is named {name}"))?
                .id,
        ),
    };
    let mut side = new_side(
        person.id,
        login,
        role,
        tenant,
        fx.created_at.unwrap_or_else(|| state.now_ms()),
    );
    side.enabled = fx.enabled;
    if let Some(locale) = &fx.locale {
        side.locale = locale.clone();
    }
    if let Some(zone) = &fx.time_zone {
        if zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(format!(
                "{here}.timeZone: {zone:?} is not an IANA time zone"
            ));
        }
        side.time_zone = zone.clone();
    }
    side.last_login_at = fx.last_login_at;
    Ok(side)
}

/// The section as an export writes it: every tenant, every user's Etlworks side, and
/// each tenant's resources (read as the first super admin, who may read them all).
pub async fn export(state: &AppState) -> Result<EtlworksFixtures, String> {
    let db = &state.db;
    let all_tenants = tenants::all(db).await.map_err(|e| e.to_string())?;
    let mut resources = Vec::new();
    if let Some(admin) = first_super_admin(db).await? {
        for tenant in &all_tenants {
            let caller = Caller::acting(admin.clone(), tenant.clone());
            let bundle = transfer::export_with_secrets(state, &caller)
                .await
                .map_err(|e| format!("etlworks tenant {}: {}", tenant.name, e.message()))?;
            let empty = bundle.flows.is_empty()
                && bundle.connections.is_empty()
                && bundle.formats.is_empty()
                && bundle.schedules.is_empty()
                && bundle.listeners.as_ref().is_none_or(Vec::is_empty);
            if !empty {
                resources.push(ResourcesFixture {
                    tenant: tenant.name.clone(),
                    owner: None,
                    bundle,
                });
            }
        }
    }
    let names: std::collections::HashMap<i32, String> =
        all_tenants.iter().map(|t| (t.id, t.name.clone())).collect();
    let accounts = users::all(db).await.map_err(|e| e.to_string())?;
    let (agents, subscriptions) = operations::export(db).await?;
    Ok(EtlworksFixtures {
        tenants: all_tenants
            .into_iter()
            .map(|t| TenantFixture {
                id: Some(t.id),
                name: t.name,
                description: t.description,
                sso_url: t.sso_url,
                active: t.active,
                created_at: Some(t.created_at),
            })
            .collect(),
        users: accounts
            .into_iter()
            .map(|a| user_entry(a, &names))
            .collect(),
        resources,
        agents,
        subscriptions,
    })
}

fn user_entry(
    account: Account,
    tenants: &std::collections::HashMap<i32, String>,
) -> EtlworksUserFixture {
    let Account { person, etl } = account;
    EtlworksUserFixture {
        email: person.email,
        login: Some(etl.login),
        role: Role::parse(&etl.role).wire(),
        tenant: etl.tenant_id.and_then(|t| tenants.get(&t).cloned()),
        enabled: etl.enabled,
        locale: Some(etl.locale),
        time_zone: Some(etl.time_zone),
        created_at: Some(etl.created_at),
        last_login_at: etl.last_login_at,
    }
}
