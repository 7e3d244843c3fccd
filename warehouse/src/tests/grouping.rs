//! Grouped queries: grouping columns, aggregations, default aggregation, order, samplers.

use serde_json::{json, Value};

use super::datasets::{cities, kywy_dsl, market_data, JAN1, JAN2};
use super::fixtures::{assert_close, days, floats, ints, is_null, millis, names, run, strs, texts};
use crate::QueryError;

fn agg(column: &str, method: &str) -> Value {
    json!({"columnName": column, "aggregationMethod": method})
}

#[tokio::test]
async fn kywys_aggregation_without_filters() {
    let s = kywy_dsl();
    for key in ["select", "aggregation"] {
        let mut q = json!({"groupBy": ["date"], "limit": -1});
        q[key] = json!({"columns": [agg("integer", "AVG"), agg("date", "FIRST"), agg("decimal", "SUM")]});
        let out = run(&s.table, q).await.unwrap();
        assert_eq!(names(&out), ["grouping(0)", "integer", "date", "decimal"]);
        assert_eq!(days(&out, "grouping(0)"), [Some(JAN1), Some(JAN2)]);
        assert_eq!(days(&out, "date"), [Some(JAN1), Some(JAN2)]);
        assert_close(&floats(&out, "integer"), &[2.0, 11.0 / 3.0]);
        assert_close(&floats(&out, "decimal"), &[1.1 + 3.1, 2.1 + 4.1 + 5.1]);
    }
}

#[tokio::test]
async fn every_aggregation_against_hand_computed_values() {
    let s = cities();
    // FR: 1, 2, 3; UK: 4, 5, 6, 7; BE: 8, 9, 10 (grouped by country, ascending: BE, FR, UK).
    let methods = [
        "COUNT",
        "COUNT_UNIQUE",
        "COUNT_EMPTY",
        "PERCENT_FILLED",
        "PERCENT_EMPTY",
        "SUM",
        "AVG",
        "MEDIAN",
        "MIN",
        "MAX",
        "MIN_ABS",
        "MAX_ABS",
        "VAR_SAMPLE",
        "VAR_POP",
        "STD_DEV_SAMPLE",
        "STD_DEV_POP",
        "LOWEST_DECILE",
        "LOWEST_QUARTILE",
        "HIGHEST_QUARTILE",
        "HIGHEST_DECILE",
    ];
    let columns: Vec<Value> = methods
        .iter()
        .map(|m| json!({"columnName": "measure", "aggregationMethod": m, "columnAlias": m.to_lowercase()}))
        .collect();
    let out = run(
        &s.table,
        json!({"groupBy": ["country"], "select": {"columns": columns}}),
    )
    .await
    .unwrap();
    assert_eq!(strs(&out, "grouping(0)"), ["BE", "FR", "UK"]);
    assert_eq!(ints(&out, "count"), [3, 3, 4].map(Some));
    assert_eq!(ints(&out, "count_unique"), [3, 3, 4].map(Some));
    assert_eq!(ints(&out, "count_empty"), [0, 0, 0].map(Some));
    assert_close(&floats(&out, "percent_filled"), &[100.0, 100.0, 100.0]);
    assert_close(&floats(&out, "percent_empty"), &[0.0, 0.0, 0.0]);
    assert_eq!(ints(&out, "sum"), [27, 6, 22].map(Some));
    assert_close(&floats(&out, "avg"), &[9.0, 2.0, 5.5]);
    assert_close(&floats(&out, "median"), &[9.0, 2.0, 5.5]);
    assert_eq!(ints(&out, "min"), [8, 1, 4].map(Some));
    assert_eq!(ints(&out, "max"), [10, 3, 7].map(Some));
    assert_eq!(ints(&out, "min_abs"), [8, 1, 4].map(Some));
    assert_eq!(ints(&out, "max_abs"), [10, 3, 7].map(Some));
    assert_close(&floats(&out, "var_sample"), &[1.0, 1.0, 5.0 / 3.0]);
    assert_close(&floats(&out, "var_pop"), &[2.0 / 3.0, 2.0 / 3.0, 1.25]);
    assert_close(
        &floats(&out, "std_dev_sample"),
        &[1.0, 1.0, (5.0f64 / 3.0).sqrt()],
    );
    assert_close(
        &floats(&out, "std_dev_pop"),
        &[(2.0f64 / 3.0).sqrt(), (2.0f64 / 3.0).sqrt(), 1.25f64.sqrt()],
    );
    // Linear interpolation: UK's 10th percentile is 4 + 0.3 × (5 − 4).
    assert_close(&floats(&out, "lowest_decile"), &[8.2, 1.2, 4.3]);
    assert_close(&floats(&out, "lowest_quartile"), &[8.5, 1.5, 4.75]);
    assert_close(&floats(&out, "highest_quartile"), &[9.5, 2.5, 6.25]);
    assert_close(&floats(&out, "highest_decile"), &[9.8, 2.8, 6.7]);
}

#[tokio::test]
async fn text_aggregations_and_the_default_one() {
    let s = cities();
    let q = json!({"groupBy": ["country"], "select": {"columns": [
        agg("city", "IDENTICAL"), agg("country", "IDENTICAL"),
        {"columnName": "city", "aggregationMethod": "count_unique", "columnAlias": "cities"},
        {"columnName": "country", "columnAlias": "nation"}, {"columnName": "measure"}]}});
    let out = run(&s.table, q).await.unwrap();
    assert!(
        (0..3).all(|i| is_null(&out, "city", i)),
        "cities differ within a country"
    );
    assert_eq!(strs(&out, "country"), ["BE", "FR", "UK"]);
    assert_eq!(strs(&out, "nation"), ["BE", "FR", "UK"]);
    assert_eq!(ints(&out, "cities"), [3, 3, 4].map(Some));
    assert_eq!(ints(&out, "measure"), [27, 6, 22].map(Some));
    let sum_of_text = json!({"groupBy": ["country"], "select": {"columns": [agg("city", "SUM")]}});
    assert!(
        matches!(run(&s.table, sum_of_text).await, Err(QueryError::Unsupported(m)) if m.contains("city"))
    );
    let unknown = json!({"groupBy": ["country"], "select": {"columns": [agg("measure", "MODE")]}});
    assert!(
        matches!(run(&s.table, unknown).await, Err(QueryError::Unsupported(m)) if m.contains("MODE"))
    );
}

#[tokio::test]
async fn groups_sort_by_outputs_aliases_and_limit() {
    let s = cities();
    let by = |order: Value, limit: i64| json!({"groupBy": ["country"], "orderBy": order, "limit": limit, "select": {"columns": [agg("measure", "SUM")]}});
    let out = run(
        &s.table,
        by(json!({"columnName": "measure", "ascending": true}), -1),
    )
    .await
    .unwrap();
    assert_eq!(names(&out), ["grouping(0)", "measure"]);
    assert_eq!(
        (strs(&out, "grouping(0)"), ints(&out, "measure")),
        (
            vec!["FR".into(), "UK".into(), "BE".into()],
            [6, 22, 27].map(Some).to_vec()
        )
    );
    let out = run(
        &s.table,
        by(json!({"columnName": "measure", "ascending": false}), 1),
    )
    .await
    .unwrap();
    assert_eq!(
        (strs(&out, "grouping(0)"), ints(&out, "measure")),
        (vec!["BE".into()], vec![Some(27)])
    );
    let out = run(
        &s.table,
        by(json!({"columnName": "country", "ascending": false}), -1),
    )
    .await
    .unwrap();
    assert_eq!(strs(&out, "grouping(0)"), ["UK", "FR", "BE"]);
    // kywy's test_that_aliases_can_be_used_in_grouping (with its filter variant).
    let aliases = json!({"orderBy": {"columnName": "max", "ascending": true}, "groupBy": ["nation"], "select": {"columns": [
        {"columnName": "measure", "aggregationMethod": "MAX", "columnAlias": "max"},
        {"columnName": "measure", "aggregationMethod": "MIN", "columnAlias": "min"},
        {"columnName": "country", "columnAlias": "nation"}]}});
    let out = run(&s.table, aliases.clone()).await.unwrap();
    assert_eq!(names(&out), ["grouping(0)", "max", "min", "nation"]);
    assert_eq!(strs(&out, "grouping(0)"), ["FR", "UK", "BE"]);
    assert_eq!(ints(&out, "max"), [3, 7, 10].map(Some));
    assert_eq!(ints(&out, "min"), [1, 4, 8].map(Some));
    let mut filtered = aliases;
    filtered["filters"] = json!([{"column": {"columnName": "country"}, "clauses": [{"operation": "eq", "arguments": {"value": "FR"}}]}]);
    assert_eq!(
        strs(&run(&s.table, filtered).await.unwrap(), "nation"),
        ["FR"]
    );
}

#[tokio::test]
async fn two_levels_and_the_constant_group() {
    let s = cities();
    let q = json!({"groupBy": ["country", "city"], "aggregation": {"columns": [agg("measure", "SUM")]}});
    let out = run(&s.table, q).await.unwrap();
    assert_eq!(names(&out), ["grouping(0)", "grouping(1)", "measure"]);
    assert_eq!(
        strs(&out, "grouping(0)"),
        ["BE", "BE", "BE", "FR", "FR", "FR", "UK", "UK", "UK", "UK"]
    );
    let cities = [
        "Bruges",
        "Brussels",
        "Namur",
        "Lille",
        "Lyon",
        "Paris",
        "Belfast",
        "Cardiff",
        "Edinburgh",
        "London",
    ];
    assert_eq!(strs(&out, "grouping(1)"), cities);
    let total = json!({"groupBy": ["1"], "orderBy": {"columnName": "city"}, "select": {"columns": [agg("measure", "SUM"), agg("id", "COUNT")]}});
    let out = run(&s.table, total).await.unwrap();
    assert_eq!(names(&out), ["grouping(0)", "measure", "id"]);
    assert_eq!(texts(&out, "grouping(0)"), [Some("1".to_string())]);
    assert_eq!(
        (ints(&out, "measure"), ints(&out, "id")),
        (vec![Some(55)], vec![Some(10)])
    );
    let unknown = json!({"groupBy": ["planet"]});
    assert_eq!(
        run(&s.table, unknown).await.unwrap_err(),
        QueryError::UnknownColumn("planet".into())
    );
}

#[tokio::test]
async fn date_samplers_label_groups_as_kywy_expects() {
    let s = kywy_dsl();
    let sampled = |sampler: &str, column: &str| {
        json!({"sample": {"columnName": null, "sampler": sampler, "howManyBuckets": 10, "bucketSize": 10, "buckets": null},
            "groupBy": [column], "aggregation": {"columns": [agg("decimal", "SUM")]}, "limit": -1, "timeZone": "UTC"})
    };
    let total = 1.1 + 3.1 + 2.1 + 4.1 + 5.1;
    for (sampler, label) in [
        ("YEAR_AND_MONTH", "2023-01"),
        ("YEAR_AND_QUARTER", "2023-1"),
        ("YEAR_AND_SEMESTER", "2023-1"),
        ("YEAR", "2023"),
        ("MONTH", "01"),
    ] {
        let out = run(&s.table, sampled(sampler, "date")).await.unwrap();
        assert_eq!(strs(&out, "grouping(0)"), [label], "{sampler}");
        assert_close(&floats(&out, "decimal"), &[total]);
    }
    let out = run(&s.table, sampled("WEEK", "date")).await.unwrap();
    assert_eq!(strs(&out, "grouping(0)"), ["01", "52"]);
    assert_close(&floats(&out, "decimal"), &[2.1 + 4.1 + 5.1, 1.1 + 3.1]);
    let out = run(&s.table, sampled("DAY_OF_YEAR", "date")).await.unwrap();
    assert_eq!(strs(&out, "grouping(0)"), ["001", "002"]);
    let out = run(&s.table, sampled("YEAR", "date_time")).await.unwrap();
    assert_eq!(strs(&out, "grouping(0)"), ["2023"]);
    for sampler in ["HOUR", "FIFTEEN_MINUTES", "MINUTE", "THIRTY_SECONDS"] {
        let out = run(&s.table, sampled(sampler, "date_time")).await.unwrap();
        let want = match sampler {
            "HOUR" => 1_672_614_000_000,
            "FIFTEEN_MINUTES" => 1_672_614_900_000,
            _ => 1_672_615_380_000,
        };
        assert_eq!(millis(&out, "grouping(0)"), [Some(want)], "{sampler}");
    }
    assert!(matches!(
        run(&s.table, sampled("DECADE", "date")).await,
        Err(QueryError::Unsupported(_))
    ));
    assert!(matches!(
        run(&s.table, sampled("HOUR", "date")).await,
        Err(QueryError::Unsupported(_))
    ));
    let ungrouped = json!({"sample": {"sampler": "YEAR"}});
    assert!(matches!(
        run(&s.table, ungrouped).await,
        Err(QueryError::Unsupported(_))
    ));
}

#[tokio::test]
async fn fifteen_minutes_in_us_eastern_with_two_levels() {
    let s = market_data();
    let q = json!({"sample": {"columnName": "time", "sampler": "FIFTEEN_MINUTES"}, "groupBy": ["time", "ticker"],
        "aggregation": {"columns": [agg("price", "SUM")]}, "timeZone": "US/Eastern"});
    let out = run(&s.table, q).await.unwrap();
    assert_eq!(names(&out), ["grouping(0)", "grouping(1)", "price"]);
    assert_close(
        &floats(&out, "price"),
        &[13.3 + 12.4, 23.3 + 22.4, 12.5, 22.5, 12.7, 22.7],
    );
    // 13:00, 15:00 and 15:15 US/Eastern.
    let at = |h: i64, m: i64| (1_704_067_200 + (h + 5) * 3600 + m * 60) * 1000;
    let want = [
        at(13, 0),
        at(13, 0),
        at(15, 0),
        at(15, 0),
        at(15, 15),
        at(15, 15),
    ];
    assert_eq!(millis(&out, "grouping(0)"), want.map(Some));
    assert_eq!(
        strs(&out, "grouping(1)"),
        ["AAPL", "MSFT", "AAPL", "MSFT", "AAPL", "MSFT"]
    );
}

#[tokio::test]
async fn without_select_the_default_layout_is_aggregated_by_default() {
    let s = kywy_dsl();
    let out = run(&s.table, json!({"groupBy": ["boolean"]}))
        .await
        .unwrap();
    let want = [
        "grouping(0)",
        "record_id",
        "date",
        "date_time",
        "boolean",
        "text",
        "integer",
        "decimal",
    ];
    assert_eq!(names(&out), want);
    // false: rows 2 and 5; true: rows 1, 3, 4.
    assert_eq!(ints(&out, "integer"), [Some(7), Some(8)]);
    assert_eq!(days(&out, "date"), [Some(JAN2), None]);
    assert_eq!(millis(&out, "date_time"), [None, Some(1_672_615_382_000)]);
    assert_eq!(texts(&out, "text"), [None, None]);
    assert_close(&floats(&out, "decimal"), &[2.1 + 5.1, 1.1 + 3.1 + 4.1]);
}
