//! Migrations are frozen: the first one still builds v0.1's schema, and a database a
//! released version wrote migrates forward at start and serves its data unchanged.

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database, Statement};
use sea_orm_migration::MigratorTrait;
use serde_json::json;
use understudy::store::migrations::Migrator;

use crate::helpers::{client, Spawn, TestApp, TestDatabase};

/// What `v0.1-m0001.*` hold: examples/fixtures.yaml loaded by v0.1, a workspace made
/// through the API, and an uploaded certificate (see tests/fixtures/released/).
const RELEASED: &str = "v0.1-m0001";
const RELEASED_PASSWORD: &str = "change-me-please";
const RELEASED_TOKEN: &str = "us_demo_token";

/// `(type, name, sql)` of every schema object in a SQLite file, sorted.
async fn sqlite_schema(path: &std::path::Path) -> Vec<(String, String, String)> {
    let db = Database::connect(format!("sqlite://{}?mode=ro", path.display()))
        .await
        .expect("the file opens");
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name",
        ))
        .await
        .expect("the schema reads");
    rows.iter()
        .map(|r| {
            (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
                r.try_get_by_index(2).unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_frozen_first_migration_builds_exactly_the_released_schema() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.db");
    let db = Database::connect(format!("sqlite://{}?mode=rwc", fresh.display()))
        .await
        .unwrap();
    Migrator::up(&db, Some(1)).await.expect("m0001 runs");
    db.close().await.unwrap();
    let released = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/released/{RELEASED}.sqlite"));
    assert_eq!(sqlite_schema(&fresh).await, sqlite_schema(&released).await);
}

#[tokio::test]
async fn a_database_the_released_version_wrote_migrates_forward_and_serves_its_data() {
    let database = TestDatabase::released(RELEASED).await;
    let app = Spawn::default().start_on(database).await;

    let applied = app
        .state()
        .db
        .query_all(Statement::from_string(
            app.state().db.get_database_backend(),
            "SELECT version FROM seaql_migrations ORDER BY version",
        ))
        .await
        .unwrap();
    let versions: Vec<String> = applied
        .iter()
        .map(|r| r.try_get_by_index(0).unwrap())
        .collect();
    assert_eq!(
        versions,
        [
            "m0001_initial",
            "m0002_syntho_indexes",
            "m0003_kadi4mat",
            "m0004_kawa",
            "m0005_kawa_data",
            "m0006_kawa_scripts",
            "m0007_kawa_dashboards",
            "m0008_kawa_workflows",
            "m0009_kawa_remainder",
            "m0010_etlworks_accounts",
            "m0011_etlworks_flows",
            "m0012_etlworks_connections",
            "m0013_etlworks_webhooks",
            "m0014_etlworks_schedules",
            "m0015_etlworks_macros",
            "m0016_etlworks_operations",
            "m0017_etlworks_composer",
        ]
    );
    // m0003 gave the released users a Kadi4Mat username from their email.
    let usernames = app
        .state()
        .db
        .query_all(Statement::from_string(
            app.state().db.get_database_backend(),
            "SELECT email, username FROM users ORDER BY email",
        ))
        .await
        .unwrap();
    let usernames: Vec<(String, String)> = usernames
        .iter()
        .map(|r| {
            (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        usernames,
        [
            ("admin@example.com".to_string(), "admin".to_string()),
            ("reader@example.com".to_string(), "reader".to_string())
        ]
    );

    // Datawiza: the released token, both applications, the uploaded certificate.
    let apps = datawiza(&app, "/admin/api/v1/applications/?size=10").await;
    let names: Vec<&str> = apps["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"TEST MFA RULE") && names.contains(&"aaaa2222"));
    let ssl = datawiza(
        &app,
        "/admin/api/v1/applications/68496c6bd01242b98e2f469eaa2f3465/ssl",
    )
    .await;
    assert_eq!(ssl["data"]["mode"], "UPLOAD");
    assert!(ssl["data"]["fingerPrint"].as_str().unwrap().contains(':'));

    // Kadi4Mat: the released admin token is a personal access token too.
    let info = app
        .send_with(&app.http, Method::GET, "/api/v1/info", |b| {
            b.bearer_auth(RELEASED_TOKEN)
        })
        .await;
    assert_eq!(info.status, StatusCode::OK, "{}", info.text);

    // Syntho: the released password, both workspaces ready, the fixture's members.
    let c = client();
    app.syntho_login(&c, "admin@example.com", RELEASED_PASSWORD)
        .await;
    let list = app
        .json(&c, Method::GET, "/api/v1/workspaces/", None)
        .await
        .json;
    let workspaces = list["workspaces"].as_array().unwrap();
    let summary: Vec<_> = workspaces
        .iter()
        .map(|w| json!([w["name"], w["status"]]))
        .collect();
    assert_eq!(
        summary,
        [json!(["Demo CRM", "ready"]), json!(["Sales copy", "ready"])]
    );
    let members = app
        .json(&c, Method::GET, "/api/v1/workspaces/1/members/", None)
        .await;
    assert_eq!(
        members.json.as_array().unwrap().len(),
        2,
        "{}",
        members.text
    );

    // New rows continue the released keys instead of clashing with them.
    let copy = app
        .json(
            &c,
            Method::POST,
            "/api/v1/workspaces/1/duplicate/",
            Some(crate::syntho::update_body("Demo CRM copy")),
        )
        .await;
    assert_eq!(copy.status, StatusCode::OK, "{}", copy.text);
    assert_eq!(copy.json["pk"], 3);
    app.stop().await;
}

async fn datawiza(app: &TestApp, path: &str) -> serde_json::Value {
    let r = app
        .send_with(&app.http, Method::GET, path, |b| {
            b.bearer_auth(RELEASED_TOKEN)
        })
        .await;
    assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
    r.json
}

#[tokio::test]
async fn the_unique_index_refuses_a_workspace_name_the_service_check_did_not_see() {
    use sea_orm::Set;
    use understudy::authz::{syntho::act_as, Operator};
    use understudy::store::entities::{sy_job, sy_workspace};
    use understudy::store::StoreError;

    let app = Spawn::default().start().await;
    let state = app.state();
    let operator = Operator::outside_requests();
    let admin = understudy::store::accounts::user_by_email(&state.db, crate::helpers::ADMIN_EMAIL)
        .await
        .unwrap()
        .unwrap();
    let owner = act_as(&operator, admin);
    let row = || sy_workspace::ActiveModel {
        name: Set("Taken".into()),
        organization: Set(1),
        created_at: Set(0),
        engine_id: Set(state.ids.uuid().to_string()),
        connector_type: Set("postgres".into()),
        source_connection: Set("{}".into()),
        target_connection: Set("{}".into()),
        source_database_status: Set("CURRENT".into()),
        ..Default::default()
    };
    let job = || sy_job::Model {
        id: state.ids.uuid().to_string(),
        engine_id: String::new(),
        workspace: 0,
        job_type: "create_engine".into(),
        status: "SUCCESS".into(),
        reason: None,
        created: 0,
        last_updated: 0,
        due_at: 0,
    };
    let store = |r, j| understudy::store::syntho::create_workspace(&state.db, &owner, r, vec![], j);
    store(row(), job()).await.expect("the first is stored");
    let second = store(row(), job()).await;
    assert!(
        matches!(second, Err(StoreError::Conflict(_))),
        "the index refuses it: {second:?}"
    );
    app.stop().await;
}
