//! The data sets of kywy's end-to-end tests, staged the way kywy uploads them.

use std::sync::Arc;

use datafusion::arrow::array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, StringArray,
    TimestampNanosecondArray,
};
use datafusion::arrow::datatypes::Schema;

use super::fixtures::{arrow_stream, batch, parquet_gzip, table, Staged};
use crate::{Column, Format, Kind};

/// 2023-01-01 and 2023-01-02 in days since the epoch.
pub(crate) const JAN1: i32 = 19_358;
pub(crate) const JAN2: i32 = 19_359;
/// 2023-01-01 23:23:02 UTC in epoch milliseconds.
pub(crate) const T2: i64 = 1_672_615_382_000;

fn arc(a: impl datafusion::arrow::array::Array + 'static) -> ArrayRef {
    Arc::new(a)
}

/// The record_id column kywy adds when no primary key is given.
pub(crate) fn record_id() -> Column {
    let mut c = Column::new("record_id", "record_id", Kind::Integer);
    c.primary_key = true;
    c.auto_increment = true;
    c
}

/// `test_computation_dsl.py`'s frame (date, date_time, text, integer, decimal, boolean), as a
/// pandas gzip Parquet with its index column and nanosecond UTC timestamps.
pub(crate) fn kywy_dsl() -> Staged {
    let ns = |ms: i64| ms * 1_000_000;
    let body = parquet_gzip(&batch(vec![
        (
            "date",
            arc(Date32Array::from(vec![JAN1, JAN2, JAN1, JAN2, JAN2])),
        ),
        (
            "date_time",
            arc(TimestampNanosecondArray::from(vec![
                ns(T2),
                ns(T2 + 2000),
                ns(T2),
                ns(T2),
                ns(T2),
            ])
            .with_timezone("UTC")),
        ),
        (
            "boolean",
            arc(BooleanArray::from(vec![true, false, true, true, false])),
        ),
        (
            "text",
            arc(StringArray::from(vec![
                "value11", "value12", "value21", "value22", "value23",
            ])),
        ),
        ("integer", arc(Int64Array::from(vec![1, 2, 3, 4, 5]))),
        (
            "decimal",
            arc(Float64Array::from(vec![1.1, 2.1, 3.1, 4.1, 5.1])),
        ),
        (
            "__index_level_0__",
            arc(Int64Array::from(vec![0, 1, 2, 3, 4])),
        ),
        ("record_id", arc(Int64Array::from(vec![1, 2, 3, 4, 5]))),
    ]));
    let columns = vec![
        record_id(),
        Column::new("date", "date", Kind::Date),
        Column::new("date_time", "date_time", Kind::DateTime),
        Column::new("boolean", "boolean", Kind::Boolean),
        Column::new("text", "text", Kind::Text),
        Column::new("integer", "integer", Kind::Integer),
        Column::new("decimal", "decimal", Kind::Decimal),
    ];
    table(columns, vec![(body, Format::Parquet)])
}

/// The cities and countries of kywy's sorting and grouping tests, as two loads of zstd
/// Arrow streams (6 rows in two batches, then 4 rows); indicator ids differ from names.
pub(crate) fn cities() -> Staged {
    let rows = [
        ("a", "FR", "Paris", 1),
        ("b", "FR", "Lyon", 2),
        ("c", "FR", "Lille", 3),
        ("d", "UK", "London", 4),
        ("e", "UK", "Cardiff", 5),
        ("g", "UK", "Edinburgh", 6),
        ("h", "UK", "Belfast", 7),
        ("i", "BE", "Brussels", 8),
        ("j", "BE", "Bruges", 9),
        ("k", "BE", "Namur", 10),
    ];
    let make = |rows: &[(&str, &str, &str, i64)]| {
        batch(vec![
            (
                "i_id",
                arc(StringArray::from_iter_values(rows.iter().map(|r| r.0))),
            ),
            (
                "i_country",
                arc(StringArray::from_iter_values(rows.iter().map(|r| r.1))),
            ),
            (
                "i_city",
                arc(StringArray::from_iter_values(rows.iter().map(|r| r.2))),
            ),
            (
                "i_measure",
                arc(Int64Array::from_iter_values(rows.iter().map(|r| r.3))),
            ),
        ])
    };
    let (first, second) = rows.split_at(6);
    let schema: Schema = make(first).schema().as_ref().clone();
    let load1 = arrow_stream(&schema, &[make(&first[..3]), make(&first[3..])], true);
    let load2 = arrow_stream(&schema, &[make(second)], false);
    let mut id = Column::new("i_id", "id", Kind::Text);
    id.primary_key = true;
    let columns = vec![
        id,
        Column::new("i_country", "country", Kind::Text),
        Column::new("i_city", "city", Kind::Text),
        Column::new("i_measure", "measure", Kind::Integer),
    ];
    table(
        columns,
        vec![(load1, Format::ArrowStream), (load2, Format::ArrowStream)],
    )
}

/// `test_multiple_filter_clauses.py`'s frame: text and a float with a missing value.
pub(crate) fn texts_and_floats() -> Staged {
    let body = parquet_gzip(&batch(vec![
        (
            "float",
            arc(Float64Array::from(vec![1.1, 2.2, 3.3, 4.4, 5.5, f64::NAN])),
        ),
        (
            "text",
            arc(StringArray::from(vec![
                "this", "is", "some", "test", "data", "",
            ])),
        ),
    ]));
    let columns = vec![
        Column::new("float", "float", Kind::Decimal),
        Column::new("text", "text", Kind::Text),
    ];
    table(columns, vec![(body, Format::Parquet)])
}

/// `test_multiple_levels_of_grouping.py`'s market data: US/Eastern timestamps.
pub(crate) fn market_data() -> Staged {
    // 2024-01-01 13:14:01 US/Eastern = 18:14:01 UTC.
    let at = |h: i64, m: i64, s: i64| (1_704_067_200 + (h + 5) * 3600 + m * 60 + s) * 1_000_000_000;
    let times = [at(13, 14, 1), at(13, 14, 34), at(15, 14, 5), at(15, 15, 43)];
    let body = parquet_gzip(&batch(vec![
        ("id", arc(Int64Array::from_iter_values(1..=8))),
        (
            "ticker",
            arc(StringArray::from(vec![
                "AAPL", "AAPL", "AAPL", "AAPL", "MSFT", "MSFT", "MSFT", "MSFT",
            ])),
        ),
        (
            "price",
            arc(Float64Array::from(vec![
                13.3, 12.4, 12.5, 12.7, 23.3, 22.4, 22.5, 22.7,
            ])),
        ),
        (
            "time",
            arc(TimestampNanosecondArray::from_iter_values(
                times.iter().chain(times.iter()).copied(),
            )
            .with_timezone("US/Eastern")),
        ),
    ]));
    let columns = vec![
        Column::new("id", "id", Kind::Integer),
        Column::new("ticker", "ticker", Kind::Text),
        Column::new("price", "price", Kind::Decimal),
        Column::new("time", "time", Kind::DateTime),
    ];
    table(columns, vec![(body, Format::Parquet)])
}
