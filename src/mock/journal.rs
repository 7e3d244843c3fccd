//! The layer around the mock's surfaces: added latency, the `Preference-Applied` and
//! login cookie headers, replayed reads, and the request journal the control API reads.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use poem::http::HeaderValue;
use poem::{Endpoint, Middleware, Request, Response};
use rand09::Rng;

use crate::mock::engine::{Engine, Notes, NotesSlot};
use crate::mock::replay::Replay;

/// How many requests the journal keeps.
pub const JOURNAL_CAPACITY: usize = 1000;

/// One journaled request.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub at: chrono::DateTime<chrono::Utc>,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub duration: Duration,
    pub product: Option<&'static str>,
}

/// The last [`JOURNAL_CAPACITY`] product requests, oldest first.
#[derive(Default)]
pub struct Journal {
    entries: Mutex<VecDeque<Entry>>,
}

impl Journal {
    pub fn push(&self, entry: Entry) {
        if let Ok(mut e) = self.entries.lock() {
            if e.len() == JOURNAL_CAPACITY {
                e.pop_front();
            }
            e.push_back(entry);
        }
    }

    /// Newest first.
    pub fn snapshot(&self) -> Vec<Entry> {
        self.entries
            .lock()
            .map(|e| e.iter().rev().cloned().collect())
            .unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.clear();
        }
    }
}

/// Wraps the dispatcher in mock mode.
pub struct MockLayer {
    pub engine: Arc<Engine>,
    pub journal: Arc<Journal>,
}

impl<E: Endpoint<Output = Response>> Middleware<E> for MockLayer {
    type Output = MockLayerEndpoint<E>;

    fn transform(&self, ep: E) -> Self::Output {
        MockLayerEndpoint {
            inner: ep,
            engine: self.engine.clone(),
            journal: self.journal.clone(),
        }
    }
}

pub struct MockLayerEndpoint<E> {
    inner: E,
    engine: Arc<Engine>,
    journal: Arc<Journal>,
}

/// Paths that are the tool's own, not a product's: never delayed, never journaled.
fn is_own(path: &str) -> bool {
    path.starts_with("/_understudy/")
        || path.starts_with("/docs")
        || path.starts_with("/openapi/")
        || path == "/"
}

impl<E: Endpoint<Output = Response>> Endpoint for MockLayerEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let started = Instant::now();
        let at = chrono::Utc::now();
        let method = req.method().to_string();
        let path = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default();
        let own = is_own(req.uri().path());
        // A preflight is the browser's, not the client code's: no delay, no journal.
        let preflight = req.method() == poem::http::Method::OPTIONS;
        if !own && !preflight {
            let latency = self
                .engine
                .settings
                .read()
                .map(|s| s.latency)
                .unwrap_or_default();
            if latency.max > Duration::ZERO {
                let wait = if latency.min == latency.max {
                    latency.min
                } else {
                    let ms = rand09::rng()
                        .random_range(latency.min.as_millis()..=latency.max.as_millis());
                    Duration::from_millis(ms as u64)
                };
                tokio::time::sleep(wait).await;
            }
        }
        let journal = |resp: &Response, product: Option<&'static str>| {
            if !own && !preflight {
                self.journal.push(Entry {
                    at,
                    method: method.clone(),
                    path: path.clone(),
                    status: resp.status().as_u16(),
                    duration: started.elapsed(),
                    product,
                });
            }
        };
        let replay = &self.engine.replay;
        let mut ticket = (!own).then(|| replay.ticket(&req)).flatten();
        if let Some((resp, product)) = ticket.as_mut().and_then(|t| replay.lookup(t)) {
            journal(&resp, product);
            return Ok(resp);
        }
        let write = Replay::is_write(req.method());
        let slot: NotesSlot = Arc::new(Mutex::new(Notes::default()));
        req.extensions_mut().insert(slot.clone());
        let result = self.inner.call(req).await;
        if write {
            replay.invalidate();
        }
        let mut resp = result?;
        let notes = slot.lock().map(|n| n.clone()).unwrap_or_default();
        if let Some(ticket) = ticket {
            resp = replay.store(ticket, resp, notes.product).await;
        }
        if let Some(applied) = notes
            .applied
            .as_deref()
            .and_then(|a| HeaderValue::from_str(a).ok())
        {
            resp.headers_mut().insert("preference-applied", applied);
        }
        journal(&resp, notes.product);
        Ok(resp)
    }
}
