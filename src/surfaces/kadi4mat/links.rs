//! Kadi4Mat's `_links` and `_actions` are absolute URLs on the caller's host that keep
//! the caller's prefix: a request to `/api/v1/...` gets `/api/v1/...` links, one to
//! `/api/...` gets `/api/...` links (kadi-apy follows them as given).

use poem::Request;

/// Where a request's links point: the caller's origin and API prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// `http://host:port/api/v1` or `http://host:port/api`.
    root: String,
}

impl Base {
    /// The base of `req`: its `Host` (when it is a plain host[:port]) and the prefix its
    /// path starts with.
    pub fn of(req: &Request) -> Base {
        let host = req
            .headers()
            .get(poem::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                !h.is_empty()
                    && h.bytes().all(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                    })
            })
            .unwrap_or("localhost");
        // The service is nested under its base path, which poem takes off `uri()` (the
        // original keeps it).
        let path = [req.original_uri().path(), req.uri().path()]
            .into_iter()
            .map(|p| p.trim_start_matches('/'))
            .find(|p| p.starts_with("api"))
            .unwrap_or_default();
        let prefix = if path == "api/v1" || path.starts_with("api/v1/") {
            "/api/v1"
        } else {
            "/api"
        };
        Base {
            root: format!("http://{host}{prefix}"),
        }
    }

    /// A base for tests and for links built outside a request.
    pub fn new(root: impl Into<String>) -> Base {
        Base { root: root.into() }
    }

    /// The absolute URL of API path `path` (`/records/3`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.root)
    }

    /// The URL of `path` with `query` (already encoded) appended.
    pub fn url_with(&self, path: &str, query: &str) -> String {
        if query.is_empty() {
            self.url(path)
        } else {
            format!("{}{path}?{query}", self.root)
        }
    }

    /// The web UI's page for `path` (`/records/3`): Kadi links `view` to it. Understudy
    /// serves no web UI; the link names where it would be.
    pub fn view(&self, path: &str) -> String {
        let origin = self
            .root
            .trim_end_matches("/api/v1")
            .trim_end_matches("/api");
        format!("{origin}{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(uri: &str, host: &str) -> Base {
        Base::of(
            &Request::builder()
                .uri_str(uri)
                .header("host", host)
                .finish(),
        )
    }

    #[test]
    fn links_keep_the_callers_host_and_prefix() {
        let v1 = base("/api/v1/records/3", "kadi.test:8080");
        assert_eq!(
            v1.url("/records/3"),
            "http://kadi.test:8080/api/v1/records/3"
        );
        assert_eq!(v1.view("/records/3"), "http://kadi.test:8080/records/3");
        let alias = base("/api/records", "kadi.test");
        assert_eq!(alias.url("/records"), "http://kadi.test/api/records");
        assert_eq!(
            base("/api/v1", "evil.test/<script>").url("/info"),
            "http://localhost/api/v1/info"
        );
        assert_eq!(
            alias.url_with("/records", "page=2"),
            "http://kadi.test/api/records?page=2"
        );
    }
}
