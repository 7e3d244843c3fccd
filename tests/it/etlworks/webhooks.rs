//! Webhooks: an Administrator's CRUD with its refusals (401, 403, 404 for another
//! tenant's, 409 on a taken name, 400 naming the field), each leaving nothing changed;
//! write-only secrets; and a deleted webhook in the recycle bin, restored and purged.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_app, TestApp};

/// A webhook body named `name` posting `events` to `url`.
pub fn hook(name: &str, url: &str, events: &[&str]) -> Value {
    json!({
        "name": name, "description": "test hook", "events": events, "url": url,
        "method": "POST", "contentType": "application/json", "includeEntity": true,
        "headers": [{"key": "X-Team", "value": "data"}], "secret": "s3cret",
        "basicUser": "hook-user", "basicPass": "hook-pass", "enabled": true,
        "flowIncludes": [], "flowExcludes": []
    })
}

/// Creates a webhook as `token`; its id.
pub async fn create(app: &TestApp, token: &str, body: Value) -> i64 {
    let r = call(app, token, Method::POST, "/rest/v1/webhooks", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json["id"].as_i64().expect("an id")
}

/// A tenant of its own with an Administrator; the administrator's key.
async fn other_tenant_admin(app: &TestApp) -> String {
    let r = admin(
        app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let acme = r.json["id"].as_i64().unwrap();
    user_with_key(app, "acme-admin", "ADMINISTRATOR", Some(acme))
        .await
        .1
}

#[tokio::test]
async fn an_administrator_creates_reads_replaces_and_lists_webhooks() {
    let app = spawn_app().await;
    let (_, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let r = call(
        &app,
        &boss,
        Method::POST,
        "/rest/v1/webhooks",
        Some(hook(
            "Failures",
            "https://hooks.example.com/a",
            &["Flow.Executed"],
        )),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json["id"].as_i64().unwrap();
    assert_eq!(r.json["name"], "Failures");
    assert_eq!(r.json["events"], json!(["Flow.Executed"]));
    assert_eq!(
        r.json["headers"],
        json!([{"key": "X-Team", "value": "data"}])
    );
    assert_eq!(r.json["hasSecret"], true);
    assert_eq!(r.json["basicUser"], "hook-user");
    // Write-only values are never shown.
    assert!(
        r.json.get("secret").is_none_or(Value::is_null),
        "{}",
        r.text
    );
    assert!(
        r.json.get("basicPass").is_none_or(Value::is_null),
        "{}",
        r.text
    );
    let path = format!("/rest/v1/webhooks/{id}");
    let got = call(&app, &boss, Method::GET, &path, None).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.json, r.json);

    // A replace that leaves the secret out keeps it; an empty one removes it.
    let mut body = hook(
        "Failures v2",
        "https://hooks.example.com/b",
        &["Flow.Executed", "User.Created"],
    );
    body.as_object_mut().unwrap().remove("secret");
    body["method"] = json!("GET");
    let r = call(&app, &boss, Method::PUT, &path, Some(body.clone())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["name"], "Failures v2");
    assert_eq!(r.json["method"], "GET");
    assert_eq!(r.json["hasSecret"], true);
    body["secret"] = json!("");
    let r = call(&app, &boss, Method::PUT, &path, Some(body)).await;
    assert_eq!(r.json["hasSecret"], false, "{}", r.text);

    create(&app, &boss, hook("Second", "", &["User.Deleted"])).await;
    let r = call(&app, &boss, Method::GET, "/rest/v1/webhooks?limit=1", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["x-total-count"], "2");
    assert_eq!(r.json.as_array().unwrap().len(), 1);
    assert_eq!(r.json[0]["id"], id);
    app.stop().await;
}

#[tokio::test]
async fn refused_webhook_writes_change_nothing() {
    let app = spawn_app().await;
    let (_, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let acme_admin = other_tenant_admin(&app).await;
    let id = create(
        &app,
        &boss,
        hook("Mine", "https://hooks.example.com/a", &["User.Created"]),
    )
    .await;
    let path = format!("/rest/v1/webhooks/{id}");
    let before = call(&app, &boss, Method::GET, &path, None).await.json;
    let list = "/rest/v1/webhooks";

    // 401 without a token.
    let r = app
        .send_with(&crate::helpers::client(), Method::GET, list, |b| b)
        .await;
    refused(&r, StatusCode::UNAUTHORIZED, list, "authentication");
    // 403 for anyone below Administrator, reading or writing.
    let r = call(&app, &editor, Method::GET, list, None).await;
    refused(&r, StatusCode::FORBIDDEN, list, "Administrator");
    let r = call(
        &app,
        &editor,
        Method::POST,
        list,
        Some(hook("Ed's", "", &["User.Created"])),
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, list, "Administrator");
    let r = call(&app, &editor, Method::DELETE, &path, None).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Administrator");
    // 404 for another tenant's administrator, whatever they ask.
    for method in [Method::GET, Method::DELETE] {
        let r = call(&app, &acme_admin, method, &path, None).await;
        refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    }
    let r = call(
        &app,
        &acme_admin,
        Method::PUT,
        &path,
        Some(hook("Taken over", "", &["User.Created"])),
    )
    .await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = call(
        &app,
        &acme_admin,
        Method::GET,
        &format!("{path}/events"),
        None,
    )
    .await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        &format!("{path}/events"),
        "not found",
    );
    // 409 for a name the tenant already uses (another tenant may use it).
    let r = call(
        &app,
        &boss,
        Method::POST,
        list,
        Some(hook("Mine", "", &["User.Created"])),
    )
    .await;
    refused(&r, StatusCode::CONFLICT, list, "Mine");
    create(&app, &acme_admin, hook("Mine", "", &["User.Created"])).await;
    // 400 naming the field.
    let bad = [
        ("events", json!({"events": ["Flow.Exploded"]})),
        ("url", json!({"url": "ftp://example.com/x"})),
        ("url", json!({"url": "not a url"})),
        (
            "headers",
            json!({"headers": [{"key": "X-Etl-Webhook-Id", "value": "1"}]}),
        ),
        (
            "headers",
            json!({"headers": [{"key": "bad header", "value": "1"}]}),
        ),
        ("basicUser", json!({"basicUser": "a:b"})),
        ("name", json!({"name": "   "})),
    ];
    for (field, change) in bad {
        let mut body = hook("Bad", "https://hooks.example.com/a", &["User.Created"]);
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let r = call(&app, &boss, Method::PUT, &path, Some(body.clone())).await;
        refused(
            &r,
            StatusCode::BAD_REQUEST,
            &path,
            &format!("Field '{field}'"),
        );
        let r = call(&app, &boss, Method::POST, list, Some(body)).await;
        refused(
            &r,
            StatusCode::BAD_REQUEST,
            list,
            &format!("Field '{field}'"),
        );
    }

    // Nothing changed: the one webhook, as it was.
    let r = call(&app, &boss, Method::GET, list, None).await;
    assert_eq!(r.headers["x-total-count"], "1", "{}", r.text);
    assert_eq!(
        call(&app, &boss, Method::GET, &path, None).await.json,
        before
    );
    app.stop().await;
}

#[tokio::test]
async fn a_deleted_webhook_waits_in_the_recycle_bin_to_be_restored_or_purged() {
    let app = spawn_app().await;
    let (_, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let acme_admin = other_tenant_admin(&app).await;
    let id = create(
        &app,
        &boss,
        hook("Binned", "https://hooks.example.com/a", &["User.Created"]),
    )
    .await;
    let path = format!("/rest/v1/webhooks/{id}");
    let r = call(&app, &boss, Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    refused(
        &call(&app, &boss, Method::GET, &path, None).await,
        StatusCode::NOT_FOUND,
        &path,
        "not found",
    );
    refused(
        &call(&app, &boss, Method::DELETE, &path, None).await,
        StatusCode::NOT_FOUND,
        &path,
        "not found",
    );

    // In the bin, for this tenant only.
    let r = call(
        &app,
        &editor,
        Method::GET,
        "/rest/v1/recycle-bin?resourceType=webhook",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(r.json[0]["resourceType"], "webhook");
    assert_eq!(r.json[0]["resourceId"], id);
    assert_eq!(r.json[0]["name"], "Binned");
    assert_eq!(r.json[0]["deletedBy"], "boss");
    let item = r.json[0]["id"].as_i64().unwrap();
    let r = call(&app, &acme_admin, Method::GET, "/rest/v1/recycle-bin", None).await;
    assert_eq!(r.headers["x-total-count"], "0");
    let restore = format!("/rest/v1/recycle-bin/{item}/restore");
    let purge = format!("/rest/v1/recycle-bin/{item}");
    refused(
        &call(&app, &acme_admin, Method::POST, &restore, None).await,
        StatusCode::NOT_FOUND,
        &restore,
        "not found",
    );
    refused(
        &call(&app, &acme_admin, Method::DELETE, &purge, None).await,
        StatusCode::NOT_FOUND,
        &purge,
        "not found",
    );
    // Webhooks are an Administrator's: an Editor may not restore one, nor purge.
    refused(
        &call(&app, &editor, Method::POST, &restore, None).await,
        StatusCode::FORBIDDEN,
        &restore,
        "Administrator",
    );
    refused(
        &call(&app, &editor, Method::DELETE, &purge, None).await,
        StatusCode::FORBIDDEN,
        &purge,
        "Administrator",
    );
    // A live webhook took the name meanwhile: 409 until it is renamed.
    let other = create(&app, &boss, hook("Binned", "", &["User.Created"])).await;
    refused(
        &call(&app, &boss, Method::POST, &restore, None).await,
        StatusCode::CONFLICT,
        &restore,
        "Binned",
    );
    let r = call(
        &app,
        &boss,
        Method::PUT,
        &format!("/rest/v1/webhooks/{other}"),
        Some(hook("Renamed", "", &["User.Created"])),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    // Restored under its id, as it was.
    let r = call(&app, &boss, Method::POST, &restore, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"resourceType": "webhook", "resourceId": id, "name": "Binned"})
    );
    let r = call(&app, &boss, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["hasSecret"], true);
    let r = call(&app, &boss, Method::GET, "/rest/v1/recycle-bin", None).await;
    assert_eq!(r.headers["x-total-count"], "0");

    // Deleted again and purged: gone for good.
    call(&app, &boss, Method::DELETE, &path, None).await;
    let r = call(&app, &boss, Method::GET, "/rest/v1/recycle-bin", None).await;
    let item = r.json[0]["id"].as_i64().unwrap();
    let purge = format!("/rest/v1/recycle-bin/{item}");
    let r = call(&app, &boss, Method::DELETE, &purge, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    refused(
        &call(&app, &boss, Method::DELETE, &purge, None).await,
        StatusCode::NOT_FOUND,
        &purge,
        "not found",
    );
    let restore = format!("/rest/v1/recycle-bin/{item}/restore");
    refused(
        &call(&app, &boss, Method::POST, &restore, None).await,
        StatusCode::NOT_FOUND,
        &restore,
        "not found",
    );
    let r = call(&app, &boss, Method::GET, "/rest/v1/webhooks", None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    app.stop().await;
}
