//! Running a [`Query`] over a [`Table`]: the DataFusion plan (DataFrame API over the Parquet
//! parts, no SQL) for row queries and grouped queries.
//!
//! Row queries (no `groupBy`): one row per source row, aggregation methods ignored. Without
//! `orderBy` they answer in load order: the parts are read one after the other, each on one
//! partition, and reading stops once `limit` rows are out. With `orderBy` the sort runs
//! over all parts at once. Grouped queries answer `grouping(0)`, `grouping(1)`… (the group
//! values, typed as their column, or as the sampler makes them) then every output column
//! aggregated; rows are ordered by `orderBy` when it names an output or grouping (else it
//! is ignored, as a group has no single value of another column), then by the grouping
//! values, ascending, nulls last.
//!
//! Answers are Arrow IPC streams written batch by batch as DataFusion yields them, up to
//! the row cap, with the schema always present (also when no row is).

use std::sync::Arc;

use arrow_ipc::writer::StreamWriter;
use chrono_tz::Tz;
use datafusion::arrow::array::RecordBatch;
use datafusion::dataframe::DataFrame;
use datafusion::logical_expr::{Expr, SortExpr};
use datafusion::prelude::{ident, lit, ParquetReadOptions, SessionConfig, SessionContext};
use futures::StreamExt;

use crate::aggregate::aggregate;
use crate::columns::{schema_of, Column, Table};
use crate::dsl::Query;
use crate::error::QueryError;
use crate::filter::predicate;
use crate::select::{find, outputs, Output};
use crate::temporal::{sample, zone, Sampler};

/// Runs `query` over `table` and answers an Arrow IPC stream (the schema is always there,
/// also for zero rows). Needs a Tokio runtime.
pub async fn compute(table: &Table, query: &Query) -> Result<Vec<u8>, QueryError> {
    run(table, query, false).await
}

/// As [`compute`], over the rows the query's filters do not all match (a row where one
/// is unknown, i.e. null, counts as not matched): what deleting the matched rows leaves.
/// Filters that constrain nothing match every row, so none is left.
pub(crate) async fn compute_unmatched(table: &Table, query: &Query) -> Result<Vec<u8>, QueryError> {
    run(table, query, true).await
}

async fn run(table: &Table, query: &Query, unmatched: bool) -> Result<Vec<u8>, QueryError> {
    let tz = zone(query.time_zone.as_deref())?;
    let outputs = outputs(&table.columns, query)?;
    let filter = predicate(
        &table.columns,
        query.filters.as_deref().unwrap_or_default(),
        tz,
    )?;
    let filter = match (filter, unmatched) {
        (f, false) => f,
        (Some(f), true) => Some(f.is_not_true()),
        (None, true) => Some(lit(false)),
    };
    let limit = query.row_limit();
    let group_by = query.group_by.as_deref().unwrap_or_default();
    if group_by.is_empty() {
        if query.sample.is_some() {
            return Err(QueryError::Unsupported("a sample without groupBy".into()));
        }
        return rows(table, query, &outputs, filter, limit).await;
    }
    let ctx = context(parallelism());
    let source = read(&ctx, table, &table.parts).await?;
    let df = filtered(source, filter)?;
    let (groups, group_names) = groupings(&table.columns, query, &outputs, group_by, tz)?;
    let aggregates = outputs
        .iter()
        .map(|o| Ok(aggregate(o.aggregation.as_deref(), o.column)?.alias(&o.name)))
        .collect::<Result<Vec<_>, QueryError>>()?;
    let mut df = df.aggregate(groups, aggregates)?;
    let mut sort: Vec<SortExpr> = Vec::new();
    if let Some(order) = &query.order_by {
        let ascending = order.ascending != Some(false);
        if let Some(name) = order.column_name.as_deref() {
            let target = outputs
                .iter()
                .find(|o| o.name == name)
                .map(|o| o.name.clone())
                .or_else(|| {
                    group_names
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, g)| g.clone())
                })
                .or_else(|| (0..group_by.len()).map(grouping).find(|g| g == name));
            if let Some(target) = target {
                sort.push(ident(target).sort(ascending, false));
            }
        }
    }
    sort.extend((0..group_by.len()).map(|i| ident(grouping(i)).sort(true, false)));
    df = df.sort(sort)?;
    if let Some(n) = limit {
        df = df.limit(0, Some(n))?;
    }
    IpcAnswer::default().frames(vec![df], None).await
}

fn grouping(i: usize) -> String {
    format!("grouping({i})")
}

/// Grouping expressions (aliased `grouping(i)`), and names that address each grouping (its
/// groupBy entry, its column's name) with the grouping's output name.
type Groupings = (Vec<Expr>, Vec<(String, String)>);

/// The [`Groupings`] of `group_by`, the sampler applied where `sample` says.
fn groupings(
    columns: &[Column],
    query: &Query,
    outputs: &[Output<'_>],
    group_by: &[String],
    tz: Tz,
) -> Result<Groupings, QueryError> {
    let resolved: Vec<Option<&Column>> = group_by
        .iter()
        .map(|name| {
            if let Some(o) = outputs.iter().find(|o| &o.name == name) {
                Ok(Some(o.column))
            } else if let Some(c) = find(columns, name) {
                Ok(Some(c))
            } else if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
                Ok(None)
            } else {
                Err(QueryError::UnknownColumn(name.clone()))
            }
        })
        .collect::<Result<_, _>>()?;
    let sampled = match &query.sample {
        None => None,
        Some(s) => {
            let sampler = s
                .sampler
                .as_deref()
                .ok_or_else(|| QueryError::Invalid("a sample names no sampler".into()))?;
            let at = match s.column_name.as_deref() {
                None => 0,
                Some(name) => group_by
                    .iter()
                    .zip(&resolved)
                    .position(|(g, c)| {
                        g == name || c.is_some_and(|c| c.name == name || c.id == name)
                    })
                    .ok_or_else(|| {
                        QueryError::Invalid(format!("sampled column {name} is not grouped"))
                    })?,
            };
            let column = resolved[at]
                .ok_or_else(|| QueryError::Invalid(format!("cannot sample {}", group_by[at])))?;
            Some((at, Sampler::parse(sampler, column.kind)?))
        }
    };
    let mut exprs = Vec::new();
    let mut names = Vec::new();
    for (i, (name, column)) in group_by.iter().zip(&resolved).enumerate() {
        let e = match column {
            None => lit(name.as_str()),
            Some(c) => match sampled {
                Some((at, sampler)) if at == i => sample(sampler, tz, ident(&c.id)),
                _ => ident(&c.id),
            },
        };
        exprs.push(e.alias(grouping(i)));
        names.push((name.clone(), grouping(i)));
        if let Some(c) = column {
            names.push((c.name.clone(), grouping(i)));
        }
    }
    Ok((exprs, names))
}

/// A row query: filter, optional sort (by an output name or a column name), project, limit.
async fn rows(
    table: &Table,
    query: &Query,
    outputs: &[Output<'_>],
    filter: Option<Expr>,
    limit: Option<usize>,
) -> Result<Vec<u8>, QueryError> {
    let projection: Vec<Expr> = outputs
        .iter()
        .map(|o| ident(&o.column.id).alias(&o.name))
        .collect();
    let order = query
        .order_by
        .as_ref()
        .and_then(|o| Some((o.column_name.as_deref()?, o.ascending != Some(false))));
    if let Some((name, ascending)) = order {
        let column = outputs
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.column)
            .or_else(|| find(&table.columns, name))
            .ok_or_else(|| QueryError::UnknownColumn(name.to_string()))?;
        let ctx = context(parallelism());
        let df = filtered(read(&ctx, table, &table.parts).await?, filter)?;
        let mut df = df
            .sort(vec![ident(&column.id).sort(ascending, false)])?
            .select(projection)?;
        if let Some(n) = limit {
            df = df.limit(0, Some(n))?;
        }
        return IpcAnswer::default().frames(vec![df], None).await;
    }
    // Load order: one part at a time, each on a single partition.
    let ctx = context(1);
    let mut answer = IpcAnswer::default();
    let mut remaining = limit;
    let parts: Vec<&[std::path::PathBuf]> = if table.parts.is_empty() {
        vec![&[]]
    } else {
        table.parts.chunks(1).collect()
    };
    for part in parts {
        if remaining == Some(0) && answer.started() {
            break;
        }
        let df =
            filtered(read(&ctx, table, part).await?, filter.clone())?.select(projection.clone())?;
        remaining = answer.write(df, remaining).await?;
    }
    answer.finish()
}

fn parallelism() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

pub(crate) fn context(partitions: usize) -> SessionContext {
    SessionContext::new_with_config(SessionConfig::new().with_target_partitions(partitions.max(1)))
}

/// The rows of `parts` (none: an empty table) with `table`'s schema.
pub(crate) async fn read(
    ctx: &SessionContext,
    table: &Table,
    parts: &[std::path::PathBuf],
) -> Result<DataFrame, QueryError> {
    let schema = schema_of(&table.columns);
    if parts.is_empty() {
        return Ok(ctx.read_batch(RecordBatch::new_empty(Arc::clone(&schema)))?);
    }
    let paths: Vec<String> = parts
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let options = ParquetReadOptions::default()
        .schema(&schema)
        .file_extension("");
    Ok(ctx.read_parquet(paths, options).await?)
}

fn filtered(df: DataFrame, filter: Option<Expr>) -> Result<DataFrame, QueryError> {
    Ok(match filter {
        Some(f) => df.filter(f)?,
        None => df,
    })
}

/// An Arrow IPC stream being written from one or more DataFrames of the same schema.
#[derive(Default)]
pub(crate) struct IpcAnswer {
    writer: Option<StreamWriter<Vec<u8>>>,
}

impl IpcAnswer {
    /// Whether the schema is written (some frame ran).
    pub(crate) fn started(&self) -> bool {
        self.writer.is_some()
    }

    /// Runs `df` and writes its rows, at most `limit` of them; answers how many more rows
    /// may follow (`None`: no cap).
    pub(crate) async fn write(
        &mut self,
        df: DataFrame,
        mut limit: Option<usize>,
    ) -> Result<Option<usize>, QueryError> {
        let mut stream = df.execute_stream().await?;
        let writer = match &mut self.writer {
            Some(w) => w,
            None => self
                .writer
                .insert(StreamWriter::try_new(Vec::new(), &stream.schema())?),
        };
        while limit != Some(0) {
            let Some(batch) = stream.next().await else {
                break;
            };
            let mut batch = batch?;
            if let Some(n) = limit.as_mut() {
                if batch.num_rows() > *n {
                    batch = batch.slice(0, *n);
                }
                *n -= batch.num_rows();
            }
            if batch.num_rows() > 0 {
                writer.write(&batch)?;
            }
        }
        Ok(limit)
    }

    /// Runs each frame in turn (at most `limit` rows in all) and answers the stream.
    pub(crate) async fn frames(
        mut self,
        frames: Vec<DataFrame>,
        mut limit: Option<usize>,
    ) -> Result<Vec<u8>, QueryError> {
        for df in frames {
            limit = self.write(df, limit).await?;
        }
        self.finish()
    }

    /// The finished stream.
    pub(crate) fn finish(self) -> Result<Vec<u8>, QueryError> {
        let mut writer = self
            .writer
            .ok_or_else(|| QueryError::Engine("no plan ran".into()))?;
        writer.finish()?;
        Ok(writer.into_inner()?)
    }
}

/// An answer with no columns and no rows: a valid Arrow IPC stream (a schema message and
/// the end-of-stream marker), which the mock answers until it runs on the warehouse.
pub fn empty_answer() -> Vec<u8> {
    let schema = datafusion::arrow::datatypes::Schema::empty();
    let mut writer = match StreamWriter::try_new(Vec::new(), &schema) {
        Ok(w) => w,
        Err(_) => return Vec::new(),
    };
    if writer.finish().is_err() {
        return Vec::new();
    }
    writer.into_inner().unwrap_or_default()
}
