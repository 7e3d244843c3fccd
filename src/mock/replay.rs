//! Finished answers to reads, replayed while nothing has been written. A mock answer is
//! a pure function of the request, the settings and the world; the world only changes
//! through writes (and the control API), so a GET asked again before any write gets the
//! same bytes without being generated, typed and serialized again. An answer is kept from
//! the second time its request is seen, so one-off reads do not churn the cache.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use bytes::Bytes;
use poem::http::{header, HeaderMap, Method, StatusCode, Version};
use poem::{Body, Request, Response};

/// How many answers are kept, and how many bytes of bodies at most; past either the
/// cache starts over, which bounds memory however many distinct URLs clients invent.
const CAPACITY: usize = 4096;
const BUDGET: usize = 8 << 20;

/// The replayable answers and the write counter that invalidates them.
#[derive(Default)]
pub struct Replay {
    /// Bumped by every write; an answer stored under an older value is stale.
    generation: AtomicU64,
    answers: Mutex<Answers>,
}

#[derive(Default)]
struct Answers {
    kept: HashMap<String, Stored>,
    /// Bytes of body in `kept`.
    bytes: usize,
    /// Requests seen once (hashes of key and generation). Only a request asked a second
    /// time has its answer kept: a client that never repeats a URL (a search box, a
    /// paging loop) would otherwise fill the cache with answers nobody replays.
    seen: HashSet<u64>,
    hasher: RandomState,
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
    /// Whether its answer is to be kept: the request was seen before.
    keep: bool,
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
            keep: false,
        })
    }

    /// The stored answer for a ticket, if nothing was written since it was stored; else
    /// notes the request, so that its answer is kept if it is asked again.
    pub fn lookup(&self, ticket: &mut Ticket) -> Option<(Response, Option<&'static str>)> {
        let mut answers = self.answers.lock().ok()?;
        if let Some(stored) = answers.kept.get(&ticket.key) {
            if stored.generation == ticket.generation {
                let mut resp = Response::builder()
                    .status(stored.status)
                    .version(stored.version)
                    .body(Body::from_bytes(stored.body.clone()));
                *resp.headers_mut() = stored.headers.clone();
                return Some((resp, stored.product));
            }
        }
        let sighting = answers.hasher.hash_one((&ticket.key, ticket.generation));
        if answers.seen.len() >= CAPACITY * 4 {
            answers.seen.clear();
        }
        ticket.keep = !answers.seen.insert(sighting);
        None
    }

    /// Keeps a fresh answer for a request seen before (not a server error, not one that
    /// sets a cookie) and hands it back whole.
    pub async fn store(
        &self,
        ticket: Ticket,
        resp: Response,
        product: Option<&'static str>,
    ) -> Response {
        if !ticket.keep
            || resp.status().is_server_error()
            || resp.headers().contains_key(header::SET_COOKIE)
        {
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
            if answers.kept.len() >= CAPACITY || answers.bytes + body.len() > BUDGET {
                answers.kept.clear();
                answers.bytes = 0;
            }
            answers.bytes += body.len();
            let replaced = answers.kept.insert(
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
            // A stale answer under the same key gives its bytes back.
            if let Some(old) = replaced {
                answers.bytes -= old.body.len();
            }
        }
        Response::from_parts(parts, Body::from_bytes(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(uri: &str, token: &str) -> Request {
        Request::builder()
            .uri_str(uri)
            .header("authorization", format!("Bearer {token}"))
            .finish()
    }

    fn answer(status: StatusCode, body: &'static str) -> Response {
        Response::builder().status(status).body(body)
    }

    /// One pass through the cache as the mock layer makes it: the replayed body, if any.
    async fn pass(replay: &Replay, req: &Request, fresh: &'static str) -> Option<Bytes> {
        let mut ticket = replay.ticket(req)?;
        if let Some((resp, _)) = replay.lookup(&mut ticket) {
            return Some(resp.into_body().into_bytes().await.unwrap());
        }
        replay
            .store(ticket, answer(StatusCode::OK, fresh), None)
            .await;
        None
    }

    #[tokio::test]
    async fn an_answer_is_kept_from_the_second_sighting_and_replayed_until_a_write() {
        let replay = Replay::default();
        let req = get("/rest/v1/flows?page=2", "a");
        assert_eq!(pass(&replay, &req, "first").await, None, "first sighting");
        assert_eq!(pass(&replay, &req, "second").await, None, "kept now");
        assert_eq!(
            pass(&replay, &req, "third").await.as_deref(),
            Some(&b"second"[..]),
            "replayed"
        );
        assert_eq!(
            pass(&replay, &get("/rest/v1/flows?page=2", "b"), "x").await,
            None,
            "never replayed to other credentials"
        );
        replay.invalidate();
        assert_eq!(pass(&replay, &req, "fourth").await, None, "a write ends it");
    }

    #[tokio::test]
    async fn kept_bodies_stay_within_the_byte_budget() {
        let replay = Replay::default();
        let big = vec![b'x'; BUDGET / 2 + 1];
        let keep = |uri: &str| {
            let req = get(uri, "a");
            let mut first = replay.ticket(&req).unwrap();
            assert!(replay.lookup(&mut first).is_none());
            let mut second = replay.ticket(&req).unwrap();
            assert!(replay.lookup(&mut second).is_none());
            second
        };
        let (a, b) = (keep("/a"), keep("/b"));
        let fresh = |body: &[u8]| Response::builder().body(body.to_vec());
        replay.store(a, fresh(&big), None).await;
        replay.store(b, fresh(&big), None).await;
        let kept = replay.answers.lock().unwrap();
        assert_eq!(
            kept.kept.len(),
            1,
            "the first answer made room for the second"
        );
        assert!(kept
            .kept
            .contains_key(&replay.ticket(&get("/b", "a")).unwrap().key));
        assert_eq!(kept.bytes, big.len());
    }

    #[tokio::test]
    async fn preferences_writes_and_failures_are_never_replayed() {
        let replay = Replay::default();
        let prefer = Request::builder()
            .uri_str("/rest/v1/flows")
            .header("prefer", "dynamic=true")
            .finish();
        assert!(replay.ticket(&prefer).is_none());
        let post = Request::builder()
            .method(Method::POST)
            .uri_str("/rest/v1/flows")
            .finish();
        assert!(replay.ticket(&post).is_none());

        let req = get("/rest/v1/flows/1", "a");
        for _ in 0..3 {
            let mut ticket = replay.ticket(&req).unwrap();
            assert!(replay.lookup(&mut ticket).is_none(), "a 503 is not kept");
            replay
                .store(
                    ticket,
                    answer(StatusCode::SERVICE_UNAVAILABLE, "down"),
                    None,
                )
                .await;
        }
    }
}
