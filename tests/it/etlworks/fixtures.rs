//! Etlworks in the fixtures file: loaded tenants and users sign in and see what they
//! should, and a tenant's connections, flows and schedules are there; a misfit entry is
//! refused by its path with nothing written; an instance's tenants, users and resources
//! export and load into an empty one to the same views.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{admin, call, sign_in};
use crate::fixtures::{export_with_the_cli, refused_at_start};
use crate::helpers::{spawn_app_with, TestApp};

const FILE: &str = r#"
users:
  - {email: ada@example.com, password: ada-password, first_name: Ada, last_name: Lovelace,
     tokens: [{product: etlworks, name: ci, token: ewk_ada_fixture_key}]}
  - {email: bob@example.com, password: bob-password, first_name: Bob, last_name: Builder}
etlworks:
  tenants:
    - {id: 7, name: acme, description: Acme Corp, ssoUrl: "https://idp.example.com/acme"}
  users:
    - {email: ada@example.com, login: ada, role: ADMINISTRATOR, tenant: acme, timeZone: Europe/London}
    - {email: bob@example.com, role: VIEWER, tenant: acme}
  resources:
    - tenant: acme
      owner: ada
      bundle:
        version: "1"
        exportedAt: "2026-03-02T09:00:00Z"
        connections:
          - {id: 3, name: Sales DB, connectionType: connection.db.postgres,
             properties: {field.connection.template.host: db.example, password: s3cret}, tags: []}
        formats: []
        flows:
          - {id: 5, name: Copy orders, flowType: flow.db.to.db, properties: {}, mappings: [],
             connections: [3], nestedFlows: [], tags: [nightly],
             transformations: [{index: 0, name: copy, sourceConnectionId: 3, sourceObject: orders,
                                destinationConnectionId: 3, destinationObject: orders_copy}]}
        schedules:
          - {id: 9, name: Nightly, flowId: 5, schedule: "0 0 2 * * ?", enabled: true,
             emailSuccess: false, emailFailure: false, retries: 1, delayBetweenRetries: 5,
             debug: false, keepMessage: false, keepEmptyAudit: false, tags: []}
"#;

#[tokio::test]
async fn loaded_tenants_and_users_sign_in_and_see_their_tenant() {
    let app = spawn_app_with(Some(FILE)).await;
    let r = call(
        &app,
        "ewk_ada_fixture_key",
        Method::GET,
        "/rest/v1/userprofile",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["tenantName"], "acme");
    assert_eq!(r.json["timeZone"], "Europe/London");
    assert_eq!(r.json["role"], "ADMINISTRATOR");
    // Bob signs in with his email (no login given) and the file's password.
    assert_eq!(
        sign_in(&app, "bob@example.com", "bob-password")
            .await
            .status,
        StatusCode::OK
    );
    let r = call(
        &app,
        "ewk_ada_fixture_key",
        Method::GET,
        "/rest/v1/users",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "2", "{}", r.text);
    let r = admin(&app, Method::GET, "/rest/v1/tenants/7", None).await;
    assert_eq!(r.json["ssoUrl"], "https://idp.example.com/acme");
    assert_eq!(r.json["userCount"], 2);

    // Acme's resources, owned by Ada, their ids translated to this instance's.
    let ada = "ewk_ada_fixture_key";
    let r = call(&app, ada, Method::GET, "/rest/v1/connections", None).await;
    assert_eq!(r.json[0]["name"], "Sales DB", "{}", r.text);
    assert_eq!(
        r.json[0]["properties"]["password"], "********",
        "kept, redacted"
    );
    let connection = r.json[0]["id"].clone();
    let r = call(&app, ada, Method::GET, "/rest/v1/flows", None).await;
    let flow = &r.json[0];
    assert_eq!(flow["name"], "Copy orders");
    assert_eq!(flow["owner"], "ada");
    assert_eq!(flow["tags"], json!(["nightly"]));
    assert_eq!(flow["transformations"][0]["sourceConnectionId"], connection);
    let r = call(&app, ada, Method::GET, "/rest/v1/schedules", None).await;
    assert_eq!(r.json[0]["name"], "Nightly");
    assert_eq!(r.json[0]["flowId"], flow["id"]);
    assert_eq!(r.json[0]["retries"], 1);
    app.stop().await;
}

#[tokio::test]
async fn a_misfit_entry_is_refused_by_its_path() {
    let cases = [
        (
            FILE.replace("tenant: acme, timeZone", "tenant: nowhere, timeZone"),
            "etlworks.users[0].tenant: no tenant is named nowhere",
        ),
        (
            FILE.replace("role: VIEWER, tenant: acme", "role: VIEWER"),
            "etlworks.users[1].tenant: a VIEWER needs one",
        ),
        (
            FILE.replace(
                "email: bob@example.com, role",
                "email: ghost@example.com, role",
            ),
            "etlworks.users[1]: no user has email ghost@example.com",
        ),
        (
            FILE.replace("Europe/London", "Mars/Olympus"),
            "etlworks.users[0].timeZone",
        ),
        (
            FILE.replace("role: VIEWER", "role: OWNER"),
            "etlworks.users[1].role",
        ),
        (
            FILE.replace("owner: ada", "owner: bob@example.com"),
            "etlworks.resources[0].owner: bob@example.com may not write in tenant acme",
        ),
        (
            FILE.replace("schedule: \"0 0 2 * * ?\"", "schedule: \"never\""),
            "etlworks.resources[0].bundle: Field 'schedules[0].schedule'",
        ),
    ];
    for (text, expected) in cases {
        let state = refused_at_start(&text, expected).await;
        assert!(
            state
                .etlworks
                .users
                .iter()
                .all(|u| u.email != "ada@example.com"),
            "{expected}: nothing written"
        );
        assert!(
            state.etlworks.tenants.iter().all(|t| t.name != "acme"),
            "{expected}: nothing written"
        );
    }
}

/// The connections, flows and schedules `key`'s user lists, without the flows' write
/// times and owner: a load writes them anew, as the entry's `owner`.
async fn resources(app: &TestApp, key: &str) -> Vec<Value> {
    let mut seen = Vec::new();
    for path in [
        "/rest/v1/connections",
        "/rest/v1/flows",
        "/rest/v1/schedules",
    ] {
        let mut listed = call(app, key, Method::GET, path, None).await.json;
        for x in listed.as_array_mut().unwrap() {
            let o = x.as_object_mut().unwrap();
            o.remove("createdAt");
            o.remove("updatedAt");
            o.remove("owner");
        }
        seen.push(listed);
    }
    seen
}

/// The tenants and users the super admin lists.
async fn views(app: &TestApp) -> Value {
    let tenants = admin(app, Method::GET, "/rest/v1/tenants", None).await.json;
    let mut users = Vec::new();
    for t in tenants.as_array().unwrap() {
        let path = format!("/rest/v1/tenants/{}/switch", t["id"]);
        assert_eq!(
            admin(app, Method::POST, &path, None).await.status,
            StatusCode::OK
        );
        users.push(admin(app, Method::GET, "/rest/v1/users", None).await.json);
    }
    json!({"tenants": tenants, "users": users})
}

#[tokio::test]
async fn tenants_and_users_export_and_load_into_an_empty_instance_to_the_same_views() {
    let first = spawn_app_with(Some(FILE)).await;
    let r = admin(
        &first,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "globex"})),
    )
    .await;
    let globex = r.json["id"].as_i64().unwrap();
    let body = json!({"login": "carol", "email": "carol@example.com", "role": "EDITOR",
        "password": "carol-password", "tenantId": globex, "generateApiKey": true});
    let r = admin(&first, Method::POST, "/rest/v1/users", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let carol_key = r.json["apiKey"].as_str().unwrap().to_string();
    // Carol's connection (its password too), flow and schedule.
    let body = json!({"name": "Globex DB", "connectionType": "connection.db.postgres",
        "properties": {"field.connection.template.host": "db.example", "password": "pw"}});
    let r = call(
        &first,
        &carol_key,
        Method::POST,
        "/rest/v1/connections",
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let body = json!({"name": "Globex flow", "flowType": "flow.db.to.db",
        "connections": [r.json["id"]]});
    let r = call(
        &first,
        &carol_key,
        Method::POST,
        "/rest/v1/flows",
        Some(body),
    )
    .await;
    let body = json!({"name": "Hourly", "flowId": r.json["id"], "schedule": "60"});
    let r = call(
        &first,
        &carol_key,
        Method::POST,
        "/rest/v1/schedules",
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let carol_sees = resources(&first, &carol_key).await;
    let before = views(&first).await;
    let exported = export_with_the_cli(&first);
    first.stop().await;

    let second = spawn_app_with(Some(&exported)).await;
    assert_eq!(views(&second).await, before);
    // Carol's password and key came along (as hashes).
    assert_eq!(
        sign_in(&second, "carol", "carol-password").await.status,
        StatusCode::OK
    );
    let r = call(
        &second,
        &carol_key,
        Method::GET,
        "/rest/v1/userprofile",
        None,
    )
    .await;
    assert_eq!(r.json["tenantName"], "globex", "{}", r.text);
    assert_eq!(resources(&second, &carol_key).await, carol_sees);
    assert!(
        exported.contains("password: pw"),
        "secrets in clear: {exported}"
    );
    second.stop().await;
}
