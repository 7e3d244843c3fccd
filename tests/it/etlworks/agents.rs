//! On-prem agents and billing, from a fixtures file: agents are listed, filtered and read
//! by every role of their tenant (another tenant's is a 404); an Administrator restarts
//! an online agent, which is `restarting` until the job loop brings it back 30 seconds
//! later on the server's clock; an offline one is a 409. The subscription and invoices
//! follow from the tenant's tier, users, executions and age.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::json;
use understudy::surfaces::etlworks::operations::agents;

use super::{call, refused};
use crate::helpers::spawn_stopped_clock;

const FILE: &str = r#"
users:
  - {email: ada@example.com, password: ada-password, first_name: Ada, last_name: Lovelace,
     tokens: [{product: etlworks, name: ci, token: ewk_ada_agents_key}]}
  - {email: bob@example.com, password: bob-password, first_name: Bob, last_name: Builder,
     tokens: [{product: etlworks, name: ci, token: ewk_bob_agents_key}]}
etlworks:
  tenants:
    - {id: 7, name: acme, createdAt: 1755216000000}
    - {id: 8, name: globex}
  users:
    - {email: ada@example.com, login: ada, role: ADMINISTRATOR, tenant: acme}
    - {email: bob@example.com, role: VIEWER, tenant: acme}
  agents:
    - {tenant: acme, name: dc1-worker-01, hostname: etl-agent-01.corp.example.com, version: 9.4.2,
       lastSeenAt: 1764229290000, runningFlows: 2}
    - {tenant: acme, name: dc1-worker-02, hostname: etl-agent-02.corp.example.com, status: offline}
    - {tenant: globex, name: other-worker, hostname: other.example.com}
  subscriptions:
    - {tenant: acme, tier: Enterprise}
"#;

const ADA: &str = "ewk_ada_agents_key";
const BOB: &str = "ewk_bob_agents_key";

#[tokio::test]
async fn agents_are_listed_read_and_restarted_until_the_job_loop_brings_them_back() {
    let (app, clock) = spawn_stopped_clock(51, Some(FILE)).await;
    let r = call(&app, BOB, Method::GET, "/rest/v1/agents", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "2");
    let first = r.json[0].clone();
    assert_eq!(
        first,
        json!({"id": first["id"], "name": "dc1-worker-01", "hostname": "etl-agent-01.corp.example.com",
               "version": "9.4.2", "status": "online", "lastSeenAt": "2025-11-27T07:41:30Z",
               "runningFlows": 2})
    );
    let (online, offline) = (
        first["id"].as_i64().unwrap(),
        r.json[1]["id"].as_i64().unwrap(),
    );
    let r = call(
        &app,
        BOB,
        Method::GET,
        "/rest/v1/agents?status=offline",
        None,
    )
    .await;
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(r.json[0]["name"], "dc1-worker-02");
    // Globex's agent is not acme's: a 404.
    let theirs = online.max(offline) + 1;
    let path = format!("/rest/v1/agents/{theirs}");
    refused(
        &call(&app, ADA, Method::GET, &path, None).await,
        StatusCode::NOT_FOUND,
        &path,
        "Agent",
    );
    let restart = |id: i64| format!("/rest/v1/agents/{id}/restart");
    refused(
        &call(&app, ADA, Method::POST, &restart(theirs), None).await,
        StatusCode::NOT_FOUND,
        &restart(theirs),
        "Agent",
    );
    // A Viewer may not restart; an offline agent cannot be: nothing changes.
    let r = call(&app, BOB, Method::POST, &restart(online), None).await;
    refused(&r, StatusCode::FORBIDDEN, &restart(online), "Administrator");
    let r = call(&app, ADA, Method::POST, &restart(offline), None).await;
    refused(&r, StatusCode::CONFLICT, &restart(offline), "offline");
    let r = call(&app, ADA, Method::GET, "/rest/v1/agents", None).await;
    assert_eq!(r.json[0]["status"], "online");
    assert_eq!(r.json[1]["status"], "offline");
    // The administrator restarts the online one.
    let r = call(&app, ADA, Method::POST, &restart(online), None).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    assert_eq!(r.json["status"], "restarting");
    let agent = format!("/rest/v1/agents/{online}");
    assert_eq!(
        call(&app, BOB, Method::GET, &agent, None).await.json["status"],
        "restarting"
    );
    // Not before its 30 seconds are up.
    clock.advance(Duration::from_secs(29));
    assert_eq!(agents::step(app.state()).await.unwrap(), 0);
    assert_eq!(
        call(&app, BOB, Method::GET, &agent, None).await.json["status"],
        "restarting"
    );
    clock.advance(Duration::from_secs(1));
    assert_eq!(agents::step(app.state()).await.unwrap(), 1);
    let r = call(&app, BOB, Method::GET, &agent, None).await;
    assert_eq!(r.json["status"], "online");
    assert_eq!(r.json["lastSeenAt"], "2025-11-27T07:42:30Z");
    // The restart is in the audit log.
    let r = call(
        &app,
        ADA,
        Method::GET,
        "/rest/v1/audit?resourceType=agent",
        None,
    )
    .await;
    assert_eq!(r.json.as_array().map(Vec::len), Some(1), "{}", r.text);
    // The fixtures export the agents as they load them (a restart ends as online).
    let exported = understudy::surfaces::etlworks::fixtures::export(app.state())
        .await
        .unwrap();
    let names: Vec<&str> = exported.agents.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["dc1-worker-01", "dc1-worker-02", "other-worker"]);
    assert_eq!(exported.subscriptions.len(), 1);
    assert_eq!(exported.subscriptions[0].tier, "Enterprise");
    app.stop().await;
}

#[tokio::test]
async fn the_subscription_and_invoices_follow_from_the_tenant_and_the_clock() {
    let (app, clock) = spawn_stopped_clock(52, Some(FILE)).await;
    super::system::ended_execution_in(&app, 7, 1_764_000_000_000).await; // 2025-11-24
    super::system::ended_execution_in(&app, 7, 1_761_000_000_000).await; // 2025-10-20
    let r = call(
        &app,
        BOB,
        Method::GET,
        "/rest/v1/billing/subscription",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"tier": "Enterprise", "status": "active", "seats": 100, "seatsUsed": 2,
               "allowanceUnit": "executions", "allowance": 1_000_000, "allowanceUsed": 1,
               "periodStart": "2025-11-01T00:00:00Z", "periodEnd": "2025-11-30T23:59:59Z"})
    );
    // Acme was created 2025-08-15: August, September and October have ended.
    let r = call(&app, BOB, Method::GET, "/rest/v1/billing/invoices", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["x-total-count"], "3");
    assert_eq!(
        r.json[0],
        json!({"id": "INV-2025-7-10", "issuedAt": "2025-11-01T00:00:00Z",
               "dueAt": "2025-11-15T00:00:00Z", "amount": 4990.0, "currency": "USD",
               "status": "paid", "pdfUrl": null})
    );
    assert_eq!(r.json[2]["id"], "INV-2025-7-08");
    let r = call(
        &app,
        BOB,
        Method::GET,
        "/rest/v1/billing/invoices?limit=1&offset=1",
        None,
    )
    .await;
    assert_eq!(r.json.as_array().unwrap().len(), 1);
    assert_eq!(r.json[0]["id"], "INV-2025-7-09");
    // In December, November's invoice is issued and open until due.
    clock.advance(Duration::from_secs(8 * 24 * 3600));
    let r = call(&app, BOB, Method::GET, "/rest/v1/billing/invoices", None).await;
    assert_eq!(r.headers["x-total-count"], "4");
    assert_eq!(r.json[0]["id"], "INV-2025-7-11");
    assert_eq!(r.json[0]["status"], "open");
    let r = call(
        &app,
        BOB,
        Method::GET,
        "/rest/v1/billing/subscription",
        None,
    )
    .await;
    assert_eq!(r.json["periodStart"], "2025-12-01T00:00:00Z");
    assert_eq!(r.json["allowanceUsed"], 0);
    // Globex, made in November, has the default tier and November's invoice.
    let r = super::admin(&app, Method::POST, "/rest/v1/tenants/8/switch", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = super::admin(&app, Method::GET, "/rest/v1/billing/subscription", None).await;
    assert_eq!(r.json["tier"], "Business", "{}", r.text);
    assert_eq!(r.json["seats"], 20);
    let r = super::admin(&app, Method::GET, "/rest/v1/billing/invoices", None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    assert_eq!(r.json[0]["id"], "INV-2025-8-11");
    assert_eq!(r.json[0]["amount"], 1490.0);
    app.stop().await;
}
