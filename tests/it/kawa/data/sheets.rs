//! Sheets over datasources (with their default layout, whose id kywy reads), their
//! schema and layouts, who sees them, and deleting one.

use reqwest::StatusCode;
use serde_json::json;

use super::super::{refused, user_with_key, ADMIN};
use super::{create_datasource, create_sheet, data_rows, get, orders};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_sheet_shows_its_datasource_and_has_a_default_layout() {
    let app = spawn_app().await;
    let ds = orders(&app, "Orders").await;
    let r = create_sheet(&app, ADMIN, "Orders sheet", &ds).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    let layout = r.json["layoutIds"][0].as_str().unwrap().to_string();
    assert_eq!(
        r.json["dataSourceLinks"][0]["targetDataSourceId"],
        ds.as_str()
    );
    let columns: Vec<&str> = r.json["indicatorColumns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["columnId"].as_str().unwrap())
        .collect();
    assert_eq!(columns, ["record_id", "country", "city", "amount"]);

    let listed = get(&app, "/backoffice/sheets?name=Orders%20sheet", ADMIN).await;
    assert_eq!(listed.json[0], r.json);
    let got = get(&app, &format!("/backoffice/sheets/{id}"), ADMIN).await;
    assert_eq!(got.json, r.json);
    let schema = get(&app, &format!("/backoffice/sheets/{id}/schema"), ADMIN).await;
    assert_eq!(schema.json["schema"], r.json["indicatorColumns"]);
    let l = get(&app, &format!("/backoffice/layouts/{layout}"), ADMIN).await;
    assert_eq!(l.json["sheetId"], id.as_str());
    assert_eq!(l.json["layoutType"], "GRID");
    let layouts = get(&app, "/backoffice/layouts", ADMIN).await;
    assert_eq!(layouts.json.as_array().unwrap().len(), 1);

    // A new indicator shows in the sheet at once.
    let widen = json!({"dataSourceId": ds, "newIndicators": [
        {"indicatorId": "region", "displayInformation": {"displayName": "region"}, "type": "text"}]});
    app.command(ADMIN, "AddIndicatorsToDataSource", widen).await;
    let got = get(&app, &format!("/backoffice/sheets/{id}"), ADMIN).await;
    assert_eq!(got.json["indicatorColumns"].as_array().unwrap().len(), 5);

    let r = app
        .command(ADMIN, "DeleteSheet", json!({"sheetId": id}))
        .await;
    assert_eq!(r.json, json!({"kind": "sheets", "id": id, "deleted": true}));
    assert_eq!(
        get(&app, &format!("/backoffice/sheets/{id}"), ADMIN)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, &format!("/backoffice/layouts/{layout}"), ADMIN)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn sheets_are_refused_what_they_cannot_read_and_stay_their_owners() {
    let app = spawn_app().await;
    let (_, ada) = user_with_key(&app, "ada@example.com").await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let r = create_datasource(&app, &ada, "Ada's").await;
    let ds = r.json["id"].as_str().unwrap().to_string();
    let before = data_rows(&app).await;
    let r = create_sheet(&app, &bob, "Bob's view", &ds).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("No datasource with id {ds}"),
    );
    let none = app
        .command(
            &ada,
            "CreateSimpleSheet",
            json!({"displayInformation": {"displayName": "S"}, "datasourceId": []}),
        )
        .await;
    refused(
        &none,
        StatusCode::BAD_REQUEST,
        "datasourceId: a sheet needs one datasource",
    );
    let two = app
        .command(
            &ada,
            "CreateSimpleSheet",
            json!({"displayInformation": {"displayName": "S"},
            "datasourceId": [{"targetDataSourceId": ds}, {"targetDataSourceId": ds}]}),
        )
        .await;
    refused(
        &two,
        StatusCode::BAD_REQUEST,
        "datasourceId: sheets joining several datasources",
    );
    assert_eq!(data_rows(&app).await, before, "nothing written");

    let r = create_sheet(&app, &ada, "Ada's view", &ds).await;
    let id = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(get(&app, "/backoffice/sheets", &bob).await.json, json!([]));
    assert_eq!(get(&app, "/backoffice/layouts", &bob).await.json, json!([]));
    let r = app
        .command(&bob, "DeleteSheet", json!({"sheetId": id}))
        .await;
    refused(&r, StatusCode::NOT_FOUND, &format!("No sheet with id {id}"));
    assert_eq!(
        get(&app, &format!("/backoffice/sheets/{id}"), ADMIN)
            .await
            .status,
        StatusCode::OK
    );
    app.stop().await;
}
