//! Kadi4Mat's pagination: `page` (from 1) and `per_page` (1 to 100, default 10) clamped
//! as Kadi clamps them, and `_pagination` with `self`/`next`/`prev` links that keep the
//! rest of the request's query.

use generated::kadi4mat::v1 as api;
use poem::Request;

use super::links::Base;

/// The largest page size.
pub const MAX_PER_PAGE: i64 = 100;

/// The highest page the search endpoints serve (Kadi's search engine stops there).
pub const MAX_SEARCH_PAGE: i64 = 100;

/// A page request, clamped: `page` ≥ 1, `per_page` in 1..=100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub page: i64,
    pub per_page: i64,
}

impl Page {
    pub fn new(page: i64, per_page: i64) -> Page {
        Page {
            page: page.max(1),
            per_page: per_page.clamp(1, MAX_PER_PAGE),
        }
    }

    /// As [`Page::new`], with the search endpoints' page cap.
    pub fn search(page: i64, per_page: i64) -> Page {
        let p = Page::new(page, per_page);
        Page {
            page: p.page.min(MAX_SEARCH_PAGE),
            ..p
        }
    }

    /// Rows to skip.
    pub fn offset(&self) -> u64 {
        // Saturating: a page past any table is simply empty, never an overflow (and
        // within i64 for databases that take OFFSET as a signed integer).
        (self.page - 1).saturating_mul(self.per_page) as u64
    }

    pub fn limit(&self) -> u64 {
        self.per_page as u64
    }

    /// `_pagination` for `total` items, linking pages of the request `req` on `base`.
    pub fn pagination(&self, total: u64, base: &Base, req: &Request) -> api::Pagination {
        let total = total as i64;
        let total_pages = ((total + self.per_page - 1) / self.per_page).max(1);
        let path = api_path(req);
        let at =
            |page: i64| base.url_with(&path, &with_page(req.uri().query(), page, self.per_page));
        api::Pagination {
            page: self.page,
            per_page: self.per_page,
            total_pages,
            total_items: total,
            links: api::PaginationLinks {
                self_: at(self.page),
                next: (self.page < total_pages).then(|| at(self.page + 1)),
                prev: (self.page > 1).then(|| at((self.page - 1).min(total_pages))),
            },
        }
    }
}

/// The request's path below its API prefix (`/records`): the service is nested under
/// its base path, which poem takes off `uri()`.
fn api_path(req: &Request) -> String {
    req.uri().path().to_string()
}

/// `query` with its `page` and `per_page` set, the rest kept in order.
fn with_page(query: Option<&str>, page: i64, per_page: i64) -> String {
    let mut parts: Vec<String> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or_default();
            key != "page" && key != "per_page"
        })
        .map(str::to_string)
        .collect();
    parts.push(format!("page={page}"));
    parts.push(format!("per_page={per_page}"));
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_clamp_and_link_their_neighbours() {
        assert_eq!(
            Page::new(0, 500),
            Page {
                page: 1,
                per_page: 100
            }
        );
        assert_eq!(
            Page::search(300, 0),
            Page {
                page: 100,
                per_page: 1
            }
        );
        let req = Request::builder()
            .uri_str("/records?tag=a&page=2&per_page=5")
            .finish();
        let base = Base::new("http://h/api/v1");
        let p = Page::new(2, 5).pagination(12, &base, &req);
        assert_eq!(p.total_pages, 3);
        assert_eq!(
            p.links.self_,
            "http://h/api/v1/records?tag=a&page=2&per_page=5"
        );
        assert_eq!(
            p.links.next.as_deref(),
            Some("http://h/api/v1/records?tag=a&page=3&per_page=5")
        );
        assert_eq!(
            p.links.prev.as_deref(),
            Some("http://h/api/v1/records?tag=a&page=1&per_page=5")
        );
        let empty = Page::new(1, 10).pagination(0, &base, &req);
        assert_eq!((empty.total_pages, empty.links.next), (1, None));
        assert_eq!(Page::new(3, 10).offset(), 20);
    }
}
