//! A schedule as a client sends it (`FlowScheduleInput`), checked: each refusal a 400
//! naming the field. The flow must be one of the tenant's live flows.

use generated::etlworks::v1 as api;
use sea_orm::{ConnectionTrait, Set};

use super::timing::Timing;
use crate::authz::etlworks::Caller;
use crate::store::entities::{et_flow, et_schedule};
use crate::store::etlworks::flows;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::{fields, tags};

/// A checked schedule, its flow and its timing.
pub struct Checked {
    pub input: api::FlowScheduleInput,
    pub flow: et_flow::Model,
    pub timing: Timing,
    pub tags: Vec<String>,
}

pub async fn checked<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    mut input: api::FlowScheduleInput,
) -> Result<Checked, EtlworksError> {
    input.name = fields::name("name", input.name.trim(), 255)?;
    let timing = Timing::parse(&input.schedule)
        .map_err(|why| EtlworksError::BadRequest(format!("Field 'schedule': {why}")))?;
    input.schedule = input.schedule.trim().to_string();
    let bad = |field: &str, why: &str| EtlworksError::BadRequest(format!("Field '{field}': {why}"));
    // Any count and delay the contract allows are kept as given (a delay in minutes
    // stays far inside the clock's range once multiplied out).
    if input.retries.is_some_and(|r| r < 0) {
        return Err(bad("retries", "0 or more"));
    }
    if input.delay_between_retries.is_some_and(|d| d < 0) {
        return Err(bad("delayBetweenRetries", "0 or more minutes"));
    }
    if input.expected_time.is_some_and(|t| t < 0) {
        return Err(bad("expectedTime", "0 or more minutes"));
    }
    if let Some(emails) = input.emails.as_deref() {
        for address in emails.split_whitespace() {
            fields::email("emails", address)?;
        }
    }
    let tags = tags::checked(input.tags.clone().unwrap_or_default())?;
    let flow = match i32::try_from(input.flow_id) {
        Ok(id) => flows::by_id(db, caller.tenant_id(), id).await?,
        Err(_) => None,
    }
    .ok_or_else(|| EtlworksError::NotFound(format!("Flow {} not found", input.flow_id)))?;
    Ok(Checked {
        input,
        flow,
        timing,
        tags,
    })
}

/// Writes `c`'s fields into `row`; `now` arms it (its next firing) when enabled.
pub fn store(row: &mut et_schedule::ActiveModel, c: &Checked, now: i64) {
    let i = &c.input;
    let enabled = i.enabled.unwrap_or(true);
    row.name = Set(i.name.clone());
    row.description = Set(i.description.clone());
    row.flow_id = Set(c.flow.id);
    row.schedule = Set(i.schedule.clone());
    row.enabled = Set(enabled);
    row.email_success = Set(i.email_success.unwrap_or(false));
    row.email_failure = Set(i.email_failure.unwrap_or(false));
    row.emails = Set(i.emails.clone());
    row.retries = Set(i.retries.unwrap_or(0));
    row.delay_between_retries = Set(i.delay_between_retries.unwrap_or(0));
    row.expected_time = Set(i.expected_time);
    row.debug = Set(i.debug.unwrap_or(false));
    row.log_step = Set(i.log_step);
    row.keep_message = Set(i.keep_message.unwrap_or(false));
    row.keep_empty_audit = Set(i.keep_empty_audit.unwrap_or(false));
    row.next_fire_at = Set(enabled.then(|| c.timing.next_after(now)).flatten());
    row.updated_at = Set(now);
}

/// The schedule as the API shows it.
pub fn view(row: &et_schedule::Model, tags: Vec<String>) -> api::FlowSchedule {
    api::FlowSchedule {
        id: i64::from(row.id),
        name: row.name.clone(),
        description: row.description.clone(),
        tags,
        flow_id: i64::from(row.flow_id),
        schedule: row.schedule.clone(),
        enabled: row.enabled,
        email_success: row.email_success,
        email_failure: row.email_failure,
        emails: row.emails.clone(),
        retries: row.retries,
        delay_between_retries: row.delay_between_retries,
        expected_time: row.expected_time,
        debug: row.debug,
        log_step: row.log_step,
        keep_message: row.keep_message,
        keep_empty_audit: row.keep_empty_audit,
    }
}
