//! Applications as kywy's application builder makes them: created over sheets with a
//! default view page each, found again by their immutable tag, given dashboard pages
//! (renamed, tagged), redrawn, their sheets replaced and pages removed; read plain and
//! extended; who sees them; refusals that change nothing.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::super::data::get;
use super::super::{refused, user_with_key, ADMIN};
use super::{ok, rows, sheet};
use crate::helpers::{spawn_app, TestApp};

/// kywy's `createApplication` for `name` over `sheets`, tagged `#<name>`.
fn create(name: &str, sheets: &[&str]) -> Value {
    json!({"displayInformation": {"displayName": name, "description": "",
                                  "extraInformation": {"immutableTag": format!("#{name}")}},
           "sheetIds": sheets, "agentIds": [], "createDefaultComponents": true})
}

/// The `(componentType, entityId)` of an application's pages.
fn pages(app: &Value) -> Vec<(String, String)> {
    app["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["componentType"].as_str().unwrap().to_string(),
                c["componentConfiguration"]["entityId"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

async fn extended(app: &TestApp, id: &str) -> Value {
    let r = get(
        app,
        &format!("/backoffice/extended-applications/{id}"),
        ADMIN,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

#[tokio::test]
async fn an_application_gets_pages_and_reads_back_extended() {
    let app = spawn_app().await;
    let (ds, orders, orders_view) = sheet(&app, "Orders").await;
    let (_, stock, stock_view) = sheet(&app, "Stock").await;
    let r = ok(
        &app,
        ADMIN,
        "createApplication",
        create("Sales app", &[&orders]),
    )
    .await;
    let created = r["application"].clone();
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["workspaceId"], "1");
    assert_eq!(created["tags"], json!(["#Sales app"]));
    assert_eq!(created["sheetIds"], json!([orders]));
    assert_eq!(created["dataSourceIds"], json!([ds]));
    assert_eq!(pages(&created), [("VIEW".to_string(), orders_view.clone())]);
    let by_tag = get(&app, "/backoffice/applications?tag=%23Sales%20app", ADMIN).await;
    assert_eq!(by_tag.json, json!([created]));

    // A page, as kywy adds one: a new dashboard, renamed, found again by its tag.
    let r = ok(
        &app,
        ADMIN,
        "addNewDashboardToApplication",
        json!({"applicationId": id, "componentId": "p1", "layoutType": "ONE_PAGE",
                      "tag": "#Sales app|Overview"}),
    )
    .await;
    let page = r["application"]["components"][1].clone();
    assert_eq!(page["componentId"], "p1");
    let board = page["componentConfiguration"]["entityId"]
        .as_str()
        .unwrap()
        .to_string();
    ok(
        &app,
        ADMIN,
        "renameEntity",
        json!({"id": board, "entityType": "dashboard",
        "displayInformation": {"displayName": "Overview", "description": ""}}),
    )
    .await;
    let found = get(
        &app,
        "/backoffice/dashboards?tag=%23Sales%20app%7COverview",
        ADMIN,
    )
    .await;
    assert_eq!(found.json[0]["id"], board.as_str());
    assert_eq!(
        found.json[0]["displayInformation"]["displayName"],
        "Overview"
    );

    ok(
        &app,
        ADMIN,
        "replaceApplicationDisplayParameters",
        json!({"applicationId": id, "displayParameters": {"color": "#26a1d5"}}),
    )
    .await;
    let view_page = created["components"][0]["componentId"]
        .as_str()
        .unwrap()
        .to_string();
    ok(
        &app,
        ADMIN,
        "removeComponentFromApplication",
        json!({"applicationId": id, "componentId": view_page}),
    )
    .await;
    let r = ok(
        &app,
        ADMIN,
        "replaceApplicationSheetIds",
        json!({"applicationId": id, "sheetIds": [orders, stock],
                      "createDefaultComponents": true, "forceCreateAllDefaultComponents": true}),
    )
    .await;
    let now = r["application"].clone();
    assert_eq!(
        pages(&now),
        [
            ("DASHBOARD".to_string(), board.clone()),
            ("VIEW".into(), orders_view),
            ("VIEW".into(), stock_view)
        ],
        "forced: every sheet without a view gets one"
    );
    assert_eq!(now["displayParameters"], json!({"color": "#26a1d5"}));
    assert_eq!(now["dashboardIds"], json!([board]));

    let ext = extended(&app, &id).await;
    assert_eq!(ext["application"], now);
    let names = |k: &str| -> Vec<String> {
        ext[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                e["displayInformation"]["displayName"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(names("sheets"), ["Orders", "Stock"]);
    assert_eq!(names("dashboards"), ["Overview"]);
    assert_eq!(names("dataSources"), ["Orders", "Stock"]);
    let listed = get(
        &app,
        "/backoffice/extended-applications?name=Sales%20app",
        ADMIN,
    )
    .await;
    assert_eq!(listed.json, json!([ext]));
    let plain = get(&app, &format!("/backoffice/applications/{id}"), ADMIN).await;
    assert_eq!(plain.json, now);

    // A deleted page's dashboard leaves the application; the application goes whole.
    ok(
        &app,
        ADMIN,
        "DeleteDashboard",
        json!({"dashboardId": board}),
    )
    .await;
    let after = get(&app, &format!("/backoffice/applications/{id}"), ADMIN).await;
    assert_eq!(after.json["dashboardIds"], json!([]));
    assert_eq!(pages(&after.json).len(), 2);
    let r = ok(
        &app,
        ADMIN,
        "DeleteApplication",
        json!({"applicationId": id}),
    )
    .await;
    assert_eq!(
        r,
        json!({"kind": "applications", "id": id, "deleted": true})
    );
    let gone = get(
        &app,
        &format!("/backoffice/extended-applications/{id}"),
        ADMIN,
    )
    .await;
    refused(
        &gone,
        StatusCode::NOT_FOUND,
        &format!("No application with id {id}"),
    );
    app.stop().await;
}

#[tokio::test]
async fn refused_application_commands_say_why_and_change_nothing() {
    let app = spawn_app().await;
    let (_, orders, _) = sheet(&app, "Orders").await;
    let r = ok(
        &app,
        ADMIN,
        "createApplication",
        create("Sales app", &[&orders]),
    )
    .await;
    let id = r["application"]["id"].as_str().unwrap().to_string();
    ok(
        &app,
        ADMIN,
        "addNewDashboardToApplication",
        json!({"applicationId": id, "componentId": "p1"}),
    )
    .await;
    let before = rows(&app).await;
    let mut blank = create("x", &[]);
    blank["displayInformation"]["displayName"] = json!(" ");
    let mut agent = create("Other", &[]);
    agent["agentIds"] = json!(["5"]);
    let cases = [
        (
            "createApplication",
            create("Sales app", &[]),
            StatusCode::CONFLICT,
            "An application tagged #Sales app already exists".to_string(),
        ),
        (
            "createApplication",
            create("Other", &[&orders, "999"]),
            StatusCode::NOT_FOUND,
            "No sheet with id 999".into(),
        ),
        (
            "createApplication",
            agent,
            StatusCode::BAD_REQUEST,
            "agentIds: attaching agents to an application is not modelled".into(),
        ),
        (
            "createApplication",
            blank,
            StatusCode::BAD_REQUEST,
            "displayInformation.displayName: a name is needed".into(),
        ),
        (
            "addNewDashboardToApplication",
            json!({"applicationId": id, "componentId": "p1"}),
            StatusCode::CONFLICT,
            format!("Application {id} already has a component p1"),
        ),
        (
            "addNewDashboardToApplication",
            json!({"applicationId": "999", "componentId": "p2"}),
            StatusCode::NOT_FOUND,
            "No application with id 999".into(),
        ),
        (
            "replaceApplicationSheetIds",
            json!({"applicationId": id, "sheetIds": ["999"]}),
            StatusCode::NOT_FOUND,
            "No sheet with id 999".into(),
        ),
        (
            "removeComponentFromApplication",
            json!({"applicationId": id, "componentId": "nope"}),
            StatusCode::NOT_FOUND,
            format!("No component nope in application {id}"),
        ),
        (
            "renameEntity",
            json!({"id": "999", "entityType": "application",
                                "displayInformation": {"displayName": "X"}}),
            StatusCode::NOT_FOUND,
            "No application with id 999".into(),
        ),
        (
            "DeleteApplication",
            json!({"applicationId": "x"}),
            StatusCode::NOT_FOUND,
            "No application with id x".into(),
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
async fn an_application_is_its_owners_until_shared() {
    let app = spawn_app().await;
    let (_, ada) = user_with_key(&app, "ada@example.com").await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let mut params = create("Ada's app", &[]);
    let r = ok(&app, &ada, "createApplication", params.clone()).await;
    let private = r["application"]["id"].as_str().unwrap().to_string();
    params = create("Team app", &[]);
    params["shared"] = json!(true);
    let r = ok(&app, &ada, "createApplication", params).await;
    let shared = r["application"]["id"].as_str().unwrap().to_string();

    let listed = get(&app, "/backoffice/applications", &bob).await;
    let ids: Vec<&str> = listed
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [shared.as_str()]);
    let hidden = get(
        &app,
        &format!("/backoffice/extended-applications/{private}"),
        &bob,
    )
    .await;
    refused(&hidden, StatusCode::NOT_FOUND, "No application");
    let before = rows(&app).await;
    let r = app
        .command(&bob, "DeleteApplication", json!({"applicationId": shared}))
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        &format!("You may not change application {shared}"),
    );
    let r = app
        .command(
            &bob,
            "addNewDashboardToApplication",
            json!({"applicationId": shared, "componentId": "p"}),
        )
        .await;
    refused(&r, StatusCode::FORBIDDEN, "You may not change application");
    assert_eq!(rows(&app).await, before, "nothing changed");
    let r = ok(
        &app,
        &ada,
        "renameEntity",
        json!({"id": shared, "entityType": "application",
        "displayInformation": {"displayName": "Our app"}}),
    )
    .await;
    assert_eq!(
        r["application"]["displayInformation"]["displayName"],
        "Our app"
    );
    app.stop().await;
}
