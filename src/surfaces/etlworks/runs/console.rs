//! An execution's console log: levels, and lines as the product prints them
//! (`2026-03-02 02:00:00 INFO  Flow … started`), written to the database as the run goes
//! so the console, its live tail and the download read the same text.

use chrono::{TimeZone, Utc};

use crate::store::entities::et_console_line;

pub const INFO: &str = "INFO";
pub const WARN: &str = "WARN";
pub const ERROR: &str = "ERROR";

/// One stored line as text, with its newline.
pub fn format(line: &et_console_line::Model) -> String {
    let at = Utc
        .timestamp_millis_opt(line.at)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default();
    format!("{at} {:<5} {}\n", line.level, line.line)
}

/// The whole log of `lines`.
pub fn text(lines: &[et_console_line::Model]) -> String {
    lines.iter().map(format).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_reads_as_the_product_prints_it() {
        let line = et_console_line::Model {
            id: 1,
            execution_id: 7,
            at: 1_772_416_800_000,
            level: INFO.into(),
            line: "Flow started".into(),
        };
        assert_eq!(format(&line), "2026-03-02 02:00:00 INFO  Flow started\n");
    }
}
