//! Teams, perimeters and attributes: what the store holds (no command creates them),
//! listed with filters, read by id, and `AssignPrincipalToPerimeters`.

use reqwest::{Method, StatusCode};
use serde_json::json;
use understudy::authz::Operator;
use understudy::store::kawa::directory::{self, NewEntry};

use super::{new_workspace, refused, user_with_key, ADMIN};
use crate::helpers::{spawn_app, TestApp};

fn entry(name: &str, tags: &[&str]) -> NewEntry {
    NewEntry {
        name: name.into(),
        description: String::new(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        created_at: 1_700_000_000_000,
    }
}

/// Perimeters EMEA and APAC in workspace `ws`.
async fn perimeters(app: &TestApp, ws: i32) {
    let op = Operator::outside_requests();
    for (name, tags) in [("EMEA", vec!["sales"]), ("APAC", vec![])] {
        directory::insert_perimeter(&app.state().db, &op, ws, entry(name, &tags))
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn an_empty_store_lists_no_teams_perimeters_or_attributes() {
    let app = spawn_app().await;
    for kind in ["teams", "perimeters", "attributes"] {
        let r = app
            .kawa(
                Method::GET,
                &format!("/backoffice/{kind}"),
                ADMIN,
                Some("1"),
                None,
            )
            .await;
        assert_eq!(r.json, json!([]), "{kind}");
        let one = app.kawa_get(&format!("/backoffice/{kind}/1"), ADMIN).await;
        refused(&one, StatusCode::NOT_FOUND, "with id 1");
    }
    app.stop().await;
}

#[tokio::test]
async fn loaded_entries_list_by_workspace_with_name_and_tag_filters() {
    let app = spawn_app().await;
    perimeters(&app, 1).await;
    let op = Operator::outside_requests();
    let db = &app.state().db;
    directory::insert_attribute(db, &op, 1, entry("REGION", &[]), "text")
        .await
        .unwrap();
    let (bob, _) = user_with_key(&app, "bob@example.com").await;
    let bob: i32 = bob.parse().unwrap();
    directory::insert_team(
        db,
        &op,
        entry("Analysts", &["core"]),
        "STANDARD",
        &[(1, true), (bob, false)],
    )
    .await
    .unwrap();
    let teams = app.kawa_get("/backoffice/teams?tag=core", ADMIN).await;
    assert_eq!(teams.json[0]["members"], json!(["1", bob.to_string()]));
    assert_eq!(teams.json[0]["admins"], json!(["1"]));
    let id = teams.json[0]["id"].as_str().unwrap();
    assert_eq!(
        app.kawa_get(&format!("/backoffice/teams/{id}"), ADMIN)
            .await
            .json,
        teams.json[0]
    );
    let emea = app
        .kawa_get("/backoffice/perimeters?name=EMEA", ADMIN)
        .await;
    assert_eq!(emea.json.as_array().unwrap().len(), 1, "{}", emea.text);
    assert_eq!(emea.json[0]["workspaceId"], "1");
    let sales = app
        .kawa_get("/backoffice/perimeters?tag=sales", ADMIN)
        .await;
    assert_eq!(sales.json, emea.json);
    let attrs = app.kawa_get("/backoffice/attributes", ADMIN).await;
    assert_eq!(attrs.json[0]["type"], "text");
    // Another workspace holds none of workspace 1's.
    let other = new_workspace(&app, "Other").await;
    let r = app
        .kawa(
            Method::GET,
            "/backoffice/perimeters",
            ADMIN,
            Some(&other),
            None,
        )
        .await;
    assert_eq!(r.json, json!([]));
    app.stop().await;
}

#[tokio::test]
async fn assigning_perimeters_by_name_replaces_a_principals_perimeters() {
    let app = spawn_app().await;
    perimeters(&app, 1).await;
    let (bob, _) = user_with_key(&app, "bob@example.com").await;
    let assign = |names: serde_json::Value| json!({"principalEntityId": bob, "memberOfPerimeterNames": names});
    let r = app
        .command(
            ADMIN,
            "AssignPrincipalToPerimeters",
            assign(json!(["EMEA", "APAC"])),
        )
        .await;
    assert_eq!(
        r.json["memberOfPerimeterNames"],
        json!(["EMEA", "APAC"]),
        "{}",
        r.text
    );
    let listed = app.kawa_get("/backoffice/perimeters", ADMIN).await;
    assert!(listed
        .json
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["members"] == json!([bob])));
    let r = app
        .command(
            ADMIN,
            "AssignPrincipalToPerimeters",
            assign(json!(["APAC", "Mars"])),
        )
        .await;
    refused(&r, StatusCode::NOT_FOUND, "No perimeter named Mars");
    assert_eq!(
        app.kawa_get("/backoffice/perimeters", ADMIN).await.json,
        listed.json,
        "nothing changed"
    );
    let r = app
        .command(
            ADMIN,
            "AssignPrincipalToPerimeters",
            assign(json!(["APAC"])),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let emea = app
        .kawa_get("/backoffice/perimeters?name=EMEA", ADMIN)
        .await;
    assert_eq!(emea.json[0]["members"], json!([]));
    let r = app
        .command(ADMIN, "AssignPrincipalToPerimeters", assign(json!([])))
        .await;
    assert_eq!(r.json["perimeterIds"], json!([]));
    app.stop().await;
}
