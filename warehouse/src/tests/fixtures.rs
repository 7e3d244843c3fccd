//! Test inputs built with the arrow / parquet writers (gzip Parquet as pandas writes it,
//! zstd Arrow streams as kywy sends them), tables staged into a temporary directory, and
//! readers of the IPC answers.

use std::sync::Arc;

use arrow_ipc::reader::StreamReader;
use arrow_ipc::writer::{IpcWriteOptions, StreamWriter};
use arrow_ipc::CompressionType;
use datafusion::arrow::array::{Array, ArrayRef, AsArray, RecordBatch};
use datafusion::arrow::compute::concat_batches;
use datafusion::arrow::datatypes::{
    DataType, Date32Type, Field, Float64Type, Int64Type, Schema, TimestampMillisecondType,
};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::basic::{Compression, GzipLevel};
use datafusion::parquet::file::properties::WriterProperties;
use serde_json::Value;
use tempfile::TempDir;

use crate::{compute, stage, Column, Format, Query, QueryError, Table};

/// A record batch of named columns.
pub(crate) fn batch(columns: Vec<(&str, ArrayRef)>) -> RecordBatch {
    let fields: Vec<Field> = columns
        .iter()
        .map(|(name, a)| Field::new(*name, a.data_type().clone(), true))
        .collect();
    let arrays = columns.into_iter().map(|(_, a)| a).collect();
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).unwrap()
}

/// `batch` as a gzip Parquet file, as pandas' `to_parquet(compression='gzip')` writes it.
pub(crate) fn parquet_gzip(batch: &RecordBatch) -> Vec<u8> {
    let props = WriterProperties::builder()
        .set_compression(Compression::GZIP(GzipLevel::default()))
        .build();
    let mut out = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut out, batch.schema(), Some(props)).unwrap();
    writer.write(batch).unwrap();
    writer.close().unwrap();
    out
}

/// `batches` as an Arrow IPC stream, zstd-compressed when asked (kywy's `use_compression`).
pub(crate) fn arrow_stream(schema: &Schema, batches: &[RecordBatch], zstd: bool) -> Vec<u8> {
    let options = if zstd {
        IpcWriteOptions::default()
            .try_with_compression(Some(CompressionType::ZSTD))
            .unwrap()
    } else {
        IpcWriteOptions::default()
    };
    let mut writer = StreamWriter::try_new_with_options(Vec::new(), schema, options).unwrap();
    for b in batches {
        writer.write(b).unwrap();
    }
    writer.finish().unwrap();
    writer.into_inner().unwrap()
}

/// A table staged from bodies into a temporary directory (kept alive with the table).
pub(crate) struct Staged {
    pub table: Table,
    pub _dir: TempDir,
}

/// Stages each body as one part of a table of `columns`.
pub(crate) fn table(columns: Vec<Column>, bodies: Vec<(Vec<u8>, Format)>) -> Staged {
    let dir = tempfile::tempdir().unwrap();
    let mut parts = Vec::new();
    for (i, (body, format)) in bodies.iter().enumerate() {
        let dest = dir.path().join(format!("part-{i:04}.parquet"));
        let staged = stage(body, *format, &columns, &dest).unwrap();
        if staged.rows > 0 {
            parts.push(dest);
        }
    }
    Staged {
        table: Table { columns, parts },
        _dir: dir,
    }
}

/// The decoded answer of `query` (a JSON body as kywy sends it), all batches concatenated.
pub(crate) async fn run(table: &Table, query: Value) -> Result<RecordBatch, QueryError> {
    let query: Query = serde_json::from_value(query).unwrap();
    let ipc = compute(table, &query).await?;
    Ok(decode(&ipc))
}

/// An IPC stream's batches, concatenated (its schema also when it holds no batch).
pub(crate) fn decode(ipc: &[u8]) -> RecordBatch {
    let reader = StreamReader::try_new(std::io::Cursor::new(ipc), None).unwrap();
    let schema = reader.schema();
    let batches: Vec<RecordBatch> = reader.map(|b| b.unwrap()).collect();
    concat_batches(&schema, &batches).unwrap()
}

/// The output column names.
pub(crate) fn names(batch: &RecordBatch) -> Vec<String> {
    batch
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect()
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> &'a ArrayRef {
    batch
        .column_by_name(name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", names(batch)))
}

/// An `Int64` column's values.
pub(crate) fn ints(batch: &RecordBatch, name: &str) -> Vec<Option<i64>> {
    column(batch, name)
        .as_primitive::<Int64Type>()
        .iter()
        .collect()
}

/// A `Float64` column's values.
pub(crate) fn floats(batch: &RecordBatch, name: &str) -> Vec<Option<f64>> {
    column(batch, name)
        .as_primitive::<Float64Type>()
        .iter()
        .collect()
}

/// A `Utf8` column's values.
pub(crate) fn texts(batch: &RecordBatch, name: &str) -> Vec<Option<String>> {
    column(batch, name)
        .as_string::<i32>()
        .iter()
        .map(|v| v.map(str::to_string))
        .collect()
}

/// A `Utf8` column's values, nulls failing the test.
pub(crate) fn strs(batch: &RecordBatch, name: &str) -> Vec<String> {
    texts(batch, name).into_iter().map(Option::unwrap).collect()
}

/// A `Date32` column's days.
pub(crate) fn days(batch: &RecordBatch, name: &str) -> Vec<Option<i32>> {
    column(batch, name)
        .as_primitive::<Date32Type>()
        .iter()
        .collect()
}

/// A `date_time` column's epoch milliseconds (checking its canonical type).
pub(crate) fn millis(batch: &RecordBatch, name: &str) -> Vec<Option<i64>> {
    let array = column(batch, name);
    assert_eq!(array.data_type(), &crate::Kind::DateTime.data_type());
    array
        .as_primitive::<TimestampMillisecondType>()
        .iter()
        .collect()
}

/// A column's Arrow type.
pub(crate) fn data_type(batch: &RecordBatch, name: &str) -> DataType {
    column(batch, name).data_type().clone()
}

/// Asserts two float lists are equal within 1e-9.
pub(crate) fn assert_close(got: &[Option<f64>], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "{got:?} vs {want:?}");
    for (g, w) in got.iter().zip(want) {
        let g = g.unwrap_or_else(|| panic!("null in {got:?}"));
        assert!((g - w).abs() < 1e-9, "{got:?} vs {want:?}");
    }
}

/// Whether an array holds a null at `i`.
pub(crate) fn is_null(batch: &RecordBatch, name: &str, i: usize) -> bool {
    column(batch, name).is_null(i)
}
