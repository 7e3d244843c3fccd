//! KAWA's queries: principals (the shared `users` table with KAWA's columns), API keys,
//! workspaces and their members, the directory (teams, perimeters, attributes) and the
//! activity the usage report aggregates; the data tier's datasources, loads, sheets,
//! layouts, data providers and uploaded files; workflows and their runs; dashboards and
//! applications; script runners, scripts and agents; server-wide configurations. Writes
//! that a request makes take a proof from [`crate::authz::kawa`].

pub mod activity;
pub mod configurations;
pub mod dashboards;
pub mod datasources;
pub mod directory;
pub mod files;
pub mod keys;
pub mod loads;
pub mod principals;
pub mod providers;
pub mod restore;
pub mod runners;
pub mod scoped;
pub mod scripts;
pub mod sheets;
pub mod workflows;
pub mod workspaces;

/// A stored JSON array of text (tags, permissions); anything else reads as empty.
pub fn text_list(stored: &str) -> Vec<String> {
    serde_json::from_str(stored).unwrap_or_default()
}

/// `list` as the JSON array [`text_list`] reads.
pub fn to_text_list(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_lists_round_trip_and_tolerate_junk() {
        let list = vec!["a".to_string(), "b \"c\"".to_string()];
        assert_eq!(super::text_list(&super::to_text_list(&list)), list);
        assert!(super::text_list("not json").is_empty());
    }
}
