//! Files uploaded to a workspace as kywy sends them (multipart part `file-0`, the id in
//! `fileId`): metadata, download, replace, delete, who may, and no bytes left behind.

use reqwest::{Method, StatusCode};

use super::{refused, user_with_key, ADMIN};
use crate::helpers::{spawn_app, Answer, TestApp};

async fn upload(app: &TestApp, key: &str, file_id: &str, name: &str, bytes: &[u8]) -> Answer {
    let part = reqwest::multipart::Part::bytes(bytes.to_vec())
        .file_name(name.to_string())
        .mime_str("text/csv")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("file-0", part);
    let key = key.to_string();
    let path = format!("/uploads/files?fileId={file_id}");
    app.send_with(&app.http, Method::POST, &path, move |b| {
        b.header("x-kawa-api-key", key)
            .header("x-kawa-workspace-id", "1")
            .multipart(form)
    })
    .await
}

async fn call(app: &TestApp, method: Method, path: &str, key: &str) -> Answer {
    app.kawa(method, path, key, Some("1"), None).await
}

/// The objects under the file store's KAWA folder.
fn stored(app: &TestApp) -> usize {
    let dir = app.state().config.data_dir.join("files/kawa/files");
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

#[tokio::test]
async fn a_file_is_uploaded_read_replaced_and_deleted() {
    let app = spawn_app().await;
    let r = upload(&app, ADMIN, "report", "report.csv", b"a,b\n1,2\n").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["fileId"], "report");
    assert_eq!(r.json["fileName"], "report.csv");
    assert_eq!(r.json["size"], 8);
    assert_eq!(r.json["contentType"], "text/csv");

    let meta = call(&app, Method::GET, "/uploads/files/report/metadata", ADMIN).await;
    assert_eq!(meta.json, r.json);
    let got = call(&app, Method::GET, "/uploads/files/report", ADMIN).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(&got.bytes[..], b"a,b\n1,2\n");
    assert_eq!(
        got.headers["content-disposition"],
        "attachment; filename=\"report.csv\""
    );

    let r = upload(&app, ADMIN, "report", "report-v2.csv", b"a,b\n3,4\n5,6\n").await;
    assert_eq!(r.json["size"], 12, "{}", r.text);
    let got = call(&app, Method::GET, "/uploads/files/report", ADMIN).await;
    assert_eq!(&got.bytes[..], b"a,b\n3,4\n5,6\n");
    assert_eq!(stored(&app), 1, "the replaced bytes are removed");

    let r = call(&app, Method::DELETE, "/uploads/files/report", ADMIN).await;
    assert_eq!(
        r.json,
        serde_json::json!({"fileId": "report", "deleted": true})
    );
    assert_eq!(stored(&app), 0, "the bytes are removed");
    let gone = call(&app, Method::GET, "/uploads/files/report/metadata", ADMIN).await;
    refused(&gone, StatusCode::NOT_FOUND, "No file with id report");
    let gone = call(&app, Method::DELETE, "/uploads/files/report", ADMIN).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn members_read_files_and_only_owners_change_them() {
    let app = spawn_app().await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    upload(&app, ADMIN, "shared", "s.csv", b"x").await;
    let got = call(&app, Method::GET, "/uploads/files/shared", &bob).await;
    assert_eq!(&got.bytes[..], b"x");
    let r = upload(&app, &bob, "shared", "mine.csv", b"y").await;
    refused(&r, StatusCode::FORBIDDEN, "You may not change file shared");
    let r = call(&app, Method::DELETE, "/uploads/files/shared", &bob).await;
    refused(&r, StatusCode::FORBIDDEN, "You may not change file shared");
    assert_eq!(
        &call(&app, Method::GET, "/uploads/files/shared", ADMIN)
            .await
            .bytes[..],
        b"x"
    );
    assert_eq!(stored(&app), 1, "a refused upload leaves no bytes");

    let r = upload(&app, &bob, "bad id!", "b.csv", b"z").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let form = reqwest::multipart::Form::new().text("file-1", "not the file");
    let r = app
        .send_with(
            &app.http,
            Method::POST,
            "/uploads/files?fileId=x",
            move |b| b.header("x-kawa-api-key", ADMIN).multipart(form),
        )
        .await;
    refused(&r, StatusCode::BAD_REQUEST, "file-0");
    app.stop().await;
}
