//! Users: an administrator manages their tenant's users; roles below are refused with
//! 403 and nothing changes; another tenant's user is a 404; duplicates are 409s; API
//! keys are shown once, rotated and revoked; a disabled user is locked out at once.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{admin, call, refused, sign_in, user_with_key};
use crate::helpers::spawn_app;

#[tokio::test]
async fn an_administrator_creates_lists_edits_and_deletes_users_of_their_tenant() {
    let app = spawn_app().await;
    let (_, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let body = json!({"login": "ada", "email": "Ada@Example.com", "firstName": "Ada",
        "lastName": "Lovelace", "role": "EDITOR", "password": "pass-word-1"});
    let r = call(
        &app,
        &boss,
        Method::POST,
        "/rest/v1/users",
        Some(body.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.json["email"], "ada@example.com");
    assert_eq!(r.json["hasApiKey"], false);
    assert!(r.json["apiKey"].is_null());
    let id = r.json["id"].as_i64().unwrap();
    // The same login again, and the same email under another login: 409s.
    let r = call(
        &app,
        &boss,
        Method::POST,
        "/rest/v1/users",
        Some(body.clone()),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/users", "login ada");
    let mut other = body.clone();
    other["login"] = json!("ada2");
    let r = call(&app, &boss, Method::POST, "/rest/v1/users", Some(other)).await;
    refused(&r, StatusCode::CONFLICT, "/rest/v1/users", "email");
    // A missing field and a bad email are 400s naming the field.
    let r = call(
        &app,
        &boss,
        Method::POST,
        "/rest/v1/users",
        Some(json!({"login": "x", "role": "VIEWER", "password": "pass-word-1"})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, "/rest/v1/users", "email");
    let r = call(&app, &boss, Method::POST, "/rest/v1/users", Some(json!({"login": "x", "email": "no-at-sign", "role": "VIEWER", "password": "pass-word-1"}))).await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/users",
        "Field 'email'",
    );

    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/users?q=lovel&limit=10",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(r.json[0]["login"], "ada");
    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/users?role=ADMINISTRATOR",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);

    let edit = json!({"email": "ada@example.com", "firstName": "Augusta", "role": "OPERATOR", "enabled": true});
    let path = format!("/rest/v1/users/{id}");
    let r = call(&app, &boss, Method::PUT, &path, Some(edit)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["firstName"], "Augusta");
    assert_eq!(r.json["role"], "OPERATOR");
    assert_eq!(
        r.json["lastName"], "Lovelace",
        "an omitted name keeps its value"
    );

    let r = call(&app, &boss, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = call(&app, &boss, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "User");
    assert_eq!(
        sign_in(&app, "ada", "pass-word-1").await.status,
        StatusCode::UNAUTHORIZED
    );
    app.stop().await;
}

#[tokio::test]
async fn an_editor_is_refused_user_administration_and_nothing_changes() {
    let app = spawn_app().await;
    let (editor_id, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let (viewer_id, _) = user_with_key(&app, "vi", "VIEWER", None).await;
    let r = call(&app, &editor, Method::GET, "/rest/v1/users", None).await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/users", "Administrator");
    let body = json!({"login": "new", "email": "new@example.com", "role": "VIEWER", "password": "pass-word-1"});
    let r = call(&app, &editor, Method::POST, "/rest/v1/users", Some(body)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let path = format!("/rest/v1/users/{viewer_id}");
    let edit = json!({"email": "vi@example.com", "role": "ADMINISTRATOR", "enabled": true});
    let r = call(&app, &editor, Method::PUT, &path, Some(edit)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = call(&app, &editor, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // Nothing changed.
    let r = admin(&app, Method::GET, &path, None).await;
    assert_eq!(r.json["role"], "VIEWER");
    let r = admin(&app, Method::GET, "/rest/v1/users?q=new", None).await;
    assert_eq!(r.headers["x-total-count"], "0");
    // A user reads themselves.
    let own = format!("/rest/v1/users/{editor_id}");
    assert_eq!(
        call(&app, &editor, Method::GET, &own, None).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn nobody_demotes_or_disables_themselves_or_deletes_the_last_super_admin() {
    let app = spawn_app().await;
    let me = admin(&app, Method::GET, "/rest/v1/userprofile", None).await;
    let id = me.json["id"].as_i64().unwrap();
    let path = format!("/rest/v1/users/{id}");
    let edit = json!({"email": me.json["email"], "role": "VIEWER", "enabled": true});
    let r = admin(&app, Method::PUT, &path, Some(edit)).await;
    refused(&r, StatusCode::CONFLICT, &path, "your own role");
    let r = admin(&app, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::CONFLICT, &path, "yourself");
    app.stop().await;
}

#[tokio::test]
async fn a_disabled_user_is_locked_out_at_once_and_back_after_enabling() {
    let app = spawn_app().await;
    let (id, key) = user_with_key(&app, "op", "OPERATOR", None).await;
    let jwt = sign_in(&app, "op", "pass-word-1").await.json["token"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/rest/v1/users/{id}");
    let disable = json!({"email": "op@example.com", "role": "OPERATOR", "enabled": false});
    assert_eq!(
        admin(&app, Method::PUT, &path, Some(disable)).await.status,
        StatusCode::OK
    );
    for token in [&key, &jwt] {
        let r = call(&app, token, Method::GET, "/rest/v1/userprofile", None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    }
    let r = sign_in(&app, "op", "pass-word-1").await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/token-auth",
        "disabled",
    );
    let enable = json!({"email": "op@example.com", "role": "OPERATOR", "enabled": true});
    assert_eq!(
        admin(&app, Method::PUT, &path, Some(enable)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        call(&app, &key, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );
    // The JWT from before the lock-out stays dead: disabling ended it.
    assert_eq!(
        call(&app, &jwt, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    app.stop().await;
}

#[tokio::test]
async fn an_api_key_is_shown_once_rotated_expired_and_revoked() {
    let (app, clock) = crate::helpers::spawn_stopped_clock(11, None).await;
    let (id, first) = user_with_key(&app, "kim", "VIEWER", None).await;
    let path = format!("/rest/v1/users/{id}/api-key");
    let r = admin(
        &app,
        Method::POST,
        &path,
        Some(json!({"expiresAt": "2025-12-01T00:00:00Z"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let second = r.json["apiKey"].as_str().unwrap().to_string();
    assert!(second.starts_with("ewk_"));
    assert_eq!(r.json["expiresAt"], "2025-12-01T00:00:00Z");
    // The first key stopped working; the user's record says a key exists and hides it.
    assert_eq!(
        call(&app, &first, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let user = admin(&app, Method::GET, &format!("/rest/v1/users/{id}"), None).await;
    assert_eq!(user.json["hasApiKey"], true);
    assert!(user.json["apiKey"].is_null());
    assert_eq!(
        call(&app, &second, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::OK
    );
    // A past expiry is refused; the clock passing the expiry ends the key.
    let r = admin(
        &app,
        Method::POST,
        &path,
        Some(json!({"expiresAt": "2020-01-01T00:00:00Z"})),
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, &path, "expiresAt");
    clock.advance(std::time::Duration::from_secs(5 * 86_400));
    let r = call(&app, &second, Method::GET, "/rest/v1/userprofile", None).await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/userprofile",
        "expired",
    );
    // The user rotates their own key, then revokes it.
    let third = admin(&app, Method::POST, &path, Some(json!({}))).await.json["apiKey"]
        .as_str()
        .unwrap()
        .to_string();
    let r = call(&app, &third, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    assert_eq!(
        call(&app, &third, Method::GET, "/rest/v1/userprofile", None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    app.stop().await;
}

#[tokio::test]
async fn the_profile_and_notification_preferences_are_the_callers_own() {
    let app = spawn_app().await;
    let (_, key) = user_with_key(&app, "pat", "VIEWER", None).await;
    let r = call(&app, &key, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(r.json["timeZone"], "UTC");
    assert_eq!(r.json["settings"]["defaultPageSize"], 50);
    let change = json!({"firstName": "Patricia", "locale": "en-GB", "timeZone": "Europe/London",
        "settings": {"theme": "dark", "dateFormat": "dd/MM/yyyy", "defaultPageSize": 100}});
    let r = call(
        &app,
        &key,
        Method::PUT,
        "/rest/v1/userprofile",
        Some(change),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["firstName"], "Patricia");
    assert_eq!(r.json["settings"]["theme"], "dark");
    let r = call(
        &app,
        &key,
        Method::PUT,
        "/rest/v1/userprofile",
        Some(json!({"timeZone": "Mars/Olympus"})),
    )
    .await;
    refused(
        &r,
        StatusCode::BAD_REQUEST,
        "/rest/v1/userprofile",
        "timeZone",
    );
    let r = call(
        &app,
        &key,
        Method::PUT,
        "/rest/v1/userprofile",
        Some(json!({"email": "admin@example.com"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
    let r = call(&app, &key, Method::GET, "/rest/v1/userprofile", None).await;
    assert_eq!(
        r.json["timeZone"], "Europe/London",
        "the refused changes changed nothing"
    );
    let prefs = json!({"emailOnFlowFailure": false, "emailOnFlowSuccess": true, "inAppMessages": true, "digest": "weekly"});
    let r = call(
        &app,
        &key,
        Method::PUT,
        "/rest/v1/userprofile/notifications",
        Some(prefs.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = call(
        &app,
        &key,
        Method::GET,
        "/rest/v1/userprofile/notifications",
        None,
    )
    .await;
    assert_eq!(r.json, prefs);
    // Both writes are in the audit log, with what changed.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use understudy::store::entities::et_audit_event;
    let logged = et_audit_event::Entity::find()
        .filter(et_audit_event::Column::UserLogin.eq("pat"))
        .all(&app.state().db)
        .await
        .unwrap();
    let actions: Vec<&str> = logged.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["update_profile", "update_notifications"]);
    assert!(logged[1]
        .after
        .as_deref()
        .unwrap_or_default()
        .contains("weekly"));
    app.stop().await;
}
