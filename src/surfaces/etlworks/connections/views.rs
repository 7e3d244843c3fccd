//! The API's shapes of connections, formats and listeners: drafts from their inputs,
//! views (secrets redacted) from what is stored, and the JSON the audit log keeps.

use generated::etlworks::v1 as api;
use serde_json::Value;

use super::{Draft, Saved, FORMATS, LISTENERS};
use crate::store::etlworks::definitions::Table;

/// "Connection", "Format", "Listener", for messages.
pub fn title(t: Table) -> &'static str {
    match t.resource_type {
        "format" => "Format",
        "listener" => "Listener",
        _ => "Connection",
    }
}

/// How the API names the discriminator of `t`.
pub fn kind_field(t: Table) -> &'static str {
    if t == FORMATS {
        "formatType"
    } else {
        "connectionType"
    }
}

impl From<api::ConnectionInput> for Draft {
    fn from(i: api::ConnectionInput) -> Self {
        Draft {
            name: i.name,
            description: i.description,
            kind: i.connection_type,
            properties: i.properties,
            tags: i.tags,
        }
    }
}

impl From<api::FormatInput> for Draft {
    fn from(i: api::FormatInput) -> Self {
        Draft {
            name: i.name,
            description: i.description,
            kind: i.format_type,
            properties: i.properties,
            tags: i.tags,
        }
    }
}

impl From<api::ListenerInput> for Draft {
    fn from(i: api::ListenerInput) -> Self {
        Draft {
            name: i.name,
            description: i.description,
            kind: i.connection_type,
            properties: i.properties,
            tags: i.tags,
        }
    }
}

/// A connection as answered.
pub fn connection(s: &Saved) -> api::Connection {
    api::Connection {
        id: s.row.id.into(),
        name: s.row.name.clone(),
        description: s.row.description.clone(),
        connection_type: s.row.kind.clone(),
        properties: s.shown_properties(),
        tags: s.tags.clone(),
    }
}

/// A format as answered.
pub fn format(s: &Saved) -> api::Format {
    api::Format {
        id: s.row.id.into(),
        name: s.row.name.clone(),
        description: s.row.description.clone(),
        format_type: s.row.kind.clone(),
        properties: s.shown_properties(),
        tags: s.tags.clone(),
    }
}

/// A listener as answered.
pub fn listener(s: &Saved) -> api::Listener {
    api::Listener {
        id: s.row.id.into(),
        name: s.row.name.clone(),
        description: s.row.description.clone(),
        connection_type: s.row.kind.clone(),
        properties: s.shown_properties(),
        tags: s.tags.clone(),
    }
}

/// The view of `s` as JSON (secrets redacted), for the audit log.
pub fn json(t: Table, s: &Saved) -> Value {
    let value = match t {
        _ if t == FORMATS => serde_json::to_value(format(s)),
        _ if t == LISTENERS => serde_json::to_value(listener(s)),
        _ => serde_json::to_value(connection(s)),
    };
    value.unwrap_or(Value::Null)
}
