//! Secrets are write-only: a sensitive property is answered as `********` on every
//! read (and in every export), a `{{secret:…}}` placeholder is no secret and is kept and
//! shown as sent, and `********` sent back keeps the stored value, so that GET → edit →
//! PUT never destroys a password.

use std::collections::BTreeMap;

use serde_json::Value;

use super::catalog::{self, Connector};

/// What a secret reads as.
pub const REDACTED: &str = "********";

/// Properties as stored and answered (a JSON object).
pub type Properties = BTreeMap<String, Value>;

/// Whether `value` is a `{{secret:name}}` placeholder.
pub fn is_placeholder(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| s.starts_with("{{secret:") && s.ends_with("}}"))
}

/// Whether `value` of property `key` must not be answered as it is.
fn hidden(connector: Option<&Connector>, key: &str, value: &Value) -> bool {
    let empty = value.is_null() || value.as_str().is_some_and(str::is_empty);
    catalog::is_secret(connector, key) && !empty && !is_placeholder(value)
}

/// `properties` as a client may read them: every secret value redacted.
pub fn redact(connector: Option<&Connector>, properties: &Properties) -> Properties {
    properties
        .iter()
        .map(|(k, v)| {
            let shown = if hidden(connector, k, v) {
                Value::String(REDACTED.into())
            } else {
                v.clone()
            };
            (k.clone(), shown)
        })
        .collect()
}

/// The properties to store for `sent`: a secret sent as `********` keeps its value in
/// `stored`, or is left out when there is none. Also answers the keys left out so (a
/// client must set them again).
pub fn merge(
    connector: Option<&Connector>,
    sent: Properties,
    stored: Option<&Properties>,
) -> (Properties, Vec<String>) {
    let mut kept = Properties::new();
    let mut missing = Vec::new();
    for (key, value) in sent {
        let redacted = value.as_str() == Some(REDACTED) && catalog::is_secret(connector, &key);
        if !redacted {
            kept.insert(key, value);
            continue;
        }
        match stored.and_then(|s| s.get(&key)) {
            Some(old) => {
                kept.insert(key, old.clone());
            }
            None => missing.push(key),
        }
    }
    (kept, missing)
}

/// Stored properties (JSON text) as a map; a row never holds anything else, so a broken
/// one reads as empty rather than failing every read.
pub fn parse(text: &str) -> Properties {
    serde_json::from_str(text).unwrap_or_default()
}

/// Properties as stored (JSON text).
pub fn to_text(properties: &Properties) -> String {
    serde_json::to_string(properties).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn props(v: Value) -> Properties {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn secrets_are_redacted_but_placeholders_and_blanks_are_shown() {
        let pg = catalog::connector("connection.db.postgres");
        let shown = redact(
            pg,
            &props(
                json!({"user": "etl", "password": "hunter2", "token": "{{secret:t}}", "apiKey": ""}),
            ),
        );
        assert_eq!(
            Value::Object(shown.into_iter().collect()),
            json!({"user": "etl", "password": "********", "token": "{{secret:t}}", "apiKey": ""})
        );
    }

    #[test]
    fn redacted_secrets_sent_back_keep_the_stored_value() {
        let pg = catalog::connector("connection.db.postgres");
        let stored = props(json!({"password": "hunter2"}));
        let (kept, missing) = merge(
            pg,
            props(json!({"password": "********", "user": "********"})),
            Some(&stored),
        );
        assert_eq!(kept["password"], "hunter2");
        assert_eq!(kept["user"], "********", "not a secret: kept as sent");
        assert!(missing.is_empty());
        let (kept, missing) = merge(pg, props(json!({"password": "********"})), None);
        assert!(kept.is_empty());
        assert_eq!(missing, ["password"]);
    }
}
