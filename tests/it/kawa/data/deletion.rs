//! `DeleteData` (kywy's `commands.delete_data`): the rows every filter matches go in one
//! commit and the others stay, as later queries and loads see; 404 for a datasource the
//! caller cannot see, 403 when it may only read it or works in another workspace, 400
//! naming the filters; nothing changes after a refusal.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::super::{new_workspace, refused, user_with_key, ADMIN};
use super::{column, compute, data_rows, get, ingestion, load, load_query, orders};
use crate::helpers::{spawn_app, TestApp};

/// `DeleteData` on `ds` with `filters`, by `key`.
async fn delete_data(app: &TestApp, key: &str, ds: &str, filters: Value) -> crate::helpers::Answer {
    app.command(
        key,
        "DeleteData",
        json!({"dataSourceId": ds, "deleteDataFilters": filters}),
    )
    .await
}

/// The cities of `ds`, by ascending amount.
async fn cities(app: &TestApp, ds: &str) -> Vec<Value> {
    let r = compute(
        app,
        json!({"datasourceId": ds, "timeZone": "UTC", "limit": -1,
               "orderBy": {"columnName": "amount", "ascending": true}}),
    )
    .await;
    column(&r, "city")
}

const ROWS: [(i64, &str, &str, f64); 4] = [
    (1, "FR", "Paris", 10.0),
    (2, "UK", "London", 5.0),
    (3, "BE", "Brussels", 25.0),
    (4, "FR", "Lyon", 40.0),
];

#[tokio::test]
async fn the_rows_every_filter_matches_are_deleted_and_the_others_stay() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let r = load(&app, &ds, &ROWS, true, false).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);

    // As kywy's K.col('country').in_list('FR') and K.col('amount').gt(20) send them.
    let filters = json!([
        {"exclude": false, "clauses": [{"arguments": {"value": ["FR"]}, "operation": "in_list"}],
         "column": {"columnName": "country", "columnAlias": null, "aggregationMethod": null,
                    "columnRegexp": null, "indicatorColumnsOnly": false,
                    "sheetDefaultColumnsOnly": false, "xmlSyntacticTree": null}},
        {"exclude": false, "clauses": [{"arguments": {"value": 20}, "operation": "gt"}],
         "indicatorId": "amount"}
    ]);
    let r = delete_data(&app, ADMIN, &ds, filters).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["id"], ds.as_str());
    assert_eq!(
        cities(&app, &ds).await,
        vec![json!("London"), json!("Paris"), json!("Brussels")]
    );
    let read = get(&app, &format!("/backoffice/datasources/{ds}"), ADMIN).await;
    assert_eq!(
        read.json, r.json,
        "the answer is the datasource as it now reads"
    );

    // An excluding filter: every row not in the UK goes.
    let r = delete_data(
        &app,
        ADMIN,
        &ds,
        json!([{"exclude": true, "clauses": [{"arguments": {"value": "UK"}, "operation": "eq"}],
                "column": {"columnName": "country"}}]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(cities(&app, &ds).await, vec![json!("London")]);

    // Numbering goes on from the high mark: deleted numbers are not given again.
    let query = load_query(&ds, "s-next", "parquet", false, 1);
    let r = ingestion(&app, ADMIN, "prepare", &query).await;
    assert_eq!(r.json["offsetToApplyToAutoIncrementIndex"], 4, "{}", r.text);
    ingestion(&app, ADMIN, "stop-with-failure", &query).await;

    // A later load appends after the deletion.
    let r = load(&app, &ds, &[(5, "DE", "Berlin", 1.0)], false, true).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);
    assert_eq!(
        cities(&app, &ds).await,
        vec![json!("Berlin"), json!("London")]
    );

    // Matching nothing deletes nothing.
    let r = delete_data(
        &app,
        ADMIN,
        &ds,
        json!([{"clauses": [{"arguments": {"value": "Atlantis"}, "operation": "eq"}],
                "column": {"columnName": "city"}}]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(cities(&app, &ds).await.len(), 2);
    app.stop().await;
}

#[tokio::test]
async fn deletions_the_caller_may_not_make_or_that_do_not_parse_change_nothing() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    load(&app, &ds, &ROWS, true, false).await;
    let (_, reader) = user_with_key(&app, "reader@example.com").await;
    let private = new_workspace(&app, "Private").await;
    let before = data_rows(&app).await;
    let fr = json!([{"clauses": [{"arguments": {"value": "FR"}, "operation": "eq"}],
                     "column": {"columnName": "country"}}]);

    // Not shared: the reader does not see it; shared read-only: it may not change it.
    let r = delete_data(&app, &reader, &ds, fr.clone()).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("No datasource with id {ds}"),
    );
    assert_eq!(data_rows(&app).await, before);
    let r = app
        .command(
            ADMIN,
            "UpdateDataSourceShareStatus",
            json!({"dataSourceId": ds, "shared": true}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let before = data_rows(&app).await;
    let r = delete_data(&app, &reader, &ds, fr.clone()).await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        &format!("You may not change datasource {ds}"),
    );
    let body = json!({"command": "DeleteData", "parameters": {"dataSourceId": ds, "deleteDataFilters": fr}});
    let r = app
        .kawa(
            Method::POST,
            "/commands/secured/run",
            &reader,
            Some(&private),
            Some(body),
        )
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "You do not have access to workspace",
    );
    let r = delete_data(&app, ADMIN, "4040", fr.clone()).await;
    refused(&r, StatusCode::NOT_FOUND, "No datasource with id 4040");

    let cases = [
        (json!([]), "deleteDataFilters"),
        (
            json!([{"clauses": [], "column": {"columnName": "country"}}]),
            "deleteDataFilters[0].clauses",
        ),
        (
            json!([{"clauses": [{"arguments": {"value": 1}, "operation": "eq"}],
                    "column": {"columnName": "planet"}}]),
            "deleteDataFilters: the datasource has no column named planet",
        ),
    ];
    for (filters, message) in cases {
        let r = delete_data(&app, ADMIN, &ds, filters).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
    }
    let r = app
        .command(ADMIN, "DeleteData", json!({"deleteDataFilters": fr}))
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "dataSourceId");
    assert_eq!(data_rows(&app).await, before, "no refusal changed anything");
    assert_eq!(cities(&app, &ds).await.len(), 4);
    app.stop().await;
}
