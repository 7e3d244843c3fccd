//! Agents (kywy's application builder): private until shared, found by their immutable
//! tag, changed by their owner; and another workspace's scripts and agents are 403.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::super::{new_workspace, refused, user_with_key, ADMIN};
use super::{get, rows, SCRIPT};
use crate::helpers::spawn_app;

fn agent(name: &str, tag: &str) -> Value {
    json!({"displayInformation": {"displayName": name,
                                  "extraInformation": {"color": "#ec1254", "immutableTag": tag}},
           "instructions": ["Answer questions.", "Be brief."], "commands": [], "knowledgeIds": [],
           "capabilities": {"sendEmails": false, "internetSearch": false, "querySheet": true,
                            "useAttachedFiles": true}})
}

#[tokio::test]
async fn agents_are_private_until_shared_and_found_by_their_immutable_tag() {
    let app = spawn_app().await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let r = app
        .command(ADMIN, "createAgent", agent("Sales", "app|Sales"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(r.json["instructions"], "Answer questions.\nBe brief.");
    assert_eq!(
        (r.json["shared"].clone(), r.json["color"].clone()),
        (json!(false), json!("#ec1254"))
    );
    assert_eq!(r.json["tags"], json!(["app|Sales"]));
    let found = get(&app, "/backoffice/agents?tag=app%7CSales", ADMIN).await;
    assert_eq!(found.json[0]["id"], id.as_str());

    assert_eq!(get(&app, "/backoffice/agents", &bob).await.json, json!([]));
    refused(
        &get(&app, &format!("/backoffice/agents/{id}"), &bob).await,
        StatusCode::NOT_FOUND,
        "No agent with id",
    );
    let before = rows(&app).await;
    let mut update = agent("Sales", "app|Sales");
    update["agentId"] = json!(id);
    refused(
        &app.command(&bob, "updateAgent", update.clone()).await,
        StatusCode::NOT_FOUND,
        "No agent with id",
    );
    let taken = app.command(&bob, "createAgent", agent("Sales", "x")).await;
    refused(
        &taken,
        StatusCode::CONFLICT,
        "An agent named Sales already exists",
    );
    let blank = app.command(&bob, "createAgent", agent(" ", "x")).await;
    refused(
        &blank,
        StatusCode::BAD_REQUEST,
        "displayInformation.displayName: must not be blank",
    );
    assert_eq!(rows(&app).await, before, "no refusal changed anything");

    update["shared"] = json!(true);
    update["instructions"] = json!(["Answer questions about Orders."]);
    let r = app.command(ADMIN, "updateAgent", update.clone()).await;
    assert_eq!(
        (r.json["shared"].clone(), r.json["instructions"].clone()),
        (json!(true), json!("Answer questions about Orders.")),
        "{}",
        r.text
    );
    let seen = get(&app, &format!("/backoffice/agents/{id}"), &bob).await;
    assert_eq!(
        seen.json["id"],
        id.as_str(),
        "shared: the workspace sees it"
    );
    refused(
        &app.command(&bob, "updateAgent", update).await,
        StatusCode::FORBIDDEN,
        "You may not change agent",
    );
    app.stop().await;
}

#[tokio::test]
async fn another_workspace_is_403_for_scripts_and_agents() {
    let app = spawn_app().await;
    let private = new_workspace(&app, "Private").await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let before = rows(&app).await;
    for path in [
        "/backoffice/scripts",
        "/backoffice/agents",
        "/backoffice/script-runners",
    ] {
        let r = app
            .kawa(Method::GET, path, &bob, Some(&private), None)
            .await;
        refused(
            &r,
            StatusCode::FORBIDDEN,
            &format!("You do not have access to workspace {private}"),
        );
    }
    let body = json!({"command": "CreateScript", "parameters": {"name": "X", "content": SCRIPT}});
    let r = app
        .kawa(
            Method::POST,
            "/commands/secured/run",
            &bob,
            Some(&private),
            Some(body),
        )
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "You do not have access to workspace",
    );
    assert_eq!(rows(&app).await, before);
    app.stop().await;
}
