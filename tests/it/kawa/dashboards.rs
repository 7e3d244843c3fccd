//! Dashboards and applications, as kywy's builders make them: a dashboard with widgets
//! over a sheet's new layouts, text and AI blocks, placed on its grid or written as a
//! report; an application over sheets with default views and dashboard pages, found by
//! its immutable tag and read back extended; who sees and changes them; refusals (400
//! naming the field, 404, 409, 403) that change nothing.

mod applications;

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::data::{create_sheet, get, orders};
use super::{refused, rows_as_text, user_with_key, ADMIN};
use crate::helpers::{spawn_app, TestApp};

/// A sheet of the admin's over a new orders datasource: `(datasource, sheet, layout)`.
async fn sheet(app: &TestApp, name: &str) -> (String, String, String) {
    let ds = orders(app, name).await;
    let r = create_sheet(app, ADMIN, name, &ds).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    let layout = r.json["layoutIds"][0].as_str().unwrap().to_string();
    (ds, id, layout)
}

/// Runs `command` with `key`, expecting 200: the answer's JSON.
async fn ok(app: &TestApp, key: &str, command: &str, params: Value) -> Value {
    let r = app.command(key, command, params).await;
    assert_eq!(r.status, StatusCode::OK, "{command}: {}", r.text);
    r.json
}

/// A new dashboard of `key`'s: its id.
async fn dashboard(app: &TestApp, key: &str, name: &str, kind: &str, shared: bool) -> String {
    let r = ok(
        app,
        key,
        "createDashboard",
        json!({"displayInformation": {"displayName": name}, "layoutType": kind, "shared": shared}),
    )
    .await;
    r["dashboard"]["id"].as_str().unwrap().to_string()
}

/// Every dashboard, application and layout row: what a refusal must leave as it was.
async fn rows(app: &TestApp) -> Vec<String> {
    rows_as_text(
        app,
        &[
            "SELECT id, workspace_id, name, description, owner_id, shared, layout_type, widgets, positions, blocks, tags FROM kw_dashboards ORDER BY id",
            "SELECT id, workspace_id, name, description, owner_id, shared, sheet_ids, components, display_parameters, tags FROM kw_applications ORDER BY id",
            "SELECT id, sheet_id, name, layout_type, standalone FROM kw_layouts ORDER BY id",
        ],
    )
    .await
}

#[tokio::test]
async fn a_dashboard_gets_widgets_over_a_sheet_placed_on_its_grid() {
    let app = spawn_app().await;
    let (_, sheet_id, default_layout) = sheet(&app, "Orders").await;
    let id = dashboard(&app, ADMIN, "Sales overview", "ONE_PAGE", false).await;

    let r = ok(
        &app,
        ADMIN,
        "createViewAndAddDashboardWidget",
        json!({"layoutType": "CHART", "sheetId": sheet_id, "widgetId": "w1",
               "name": "Sales per city", "dashboardId": id}),
    )
    .await;
    let w1 = &r["dashboard"]["widgets"][0];
    assert_eq!(w1["widgetId"], "w1");
    assert_eq!(w1["definition"]["type"], "VIEW");
    let layout = w1["definition"]["layoutId"].as_str().unwrap().to_string();
    assert_eq!(w1["layoutId"], layout.as_str());
    assert_eq!(w1["displayInformation"]["displayName"], "Sales per city");
    let l = get(&app, &format!("/backoffice/layouts/{layout}"), ADMIN).await;
    assert_eq!(l.json["sheetId"], sheet_id.as_str(), "{}", l.text);
    assert_eq!(l.json["layoutType"], "CHART");
    assert_eq!(l.json["standalone"], false);

    // A text widget (kywy adds it empty, then writes its HTML) and one over a layout.
    let text = json!({"definition": {"type": "RICH_TEXT_EDITOR", "content": ""}, "widgetId": "t1",
                      "displayInformation": {"displayName": "", "description": ""}, "displayParameters": {}});
    let grid = json!({"definition": {"type": "VIEW", "layoutId": default_layout}, "widgetId": "g1",
                      "displayInformation": {"displayName": "All orders"}});
    ok(
        &app,
        ADMIN,
        "addDashboardWidgets",
        json!({"dashboardId": id, "widgets": [text, grid]}),
    )
    .await;
    ok(
        &app,
        ADMIN,
        "replaceWidgetDefinition",
        json!({"dashboardId": id, "widgetId": "t1",
               "widgetDefinition": {"type": "RICH_TEXT_EDITOR", "content": "<h1>Sales</h1>"}}),
    )
    .await;
    let place = |w: &str, y: i64| json!({"widgetId": w, "positioning": {"width": 32, "height": 10, "x": 0, "y": y, "slide": "dashboard"}});
    let r = ok(
        &app,
        ADMIN,
        "ReplaceDashboardLayout",
        json!({"dashboardId": id, "dashboardLayout": [place("w1", 0), place("t1", 10)]}),
    )
    .await;
    let board = r["dashboard"].clone();
    let ids: Vec<&str> = board["widgets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["widgetId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["w1", "t1", "g1"]);
    assert_eq!(
        board["widgets"][1]["layoutId"], "",
        "a text shows no layout"
    );
    assert_eq!(
        board["widgets"][1]["definition"]["content"],
        "<h1>Sales</h1>"
    );
    assert_eq!(board["widgets"][2]["layoutId"], default_layout.as_str());
    assert_eq!(board["dashboardLayout"][1]["positioning"]["y"], 10);
    assert_eq!(board["layoutType"], "ONE_PAGE");

    let by_id = get(&app, &format!("/backoffice/dashboards/{id}"), ADMIN).await;
    assert_eq!(by_id.json, board);
    let named = get(&app, "/backoffice/dashboards?name=Sales%20overview", ADMIN).await;
    assert_eq!(named.json, json!([board]));
    let none = get(&app, "/backoffice/dashboards?name=Sales", ADMIN).await;
    assert_eq!(none.json, json!([]));
    // kywy's get_entity probes the name as an id: a non-200 is what it needs.
    let probe = get(&app, "/backoffice/dashboards/Sales%20overview", ADMIN).await;
    refused(
        &probe,
        StatusCode::NOT_FOUND,
        "No dashboard with id Sales overview",
    );
    app.stop().await;
}

#[tokio::test]
async fn a_report_keeps_its_blocks_and_deleting_widgets_takes_what_they_made() {
    let app = spawn_app().await;
    let (_, sheet_id, _) = sheet(&app, "Orders").await;
    let id = dashboard(&app, ADMIN, "Monthly report", "REPORT", false).await;
    let r = ok(
        &app,
        ADMIN,
        "createViewAndAddDashboardWidget",
        json!({"layoutType": "GRID", "sheetId": sheet_id, "widgetId": "w1", "dashboardId": id}),
    )
    .await;
    let layout = r["dashboard"]["widgets"][0]["layoutId"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        r["dashboard"]["widgets"][0]["displayInformation"]["displayName"], "Orders",
        "without a name, the sheet's"
    );
    let ai = json!({"definition": {"type": "AI_BLOCK", "generate": "WIDGET_ANALYSIS",
                    "prompt": "Summarise", "widgetIds": ["w1"]},
                    "widgetId": "ai1", "displayInformation": {"displayName": ""}});
    ok(
        &app,
        ADMIN,
        "addDashboardWidgets",
        json!({"dashboardId": id, "widgets": [ai]}),
    )
    .await;
    let blocks = json!({"version": "2.31.0-rc.7", "time": 1741183331000_i64, "blocks": [
        {"id": "b1", "type": "headerOne", "data": {"level": 1, "text": "Sales"}},
        {"id": "b2", "type": "kawaEmbed", "data": {"widgetId": "w1"}},
        {"id": "b3", "type": "aiBlock", "data": {"widgetId": "ai1"}}]});
    let r = ok(
        &app,
        ADMIN,
        "replaceDashboardBlockEditorLayout",
        json!({"dashboardId": id, "blockEditorLayout": blocks}),
    )
    .await;
    assert_eq!(r["dashboard"]["blockEditorLayout"], blocks);
    assert_eq!(r["dashboard"]["layoutType"], "REPORT");

    let r = ok(
        &app,
        ADMIN,
        "deleteWidget",
        json!({"dashboardId": id, "widgetIds": ["w1"]}),
    )
    .await;
    let left: Vec<&str> = r["dashboard"]["blockEditorLayout"]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["b1", "b3"], "the block embedding w1 went with it");
    assert_eq!(r["dashboard"]["widgets"].as_array().unwrap().len(), 1);
    let gone = get(&app, &format!("/backoffice/layouts/{layout}"), ADMIN).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND, "its layout went too");

    let r = ok(&app, ADMIN, "DeleteDashboard", json!({"dashboardId": id})).await;
    assert_eq!(r, json!({"kind": "dashboards", "id": id, "deleted": true}));
    let after = get(&app, &format!("/backoffice/dashboards/{id}"), ADMIN).await;
    refused(
        &after,
        StatusCode::NOT_FOUND,
        &format!("No dashboard with id {id}"),
    );
    app.stop().await;
}

#[tokio::test]
async fn refused_dashboard_commands_say_why_and_change_nothing() {
    let app = spawn_app().await;
    let (_, sheet_id, _) = sheet(&app, "Orders").await;
    let id = dashboard(&app, ADMIN, "Sales", "ONE_PAGE", false).await;
    ok(
        &app,
        ADMIN,
        "createViewAndAddDashboardWidget",
        json!({"layoutType": "CHART", "sheetId": sheet_id, "widgetId": "w1", "dashboardId": id}),
    )
    .await;
    let before = rows(&app).await;
    let widget = |w: &str, definition: Value| json!({"widgetId": w, "definition": definition});
    let place =
        |w: &str| json!({"widgetId": w, "positioning": {"width": 1, "height": 1, "x": 0, "y": 0}});
    let cases = [
        (
            "createDashboard",
            json!({"displayInformation": {"displayName": "  "}}),
            StatusCode::BAD_REQUEST,
            "displayInformation.displayName: a name is needed".to_string(),
        ),
        (
            "createViewAndAddDashboardWidget",
            json!({"layoutType": "GRID", "sheetId": "999", "widgetId": "w2", "dashboardId": id}),
            StatusCode::NOT_FOUND,
            "No sheet with id 999".into(),
        ),
        (
            "createViewAndAddDashboardWidget",
            json!({"layoutType": "GRID", "sheetId": sheet_id, "widgetId": "w1", "dashboardId": id}),
            StatusCode::CONFLICT,
            format!("Dashboard {id} already has a widget w1"),
        ),
        (
            "createViewAndAddDashboardWidget",
            json!({"layoutType": "GRID", "sheetId": sheet_id, "widgetId": "w2", "dashboardId": "999"}),
            StatusCode::NOT_FOUND,
            "No dashboard with id 999".into(),
        ),
        (
            "addDashboardWidgets",
            json!({"dashboardId": id, "widgets": [widget("t1", json!({"type": "RICH_TEXT_EDITOR"})),
                                              widget("t2", json!({"content": "x"}))]}),
            StatusCode::BAD_REQUEST,
            "widgets[1].definition.type".into(),
        ),
        (
            "addDashboardWidgets",
            json!({"dashboardId": id, "widgets": [widget("t1", json!({"type": "VIEW", "layoutId": "999"}))]}),
            StatusCode::NOT_FOUND,
            "No layout with id 999".into(),
        ),
        (
            "addDashboardWidgets",
            json!({"dashboardId": id, "widgets": [widget("t1", json!({"type": "VIEW", "layoutId": true}))]}),
            StatusCode::BAD_REQUEST,
            "widgets[0].definition.layoutId".into(),
        ),
        (
            "addDashboardWidgets",
            json!({"dashboardId": id, "widgets": [widget("t1", json!({"type": "X"})), widget("t1", json!({"type": "X"}))]}),
            StatusCode::CONFLICT,
            "already has a widget t1".into(),
        ),
        (
            "replaceWidgetDefinition",
            json!({"dashboardId": id, "widgetId": "nope", "widgetDefinition": {"type": "X"}}),
            StatusCode::NOT_FOUND,
            format!("No widget nope in dashboard {id}"),
        ),
        (
            "deleteWidget",
            json!({"dashboardId": id, "widgetIds": ["w1", "nope"]}),
            StatusCode::NOT_FOUND,
            "No widget nope".into(),
        ),
        (
            "ReplaceDashboardLayout",
            json!({"dashboardId": id, "dashboardLayout": [place("w1"), place("w1")]}),
            StatusCode::BAD_REQUEST,
            "dashboardLayout[1].widgetId: w1 is placed twice".into(),
        ),
        (
            "ReplaceDashboardLayout",
            json!({"dashboardId": id, "dashboardLayout": [place("nope")]}),
            StatusCode::NOT_FOUND,
            "No widget nope".into(),
        ),
        (
            "replaceDashboardBlockEditorLayout",
            json!({"dashboardId": id, "blockEditorLayout": {"blocks": [{"id": "b", "type": "kawaEmbed", "data": {"widgetId": "nope"}}]}}),
            StatusCode::NOT_FOUND,
            "No widget nope".into(),
        ),
        (
            "renameEntity",
            json!({"id": id, "entityType": "dashboard", "displayInformation": {"displayName": " "}}),
            StatusCode::BAD_REQUEST,
            "displayInformation.displayName".into(),
        ),
        (
            "DeleteDashboard",
            json!({"dashboardId": "Sales"}),
            StatusCode::NOT_FOUND,
            "No dashboard with id Sales".into(),
        ),
    ];
    for (command, params, status, message) in cases {
        let r = app.command(ADMIN, command, params).await;
        refused(&r, status, &message);
    }
    assert_eq!(rows(&app).await, before, "nothing changed");
    app.stop().await;
}

#[tokio::test]
async fn a_dashboard_is_its_owners_until_shared_and_only_its_owner_changes_it() {
    let app = spawn_app().await;
    let (_, ada) = user_with_key(&app, "ada@example.com").await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let private = dashboard(&app, &ada, "Ada's", "ONE_PAGE", false).await;
    let shared = dashboard(&app, &ada, "Team's", "ONE_PAGE", true).await;

    let listed = get(&app, "/backoffice/dashboards", &bob).await;
    let names: Vec<&str> = listed
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["displayInformation"]["displayName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Team's"]);
    let hidden = get(&app, &format!("/backoffice/dashboards/{private}"), &bob).await;
    refused(&hidden, StatusCode::NOT_FOUND, "No dashboard");
    assert_eq!(
        get(&app, &format!("/backoffice/dashboards/{private}"), ADMIN)
            .await
            .status,
        StatusCode::OK,
        "administrators see every dashboard"
    );

    let before = rows(&app).await;
    let r = app
        .command(&bob, "DeleteDashboard", json!({"dashboardId": shared}))
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        &format!("You may not change dashboard {shared}"),
    );
    let r = app
        .command(
            &bob,
            "renameEntity",
            json!({"id": private, "entityType": "dashboard",
                                               "displayInformation": {"displayName": "Mine"}}),
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No dashboard");
    // Another workspace has no such dashboard.
    let other = super::new_workspace(&app, "Other").await;
    let r = app
        .kawa(
            reqwest::Method::GET,
            &format!("/backoffice/dashboards/{shared}"),
            ADMIN,
            Some(&other),
            None,
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No dashboard");
    assert_eq!(rows(&app).await, before, "nothing changed");

    let r = ok(
        &app,
        &ada,
        "renameEntity",
        json!({"id": shared, "entityType": "dashboard",
                                                 "displayInformation": {"displayName": "Ours"}}),
    )
    .await;
    assert_eq!(r["dashboard"]["displayInformation"]["displayName"], "Ours");
    app.stop().await;
}
