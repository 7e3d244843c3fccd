//! Principals: `CreateActivePrincipalWithPassword`, `ReplaceUserRole`,
//! `AdminGenerateApiKeyForPrincipal`, listing with filters and reading by id.

use reqwest::StatusCode;
use serde_json::json;

use super::{new_user, refused, user_with_key, ADMIN};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_created_principal_is_listed_found_by_name_and_its_email_is_taken_afterwards() {
    let app = spawn_app().await;
    let r = app
        .command(
            ADMIN,
            "CreateActivePrincipalWithPassword",
            json!({"email": "Lucius.Fox@Wayne.com", "password": "LuciusF0x123", "firstName": "Lucius", "lastName": "Fox"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["uniqueId"], "lucius.fox@wayne.com");
    assert_eq!(r.json["status"], "ACTIVE");
    assert_eq!(r.json["role"], "READER_ROLE");
    assert_eq!(r.json["currentWorkspaceId"], json!(null));
    let id = r.json["id"].as_str().unwrap();
    let listed = app.kawa_get("/backoffice/principals", ADMIN).await;
    assert_eq!(listed.json.as_array().unwrap().len(), 2);
    let named = app
        .kawa_get("/backoffice/principals?name=Lucius%20Fox", ADMIN)
        .await;
    assert_eq!(named.json.as_array().unwrap().len(), 1);
    assert_eq!(named.json[0]["id"], id);
    let other = app
        .kawa_get("/backoffice/principals?name=Lucius", ADMIN)
        .await;
    assert_eq!(other.json, json!([]), "the name filter is exact");
    let tagged = app
        .kawa_get("/backoffice/principals?tag=finance", ADMIN)
        .await;
    assert_eq!(tagged.json, json!([]));
    let one = app
        .kawa_get(&format!("/backoffice/principals/{id}"), ADMIN)
        .await;
    assert_eq!(one.json["email"], "lucius.fox@wayne.com");
    let again = app
        .command(
            ADMIN,
            "CreateActivePrincipalWithPassword",
            json!({"email": "lucius.fox@wayne.com", "password": "other"}),
        )
        .await;
    refused(&again, StatusCode::CONFLICT, "already exists");
    let listed_after = app.kawa_get("/backoffice/principals", ADMIN).await;
    assert_eq!(listed_after.json, listed.json, "nothing was added");
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_principal_is_404_whether_probed_by_id_or_by_name() {
    let app = spawn_app().await;
    for path in [
        "/backoffice/principals/999",
        "/backoffice/principals/Lucius%20Fox",
    ] {
        refused(
            &app.kawa_get(path, ADMIN).await,
            StatusCode::NOT_FOUND,
            "No principal",
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn a_bad_email_is_a_400_naming_the_field_and_creates_nobody() {
    let app = spawn_app().await;
    let r = app
        .command(
            ADMIN,
            "CreateActivePrincipalWithPassword",
            json!({"email": "not an email", "password": "x"}),
        )
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "email");
    let listed = app.kawa_get("/backoffice/principals", ADMIN).await;
    assert_eq!(listed.json.as_array().unwrap().len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_reader_is_refused_user_administration_until_made_an_admin() {
    let app = spawn_app().await;
    let (id, key) = user_with_key(&app, "reader@example.com").await;
    let create = json!({"email": "new@example.com", "password": "pw"});
    let r = app
        .command(&key, "CreateActivePrincipalWithPassword", create.clone())
        .await;
    refused(&r, StatusCode::FORBIDDEN, "Only administrators");
    let r = app
        .command(
            ADMIN,
            "ReplaceUserRole",
            json!({"principalId": id, "role": "ADMIN_ROLE"}),
        )
        .await;
    assert_eq!(r.json["role"], "ADMIN_ROLE", "{}", r.text);
    let r = app
        .command(&key, "CreateActivePrincipalWithPassword", create)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = app
        .command(
            ADMIN,
            "ReplaceUserRole",
            json!({"principalId": id, "role": "OWNER"}),
        )
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "role");
    app.stop().await;
}

#[tokio::test]
async fn a_key_is_shown_once_refused_twice_without_replace_and_replaced_with_it() {
    let app = spawn_app().await;
    let id = new_user(&app, "dora@example.com", "dora-password").await;
    let generate = |replace: Option<bool>, name: Option<&str>| {
        let mut p = json!({"principalId": id});
        if let Some(r) = replace {
            p["replaceIfExists"] = json!(r);
        }
        if let Some(n) = name {
            p["name"] = json!(n);
        }
        p
    };
    let first = app
        .command(
            ADMIN,
            "AdminGenerateApiKeyForPrincipal",
            generate(None, None),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.json["name"], json!(null));
    let first_key = first.json["clearTextApiKey"].as_str().unwrap().to_string();
    let twice = app
        .command(
            ADMIN,
            "AdminGenerateApiKeyForPrincipal",
            generate(Some(false), None),
        )
        .await;
    refused(&twice, StatusCode::CONFLICT, "already has an API key");
    let named = app
        .command(
            ADMIN,
            "AdminGenerateApiKeyForPrincipal",
            generate(None, Some("etl")),
        )
        .await;
    assert_eq!(named.json["name"], "etl", "another name is another key");
    let replaced = app
        .command(
            ADMIN,
            "AdminGenerateApiKeyForPrincipal",
            generate(Some(true), None),
        )
        .await;
    let second_key = replaced.json["clearTextApiKey"].as_str().unwrap();
    assert_ne!(second_key, first_key);
    refused(
        &app.kawa_get("/authentication/current-user", &first_key)
            .await,
        StatusCode::UNAUTHORIZED,
        "",
    );
    assert_eq!(
        app.kawa_get("/authentication/current-user", second_key)
            .await
            .status,
        StatusCode::OK
    );
    let named_key = named.json["clearTextApiKey"].as_str().unwrap();
    assert_eq!(
        app.kawa_get("/authentication/current-user", named_key)
            .await
            .status,
        StatusCode::OK
    );
    // Day 0 ended on 1970-01-02: a key that expired long ago.
    let mut expired = generate(Some(true), Some("old"));
    expired["expirationDate"] = json!(0);
    let r = app
        .command(ADMIN, "AdminGenerateApiKeyForPrincipal", expired)
        .await;
    assert_eq!(r.json["expirationDate"], 0);
    let old = r.json["clearTextApiKey"].as_str().unwrap();
    refused(
        &app.kawa_get("/authentication/current-user", old).await,
        StatusCode::UNAUTHORIZED,
        "expired",
    );
    let unknown = app
        .command(
            ADMIN,
            "AdminGenerateApiKeyForPrincipal",
            json!({"principalId": "4242"}),
        )
        .await;
    refused(&unknown, StatusCode::NOT_FOUND, "No principal with id 4242");
    app.stop().await;
}
