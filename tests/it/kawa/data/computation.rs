//! Queries in kywy's DSL over a sheet, answered as Arrow IPC streams and checked against
//! answers computed by hand; column profiles; refusals naming what is wrong.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::super::{refused, ADMIN};
use super::{column, columns, compute, create_sheet, load, orders};
use crate::helpers::{spawn_app, TestApp};

/// Six orders, and a sheet over them: the sheet's id.
async fn sheet(app: &TestApp) -> String {
    let ds = orders(app, "Orders").await;
    let rows = [
        (1, "FR", "Paris", 10.0),
        (2, "FR", "Lyon", 20.0),
        (3, "UK", "London", 5.0),
        (4, "UK", "Leeds", 7.0),
        (5, "BE", "Brussels", 25.0),
        (6, "DE", "Berlin", 1.0),
    ];
    let r = load(app, &ds, &rows, true, true).await;
    assert_eq!(r.json["status"], "SUCCESS", "{}", r.text);
    let r = create_sheet(app, ADMIN, "Orders", &ds).await;
    r.json["id"].as_str().unwrap().to_string()
}

fn col(name: &str) -> Value {
    json!({"columnName": name, "columnAlias": null, "aggregationMethod": null,
           "columnRegexp": null, "indicatorColumnsOnly": false,
           "sheetDefaultColumnsOnly": false, "xmlSyntacticTree": null})
}

fn agg(name: &str, alias: &str, method: &str) -> Value {
    let mut c = col(name);
    c["columnAlias"] = json!(alias);
    c["aggregationMethod"] = json!(method);
    c
}

#[tokio::test]
async fn a_grouped_filtered_ordered_limited_query_matches_the_hand_computed_answer() {
    let app = spawn_app().await;
    sheet(&app).await;
    // amount > 4 keeps all but Berlin; by country: FR 10+20=30 (2 cities), BE 25 (1),
    // UK 5+7=12 (2); by total descending, the first two.
    let q = json!({
        "sheetName": "Orders", "sheetId": null, "datasourceId": null, "timeZone": "UTC",
        "limit": 2, "skipCache": false, "noOutput": false, "sessionId": null,
        "groupBy": ["country"],
        "select": {"columns": [agg("amount", "total", "SUM"), agg("city", "cities", "COUNT"),
                               agg("amount", "mean", "AVG")]},
        "filters": [{"exclude": false, "clauses": [{"operation": "gt", "arguments": {"value": 4}}],
                     "column": col("amount")}],
        "orderBy": {"columnName": "total", "ascending": false},
    });
    let r = compute(&app, q).await;
    assert_eq!(
        r.headers["content-type"],
        "application/vnd.apache.arrow.stream"
    );
    let names: Vec<String> = columns(&r).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["grouping(0)", "total", "cities", "mean"]);
    assert_eq!(column(&r, "grouping(0)"), [json!("FR"), json!("BE")]);
    assert_eq!(column(&r, "total"), [json!(30.0), json!(25.0)]);
    assert_eq!(column(&r, "cities"), [json!(2), json!(1)]);
    assert_eq!(column(&r, "mean"), [json!(15.0), json!(25.0)]);
    app.stop().await;
}

#[tokio::test]
async fn rows_are_selected_aliased_filtered_and_sorted() {
    let app = spawn_app().await;
    let id = sheet(&app).await;
    let mut amount = col("amount");
    amount["columnAlias"] = json!("value");
    let q = json!({
        "sheetId": id, "limit": 100,
        "select": {"columns": [col("city"), amount]},
        "filters": [
            {"exclude": false, "column": col("country"),
             "clauses": [{"operation": "in_list", "arguments": {"value": ["FR", "UK"]}}]},
            {"exclude": true, "column": col("city"),
             "clauses": [{"operation": "starts_with", "arguments": {"value": "L"}}]},
        ],
        "orderBy": {"columnName": "value", "ascending": true},
    });
    let r = compute(&app, q).await;
    let names: Vec<String> = columns(&r).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["city", "value"]);
    assert_eq!(column(&r, "city"), [json!("Paris")]);

    // Without a select: the default columns (record_id is not one), in load order.
    let r = compute(&app, json!({"sheetId": id, "limit": 3})).await;
    let names: Vec<String> = columns(&r).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["country", "city", "amount"]);
    assert_eq!(
        column(&r, "city"),
        ["Paris", "Lyon", "London"].map(|c| json!(c))
    );
    app.stop().await;
}

#[tokio::test]
async fn profiles_and_refusals() {
    let app = spawn_app().await;
    let id = sheet(&app).await;
    let r = app
        .kawa(
            Method::POST,
            "/computation/compute-sheet-stats",
            ADMIN,
            Some("1"),
            Some(json!({"sheetId": id})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["amount"]["SUM"], 68.0);
    assert_eq!(r.json["amount"]["MAX"], 25.0);
    assert_eq!(r.json["country"]["COUNT_UNIQUE"], 4);
    assert_eq!(r.json["country"]["COUNT_EMPTY"], 0);
    let one = app
        .kawa(
            Method::POST,
            "/computation/compute-sheet-stats",
            ADMIN,
            Some("1"),
            Some(json!({"sheetId": id, "columnId": "city"})),
        )
        .await;
    assert_eq!(one.json.as_object().unwrap().len(), 1, "{}", one.text);

    let unknown = compute(
        &app,
        json!({"sheetId": id, "select": {"columns": [col("price")]}}),
    )
    .await;
    refused(&unknown, StatusCode::BAD_REQUEST, "price");
    let method = compute(
        &app,
        json!({"sheetId": id, "groupBy": ["country"],
                                      "select": {"columns": [agg("amount", "x", "GEOMEAN")]}}),
    )
    .await;
    refused(&method, StatusCode::BAD_REQUEST, "GEOMEAN");
    let nothing = compute(&app, json!({"limit": 5})).await;
    refused(&nothing, StatusCode::BAD_REQUEST, "sheetId");
    let missing = compute(&app, json!({"sheetId": "999"})).await;
    refused(&missing, StatusCode::NOT_FOUND, "No sheet with id 999");
    let by_name = compute(&app, json!({"sheetName": "Nope"})).await;
    refused(&by_name, StatusCode::NOT_FOUND, "No sheet named Nope");

    // Answered queries count in the usage report; refused ones do not.
    compute(&app, json!({"sheetId": id})).await;
    let usage = app
        .kawa_get(
            "/backoffice/usage?from=1980-01-01&to=2100-01-01&zoneId=UTC",
            ADMIN,
        )
        .await;
    let admin = usage.json["userUsageReports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["userId"] == "1")
        .cloned()
        .unwrap();
    assert_eq!(admin["numberOfComputations"], 1, "{}", usage.text);
    app.stop().await;
}
