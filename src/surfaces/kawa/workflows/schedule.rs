//! What a workflow's `schedule` may hold: kywy's three kinds (`DAILY` at `time`,
//! `WEEKLY` at `localTime` on `daysOfWeek`, `CRON` with `cronExpression`) in an IANA
//! `timeZone`. A schedule that does not parse is a 400 naming the field, so a stored
//! schedule always reads back as something a scheduler could fire.

use std::collections::BTreeMap;

use chrono::NaiveTime;
use serde_json::Value;

use crate::surfaces::kawa::error::KawaError;

const DAYS: [&str; 7] = [
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
];

/// Checks `schedule`, whose fields are named under `at` (`schedule`).
pub fn check(at: &str, schedule: &BTreeMap<String, Value>) -> Result<(), KawaError> {
    let field = |name: &str| format!("{at}.{name}");
    let text = |name: &str| -> Result<&str, KawaError> {
        schedule
            .get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| KawaError::field(&field(name), "is required"))
    };
    let zone = text("timeZone")?;
    if zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(KawaError::field(
            &field("timeZone"),
            format!("{zone} is not a time zone"),
        ));
    }
    let time = |name: &str| -> Result<(), KawaError> {
        let t = text(name)?;
        let parsed = NaiveTime::parse_from_str(t, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"));
        parsed
            .map(drop)
            .map_err(|_| KawaError::field(&field(name), format!("{t} is not a time (HH:MM:SS)")))
    };
    match text("scheduleType")? {
        "DAILY" => time("time"),
        "WEEKLY" => {
            time("localTime")?;
            let days = schedule.get("daysOfWeek").and_then(Value::as_array);
            let days = days
                .filter(|d| !d.is_empty())
                .ok_or_else(|| KawaError::field(&field("daysOfWeek"), "name at least one day"))?;
            for (i, day) in days.iter().enumerate() {
                if !day.as_str().is_some_and(|d| DAYS.contains(&d)) {
                    return Err(KawaError::field(
                        &format!("{at}.daysOfWeek[{i}]"),
                        format!("{day} is not a day (MONDAY … SUNDAY)"),
                    ));
                }
            }
            Ok(())
        }
        "CRON" => {
            let cron = text("cronExpression")?;
            let fields = cron.split_whitespace().count();
            if !(5..=7).contains(&fields) {
                return Err(KawaError::field(
                    &field("cronExpression"),
                    format!("{cron} is not a cron expression (5 to 7 fields)"),
                ));
            }
            Ok(())
        }
        other => Err(KawaError::field(
            &field("scheduleType"),
            format!("{other} is not DAILY, WEEKLY or CRON"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    fn check(v: serde_json::Value) -> Result<(), String> {
        let map = serde_json::from_value(v).unwrap();
        super::check("schedule", &map).map_err(|e| e.to_string())
    }

    #[test]
    fn kywys_three_kinds_pass_and_misfits_name_their_field() {
        assert!(check(json!({"scheduleType": "DAILY", "timeZone": "UTC", "time": "06:00:00", "onlyOnBusinessDays": false})).is_ok());
        assert!(check(json!({"scheduleType": "WEEKLY", "timeZone": "Europe/Paris", "localTime": "07:30:00", "daysOfWeek": ["MONDAY"]})).is_ok());
        assert!(check(
            json!({"scheduleType": "CRON", "timeZone": "UTC", "cronExpression": "0 6 * * *"})
        )
        .is_ok());
        let refused = [
            (
                json!({"scheduleType": "DAILY", "timeZone": "Mars/Olympus", "time": "06:00"}),
                "schedule.timeZone",
            ),
            (
                json!({"scheduleType": "DAILY", "timeZone": "UTC", "time": "25:00"}),
                "schedule.time",
            ),
            (
                json!({"scheduleType": "WEEKLY", "timeZone": "UTC", "localTime": "07:00", "daysOfWeek": ["FUNDAY"]}),
                "schedule.daysOfWeek[0]",
            ),
            (
                json!({"scheduleType": "CRON", "timeZone": "UTC", "cronExpression": "every day"}),
                "schedule.cronExpression",
            ),
            (
                json!({"scheduleType": "HOURLY", "timeZone": "UTC"}),
                "schedule.scheduleType",
            ),
            (json!({"scheduleType": "DAILY"}), "schedule.timeZone"),
        ];
        for (schedule, field) in refused {
            let said = check(schedule).unwrap_err();
            assert!(said.contains(field), "{field} not in {said}");
        }
    }
}
