//! `/api/v1/auth/` and `/api/v1/workspaces/…`, mirrored.

mod auth;
mod jobs;
mod replicas;
mod two_stores;
pub mod workspaces;

use serde_json::{json, Value};

/// A valid PostgreSQL connection; `host` decides whether the engine job succeeds.
pub fn connection(host: &str, is_source: bool) -> Value {
    json!({
        "connector_type": "postgres",
        "is_source": is_source,
        "host": host,
        "port": 5432,
        "database": "sales",
        "username": "syntho",
        "password": "s3cret-db-password",
        "schema_name": "public",
        "protocol": "postgresql+psycopg2",
        "hooks_params": {
            "SSHTunnel": {"host": "bastion.example.com", "port": 22, "username": "tunnel", "pkey": "-----BEGIN OPENSSH PRIVATE KEY-----secret-pkey"}
        }
    })
}

pub fn create_body(name: &str) -> Value {
    json!({
        "name": name,
        "organization": 1,
        "source_connection": connection("db.example.com", true),
        "target_connection": connection("target.example.com", false),
    })
}

pub fn update_body(name: &str) -> Value {
    json!({
        "name": name,
        "source_connection": connection("db.example.com", true),
        "target_connection": connection("target.example.com", false),
    })
}

/// Users and a workspace with an editor and a reader, for role tests.
pub const FIXTURES: &str = r#"
syntho:
  users:
    - {email: editor@example.com, password: editor-password, first_name: Eddie, last_name: Editor}
    - {email: reader@example.com, password: reader-password, first_name: Rita, last_name: Reader}
    - {email: outsider@example.com, password: outsider-password, organization: 2}
  workspaces:
    - name: Shared
      owner: admin@example.com
      source_connection: {connector_type: mssql, host: sql.example.com, port: 1433, database: crm, username: sa, password: fixture-secret, protocol: mssql+pyodbc}
      target_connection: {connector_type: mssql, host: sql2.example.com, port: 1433, database: crm_synth, username: sa, password: fixture-secret}
      members:
        - {email: editor@example.com, role: EDITOR, data_access: true}
        - {email: reader@example.com, role: READER}
"#;
