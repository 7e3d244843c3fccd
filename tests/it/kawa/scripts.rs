//! Scripts and agents: script runners (global, administrators only, the private key
//! never shown; the runner health probe), scripts (metadata from the `@kawa_tool`
//! decorator of their content, which stays readable as a workspace file; replaced by
//! their owner), agents (private until shared, found by kywy's immutable tag); 403 for
//! another workspace, 404, 409, 400 naming the field, and nothing changed by a refusal;
//! kywy's lower-camel-case spellings of the script commands ([`spellings`]).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

mod agents;
mod runners;
mod spellings;

use super::{refused, rows_as_text, user_with_key, ADMIN};
use crate::helpers::{spawn_app, Answer, TestApp};

/// A script as kywy's users write one.
pub const SCRIPT: &str = "from kywy.client.kawa_decorators import kawa_tool\n\
from datetime import date\n\n\
@kawa_tool(\n    inputs={'amount': float},\n    outputs={'churn_score': float, 'segment': str},\n    \
parameters={'threshold': {'type': float, 'default': 0.5}, 'since': {'type': date, 'default': '1970-01-11'}},\n    \
description='Scores customers',\n)\ndef score(df, threshold, since):\n    return df\n";

/// A GET in workspace 1.
pub async fn get(app: &TestApp, path: &str, key: &str) -> Answer {
    app.kawa(Method::GET, path, key, Some("1"), None).await
}

/// Every row the commands of this family write, as text.
pub async fn rows(app: &TestApp) -> Vec<String> {
    rows_as_text(
        app,
        &[
            "SELECT id, name, host, port, use_tls, enabled, key_digest FROM kw_script_runners ORDER BY id",
            "SELECT id, name, owner_id, tool_kit, tool_name, metadata, tags FROM kw_scripts ORDER BY id",
            "SELECT id, name, owner_id, shared, instructions, settings, tags FROM kw_agents ORDER BY id",
            "SELECT id, file_id, storage_key FROM kw_files ORDER BY id",
        ],
    )
    .await
}

async fn create_script(app: &TestApp, key: &str, name: &str, content: &str) -> Answer {
    app.command(
        key,
        "CreateScript",
        json!({"name": name, "content": content}),
    )
    .await
}

#[tokio::test]
async fn a_script_with_content_gets_its_metadata_from_its_decorator() {
    let app = spawn_app().await;
    let r = app
        .command(
            ADMIN,
            "CreateScript",
            json!({"name": "Churn", "content": SCRIPT, "tag": "app|Churn"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    let metadata = &r.json["scriptMetadata"];
    assert_eq!(
        metadata["parameters"],
        json!([{"name": "amount", "type": "decimal"}])
    );
    assert_eq!(
        metadata["outputs"],
        json!([{"name": "churn_score", "type": "decimal"}, {"name": "segment", "type": "text"}])
    );
    assert_eq!(metadata["scriptParameters"][0]["default"], 0.5);
    assert_eq!(
        metadata["scriptParameters"][1]["default"], 10,
        "days since 1970-01-01"
    );
    assert_eq!(metadata["description"], "Scores customers");
    assert_eq!(r.json["ownerId"], "1");
    assert_eq!(r.json["scriptRunnerId"], Value::Null);
    // The source is a file of the workspace, as kywy's application builder reads it.
    let file = r.json["sourceControlToolConfiguration"]["toolName"]
        .as_str()
        .unwrap();
    let source = get(&app, &format!("/uploads/files/{file}"), ADMIN).await;
    assert_eq!(source.bytes.as_ref(), SCRIPT.as_bytes());

    let by_tag = get(&app, "/backoffice/scripts?tag=app%7CChurn", ADMIN).await;
    assert_eq!(by_tag.json[0]["id"], id.as_str(), "{}", by_tag.text);
    let by_name = get(&app, "/backoffice/scripts?name=Churn", ADMIN).await;
    assert_eq!(by_name.json.as_array().unwrap().len(), 1);
    let by_id = get(&app, &format!("/backoffice/scripts/{id}"), ADMIN).await;
    assert_eq!(by_id.json, r.json);
    refused(
        &get(&app, "/backoffice/scripts/Churn", ADMIN).await,
        StatusCode::NOT_FOUND,
        "No script with id Churn",
    );

    let tool = json!({"name": "From git", "sourceControlToolConfiguration":
                      {"toolKitName": "kit", "toolName": "churn"}});
    let r = app.command(ADMIN, "CreateScript", tool).await;
    assert_eq!(
        r.json["sourceControlToolConfiguration"],
        json!({"toolKitName": "kit", "toolName": "churn"})
    );
    assert_eq!(
        r.json["scriptMetadata"],
        json!({"parameters": [], "outputs": []})
    );
    app.stop().await;
}

#[tokio::test]
async fn malformed_scripts_are_refused_naming_content_and_nothing_is_written() {
    let app = spawn_app().await;
    create_script(&app, ADMIN, "Churn", SCRIPT).await;
    let before = rows(&app).await;
    let stored = || async {
        let mut keys = app.state().files.list("kawa/").await.unwrap();
        keys.sort();
        keys
    };
    let files_before = stored().await;
    let cases = [
        (
            "def f(df):\n    return df\n",
            "content: No function decorated with @kawa_tool found",
        ),
        (
            "@kawa_tool()\ndef f(): pass\n\n@kawa_tool()\ndef g(): pass\n",
            "content: More than one function decorated",
        ),
        (
            "@kawa_tool(outputs={'n': int})\ndef f(): pass\n",
            "content: The type int used for output: n is not available",
        ),
        (
            "@kawa_tool(outputs={'n': float}\ndef f(): pass\n",
            "content: line 2: expected ')'",
        ),
        (
            "@kawa_tool(parameters={'p': {'default': 1}})\ndef f(): pass\n",
            "content: The type is missing for the following parameter: p",
        ),
    ];
    for (content, message) in cases {
        let r = create_script(&app, ADMIN, "Other", content).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
    }
    let both = json!({"name": "X", "content": SCRIPT,
                      "sourceControlToolConfiguration": {"toolKitName": "k", "toolName": "t"}});
    refused(
        &app.command(ADMIN, "CreateScript", both).await,
        StatusCode::BAD_REQUEST,
        "content: give either",
    );
    refused(
        &app.command(ADMIN, "CreateScript", json!({"name": "X"}))
            .await,
        StatusCode::BAD_REQUEST,
        "content:",
    );
    refused(
        &create_script(&app, ADMIN, " ", SCRIPT).await,
        StatusCode::BAD_REQUEST,
        "name: must not be blank",
    );
    let taken = create_script(&app, ADMIN, "Churn", SCRIPT).await;
    refused(
        &taken,
        StatusCode::CONFLICT,
        "A script named Churn already exists",
    );
    assert_eq!(rows(&app).await, before, "no refusal changed anything");
    assert_eq!(stored().await, files_before, "no bytes left behind");
    app.stop().await;
}

#[tokio::test]
async fn scripts_are_replaced_by_their_owner_and_administrators_only() {
    let app = spawn_app().await;
    let (bob_id, bob) = user_with_key(&app, "bob@example.com").await;
    let (_, eve) = user_with_key(&app, "eve@example.com").await;
    let r = create_script(&app, &bob, "Churn", SCRIPT).await;
    let id = r.json["id"].as_str().unwrap().to_string();
    let file = r.json["sourceControlToolConfiguration"]["toolName"]
        .as_str()
        .unwrap()
        .to_string();
    create_script(&app, &bob, "Other", SCRIPT).await;
    let before = rows(&app).await;
    let newer = SCRIPT.replace("'segment': str", "'segment': str, 'rank': float");
    let replace = |name: &str| json!({"scriptId": id, "name": name, "content": newer});

    let r = get(&app, &format!("/backoffice/scripts/{id}"), &eve).await;
    assert_eq!(r.status, StatusCode::OK, "the workspace reads it");
    refused(
        &app.command(&eve, "ReplaceScript", replace("Mine")).await,
        StatusCode::FORBIDDEN,
        "You may not change script",
    );
    refused(
        &app.command(&bob, "ReplaceScript", replace("Other")).await,
        StatusCode::CONFLICT,
        "A script named Other",
    );
    let unknown = json!({"scriptId": "999", "name": "X", "content": newer});
    refused(
        &app.command(&bob, "ReplaceScript", unknown).await,
        StatusCode::NOT_FOUND,
        "No script with id 999",
    );
    let bad = json!({"scriptId": id, "name": "X", "content": "print(1)"});
    refused(
        &app.command(&bob, "ReplaceScript", bad).await,
        StatusCode::BAD_REQUEST,
        "content: No function",
    );
    assert_eq!(rows(&app).await, before, "no refusal changed anything");

    let r = app
        .command(&bob, "ReplaceScript", replace("Churn v2"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["displayInformation"]["displayName"], "Churn v2");
    assert_eq!(
        r.json["scriptMetadata"]["outputs"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        r.json["sourceControlToolConfiguration"]["toolName"],
        file.as_str(),
        "same file"
    );
    let source = get(&app, &format!("/uploads/files/{file}"), &bob).await;
    assert_eq!(source.bytes.as_ref(), newer.as_bytes());
    let to_git = json!({"scriptId": id, "name": "Churn v3",
                        "sourceControlToolConfiguration": {"toolKitName": "kit", "toolName": "churn"}});
    let r = app.command(ADMIN, "ReplaceScript", to_git).await;
    assert_eq!(
        r.json["ownerId"],
        bob_id.as_str(),
        "still its owner's: {}",
        r.text
    );
    assert_eq!(r.json["scriptMetadata"]["outputs"], json!([]));
    let gone = get(&app, &format!("/uploads/files/{file}"), &bob).await;
    assert_eq!(
        gone.status,
        StatusCode::NOT_FOUND,
        "the content file went with it"
    );
    app.stop().await;
}
