//! KAWA's aggregation methods as DataFusion aggregate expressions.
//!
//! Default (no method): `SUM` for `integer` and `decimal`, `FIRST` for lists, `IDENTICAL`
//! for everything else (the group's value when all its rows agree — a grouping column
//! selected without method, as kywy's alias tests do, shows its value).
//!
//! "Empty" means null, or `''` for text: `COUNT` and `COUNT_UNIQUE` count non-empty values,
//! `COUNT_EMPTY` the others, `PERCENT_FILLED` / `PERCENT_EMPTY` are percentages (0–100) of
//! the group's rows. `FIRST` is DataFusion's `first_value` without ordering: a value of the
//! group (the first loaded when the query runs on one partition). `IDENTICAL` is the
//! group's value when every row holds the same one (empties included), else null;
//! `IDENTICAL_IGNORE_EMPTY` ignores empties. `MIN_ABS` / `MAX_ABS` are the smallest /
//! largest absolute value. `MEDIAN`, variances, standard deviations and the deciles /
//! quartiles (exact `percentile_cont`, linear interpolation) are `decimal`s.

use datafusion::arrow::datatypes::DataType;
use datafusion::functions::core::expr_fn::nullif;
use datafusion::functions_aggregate::expr_fn::{
    avg, count, count_distinct, first_value, max, median, min, percentile_cont, stddev, stddev_pop,
    sum, var_pop, var_sample,
};
use datafusion::logical_expr::{cast, when, Expr};
use datafusion::prelude::{ident, lit};

use crate::columns::Column;
use crate::error::QueryError;

/// `column`'s values with text `''` read as null.
pub(crate) fn non_empty(column: &Column) -> Expr {
    let x = ident(&column.id);
    if column.kind.is_text() {
        nullif(x, lit(""))
    } else {
        x
    }
}

/// The group's row count.
pub(crate) fn rows() -> Expr {
    count(lit(1i64))
}

fn as_float(column: &Column) -> Expr {
    cast(ident(&column.id), DataType::Float64)
}

/// Exact percentile (0–1) of a number column.
pub(crate) fn percentile(column: &Column, p: f64) -> Expr {
    percentile_cont(as_float(column).sort(true, false), lit(p))
}

fn percent(part: Expr) -> Expr {
    cast(part, DataType::Float64) * lit(100.0) / cast(rows(), DataType::Float64)
}

/// The aggregate of `column` by `method` (any case; `None`: the default).
pub(crate) fn aggregate(method: Option<&str>, column: &Column) -> Result<Expr, QueryError> {
    let kind = column.kind;
    let method = match method {
        Some(m) => m.to_ascii_uppercase(),
        None if kind.is_number() => "SUM".to_string(),
        None if kind.is_list() => "FIRST".to_string(),
        None => "IDENTICAL".to_string(),
    };
    let x = ident(&column.id);
    let numbers_only = |e: Expr| {
        if kind.is_number() {
            Ok(e)
        } else {
            Err(QueryError::Unsupported(format!(
                "{method} of {} column {}",
                kind.as_str(),
                column.name
            )))
        }
    };
    let orderable = |e: Expr| {
        if kind.is_list() {
            Err(QueryError::Unsupported(format!(
                "{method} of list column {}",
                column.name
            )))
        } else {
            Ok(e)
        }
    };
    match method.as_str() {
        "FIRST" => Ok(first_value(x, vec![])),
        "IDENTICAL" => {
            let value = if kind.is_text() {
                datafusion::functions::core::expr_fn::coalesce(vec![x, lit("")])
            } else {
                x
            };
            let same = min(value.clone())
                .eq(max(value.clone()))
                .and(count(value.clone()).eq(rows()));
            orderable(when(same, min(value)).end()?)
        }
        "IDENTICAL_IGNORE_EMPTY" => {
            let value = non_empty(column);
            orderable(when(min(value.clone()).eq(max(value.clone())), min(value)).end()?)
        }
        "COUNT" => Ok(count(non_empty(column))),
        "COUNT_UNIQUE" => orderable(count_distinct(non_empty(column))),
        "COUNT_EMPTY" => Ok(rows() - count(non_empty(column))),
        "PERCENT_FILLED" => Ok(percent(count(non_empty(column)))),
        "PERCENT_EMPTY" => Ok(percent(rows() - count(non_empty(column)))),
        "SUM" => numbers_only(sum(x)),
        "AVG" | "AVERAGE" => numbers_only(avg(x)),
        "MEDIAN" => numbers_only(median(as_float(column))),
        "MIN" => orderable(min(x)),
        "MAX" => orderable(max(x)),
        "MIN_ABS" | "MAX_ABS" => {
            let abs = when(x.clone().lt(lit(0i64)), -x.clone()).otherwise(x)?;
            numbers_only(if method == "MIN_ABS" {
                min(abs)
            } else {
                max(abs)
            })
        }
        "VAR_SAMPLE" => numbers_only(var_sample(as_float(column))),
        "VAR_POP" => numbers_only(var_pop(as_float(column))),
        "STD_DEV_SAMPLE" => numbers_only(stddev(as_float(column))),
        "STD_DEV_POP" => numbers_only(stddev_pop(as_float(column))),
        "LOWEST_DECILE" => numbers_only(percentile(column, 0.1)),
        "LOWEST_QUARTILE" => numbers_only(percentile(column, 0.25)),
        "HIGHEST_QUARTILE" => numbers_only(percentile(column, 0.75)),
        "HIGHEST_DECILE" => numbers_only(percentile(column, 0.9)),
        other => Err(QueryError::Unsupported(format!("aggregation {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::Kind;

    #[test]
    fn defaults_and_refusals() {
        let number = Column::new("n", "n", Kind::Integer);
        let text = Column::new("t", "t", Kind::Text);
        let list = Column::new("l", "l", Kind::ListText);
        assert_eq!(aggregate(None, &number).unwrap(), sum(ident("n")));
        assert_eq!(
            aggregate(None, &list).unwrap(),
            first_value(ident("l"), vec![])
        );
        assert!(matches!(
            aggregate(Some("sum"), &text),
            Err(QueryError::Unsupported(_))
        ));
        assert!(matches!(
            aggregate(Some("MAX"), &list),
            Err(QueryError::Unsupported(_))
        ));
        assert!(
            matches!(aggregate(Some("MODE"), &number), Err(QueryError::Unsupported(m)) if m.contains("MODE"))
        );
        assert!(aggregate(Some("identical"), &text).is_ok());
    }
}
