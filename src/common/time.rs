//! Clock readings (epoch milliseconds, see [`super::clock`]) in the formats the products
//! print.

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};

/// ISO-8601 with milliseconds and `Z`, e.g. `2025-11-27T07:42:00.997Z` (Syntho).
pub fn iso_ms(ms: i64) -> String {
    let t: DateTime<Utc> = Utc.timestamp_millis_opt(ms).single().unwrap_or_default();
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// ISO-8601 with microseconds and `+00:00`, e.g. `2024-03-01T09:12:44.120000+00:00`
/// (Kadi4Mat; stored times have millisecond precision).
pub fn iso_micros(ms: i64) -> String {
    let t: DateTime<Utc> = Utc.timestamp_millis_opt(ms).single().unwrap_or_default();
    t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

/// ISO-8601 to the second with `Z`, e.g. `2026-01-05T08:00:00Z` (Etlworks).
pub fn iso_seconds(ms: i64) -> String {
    let t: DateTime<Utc> = Utc.timestamp_millis_opt(ms).single().unwrap_or_default();
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Epoch milliseconds of an RFC 3339 time (`2027-01-01T00:00:00Z`, any offset); `None`
/// when `text` is not one.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_uses_millis_and_z() {
        assert_eq!(super::iso_ms(1_764_229_320_997), "2025-11-27T07:42:00.997Z");
        assert_eq!(
            super::iso_micros(1_764_229_320_997),
            "2025-11-27T07:42:00.997000+00:00"
        );
    }
}
