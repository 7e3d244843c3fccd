//! Execution metrics (`/rest/v1/metrics/executions*`), computed from the tenant's
//! executions: the statistics of a window (any role) and the reporting API's per-flow
//! aggregates for one UTC day (Administrators; another tenant's for a Super Admin). A
//! run belongs to the window, or the day, in which it was queued; its duration runs from
//! its start to its end.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use generated::etlworks::v1 as api;

use super::settings::days_ms;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::etlworks::metrics::{self as store, Run};
use crate::store::etlworks::tenants;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::fields;

/// The summary's window when `from` is not given: the last 7 days.
const DEFAULT_WINDOW_DAYS: i32 = 7;

/// Count, success rate and average duration of the executions queued in the window.
pub async fn summary(
    state: &AppState,
    caller: &Caller,
    params: api::GetExecutionSummaryParams,
) -> Result<api::ExecutionSummary, EtlworksError> {
    let to = fields::instant("to", params.to.as_deref())?.unwrap_or_else(|| state.now_ms());
    let from = fields::instant("from", params.from.as_deref())?
        .unwrap_or_else(|| to - days_ms(DEFAULT_WINDOW_DAYS));
    if from >= to {
        return Err(EtlworksError::BadRequest(
            "Field 'from': must be before 'to'".into(),
        ));
    }
    let runs = match params.flow_id.map(i32::try_from) {
        // No flow has an id beyond i32: nothing ran.
        Some(Err(_)) => vec![],
        Some(Ok(id)) => {
            store::queued_between(&state.db, caller.tenant_id(), from, to, Some(id)).await?
        }
        None => store::queued_between(&state.db, caller.tenant_id(), from, to, None).await?,
    };
    let t = Totals::of(&runs);
    let finished = t.success + t.warnings + t.errors + t.canceled;
    Ok(api::ExecutionSummary {
        from: iso_seconds(from),
        to: iso_seconds(to),
        executions: t.executions,
        succeeded: t.success,
        warnings: t.warnings,
        failed: t.errors,
        canceled: t.canceled,
        success_rate: ratio(t.success, finished),
        avg_duration_ms: t.avg_duration_ms(),
    })
}

/// One row per flow that had executions queued on the day, by flow id.
pub async fn report(
    state: &AppState,
    caller: &Caller,
    params: api::GetExecutionReportParams,
    query: Option<&str>,
) -> Result<Vec<api::FlowExecutionReport>, EtlworksError> {
    caller.at_least(Role::Administrator, "read the execution report")?;
    // `offset` has a default, so only the query says whether it was sent.
    let offset_sent = query
        .unwrap_or_default()
        .split('&')
        .any(|pair| pair.split('=').next() == Some("offset"));
    let day = match (params.date.as_deref(), offset_sent) {
        (Some(_), true) => {
            return Err(EtlworksError::BadRequest(
                "Field 'offset': give 'date' or 'offset', not both".into(),
            ))
        }
        (Some(text), false) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            EtlworksError::BadRequest(format!("Field 'date': {text:?} is not a YYYY-MM-DD date"))
        })?,
        (None, _) => {
            if params.offset < 0 {
                return Err(EtlworksError::BadRequest(
                    "Field 'offset': must be 0 or more".into(),
                ));
            }
            let today = Utc
                .timestamp_millis_opt(state.now_ms())
                .single()
                .ok_or(EtlworksError::Internal)?
                .date_naive();
            today - Duration::days(i64::from(params.offset))
        }
    };
    let tenant_id = reported_tenant(state, caller, params.tenant_id).await?;
    let from = day
        .and_hms_opt(0, 0, 0)
        .ok_or(EtlworksError::Internal)?
        .and_utc()
        .timestamp_millis();
    let runs = store::queued_between(&state.db, tenant_id, from, from + days_ms(1), None).await?;
    let mut by_flow: BTreeMap<i32, Vec<Run>> = BTreeMap::new();
    for run in runs {
        by_flow.entry(run.flow_id).or_default().push(run);
    }
    Ok(by_flow
        .into_values()
        .map(|runs| {
            let t = Totals::of(&runs);
            let last = runs.last().map(|r| (r.flow_id, r.flow_name.clone()));
            let (flow_id, flow_name) = last.unwrap_or_default();
            api::FlowExecutionReport {
                flow_id: flow_id.into(),
                flow_name,
                executions: t.executions,
                success: t.success,
                warnings: t.warnings,
                errors: t.errors,
                canceled: t.canceled,
                total_duration_ms: t.duration_ms,
                avg_duration_ms: t.avg_duration_ms(),
                records_processed: params.include_metrics.then_some(t.records),
            }
        })
        .collect())
}

/// The caller's tenant, or (for a Super Admin) the one `asked` names.
async fn reported_tenant(
    state: &AppState,
    caller: &Caller,
    asked: Option<i64>,
) -> Result<i32, EtlworksError> {
    let Some(id) = asked.filter(|id| *id != i64::from(caller.tenant_id())) else {
        return Ok(caller.tenant_id());
    };
    if !caller.is_super_admin() {
        return Err(EtlworksError::Forbidden(
            "Only a Super Admin can report on another tenant".into(),
        ));
    }
    let found = match i32::try_from(id) {
        Ok(id) => tenants::by_id(&state.db, id).await?,
        Err(_) => None,
    };
    found
        .map(|t| t.id)
        .ok_or_else(|| EtlworksError::NotFound(format!("Tenant {id} not found")))
}

/// The counts and sums over some executions.
#[derive(Default)]
struct Totals {
    executions: i64,
    success: i64,
    warnings: i64,
    errors: i64,
    canceled: i64,
    /// Over the executions that started and ended.
    duration_ms: i64,
    timed: i64,
    records: i64,
}

impl Totals {
    fn of(runs: &[Run]) -> Totals {
        let mut t = Totals::default();
        for run in runs {
            t.executions += 1;
            match run.status.as_str() {
                "success" => t.success += 1,
                "warning" => t.warnings += 1,
                "error" => t.errors += 1,
                "canceled" => t.canceled += 1,
                _ => {}
            }
            if let (Some(start), Some(end)) = (run.started_at, run.finished_at) {
                t.duration_ms += (end - start).max(0);
                t.timed += 1;
            }
            t.records += run.records_processed;
        }
        t
    }

    fn avg_duration_ms(&self) -> f64 {
        if self.timed == 0 {
            0.0
        } else {
            self.duration_ms as f64 / self.timed as f64
        }
    }
}

fn ratio(part: i64, whole: i64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
