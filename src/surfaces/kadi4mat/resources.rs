//! The rules Kadi4Mat's records, collections, templates and groups share: identifiers
//! (`[a-z0-9-_]`, at most 50, lower-cased), titles (1 to 150), descriptions (at most
//! 50 000), visibilities, tags (lower-cased, de-duplicated, sorted), and the plain text
//! of a Markdown description.

use std::collections::BTreeMap;

use super::error::KadiError;
use crate::state::AppState;
use crate::store;
use crate::store::kadi4mat::access::Kind;

/// Field errors collected over a whole body, so a client sees them all at once.
#[derive(Debug, Default)]
pub struct Problems(BTreeMap<String, Vec<String>>);

impl Problems {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.into()).or_default().push(message.into());
    }

    /// The problems as the JSON object Kadi nests them in (`{"title": ["…"]}`), or
    /// `None` when there are none.
    pub fn into_json(self) -> Option<serde_json::Value> {
        (!self.0.is_empty()).then(|| serde_json::json!(self.0))
    }

    /// `Ok` when nothing was wrong, else Kadi's 400 naming every field.
    pub fn finish(self) -> Result<(), KadiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(KadiError::Validation(self.0))
        }
    }
}

/// Kadi's answer to a taken identifier: a 400 naming the field, not a 409 (kadi-apy's
/// import reads this answer).
pub fn identifier_in_use() -> KadiError {
    KadiError::field("identifier", "Identifier is already in use.")
}

/// `Ok` when no other resource of `kind` (but `except`) has `identifier`.
pub async fn identifier_free(
    state: &AppState,
    kind: Kind,
    identifier: &str,
    except: Option<i32>,
) -> Result<(), KadiError> {
    if store::kadi4mat::resources::identifier_taken(&state.db, kind, identifier, except).await? {
        return Err(identifier_in_use());
    }
    Ok(())
}

/// A unique violation on write is a lost race for the identifier: the same 400.
pub fn identifier_clash(err: store::StoreError) -> KadiError {
    match err {
        store::StoreError::Conflict(_) => identifier_in_use(),
        other => other.into(),
    }
}

/// The identifier as Kadi stores it: trimmed and lower-cased, then checked.
pub fn identifier(raw: &str, problems: &mut Problems) -> String {
    let value = raw.trim().to_lowercase();
    if value.is_empty() || value.len() > 50 {
        problems.add("identifier", "Length must be between 1 and 50.");
    } else if !value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        problems.add(
            "identifier",
            "Must only contain lowercase alphanumeric characters, hyphens and underscores.",
        );
    }
    value
}

pub fn title(raw: &str, problems: &mut Problems) -> String {
    let value = raw.trim().to_string();
    if value.is_empty() || value.chars().count() > 150 {
        problems.add("title", "Length must be between 1 and 150.");
    }
    value
}

pub fn description(raw: &str, problems: &mut Problems) -> String {
    if raw.chars().count() > 50_000 {
        problems.add("description", "Longer than maximum length 50000.");
    }
    raw.to_string()
}

/// Tags as Kadi keeps them: trimmed, lower-cased, de-duplicated and sorted; each 1 to 50
/// characters.
pub fn tags(raw: &[String], problems: &mut Problems) -> Vec<String> {
    let mut tags: Vec<String> = raw
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.iter().any(|t| t.chars().count() > 50) {
        problems.add("tags", "Length must be between 1 and 50.");
    }
    tags.sort();
    tags.dedup();
    tags
}

/// A Markdown description as plain text: what Kadi shows in listings and searches.
pub fn plain(description: &str) -> String {
    let mut out = String::with_capacity(description.len());
    for line in description.lines() {
        let line = line.trim_start_matches(['#', '>', '-', '*', '+', ' ']);
        let cleaned: String = line
            .chars()
            .filter(|c| !matches!(c, '*' | '_' | '`' | '[' | ']' | '~'))
            .collect();
        if !cleaned.trim().is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(cleaned.trim());
        }
    }
    out
}

/// Whether a (trimmed) term is an IRI as Kadi checks it: a scheme (a letter, then
/// letters, digits, `+`, `-` or `.`), a colon, something after it, and no white space.
/// The contract states the same rule as the pattern of every `term`.
pub fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && !text.chars().any(char::is_whitespace)
        && scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Kadi's query booleans: `true`, `t`, `yes`, `y`, `on`, `1` in any case.
pub fn flag(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "true" | "t" | "yes" | "y" | "on" | "1"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_lower_cased_and_checked() {
        let mut p = Problems::default();
        assert_eq!(identifier("  Sample-01 ", &mut p), "sample-01");
        assert!(p.finish().is_ok());
        let mut p = Problems::default();
        identifier("a b", &mut p);
        identifier(&"x".repeat(51), &mut p);
        let Err(KadiError::Validation(errors)) = p.finish() else {
            panic!("refused")
        };
        assert_eq!(errors["identifier"].len(), 2);
    }

    #[test]
    fn tags_are_normalised_and_descriptions_made_plain() {
        let mut p = Problems::default();
        let raw = vec![
            "Steel".to_string(),
            "steel ".into(),
            "".into(),
            "alloy".into(),
        ];
        assert_eq!(tags(&raw, &mut p), ["alloy", "steel"]);
        assert_eq!(
            plain("# Title\n\nSome **bold** `code`\n- item"),
            "Title Some bold code item"
        );
        assert!(flag("Yes") && flag("1") && !flag("False") && !flag(""));
    }

    #[test]
    fn terms_are_iris_with_a_scheme() {
        assert!(is_iri("http://www.w3.org/ns/prov#wasDerivedFrom"));
        assert!(is_iri("urn:isbn:0451450523") && is_iri("x-y.z+1:a"));
        for bad in [
            "0000",
            ":x",
            "1http://a",
            "http:",
            "http://a b",
            "ht tp://a",
        ] {
            assert!(!is_iri(bad), "{bad}");
        }
    }
}
