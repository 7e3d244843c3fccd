//! When a schedule fires: its `schedule` string is a Quartz cron expression (seconds,
//! minutes, hours, day of month, month, day of week, optional year; `?` allowed; read
//! in UTC) or a number of minutes between runs, counted from when it was armed.

use std::str::FromStr;

use chrono::{TimeZone, Utc};
use croner::parser::{CronParser, Seconds, Year};
use croner::Cron;

/// A parsed `schedule`.
#[derive(Debug, Clone)]
pub enum Timing {
    Cron(Box<Cron>),
    EveryMinutes(u32),
}

/// The most minutes an interval may have (a year).
const MAX_MINUTES: u32 = 525_600;

impl Timing {
    /// `text` as a timing, or why it is not one.
    pub fn parse(text: &str) -> Result<Timing, String> {
        let text = text.trim();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            return match u32::from_str(text) {
                Ok(n) if (1..=MAX_MINUTES).contains(&n) => Ok(Timing::EveryMinutes(n)),
                _ => Err(format!("an interval is 1 to {MAX_MINUTES} minutes")),
            };
        }
        let fields = text.split_whitespace().count();
        if !(6..=7).contains(&fields) {
            return Err(format!(
                "{text:?} is neither a number of minutes nor a Quartz cron expression (6 or 7 fields: seconds minutes hours day-of-month month day-of-week [year])"
            ));
        }
        let parser = CronParser::builder()
            .seconds(Seconds::Required)
            .year(Year::Optional)
            .alternative_weekdays(true)
            .build();
        let cron = parser.parse(text).map_err(|e| format!("{text:?}: {e}"))?;
        // A pattern that never comes (Feb 30) is refused now rather than never firing.
        let probe = Utc.timestamp_millis_opt(0).single().ok_or("no epoch")?;
        cron.find_next_occurrence(&probe, false)
            .map_err(|_| format!("{text:?} never fires"))?;
        Ok(Timing::Cron(Box::new(cron)))
    }

    /// The first firing strictly after `after_ms`; `None` when there is none.
    pub fn next_after(&self, after_ms: i64) -> Option<i64> {
        match self {
            Timing::EveryMinutes(n) => Some(after_ms.saturating_add(i64::from(*n) * 60_000)),
            Timing::Cron(cron) => {
                let after = Utc.timestamp_millis_opt(after_ms).single()?;
                cron.find_next_occurrence(&after, false)
                    .ok()
                    .map(|t| t.timestamp_millis())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartz_and_minutes_both_fire_when_they_say() {
        // 2026-03-02T01:30:00Z; nightly at 02:00:00 comes 30 minutes later.
        let at = 1_772_415_000_000;
        let nightly = Timing::parse("0 0 2 * * ?").unwrap();
        assert_eq!(nightly.next_after(at), Some(at + 30 * 60_000));
        let every = Timing::parse("15").unwrap();
        assert_eq!(every.next_after(at), Some(at + 15 * 60_000));
        // Quartz counts weekdays from Sunday = 1: 2026-03-02 is a Monday (2).
        let monday = Timing::parse("0 0 2 ? * 2").unwrap();
        assert_eq!(monday.next_after(at), Some(at + 30 * 60_000));
        for bad in ["", "0", "* * * * *", "0 0 2 30 2 ?", "soon", "61 * * * * ?"] {
            assert!(Timing::parse(bad).is_err(), "{bad:?}");
        }
    }
}
