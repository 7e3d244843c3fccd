//! The audit log: an Administrator lists their tenant's events with every filter and
//! reads one with its field-level diff; others are refused, another tenant's event is a
//! 404.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::webhooks::{create, hook};
use super::{admin, call, refused, user_with_key};
use crate::helpers::{client, spawn_app};

fn change<'a>(changes: &'a Value, field: &str) -> &'a Value {
    changes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == field)
        .unwrap_or_else(|| panic!("no change of {field} in {changes}"))
}

#[tokio::test]
async fn an_administrator_reads_the_tenants_audit_log_with_filters_and_diffs() {
    let app = spawn_app().await;
    let (boss_id, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let id = create(
        &app,
        &boss,
        hook("Audited", "https://hooks.example.com/a", &["User.Created"]),
    )
    .await;
    let mut body = hook(
        "Audited v2",
        "https://hooks.example.com/a",
        &["User.Created"],
    );
    body["enabled"] = json!(false);
    let r = call(
        &app,
        &boss,
        Method::PUT,
        &format!("/rest/v1/webhooks/{id}"),
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/audit?resourceType=webhook",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "2");
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["update", "create"], "newest first");
    let update = &r.json[0];
    assert_eq!(update["userId"], boss_id);
    assert_eq!(update["userLogin"], "boss");
    assert_eq!(update["resourceId"], id);
    assert_eq!(update["resourceName"], "Audited v2");
    assert_eq!(update["changes"], json!([]), "no diff in the list");

    // Filters combine (the administrator and the webhook were both created).
    for (query, count) in [
        ("action=create", "2"),
        ("action=create&resourceType=webhook", "1"),
        (
            &format!("resourceType=webhook&resourceId={id}&action=update") as &str,
            "1",
        ),
        (&format!("userId={boss_id}&resourceType=webhook"), "2"),
        ("userId=999999&resourceType=webhook", "0"),
        ("since=2999-01-01T00:00:00Z", "0"),
        ("since=2000-01-01T00:00:00Z&resourceType=webhook", "2"),
    ] {
        let r = call(
            &app,
            &boss,
            Method::GET,
            &format!("/rest/v1/audit?{query}"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.text);
        assert_eq!(r.headers["x-total-count"], count, "{query}");
    }
    // The user the admin made is in the tenant's log too, with its paging.
    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/audit?limit=1&offset=1",
        None,
    )
    .await;
    assert_eq!(r.json.as_array().unwrap().len(), 1);

    // One event: the diff, field by field.
    let path = format!("/rest/v1/audit/{}", update["id"]);
    let r = call(&app, &boss, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let changes = &r.json["changes"];
    assert_eq!(change(changes, "name")["before"], "\"Audited\"");
    assert_eq!(change(changes, "name")["after"], "\"Audited v2\"");
    assert_eq!(change(changes, "enabled")["after"], "false");
    assert!(
        changes
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["field"] != "url"),
        "unchanged fields are not listed"
    );
    let created = format!("/rest/v1/audit/{}", r.json["id"].as_i64().unwrap() - 1);
    let r = call(&app, &boss, Method::GET, &created, None).await;
    assert_eq!(r.json["action"], "create");
    assert!(change(&r.json["changes"], "name")["before"].is_null());
    app.stop().await;
}

#[tokio::test]
async fn the_audit_log_is_refused_below_administrator_and_hidden_from_other_tenants() {
    let app = spawn_app().await;
    let (_, boss) = user_with_key(&app, "boss", "ADMINISTRATOR", None).await;
    let (_, editor) = user_with_key(&app, "ed", "EDITOR", None).await;
    let r = admin(
        &app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "acme"})),
    )
    .await;
    let acme = r.json["id"].as_i64().unwrap();
    let (_, acme_admin) = user_with_key(&app, "acme-admin", "ADMINISTRATOR", Some(acme)).await;
    create(&app, &boss, hook("Home", "", &["User.Created"])).await;
    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/audit?resourceType=webhook",
        None,
    )
    .await;
    let event = r.json[0]["id"].as_i64().unwrap();
    let path = format!("/rest/v1/audit/{event}");

    let r = app
        .send_with(&client(), Method::GET, "/rest/v1/audit", |b| b)
        .await;
    refused(
        &r,
        StatusCode::UNAUTHORIZED,
        "/rest/v1/audit",
        "authentication",
    );
    let r = call(&app, &editor, Method::GET, "/rest/v1/audit", None).await;
    refused(&r, StatusCode::FORBIDDEN, "/rest/v1/audit", "Administrator");
    let r = call(&app, &editor, Method::GET, &path, None).await;
    refused(&r, StatusCode::FORBIDDEN, &path, "Administrator");
    let r = call(&app, &acme_admin, Method::GET, &path, None).await;
    refused(&r, StatusCode::NOT_FOUND, &path, "not found");
    let r = call(
        &app,
        &acme_admin,
        Method::GET,
        "/rest/v1/audit?resourceType=webhook",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "0");
    let r = call(
        &app,
        &boss,
        Method::GET,
        "/rest/v1/audit?since=yesterday",
        None,
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, "/rest/v1/audit", "since");
    let r = call(&app, &boss, Method::GET, "/rest/v1/audit/99999999", None).await;
    refused(
        &r,
        StatusCode::NOT_FOUND,
        "/rest/v1/audit/99999999",
        "not found",
    );
    app.stop().await;
}
