//! Rows as JSON objects keyed by indicator id, both ways. [`stage_json`] writes such rows
//! as one part, as [`crate::stage`] writes an upload (the same canonical types, the same
//! empty values for what is missing), decoded by arrow's JSON reader against the
//! columns' schema; [`read_json`] answers every row of a table so, read through
//! [`crate::compute`]. Values are JSON's: numbers, text, booleans, `YYYY-MM-DD` for a
//! `date`, RFC 3339 for a `date_time` (epoch milliseconds accepted too), arrays for
//! lists; a missing key or `null` is the column's empty value. What [`read_json`]
//! answers, [`stage_json`] takes back to the same rows.

use std::io::Cursor;
use std::path::Path;

use arrow_ipc::reader::StreamReader;
use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::error::ArrowError;
use datafusion::arrow::json::{ArrayWriter, ReaderBuilder};
use serde_json::{Map, Value};

use crate::columns::{schema_of, Column, Kind, Table};
use crate::dsl::{ColumnList, Filter, Query, SelectColumn};
use crate::error::{LoadError, QueryError};
use crate::plan::{compute, compute_unmatched};
use crate::select::find;
use crate::stage::{write_atomically, write_batches, Staged, BATCH_ROWS};

/// One row: values by indicator id.
pub type JsonRow = Map<String, Value>;

/// Writes `rows` as one zstd Parquet part at `dest` (atomically; no file when there are
/// none), every value cast to its column's canonical type. A row that does not fit is
/// [`LoadError::Row`], naming the row's index and the key, and nothing is written: a
/// key that names no column, a value that does not convert (`"abc"` for an `integer`,
/// `1.5` for an `integer`, `"31/01/2024"` for a `date`): `does not fit integer: failed
/// to parse "abc" as Int64`.
///
/// Synchronous and CPU-bound, like [`crate::stage`].
pub fn stage_json(rows: &[JsonRow], columns: &[Column], dest: &Path) -> Result<Staged, LoadError> {
    for (i, row) in rows.iter().enumerate() {
        check(i, row, columns)?;
    }
    let schema = schema_of(columns);
    write_atomically(dest, |temp| {
        let batches = rows
            .chunks(BATCH_ROWS)
            .enumerate()
            .map(|(n, chunk)| decode(&schema, chunk, n * BATCH_ROWS, columns));
        write_batches(batches, columns, temp)
    })
}

/// Every row of `table` in load order, each as a [`JsonRow`] of every column (a `null`
/// value left out). Needs a Tokio runtime, as [`crate::compute`] does.
pub async fn read_json(table: &Table) -> Result<Vec<JsonRow>, QueryError> {
    read_by_id(table, Vec::new(), false).await
}

/// The rows of `table` that `filters` do not all match, as [`read_json`] answers rows:
/// what deleting the rows they match leaves (KAWA's `DeleteData`). The filters are read
/// as a query's (clauses OR-ed, filters AND-ed, a column by display name or indicator id).
pub async fn read_json_unmatched(
    table: &Table,
    filters: &[Filter],
) -> Result<Vec<JsonRow>, QueryError> {
    let by_id = filters
        .iter()
        .map(|f| by_indicator_id(&table.columns, f))
        .collect::<Result<Vec<_>, _>>()?;
    read_by_id(table, by_id, true).await
}

/// `filter` naming its column by indicator id (the rows are read with ids for names).
fn by_indicator_id(columns: &[Column], filter: &Filter) -> Result<Filter, QueryError> {
    let Some(name) = filter.column.as_ref().and_then(|c| c.column_name.as_ref()) else {
        return Ok(filter.clone());
    };
    let column = find(columns, name).ok_or_else(|| QueryError::UnknownColumn(name.clone()))?;
    Ok(Filter {
        column: None,
        indicator_id: Some(column.id.clone()),
        ..filter.clone()
    })
}

/// The rows `filters` (by indicator id) match, or with `unmatched` those they do not.
async fn read_by_id(
    table: &Table,
    filters: Vec<Filter>,
    unmatched: bool,
) -> Result<Vec<JsonRow>, QueryError> {
    // Addressed by id: display names need not be unique, ids are.
    let columns: Vec<Column> = table
        .columns
        .iter()
        .map(|c| Column {
            name: c.id.clone(),
            ..c.clone()
        })
        .collect();
    let select = columns
        .iter()
        .map(|c| SelectColumn {
            column_name: Some(c.id.clone()),
            ..SelectColumn::default()
        })
        .collect();
    let query = Query {
        limit: Some(-1),
        select: Some(ColumnList {
            columns: Some(select),
        }),
        filters: (!filters.is_empty()).then_some(filters),
        ..Query::default()
    };
    let by_id = Table {
        columns,
        parts: table.parts.clone(),
    };
    let stream = if unmatched {
        compute_unmatched(&by_id, &query).await?
    } else {
        compute(&by_id, &query).await?
    };
    let reader = StreamReader::try_new(Cursor::new(stream), None)?;
    let mut writer = ArrayWriter::new(Vec::new());
    for batch in reader {
        writer.write(&batch?)?;
    }
    writer.finish()?;
    serde_json::from_slice(&writer.into_inner())
        .map_err(|e| QueryError::Engine(format!("the rows as JSON: {e}")))
}

/// Refuses a key that names no column and a number that is no integer where an integer
/// is wanted (arrow's reader would truncate it).
fn check(i: usize, row: &JsonRow, columns: &[Column]) -> Result<(), LoadError> {
    for (key, value) in row {
        let misfit = |message: String| LoadError::Row {
            row: i,
            column: key.clone(),
            message,
        };
        let Some(column) = columns.iter().find(|c| &c.id == key) else {
            return Err(misfit("no indicator has this id".into()));
        };
        let integers: &[Value] = match (column.kind, value) {
            (Kind::Integer, _) => std::slice::from_ref(value),
            (Kind::ListInteger, Value::Array(items)) => items,
            _ => &[],
        };
        if let Some(bad) = integers.iter().find(|v| !integral(v)) {
            return Err(misfit(format!("{bad} is not a 64-bit integer")));
        }
    }
    Ok(())
}

fn integral(value: &Value) -> bool {
    match value {
        Value::Number(n) => {
            n.is_i64()
                || n.as_f64()
                    .is_some_and(|f| f.fract() == 0.0 && f.abs() < 9.2e18)
        }
        _ => true,
    }
}

/// `rows` (starting at index `first`) as one batch of `schema`; a failure names the
/// first row and key that do not fit.
fn decode(
    schema: &SchemaRef,
    rows: &[JsonRow],
    first: usize,
    columns: &[Column],
) -> Result<RecordBatch, LoadError> {
    decode_with(schema, rows).map_err(|whole| {
        locate(rows, first, columns).unwrap_or_else(|| LoadError::Row {
            row: first,
            column: String::new(),
            message: said(whole),
        })
    })
}

fn decode_with(schema: &SchemaRef, rows: &[JsonRow]) -> Result<RecordBatch, ArrowError> {
    let mut decoder = ReaderBuilder::new(schema.clone())
        .with_batch_size(rows.len().max(1))
        // Text columns take numbers and booleans as their text, as an upload's cast does.
        .with_coerce_primitive(true)
        .build_decoder()?;
    decoder.serialize(rows)?;
    Ok(decoder
        .flush()?
        .unwrap_or_else(|| RecordBatch::new_empty(schema.clone())))
}

/// The first value of `rows` that does not decode alone, as the error naming it. Only
/// on the way to a refusal: each value is decoded on its own.
fn locate(rows: &[JsonRow], first: usize, columns: &[Column]) -> Option<LoadError> {
    for (j, row) in rows.iter().enumerate() {
        for (key, value) in row {
            let column = columns.iter().find(|c| &c.id == key)?;
            let one = schema_of(std::slice::from_ref(column));
            let alone = JsonRow::from_iter([(key.clone(), value.clone())]);
            if let Err(e) = decode_with(&one, &[alone]) {
                return Some(LoadError::Row {
                    row: first + j,
                    column: key.clone(),
                    message: format!("does not fit {}: {}", column.kind.as_str(), said(e)),
                });
            }
        }
    }
    None
}

/// Arrow's message without its kind (`Json error: `) and the field it names (the
/// refusal names the key itself).
fn said(e: ArrowError) -> String {
    let message = match e {
        ArrowError::JsonError(m) | ArrowError::ParseError(m) | ArrowError::CastError(m) => m,
        other => other.to_string(),
    };
    match message.strip_prefix("whilst decoding field '") {
        Some(rest) => rest
            .split_once("': ")
            .map_or(message.clone(), |(_, m)| m.to_string()),
        None => message,
    }
}
