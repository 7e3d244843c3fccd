//! `/api/v1/workspaces/…`: CRUD, the engine job, duplicate, members, roles.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{create_body, update_body, FIXTURES};
use crate::helpers::{client, spawn_app, spawn_app_with, TestApp};

const WORKSPACES: &str = "/api/v1/workspaces/";

pub async fn create(app: &TestApp, c: &reqwest::Client, body: Value) -> Value {
    let r = app.json(c, Method::POST, WORKSPACES, Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json
}

async fn wait_for_status(app: &TestApp, c: &reqwest::Client, pk: i64, status: &str) -> Value {
    let path = format!("/api/v1/workspaces/{pk}/");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let r = app.json(c, Method::GET, &path, None).await;
        if r.json["status"] == status {
            return r.json;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "workspace never became {status}: {}",
            r.text
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn creating_a_workspace_starts_its_engine_job_which_finishes() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let created = create(&app, &c, create_body("Sales")).await;
    assert_eq!(created["status"], "creating");
    assert_eq!(created["engine"]["latest_job_status"], "STARTED");
    assert_eq!(created["engine"]["connector_type"], "postgres");
    assert_eq!(created["engine_id"], created["engine"]["id"]);
    assert_eq!(created["initialization_mode"], "SCRATCH");
    assert_eq!(created["key_generation_method"], "duplicate");
    assert_eq!(created["default_locale"], "en");
    let ready = wait_for_status(&app, &c, created["pk"].as_i64().unwrap(), "ready").await;
    assert_eq!(ready["engine"]["latest_job_status"], "SUCCESS");
    insta::assert_json_snapshot!(ready, {
        ".pk" => "[id]",
        ".engine_id" => "[uuid]",
        ".engine.id" => "[uuid]",
        ".created_at" => "[datetime]",
    });
    app.stop().await;
}

#[tokio::test]
async fn secrets_never_come_back() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let created = create(&app, &c, create_body("Secrets")).await;
    let pk = created["pk"].as_i64().unwrap();
    for path in [
        WORKSPACES.to_string(),
        format!("/api/v1/workspaces/{pk}/"),
        format!("/api/v1/workspaces/{pk}/members/"),
    ] {
        let r = app.json(&c, Method::GET, &path, None).await;
        assert!(
            !r.text.contains("s3cret-db-password") && !r.text.contains("secret-pkey"),
            "{path}: {}",
            r.text
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn invalid_connections_are_field_errors_and_create_nothing() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let mut body = create_body("Invalid");
    body["source_connection"]["port"] = json!(70000);
    body["source_connection"]["host"] = json!("");
    body["target_connection"]["connector_type"] = json!("mysql");
    body["source_connection"]["hooks_params"]["SSHTunnel"] =
        json!({"host": "b", "port": 22, "username": "u"});
    let r = app.json(&c, Method::POST, WORKSPACES, Some(body)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let keys: Vec<&String> = r.json.as_object().unwrap().keys().collect();
    assert!(
        keys.iter()
            .any(|k| k.as_str() == "source_connection.port" || k.as_str() == "port"),
        "{keys:?}"
    );
    let mut missing = create_body("Missing");
    missing["source_connection"]
        .as_object_mut()
        .unwrap()
        .remove("host");
    let r = app.json(&c, Method::POST, WORKSPACES, Some(missing)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.json["source_connection.host"],
        json!(["This field is required."])
    );
    let mut mismatch = create_body("Mismatch");
    mismatch["target_connection"]["connector_type"] = json!("mysql");
    let r = app.json(&c, Method::POST, WORKSPACES, Some(mismatch)).await;
    assert!(
        r.json.get("target_connection.connector_type").is_some(),
        "{}",
        r.text
    );
    let unknown = app
        .json(&c, Method::POST, WORKSPACES, Some(json!({"name": "x", "organization": 1, "source_connection": {"connector_type": "excel"}, "target_connection": {"connector_type": "excel"}})))
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        unknown.json,
        json!({"source_connection.connector_type": ["\"excel\" is not a valid choice."]})
    );
    let mut wrong = create_body("Wrong");
    wrong["organization"] = json!("one");
    let wrong_type = app.json(&c, Method::POST, WORKSPACES, Some(wrong)).await;
    assert_eq!(
        wrong_type.json,
        json!({"organization": ["A valid integer is required."]}),
        "{}",
        wrong_type.text
    );
    let list = app.json(&c, Method::GET, WORKSPACES, None).await;
    assert_eq!(
        list.json["workspaces"],
        json!([]),
        "nothing was half-written"
    );
    app.stop().await;
}

/// The contract types `name` (and every text field) as a string, and nothing in the
/// vendor's documentation says a number is read as text: a number is refused like a
/// boolean, and nothing is created.
#[tokio::test]
async fn a_number_or_boolean_where_text_is_wanted_is_a_field_error() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    for value in [json!(2024), json!(true)] {
        let mut body = create_body("x");
        body["name"] = value.clone();
        let r = app.json(&c, Method::POST, WORKSPACES, Some(body)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{value}: {}", r.text);
        assert_eq!(r.json, json!({"name": ["Not a valid string."]}));
        let mut nested = create_body("Nested");
        nested["source_connection"]["database"] = value.clone();
        let r = app.json(&c, Method::POST, WORKSPACES, Some(nested)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{value}: {}", r.text);
        assert_eq!(
            r.json,
            json!({"source_connection.database": ["Not a valid string."]})
        );
    }
    let list = app.json(&c, Method::GET, WORKSPACES, None).await;
    assert_eq!(list.json["workspaces"], json!([]), "nothing was created");
    app.stop().await;
}

/// The vendor's own create sample sends `"is_source": true` for the target as well, and
/// documents no rule tying a tunnel to a password or key: both are taken as sent.
#[tokio::test]
async fn is_source_is_taken_as_sent_and_a_tunnel_may_come_without_a_secret() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let mut body = create_body("As the seed sends it");
    body["target_connection"]["is_source"] = json!(true);
    body["source_connection"]["is_source"] = json!(false);
    body["source_connection"]["hooks_params"]["SSHTunnel"] =
        json!({"host": "bastion.example.com", "port": 22, "username": "tunnel"});
    let created = create(&app, &c, body).await;
    assert_eq!(created["name"], "As the seed sends it");
    app.stop().await;
}

/// A body that is not JSON by its `Content-Type` is Django REST's 415 with `detail`, as
/// the contract documents for every operation that takes a body.
#[tokio::test]
async fn a_body_that_is_not_json_by_its_content_type_is_415() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let body = create_body("Text").to_string();
    for (method, path) in [
        (Method::POST, WORKSPACES),
        (Method::PUT, "/api/v1/workspaces/1/"),
        (Method::POST, "/api/v1/workspaces/1/duplicate/"),
        (Method::POST, "/api/v1/auth/"),
    ] {
        let without = app
            .send_with(&c, method.clone(), path, |b| b.body(body.clone()))
            .await;
        assert_eq!(without.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}");
        assert!(without.json["detail"].is_string(), "{}", without.text);
        let text = app
            .send_with(&c, method, path, |b| {
                b.header("content-type", "text/plain").body(body.clone())
            })
            .await;
        assert_eq!(text.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_duplicate_name_in_the_organization_is_refused() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    create(&app, &c, create_body("Twice")).await;
    let again = app
        .json(&c, Method::POST, WORKSPACES, Some(create_body("Twice")))
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.json.get("name").is_some());
    app.stop().await;
}

#[tokio::test]
async fn concurrent_creates_of_one_name_make_exactly_one_workspace() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let attempts =
        (0..8).map(|_| app.json(&c, Method::POST, WORKSPACES, Some(create_body("Racing"))));
    let answers = futures::future::join_all(attempts).await;
    let created = answers
        .iter()
        .filter(|a| a.status == StatusCode::OK)
        .count();
    assert_eq!(created, 1, "one create wins");
    for refused in answers.iter().filter(|a| a.status != StatusCode::OK) {
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
        assert_eq!(
            refused.json,
            json!({"name": ["A workspace with this name already exists."]})
        );
    }
    let list = app.json(&c, Method::GET, WORKSPACES, None).await;
    assert_eq!(list.json["workspaces"].as_array().unwrap().len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn creating_in_another_organization_is_403() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let mut body = create_body("Elsewhere");
    body["organization"] = json!(99);
    let r = app.json(&c, Method::POST, WORKSPACES, Some(body)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn sample_db_and_trailing_slash_variants_work_without_redirects() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let r = app
        .json(
            &c,
            Method::POST,
            "/api/v1/workspaces?sample_db=adventureworks",
            Some(create_body("NoSlash")),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let pk = r.json["pk"].as_i64().unwrap();
    let get = app
        .json(&c, Method::GET, &format!("/api/v1/workspaces/{pk}"), None)
        .await;
    assert_eq!(get.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn update_replaces_settings_and_keeps_unsent_secrets() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let created = create(&app, &c, create_body("Before")).await;
    let pk = created["pk"].as_i64().unwrap();
    let mut body = update_body("After");
    body["source_connection"]
        .as_object_mut()
        .unwrap()
        .remove("password");
    body["default_locale"] = json!("nl");
    let r = app
        .json(
            &c,
            Method::PUT,
            &format!("/api/v1/workspaces/{pk}/"),
            Some(body),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "After");
    assert_eq!(r.json["default_locale"], "nl");
    use sea_orm::EntityTrait;
    let stored = understudy::store::entities::sy_workspace::Entity::find_by_id(pk as i32)
        .one(&app.state().db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        stored.source_connection.contains("s3cret-db-password"),
        "the unsent password was kept"
    );
    let missing = app
        .json(
            &c,
            Method::PUT,
            "/api/v1/workspaces/9999/",
            Some(update_body("x")),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json, json!({"detail": "Not found."}));
    app.stop().await;
}

#[tokio::test]
async fn duplicating_copies_settings_and_members() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let c = app.syntho_admin().await;
    let list = app.json(&c, Method::GET, WORKSPACES, None).await;
    let shared = list.json["workspaces"][0].clone();
    assert_eq!(shared["name"], "Shared");
    assert_eq!(shared["status"], "ready");
    let pk = shared["pk"].as_i64().unwrap();
    let mut body = update_body("Shared copy");
    body["source_connection"] = json!({"connector_type": "mssql", "host": "sql.example.com", "port": 1433, "database": "crm", "username": "sa"});
    body["target_connection"] = json!({"connector_type": "mssql", "host": "sql2.example.com", "port": 1433, "database": "crm_synth", "username": "sa"});
    let copy = app
        .json(
            &c,
            Method::POST,
            &format!("/api/v1/workspaces/{pk}/duplicate/"),
            Some(body),
        )
        .await;
    assert_eq!(copy.status, StatusCode::OK, "{}", copy.text);
    assert_ne!(copy.json["pk"], shared["pk"]);
    assert_ne!(copy.json["engine"]["id"], shared["engine"]["id"]);
    assert_eq!(
        copy.json["initialization_mode"],
        shared["initialization_mode"]
    );
    let members = |pk: i64| {
        let c = &c;
        let app = &app;
        async move {
            let r = app
                .json(
                    c,
                    Method::GET,
                    &format!("/api/v1/workspaces/{pk}/members/"),
                    None,
                )
                .await;
            assert_eq!(r.status, StatusCode::OK);
            let mut roles: Vec<(String, String)> = r
                .json
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    (
                        m["user"]["email"].as_str().unwrap().to_string(),
                        m["role"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            roles.sort();
            roles
        }
    };
    let original = members(pk).await;
    assert_eq!(original.len(), 3);
    assert_eq!(members(copy.json["pk"].as_i64().unwrap()).await, original);
    app.stop().await;
}

#[tokio::test]
async fn roles_decide_who_may_change_delete_or_see() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let admin = app.syntho_admin().await;
    let pk = app.json(&admin, Method::GET, WORKSPACES, None).await.json["workspaces"][0]["pk"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/workspaces/{pk}/");
    let body = json!({
        "name": "Shared",
        "source_connection": {"connector_type": "mssql", "host": "sql.example.com", "port": 1433, "database": "crm", "username": "sa"},
        "target_connection": {"connector_type": "mssql", "host": "sql2.example.com", "port": 1433, "database": "crm_synth", "username": "sa"}
    });

    let reader = client();
    app.syntho_login(&reader, "reader@example.com", "reader-password")
        .await;
    assert_eq!(
        app.json(&reader, Method::GET, &path, None).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.json(&reader, Method::PUT, &path, Some(body.clone()))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let editor = client();
    app.syntho_login(&editor, "editor@example.com", "editor-password")
        .await;
    assert_eq!(
        app.json(&editor, Method::PUT, &path, Some(body.clone()))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.json(&editor, Method::DELETE, &path, None).await.status,
        StatusCode::FORBIDDEN
    );

    let outsider = client();
    app.syntho_login(&outsider, "outsider@example.com", "outsider-password")
        .await;
    assert_eq!(
        app.json(&outsider, Method::GET, &path, None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.json(&outsider, Method::GET, WORKSPACES, None)
            .await
            .json["workspaces"],
        json!([])
    );
    assert_eq!(
        app.json(&outsider, Method::DELETE, &path, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    assert_eq!(
        app.json(&admin, Method::GET, &path, None).await.status,
        StatusCode::OK,
        "still there"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_non_integer_id_is_a_400_and_patch_is_405() {
    let app = spawn_app().await;
    let c = app.syntho_admin().await;
    let r = app
        .json(&c, Method::GET, "/api/v1/workspaces/abc/", None)
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json, json!({"id": ["A valid integer is required."]}));
    let p = app
        .json(&c, Method::PATCH, "/api/v1/workspaces/1/", Some(json!({})))
        .await;
    assert_eq!(p.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(p.headers.contains_key("allow"));
    let unknown = app
        .json(&c, Method::GET, "/api/v1/workspaces/1/nothing-here/", None)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json, json!({"detail": "Not found."}));
    // The rest of `/api/` is Kadi4Mat's: its 401 without a Kadi token.
    let kadi = app
        .json(&c, Method::GET, "/api/v1/nothing-here/", None)
        .await;
    assert_eq!(kadi.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        kadi.json["description"],
        "No valid access token was supplied."
    );
    app.stop().await;
}

#[tokio::test]
async fn fixtures_load_idempotently() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let state = app.state().clone();
    understudy::bootstrap::run(&state).await.unwrap();
    let c = app.syntho_admin().await;
    let list = app.json(&c, Method::GET, WORKSPACES, None).await;
    assert_eq!(list.json["workspaces"].as_array().unwrap().len(), 1);
    app.stop().await;
}
