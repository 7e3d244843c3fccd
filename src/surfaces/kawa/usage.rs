//! KAWA's usage statistics: activity is recorded as principals act (each sign-in, each
//! command, and an authenticated request at most once a minute per principal), and
//! `GET /backoffice/usage` counts it per principal over whole days cut in a time zone.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{Duration, NaiveDate, TimeZone};
use generated::kawa::v1 as api;

use super::error::KawaError;
use crate::authz::kawa::Admin;
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::kawa::{activity, principals};

/// A request is recorded at most once per this span per principal: enough to show who
/// was active when, without a write on every read.
const REQUEST_SPAN_MS: i64 = 60_000;

/// When each principal's last request was recorded, per server.
#[derive(Debug, Default)]
pub struct Recent(Mutex<HashMap<i32, i64>>);

/// Records an authenticated request of `user_id`, unless one was recorded lately. A
/// failure is logged: the request itself does not depend on it.
pub async fn seen(state: &AppState, recent: &Recent, user_id: i32) {
    let now = state.now_ms();
    {
        // A poisoned lock only means another request panicked mid-update; the map is
        // still a valid map.
        let mut map = recent.0.lock().unwrap_or_else(|p| p.into_inner());
        match map.get(&user_id) {
            Some(last) if now - last < REQUEST_SPAN_MS && now >= *last => return,
            _ => {
                map.insert(user_id, now);
            }
        }
    }
    if let Err(e) = activity::record(&state.db, user_id, "request", now).await {
        tracing::warn!(error = %e, "kawa: activity not recorded");
    }
}

/// The usage report between the days `from` and `to` (inclusive) in `zone`.
pub async fn report(
    state: &AppState,
    _admin: &Admin<'_>,
    from: &str,
    to: &str,
    zone: &str,
) -> Result<api::UsageReport, KawaError> {
    let day = |field: &str, text: &str| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| KawaError::field(field, format!("{text:?} is not a date (YYYY-MM-DD)")))
    };
    let (first, last) = (day("from", from)?, day("to", to)?);
    let start = start_of(first, zone)?;
    let end = match last.checked_add_signed(Duration::days(1)) {
        Some(next) => start_of(next, zone)?,
        None => i64::MAX,
    };
    let tallies = activity::tally(&state.db, start, end).await?;
    let mut reports = Vec::with_capacity(tallies.len());
    for t in tallies {
        let Some(user) = principals::one(&state.db, t.user_id).await? else {
            continue;
        };
        reports.push(api::UserUsageReport {
            user_id: user.id.to_string(),
            email: user.email.clone(),
            display_name: super::principals::display_name(&user),
            number_of_logins: t.logins,
            number_of_computations: t.computations,
            last_activity_at: Some(iso_ms(t.last_at)),
        });
    }
    Ok(api::UsageReport {
        from: first.format("%Y-%m-%d").to_string(),
        to: last.format("%Y-%m-%d").to_string(),
        zone_id: zone.to_string(),
        user_usage_reports: reports,
    })
}

/// Epoch milliseconds of midnight starting `day` in `zone`: an IANA name (`Europe/Paris`,
/// `UTC`), `Z`, or a fixed offset (`+02:00`), as Java's `ZoneId` reads them.
fn start_of(day: NaiveDate, zone: &str) -> Result<i64, KawaError> {
    let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    let bad = || KawaError::field("zoneId", format!("{zone:?} is not a time zone"));
    if zone == "Z" {
        return Ok(midnight.and_utc().timestamp_millis());
    }
    if let Ok(offset) = zone.parse::<chrono::FixedOffset>() {
        return offset
            .from_local_datetime(&midnight)
            .earliest()
            .map(|t| t.timestamp_millis())
            .ok_or_else(bad);
    }
    let tz: chrono_tz::Tz = zone.parse().map_err(|_| bad())?;
    // A day that starts in a gap (a DST change at midnight) starts when the gap ends.
    (0..=3)
        .find_map(|h| {
            tz.from_local_datetime(&(midnight + Duration::hours(h)))
                .earliest()
        })
        .map(|t| t.timestamp_millis())
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_start_at_midnight_in_their_zone() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        let utc = start_of(day, "UTC").unwrap();
        assert_eq!(utc, 1_740_787_200_000);
        assert_eq!(start_of(day, "Z").unwrap(), utc);
        assert_eq!(start_of(day, "Europe/Paris").unwrap(), utc - 3_600_000);
        assert_eq!(start_of(day, "+02:00").unwrap(), utc - 7_200_000);
        assert!(start_of(day, "Mars/Olympus").is_err());
    }
}
