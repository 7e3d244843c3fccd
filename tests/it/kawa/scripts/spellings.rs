//! `createScript` and `replaceScript`, as kywy's application builder spells them
//! (`app_dataset.py`): the same commands as `CreateScript` and `ReplaceScript`, with the
//! same answers and refusals (404, 403 in another workspace or for another's script, 409,
//! 400 naming `content`), nothing changed by a refusal.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::super::{new_workspace, refused, user_with_key, ADMIN};
use super::{get, rows, SCRIPT};
use crate::helpers::spawn_app;

#[tokio::test]
async fn kywys_spellings_create_and_replace_a_script_as_the_documented_ones_do() {
    let app = spawn_app().await;
    // What `AppDataset._create_new_entity` sends, reading `id` back.
    let r = app
        .command(
            ADMIN,
            "createScript",
            json!({"name": "Orders", "tag": "sales-app|Orders", "content": SCRIPT}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().expect("kywy reads id").to_string();
    let found = get(&app, "/backoffice/scripts?tag=sales-app%7COrders", ADMIN).await;
    assert_eq!(
        found.json[0], r.json,
        "found by its tag, as kywy looks it up"
    );
    let same = app
        .command(
            ADMIN,
            "CreateScript",
            json!({"name": "Orders 2", "tag": "x", "content": SCRIPT}),
        )
        .await;
    assert_eq!(
        same.json["scriptMetadata"], r.json["scriptMetadata"],
        "one command, two spellings"
    );

    // What `_update_script_if_necessary` sends.
    let newer = SCRIPT.replace("'segment': str", "'segment': str, 'rank': float");
    let r = app
        .command(
            ADMIN,
            "replaceScript",
            json!({"content": newer, "name": "Orders", "scriptId": id}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["scriptMetadata"]["outputs"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let file = r.json["sourceControlToolConfiguration"]["toolName"]
        .as_str()
        .unwrap();
    let source = get(&app, &format!("/uploads/files/{file}"), ADMIN).await;
    assert_eq!(source.bytes.as_ref(), newer.as_bytes());
    app.stop().await;
}

#[tokio::test]
async fn kywys_spellings_refuse_what_the_documented_ones_refuse() {
    let app = spawn_app().await;
    let (_, eve) = user_with_key(&app, "eve@example.com").await;
    let r = app
        .command(
            ADMIN,
            "createScript",
            json!({"name": "Orders", "content": SCRIPT}),
        )
        .await;
    let id = r.json["id"].as_str().unwrap().to_string();
    let private = new_workspace(&app, "Private").await;
    let before = rows(&app).await;

    let cases = [
        (
            ADMIN,
            "createScript",
            json!({"name": "Orders", "content": SCRIPT}),
            StatusCode::CONFLICT,
            "A script named Orders",
        ),
        (
            ADMIN,
            "createScript",
            json!({"name": "Broken", "content": "print(1)"}),
            StatusCode::BAD_REQUEST,
            "content: No function",
        ),
        (
            ADMIN,
            "replaceScript",
            json!({"scriptId": "999", "name": "X", "content": SCRIPT}),
            StatusCode::NOT_FOUND,
            "No script with id 999",
        ),
        (
            eve.as_str(),
            "replaceScript",
            json!({"scriptId": id, "name": "Mine", "content": SCRIPT}),
            StatusCode::FORBIDDEN,
            "You may not change script",
        ),
    ];
    for (key, command, params, status, message) in cases {
        refused(&app.command(key, command, params).await, status, message);
    }
    let body =
        json!({"command": "createScript", "parameters": {"name": "Intruder", "content": SCRIPT}});
    let r = app
        .kawa(
            Method::POST,
            "/commands/secured/run",
            &eve,
            Some(&private),
            Some(body),
        )
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "You do not have access to workspace",
    );
    assert_eq!(rows(&app).await, before, "no refusal changed anything");
    app.stop().await;
}
