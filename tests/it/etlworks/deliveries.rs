//! Webhook deliveries: a real event (a user created) delivered to a receiver on
//! 127.0.0.1 with Etlworks' headers, body, basic authentication and HMAC signature; a
//! failing receiver retried on the manual clock with every attempt listed; flow filters;
//! nothing sent for a deleted webhook; a claim held by a stopped replica taken again.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::store::etlworks::deliveries;
use understudy::surfaces::etlworks::events::{self, Event};
use understudy::surfaces::etlworks::webhooks::delivery;

use super::receiver::{closed_url, Receiver};
use super::webhooks::{create, hook};
use super::{admin, call, user_with_key};
use crate::helpers::{spawn_stopped_clock, TestApp, ADMIN_TOKEN, START_MS};

async fn deliver(app: &TestApp) -> usize {
    delivery::deliver_due(app.state())
        .await
        .expect("deliveries sent")
}

async fn attempts(app: &TestApp, id: i64, query: &str) -> (Vec<Value>, String) {
    let path = format!("/rest/v1/webhooks/{id}/events{query}");
    let r = call(app, ADMIN_TOKEN, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let total = r.headers["x-total-count"].to_str().unwrap().to_string();
    (r.json.as_array().unwrap().clone(), total)
}

#[tokio::test]
async fn a_created_user_is_delivered_with_headers_body_auth_and_signature() {
    let (app, _clock) = spawn_stopped_clock(7, None).await;
    let receiver = Receiver::start(&[]).await;
    let id = create(
        &app,
        ADMIN_TOKEN,
        hook("Users", &receiver.url, &["User.Created"]),
    )
    .await;
    assert_eq!(deliver(&app).await, 0, "nothing happened yet");
    let (user, _) = user_with_key(&app, "ada", "VIEWER", None).await;
    assert!(receiver.got().is_empty(), "no HTTP in the request itself");
    assert_eq!(deliver(&app).await, 1);

    let got = receiver.got();
    assert_eq!(got.len(), 1);
    let req = &got[0];
    assert_eq!(req.method, "POST");
    assert_eq!(req.target, "/hook");
    assert_eq!(req.header("content-type"), "application/json");
    assert_eq!(req.header("x-etl-webhook-event"), "User.Created");
    assert_eq!(req.header("x-etl-webhook-id"), id.to_string());
    assert_eq!(req.header("x-etl-webhook-entity-id"), user.to_string());
    assert_eq!(
        req.header("x-etl-webhook-entity-url"),
        format!("/rest/v1/users/{user}")
    );
    assert_eq!(req.header("x-team"), "data");
    // Basic authentication: base64("hook-user:hook-pass").
    assert_eq!(
        req.header("authorization"),
        "Basic aG9vay11c2VyOmhvb2stcGFzcw=="
    );
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"s3cret");
    let expected = hex::encode(ring::hmac::sign(&key, &req.body).as_ref());
    assert_eq!(
        req.header("x-etl-webhook-signature"),
        format!("sha256={expected}")
    );
    let body = req.json();
    let event_id = req.header("x-etl-webhook-event-id");
    assert!(uuid::Uuid::parse_str(event_id).is_ok(), "{event_id}");
    assert_eq!(body["eventId"], event_id);
    assert_eq!(body["eventType"], "User.Created");
    assert_eq!(body["webhookId"], id);
    assert_eq!(body["entityId"], user);
    assert_eq!(body["entityUrl"], format!("/rest/v1/users/{user}"));
    assert_eq!(body["timestamp"], START_MS);
    assert_eq!(body["entity"]["login"], "ada");
    assert!(
        body["entity"].get("apiKey").is_none_or(Value::is_null),
        "no clear key sent"
    );

    let (list, total) = attempts(&app, id, "").await;
    assert_eq!(total, "1");
    assert_eq!(list[0]["attempt"], 1);
    assert_eq!(list[0]["success"], true);
    assert_eq!(list[0]["responseStatus"], 200);
    assert_eq!(list[0]["responseBody"], "ok");
    assert_eq!(list[0]["eventId"], event_id);
    assert_eq!(list[0]["entityId"], user);
    assert!(list[0]["nextAttemptAt"].is_null());
    // Delivered once: nothing more to send.
    assert_eq!(deliver(&app).await, 0);
    assert_eq!(receiver.got().len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_failing_receiver_is_retried_with_backoff_and_each_attempt_is_listed() {
    let (app, clock) = spawn_stopped_clock(8, None).await;
    let receiver = Receiver::start(&[500, 503]).await;
    let flaky = create(
        &app,
        ADMIN_TOKEN,
        hook("Flaky", &receiver.url, &["User.Deleted"]),
    )
    .await;
    let dead = create(
        &app,
        ADMIN_TOKEN,
        hook("Dead", &closed_url().await, &["User.Deleted"]),
    )
    .await;
    let (user, _) = user_with_key(&app, "bo", "VIEWER", None).await;
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/users/{user}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);

    assert_eq!(deliver(&app).await, 2, "both tried at once");
    assert_eq!(deliver(&app).await, 0, "not due again yet");
    clock.advance(Duration::from_secs(59));
    assert_eq!(deliver(&app).await, 0);
    clock.advance(Duration::from_secs(1));
    assert_eq!(deliver(&app).await, 2, "the second try, a minute later");
    clock.advance(Duration::from_secs(5 * 60));
    assert_eq!(deliver(&app).await, 2, "the third, five minutes later");
    assert_eq!(receiver.pending_statuses(), 0);

    let (list, total) = attempts(&app, flaky, "").await;
    assert_eq!(total, "3");
    let tries: Vec<(i64, bool, i64)> = list
        .iter()
        .map(|a| {
            (
                a["attempt"].as_i64().unwrap(),
                a["success"].as_bool().unwrap(),
                a["responseStatus"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(tries, [(3, true, 200), (2, false, 503), (1, false, 500)]);
    assert_eq!(list[2]["nextAttemptAt"], "2025-11-27T07:43:00Z");
    assert_eq!(
        list[1]["eventId"], list[0]["eventId"],
        "one event, the same id each time"
    );
    let (failed, total) = attempts(&app, flaky, "?success=false").await;
    assert_eq!((failed.len(), total.as_str()), (2, "2"));
    let got = receiver.got();
    assert_eq!(got.len(), 3);
    assert!(got
        .iter()
        .all(|r| r.header("x-etl-webhook-event") == "User.Deleted"));

    // Nobody listens at the dead one's URL: six tries in all, then it gives up.
    for _ in 0..10 {
        clock.advance(Duration::from_secs(360 * 60));
        deliver(&app).await;
    }
    let (list, total) = attempts(&app, dead, "").await;
    assert_eq!(total, "6");
    assert!(list
        .iter()
        .all(|a| a["success"] == false && a["responseStatus"].is_null()));
    assert_eq!(list[0]["error"], "could not connect");
    assert!(list[0]["nextAttemptAt"].is_null(), "no try after the last");
    assert!(list[1]["nextAttemptAt"].is_string());
    app.stop().await;
}

#[tokio::test]
async fn flow_filters_pick_the_webhooks_a_flow_event_goes_to() {
    let (app, _clock) = spawn_stopped_clock(9, None).await;
    let receiver = Receiver::start(&[]).await;
    let with = |name: &str, includes: Value, excludes: Value, enabled: bool| {
        let mut body = hook(name, &receiver.url, &["Flow.Executed", "User.Created"]);
        body["flowIncludes"] = includes;
        body["flowExcludes"] = excludes;
        body["enabled"] = json!(enabled);
        body
    };
    let only3 = create(
        &app,
        ADMIN_TOKEN,
        with("Only 3", json!([3]), json!([]), true),
    )
    .await;
    let not3 = create(
        &app,
        ADMIN_TOKEN,
        with("Not 3", json!([]), json!([3]), true),
    )
    .await;
    let all = create(&app, ADMIN_TOKEN, with("All", json!([]), json!([]), true)).await;
    create(&app, ADMIN_TOKEN, with("Off", json!([]), json!([]), false)).await;
    let tenant = app.state().db.clone();
    let tenant_id = call(&app, ADMIN_TOKEN, Method::GET, "/rest/v1/tenants", None)
        .await
        .json[0]["id"]
        .as_i64()
        .unwrap() as i32;
    for flow in [3, 4] {
        let event = Event {
            name: events::FLOW_EXECUTED,
            entity_id: 1000 + i64::from(flow),
            entity_url: format!("/rest/v1/flows/{flow}?auditId={}", 1000 + flow),
            entity: json!({"flowId": flow, "status": "success"}),
            flow_id: Some(flow),
        };
        events::emit(&tenant, app.state(), tenant_id, event)
            .await
            .expect("emitted");
    }
    // A user event concerns no flow: the flow filters do not hold it back.
    user_with_key(&app, "cy", "VIEWER", None).await;
    assert_eq!(deliver(&app).await, 7);
    let mut heard: Vec<(i64, String)> = receiver
        .got()
        .iter()
        .map(|r| {
            (
                r.header("x-etl-webhook-id").parse().unwrap(),
                r.header("x-etl-webhook-entity-id").to_string(),
            )
        })
        .collect();
    heard.sort();
    let mut expected = vec![
        (only3, "1003".to_string()),
        (not3, "1004".to_string()),
        (all, "1003".to_string()),
        (all, "1004".to_string()),
    ];
    let cy = heard
        .iter()
        .find(|(_, e)| !e.starts_with("100"))
        .unwrap()
        .1
        .clone();
    expected.extend([(only3, cy.clone()), (not3, cy.clone()), (all, cy)]);
    expected.sort();
    assert_eq!(heard, expected);
    app.stop().await;
}

#[tokio::test]
async fn a_webhook_deleted_or_disabled_before_its_delivery_gets_nothing() {
    let (app, _clock) = spawn_stopped_clock(10, None).await;
    let receiver = Receiver::start(&[]).await;
    let gone = create(
        &app,
        ADMIN_TOKEN,
        hook("Gone", &receiver.url, &["User.Created"]),
    )
    .await;
    let off = create(
        &app,
        ADMIN_TOKEN,
        hook("Off", &receiver.url, &["User.Created"]),
    )
    .await;
    user_with_key(&app, "di", "VIEWER", None).await;
    let r = admin(
        &app,
        Method::DELETE,
        &format!("/rest/v1/webhooks/{gone}"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let mut body = hook("Off", &receiver.url, &["User.Created"]);
    body["enabled"] = json!(false);
    let r = admin(
        &app,
        Method::PUT,
        &format!("/rest/v1/webhooks/{off}"),
        Some(body),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(deliver(&app).await, 2, "both claimed, and canceled");
    assert!(receiver.got().is_empty());
    assert_eq!(attempts(&app, off, "").await.1, "0");
    let states: Vec<String> = deliveries::of_webhook(&app.state().db, off as i32)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.state)
        .collect();
    assert_eq!(states, ["canceled"]);
    app.stop().await;
}

#[tokio::test]
async fn a_claim_is_taken_once_and_a_stale_one_is_taken_again() {
    let (app, clock) = spawn_stopped_clock(11, None).await;
    let receiver = Receiver::start(&[]).await;
    let id = create(
        &app,
        ADMIN_TOKEN,
        hook("Once", &receiver.url, &["User.Created"]),
    )
    .await;
    user_with_key(&app, "ed", "VIEWER", None).await;
    let db = &app.state().db;
    let queued = deliveries::of_webhook(db, id as i32).await.unwrap();
    assert_eq!(queued.len(), 1);
    let now = START_MS;
    let stale = now - delivery::STALE_MS;
    // Two replicas race for it: one wins.
    assert!(deliveries::claim(db, queued[0].id, now, stale)
        .await
        .unwrap());
    assert!(!deliveries::claim(db, queued[0].id, now, stale)
        .await
        .unwrap());
    // Its holder stopped before sending: nobody else takes it while the claim is fresh…
    assert_eq!(deliver(&app).await, 0);
    clock.advance(Duration::from_millis(delivery::STALE_MS as u64));
    assert_eq!(deliver(&app).await, 0);
    // …and once it is stale, it is sent (not lost), once.
    clock.advance(Duration::from_millis(1));
    assert_eq!(deliver(&app).await, 1);
    assert_eq!(deliver(&app).await, 0);
    assert_eq!(receiver.got().len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_slow_receiver_holds_back_no_tick_of_the_job_loop() {
    let (app, _clock) = spawn_stopped_clock(9, None).await;
    // A receiver that takes the connection and never answers while the test holds it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let id = create(&app, ADMIN_TOKEN, hook("Slow", &url, &["User.Created"])).await;
    user_with_key(&app, "ada", "VIEWER", None).await;

    // The loop's step starts the batch and returns well before a try's 10 s timeout.
    let courier = delivery::Courier::default();
    let step = tokio::time::timeout(Duration::from_secs(5), courier.step(app.state()));
    step.await.expect("the step does not wait").unwrap();
    let accepted = tokio::time::timeout(Duration::from_secs(5), listener.accept());
    let (held, _) = accepted.await.expect("the delivery connects").unwrap();
    // While that batch is in flight a step starts no other.
    courier.step(app.state()).await.unwrap();
    drop((held, listener));
    courier.shutdown().await;
    let (list, total) = attempts(&app, id, "").await;
    assert_eq!(total, "1", "one try, by the one batch");
    assert_eq!(list[0]["success"], false);
}
