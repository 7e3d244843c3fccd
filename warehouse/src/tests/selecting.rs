//! Row queries: select (names, aliases, regexps, layouts), load order, order by, limit.

use datafusion::arrow::datatypes::DataType;
use serde_json::json;

use super::datasets::{cities, kywy_dsl, JAN1, JAN2, T2};
use super::fixtures::{data_type, days, floats, ints, millis, names, run, strs};
use crate::{Column, Kind, QueryError, Table};

fn col(name: &str) -> serde_json::Value {
    json!({"columnName": name, "columnAlias": null, "aggregationMethod": null, "columnRegexp": null,
        "indicatorColumnsOnly": false, "sheetDefaultColumnsOnly": false, "xmlSyntacticTree": null})
}

#[tokio::test]
async fn select_keeps_the_requested_order_and_types() {
    let s = kywy_dsl();
    let q = json!({"limit": 100, "select": {"columns": [col("text"), col("date"), col("boolean"), col("integer"), col("date_time"), col("decimal")]}});
    let out = run(&s.table, q).await.unwrap();
    assert_eq!(
        names(&out),
        ["text", "date", "boolean", "integer", "date_time", "decimal"]
    );
    assert_eq!(
        strs(&out, "text"),
        ["value11", "value12", "value21", "value22", "value23"]
    );
    assert_eq!(days(&out, "date"), [JAN1, JAN2, JAN1, JAN2, JAN2].map(Some));
    assert_eq!(
        millis(&out, "date_time"),
        [T2, T2 + 2000, T2, T2, T2].map(Some)
    );
    assert_eq!(ints(&out, "integer"), [1, 2, 3, 4, 5].map(Some));
    assert_eq!(floats(&out, "decimal"), [1.1, 2.1, 3.1, 4.1, 5.1].map(Some));
    assert_eq!(data_type(&out, "boolean"), DataType::Boolean);
}

#[tokio::test]
async fn regexps_indicator_columns_and_the_default_layout() {
    let s = kywy_dsl();
    let regexp = json!({"select": {"columns": [{"columnRegexp": ".*date.*"}]}});
    assert_eq!(
        names(&run(&s.table, regexp).await.unwrap()),
        ["date", "date_time"]
    );
    let all = json!({"select": {"columns": [{"indicatorColumnsOnly": true}]}});
    let out = run(&s.table, all).await.unwrap();
    assert_eq!(
        names(&out),
        [
            "record_id",
            "date",
            "date_time",
            "boolean",
            "text",
            "integer",
            "decimal"
        ]
    );
    assert_eq!(ints(&out, "record_id"), [1, 2, 3, 4, 5].map(Some));
    let mut hidden = s.table.clone();
    hidden.columns[1].in_default_layout = false;
    let out = run(&hidden, json!({})).await.unwrap();
    assert_eq!(
        names(&out),
        [
            "record_id",
            "date_time",
            "boolean",
            "text",
            "integer",
            "decimal"
        ]
    );
    let layout = json!({"select": {"columns": [{"sheetDefaultColumnsOnly": true}]}});
    assert_eq!(names(&run(&hidden, layout).await.unwrap()).len(), 6);
}

#[tokio::test]
async fn aliases_name_outputs_and_sort_rows_ignoring_aggregations() {
    let s = cities();
    let q = json!({
        "orderBy": {"columnName": "max", "ascending": true},
        "select": {"columns": [
            {"columnName": "measure", "aggregationMethod": "MAX", "columnAlias": "max"},
            {"columnName": "measure", "aggregationMethod": "MIN", "columnAlias": "min"}]}
    });
    let out = run(&s.table, q).await.unwrap();
    assert_eq!(names(&out), ["max", "min"]);
    assert_eq!(ints(&out, "max"), (1..=10).map(Some).collect::<Vec<_>>());
    assert_eq!(ints(&out, "min"), (1..=10).map(Some).collect::<Vec<_>>());
}

#[tokio::test]
async fn rows_come_in_load_order_across_parts_and_sort_by_column_names() {
    let s = cities();
    let out = run(
        &s.table,
        json!({"select": {"columns": [col("city")]}, "limit": -1}),
    )
    .await
    .unwrap();
    let loaded = [
        "Paris",
        "Lyon",
        "Lille",
        "London",
        "Cardiff",
        "Edinburgh",
        "Belfast",
        "Brussels",
        "Bruges",
        "Namur",
    ];
    assert_eq!(strs(&out, "city"), loaded);
    let mut sorted = loaded.to_vec();
    sorted.sort();
    let asc = json!({"select": {"columns": [col("city")]}, "orderBy": {"columnName": "city", "ascending": true}});
    assert_eq!(strs(&run(&s.table, asc).await.unwrap(), "city"), sorted);
    // Sorting by a column that is not selected, descending, with a limit.
    let desc = json!({"select": {"columns": [col("city")]}, "orderBy": {"columnName": "measure", "ascending": false}, "limit": 3});
    assert_eq!(
        strs(&run(&s.table, desc).await.unwrap(), "city"),
        ["Namur", "Bruges", "Brussels"]
    );
    let top = json!({"select": {"columns": [col("city")]}, "orderBy": {"columnName": "city", "ascending": false}, "limit": 1});
    assert_eq!(strs(&run(&s.table, top).await.unwrap(), "city"), ["Paris"]);
}

#[tokio::test]
async fn limits_default_to_100_and_cut_across_parts() {
    let s = cities();
    let mut table = s.table.clone();
    // Thirty loads of the same ten rows: 300 rows.
    table.parts = s.table.parts.iter().cycle().take(60).cloned().collect();
    let q =
        |limit: serde_json::Value| json!({"select": {"columns": [col("measure")]}, "limit": limit});
    let count = |b: &datafusion::arrow::array::RecordBatch| b.num_rows();
    assert_eq!(
        count(
            &run(&table, json!({"select": {"columns": [col("measure")]}}))
                .await
                .unwrap()
        ),
        100
    );
    assert_eq!(count(&run(&table, q(json!(-1))).await.unwrap()), 300);
    let seven = run(&table, q(json!(7))).await.unwrap();
    assert_eq!(ints(&seven, "measure"), [1, 2, 3, 4, 5, 6, 7].map(Some));
    let zero = run(&table, q(json!(0))).await.unwrap();
    assert_eq!(
        (names(&zero), zero.num_rows()),
        (vec!["measure".to_string()], 0)
    );
}

#[tokio::test]
async fn an_empty_table_answers_its_schema() {
    let table = Table {
        columns: vec![
            Column::new("a", "alpha", Kind::DateTime),
            Column::new("b", "beta", Kind::ListText),
        ],
        parts: vec![],
    };
    let out = run(&table, json!({})).await.unwrap();
    assert_eq!(names(&out), ["alpha", "beta"]);
    assert_eq!(out.num_rows(), 0);
    assert_eq!(data_type(&out, "alpha"), Kind::DateTime.data_type());
    let grouped =
        json!({"groupBy": ["alpha"], "aggregation": {"columns": [{"columnName": "beta"}]}});
    let out = run(&table, grouped).await.unwrap();
    assert_eq!(
        (names(&out), out.num_rows()),
        (vec!["grouping(0)".to_string(), "beta".to_string()], 0)
    );
}

#[tokio::test]
async fn unknown_and_unsupported_selections_are_refused() {
    let s = kywy_dsl();
    let unknown = run(&s.table, json!({"select": {"columns": [col("nope")]}}))
        .await
        .unwrap_err();
    assert_eq!(unknown, QueryError::UnknownColumn("nope".into()));
    let order = json!({"select": {"columns": [col("text")]}, "orderBy": {"columnName": "nope"}});
    assert_eq!(
        run(&s.table, order).await.unwrap_err(),
        QueryError::UnknownColumn("nope".into())
    );
    let computed =
        json!({"select": {"columns": [{"columnName": "x", "xmlSyntacticTree": "<add/>"}]}});
    assert!(matches!(
        run(&s.table, computed).await,
        Err(QueryError::Unsupported(_))
    ));
    let zone = json!({"timeZone": "Nowhere/Special"});
    assert!(matches!(
        run(&s.table, zone).await,
        Err(QueryError::Invalid(_))
    ));
}
