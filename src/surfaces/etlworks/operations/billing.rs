//! Billing (`/rest/v1/billing/*`), computed from the tenant rather than kept: the tier is
//! the one stored with its settings ([`super::settings::DEFAULT_TIER`] unless the
//! fixtures say otherwise), seats used are its users, the allowance used counts the
//! executions queued this period, and there is one invoice per calendar month (UTC)
//! that ended since the tenant was created, issued the first of the next month, due
//! [`DUE_DAYS`] later and `paid` once due. Every answer follows from the clock and the
//! stored rows, so it is the same on every replica.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use generated::etlworks::v1 as api;

use super::settings::{self, days_ms};
use crate::authz::etlworks::Caller;
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::etlworks::{metrics, tenants};
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// A tier: its name, seats, monthly executions and monthly price in USD.
pub struct Tier {
    pub name: &'static str,
    pub seats: i32,
    pub executions: i64,
    pub price: f64,
}

/// The tiers a tenant may have.
pub const TIERS: [Tier; 3] = [
    Tier {
        name: "Starter",
        seats: 5,
        executions: 10_000,
        price: 300.0,
    },
    Tier {
        name: "Business",
        seats: 20,
        executions: 100_000,
        price: 1490.0,
    },
    Tier {
        name: "Enterprise",
        seats: 100,
        executions: 1_000_000,
        price: 4990.0,
    },
];

/// Days from an invoice's issue to its due date.
pub const DUE_DAYS: i32 = 14;

/// The tier named `name`, if there is one.
pub fn tier(name: &str) -> Option<&'static Tier> {
    TIERS.iter().find(|t| t.name.eq_ignore_ascii_case(name))
}

/// The caller's tenant's subscription this month.
pub async fn subscription(
    state: &AppState,
    caller: &Caller,
) -> Result<api::Subscription, EtlworksError> {
    let tenant = caller.tenant();
    let tier = tier_of(state, caller).await?;
    let (start, end) = month_of(state.now_ms())?;
    let seats_used = tenants::user_counts(&state.db, &[tenant.id])
        .await?
        .get(&tenant.id)
        .copied()
        .unwrap_or(0);
    let used = metrics::count_queued(&state.db, tenant.id, start, end).await?;
    Ok(api::Subscription {
        tier: tier.name.into(),
        status: if tenant.active {
            api::SubscriptionStatus::Active
        } else {
            api::SubscriptionStatus::Canceled
        },
        seats: tier.seats,
        seats_used: i32::try_from(seats_used).unwrap_or(i32::MAX),
        allowance_unit: "executions".into(),
        allowance: tier.executions,
        allowance_used: used as i64,
        period_start: iso_seconds(start),
        // The period's last second, as the contract shows it.
        period_end: iso_seconds(end - 1000),
    })
}

/// A page of the tenant's invoices, newest first, and how many there are.
pub async fn invoices(
    state: &AppState,
    caller: &Caller,
    params: api::ListInvoicesParams,
) -> Result<(Vec<api::Invoice>, i64), EtlworksError> {
    let tenant = caller.tenant();
    let tier = tier_of(state, caller).await?;
    let now = state.now_ms();
    let (current, _) = month_of(now)?;
    // Every month from the tenant's first up to (not including) the current one.
    let mut months = Vec::new();
    let (mut month, _) = month_of(tenant.created_at)?;
    while month < current {
        let (_, next) = month_of(month)?;
        months.push((month, next));
        month = next;
    }
    let total = months.len() as i64;
    let (offset, limit) = fields::page(params.offset, params.limit);
    let page = months
        .iter()
        .rev()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|&(start, issued)| {
            let due = issued + days_ms(DUE_DAYS);
            let date = date_of(start);
            api::Invoice {
                id: format!("INV-{}-{}-{:02}", date.year(), tenant.id, date.month()),
                issued_at: iso_seconds(issued),
                due_at: iso_seconds(due),
                amount: tier.price,
                currency: "USD".into(),
                status: if now >= due {
                    api::InvoiceStatus::Paid
                } else {
                    api::InvoiceStatus::Open
                },
                // Understudy renders no PDF.
                pdf_url: None,
            }
        })
        .collect();
    Ok((page, total))
}

async fn tier_of(state: &AppState, caller: &Caller) -> Result<&'static Tier, EtlworksError> {
    let stored = settings::stored(&state.db, caller.tenant()).await?;
    // The fixtures check the name; a row edited by hand reads as the default tier.
    Ok(tier(&stored.tier)
        .or_else(|| tier(settings::DEFAULT_TIER))
        .unwrap_or(&TIERS[1]))
}

/// The start of the UTC calendar month holding `ms`, and of the next one.
fn month_of(ms: i64) -> Result<(i64, i64), EtlworksError> {
    let date = date_of(ms);
    let first = NaiveDate::from_ymd_opt(date.year(), date.month(), 1);
    let next = if date.month() == 12 {
        NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => Ok((millis(a), millis(b))),
        _ => Err(EtlworksError::Internal),
    }
}

fn date_of(ms: i64) -> NaiveDate {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .date_naive()
}

fn millis(day: NaiveDate) -> i64 {
    day.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or_default()
}
