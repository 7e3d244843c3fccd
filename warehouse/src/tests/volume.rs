//! A million rows through `stage` and a grouped `compute` (ignored by default; run with
//! `cargo test -p warehouse volume -- --ignored --nocapture` to see the timings).

use std::sync::Arc;
use std::time::Instant;

use datafusion::arrow::array::{
    ArrayRef, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray,
    TimestampNanosecondArray,
};
use serde_json::json;

use super::datasets::record_id;
use super::fixtures::{arrow_stream, batch, floats, parquet_gzip, run, strs};
use crate::{stage, Column, Format, Kind, Table};

const ROWS: usize = 1_000_000;
const CHUNK: usize = 10_000;

fn chunk(start: usize) -> RecordBatch {
    let ids = start..start + CHUNK;
    let arc = |a: ArrayRef| a;
    batch(vec![
        (
            "category",
            arc(Arc::new(StringArray::from_iter_values(
                ids.clone().map(|i| format!("category {}", i % 100)),
            ))),
        ),
        (
            "amount",
            arc(Arc::new(Float64Array::from_iter_values(
                ids.clone().map(|i| (i % 1000) as f64 / 4.0),
            ))),
        ),
        (
            "day",
            arc(Arc::new(Date32Array::from_iter_values(
                ids.clone().map(|i| 19_000 + (i % 365) as i32),
            ))),
        ),
        (
            "at",
            arc(Arc::new(TimestampNanosecondArray::from_iter_values(
                ids.clone().map(|i| i as i64 * 1_000_000_000),
            ))),
        ),
        (
            "record_id",
            arc(Arc::new(Int64Array::from_iter_values(
                ids.map(|i| i as i64 + 1),
            ))),
        ),
    ])
}

fn columns() -> Vec<Column> {
    vec![
        record_id(),
        Column::new("category", "category", Kind::Text),
        Column::new("amount", "amount", Kind::Decimal),
        Column::new("day", "day", Kind::Date),
        Column::new("at", "at", Kind::DateTime),
    ]
}

#[tokio::test]
#[ignore = "a volume test: a million rows"]
async fn a_million_rows() {
    let batches: Vec<RecordBatch> = (0..ROWS).step_by(CHUNK).map(chunk).collect();
    let stream = arrow_stream(&batches[0].schema(), &batches, true);
    let whole = datafusion::arrow::compute::concat_batches(&batches[0].schema(), &batches).unwrap();
    let parquet = parquet_gzip(&whole);
    let dir = tempfile::tempdir().unwrap();
    let mut parts = Vec::new();
    for (i, (body, format)) in [(stream, Format::ArrowStream), (parquet, Format::Parquet)]
        .into_iter()
        .enumerate()
    {
        let dest = dir.path().join(format!("part-{i}.parquet"));
        let started = Instant::now();
        let staged = tokio::task::spawn_blocking({
            let dest = dest.clone();
            move || stage(&body, format, &columns(), &dest)
        })
        .await
        .unwrap()
        .unwrap();
        println!(
            "stage {format:?}: {} rows in {:?}",
            staged.rows,
            started.elapsed()
        );
        assert_eq!(staged.max_auto_increment, Some(ROWS as i64));
        parts.push(dest);
    }
    let table = Table {
        columns: columns(),
        parts,
    };
    let q = json!({"groupBy": ["category"], "limit": -1, "select": {"columns": [
        {"columnName": "amount", "aggregationMethod": "SUM", "columnAlias": "total"},
        {"columnName": "amount", "aggregationMethod": "AVG"},
        {"columnName": "record_id", "aggregationMethod": "COUNT"}]}});
    let started = Instant::now();
    let out = run(&table, q).await.unwrap();
    println!(
        "grouped compute over {} rows: {:?}",
        2 * ROWS,
        started.elapsed()
    );
    assert_eq!(out.num_rows(), 100);
    assert_eq!(strs(&out, "grouping(0)")[0], "category 0");
    // Category 0 holds i = 0, 100, 200…: amounts (i % 1000) / 4, ten values repeating.
    let per_cycle: f64 = (0..10).map(|k| (k * 100) as f64 / 4.0).sum();
    let total = per_cycle * (ROWS / 1000) as f64 * 2.0;
    assert!((floats(&out, "total")[0].unwrap() - total).abs() < 1e-6);
    let started = Instant::now();
    let rows = run(
        &table,
        json!({"select": {"columns": [{"columnName": "category"}]}, "limit": 5}),
    )
    .await
    .unwrap();
    println!("first rows: {:?}", started.elapsed());
    assert_eq!(rows.num_rows(), 5);
}
