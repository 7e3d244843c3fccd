//! `CreateLayoutFromDsl` (kywy's `as_grid()` / `as_chart()`): a layout on the sheet the
//! DSL names, with the fields it selects and aggregates and its grouping, listed with the
//! sheet's layouts; 404 for a sheet the caller cannot see, 403 in another workspace, 400
//! naming what does not fit; nothing changes after a refusal.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::super::{new_workspace, refused, user_with_key, ADMIN};
use super::{create_sheet, data_rows, get, orders};
use crate::helpers::{spawn_app, Answer, TestApp};

/// A query as kywy's `KawaLazyQuery._transform_to_dict` sends it, with `extra` over it.
fn dsl(sheet: &str, extra: Value) -> Value {
    let mut body = json!({"sheetName": null, "sheetId": sheet, "datasourceId": null,
        "timeZone": "Europe/Paris", "limit": 100, "skipCache": false, "noOutput": false,
        "sessionId": null});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

fn col(name: &str) -> Value {
    json!({"columnName": name, "columnAlias": null, "aggregationMethod": null,
           "columnRegexp": null, "indicatorColumnsOnly": false,
           "sheetDefaultColumnsOnly": false, "xmlSyntacticTree": null})
}

async fn create(app: &TestApp, key: &str, params: Value) -> Answer {
    app.command(key, "CreateLayoutFromDsl", params).await
}

#[tokio::test]
async fn a_grid_and_a_chart_are_made_from_the_dsl_and_listed_with_the_sheets_layouts() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let sheet = create_sheet(&app, ADMIN, "Orders", &ds).await;
    let sheet_id = sheet.json["id"].as_str().unwrap().to_string();

    // as_grid(): a plain selection.
    let grid = dsl(
        &sheet_id,
        json!({"select": {"columns": [col("country"), col("amount")]}}),
    );
    let r = create(
        &app,
        ADMIN,
        json!({"dsl": grid, "chartName": "Grid", "standalone": false, "layoutType": "GRID"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let grid_id = r.json["id"].as_str().expect("kywy reads id").to_string();
    assert_eq!(r.json["sheetId"], sheet_id.as_str());
    assert_eq!(r.json["layoutType"], "GRID");
    assert_eq!(r.json["standalone"], false);
    assert_eq!(r.json["shared"], false);
    assert_eq!(r.json["displayInformation"]["displayName"], "Grid");
    assert_eq!(
        r.json["fields"],
        json!([{"columnName": "country", "columnAlias": null, "aggregationMethod": null},
               {"columnName": "amount", "columnAlias": null, "aggregationMethod": null}])
    );
    assert_eq!(r.json["groupBy"], json!([]));
    let read = get(&app, &format!("/backoffice/layouts/{grid_id}"), ADMIN).await;
    assert_eq!(read.json, r.json);

    // as_chart(): grouped and aggregated, by sheet name; a chart unless told otherwise.
    let mut total = col("amount");
    total["aggregationMethod"] = json!("sum");
    total["columnAlias"] = json!("total");
    let chart = dsl(
        "",
        json!({"sheetId": null, "sheetName": "Orders", "groupBy": ["country"],
               "select": {"columns": [col("country")]}, "aggregation": {"columns": [total]}}),
    );
    let r = create(
        &app,
        ADMIN,
        json!({"dsl": chart, "chartName": "Revenue", "standalone": true}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["layoutType"], "CHART");
    assert_eq!(r.json["standalone"], true);
    assert_eq!(r.json["groupBy"], json!(["country"]));
    assert_eq!(
        r.json["fields"][1],
        json!({"columnName": "amount", "columnAlias": "total", "aggregationMethod": "SUM"})
    );

    let listed = get(&app, "/backoffice/layouts", ADMIN).await;
    let names: Vec<&str> = listed
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["displayInformation"]["displayName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Orders", "Grid", "Revenue"]);
    assert!(
        listed.json[0].get("fields").is_none(),
        "the default layout shows every column"
    );
    app.stop().await;
}

#[tokio::test]
async fn layouts_on_unseen_sheets_or_unknown_columns_are_refused_and_nothing_is_written() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let sheet = create_sheet(&app, ADMIN, "Orders", &ds).await;
    let sheet_id = sheet.json["id"].as_str().unwrap().to_string();
    let (_, reader) = user_with_key(&app, "reader@example.com").await;
    let private = new_workspace(&app, "Private").await;
    let before = data_rows(&app).await;
    let fine = json!({"dsl": dsl(&sheet_id, json!({"select": {"columns": [col("city")]}})),
                      "chartName": "Grid", "layoutType": "GRID"});

    // The sheet is the admin's and private: the reader does not see it.
    let r = create(&app, &reader, fine.clone()).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("No sheet with id {sheet_id}"),
    );
    let body = json!({"command": "CreateLayoutFromDsl", "parameters": fine});
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
    let r = create(
        &app,
        ADMIN,
        json!({"dsl": dsl("4040", json!({})), "chartName": "Grid"}),
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, "No sheet with id 4040");

    let mut no_name = col("city");
    no_name["columnName"] = Value::Null;
    no_name["columnRegexp"] = json!(".*");
    let cases = [
        (
            json!({"dsl": dsl("", json!({"sheetId": null})), "chartName": "Grid"}),
            "dsl.sheetId",
        ),
        (
            json!({"dsl": dsl(&sheet_id, json!({"select": {"columns": [col("planet")]}})), "chartName": "Grid"}),
            "dsl.select.columns[0].columnName: the sheet has no column named planet",
        ),
        (
            json!({"dsl": dsl(&sheet_id, json!({"select": {"columns": [no_name]}})), "chartName": "Grid"}),
            "dsl.select.columns[0].columnName",
        ),
        (
            json!({"dsl": dsl(&sheet_id, json!({"groupBy": ["planet"]})), "chartName": "Grid"}),
            "dsl.groupBy[0]",
        ),
        (
            json!({"dsl": dsl(&sheet_id, json!({})), "chartName": "  "}),
            "chartName",
        ),
    ];
    for (params, message) in cases {
        let r = create(&app, ADMIN, params).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
    }
    assert_eq!(data_rows(&app).await, before, "no refusal changed anything");
    app.stop().await;
}
