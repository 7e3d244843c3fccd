//! The `--fixtures` file: its JSON Schema (derived, committed, served, printed), files
//! that do not fit refused at start by the path of the entry, and `fixtures export`,
//! whose file loads into an empty instance to the same state.

use std::process::Command;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::fixtures::schema::json_schema;
use understudy::surfaces::syntho::jobs;

use crate::helpers::{
    client, spawn_stopped_clock, Spawn, TestApp, TestDatabase, ADMIN_TOKEN, SYNTHO_JOB,
};

fn repository_file(path: &str) -> String {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn the_committed_schema_is_what_the_fixture_types_derive() {
    let committed: Value =
        serde_json::from_str(&repository_file("examples/fixtures.schema.json")).unwrap();
    assert!(
        committed == json_schema(),
        "examples/fixtures.schema.json is stale: run \
         `cargo run -- fixtures schema > examples/fixtures.schema.json`"
    );
}

#[test]
fn every_fixtures_file_in_the_repository_fits_its_schema_and_parses() {
    let validator = jsonschema::draft202012::new(&json_schema()).expect("a valid schema");
    let files = [
        (
            "examples/fixtures.yaml",
            repository_file("examples/fixtures.yaml"),
        ),
        (
            "scripts/schemathesis-fixtures.yaml",
            repository_file("scripts/schemathesis-fixtures.yaml"),
        ),
        ("datawiza tests", crate::datawiza::FIXTURES.to_string()),
        ("syntho tests", crate::syntho::FIXTURES.to_string()),
        (
            "kadi4mat tests",
            crate::kadi4mat::fixtures::FILE.to_string(),
        ),
        ("round trip", ROUND_TRIP.to_string()),
        ("kawa tests", crate::kawa::fixtures::FILE.to_string()),
        (
            "kawa data tests",
            crate::kawa::fixtures::data::FILE.to_string(),
        ),
    ];
    for (name, text) in files {
        let value: Value = serde_yaml_ng::from_str(&text).expect("YAML");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        understudy::fixtures::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // And the schema is not a blank cheque: a misspelt field fails it.
    let wrong = json!({"syntho": {"workspaces": [{"name": "x", "ownr": "a@b.c"}]}});
    assert!(!validator.is_valid(&wrong));
}

#[tokio::test]
async fn the_schema_is_served_and_printed() {
    let app = Spawn::default().start().await;
    let r = app
        .send_with(
            &client(),
            Method::GET,
            "/openapi/fixtures.schema.json",
            |b| b,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json, json_schema());
    let printed = Command::new(env!("CARGO_BIN_EXE_understudy"))
        .args(["fixtures", "schema"])
        .output()
        .expect("the binary runs");
    assert!(printed.status.success());
    let printed: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(printed, json_schema());
    app.stop().await;
}

#[tokio::test]
async fn a_file_that_does_not_fit_is_refused_at_start_by_the_entrys_path_and_writes_nothing() {
    let cases = [
        (
            "syntho:\n  workspaces:\n    - {name: A, owner: admin@example.com, source_connection: {connector_type: postgres, port: high}, target_connection: {connector_type: postgres}}\n",
            "syntho.workspaces[0].source_connection.port: ",
        ),
        (
            "users:\n  - {email: a@example.com, password: long-enough-1}\n  - {email: b@example.com}\n",
            "users[1]: give exactly one of password and password_hash",
        ),
        // Valid in form, refused by a rule, after the first workspace was written in the
        // same transaction: nothing stays.
        (
            "syntho:\n  workspaces:\n    - {name: Kept?, owner: admin@example.com, source_connection: {connector_type: postgres, host: a, port: 1, database: d, username: u}, target_connection: {connector_type: postgres, host: b, port: 1, database: d, username: u}}\n    - {name: B, owner: nobody@example.com, source_connection: {connector_type: postgres, host: a, port: 1, database: d, username: u}, target_connection: {connector_type: postgres, host: b, port: 1, database: d, username: u}}\n",
            "syntho.workspaces[1].owner: no user has email nobody@example.com",
        ),
    ];
    for (text, expected) in cases {
        let state = refused_at_start(text, expected).await;
        assert!(state.syntho.workspaces.is_empty(), "{expected}");
    }
}

/// Starts an instance with fixtures `text`, which must be refused with a message holding
/// `expected`; then starts the same store without the file and returns its whole state,
/// which the caller checks holds nothing of the file. Only the bootstrap admin (made by
/// that second start) may be there: this asserts it.
pub async fn refused_at_start(text: &str, expected: &str) -> understudy::fixtures::Fixtures {
    let database = TestDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    let spawn = Spawn {
        fixtures: Some(text.to_string()),
        ..Spawn::default()
    };
    let config = spawn.config(dir.path(), &database);
    let err = understudy::server::start(config.clone())
        .await
        .err()
        .expect("the start is refused");
    assert!(err.contains(expected), "{expected}\n{err}");
    // Nor is a file of it left in the data dir, nor a folder made for one (KAWA's parts).
    let warehouse = config.data_dir.join("warehouse");
    let written = files_under(&warehouse);
    assert!(written.is_empty(), "{expected}: {written:?} stayed");
    assert!(
        !warehouse.exists(),
        "{expected}: {} stayed",
        warehouse.display()
    );
    let running = understudy::server::start(understudy::config::Config {
        fixtures: None,
        ..config
    })
    .await
    .expect("starts without the file");
    let operator = understudy::authz::Operator::outside_requests();
    let state = understudy::fixtures::export(&running.state, &operator)
        .await
        .unwrap();
    assert_eq!(state.users.len(), 1, "{expected}: only the admin made now");
    running.stop().await;
    database.drop_database().await;
    state
}

/// Every file under `dir` (none when it does not exist).
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Users, tokens, applications, a certificate and workspaces with members: the state the
/// round trip starts from (more is made through the API).
const ROUND_TRIP: &str = r#"
users:
  - {email: analyst@example.com, password: analyst-password, first_name: Ana, last_name: Lyst,
     tokens: [{product: datawiza, name: ci, token: us_analyst_token_123}]}
datawiza:
  applications:
    - id: 68496c6bd01242b98e2f469eaa2f3465
      name: Exported
      publicDomain: https://exported.example.com
      listenPort: 8443
      upstreams: [{host: backend.internal, port: 8080}]
syntho:
  workspaces:
    - name: Shared
      owner: admin@example.com
      source_connection: {connector_type: mssql, host: sql.example.com, port: 1433, database: crm, username: sa, password: never-exported}
      target_connection: {connector_type: mssql, host: sql2.example.com, port: 1433, database: crm2, username: sa}
      members:
        - {email: analyst@example.com, role: EDITOR, data_access: true}
"#;

/// Everything a client can read of the instance, as the given users.
async fn views(app: &TestApp, analyst: &reqwest::Client, admin: &reqwest::Client) -> Value {
    let dw = |path: &'static str, token: &'static str| async move {
        app.send_with(&app.http, Method::GET, path, |b| b.bearer_auth(token))
            .await
            .json
    };
    let mut out = json!({
        "applications": dw("/admin/api/v1/applications/?size=50", ADMIN_TOKEN).await,
        "by_analyst": dw("/admin/api/v1/applications/?size=50", "us_analyst_token_123").await,
        "ssl": dw("/admin/api/v1/applications/68496c6bd01242b98e2f469eaa2f3465/ssl", ADMIN_TOKEN).await,
    });
    for (who, c) in [("admin", admin), ("analyst", analyst)] {
        let list = app
            .json(c, Method::GET, "/api/v1/workspaces/", None)
            .await
            .json;
        let mut members = Vec::new();
        for w in list["workspaces"].as_array().unwrap() {
            let path = format!("/api/v1/workspaces/{}/members/", w["pk"]);
            members.push(app.json(c, Method::GET, &path, None).await.json);
        }
        out[who] = json!({"workspaces": list, "members": members});
    }
    out
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let c = client();
    app.syntho_login(&c, email, password).await;
    c
}

/// `understudy fixtures export` of `app`'s store, as the CLI prints it. The data dir is
/// given also with a database URL: KAWA's rows are files in it.
pub fn export_with_the_cli(app: &TestApp) -> String {
    let config = &app.state().config;
    let mut command = Command::new(env!("CARGO_BIN_EXE_understudy"));
    command.args(["fixtures", "export"]);
    command.arg("--data-dir").arg(&config.data_dir);
    if let Some(url) = &config.database_url {
        command.args(["--database-url", url]);
    }
    // With the default log level: logs must not end up in the file.
    let out = command
        .env_remove("RUST_LOG")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn an_export_loads_into_an_empty_instance_to_the_same_state() {
    let (first, clock) = spawn_stopped_clock(3, Some(ROUND_TRIP)).await;
    let admin = first.syntho_admin().await;
    // More state through the API: a workspace whose job is running, an uploaded
    // certificate.
    let created = first
        .json(
            &admin,
            Method::POST,
            "/api/v1/workspaces/",
            Some(crate::syntho::create_body("Mid-flight")),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.text);
    clock.advance(SYNTHO_JOB / 2);
    jobs::step(first.state()).await.unwrap();
    let form = reqwest::multipart::Form::new()
        .text("isSSL", "true")
        .text("mode", "UPLOAD")
        .text("uploadFile", "false")
        .text("cert", include_str!("../fixtures/rsa.crt"))
        .text("key", include_str!("../fixtures/rsa.key"));
    let uploaded = first
        .send_with(
            &first.http,
            Method::POST,
            "/admin/api/v1/applications/68496c6bd01242b98e2f469eaa2f3465/ssl",
            |b| b.bearer_auth(ADMIN_TOKEN).multipart(form),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::OK, "{}", uploaded.text);

    let analyst = sign_in(&first, "analyst@example.com", "analyst-password").await;
    let before = views(&first, &analyst, &admin).await;
    assert_eq!(
        before["admin"]["workspaces"]["workspaces"][1]["engine"]["latest_job_status"],
        "IN_PROGRESS"
    );
    let exported = export_with_the_cli(&first);
    assert!(!exported.contains("never-exported"), "no clear-text secret");
    assert!(
        !exported.contains("analyst-password"),
        "no clear-text password"
    );
    assert!(
        !exported.contains("us_analyst_token_123"),
        "no clear-text token"
    );
    assert!(exported.contains("password_hash: $argon2"));
    let exported_state = understudy::fixtures::parse(&exported).expect("the export parses");
    first.stop().await;

    // An empty instance loads it: the exported admin counts, so none is bootstrapped,
    // and every id, time, relation, hash and job state comes back.
    let (second, _clock) = spawn_stopped_clock(3, Some(&exported)).await;
    assert!(second.running.as_ref().unwrap().bootstrap.is_none());
    let admin = second.syntho_admin().await;
    let analyst = sign_in(&second, "analyst@example.com", "analyst-password").await;
    assert_eq!(views(&second, &analyst, &admin).await, before);
    let again = understudy::fixtures::parse(&export_with_the_cli(&second)).unwrap();
    assert_eq!(
        serde_json::to_value(&again).unwrap(),
        serde_json::to_value(&exported_state).unwrap(),
        "exporting the loaded instance gives the same file"
    );
    // New rows take keys after the loaded ones.
    let next = second
        .json(
            &admin,
            Method::POST,
            "/api/v1/workspaces/",
            Some(crate::syntho::create_body("After the load")),
        )
        .await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.text);
    assert_eq!(next.json["pk"], 3);
    second.stop().await;
}
