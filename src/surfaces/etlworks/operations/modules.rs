//! The modules of this deployment (`GET /rest/v1/modules`), derived from what Understudy
//! really serves so the answer cannot drift from the code: one module per tag of the
//! contract (enabled when real mode serves the tag, [`super::super::SERVED_TAGS`]), and
//! one per connector category (enabled when Understudy can move data through one of its
//! connectors: SQLite, PostgreSQL or server storage).

use generated::etlworks::v1 as api;

use super::VERSION;
use crate::surfaces::etlworks::connectors::catalog::{Category, Reach, CONNECTORS};
use crate::surfaces::etlworks::SERVED_TAGS;

/// Every module, tags first in the contract's order, then connector categories.
pub fn list() -> Vec<api::Module> {
    let mut tags: Vec<&str> = Vec::new();
    for op in api::CONTRACT.operations {
        if !tags.contains(&op.tag) {
            tags.push(op.tag);
        }
    }
    let mut modules: Vec<api::Module> = tags
        .into_iter()
        .map(|tag| module(slug(tag), tag.to_string(), SERVED_TAGS.contains(&tag)))
        .collect();
    for category in CATEGORIES {
        let reachable = CONNECTORS.iter().any(|c| {
            c.category == category.0
                && matches!(
                    c.reach,
                    Reach::Sqlite | Reach::Postgres | Reach::ServerStorage
                )
        });
        modules.push(module(
            format!("connectors-{}", category.1),
            format!("{} connectors", category.2),
            reachable,
        ));
    }
    modules
}

/// Each connector category, its module name and title.
const CATEGORIES: [(Category, &str, &str); 7] = [
    (Category::Database, "database", "Database"),
    (Category::File, "file", "File and storage"),
    (Category::Http, "http", "HTTP"),
    (Category::Queue, "queue", "Message queue"),
    (Category::Saas, "saas", "SaaS"),
    (Category::Listener, "listener", "Listener"),
    (Category::Email, "email", "Email"),
];

fn module(name: String, title: String, enabled: bool) -> api::Module {
    api::Module {
        name,
        title,
        enabled,
        version: VERSION.into(),
    }
}

/// `Audit & recycle bin` → `audit-recycle-bin`.
fn slug(tag: &str) -> String {
    let mut out = String::new();
    for word in tag.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_names_become_slugs() {
        assert_eq!(slug("Audit & recycle bin"), "audit-recycle-bin");
        assert_eq!(slug("System & operations"), "system-operations");
    }
}
