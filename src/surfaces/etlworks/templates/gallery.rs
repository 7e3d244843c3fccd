//! The template gallery Understudy ships: a few ready-made one-transformation flows that
//! its runner really runs (a SQLite or PostgreSQL table, or a CSV or JSON file in a
//! server-storage connection). Each reads from the connection mapped to the placeholder
//! `source` and writes to the one mapped to `destination`; the object names are
//! starting points to edit after deploying.

/// One template of the gallery.
pub struct Template {
    pub id: i64,
    pub name: &'static str,
    pub description: &'static str,
    pub category: &'static str,
    /// Connector discriminators the template's ends take.
    pub connectors: &'static [&'static str],
    pub flow_type: &'static str,
    pub tags: &'static [&'static str],
    pub source_object: &'static str,
    pub destination_object: &'static str,
    /// The transformation's properties (`action`, `lookupFields`).
    pub properties: &'static [(&'static str, &'static str)],
    /// Field mappings: source, destination, function.
    pub mappings: &'static [(&'static str, &'static str, Option<&'static str>)],
}

/// The connection placeholders every template has.
pub const PLACEHOLDERS: [&str; 2] = ["source", "destination"];

const DATABASES: &[&str] = &["connection.db.sqlite", "connection.db.postgres"];
const FILES_AND_DATABASES: &[&str] = &[
    "connection.file.server",
    "connection.db.sqlite",
    "connection.db.postgres",
];

/// Every template, by id.
pub const TEMPLATES: &[Template] = &[
    Template {
        id: 1,
        name: "Database table to database table",
        description: "Copies every row of the source table into the destination table, \
                      creating it when missing.",
        category: "Database to database",
        connectors: DATABASES,
        flow_type: "flow.db.to.db",
        tags: &["database", "copy"],
        source_object: "customers",
        destination_object: "customers",
        properties: &[("action", "insert")],
        mappings: &[],
    },
    Template {
        id: 2,
        name: "Database table to database table: merge by key",
        description: "Updates the destination rows whose id matches a source row and \
                      inserts the others, so a rerun does not duplicate rows.",
        category: "CDC & incremental",
        connectors: DATABASES,
        flow_type: "flow.db.to.db",
        tags: &["database", "merge", "incremental"],
        source_object: "customers",
        destination_object: "customers",
        properties: &[("action", "merge"), ("lookupFields", "id")],
        mappings: &[],
    },
    Template {
        id: 3,
        name: "CSV file to database table",
        description: "Loads a CSV file with a header row from a server-storage folder into \
                      a database table.",
        category: "Files to database",
        connectors: FILES_AND_DATABASES,
        flow_type: "flow.file.to.db",
        tags: &["csv", "file", "database"],
        source_object: "customers.csv",
        destination_object: "customers",
        properties: &[("action", "insert")],
        mappings: &[],
    },
    Template {
        id: 4,
        name: "JSON file to database table",
        description: "Loads a JSON array of objects from a server-storage folder into a \
                      database table, one row per object.",
        category: "Files to database",
        connectors: FILES_AND_DATABASES,
        flow_type: "flow.file.to.db",
        tags: &["json", "file", "database"],
        source_object: "customers.json",
        destination_object: "customers",
        properties: &[("action", "insert")],
        mappings: &[],
    },
    Template {
        id: 5,
        name: "Database table to CSV file",
        description: "Exports a database table to a CSV file with a header row in a \
                      server-storage folder, replacing the file.",
        category: "Database to files",
        connectors: FILES_AND_DATABASES,
        flow_type: "flow.db.to.file",
        tags: &["csv", "file", "export"],
        source_object: "customers",
        destination_object: "customers.csv",
        properties: &[("action", "replace")],
        mappings: &[],
    },
    Template {
        id: 6,
        name: "Changed rows to JSON file",
        description: "Exports the rows changed since the flow variable `since` (pass it when \
                      running: {\"since\": \"2024-01-01\"}) to a JSON file, email addresses \
                      in lower case.",
        category: "CDC & incremental",
        connectors: FILES_AND_DATABASES,
        flow_type: "flow.db.to.file",
        tags: &["json", "incremental", "export"],
        source_object: "SELECT * FROM customers WHERE updated_at > '{since}'",
        destination_object: "changed_customers.json",
        properties: &[("action", "replace")],
        mappings: &[("email", "email", Some("lower"))],
    },
];

/// Template `id`.
pub fn template(id: i64) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}
