//! Tenant backups: an Administrator queues one (202 at once, 409 while one is queued or
//! running), the job loop writes the tenant as JSON under the data dir (connections with
//! their secrets redacted, flows, settings, and executions when asked); a backup that
//! cannot be written is recorded `failed` with no file left; listings are newest first.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::surfaces::etlworks::operations::backups;

use super::{admin, call, refused, user_with_key};
use crate::helpers::{spawn_stopped_clock, TestApp};

const BACKUP: &str = "/rest/v1/maintenance/backup";
const BACKUPS: &str = "/rest/v1/maintenance/backups";

fn folder(app: &TestApp) -> std::path::PathBuf {
    backups::folder(app.state(), 1)
}

#[tokio::test]
async fn a_backup_is_queued_then_written_by_the_job_loop() {
    let (app, _clock) = spawn_stopped_clock(61, None).await;
    let body = json!({"name": "warehouse", "connectionType": "connection.db.postgres",
        "properties": {"field.connection.template.host": "db.example.com", "user": "etl", "password": "s3cret"}});
    let r = admin(&app, Method::POST, "/rest/v1/connections", Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let (_, editor) = user_with_key(&app, "bk-editor", "EDITOR", Some(1)).await;
    // Only administrators: nothing is queued.
    let r = call(&app, &editor, Method::POST, BACKUP, Some(json!({}))).await;
    refused(&r, StatusCode::FORBIDDEN, BACKUP, "Administrator");
    let r = call(&app, &editor, Method::GET, BACKUPS, None).await;
    refused(&r, StatusCode::FORBIDDEN, BACKUPS, "Administrator");
    let r = admin(
        &app,
        Method::POST,
        BACKUP,
        Some(json!({"note": "x".repeat(501)})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(
        admin(&app, Method::GET, BACKUPS, None).await.headers["x-total-count"],
        "0"
    );
    // Queued at once; a second is refused while it waits.
    let r = admin(
        &app,
        Method::POST,
        BACKUP,
        Some(json!({"note": "before the upgrade"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"id": r.json["id"], "status": "queued", "requestedAt": "2025-11-27T07:42:00Z",
               "requestedBy": r.json["requestedBy"], "completedAt": null, "sizeBytes": null,
               "note": "before the upgrade", "error": null, "fileName": null})
    );
    let first = r.json["id"].as_i64().unwrap();
    let r = admin(&app, Method::POST, BACKUP, Some(json!({}))).await;
    refused(&r, StatusCode::CONFLICT, BACKUP, "already");
    // The job loop writes it.
    assert_eq!(backups::step(app.state()).await.unwrap(), 1);
    let r = admin(&app, Method::GET, BACKUPS, None).await;
    assert_eq!(r.headers["x-total-count"], "1");
    let done = &r.json[0];
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["completedAt"], "2025-11-27T07:42:00Z");
    let file = folder(&app).join(done["fileName"].as_str().unwrap());
    let bytes = std::fs::read(&file).expect("the backup file");
    assert_eq!(done["sizeBytes"], bytes.len() as i64);
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["format"], "understudy-etlworks-backup");
    assert_eq!(doc["backupId"], first);
    assert_eq!(doc["settings"]["recycleBinRetentionDays"], 90);
    let conn = &doc["bundle"]["connections"][0];
    assert_eq!(conn["name"], "warehouse");
    assert!(!doc.to_string().contains("s3cret"), "secrets are redacted");
    assert!(doc["executions"].is_null());
    // Once it ended, another may start: with the execution history this time.
    super::system::ended_execution(&app, crate::helpers::START_MS - 1000, "success").await;
    let r = admin(
        &app,
        Method::POST,
        BACKUP,
        Some(json!({"includeExecutionHistory": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    backups::step(app.state()).await.unwrap();
    let r = admin(&app, Method::GET, BACKUPS, None).await;
    assert_eq!(r.json[0]["status"], "completed", "newest first: {}", r.text);
    assert_eq!(r.json[1]["id"], first);
    let file = folder(&app).join(r.json[0]["fileName"].as_str().unwrap());
    let doc: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(doc["executions"].as_array().map(Vec::len), Some(1));
    app.stop().await;
}

#[tokio::test]
async fn a_backup_that_cannot_be_written_fails_and_leaves_no_file() {
    let (app, _clock) = spawn_stopped_clock(62, None).await;
    // A file where the backups folder should be: the folder cannot be made.
    let dir = folder(&app);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    std::fs::write(&dir, b"in the way").unwrap();
    let r = admin(&app, Method::POST, BACKUP, Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    assert_eq!(backups::step(app.state()).await.unwrap(), 1);
    let r = admin(&app, Method::GET, BACKUPS, None).await;
    let failed = &r.json[0];
    assert_eq!(failed["status"], "failed", "{failed}");
    assert!(
        failed["error"].as_str().unwrap().contains("Cannot create"),
        "{failed}"
    );
    assert!(failed["fileName"].is_null() && failed["sizeBytes"].is_null());
    assert_eq!(
        std::fs::read(&dir).unwrap(),
        b"in the way",
        "nothing written"
    );
    // A failed backup does not block the next one.
    std::fs::remove_file(&dir).unwrap();
    let r = admin(&app, Method::POST, BACKUP, Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
    backups::step(app.state()).await.unwrap();
    let r = admin(&app, Method::GET, BACKUPS, None).await;
    assert_eq!(r.json[0]["status"], "completed");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "one file, no partial one"
    );
    app.stop().await;
}
