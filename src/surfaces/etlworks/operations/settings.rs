//! Tenant settings (`/rest/v1/settings`): every role reads them, an Administrator
//! replaces them (checked field by field, audited). A tenant that never saved any reads
//! the defaults. The retention settings drive behaviour: the recycle bin keeps what is
//! deleted for `recycleBinRetentionDays` ([`recycle_bin_retention_ms`]), and the job loop
//! purges executions and audit events past theirs ([`super::retention`]).

use generated::etlworks::v1 as api;
use sea_orm::ConnectionTrait;

use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::{et_tenant, et_tenant_settings as row};
use crate::store::etlworks::settings as store;
use crate::store::StoreError;
use crate::surfaces::etlworks::audit::{self, Write};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// The audit log's name for the settings.
const RESOURCE: &str = "settings";
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The defaults, as the contract's examples give them.
pub const AUDIT_DAYS: i32 = 365;
pub const EXECUTION_DAYS: i32 = 30;
pub const RECYCLE_BIN_DAYS: i32 = 90;
const MAX_PARALLEL: i32 = 10;
const PRIMARY_COLOR: &str = "#1f6feb";
/// The tier of a tenant whose row names none.
pub const DEFAULT_TIER: &str = "Business";
/// The most days a retention may be set to (a hundred years).
const MAX_DAYS: i32 = 36_500;

/// The caller's tenant's settings.
pub async fn get(state: &AppState, caller: &Caller) -> Result<api::TenantSettings, EtlworksError> {
    Ok(view(&stored(&state.db, caller.tenant()).await?))
}

/// Replaces the caller's tenant's settings. Administrators only.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    input: api::TenantSettings,
) -> Result<api::TenantSettings, EtlworksError> {
    caller.at_least(Role::Administrator, "change the tenant's settings")?;
    let now = state.now_ms();
    let tx = crate::store::begin(&state.db).await?;
    let current = stored(&tx, caller.tenant()).await?;
    let next = checked(input, current.clone(), now)?;
    let saved = store::save(&tx, next).await?;
    let (before, after) = (view(&current), view(&saved));
    let write = Write::new("update", RESOURCE, caller.tenant_id().to_string())
        .named(&caller.tenant().name)
        .before(&before)
        .after(&after);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await?;
    Ok(after)
}

/// The tenant's row, or the defaults when it never saved one.
pub async fn stored<C: ConnectionTrait>(
    db: &C,
    tenant: &et_tenant::Model,
) -> Result<row::Model, EtlworksError> {
    Ok(store::of(db, tenant.id)
        .await?
        .unwrap_or_else(|| defaults(tenant)))
}

/// How long the tenant's recycle bin keeps what is deleted now.
pub async fn recycle_bin_retention_ms<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<i64, EtlworksError> {
    let days = store::of(db, tenant_id)
        .await?
        .map_or(RECYCLE_BIN_DAYS, |s| s.recycle_bin_retention_days);
    Ok(days_ms(days))
}

/// How many of the tenant's flows may run at once, on every replica together.
pub async fn max_parallel_flows<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<i32, StoreError> {
    Ok(store::of(db, tenant_id)
        .await?
        .map_or(MAX_PARALLEL, |s| s.max_parallel_flows))
}

/// `days` in milliseconds.
pub fn days_ms(days: i32) -> i64 {
    i64::from(days) * DAY_MS
}

/// What a tenant that never saved settings reads: its name as the company name.
pub fn defaults(tenant: &et_tenant::Model) -> row::Model {
    row::Model {
        tenant_id: tenant.id,
        audit_retention_days: AUDIT_DAYS,
        execution_retention_days: EXECUTION_DAYS,
        recycle_bin_retention_days: RECYCLE_BIN_DAYS,
        default_time_zone: "UTC".into(),
        default_locale: "en-US".into(),
        max_parallel_flows: MAX_PARALLEL,
        company_name: tenant.name.clone(),
        logo_url: None,
        primary_color: PRIMARY_COLOR.into(),
        tier: DEFAULT_TIER.into(),
        updated_at: tenant.created_at,
    }
}

/// `input` checked, over `current` (whose tier it keeps).
fn checked(
    input: api::TenantSettings,
    current: row::Model,
    now: i64,
) -> Result<row::Model, EtlworksError> {
    let zone = input.default_time_zone;
    if zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(EtlworksError::BadRequest(format!(
            "Field 'defaultTimeZone': {zone:?} is not an IANA time zone"
        )));
    }
    let branding = input.branding;
    let color = &branding.primary_color;
    let is_color = color.len() == 7
        && color.starts_with('#')
        && color[1..].chars().all(|c| c.is_ascii_hexdigit());
    if !is_color {
        return Err(EtlworksError::BadRequest(format!(
            "Field 'branding.primaryColor': {color:?} is not a #rrggbb colour"
        )));
    }
    let logo_url = match branding.logo_url {
        Some(url) if !(url.starts_with("https://") || url.starts_with("http://")) => {
            return Err(EtlworksError::BadRequest(format!(
                "Field 'branding.logoUrl': {url:?} is not an http(s) URL"
            )))
        }
        other => other,
    };
    Ok(row::Model {
        tenant_id: current.tenant_id,
        audit_retention_days: days("auditRetentionDays", input.audit_retention_days)?,
        execution_retention_days: days("executionRetentionDays", input.execution_retention_days)?,
        recycle_bin_retention_days: days(
            "recycleBinRetentionDays",
            input.recycle_bin_retention_days,
        )?,
        default_time_zone: zone,
        default_locale: fields::language_tag("defaultLocale", &input.default_locale)?,
        max_parallel_flows: bounded("maxParallelFlows", input.max_parallel_flows, 1, 1000)?,
        company_name: fields::name("branding.companyName", &branding.company_name, 200)?,
        logo_url,
        primary_color: color.clone(),
        tier: current.tier,
        updated_at: now,
    })
}

fn days(field: &str, value: i32) -> Result<i32, EtlworksError> {
    bounded(field, value, 1, MAX_DAYS)
}

fn bounded(field: &str, value: i32, min: i32, max: i32) -> Result<i32, EtlworksError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(EtlworksError::BadRequest(format!(
            "Field '{field}': {min} to {max}"
        )))
    }
}

/// The API view of a settings row.
pub fn view(s: &row::Model) -> api::TenantSettings {
    api::TenantSettings {
        audit_retention_days: s.audit_retention_days,
        execution_retention_days: s.execution_retention_days,
        recycle_bin_retention_days: s.recycle_bin_retention_days,
        default_time_zone: s.default_time_zone.clone(),
        default_locale: s.default_locale.clone(),
        max_parallel_flows: s.max_parallel_flows,
        branding: api::BrandingSettings {
            company_name: s.company_name.clone(),
            logo_url: s.logo_url.clone(),
            primary_color: s.primary_color.clone(),
        },
    }
}
