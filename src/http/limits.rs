//! Declared limits, in one place: request bodies, page sizes, and the rate limits a
//! product may be given (the buckets themselves are in [`super::rate_limits`]).

/// Largest request body accepted, in bytes (413 above it).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Largest raw upload body (an operation taking `application/octet-stream`): Kadi4Mat's
/// request limit, a direct upload of 50 MB and then some.
pub const MAX_UPLOAD_BYTES: usize = 51_000_000;

/// Largest Datawiza page size.
pub const DATAWIZA_MAX_PAGE_SIZE: u64 = 1000;

/// Products whose contracts document 429, and so may be rate-limited (`--rate-limit`).
pub const RATE_LIMITED_PRODUCTS: &[&str] = &["datawiza", "kadi4mat"];

/// Which bucket a request draws from: reads and writes are limited apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteClass {
    /// GET and HEAD.
    Read,
    /// Everything else.
    Write,
}

impl RouteClass {
    pub fn of(method: &poem::http::Method) -> RouteClass {
        if method == poem::http::Method::GET || method == poem::http::Method::HEAD {
            RouteClass::Read
        } else {
            RouteClass::Write
        }
    }

    fn parse(text: &str) -> Result<RouteClass, String> {
        match text {
            "read" => Ok(RouteClass::Read),
            "write" => Ok(RouteClass::Write),
            other => Err(format!("route class {other:?} is not read or write")),
        }
    }
}

/// A declared rate limit: at most `requests` per `per` from one credential, on one
/// product's route class (both classes, each with its own bucket, when `class` is
/// `None`). Written `kadi4mat=100/min` or `datawiza:write=10/s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub product: &'static str,
    pub class: Option<RouteClass>,
    pub requests: std::num::NonZeroU32,
    pub per: std::time::Duration,
}

impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<RateLimit, String> {
        let form =
            || format!("{text:?}: write PRODUCT[:read|:write]=N/s|min|h, e.g. kadi4mat=100/min");
        let (target, rate) = text.split_once('=').ok_or_else(form)?;
        let (product, class) = match target.split_once(':') {
            Some((p, c)) => (p, Some(RouteClass::parse(c)?)),
            None => (target, None),
        };
        let product = RATE_LIMITED_PRODUCTS
            .iter()
            .copied()
            .find(|p| *p == product)
            .ok_or_else(|| {
                format!(
                    "{product:?} documents no rate limit; these do: {}",
                    RATE_LIMITED_PRODUCTS.join(", ")
                )
            })?;
        let (count, unit) = rate.split_once('/').ok_or_else(form)?;
        let requests = count
            .trim()
            .parse::<std::num::NonZeroU32>()
            .map_err(|_| form())?;
        let per = match unit.trim() {
            "s" | "sec" | "second" => std::time::Duration::from_secs(1),
            "min" | "minute" => std::time::Duration::from_secs(60),
            "h" | "hour" => std::time::Duration::from_secs(3600),
            _ => return Err(form()),
        };
        Ok(RateLimit {
            product,
            class,
            requests,
            per,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_read_as_written() {
        let limit: RateLimit = "kadi4mat=100/min".parse().unwrap();
        assert_eq!(limit.product, "kadi4mat");
        assert_eq!(limit.class, None);
        assert_eq!(limit.requests.get(), 100);
        assert_eq!(limit.per, std::time::Duration::from_secs(60));
        let write: RateLimit = "datawiza:write=5/s".parse().unwrap();
        assert_eq!(write.class, Some(RouteClass::Write));
        for wrong in [
            "syntho=1/s",
            "kadi4mat=0/s",
            "kadi4mat=5/day",
            "kadi4mat",
            "kadi4mat:all=1/s",
        ] {
            assert!(wrong.parse::<RateLimit>().is_err(), "{wrong}");
        }
    }
}
