//! Casting an uploaded column to its indicator's canonical Arrow type.
//!
//! Casts are strict: a value that does not convert (the text `"abc"` for an integer) is an
//! error, never a silent null. Temporal inputs: timestamps of any unit, with or without a
//! zone (naive counts as UTC), become milliseconds UTC; an `Int64` for a `date_time` is
//! epoch milliseconds; a `date` takes `Date32`, `Date64`, timestamps (their UTC day) or
//! ISO text. As in KAWA's ClickHouse tables, `text`, `any`, `date` and `date_time`
//! columns hold no nulls: a null becomes `''`, 1970-01-01 or the epoch. Floating NaN
//! becomes null in numeric columns.

use std::sync::Arc;

use datafusion::arrow::array::{
    new_null_array, Array, ArrayRef, AsArray, Date32Array, Float64Array, StringArray,
    TimestampMillisecondArray,
};
use datafusion::arrow::compute::{cast_with_options, CastOptions};
use datafusion::arrow::datatypes::{
    DataType, Date32Type, Float64Type, Int64Type, TimeUnit, TimestampMicrosecondType,
    TimestampMillisecondType, TimestampNanosecondType, TimestampSecondType,
};

use crate::columns::Kind;

const MS_PER_DAY: i64 = 86_400_000;

/// `array` as `kind`'s canonical type, or why it does not convert.
pub(crate) fn conform(array: &ArrayRef, kind: Kind) -> Result<ArrayRef, String> {
    match kind {
        Kind::Integer => to_integer(array),
        Kind::Decimal => Ok(nan_to_null(&strict(array, &DataType::Float64)?)),
        Kind::Text | Kind::Any => Ok(text_without_nulls(&strict(array, &DataType::Utf8)?)),
        Kind::Boolean => strict(array, &DataType::Boolean),
        Kind::Date => to_date(array),
        Kind::DateTime => to_date_time(array),
        Kind::ListInteger | Kind::ListDecimal | Kind::ListText => strict(array, &kind.data_type()),
    }
}

/// The column of `len` rows a body that lacks `kind`'s column gets.
pub(crate) fn missing(kind: Kind, len: usize) -> ArrayRef {
    match kind {
        Kind::Text | Kind::Any => Arc::new(StringArray::from(vec![""; len])),
        Kind::Date => Arc::new(Date32Array::from(vec![0; len])),
        Kind::DateTime => {
            Arc::new(TimestampMillisecondArray::from(vec![0; len]).with_timezone("UTC"))
        }
        _ => new_null_array(&kind.data_type(), len),
    }
}

fn strict(array: &ArrayRef, to: &DataType) -> Result<ArrayRef, String> {
    if array.data_type() == to {
        return Ok(array.clone());
    }
    let options = CastOptions {
        safe: false,
        ..Default::default()
    };
    cast_with_options(array, to, &options)
        .map_err(|e| format!("cannot cast {} to {to}: {e}", array.data_type()))
}

fn to_integer(array: &ArrayRef) -> Result<ArrayRef, String> {
    match array.data_type() {
        DataType::Float16 | DataType::Float32 | DataType::Float64 => {
            let floats = nan_to_null(&strict(array, &DataType::Float64)?);
            let values = floats.as_primitive::<Float64Type>();
            if let Some(bad) = values
                .iter()
                .flatten()
                .find(|v| v.fract() != 0.0 || v.abs() >= 9.2e18)
            {
                return Err(format!("{bad} is not an integer"));
            }
            strict(&floats, &DataType::Int64)
        }
        _ => strict(array, &DataType::Int64),
    }
}

fn nan_to_null(array: &ArrayRef) -> ArrayRef {
    let values = array.as_primitive::<Float64Type>();
    if !values.values().iter().any(|v| v.is_nan()) {
        return array.clone();
    }
    Arc::new(
        values
            .iter()
            .map(|v| v.filter(|v| !v.is_nan()))
            .collect::<Float64Array>(),
    )
}

fn text_without_nulls(array: &ArrayRef) -> ArrayRef {
    if array.null_count() == 0 {
        return array.clone();
    }
    let text = array.as_string::<i32>();
    Arc::new(
        text.iter()
            .map(|v| Some(v.unwrap_or("")))
            .collect::<StringArray>(),
    )
}

/// Milliseconds since the epoch of a timestamp array of any unit and zone.
fn timestamp_millis(array: &ArrayRef, unit: TimeUnit) -> TimestampMillisecondArray {
    match unit {
        TimeUnit::Second => array
            .as_primitive::<TimestampSecondType>()
            .unary(|v| v.saturating_mul(1000)),
        TimeUnit::Millisecond => array
            .as_primitive::<TimestampMillisecondType>()
            .unary(|v| v),
        TimeUnit::Microsecond => array
            .as_primitive::<TimestampMicrosecondType>()
            .unary(|v| v.div_euclid(1000)),
        TimeUnit::Nanosecond => array
            .as_primitive::<TimestampNanosecondType>()
            .unary(|v| v.div_euclid(1_000_000)),
    }
}

fn to_date(array: &ArrayRef) -> Result<ArrayRef, String> {
    let days: Date32Array = match array.data_type() {
        DataType::Timestamp(unit, _) => {
            timestamp_millis(array, *unit).unary(|ms| ms.div_euclid(MS_PER_DAY) as i32)
        }
        _ => strict(array, &DataType::Date32)?
            .as_primitive::<Date32Type>()
            .clone(),
    };
    if days.null_count() == 0 {
        return Ok(Arc::new(days));
    }
    Ok(Arc::new(
        days.iter()
            .map(|d| Some(d.unwrap_or(0)))
            .collect::<Date32Array>(),
    ))
}

fn to_date_time(array: &ArrayRef) -> Result<ArrayRef, String> {
    let millis: TimestampMillisecondArray = match array.data_type() {
        DataType::Timestamp(unit, _) => timestamp_millis(array, *unit),
        DataType::Date32 => array
            .as_primitive::<Date32Type>()
            .unary(|d| i64::from(d) * MS_PER_DAY),
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => {
            let parsed = strict(array, &DataType::Timestamp(TimeUnit::Millisecond, None))?;
            parsed
                .as_primitive::<TimestampMillisecondType>()
                .unary(|v| v)
        }
        _ => strict(array, &DataType::Int64)?
            .as_primitive::<Int64Type>()
            .unary(|v| v),
    };
    let millis = if millis.null_count() == 0 {
        millis
    } else {
        millis.iter().map(|v| Some(v.unwrap_or(0))).collect()
    };
    Ok(Arc::new(millis.with_timezone("UTC")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{
        BooleanArray, Date64Array, Float32Array, Int32Array, Int64Array, LargeStringArray,
        TimestampNanosecondArray,
    };

    fn arc(a: impl Array + 'static) -> ArrayRef {
        Arc::new(a)
    }

    #[test]
    fn integers_from_narrower_ints_and_integral_floats() {
        let out = conform(&arc(Int32Array::from(vec![Some(1), None])), Kind::Integer).unwrap();
        assert_eq!(
            out.as_primitive::<Int64Type>(),
            &Int64Array::from(vec![Some(1), None])
        );
        let out = conform(&arc(Float64Array::from(vec![3.0, f64::NAN])), Kind::Integer).unwrap();
        assert_eq!(
            out.as_primitive::<Int64Type>(),
            &Int64Array::from(vec![Some(3), None])
        );
        let err = conform(&arc(Float64Array::from(vec![3.5])), Kind::Integer).unwrap_err();
        assert!(err.contains("3.5"), "{err}");
        assert!(conform(&arc(StringArray::from(vec!["abc"])), Kind::Integer).is_err());
    }

    #[test]
    fn decimals_turn_nan_into_null() {
        let out = conform(&arc(Float32Array::from(vec![1.5, f32::NAN])), Kind::Decimal).unwrap();
        assert_eq!(
            out.as_primitive::<Float64Type>(),
            &Float64Array::from(vec![Some(1.5), None])
        );
    }

    #[test]
    fn text_from_large_strings_and_numbers_without_nulls() {
        let out = conform(
            &arc(LargeStringArray::from(vec![Some("a"), None])),
            Kind::Text,
        )
        .unwrap();
        assert_eq!(out.as_string::<i32>(), &StringArray::from(vec!["a", ""]));
        let out = conform(&arc(Int64Array::from(vec![7])), Kind::Any).unwrap();
        assert_eq!(out.as_string::<i32>(), &StringArray::from(vec!["7"]));
    }

    #[test]
    fn booleans_from_text() {
        let out = conform(
            &arc(StringArray::from(vec!["true", "false"])),
            Kind::Boolean,
        )
        .unwrap();
        assert_eq!(out.as_boolean(), &BooleanArray::from(vec![true, false]));
    }

    #[test]
    fn date_times_of_every_unit_and_zone_become_utc_millis() {
        let ns = TimestampNanosecondArray::from(vec![Some(1_672_615_382_123_456_789), None])
            .with_timezone("US/Pacific");
        let out = conform(&arc(ns), Kind::DateTime).unwrap();
        assert_eq!(out.data_type(), &Kind::DateTime.data_type());
        let ms = out.as_primitive::<TimestampMillisecondType>();
        assert_eq!(ms.values().to_vec(), vec![1_672_615_382_123, 0]);
        let out = conform(&arc(Int64Array::from(vec![42])), Kind::DateTime).unwrap();
        assert_eq!(out.as_primitive::<TimestampMillisecondType>().value(0), 42);
        let out = conform(
            &arc(StringArray::from(vec!["2023-01-01T00:00:01Z"])),
            Kind::DateTime,
        )
        .unwrap();
        assert_eq!(
            out.as_primitive::<TimestampMillisecondType>().value(0),
            1_672_531_201_000
        );
    }

    #[test]
    fn dates_from_timestamps_date64_and_text_with_nulls_as_epoch() {
        let ns = TimestampNanosecondArray::from(vec![-1]);
        let out = conform(&arc(ns), Kind::Date).unwrap();
        assert_eq!(out.as_primitive::<Date32Type>().value(0), -1);
        let out = conform(
            &arc(Date64Array::from(vec![Some(86_400_000 * 3), None])),
            Kind::Date,
        )
        .unwrap();
        assert_eq!(
            out.as_primitive::<Date32Type>().values().to_vec(),
            vec![3, 0]
        );
        let out = conform(&arc(StringArray::from(vec!["2023-01-02"])), Kind::Date).unwrap();
        assert_eq!(out.as_primitive::<Date32Type>().value(0), 19_359);
        assert!(conform(&arc(StringArray::from(vec!["yesterday"])), Kind::Date).is_err());
    }

    #[test]
    fn missing_columns_are_null_or_kawa_defaults() {
        assert_eq!(missing(Kind::Integer, 2).null_count(), 2);
        assert_eq!(missing(Kind::Text, 1).as_string::<i32>().value(0), "");
        assert_eq!(
            missing(Kind::DateTime, 1).data_type(),
            &Kind::DateTime.data_type()
        );
    }
}
