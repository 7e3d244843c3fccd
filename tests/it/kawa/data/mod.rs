//! KAWA's data tier in real mode: datasources and data providers (commands, reads),
//! loads (Parquet and Arrow IPC bodies, reset and append, the auto-increment), rows
//! deleted by filter, sheets and layouts (also made from kywy's DSL), and queries
//! answered as Arrow IPC streams. Bodies are built and answers
//! read with the warehouse's own Arrow and Parquet crates.

mod computation;
mod datasources;
mod deletion;
mod ingestion;
mod layouts;
mod sheets;

use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use warehouse::arrow::array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use warehouse::arrow::datatypes::{DataType, Field, Schema};
use warehouse::arrow::ipc::reader::StreamReader;
use warehouse::arrow::ipc::writer::StreamWriter;
use warehouse::parquet::arrow::ArrowWriter;
use warehouse::parquet::basic::{Compression, GzipLevel};
use warehouse::parquet::file::properties::WriterProperties;

use super::ADMIN;
use crate::helpers::{Answer, TestApp};

/// The indicators of the orders datasource the tests load: an automatic `record_id` key,
/// then `country` (text), `city` (text) and `amount` (decimal).
pub fn order_indicators() -> Value {
    let plain = |id: &str, kind: &str| {
        json!({"indicatorId": id, "displayInformation": {"displayName": id}, "type": kind,
               "includedInDefaultLayout": true, "storageConfig": {"indexed": false}})
    };
    json!([
        {"indicatorId": "record_id", "displayInformation": {"displayName": "record_id"},
         "type": "integer", "includedInDefaultLayout": false,
         "storageConfig": {"indexed": true, "automaticUniqueValue": true},
         "key": {"keyType": "PRIMARY_SHARDING_KEY"}},
        plain("country", "text"),
        plain("city", "text"),
        plain("amount", "decimal"),
    ])
}

/// Creates datasource `name` in workspace 1 with `key`: the answer.
pub async fn create_datasource(app: &TestApp, key: &str, name: &str) -> Answer {
    app.command(
        key,
        "CreatePythonDataSource",
        json!({"dataSource": {"shared": false, "displayInformation": {"displayName": name},
               "storageConfiguration": {"loadingAdapterName": "CLICKHOUSE"},
               "indicators": order_indicators()}}),
    )
    .await
}

/// A new orders datasource of the admin: its id.
pub async fn orders(app: &TestApp, name: &str) -> String {
    let r = create_datasource(app, ADMIN, name).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json["id"].as_str().unwrap().to_string()
}

/// Order rows `(record_id, country, city, amount)` as one record batch.
pub fn batch(rows: &[(i64, &str, &str, f64)]) -> RecordBatch {
    let schema = Schema::new(vec![
        Field::new("country", DataType::Utf8, true),
        Field::new("city", DataType::Utf8, true),
        Field::new("amount", DataType::Float64, true),
        Field::new("record_id", DataType::Int64, true),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.1))),
        Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.2))),
        Arc::new(Float64Array::from_iter_values(rows.iter().map(|r| r.3))),
        Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.0))),
    ];
    RecordBatch::try_new(Arc::new(schema), columns).unwrap()
}

/// `batch` as a gzip Parquet file, as pandas writes it for kywy.
pub fn parquet(batch: &RecordBatch) -> Vec<u8> {
    let props = WriterProperties::builder()
        .set_compression(Compression::GZIP(GzipLevel::default()))
        .build();
    let mut out = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut out, batch.schema(), Some(props)).unwrap();
    writer.write(batch).unwrap();
    writer.close().unwrap();
    out
}

/// `batch` as an Arrow IPC stream, as kywy's Arrow loader sends it.
pub fn arrow_stream(batch: &RecordBatch) -> Vec<u8> {
    let mut out = Vec::new();
    let mut writer = StreamWriter::try_new(&mut out, &batch.schema()).unwrap();
    writer.write(batch).unwrap();
    writer.finish().unwrap();
    drop(writer);
    out
}

/// kywy's ingestion query string.
pub fn load_query(ds: &str, session: &str, format: &str, reset: bool, rows: usize) -> String {
    let reset = if reset { "True" } else { "False" };
    format!(
        "datasource={ds}&format={format}&reset={reset}&session={session}&optimize=False\
         &system=linux&hostname=tests&start=0&nb_rows={rows}"
    )
}

/// An ingestion call (`prepare`, `finalize`, `stop-with-failure`) with kywy's `{}` body.
pub async fn ingestion(app: &TestApp, key: &str, step: &str, query: &str) -> Answer {
    let path = format!("/ingestion/{step}?{query}");
    app.kawa(Method::POST, &path, key, Some("1"), Some(json!({})))
        .await
}

/// An upload of `body` labelled `content_type`.
pub async fn upload(
    app: &TestApp,
    key: &str,
    query: &str,
    body: Vec<u8>,
    content_type: &str,
) -> Answer {
    let path = format!("/ingestion/upload?{query}");
    let content_type = content_type.to_string();
    let key = key.to_string();
    app.send_with(&app.http, Method::POST, &path, move |b| {
        b.header("x-kawa-api-key", key)
            .header("x-kawa-workspace-id", "1")
            .header("content-type", content_type)
            .body(body)
    })
    .await
}

/// A whole load as kywy makes it (prepare, one upload, finalize): the finalize answer.
pub async fn load(
    app: &TestApp,
    ds: &str,
    rows: &[(i64, &str, &str, f64)],
    reset: bool,
    arrow: bool,
) -> Answer {
    let session = format!("s-{}", uuid::Uuid::new_v4());
    let format = if arrow { "ArrowStream" } else { "parquet" };
    let query = load_query(ds, &session, format, reset, rows.len());
    let r = ingestion(app, ADMIN, "prepare", &query).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["canRunLoading"], true, "{}", r.text);
    let b = batch(rows);
    let (body, label) = if arrow {
        (arrow_stream(&b), "application/octet-stream")
    } else {
        (parquet(&b), "application/json")
    };
    let r = upload(app, ADMIN, &query, body, label).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let finalize = format!("{query}&nb_rows={}", rows.len());
    ingestion(app, ADMIN, "finalize", &finalize).await
}

/// A GET in workspace 1 (as kywy sends every call) with `key`.
pub async fn get(app: &TestApp, path: &str, key: &str) -> Answer {
    app.kawa(Method::GET, path, key, Some("1"), None).await
}

/// A sheet over datasource `ds` made by `key`: the answer.
pub async fn create_sheet(app: &TestApp, key: &str, name: &str, ds: &str) -> Answer {
    app.command(
        key,
        "CreateSimpleSheet",
        json!({"shared": false, "createDefaultLayout": true,
               "displayInformation": {"displayName": name, "description": ""},
               "datasourceId": [{"targetDataSourceId": ds, "foreignKeyNames": [],
                                 "defaultValueForAttributes": []}]}),
    )
    .await
}

/// A query with the admin key in workspace 1.
pub async fn compute(app: &TestApp, query: Value) -> Answer {
    app.kawa(
        Method::POST,
        "/computation/compute-from-dsl",
        ADMIN,
        Some("1"),
        Some(query),
    )
    .await
}

/// The columns of an Arrow IPC stream answer, each as JSON values: `(name, values)`.
pub fn columns(answer: &Answer) -> Vec<(String, Vec<Value>)> {
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    let reader = StreamReader::try_new(std::io::Cursor::new(answer.bytes.to_vec()), None)
        .expect("an Arrow IPC stream");
    let schema = reader.schema();
    let mut out: Vec<(String, Vec<Value>)> = schema
        .fields()
        .iter()
        .map(|f| (f.name().clone(), Vec::new()))
        .collect();
    for batch in reader {
        let batch = batch.unwrap();
        let mut writer = warehouse::arrow::json::ArrayWriter::new(Vec::new());
        writer.write(&batch).unwrap();
        writer.finish().unwrap();
        let rows: Vec<serde_json::Map<String, Value>> =
            serde_json::from_slice(&writer.into_inner()).unwrap();
        for row in rows {
            for (name, values) in out.iter_mut() {
                values.push(row.get(name).cloned().unwrap_or(Value::Null));
            }
        }
    }
    out
}

/// The values of column `name` of an answer.
pub fn column(answer: &Answer, name: &str) -> Vec<Value> {
    columns(answer)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no column {name}"))
        .1
}

/// Every data-tier row, as text: what a refusal must leave as it was.
pub async fn data_rows(app: &TestApp) -> Vec<String> {
    super::rows_as_text(
        app,
        &[
            "SELECT id, workspace_id, name, owner_id, shared, sharing, indicators, parts, row_count, auto_increment FROM kw_datasources ORDER BY id",
            "SELECT id, datasource_id, session, state, rows FROM kw_loads ORDER BY id",
            "SELECT id, load_id, name, rows FROM kw_load_parts ORDER BY id",
            "SELECT id, workspace_id, name, owner_id, links FROM kw_sheets ORDER BY id",
            "SELECT id, sheet_id, name FROM kw_layouts ORDER BY id",
            "SELECT id, workspace_id, name, owner_id, restricted FROM kw_data_providers ORDER BY id",
        ],
    )
    .await
}
