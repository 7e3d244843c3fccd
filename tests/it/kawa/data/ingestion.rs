//! Loads as kywy drives them: Parquet labelled JSON and Arrow IPC streams, append and
//! reset, the auto-increment offset continuing across loads, one load at a time, and a
//! failed or short load leaving the datasource as it was.

use reqwest::StatusCode;
use serde_json::json;

use super::super::{refused, user_with_key, ADMIN};
use super::{
    batch, column, compute, data_rows, get, ingestion, load, load_query, orders, parquet, upload,
};
use crate::helpers::{spawn_app, TestApp};

/// The `record_id` and `city` of every row of datasource `ds`, in load order.
async fn rows_of(app: &TestApp, ds: &str) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let q = json!({"datasourceId": ds, "limit": -1, "select": {"columns": [
        {"columnName": "record_id"}, {"columnName": "city"}]}});
    let r = compute(app, q).await;
    (column(&r, "record_id"), column(&r, "city"))
}

#[tokio::test]
async fn loads_append_reset_and_number_rows_across_loads() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let first = [
        (1, "FR", "Paris", 10.0),
        (2, "FR", "Lyon", 20.0),
        (3, "UK", "Leeds", 7.0),
    ];
    let r = load(&app, &ds, &first, false, false).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["status"], "SUCCESS");
    assert_eq!(r.json["rowsLoaded"], 3);
    assert_eq!(r.json["numberOfRows"], 3);

    // The next load is told where the numbering stands.
    let query = load_query(&ds, "s-offset", "ArrowStream", false, 2);
    let prepared = ingestion(&app, ADMIN, "prepare", &query).await;
    assert_eq!(
        prepared.json["offsetToApplyToAutoIncrementIndex"], 3,
        "{}",
        prepared.text
    );
    assert_eq!(prepared.json["useClickhouseNativeTemporalFormat"], true);
    let again = ingestion(&app, ADMIN, "prepare", &query).await;
    assert_eq!(again.json, prepared.json, "preparing an open load again");
    let more = [(4, "BE", "Ghent", 1.0), (5, "DE", "Bonn", 2.0)];
    let r = upload(
        &app,
        ADMIN,
        &query,
        super::arrow_stream(&batch(&more)),
        "application/octet-stream",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["rowsReceived"], 2);
    let r = ingestion(&app, ADMIN, "finalize", &format!("{query}&nb_rows=2")).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);
    assert_eq!(r.json["numberOfRows"], 5);
    let (ids, cities) = rows_of(&app, &ds).await;
    assert_eq!(ids, [1, 2, 3, 4, 5].map(|n| json!(n)));
    assert_eq!(
        cities,
        ["Paris", "Lyon", "Leeds", "Ghent", "Bonn"].map(|c| json!(c))
    );

    // A reset starts the numbering again and replaces the rows.
    let query = load_query(&ds, "s-reset", "parquet", true, 1);
    let prepared = ingestion(&app, ADMIN, "prepare", &query).await;
    assert_eq!(prepared.json["offsetToApplyToAutoIncrementIndex"], 0);
    let r = upload(
        &app,
        ADMIN,
        &query,
        parquet(&batch(&[(1, "NL", "Delft", 3.0)])),
        "application/json",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = ingestion(&app, ADMIN, "finalize", &query).await;
    assert_eq!(r.json["numberOfRows"], 1, "{}", r.text);
    assert_eq!(rows_of(&app, &ds).await.1, [json!("Delft")]);
    let folder = app
        .state()
        .config
        .data_dir
        .join(format!("warehouse/kawa/ds_{ds}"));
    assert_eq!(
        std::fs::read_dir(folder).unwrap().count(),
        1,
        "replaced parts are removed"
    );

    let health = get(
        &app,
        &format!("/backoffice/datasources/health-report/v2/{ds}"),
        ADMIN,
    )
    .await;
    let states: Vec<_> = health
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["synchronizationState"]["status"].clone(),
                h["numberOfRows"].clone(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [("SUCCESS", 3), ("SUCCESS", 5), ("SUCCESS", 1)].map(|(s, n)| (json!(s), json!(n)))
    );
    let ended = ingestion(&app, ADMIN, "prepare", &query).await;
    refused(&ended, StatusCode::CONFLICT, "has ended");
    app.stop().await;
}

#[tokio::test]
async fn a_failed_or_short_load_changes_nothing() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    load(&app, &ds, &[(1, "FR", "Paris", 10.0)], false, false).await;
    let rows_before = rows_of(&app, &ds).await;

    // kywy stops a load that failed on its side, then still calls finalize.
    let query = load_query(&ds, "s-fail", "parquet", true, 1);
    ingestion(&app, ADMIN, "prepare", &query).await;
    let r = upload(
        &app,
        ADMIN,
        &query,
        parquet(&batch(&[(1, "UK", "Leeds", 7.0)])),
        "application/json",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = ingestion(&app, ADMIN, "stop-with-failure", &query).await;
    assert_eq!(r.json["status"], "FAILURE", "{}", r.text);
    let r = ingestion(&app, ADMIN, "finalize", &query).await;
    assert_eq!(r.json["status"], "FAILURE", "{}", r.text);
    assert_eq!(r.json["numberOfRows"], 1);
    assert_eq!(rows_of(&app, &ds).await, rows_before);

    // A load that announced more rows than arrived is not committed.
    let query = load_query(&ds, "s-short", "parquet", false, 5);
    ingestion(&app, ADMIN, "prepare", &query).await;
    upload(
        &app,
        ADMIN,
        &query,
        parquet(&batch(&[(2, "UK", "Leeds", 7.0)])),
        "application/json",
    )
    .await;
    let r = ingestion(&app, ADMIN, "finalize", &query).await;
    assert_eq!(r.json["status"], "FAILURE", "{}", r.text);
    assert!(r.json["log"]
        .as_str()
        .unwrap()
        .contains("5 rows were announced, 1 arrived"));
    assert_eq!(rows_of(&app, &ds).await, rows_before);
    let folder = app
        .state()
        .config
        .data_dir
        .join(format!("warehouse/kawa/ds_{ds}"));
    assert_eq!(
        std::fs::read_dir(folder).unwrap().count(),
        1,
        "discarded parts are removed"
    );
    let r = ingestion(
        &app,
        ADMIN,
        "stop-with-failure",
        &load_query(&ds, "s-fail", "parquet", true, 1),
    )
    .await;
    assert_eq!(
        r.json["status"], "FAILURE",
        "stopping a failed load again answers the same"
    );
    app.stop().await;
}

#[tokio::test]
async fn bad_bodies_and_sessions_are_refused_and_the_load_stays_open() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let query = load_query(&ds, "s-bad", "parquet", false, 1);
    let before_prepare = data_rows(&app).await;
    let r = upload(
        &app,
        ADMIN,
        &query,
        parquet(&batch(&[(1, "FR", "Paris", 1.0)])),
        "application/json",
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "prepare it first");
    assert_eq!(data_rows(&app).await, before_prepare);

    ingestion(&app, ADMIN, "prepare", &query).await;
    let other = load_query(&ds, "s-other", "parquet", false, 1);
    let busy = ingestion(&app, ADMIN, "prepare", &other).await;
    assert_eq!(busy.status, StatusCode::OK);
    assert_eq!(busy.json["canRunLoading"], false);
    assert!(busy.json["raisonItCannotStart"]
        .as_str()
        .unwrap()
        .contains("s-bad"));

    let before = data_rows(&app).await;
    let r = upload(
        &app,
        ADMIN,
        &query,
        b"not a table at all".to_vec(),
        "application/octet-stream",
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "neither a Parquet file nor an Arrow IPC stream",
    );
    // `amount` is a decimal: a text column of that name does not convert.
    use std::sync::Arc;
    use warehouse::arrow::array::{RecordBatch, StringArray};
    use warehouse::arrow::datatypes::{DataType, Field, Schema};
    let schema = Schema::new(vec![Field::new("amount", DataType::Utf8, false)]);
    let wrong = RecordBatch::try_new(
        Arc::new(schema),
        vec![Arc::new(StringArray::from(vec!["lots"]))],
    )
    .unwrap();
    let r = upload(&app, ADMIN, &query, parquet(&wrong), "application/json").await;
    refused(&r, StatusCode::BAD_REQUEST, "amount");
    assert_eq!(data_rows(&app).await, before, "nothing staged");

    let r = upload(
        &app,
        ADMIN,
        &query,
        parquet(&batch(&[(1, "FR", "Paris", 1.0)])),
        "application/json",
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "the load is still open: {}",
        r.text
    );
    let r = ingestion(&app, ADMIN, "finalize", &query).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);

    let missing = ingestion(
        &app,
        ADMIN,
        "prepare",
        &load_query("999", "s", "parquet", false, 1),
    )
    .await;
    refused(&missing, StatusCode::NOT_FOUND, "No datasource with id 999");
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let theirs = ingestion(
        &app,
        &bob,
        "prepare",
        &load_query(&ds, "s-bob", "parquet", false, 1),
    )
    .await;
    refused(&theirs, StatusCode::NOT_FOUND, "No datasource");
    app.stop().await;
}
