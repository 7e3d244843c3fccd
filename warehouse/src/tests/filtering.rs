//! Filters, as kywy's filtering tests pin them.

use serde_json::{json, Value};

use super::datasets::{kywy_dsl, market_data, texts_and_floats, JAN1};
use super::fixtures::{ints, run, strs};
use crate::{QueryError, Table};

fn clause(op: &str, value: Value) -> Value {
    json!({"operation": op, "arguments": {"value": value}})
}

fn on(column: &str, clauses: Vec<Value>) -> Value {
    json!({"column": {"columnName": column}, "exclude": false, "clauses": clauses})
}

async fn select(
    table: &Table,
    column: &str,
    filters: Vec<Value>,
) -> Result<Vec<Option<i64>>, QueryError> {
    let q =
        json!({"select": {"columns": [{"columnName": column}]}, "filters": filters, "limit": -1});
    Ok(ints(&run(table, q).await?, column))
}

async fn texts(table: &Table, filters: Vec<Value>) -> Vec<String> {
    let q = json!({"select": {"columns": [{"columnName": "text"}]}, "filters": filters, "timeZone": "UTC"});
    strs(&run(table, q).await.unwrap(), "text")
}

#[tokio::test]
async fn number_comparisons_with_integers_and_floats() {
    let s = kywy_dsl();
    let cases: Vec<(&str, Value, Vec<i64>)> = vec![
        ("gt", json!(4), vec![5]),
        ("gt", json!(4.1), vec![5]),
        ("gt", json!(11), vec![]),
        ("gte", json!(4), vec![4, 5]),
        ("gte", json!(4.1), vec![5]),
        ("lt", json!(3.9), vec![1, 2, 3]),
        ("lt", json!(-11), vec![]),
        ("lte", json!(2), vec![1, 2]),
        ("lte", json!(3.9), vec![1, 2, 3]),
        ("eq", json!(4), vec![4]),
        ("eq", json!(3.9), vec![]),
        ("ne", json!(2), vec![1, 3, 4, 5]),
        ("ne", json!(3.9), vec![1, 2, 3, 4, 5]),
        ("in_list", json!(["2", "5"]), vec![2, 5]),
    ];
    for (op, value, want) in cases {
        let got = select(
            &s.table,
            "integer",
            vec![on("integer", vec![clause(op, value.clone())])],
        )
        .await
        .unwrap();
        assert_eq!(
            got,
            want.into_iter().map(Some).collect::<Vec<_>>(),
            "{op} {value}"
        );
    }
    let bad = select(
        &s.table,
        "integer",
        vec![on("integer", vec![clause("gt", json!("abc"))])],
    )
    .await;
    assert!(matches!(bad, Err(QueryError::Invalid(m)) if m.contains("integer")));
}

#[tokio::test]
async fn text_operations_read_empty_as_empty() {
    let s = texts_and_floats();
    let all = ["this", "is", "some", "test", "data", ""];
    let cases: Vec<(&str, Value, Vec<&str>)> = vec![
        ("contains", json!("i"), vec!["this", "is"]),
        ("contains", json!(""), all.to_vec()),
        (
            "does_not_contain",
            json!("i"),
            vec!["some", "test", "data", ""],
        ),
        ("does_not_contain", json!(""), vec![]),
        ("starts_with", json!("is"), vec!["is"]),
        ("starts_with", json!(""), all.to_vec()),
        (
            "does_not_start_with",
            json!("is"),
            vec!["this", "some", "test", "data", ""],
        ),
        ("ends_with", json!("his"), vec!["this"]),
        (
            "does_not_end_with",
            json!("s"),
            vec!["some", "test", "data", ""],
        ),
        ("does_not_end_with", json!(""), vec![]),
        ("in_list", json!(["this", "is", ""]), vec!["this", "is", ""]),
        ("in_list", json!(["foo"]), vec![]),
        ("eq", json!("data"), vec!["data"]),
        ("contains", json!("%"), vec![]),
    ];
    for (op, value, want) in cases {
        assert_eq!(
            texts(&s.table, vec![on("text", vec![clause(op, value.clone())])]).await,
            want,
            "{op} {value}"
        );
    }
    let empty = json!({"column": {"columnName": "text"}, "clauses": [{"operation": "empty", "arguments": {}}]});
    assert_eq!(texts(&s.table, vec![empty]).await, [""]);
    let not_empty = json!({"column": {"columnName": "text"}, "clauses": [{"operation": "not_empty", "arguments": {}}]});
    assert_eq!(
        texts(&s.table, vec![not_empty]).await,
        ["this", "is", "some", "test", "data"]
    );
}

#[tokio::test]
async fn clauses_or_filters_and_exclude_negates() {
    let s = texts_and_floats();
    let or = on(
        "text",
        vec![
            clause("contains", json!("i")),
            clause("contains", json!("a")),
        ],
    );
    assert_eq!(
        texts(&s.table, vec![or.clone()]).await,
        ["this", "is", "data"]
    );
    let floats = on(
        "float",
        vec![clause("gt", json!(4.4)), clause("lt", json!(2.05))],
    );
    assert_eq!(texts(&s.table, vec![floats]).await, ["this", "data"]);
    let mut excluded = or;
    excluded["exclude"] = json!(true);
    assert_eq!(texts(&s.table, vec![excluded]).await, ["some", "test", ""]);
    let not_in = json!({"column": {"columnName": "text"}, "exclude": true, "clauses": [clause("in_list", json!(["this", "is"]))]});
    assert_eq!(
        texts(&s.table, vec![not_in]).await,
        ["some", "test", "data", ""]
    );
    let and = vec![
        on("text", vec![clause("contains", json!("i"))]),
        on("text", vec![clause("contains", json!("h"))]),
    ];
    assert_eq!(texts(&s.table, and).await, ["this"]);
    // The missing float is empty; by indicator id.
    let empty = json!({"indicatorId": "float", "clauses": [{"operation": "empty"}]});
    assert_eq!(texts(&s.table, vec![empty]).await, [""]);
}

#[tokio::test]
async fn date_and_date_time_ranges_are_inclusive() {
    let s = kywy_dsl();
    let date = json!({"column": {"columnName": "date"}, "clauses": [{"arguments": {"dateFrom": JAN1, "dateTo": JAN1}}]});
    assert_eq!(
        select(&s.table, "integer", vec![date]).await.unwrap(),
        [Some(1), Some(3)]
    );
    let t = 1_672_615_382_000_i64;
    let instant = json!({"column": {"columnName": "date_time"}, "clauses": [{"arguments": {
        "instantFrom": null, "instantTo": null, "instantMillisecondsFrom": t, "instantMillisecondsTo": t}}]});
    assert_eq!(
        select(&s.table, "integer", vec![instant]).await.unwrap(),
        [1, 3, 4, 5].map(Some)
    );
    let open = json!({"column": {"columnName": "date_time"}, "clauses": [{"arguments": {"instantMillisecondsFrom": t + 1000}}]});
    assert_eq!(
        select(&s.table, "integer", vec![open]).await.unwrap(),
        [Some(2)]
    );
    // A day range on a date_time column, in the query's zone: 23:23 UTC is the 2nd in Tokyo.
    let day = json!({"column": {"columnName": "date_time"}, "clauses": [{"arguments": {"dateFrom": JAN1, "dateTo": JAN1}}]});
    let q = |tz: &str| json!({"select": {"columns": [{"columnName": "integer"}]}, "filters": [day.clone()], "timeZone": tz});
    assert_eq!(
        ints(&run(&s.table, q("UTC")).await.unwrap(), "integer").len(),
        5
    );
    assert_eq!(
        ints(&run(&s.table, q("Asia/Tokyo")).await.unwrap(), "integer").len(),
        0
    );
    // 2023-01-01 is a Sunday, the 2nd a Monday.
    let weekdays = json!({"column": {"columnName": "date"}, "clauses": [{"arguments": {"dateFrom": null, "dateTo": null, "keepWeekDaysOnly": true}}]});
    assert_eq!(
        select(&s.table, "integer", vec![weekdays]).await.unwrap(),
        [2, 4, 5].map(Some)
    );
    let ytd = json!({"column": {"columnName": "date"}, "clauses": [{"arguments": {"specialMode": "YOY_YTD"}}]});
    assert!(matches!(
        select(&s.table, "integer", vec![ytd]).await,
        Err(QueryError::Unsupported(_))
    ));
}

#[tokio::test]
async fn time_of_day_ranges_work_in_the_query_zone() {
    let s = market_data();
    // Times are 13:14:01, 13:14:34, 15:14:05, 15:15:43 US/Eastern (18:14… UTC).
    let ids = |zone: &'static str, args: Value| {
        let filter = json!({"column": {"columnName": "time"}, "clauses": [{"arguments": args}]});
        let q = json!({"select": {"columns": [{"columnName": "id"}]}, "filters": [filter], "timeZone": zone});
        let table = s.table.clone();
        async move { ints(&run(&table, q).await.unwrap(), "id") }
    };
    let eastern = ids(
        "US/Eastern",
        json!({"timeFromInclusive": "15:00:00", "timeToExclusive": "15:15:00"}),
    )
    .await;
    assert_eq!(eastern, [3, 7].map(Some));
    let utc = ids("UTC", json!({"timeFromInclusive": "20:00:00"})).await;
    assert_eq!(utc, [3, 4, 7, 8].map(Some));
    let exclusive = ids(
        "US/Eastern",
        json!({"timeFromExclusive": "13:14:01", "timeToInclusive": "13:14:34"}),
    )
    .await;
    assert_eq!(exclusive, [2, 6].map(Some));
}
