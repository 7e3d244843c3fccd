//! The files and uploads tags: direct and chunked uploads (kept in the file store,
//! never in the database), downloads byte-equal under their names, renames, data
//! replaced under the same id, name conflicts, deletion, and no bytes left behind by
//! an abandoned or deleted upload.

use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use understudy::common::clock::ManualClock;
use understudy::common::ids::SeededIds;
use understudy::state::Environment;

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::{spawn_app_with, Answer, Spawn, TestApp};

const CHUNK: usize = 10_000_000;

async fn new_upload(app: &TestApp, token: &str, record: &Value, body: Value) -> Answer {
    app.kadi_json(
        Method::POST,
        &format!("/api/v1/records/{}/uploads", record["id"]),
        token,
        Some(body),
    )
    .await
}

async fn put_bytes(
    app: &TestApp,
    token: &str,
    url: &str,
    data: Vec<u8>,
    headers: &[(&str, String)],
) -> Answer {
    let path = url
        .split_once("/api/v1")
        .map(|(_, p)| format!("/api/v1{p}"))
        .unwrap();
    app.send_with(&app.http, Method::PUT, &path, |b| {
        let mut b = b.bearer_auth(token).body(data);
        for (name, value) in headers {
            b = b.header(*name, value.as_str());
        }
        b
    })
    .await
}

fn path_of(url: &Value) -> String {
    let url = url.as_str().unwrap();
    url.split_once("/api/v1")
        .map(|(_, p)| format!("/api/v1{p}"))
        .unwrap()
}

#[tokio::test]
async fn a_direct_upload_makes_a_file_that_downloads_byte_equal_and_can_be_renamed_replaced_and_deleted(
) {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(
        &app,
        &ada,
        json!({"identifier": "with-files", "title": "F"}),
    )
    .await;
    let data = b"force,elongation\n1.0,0.1\n2.0,0.3\n".to_vec();
    let upload = new_upload(
        &app,
        &ada,
        &record,
        json!({"name": "specimen.csv", "size": data.len()}),
    )
    .await;
    assert_eq!(upload.status, StatusCode::CREATED, "{}", upload.text);
    assert_eq!(upload.json["upload_type"], "direct");
    assert_eq!(upload.json["chunk_count"], 1);
    assert_eq!(upload.json["_meta"]["chunk_size"], data.len());
    let target = upload.json["_actions"]["upload_data"]
        .as_str()
        .unwrap()
        .to_string();

    // A checksum that does not match is refused, and nothing is made.
    let wrong = put_bytes(
        &app,
        &ada,
        &target,
        data.clone(),
        &[("Kadi-MD5-Checksum", "0".repeat(32))],
    )
    .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.text);
    let short = put_bytes(&app, &ada, &target, data[..5].to_vec(), &[]).await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    let md5 = format!("{:x}", md5::compute(&data));
    let file = put_bytes(
        &app,
        &ada,
        &target,
        data.clone(),
        &[("Kadi-MD5-Checksum", md5.clone())],
    )
    .await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", file.text);
    assert_eq!(file.json["name"], "specimen.csv");
    assert_eq!(file.json["size"], data.len());
    assert_eq!(file.json["checksum"], md5);
    assert_eq!(file.json["mimetype"], "text/csv");
    assert_eq!(file.json["magic_mimetype"], "text/plain");
    let file_id = file.json["id"].as_str().unwrap().to_string();
    let rid = record["id"].as_i64().unwrap();

    let download = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/{file_id}/download"),
            &ada,
        )
        .await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes.as_ref(), data.as_slice(), "byte-equal");
    assert_eq!(download.headers["content-type"], "text/csv");
    assert_eq!(
        download.headers["content-disposition"],
        "attachment; filename=\"specimen.csv\""
    );
    let listed = app
        .kadi(Method::GET, &format!("/api/v1/records/{rid}/files"), &ada)
        .await;
    assert_eq!(listed.json["_pagination"]["total_items"], 1);
    let by_name = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/name/specimen.csv"),
            &ada,
        )
        .await;
    assert_eq!(by_name.json["id"], file_id.as_str());
    let alone = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/files/{file_id}"),
            &ada,
        )
        .await;
    assert_eq!(
        alone.json["_links"]["record"],
        format!("{}/api/v1/records/{rid}", app.base)
    );

    // The name is taken: 409 with the file, whose edit_data replaces its data instead.
    let again = new_upload(
        &app,
        &ada,
        &record,
        json!({"name": "specimen.csv", "size": 3}),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert_eq!(again.json["file"]["id"], file_id.as_str());
    let edit_data = path_of(&again.json["file"]["_actions"]["edit_data"]);
    let replacing = app
        .kadi_json(Method::PUT, &edit_data, &ada, Some(json!({"size": 3})))
        .await;
    assert_eq!(replacing.status, StatusCode::CREATED, "{}", replacing.text);
    assert_eq!(replacing.json["file"]["id"], file_id.as_str());
    let target = replacing.json["_actions"]["upload_data"]
        .as_str()
        .unwrap()
        .to_string();
    let replaced = put_bytes(&app, &ada, &target, b"new".to_vec(), &[]).await;
    assert_eq!(replaced.status, StatusCode::CREATED, "{}", replaced.text);
    assert_eq!(
        replaced.json["id"],
        file_id.as_str(),
        "the same file, new data"
    );
    assert_eq!(replaced.json["size"], 3);
    let download = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/{file_id}/download"),
            &ada,
        )
        .await;
    assert_eq!(download.bytes.as_ref(), b"new");
    // Only the current data is kept.
    let kept = app.state().files.list("files/").await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");

    // Renamed; a taken name is 409.
    let other = new_upload(&app, &ada, &record, json!({"name": "other.txt", "size": 0})).await;
    let target = other.json["_actions"]["upload_data"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        put_bytes(&app, &ada, &target, Vec::new(), &[]).await.status,
        StatusCode::CREATED
    );
    let file_path = format!("/api/v1/records/{rid}/files/{file_id}");
    let renamed = app
        .kadi_json(
            Method::PATCH,
            &file_path,
            &ada,
            Some(json!({"name": "renamed.csv", "description": "Raw data"})),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text);
    assert_eq!(renamed.json["name"], "renamed.csv");
    assert_eq!(renamed.json["description"], "Raw data");
    let clash = app
        .kadi_json(
            Method::PATCH,
            &file_path,
            &ada,
            Some(json!({"name": "other.txt"})),
        )
        .await;
    assert_eq!(clash.status, StatusCode::CONFLICT);

    // Another user may not touch it.
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    assert_eq!(
        app.kadi(Method::DELETE, &file_path, &bob).await.status,
        StatusCode::FORBIDDEN
    );

    // All files as one ZIP archive.
    let zip = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/files/download"),
            &ada,
        )
        .await;
    assert_eq!(zip.status, StatusCode::OK);
    assert_eq!(zip.headers["content-type"], "application/zip");
    assert!(zip.bytes.starts_with(b"PK\x03\x04"));
    assert!(zip.bytes.windows(11).any(|w| w == b"renamed.csv"));

    assert_eq!(
        app.kadi(Method::DELETE, &file_path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &file_path, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.state().files.list("files/").await.unwrap().len(),
        1,
        "its bytes are gone"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_chunked_upload_is_assembled_in_the_background_after_its_last_chunk() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(&app, &ada, json!({"identifier": "big", "title": "Big"})).await;
    let size = 5 * CHUNK + 7;
    let data: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
    let upload = new_upload(
        &app,
        &ada,
        &record,
        json!({"name": "big.bin", "size": size}),
    )
    .await;
    assert_eq!(upload.status, StatusCode::CREATED, "{}", upload.text);
    assert_eq!(upload.json["upload_type"], "chunked");
    assert_eq!(upload.json["chunk_count"], 6);
    assert_eq!(upload.json["_meta"]["chunk_size"], CHUNK);
    let target = upload.json["_actions"]["upload_data"]
        .as_str()
        .unwrap()
        .to_string();
    let finish = path_of(&upload.json["_actions"]["finish"]);

    let chunk = |i: usize| data[i * CHUNK..((i + 1) * CHUNK).min(size)].to_vec();
    let headers = |i: usize, len: usize| {
        vec![
            ("Kadi-Chunk-Index", i.to_string()),
            ("Kadi-Chunk-Size", len.to_string()),
        ]
    };
    // Chunks come in any order; a chunk of the wrong size or index is refused.
    let wrong_size = put_bytes(
        &app,
        &ada,
        &target,
        chunk(0)[..10].to_vec(),
        &headers(0, 10),
    )
    .await;
    assert_eq!(
        wrong_size.status,
        StatusCode::BAD_REQUEST,
        "{}",
        wrong_size.text
    );
    assert!(wrong_size.json["errors"]["Kadi-Chunk-Size"].is_array());
    let wrong_index = put_bytes(&app, &ada, &target, chunk(0), &headers(6, CHUNK)).await;
    assert_eq!(wrong_index.status, StatusCode::BAD_REQUEST);
    let no_headers = put_bytes(&app, &ada, &target, chunk(0), &[]).await;
    assert_eq!(no_headers.status, StatusCode::BAD_REQUEST);
    for i in [5, 0, 1, 2, 3] {
        let c = chunk(i);
        let len = c.len();
        let sent = put_bytes(&app, &ada, &target, c, &headers(i, len)).await;
        assert_eq!(sent.status, StatusCode::OK, "chunk {i}: {}", sent.text);
    }
    let early = app.kadi(Method::POST, &finish, &ada).await;
    assert_eq!(early.status, StatusCode::BAD_REQUEST, "chunk 4 is missing");
    let sent = put_bytes(&app, &ada, &target, chunk(4), &headers(4, CHUNK)).await;
    assert_eq!(sent.json["chunks"].as_array().unwrap().len(), 6);
    let finished = app.kadi(Method::POST, &finish, &ada).await;
    assert_eq!(finished.status, StatusCode::ACCEPTED, "{}", finished.text);
    assert_eq!(finished.json["state"], "processing");
    assert_eq!(finished.json["_meta"]["task"]["state"], "pending");

    // Polled as kadi-apy polls it, within a bound.
    let self_path = path_of(&finished.json["_links"]["self"]);
    let mut task = Value::Null;
    for _ in 0..200 {
        let polled = app.kadi(Method::GET, &self_path, &ada).await;
        task = polled.json["_meta"]["task"].clone();
        if task.get("file").is_some_and(|f| !f.is_null())
            || task.get("error").is_some_and(|e| !e.is_null())
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(task["state"], "success", "{task}");
    assert_eq!(task["file"]["size"], size);
    assert_eq!(
        task["file"]["checksum"],
        format!("{:x}", md5::compute(&data))
    );
    let download = app
        .kadi(
            Method::GET,
            &path_of(&task["file"]["_links"]["download"]),
            &ada,
        )
        .await;
    assert_eq!(download.bytes.len(), size);
    assert!(download.bytes.as_ref() == data.as_slice(), "byte-equal");
    assert!(
        app.state().files.list("uploads/").await.unwrap().is_empty(),
        "chunks removed"
    );
    let open = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/uploads", record["id"]),
            &ada,
        )
        .await;
    assert_eq!(open.json["items"], json!([]));
    app.stop().await;
}

#[tokio::test]
async fn an_abandoned_or_deleted_upload_leaves_no_bytes_behind() {
    let clock = Arc::new(ManualClock::new(crate::helpers::START_MS));
    let app = Spawn {
        fixtures: Some(FIXTURES.into()),
        env: Environment {
            clock: clock.clone(),
            ids: Arc::new(SeededIds::new(7)),
            files: None,
        },
        run_jobs: false,
        ..Spawn::default()
    }
    .start()
    .await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(&app, &ada, json!({"identifier": "abandoned", "title": "A"})).await;
    let mut targets = Vec::new();
    for name in ["kept.bin", "dropped.bin"] {
        let upload = new_upload(
            &app,
            &ada,
            &record,
            json!({"name": name, "size": 6 * CHUNK}),
        )
        .await;
        let target = upload.json["_actions"]["upload_data"]
            .as_str()
            .unwrap()
            .to_string();
        let sent = put_bytes(
            &app,
            &ada,
            &target,
            vec![1u8; CHUNK],
            &[
                ("Kadi-Chunk-Index", "0".into()),
                ("Kadi-Chunk-Size", CHUNK.to_string()),
            ],
        )
        .await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.text);
        targets.push(path_of(&upload.json["_links"]["self"]));
    }
    assert_eq!(app.state().files.list("uploads/").await.unwrap().len(), 2);
    // Deleted: its chunks go with it.
    assert_eq!(
        app.kadi(Method::DELETE, &targets[1], &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(app.state().files.list("uploads/").await.unwrap().len(), 1);
    // Abandoned: the sweep takes it once it is a day old, not before.
    let sweep = understudy::surfaces::kadi4mat::jobs::sweep;
    clock.advance(std::time::Duration::from_secs(60 * 60));
    assert_eq!(sweep(app.state()).await.unwrap(), 0);
    assert_eq!(
        app.kadi(Method::GET, &targets[0], &ada).await.status,
        StatusCode::OK
    );
    clock.advance(std::time::Duration::from_secs(24 * 60 * 60));
    assert_eq!(sweep(app.state()).await.unwrap(), 1);
    assert_eq!(
        app.kadi(Method::GET, &targets[0], &ada).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(app.state().files.list("uploads/").await.unwrap().is_empty());
    app.stop().await;
}

#[tokio::test]
async fn uploads_belong_to_their_maker_and_the_quota_is_kept() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let record = new_record(
        &app,
        &ada,
        json!({"identifier": "shared-up", "title": "S", "visibility": "public"}),
    )
    .await;
    let upload = new_upload(&app, &ada, &record, json!({"name": "a.txt", "size": 1})).await;
    let self_path = path_of(&upload.json["_links"]["self"]);
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    // Bob may read the record but not write to it, let alone into Ada's upload.
    assert_eq!(
        app.kadi(Method::GET, &self_path, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    let too_big = new_upload(
        &app,
        &ada,
        &record,
        json!({"name": "huge.bin", "size": 10_000_000_001i64}),
    )
    .await;
    assert_eq!(
        too_big.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        too_big.text
    );
    assert_eq!(too_big.json["code"], 413);
    let mine = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/uploads", record["id"]),
            &ada,
        )
        .await;
    assert_eq!(mine.json["items"].as_array().unwrap().len(), 1);
    app.stop().await;
}
