//! `profile`: kywy's sheet-profiling test, and its JSON shape.

use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, Int64Array, StringArray};
use serde_json::json;

use super::fixtures::{batch, parquet_gzip, table};
use crate::{profile, Column, Format, Kind, Profile, QueryError, ValueProfile};

fn arc(a: impl datafusion::arrow::array::Array + 'static) -> ArrayRef {
    Arc::new(a)
}

/// `test_computation_sheet_profiling.py`'s frame: Paris has no city (kywy sends `''`).
fn frame() -> super::fixtures::Staged {
    let body = parquet_gzip(&batch(vec![
        (
            "id",
            arc(StringArray::from(vec![
                "a", "b", "c", "d", "e", "g", "h", "i", "j",
            ])),
        ),
        (
            "country",
            arc(StringArray::from(vec![
                "FR", "FR", "FR", "UK", "UK", "UK", "UK", "BE", "BE",
            ])),
        ),
        (
            "city",
            arc(StringArray::from(vec![
                None,
                Some("Lyon"),
                Some("Lille"),
                Some("London"),
                Some("Cardiff"),
                Some("Edinburgh"),
                Some("Belfast"),
                Some("Brussels"),
                Some("Bruges"),
            ])),
        ),
        ("measure", arc(Int64Array::from(vec![2; 9]))),
    ]));
    let columns = vec![
        Column::new("id", "id", Kind::Text),
        Column::new("country", "country", Kind::Text),
        Column::new("city", "city", Kind::Text),
        Column::new("measure", "measure", Kind::Integer),
    ];
    table(columns, vec![(body, Format::Parquet)])
}

#[tokio::test]
async fn profiles_match_kywys_test() {
    let s = frame();
    let all = profile(&s.table, None).await.unwrap();
    assert_eq!(all.len(), 4);
    let counts = |count, count_unique, count_empty| {
        Profile::Value(ValueProfile {
            count,
            count_unique,
            count_empty,
        })
    };
    assert_eq!(all["city"], counts(8, 8, 1));
    assert_eq!(all["country"], counts(9, 3, 0));
    assert_eq!(all["id"], counts(9, 9, 0));
    assert_eq!(
        serde_json::to_value(&all["measure"]).unwrap(),
        json!({"SUM": 18, "AVERAGE": 2.0, "MEDIAN": 2.0, "MIN": 2, "MAX": 2, "VAR_POP": 0.0, "STD_DEV_POP": 0.0,
            "LOWEST_DECILE": 2.0, "LOWEST_QUARTILE": 2.0, "HIGHEST_QUARTILE": 2.0, "HIGHEST_DECILE": 2.0})
    );
    assert_eq!(
        serde_json::to_value(&all["city"]).unwrap(),
        json!({"COUNT": 8, "COUNT_UNIQUE": 8, "COUNT_EMPTY": 1})
    );
    let one = profile(&s.table, Some("city")).await.unwrap();
    assert_eq!(one.keys().collect::<Vec<_>>(), ["city"]);
    assert_eq!(
        profile(&s.table, Some("nope")).await.unwrap_err(),
        QueryError::UnknownColumn("nope".into())
    );
}

#[tokio::test]
async fn an_empty_table_profiles_as_nulls_and_zeros() {
    let mut s = frame();
    s.table.parts.clear();
    let all = profile(&s.table, None).await.unwrap();
    assert_eq!(
        all["city"],
        Profile::Value(ValueProfile {
            count: 0,
            count_unique: 0,
            count_empty: 0
        })
    );
    let measure = serde_json::to_value(&all["measure"]).unwrap();
    assert_eq!(measure["SUM"], json!(null));
    assert_eq!(measure["MEDIAN"], json!(null));
}
