//! Sending queued webhook deliveries, beside the Etlworks job loop ([`Courier`]: one
//! batch at a time, so a slow receiver never holds back runs or schedules). Each batch claims
//! the due deliveries through the database (so two replicas never send one twice; a
//! replica that stopped mid-delivery leaves a claim that goes stale and is taken again,
//! so nothing is lost), sends them at once with a bounded timeout, records every attempt
//! and either ends the delivery or schedules the next try: 1, 5, 25, 125 and 360 minutes
//! after a failure, [`MAX_ATTEMPTS`] tries in all. Time comes from the state's clock.

use std::sync::OnceLock;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use ring::hmac;
use tokio::task::JoinHandle;

use crate::state::AppState;
use crate::store::entities::{et_webhook, et_webhook_attempt, et_webhook_delivery as delivery};
use crate::store::etlworks::deliveries::{self, Settled};
use crate::store::etlworks::webhooks;
use crate::store::StoreError;

/// Tries per delivery, the first included.
pub const MAX_ATTEMPTS: i32 = 6;
/// Minutes to wait after the n-th failed try (the last one is the cap).
const BACKOFF_MINUTES: [i64; 5] = [1, 5, 25, 125, 360];
/// The longest one try may take, connecting included.
pub const TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// A claim older than this belongs to a replica that stopped mid-delivery (a try takes
/// at most [`TIMEOUT`]), so the delivery is taken again.
pub const STALE_MS: i64 = 5 * 60 * 1000;
/// The most deliveries one tick sends.
const BATCH: u64 = 20;
/// How much of an answer's body an attempt keeps.
const KEPT_BODY: usize = 1024;
/// The signature header: `sha256=<hex HMAC-SHA256 of the body, keyed by the secret>`.
pub const SIGNATURE_HEADER: &str = "X-Etl-Webhook-Signature";

/// The job loop's batch of deliveries in flight: each tick starts the next batch only
/// once the last one ended, as a task of its own, and reports the last one's failure.
#[derive(Default)]
pub struct Courier {
    in_flight: tokio::sync::Mutex<Option<JoinHandle<Result<usize, StoreError>>>>,
}

impl Courier {
    /// Starts a batch unless one is still sending; the error of the batch that ended.
    pub async fn step(&self, state: &AppState) -> Result<(), StoreError> {
        let mut slot = self.in_flight.lock().await;
        if slot.as_ref().is_some_and(|batch| !batch.is_finished()) {
            return Ok(());
        }
        let ended = slot.take();
        let state = state.clone();
        *slot = Some(tokio::spawn(async move { deliver_due(&state).await }));
        match ended {
            Some(batch) => settled(batch.await),
            None => Ok(()),
        }
    }

    /// Waits for the batch in flight (each try is bounded by [`TIMEOUT`]).
    pub async fn shutdown(&self) {
        if let Some(batch) = self.in_flight.lock().await.take() {
            if let Err(e) = settled(batch.await) {
                tracing::error!(error = %e, "etlworks: webhook deliveries failed");
            }
        }
    }
}

fn settled(
    ended: Result<Result<usize, StoreError>, tokio::task::JoinError>,
) -> Result<(), StoreError> {
    match ended {
        Ok(result) => result.map(drop),
        Err(e) => {
            tracing::error!(error = %e, "etlworks: a batch of webhook deliveries panicked");
            Ok(())
        }
    }
}

/// Sends every due delivery (up to a batch); how many were claimed.
pub async fn deliver_due(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now_ms();
    let stale_before = now.saturating_sub(STALE_MS);
    let due = deliveries::due(&state.db, now, stale_before, BATCH).await?;
    let mut sending = tokio::task::JoinSet::new();
    for d in due {
        if deliveries::claim(&state.db, d.id, now, stale_before).await? {
            let state = state.clone();
            sending.spawn(async move { attempt(&state, d, now).await });
        }
    }
    let claimed = sending.len();
    let mut first_error = None;
    while let Some(done) = sending.join_next().await {
        match done {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                first_error.get_or_insert(e);
            }
            Err(e) => tracing::error!(error = %e, "etlworks: a webhook delivery panicked"),
        }
    }
    first_error.map_or(Ok(claimed), Err)
}

/// One try at `d`, claimed at `held`.
async fn attempt(state: &AppState, d: delivery::Model, held: i64) -> Result<(), StoreError> {
    let hook = webhooks::live_by_id(&state.db, d.webhook_id).await?;
    let Some(hook) = hook.filter(|h| h.enabled && !h.url.is_empty()) else {
        // Deleted, disabled or emptied since the event: nothing more to send.
        let settled = Settled {
            state: "canceled",
            attempts: d.attempts,
            next_attempt_at: d.next_attempt_at,
        };
        deliveries::settle(&state.db, d.id, held, settled).await?;
        return Ok(());
    };
    let started = state.now_ms();
    let outcome = send(&hook, &d).await;
    let finished = state.now_ms();
    let tries = d.attempts + 1;
    let success = outcome.status.is_some_and(|s| (200..300).contains(&s));
    let settled = if success {
        Settled {
            state: "delivered",
            attempts: tries,
            next_attempt_at: d.next_attempt_at,
        }
    } else if tries >= MAX_ATTEMPTS {
        Settled {
            state: "failed",
            attempts: tries,
            next_attempt_at: d.next_attempt_at,
        }
    } else {
        Settled {
            state: "pending",
            attempts: tries,
            next_attempt_at: finished.saturating_add(backoff_ms(tries)),
        }
    };
    let next = (settled.state == "pending").then_some(settled.next_attempt_at);
    let row = et_webhook_attempt::Model {
        id: 0,
        delivery_id: d.id,
        webhook_id: d.webhook_id,
        event_id: d.event_id.clone(),
        event_type: d.event_type.clone(),
        entity_id: d.entity_id,
        attempt: tries,
        attempted_at: started,
        request_url: outcome.url,
        response_status: outcome.status,
        response_body: outcome.body,
        duration_ms: finished.saturating_sub(started).max(0),
        success,
        error: outcome.error,
        next_attempt_at: next,
    };
    let tx = crate::store::begin(&state.db).await?;
    deliveries::record(&tx, row).await?;
    if !deliveries::settle(&tx, d.id, held, settled).await? {
        // The claim went stale and another replica took the delivery: it decides now.
        tracing::warn!(
            delivery = d.id,
            "etlworks: a webhook delivery was taken over"
        );
    }
    tx.commit().await?;
    Ok(())
}

/// The wait after the `tries`-th failure.
fn backoff_ms(tries: i32) -> i64 {
    let i = usize::try_from(tries - 1).unwrap_or(0);
    let minutes = BACKOFF_MINUTES[i.min(BACKOFF_MINUTES.len() - 1)];
    minutes * 60 * 1000
}

/// What one try got.
struct Outcome {
    url: String,
    status: Option<i32>,
    body: Option<String>,
    error: Option<String>,
}

/// Sends `d` to `hook` as Etlworks does: its headers, basic authentication, the body
/// (a POST) or the same fields as the query (a GET), signed when a secret is set.
async fn send(hook: &et_webhook::Model, d: &delivery::Model) -> Outcome {
    let failed = |url: String, error: String| Outcome {
        url,
        status: None,
        body: None,
        error: Some(error),
    };
    let Ok(mut url) = reqwest::Url::parse(&hook.url) else {
        return failed(hook.url.clone(), "the URL does not parse".into());
    };
    let payload: serde_json::Value = serde_json::from_str(&d.payload).unwrap_or_default();
    let get = hook.method == "GET";
    let signed: Vec<u8> = if get {
        if let Some(fields) = payload.as_object() {
            let mut query = url.query_pairs_mut();
            for (key, value) in fields.iter().filter(|(k, _)| k.as_str() != "entity") {
                let text = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string);
                query.append_pair(key, &text);
            }
        }
        url.query().unwrap_or_default().as_bytes().to_vec()
    } else {
        d.payload.clone().into_bytes()
    };
    let Some(client) = client() else {
        return failed(url.to_string(), "no HTTP client could be built".into());
    };
    let mut request = if get {
        client.get(url.clone())
    } else {
        client
            .post(url.clone())
            .header(CONTENT_TYPE, hook.content_type.as_str())
            .body(signed.clone())
    };
    request = request.headers(headers(hook, d, &signed));
    if let Some(user) = &hook.basic_user {
        request = request.basic_auth(user, hook.basic_pass.as_ref());
    }
    match request.send().await {
        Ok(response) => {
            let status = i32::from(response.status().as_u16());
            let body = kept_body(response).await;
            Outcome {
                url: url.to_string(),
                status: Some(status),
                body: Some(body),
                error: None,
            }
        }
        Err(e) => failed(url.to_string(), describe(&e)),
    }
}

/// Etlworks' `X-Etl-Webhook-*` headers, the signature and the webhook's own headers.
fn headers(hook: &et_webhook::Model, d: &delivery::Model, signed: &[u8]) -> HeaderMap {
    let mut map = HeaderMap::new();
    let mut put = |name: &str, value: &str| {
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            map.append(n, v);
        }
    };
    let custom: Vec<(String, String)> =
        serde_json::from_str::<Vec<serde_json::Value>>(&hook.headers)
            .unwrap_or_default()
            .iter()
            .filter_map(|h| Some((h["key"].as_str()?.into(), h["value"].as_str()?.into())))
            .collect();
    for (key, value) in &custom {
        put(key, value);
    }
    put("X-Etl-Webhook-Event-Id", &d.event_id);
    put("X-Etl-Webhook-Event", &d.event_type);
    put("X-Etl-Webhook-Id", &d.webhook_id.to_string());
    put("X-Etl-Webhook-Entity-Id", &d.entity_id.to_string());
    put("X-Etl-Webhook-Entity-URL", &d.entity_url);
    if let Some(secret) = &hook.secret {
        put(SIGNATURE_HEADER, &signature(secret, signed));
    }
    map
}

/// `sha256=` and the lower-case hex HMAC-SHA256 of `bytes` keyed by `secret`.
pub fn signature(secret: &str, bytes: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
    format!("sha256={}", hex::encode(hmac::sign(&key, bytes).as_ref()))
}

/// One client for every delivery: bounded timeouts, no redirects followed (a 3xx is a
/// failed try), no proxy from the environment, and no idle connections kept (targets
/// vary, and a pooled connection belongs to the runtime that opened it).
fn client() -> Option<&'static reqwest::Client> {
    static CLIENT: OnceLock<Option<reqwest::Client>> = OnceLock::new();
    CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .timeout(TIMEOUT)
                .connect_timeout(CONNECT_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .pool_max_idle_per_host(0)
                .user_agent("Understudy-Etlworks-Webhooks/1")
                .build()
                .map_err(|e| tracing::error!(error = %e, "etlworks: no webhook HTTP client"))
                .ok()
        })
        .as_ref()
}

/// The first [`KEPT_BODY`] bytes of the answer (read no further), as text.
async fn kept_body(mut response: reqwest::Response) -> String {
    let mut kept: Vec<u8> = Vec::new();
    while kept.len() < KEPT_BODY {
        match response.chunk().await {
            Ok(Some(chunk)) => kept.extend_from_slice(&chunk),
            _ => break,
        }
    }
    kept.truncate(KEPT_BODY);
    String::from_utf8_lossy(&kept).into_owned()
}

/// Why a try got no answer, in words a client can act on.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("timed out after {} s", TIMEOUT.as_secs())
    } else if e.is_connect() {
        "could not connect".into()
    } else {
        "the request failed".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop_at_the_cap() {
        let minutes: Vec<i64> = (1..=7).map(|t| backoff_ms(t) / 60_000).collect();
        assert_eq!(minutes, [1, 5, 25, 125, 360, 360, 360]);
    }

    #[test]
    fn the_signature_is_the_hex_hmac_of_the_body() {
        // RFC 4231, test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
