//! The command bus's refusals: bad JSON, unknown commands, missing or mistyped
//! parameters (a 400 naming the field), and the data tier's commands, whose entities
//! real mode does not hold yet (a 404 naming the id). Nothing is written by any.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{refused, ADMIN};
use crate::helpers::{spawn_app, TestApp};

async fn raw(app: &TestApp, body: &'static str) -> crate::helpers::Answer {
    app.send_with(&app.http, Method::POST, "//commands/secured/run", |b| {
        b.header("x-kawa-api-key", ADMIN)
            .header("content-type", "application/json")
            .body(body)
    })
    .await
}

#[tokio::test]
async fn malformed_bodies_and_parameters_are_400s_in_kawas_words_and_write_nothing() {
    let app = spawn_app().await;
    let before = app.kawa_get("/backoffice/workspaces", ADMIN).await.json;
    let cases = [
        (r#"{"command": "#, "JSON parse error"),
        (
            r#"{"command": "CreateWorkspaces", "parameters": {}}"#,
            "Unknown command: CreateWorkspaces",
        ),
        (r#"{"parameters": {}}"#, "command: This field is required."),
        (
            r#"{"command": "CreateWorkspace", "parameters": {}}"#,
            "parameters.displayInformation",
        ),
        (
            r#"{"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": ""}}}"#,
            "displayName: Ensure this field has at least 1 characters.",
        ),
        (
            r#"{"command": "ToggleWorkspaceVisibility", "parameters": {"workspaceId": "1", "isPublic": "yes"}}"#,
            "parameters.isPublic",
        ),
        (
            r#"{"command": "AdminGenerateApiKeyForPrincipal", "parameters": {"principalId": "1", "expirationDate": -1}}"#,
            "expirationDate: Ensure this value is greater than or equal to 0.",
        ),
    ];
    for (body, message) in cases {
        let r = raw(&app, body).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
        assert_eq!(r.json["path"], "/commands/secured/run");
        for word in ["at line", "invalid type", "`"] {
            assert!(!r.text.contains(word), "{word:?} in {}", r.text);
        }
    }
    let form = app
        .send_with(&app.http, Method::POST, "/commands/secured/run", |b| {
            b.header("x-kawa-api-key", ADMIN)
                .header("content-type", "text/plain")
                .body(r#"{"command": "CreateWorkspace"}"#)
        })
        .await;
    refused(&form, StatusCode::UNSUPPORTED_MEDIA_TYPE, "text/plain");
    assert_eq!(
        app.kawa_get("/backoffice/workspaces", ADMIN).await.json,
        before
    );
    app.stop().await;
}

#[tokio::test]
async fn a_number_where_text_is_wanted_is_read_as_text_as_kywy_sends_ids() {
    let app = spawn_app().await;
    let r = app
        .command(
            ADMIN,
            "ToggleWorkspaceVisibility",
            json!({"workspaceId": 1, "isPublic": false}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["isPublic"], false);
    app.stop().await;
}

#[tokio::test]
async fn data_commands_naming_what_does_not_exist_answer_404() {
    let app = spawn_app().await;
    let cases = [
        (
            "ArchiveDataSourceAndDeleteAssociatedData",
            json!({"dataSourceId": "42"}),
            "No datasource with id 42",
        ),
        (
            "UpdateDataSourceShareStatus",
            json!({"dataSourceId": "43", "shared": true}),
            "No datasource with id 43",
        ),
        (
            "RunWorkflow",
            json!({"workflowId": "31"}),
            "No workflow with id 31",
        ),
        (
            "DeleteWorkflow",
            json!({"workflowId": "32"}),
            "No workflow with id 32",
        ),
        (
            "DeleteSheet",
            json!({"sheetId": "57"}),
            "No sheet with id 57",
        ),
        (
            "CreateSimpleSheet",
            json!({"displayInformation": {"displayName": "S"}, "datasourceId": [{"targetDataSourceId": "44"}]}),
            "No datasource with id 44",
        ),
    ];
    for (name, params, message) in cases {
        refused(
            &app.command(ADMIN, name, params).await,
            StatusCode::NOT_FOUND,
            message,
        );
    }
    // Commands kywy knows that the contract does not (yet) are unknown here.
    let r = app
        .command(ADMIN, "SetLicense", json!({"license": "x"}))
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "Unknown command: SetLicense");
    app.stop().await;
}
