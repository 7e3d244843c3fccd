//! Execution metrics computed from the executions: a window's count, success rate and
//! average duration (default the last 7 days, one flow on request, any role), and the
//! reporting API's per-flow aggregates for one UTC day given as `date` or `offset` (not
//! both), Administrators only, another tenant's for a Super Admin alone.

use reqwest::{Method, StatusCode};
use sea_orm::Set;
use serde_json::json;
use understudy::store::entities::et_execution;

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_stopped_clock, TestApp, START_MS};

const DAY: i64 = 24 * 3600 * 1000;
const SECOND: i64 = 1000;

/// An execution of `flow` in `tenant`, queued at `at`, that ran `ran` ms (none: queued).
async fn execution(
    app: &TestApp,
    tenant: i32,
    flow: (i32, &str),
    status: &str,
    at: i64,
    ran: Option<i64>,
    records: i64,
) {
    let row = et_execution::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(tenant),
        flow_id: Set(flow.0),
        flow_name: Set(flow.1.into()),
        status: Set(status.into()),
        parameters: Set("{}".into()),
        event_id: Set(None),
        event_name: Set(None),
        message_id: Set(None),
        parent_audit_id: Set(None),
        retries: Set(None),
        started_by: Set(1),
        owner: Set("admin".into()),
        queued_at: Set(at),
        started_at: Set(ran.map(|_| at + SECOND)),
        finished_at: Set(ran.map(|d| at + SECOND + d)),
        exception: Set(None),
        records_processed: Set(records),
        metrics: Set("[]".into()),
        tasks: Set("[]".into()),
        claimed_at: Set(None),
        cancel_requested: Set(false),
        exclusive: Set(true),
        due_at: Set(None),
    };
    understudy::store::etlworks::executions::insert(&app.state().db, row)
        .await
        .expect("an execution");
}

/// Today (2025-11-27, the clock's day): three runs of flow 1, one of flow 2, one queued;
/// yesterday one of flow 1; ten days ago one (outside the default window); and one in
/// another tenant (2).
async fn history(app: &TestApp) {
    let orders = (1, "Load orders");
    let invoices = (2, "Sync invoices");
    let today = START_MS - 3600 * SECOND;
    execution(app, 1, orders, "success", today, Some(4 * SECOND), 100).await;
    execution(
        app,
        1,
        orders,
        "success",
        today + SECOND,
        Some(6 * SECOND),
        50,
    )
    .await;
    execution(
        app,
        1,
        orders,
        "error",
        today + 2 * SECOND,
        Some(2 * SECOND),
        0,
    )
    .await;
    execution(app, 1, invoices, "warning", today, Some(8 * SECOND), 7).await;
    execution(app, 1, invoices, "queued", today + 3 * SECOND, None, 0).await;
    execution(app, 1, orders, "canceled", START_MS - DAY, Some(SECOND), 1).await;
    execution(
        app,
        1,
        orders,
        "success",
        START_MS - 10 * DAY,
        Some(SECOND),
        1,
    )
    .await;
    execution(app, 2, orders, "success", today, Some(SECOND), 1).await;
}

async fn tenant_two(app: &TestApp) {
    let r = admin(
        app,
        Method::POST,
        "/rest/v1/tenants",
        Some(json!({"name": "globex"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.json["id"], 2);
}

#[tokio::test]
async fn the_summary_counts_the_windows_executions_of_every_role() {
    let (app, _clock) = spawn_stopped_clock(41, None).await;
    tenant_two(&app).await;
    history(&app).await;
    let (_, viewer) = user_with_key(&app, "met-viewer", "VIEWER", Some(1)).await;
    let path = "/rest/v1/metrics/executions/summary";
    let r = call(&app, &viewer, Method::GET, path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // 6 in the last 7 days: 2 success, 1 warning, 1 error, 1 canceled, 1 queued.
    assert_eq!(r.json["executions"], 6, "{}", r.text);
    assert_eq!(r.json["succeeded"], 2);
    assert_eq!(r.json["warnings"], 1);
    assert_eq!(r.json["failed"], 1);
    assert_eq!(r.json["canceled"], 1);
    assert_eq!(r.json["successRate"], 0.4);
    assert_eq!(r.json["avgDurationMs"], 4200.0);
    assert_eq!(r.json["to"], "2025-11-27T07:42:00Z");
    assert_eq!(r.json["from"], "2025-11-20T07:42:00Z");
    // One flow, a wider window.
    let q = format!("{path}?flowId=1&from=2025-11-01T00:00:00Z&to=2025-11-28T00:00:00Z");
    let r = call(&app, &viewer, Method::GET, &q, None).await;
    assert_eq!(r.json["executions"], 5, "{}", r.text);
    assert_eq!(r.json["succeeded"], 3);
    // A flow of no run, and a window that ends before it starts.
    let r = call(
        &app,
        &viewer,
        Method::GET,
        &format!("{path}?flowId=99"),
        None,
    )
    .await;
    assert_eq!(r.json["executions"], 0);
    assert_eq!(r.json["successRate"], 0.0);
    let q = format!("{path}?from=2025-11-28T00:00:00Z&to=2025-11-01T00:00:00Z");
    let r = call(&app, &viewer, Method::GET, &q, None).await;
    refused(&r, StatusCode::BAD_REQUEST, path, "Field 'from'");
    app.stop().await;
}

#[tokio::test]
async fn the_report_aggregates_one_day_per_flow_for_administrators() {
    let (app, _clock) = spawn_stopped_clock(42, None).await;
    tenant_two(&app).await;
    history(&app).await;
    let (_, boss) = user_with_key(&app, "met-admin", "ADMINISTRATOR", Some(1)).await;
    let (_, editor) = user_with_key(&app, "met-editor", "EDITOR", Some(1)).await;
    let path = "/rest/v1/metrics/executions";
    let r = call(
        &app,
        &boss,
        Method::GET,
        &format!("{path}?includeMetrics=true"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!([
            {"flowId": 1, "flowName": "Load orders", "executions": 3, "success": 2, "warnings": 0,
             "errors": 1, "canceled": 0, "totalDurationMs": 12000, "avgDurationMs": 4000.0,
             "recordsProcessed": 150},
            {"flowId": 2, "flowName": "Sync invoices", "executions": 2, "success": 0, "warnings": 1,
             "errors": 0, "canceled": 0, "totalDurationMs": 8000, "avgDurationMs": 8000.0,
             "recordsProcessed": 7}
        ])
    );
    // Yesterday, by offset or by date; no metrics unless asked.
    let by_offset = call(&app, &boss, Method::GET, &format!("{path}?offset=1"), None).await;
    let by_date = call(
        &app,
        &boss,
        Method::GET,
        &format!("{path}?date=2025-11-26"),
        None,
    )
    .await;
    assert_eq!(by_offset.json, by_date.json);
    assert_eq!(
        by_offset.json.as_array().unwrap().len(),
        1,
        "{}",
        by_offset.text
    );
    assert_eq!(by_offset.json[0]["canceled"], 1);
    assert!(by_offset.json[0]
        .get("recordsProcessed")
        .is_none_or(|v| v.is_null()));
    // Both, a bad date, an Editor, another tenant by a mere Administrator.
    let r = call(
        &app,
        &boss,
        Method::GET,
        &format!("{path}?date=2025-11-26&offset=0"),
        None,
    )
    .await;
    refused(&r, StatusCode::BAD_REQUEST, path, "not both");
    let r = call(
        &app,
        &boss,
        Method::GET,
        &format!("{path}?date=26.11.2025"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let r = call(&app, &editor, Method::GET, path, None).await;
    refused(&r, StatusCode::FORBIDDEN, path, "Administrator");
    let r = call(
        &app,
        &boss,
        Method::GET,
        &format!("{path}?tenantId=2"),
        None,
    )
    .await;
    refused(&r, StatusCode::FORBIDDEN, path, "Super Admin");
    // The Super Admin reads tenant 2's, and an unknown tenant is a 404.
    let r = admin(&app, Method::GET, &format!("{path}?tenantId=2"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json.as_array().unwrap().len(), 1);
    assert_eq!(r.json[0]["executions"], 1);
    let r = admin(&app, Method::GET, &format!("{path}?tenantId=77"), None).await;
    refused(&r, StatusCode::NOT_FOUND, path, "Tenant 77");
    app.stop().await;
}
