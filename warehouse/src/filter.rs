//! Filters as one DataFusion predicate over the source rows (before any grouping).
//!
//! As kywy's filtering tests pin it: the clauses of one filter are OR-ed; `exclude` keeps
//! the rows they do not match (also rows where they are unknown, i.e. null); filters are
//! AND-ed. Columns are addressed by display name (`column.columnName`) or indicator id
//! (`indicatorId`), never by alias. Text compares with null read as `''`; `empty` is null
//! or `''` for text, null otherwise.

use chrono::{DateTime, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;
use datafusion::arrow::datatypes::DataType;
use datafusion::common::ScalarValue;
use datafusion::functions::core::expr_fn::coalesce;
use datafusion::logical_expr::expr::Like;
use datafusion::logical_expr::{cast, Expr};
use datafusion::prelude::{ident, lit};
use serde_json::Value;

use crate::columns::{Column, Kind};
use crate::dsl::{Arguments, Clause, Filter};
use crate::error::QueryError;
use crate::select::find;
use crate::temporal::{local_midnight_millis, millis_of_day, weekday};

/// The predicate of all `filters`, or `None` when they constrain nothing.
pub(crate) fn predicate(
    columns: &[Column],
    filters: &[Filter],
    tz: Tz,
) -> Result<Option<Expr>, QueryError> {
    let mut all: Option<Expr> = None;
    for filter in filters {
        let column = filtered_column(columns, filter)?;
        let mut any: Option<Expr> = None;
        for clause in filter.clauses.iter().flatten() {
            let e = clause_expr(column, clause, tz)?;
            any = Some(match any {
                Some(a) => a.or(e),
                None => e,
            });
        }
        let Some(any) = any else { continue };
        let e = if filter.exclude == Some(true) {
            any.is_not_true()
        } else {
            any
        };
        all = Some(match all {
            Some(a) => a.and(e),
            None => e,
        });
    }
    Ok(all)
}

fn filtered_column<'a>(columns: &'a [Column], filter: &Filter) -> Result<&'a Column, QueryError> {
    if let Some(name) = filter.column.as_ref().and_then(|c| c.column_name.as_ref()) {
        return find(columns, name).ok_or_else(|| QueryError::UnknownColumn(name.clone()));
    }
    if let Some(id) = &filter.indicator_id {
        return columns
            .iter()
            .find(|c| &c.id == id)
            .ok_or_else(|| QueryError::UnknownColumn(id.clone()));
    }
    Err(QueryError::Invalid("a filter names no column".into()))
}

fn invalid(column: &Column, what: impl std::fmt::Display) -> QueryError {
    QueryError::Invalid(format!("filter on {}: {what}", column.name))
}

/// The column as compared: text with null read as `''`.
fn operand(column: &Column) -> Expr {
    let e = ident(&column.id);
    if column.kind.is_text() {
        coalesce(vec![e, lit("")])
    } else {
        e
    }
}

fn clause_expr(column: &Column, clause: &Clause, tz: Tz) -> Result<Expr, QueryError> {
    let args = clause.arguments.clone().unwrap_or_default();
    let Some(op) = clause.operation.as_deref() else {
        return temporal(column, &args, tz);
    };
    let value = || {
        args.value
            .as_ref()
            .filter(|v| !v.is_null())
            .ok_or_else(|| invalid(column, format!("{op} needs a value")))
    };
    let x = operand(column);
    Ok(match op {
        "empty" | "not_empty" => {
            let empty = if column.kind.is_text() {
                x.eq(lit(""))
            } else {
                ident(&column.id).is_null()
            };
            if op == "empty" {
                empty
            } else {
                !empty
            }
        }
        "eq" => x.eq(literal(column, value()?)?),
        "ne" => x.not_eq(literal(column, value()?)?),
        "gt" => x.gt(literal(column, value()?)?),
        "gte" => x.gt_eq(literal(column, value()?)?),
        "lt" => x.lt(literal(column, value()?)?),
        "lte" => x.lt_eq(literal(column, value()?)?),
        "in_list" => {
            let Value::Array(values) = value()? else {
                return Err(invalid(column, "in_list needs a list"));
            };
            let list = values
                .iter()
                .map(|v| literal(column, v))
                .collect::<Result<Vec<_>, _>>()?;
            if list.is_empty() {
                lit(false)
            } else {
                x.in_list(list, false)
            }
        }
        "contains"
        | "does_not_contain"
        | "starts_with"
        | "does_not_start_with"
        | "ends_with"
        | "does_not_end_with" => {
            let text = match value()? {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let escaped = text
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            let pattern = match op {
                "contains" | "does_not_contain" => format!("%{escaped}%"),
                "starts_with" | "does_not_start_with" => format!("{escaped}%"),
                _ => format!("%{escaped}"),
            };
            let x = if column.kind.is_text() {
                x
            } else {
                cast(x, DataType::Utf8)
            };
            let negated = op.starts_with("does_not");
            Expr::Like(Like::new(
                negated,
                Box::new(x),
                Box::new(lit(pattern)),
                Some('\\'),
                false,
            ))
        }
        other => return Err(QueryError::Unsupported(format!("filter operation {other}"))),
    })
}

/// `value` as a literal of `column`'s type (a JSON number, string or boolean).
fn literal(column: &Column, value: &Value) -> Result<Expr, QueryError> {
    let bad = || {
        invalid(
            column,
            format!("{value} is not a {} value", column.kind.as_str()),
        )
    };
    let scalar = match (column.kind, value) {
        (Kind::Integer, Value::Number(n)) => match n.as_i64() {
            Some(i) => ScalarValue::Int64(Some(i)),
            None => ScalarValue::Float64(n.as_f64()),
        },
        (Kind::Integer | Kind::Decimal, Value::String(s)) => match s.trim().parse::<i64>() {
            Ok(i) if column.kind == Kind::Integer => ScalarValue::Int64(Some(i)),
            _ => ScalarValue::Float64(Some(s.trim().parse::<f64>().map_err(|_| bad())?)),
        },
        (Kind::Decimal, Value::Number(n)) => ScalarValue::Float64(n.as_f64()),
        (Kind::Text | Kind::Any, Value::String(s)) => ScalarValue::from(s.as_str()),
        (Kind::Text | Kind::Any, Value::Number(_) | Value::Bool(_)) => {
            ScalarValue::from(value.to_string().as_str())
        }
        (Kind::Boolean, Value::Bool(b)) => ScalarValue::Boolean(Some(*b)),
        (Kind::Boolean, Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "true" => ScalarValue::Boolean(Some(true)),
            "false" => ScalarValue::Boolean(Some(false)),
            _ => return Err(bad()),
        },
        (Kind::Date, Value::Number(n)) => ScalarValue::Date32(Some(
            n.as_i64()
                .and_then(|d| i32::try_from(d).ok())
                .ok_or_else(bad)?,
        )),
        (Kind::Date, Value::String(s)) => {
            let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad())?;
            ScalarValue::Date32(Some((date - NaiveDate::default()).num_days() as i32))
        }
        (Kind::DateTime, Value::Number(n)) => instant(n.as_i64().ok_or_else(bad)?),
        (Kind::DateTime, Value::String(s)) => instant(
            DateTime::parse_from_rfc3339(s)
                .map_err(|_| bad())?
                .timestamp_millis(),
        ),
        (kind, _) if kind.is_list() => {
            return Err(QueryError::Unsupported(format!(
                "value filters on list column {}",
                column.name
            )))
        }
        _ => return Err(bad()),
    };
    Ok(lit(scalar))
}

fn instant(ms: i64) -> ScalarValue {
    ScalarValue::TimestampMillisecond(Some(ms), Some("UTC".into()))
}

fn and_all(parts: Vec<Expr>) -> Expr {
    parts.into_iter().reduce(Expr::and).unwrap_or(lit(true))
}

/// A clause without operation: a date, instant or time-of-day range, maybe weekdays only.
fn temporal(column: &Column, args: &Arguments, tz: Tz) -> Result<Expr, QueryError> {
    if let Some(mode) = &args.special_mode {
        return Err(QueryError::Unsupported(format!("{mode} filters")));
    }
    if !matches!(column.kind, Kind::Date | Kind::DateTime) {
        return Err(invalid(
            column,
            "a temporal range on a column that is neither date nor date_time",
        ));
    }
    let x = ident(&column.id);
    let is_date = column.kind == Kind::Date;
    let mut parts = Vec::new();
    let day_start = |days: i64| -> Result<Expr, QueryError> {
        if is_date {
            let d = i32::try_from(days).map_err(|_| invalid(column, "day out of range"))?;
            return Ok(lit(ScalarValue::Date32(Some(d))));
        }
        let ms =
            local_midnight_millis(days, tz).ok_or_else(|| invalid(column, "day out of range"))?;
        Ok(lit(instant(ms)))
    };
    if let Some(from) = args.date_from {
        parts.push(x.clone().gt_eq(day_start(from)?));
    }
    if let Some(to) = args.date_to {
        parts.push(if is_date {
            x.clone().lt_eq(day_start(to)?)
        } else {
            x.clone().lt(day_start(to + 1)?)
        });
    }
    let local_day = |ms: i64| -> Result<i64, QueryError> {
        let t = DateTime::from_timestamp_millis(ms)
            .ok_or_else(|| invalid(column, "instant out of range"))?;
        Ok((t.with_timezone(&tz).date_naive() - NaiveDate::default()).num_days())
    };
    if let Some(from) = args.instant_milliseconds_from {
        let bound = if is_date {
            day_start(local_day(from)?)?
        } else {
            lit(instant(from))
        };
        parts.push(x.clone().gt_eq(bound));
    }
    if let Some(to) = args.instant_milliseconds_to {
        let bound = if is_date {
            day_start(local_day(to)?)?
        } else {
            lit(instant(to))
        };
        parts.push(x.clone().lt_eq(bound));
    }
    let time = |s: &String| -> Result<Expr, QueryError> {
        let t = NaiveTime::parse_from_str(s, "%H:%M:%S%.f")
            .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M"))
            .map_err(|_| invalid(column, format!("{s} is not a time of day")))?;
        Ok(lit(
            i64::from(t.num_seconds_from_midnight()) * 1000 + i64::from(t.nanosecond() / 1_000_000)
        ))
    };
    let of_day = || millis_of_day(tz, x.clone());
    if let Some(t) = &args.time_from_inclusive {
        parts.push(of_day().gt_eq(time(t)?));
    }
    if let Some(t) = &args.time_from_exclusive {
        parts.push(of_day().gt(time(t)?));
    }
    if let Some(t) = &args.time_to_inclusive {
        parts.push(of_day().lt_eq(time(t)?));
    }
    if let Some(t) = &args.time_to_exclusive {
        parts.push(of_day().lt(time(t)?));
    }
    if args.keep_week_days_only == Some(true) {
        parts.push(weekday(tz, x.clone()).lt_eq(lit(5i64)));
    }
    Ok(and_all(parts))
}
