//! Finished answers to reads, replayed while nothing has been written. A mock answer is
//! a pure function of the request, the settings and the world; the world only changes
//! through writes (and the control API), so a GET asked again before any write gets the
//! same bytes without being generated, typed and serialized again.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use bytes::Bytes;
use poem::http::{header, HeaderMap, Method, StatusCode, Version};
use poem::{Body, Request, Response};

/// How many answers are kept; past it the cache starts over, which bounds memory however
/// many distinct URLs clients invent.
const CAPACITY: usize = 4096;

/// The replayable answers and the write counter that invalidates them.
#[derive(Default)]
pub struct Replay {
    /// Bumped by every write; an answer stored under an older value is stale.
    generation: AtomicU64,
    answers: Mutex<HashMap<String, Stored>>,
}

struct Stored {
    generation: u64,
    status: StatusCode,
    version: Version,
    headers: HeaderMap,
    body: Bytes,
    product: Option<&'static str>,
}

/// A request the cache may answer, with the generation it was seen at.
pub struct Ticket {
    key: String,
    generation: u64,
}

impl Replay {
    /// Whether `method` may change the world: everything but reads and preflights.
    pub fn is_write(method: &Method) -> bool {
        !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
    }

    /// Forgets every stored answer; called after each write and settings change.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// A ticket for a replayable request: a GET or HEAD without `Prefer` (which asks for
    /// fresh data, another seed, a delay or a status). The key holds every header, so an
    /// answer given to one credential is never replayed to another.
    pub fn ticket(&self, req: &Request) -> Option<Ticket> {
        if !matches!(*req.method(), Method::GET | Method::HEAD)
            || req.headers().contains_key("prefer")
        {
            return None;
        }
        let mut key = String::with_capacity(256);
        key.push_str(req.method().as_str());
        key.push(' ');
        key.push_str(
            req.uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or_default(),
        );
        for (name, value) in req.headers() {
            key.push('\n');
            key.push_str(name.as_str());
            key.push(':');
            key.push_str(&String::from_utf8_lossy(value.as_bytes()));
        }
        Some(Ticket {
            key,
            generation: self.generation.load(Ordering::SeqCst),
        })
    }

    /// The stored answer for a ticket, if nothing was written since it was stored.
    pub fn lookup(&self, ticket: &Ticket) -> Option<(Response, Option<&'static str>)> {
        let answers = self.answers.lock().ok()?;
        let stored = answers.get(&ticket.key)?;
        if stored.generation != ticket.generation {
            return None;
        }
        let mut resp = Response::builder()
            .status(stored.status)
            .version(stored.version)
            .body(Body::from_bytes(stored.body.clone()));
        *resp.headers_mut() = stored.headers.clone();
        Some((resp, stored.product))
    }

    /// Keeps a fresh answer for its ticket (not a server error, not one that sets a
    /// cookie) and hands it back whole.
    pub async fn store(
        &self,
        ticket: Ticket,
        resp: Response,
        product: Option<&'static str>,
    ) -> Response {
        if resp.status().is_server_error() || resp.headers().contains_key(header::SET_COOKIE) {
            return resp;
        }
        let (parts, body) = resp.into_parts();
        let body = match body.into_bytes().await {
            Ok(bytes) => bytes,
            // The body could not be read back; nothing to keep, and nothing to send but
            // the failure.
            Err(_) => {
                return Response::builder()
                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                    .finish()
            }
        };
        if let Ok(mut answers) = self.answers.lock() {
            if answers.len() >= CAPACITY {
                answers.clear();
            }
            answers.insert(
                ticket.key,
                Stored {
                    generation: ticket.generation,
                    status: parts.status,
                    version: parts.version,
                    headers: parts.headers.clone(),
                    body: body.clone(),
                    product,
                },
            );
        }
        Response::from_parts(parts, Body::from_bytes(body))
    }
}
