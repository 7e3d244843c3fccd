//! Column profiles for `compute-sheet-stats`, in the shape kywy's profiling test pins:
//! numbers get `SUM`, `AVERAGE`, `MEDIAN`, `MIN`, `MAX`, `VAR_POP`, `STD_DEV_POP` and the
//! lowest / highest deciles and quartiles; other columns get `COUNT` (non-empty values),
//! `COUNT_UNIQUE` (distinct non-empty values) and `COUNT_EMPTY` (null, or `''` for text).
//! Every profile comes out of one aggregate query over the table.

use std::collections::BTreeMap;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::DataType;
use datafusion::common::ScalarValue;
use datafusion::functions_aggregate::expr_fn::{
    avg, count, count_distinct, max, median, min, stddev_pop, sum, var_pop,
};
use datafusion::logical_expr::{cast, Expr};
use datafusion::prelude::ident;
use serde::Serialize;
use serde_json::Value;

use crate::aggregate::{non_empty, percentile, rows};
use crate::columns::{Column, Table};
use crate::error::QueryError;
use crate::plan::{context, read};

/// One column's profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Profile {
    /// An `integer` or `decimal` column.
    Number(Box<NumberProfile>),
    /// Any other column.
    Value(ValueProfile),
}

/// Statistics of a number column (null when the column holds no value).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub struct NumberProfile {
    /// Sum.
    pub sum: Value,
    /// Mean.
    pub average: Value,
    /// Median.
    pub median: Value,
    /// Smallest value.
    pub min: Value,
    /// Largest value.
    pub max: Value,
    /// Population variance.
    pub var_pop: Value,
    /// Population standard deviation.
    pub std_dev_pop: Value,
    /// 10th percentile.
    pub lowest_decile: Value,
    /// 25th percentile.
    pub lowest_quartile: Value,
    /// 75th percentile.
    pub highest_quartile: Value,
    /// 90th percentile.
    pub highest_decile: Value,
}

/// Counts of a non-number column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub struct ValueProfile {
    /// Non-empty values.
    pub count: u64,
    /// Distinct non-empty values.
    pub count_unique: u64,
    /// Empty values (null, or `''` for text).
    pub count_empty: u64,
}

const NUMBER_STATS: usize = 11;
const VALUE_STATS: usize = 3;

fn stats(column: &Column) -> Vec<Expr> {
    let x = ident(&column.id);
    if column.kind.is_number() {
        let float = cast(x.clone(), DataType::Float64);
        vec![
            sum(x.clone()),
            avg(x.clone()),
            median(float.clone()),
            min(x.clone()),
            max(x),
            var_pop(float.clone()),
            stddev_pop(float),
            percentile(column, 0.1),
            percentile(column, 0.25),
            percentile(column, 0.75),
            percentile(column, 0.9),
        ]
    } else {
        let filled = count(non_empty(column));
        // Lists have no distinct count here: their values are counted as unique.
        let unique = if column.kind.is_list() {
            filled.clone()
        } else {
            count_distinct(non_empty(column))
        };
        vec![filled.clone(), unique, rows() - filled]
    }
}

fn json(batch: &RecordBatch, i: usize) -> Result<Value, QueryError> {
    let scalar = ScalarValue::try_from_array(batch.column(i).as_ref(), 0)?;
    Ok(match scalar {
        ScalarValue::Int64(Some(v)) => Value::from(v),
        ScalarValue::Float64(Some(v)) => {
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
        }
        _ => Value::Null,
    })
}

fn count_at(batch: &RecordBatch, i: usize) -> Result<u64, QueryError> {
    Ok(json(batch, i)?.as_u64().unwrap_or(0))
}

/// Profiles of `table`'s columns keyed by column id; only the column whose id is `column`
/// when given.
pub async fn profile(
    table: &Table,
    column: Option<&str>,
) -> Result<BTreeMap<String, Profile>, QueryError> {
    let columns: Vec<&Column> = match column {
        None => table.columns.iter().collect(),
        Some(id) => vec![table
            .columns
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| QueryError::UnknownColumn(id.to_string()))?],
    };
    let mut aggregates = Vec::new();
    for c in &columns {
        for (k, e) in stats(c).into_iter().enumerate() {
            aggregates.push(e.alias(format!("{}#{k}", aggregates.len())));
        }
    }
    let mut profiles = BTreeMap::new();
    if aggregates.is_empty() {
        return Ok(profiles);
    }
    let ctx = context(std::thread::available_parallelism().map_or(1, |n| n.get()));
    let batches = read(&ctx, table, &table.parts)
        .await?
        .aggregate(vec![], aggregates)?
        .collect()
        .await?;
    let batch = batches
        .into_iter()
        .find(|b| b.num_rows() == 1)
        .ok_or_else(|| QueryError::Engine("the profile query answered no row".into()))?;
    let mut at = 0;
    for c in columns {
        let profile = if c.kind.is_number() {
            let v = |k: usize| json(&batch, at + k);
            let p = NumberProfile {
                sum: v(0)?,
                average: v(1)?,
                median: v(2)?,
                min: v(3)?,
                max: v(4)?,
                var_pop: v(5)?,
                std_dev_pop: v(6)?,
                lowest_decile: v(7)?,
                lowest_quartile: v(8)?,
                highest_quartile: v(9)?,
                highest_decile: v(10)?,
            };
            at += NUMBER_STATS;
            Profile::Number(Box::new(p))
        } else {
            let p = ValueProfile {
                count: count_at(&batch, at)?,
                count_unique: count_at(&batch, at + 1)?,
                count_empty: count_at(&batch, at + 2)?,
            };
            at += VALUE_STATS;
            Profile::Value(p)
        };
        profiles.insert(c.id.clone(), profile);
    }
    debug_assert_eq!(at, batch.num_columns());
    Ok(profiles)
}
