//! Script runners: global, declared and changed by administrators only, the private key
//! never shown; `/health/runner` probes the first one.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::super::{refused, user_with_key, ADMIN};
use super::{get, rows};
use crate::helpers::{spawn_app, TestApp};

fn runner(name: &str, port: u16) -> Value {
    json!({"name": name, "host": "127.0.0.1", "port": port, "tls": false,
           "clearTextPrivateKey": "the-runner-secret"})
}

#[tokio::test]
async fn script_runners_are_declared_by_administrators_and_their_key_never_shows() {
    let app = spawn_app().await;
    let (_, reader) = user_with_key(&app, "reader@example.com").await;
    let r = app
        .command(ADMIN, "CreateScriptRunner", runner("Main", 8815))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(r.json["displayInformation"]["displayName"], "Main");
    assert_eq!(
        (r.json["enabled"].clone(), r.json["hasPrivateKey"].clone()),
        (json!(true), json!(true))
    );
    assert!(
        !r.text.contains("the-runner-secret"),
        "the key is write-only"
    );
    let before = rows(&app).await;

    let taken = app
        .command(ADMIN, "CreateScriptRunner", runner("Main", 9000))
        .await;
    refused(
        &taken,
        StatusCode::CONFLICT,
        "A script runner named Main already exists",
    );
    let r = app
        .command(&reader, "CreateScriptRunner", runner("Mine", 1))
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "Only administrators may declare script runners",
    );
    let toggle = json!({"scriptRunnerEntityId": id, "enabled": false});
    let r = app
        .command(&reader, "ToggleScriptRunner", toggle.clone())
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "Only administrators may toggle script runners",
    );
    let r = app
        .command(
            ADMIN,
            "ToggleScriptRunner",
            json!({"scriptRunnerEntityId": "999", "enabled": false}),
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No script runner with id 999");
    let bad = json!({"scriptRunnerEntityId": id, "host": "  ", "port": 1});
    let r = app.command(ADMIN, "ReplaceScriptRunnerLocation", bad).await;
    refused(&r, StatusCode::BAD_REQUEST, "host:");
    let bad = json!({"scriptRunnerEntityId": id, "host": "h", "port": 70000});
    let r = app.command(ADMIN, "ReplaceScriptRunnerLocation", bad).await;
    refused(&r, StatusCode::BAD_REQUEST, "port");
    assert_eq!(rows(&app).await, before, "no refusal changed anything");

    // Readers read runners (kywy's runner commands list them first).
    let listed = get(&app, "/backoffice/script-runners?name=Main", &reader).await;
    assert_eq!(listed.json.as_array().unwrap().len(), 1, "{}", listed.text);
    assert_eq!(listed.json[0]["id"], id.as_str());
    let by_id = get(&app, &format!("/backoffice/script-runners/{id}"), &reader).await;
    assert_eq!(by_id.json["host"], "127.0.0.1");
    let probe = get(&app, "/backoffice/script-runners/Main", &reader).await;
    refused(
        &probe,
        StatusCode::NOT_FOUND,
        "No script runner with id Main",
    );

    let r = app.command(ADMIN, "ToggleScriptRunner", toggle).await;
    assert_eq!(r.json["enabled"], false, "{}", r.text);
    let moved =
        json!({"scriptRunnerEntityId": id, "host": "runner.internal", "port": 8816, "tls": true});
    let r = app
        .command(ADMIN, "ReplaceScriptRunnerLocation", moved)
        .await;
    assert_eq!(
        (
            r.json["host"].clone(),
            r.json["port"].clone(),
            r.json["useTls"].clone()
        ),
        (json!("runner.internal"), json!(8816), json!(true)),
        "{}",
        r.text
    );
    let digest = rows(&app).await[0].clone();
    let rekey = json!({"scriptRunnerEntityId": id, "clearTextPrivateKey": "another-secret"});
    let r = app
        .command(ADMIN, "ReplaceScriptRunnerPrivateKey", rekey)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(!r.text.contains("another-secret"));
    assert_ne!(rows(&app).await[0], digest, "the key changed");
    assert!(
        !rows(&app).await[0].contains("another-secret"),
        "kept as a digest"
    );
    app.stop().await;
}

#[tokio::test]
async fn runner_health_is_up_only_when_the_first_runner_is_enabled_and_reachable() {
    let app = spawn_app().await;
    let health = |app: &TestApp| {
        let url = app.url("/health/runner");
        async move {
            let r = reqwest::get(url).await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            r.json::<Value>().await.unwrap()["status"].clone()
        }
    };
    assert_eq!(health(&app).await, "DOWN", "no runner declared");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let r = app
        .command(ADMIN, "CreateScriptRunner", runner("Main", port))
        .await;
    let id = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(health(&app).await, "UP");
    let off = json!({"scriptRunnerEntityId": id, "enabled": false});
    app.command(ADMIN, "ToggleScriptRunner", off).await;
    assert_eq!(health(&app).await, "DOWN", "disabled");
    let on = json!({"scriptRunnerEntityId": id, "enabled": true});
    app.command(ADMIN, "ToggleScriptRunner", on).await;
    assert_eq!(health(&app).await, "UP");
    drop(listener);
    assert_eq!(health(&app).await, "DOWN", "nothing listens any more");
    app.stop().await;
}
