//! Rate limiting where a product documents it (Datawiza's `4290`, Kadi4Mat's 429 with
//! `Retry-After`): a token bucket per credential and route class, for each limit
//! declared with `--rate-limit` (see [`super::limits::RateLimit`]). Off unless declared.
//! Buckets live in this process: behind a load balancer each replica counts its own.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use poem::http::header;
use poem::Request;

use super::limits::{RateLimit, RouteClass};
use crate::common::secrets::token_digest;

/// Every declared limit's buckets.
pub struct RateLimits {
    buckets: HashMap<(&'static str, RouteClass), DefaultKeyedRateLimiter<String>>,
    clock: DefaultClock,
    checks: AtomicU64,
}

/// How often (in checks) buckets back at full capacity are forgotten, so memory follows
/// the credentials in use rather than every credential ever seen.
const FORGET_EVERY: u64 = 4096;

impl RateLimits {
    /// The buckets for `limits`; `None` when there are none.
    pub fn new(limits: &[RateLimit]) -> Option<RateLimits> {
        if limits.is_empty() {
            return None;
        }
        let mut buckets = HashMap::new();
        for limit in limits {
            let classes = match limit.class {
                Some(class) => vec![class],
                None => vec![RouteClass::Read, RouteClass::Write],
            };
            // A full bucket holds `requests`; it refills evenly over `per`.
            let period = limit.per / limit.requests.get();
            let quota = Quota::with_period(period)
                .unwrap_or_else(|| Quota::per_second(limit.requests))
                .allow_burst(limit.requests);
            for class in classes {
                buckets.insert((limit.product, class), RateLimiter::keyed(quota));
            }
        }
        Some(RateLimits {
            buckets,
            clock: DefaultClock::default(),
            checks: AtomicU64::new(0),
        })
    }

    /// Takes a token for this request; `Err(seconds)` to wait when its bucket is empty.
    pub fn check(&self, product: &str, req: &Request) -> Result<(), u64> {
        let class = RouteClass::of(req.method());
        let Some(bucket) = self.buckets.get(&(product, class)) else {
            return Ok(());
        };
        if self.checks.fetch_add(1, Ordering::Relaxed) % FORGET_EVERY == FORGET_EVERY - 1 {
            bucket.retain_recent();
        }
        bucket.check_key(&credential(req)).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            // Retry-After is whole seconds; round up so a client that waits is served.
            wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
        })
    }
}

/// Who is asking: the credential the request carries (kept as a digest), else the
/// address it came from.
fn credential(req: &Request) -> String {
    let headers = req.headers();
    for name in [header::AUTHORIZATION.as_str(), "x-kawa-api-key", "cookie"] {
        if let Some(value) = headers.get(name) {
            return token_digest(&String::from_utf8_lossy(value.as_bytes()));
        }
    }
    format!("address {}", req.remote_addr())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(token: &str, method: poem::http::Method) -> Request {
        Request::builder()
            .method(method)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .finish()
    }

    #[test]
    fn each_credential_and_class_has_its_own_bucket() {
        let limits = RateLimits::new(&["kadi4mat=2/min".parse().unwrap()]).unwrap();
        let get = |t| request(t, poem::http::Method::GET);
        assert!(limits.check("kadi4mat", &get("a")).is_ok());
        assert!(limits.check("kadi4mat", &get("a")).is_ok());
        let wait = limits.check("kadi4mat", &get("a")).unwrap_err();
        assert!(
            (1..=30).contains(&wait),
            "half a minute refills one: {wait}"
        );
        assert!(limits.check("kadi4mat", &get("b")).is_ok(), "another token");
        let post = request("a", poem::http::Method::POST);
        assert!(limits.check("kadi4mat", &post).is_ok(), "writes apart");
        assert!(
            limits.check("datawiza", &get("a")).is_ok(),
            "no limit declared"
        );
        assert!(RateLimits::new(&[]).is_none());
    }
}
