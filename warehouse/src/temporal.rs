//! Calendar work in the query's time zone, as DataFusion scalar functions: kywy's samplers
//! (grouping a `date` or `date_time` by year, month, ISO week, fifteen minutes…) and the
//! local time of day / weekday used by temporal filters.
//!
//! `date` values are calendar days and ignore the zone; `date_time` values (UTC instants)
//! are read in the zone, so `HOUR` of 13:14 US/Eastern is 13:00 US/Eastern.

use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
use chrono_tz::Tz;
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, Date32Array, Int64Array, StringArray, TimestampMillisecondArray,
};
use datafusion::arrow::datatypes::{DataType, Date32Type, TimestampMillisecondType};
use datafusion::common::{exec_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, Expr, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature, Volatility,
};

use crate::columns::Kind;
use crate::error::QueryError;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01.
const EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// A kywy sampler the warehouse implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Sampler {
    /// `date_time` floored to a bucket of this many milliseconds (stays a `date_time`).
    Floor(i64),
    /// The local day of a `date_time` (a `date`).
    Day,
    /// `2023`.
    Year,
    /// `2023-01`.
    YearAndMonth,
    /// `2023-1`.
    YearAndQuarter,
    /// `2023-1`.
    YearAndSemester,
    /// `01`.
    Month,
    /// ISO week, `01` to `53`.
    Week,
    /// `001` to `366`.
    DayOfYear,
}

impl Sampler {
    /// The sampler kywy names `name`, for a column of `kind`.
    pub(crate) fn parse(name: &str, kind: Kind) -> Result<Sampler, QueryError> {
        let sampler = match name.to_ascii_uppercase().as_str() {
            "THIRTY_SECONDS" => Sampler::Floor(30_000),
            "MINUTE" => Sampler::Floor(60_000),
            "FIVE_MINUTES" => Sampler::Floor(300_000),
            "TEN_MINUTES" => Sampler::Floor(600_000),
            "FIFTEEN_MINUTES" => Sampler::Floor(900_000),
            "THIRTY_MINUTES" => Sampler::Floor(1_800_000),
            "HOUR" => Sampler::Floor(3_600_000),
            "DAY" => Sampler::Day,
            "YEAR" => Sampler::Year,
            "YEAR_AND_MONTH" => Sampler::YearAndMonth,
            "YEAR_AND_QUARTER" => Sampler::YearAndQuarter,
            "YEAR_AND_SEMESTER" => Sampler::YearAndSemester,
            "MONTH" => Sampler::Month,
            "WEEK" => Sampler::Week,
            "DAY_OF_YEAR" => Sampler::DayOfYear,
            other => return Err(QueryError::Unsupported(format!("sampler {other}"))),
        };
        match kind {
            Kind::DateTime => Ok(sampler),
            Kind::Date if !matches!(sampler, Sampler::Floor(_)) => Ok(sampler),
            _ => Err(QueryError::Unsupported(format!(
                "sampler {name} on a {} column",
                kind.as_str()
            ))),
        }
    }

    fn output(self, input: &DataType) -> DataType {
        match self {
            Sampler::Floor(_) => input.clone(),
            Sampler::Day => DataType::Date32,
            _ => DataType::Utf8,
        }
    }

    fn label(self, date: NaiveDate) -> String {
        match self {
            Sampler::Year => format!("{}", date.year()),
            Sampler::YearAndMonth => format!("{}-{:02}", date.year(), date.month()),
            Sampler::YearAndQuarter => format!("{}-{}", date.year(), date.month0() / 3 + 1),
            Sampler::YearAndSemester => format!("{}-{}", date.year(), date.month0() / 6 + 1),
            Sampler::Month => format!("{:02}", date.month()),
            Sampler::Week => format!("{:02}", date.iso_week().week()),
            _ => format!("{:03}", date.ordinal()),
        }
    }
}

/// The IANA zone named `name` (`UTC` when absent).
pub(crate) fn zone(name: Option<&str>) -> Result<Tz, QueryError> {
    match name {
        None => Ok(Tz::UTC),
        Some(n) => n
            .parse::<Tz>()
            .map_err(|_| QueryError::Invalid(format!("unknown time zone {n}"))),
    }
}

/// The calendar day `days` after 1970-01-01.
pub(crate) fn day(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days.checked_add(EPOCH_DAYS_FROM_CE)?)
}

/// The epoch milliseconds of local midnight starting `days` (since 1970-01-01) in `tz`.
pub(crate) fn local_midnight_millis(days: i64, tz: Tz) -> Option<i64> {
    let date = day(i32::try_from(days).ok()?)?;
    let local = tz
        .from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
        .earliest()?;
    Some(local.timestamp_millis())
}

fn local(ms: i64, tz: Tz) -> Option<DateTime<Tz>> {
    DateTime::from_timestamp_millis(ms).map(|utc| utc.with_timezone(&tz))
}

/// The local date and time of each value of a `Date32` or `Timestamp(ms)` array.
fn local_times(array: &ArrayRef, tz: Tz) -> Result<Vec<Option<NaiveDateTime>>> {
    Ok(match array.data_type() {
        DataType::Date32 => array
            .as_primitive::<Date32Type>()
            .iter()
            .map(|d| d.and_then(day).and_then(|d| d.and_hms_opt(0, 0, 0)))
            .collect(),
        DataType::Timestamp(_, _) => array
            .as_primitive::<TimestampMillisecondType>()
            .iter()
            .map(|ms| ms.and_then(|ms| local(ms, tz)).map(|t| t.naive_local()))
            .collect(),
        other => return exec_err!("not a date nor a date_time: {other}"),
    })
}

/// What a [`CalendarUdf`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    Sample(Sampler),
    /// Milliseconds since local midnight (`Int64`).
    MillisOfDay,
    /// ISO weekday, Monday 1 to Sunday 7 (`Int64`).
    Weekday,
}

/// A calendar function of one `date` / `date_time` argument in a fixed zone.
#[derive(Debug, PartialEq, Eq, Hash)]
struct CalendarUdf {
    name: String,
    part: Part,
    tz: Tz,
    signature: Signature,
}

impl ScalarUDFImpl for CalendarUdf {
    fn name(&self) -> &str {
        &self.name
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        Ok(match self.part {
            Part::Sample(s) => s.output(&arg_types[0]),
            Part::MillisOfDay | Part::Weekday => DataType::Int64,
        })
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let input = &arrays[0];
        let out: ArrayRef = match self.part {
            Part::Sample(Sampler::Floor(bucket)) => {
                let floored: TimestampMillisecondArray = input
                    .as_primitive::<TimestampMillisecondType>()
                    .unary(|ms| floor_in_zone(ms, bucket, self.tz));
                Arc::new(floored.with_data_type(input.data_type().clone()))
            }
            Part::Sample(Sampler::Day) => {
                let times = local_times(input, self.tz)?;
                Arc::new(
                    times
                        .iter()
                        .map(|t| t.map(|t| t.date().num_days_from_ce() - EPOCH_DAYS_FROM_CE))
                        .collect::<Date32Array>(),
                )
            }
            Part::Sample(s) => {
                let times = local_times(input, self.tz)?;
                Arc::new(
                    times
                        .iter()
                        .map(|t| t.map(|t| s.label(t.date())))
                        .collect::<StringArray>(),
                )
            }
            Part::MillisOfDay => {
                let times = local_times(input, self.tz)?;
                Arc::new(
                    times
                        .iter()
                        .map(|t| {
                            t.map(|t| {
                                i64::from(t.num_seconds_from_midnight()) * 1000
                                    + i64::from(t.nanosecond() / 1_000_000)
                            })
                        })
                        .collect::<Int64Array>(),
                )
            }
            Part::Weekday => {
                let times = local_times(input, self.tz)?;
                Arc::new(
                    times
                        .iter()
                        .map(|t| t.map(|t| i64::from(t.weekday().number_from_monday())))
                        .collect::<Int64Array>(),
                )
            }
        };
        debug_assert_eq!(out.len(), input.len());
        Ok(ColumnarValue::Array(out))
    }
}

/// `ms` floored to a multiple of `bucket` of local time in `tz` (same offset kept).
fn floor_in_zone(ms: i64, bucket: i64, tz: Tz) -> i64 {
    let offset = tz.offset_from_utc_datetime(
        &DateTime::from_timestamp_millis(ms)
            .unwrap_or_default()
            .naive_utc(),
    );
    let offset_ms = i64::from(offset.fix().local_minus_utc()) * 1000;
    let local_ms = ms + offset_ms;
    local_ms - local_ms.rem_euclid(bucket) - offset_ms
}

fn call(part: Part, tz: Tz, arg: Expr) -> Expr {
    let name = format!("kawa_{part:?}_{}", tz.name()).to_lowercase();
    let udf = CalendarUdf {
        name,
        part,
        tz,
        signature: Signature::any(1, Volatility::Immutable),
    };
    ScalarUDF::new_from_impl(udf).call(vec![arg])
}

/// `arg` sampled by `sampler` in `tz`.
pub(crate) fn sample(sampler: Sampler, tz: Tz, arg: Expr) -> Expr {
    call(Part::Sample(sampler), tz, arg)
}

/// Milliseconds since local midnight in `tz` of `arg`.
pub(crate) fn millis_of_day(tz: Tz, arg: Expr) -> Expr {
    call(Part::MillisOfDay, tz, arg)
}

/// The ISO weekday (Monday 1) in `tz` of `arg`.
pub(crate) fn weekday(tz: Tz, arg: Expr) -> Expr {
    call(Part::Weekday, tz, arg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn labels_follow_kywys_sampling_tests() {
        let jan1 = date(2023, 1, 1);
        assert_eq!(Sampler::YearAndMonth.label(jan1), "2023-01");
        assert_eq!(Sampler::YearAndQuarter.label(date(2023, 11, 5)), "2023-4");
        assert_eq!(Sampler::YearAndSemester.label(date(2023, 7, 1)), "2023-2");
        assert_eq!(Sampler::DayOfYear.label(date(2023, 1, 2)), "002");
        assert_eq!(Sampler::Month.label(jan1), "01");
        assert_eq!(Sampler::Year.label(jan1), "2023");
        // 2023-01-01 is a Sunday: ISO week 52 of 2022; Monday the 2nd opens week 01.
        assert_eq!(Sampler::Week.label(jan1), "52");
        assert_eq!(Sampler::Week.label(date(2023, 1, 2)), "01");
    }

    #[test]
    fn floors_in_the_zone() {
        let eastern: Tz = "US/Eastern".parse().unwrap();
        let kolkata: Tz = "Asia/Kolkata".parse().unwrap();
        // 2024-01-01 13:14:01 US/Eastern = 18:14:01 UTC.
        let ms = 1_704_132_841_000;
        assert_eq!(floor_in_zone(ms, 900_000, eastern), 1_704_132_000_000);
        // +05:30: the local hour starts at :30 UTC.
        assert_eq!(floor_in_zone(ms, 3_600_000, kolkata), 1_704_130_200_000);
        assert_eq!(floor_in_zone(ms, 3_600_000, Tz::UTC), 1_704_132_000_000);
    }

    #[test]
    fn samplers_parse_for_their_kinds() {
        assert_eq!(
            Sampler::parse("hour", Kind::DateTime).unwrap(),
            Sampler::Floor(3_600_000)
        );
        assert!(matches!(
            Sampler::parse("HOUR", Kind::Date),
            Err(QueryError::Unsupported(_))
        ));
        assert!(matches!(
            Sampler::parse("YEAR", Kind::Text),
            Err(QueryError::Unsupported(_))
        ));
        assert!(matches!(
            Sampler::parse("DECADE", Kind::Date),
            Err(QueryError::Unsupported(_))
        ));
        assert!(zone(Some("Mars/Olympus")).is_err());
        assert_eq!(
            local_midnight_millis(1, "Europe/Paris".parse().unwrap()),
            Some(82_800_000)
        );
    }
}
