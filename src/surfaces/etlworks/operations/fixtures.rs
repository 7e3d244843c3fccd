//! The fixtures' `etlworks.agents` and `etlworks.subscriptions`, both ways: the only way
//! an on-prem agent comes to exist in Understudy (it runs none), and a tenant's
//! subscription tier. An agent whose tenant already has one of that name, and a tenant
//! whose tier is already the one given, are left as they are, so loading twice changes
//! nothing. A `restarting` agent exports as `online` (its restart ends by itself).

use schemars::JsonSchema;
use sea_orm::{ConnectionTrait, Set};
use serde::{Deserialize, Serialize};

use super::billing;
use super::settings;
use crate::fixtures::at;
use crate::state::AppState;
use crate::store::entities::et_agent;
use crate::store::etlworks::{agents, settings as settings_store, tenants};

/// An on-prem agent of a tenant.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EtlworksAgentFixture {
    /// The tenant's name.
    pub tenant: String,
    /// Unique within the tenant.
    pub name: String,
    pub hostname: String,
    /// The agent's software version; Understudy's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `online` or `offline`.
    #[serde(default = "online")]
    pub status: String,
    /// Epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen_at: Option<i64>,
    #[serde(default)]
    pub running_flows: i32,
}

/// A tenant's subscription tier.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EtlworksSubscriptionFixture {
    /// The tenant's name.
    pub tenant: String,
    /// `Starter`, `Business` or `Enterprise`.
    pub tier: String,
}

fn online() -> String {
    "online".into()
}

/// Loads the agents at `path.agents` and the tiers at `path.subscriptions` (after the
/// tenants they name).
pub async fn load<C: ConnectionTrait>(
    state: &AppState,
    db: &C,
    path: &str,
    agent_list: &[EtlworksAgentFixture],
    subscriptions: &[EtlworksSubscriptionFixture],
) -> Result<(), String> {
    for (i, fx) in agent_list.iter().enumerate() {
        let here = at(&format!("{path}.agents"), i);
        let tenant = tenant_named(db, &here, &fx.tenant).await?;
        let failed = |e: crate::store::StoreError| format!("{here}: {e}");
        if !matches!(fx.status.as_str(), "online" | "offline") {
            return Err(format!("{here}.status: online or offline"));
        }
        if fx.name.is_empty() || fx.hostname.is_empty() || fx.running_flows < 0 {
            return Err(format!(
                "{here}: a name, a hostname and runningFlows of 0 or more"
            ));
        }
        if agents::named(db, tenant, &fx.name).await.map_err(failed)? {
            continue;
        }
        let row = et_agent::ActiveModel {
            id: sea_orm::NotSet,
            tenant_id: Set(tenant),
            name: Set(fx.name.clone()),
            hostname: Set(fx.hostname.clone()),
            version: Set(fx.version.clone().unwrap_or_else(|| super::VERSION.into())),
            status: Set(fx.status.clone()),
            last_seen_at: Set(fx.last_seen_at),
            running_flows: Set(fx.running_flows),
            restart_due_at: Set(None),
            created_at: Set(state.now_ms()),
        };
        agents::insert(db, row).await.map_err(failed)?;
    }
    for (i, fx) in subscriptions.iter().enumerate() {
        let here = at(&format!("{path}.subscriptions"), i);
        let tier = billing::tier(&fx.tier)
            .ok_or_else(|| format!("{here}.tier: Starter, Business or Enterprise"))?;
        let id = tenant_named(db, &here, &fx.tenant).await?;
        let failed = |e: crate::store::StoreError| format!("{here}: {e}");
        let tenant = tenants::by_id(db, id)
            .await
            .map_err(failed)?
            .ok_or_else(|| format!("{here}.tenant: no tenant is named {}", fx.tenant))?;
        let mut row = settings_store::of(db, id)
            .await
            .map_err(failed)?
            .unwrap_or_else(|| settings::defaults(&tenant));
        if row.tier != tier.name {
            row.tier = tier.name.into();
            settings_store::save(db, row).await.map_err(failed)?;
        }
    }
    Ok(())
}

/// Every agent, and every tenant's tier but the default, as an export writes them.
pub async fn export<C: ConnectionTrait>(
    db: &C,
) -> Result<(Vec<EtlworksAgentFixture>, Vec<EtlworksSubscriptionFixture>), String> {
    let names: std::collections::HashMap<i32, String> = tenants::all(db)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let agent_list = agents::all(db)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter_map(|a| {
            Some(EtlworksAgentFixture {
                tenant: names.get(&a.tenant_id)?.clone(),
                name: a.name,
                hostname: a.hostname,
                version: Some(a.version),
                status: if a.status == "offline" {
                    "offline"
                } else {
                    "online"
                }
                .into(),
                last_seen_at: a.last_seen_at,
                running_flows: a.running_flows,
            })
        })
        .collect();
    let subscriptions = settings_store::all(db)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|s| s.tier != settings::DEFAULT_TIER)
        .filter_map(|s| {
            Some(EtlworksSubscriptionFixture {
                tenant: names.get(&s.tenant_id)?.clone(),
                tier: s.tier,
            })
        })
        .collect();
    Ok((agent_list, subscriptions))
}

async fn tenant_named<C: ConnectionTrait>(db: &C, here: &str, name: &str) -> Result<i32, String> {
    tenants::by_name(db, name)
        .await
        .map_err(|e| format!("{here}: {e}"))?
        .map(|t| t.id)
        .ok_or_else(|| format!("{here}.tenant: no tenant is named {name}"))
}
