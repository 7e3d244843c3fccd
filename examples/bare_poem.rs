//! The reference for `bench/kadi4mat-real.sh`: a bare poem server answering one fixed
//! JSON object at `GET /api/v1/records/1`, a Kadi4Mat record as real mode answers it
//! (~2.4 KB). No store, no authentication, no serialization per request: the ceiling a
//! real-mode handler is measured against on the same machine.
//!
//! Usage: `cargo run --release --example bare_poem -- PORT`

use poem::{get, handler, http::header, listener::TcpListener, IntoResponse, Route, Server};

const RECORD: &str = r#"{"id":1,"identifier":"bench-record-1","title":"Bench record 1","description":"A record seeded for the benchmark.","plain_description":"A record seeded for the benchmark.","visibility":"private","state":"active","created_at":"2026-12-07T00:23:00.699000+00:00","last_modified":"2026-12-07T00:23:00.699000+00:00","creator":{"id":1,"displayname":"Understudy Admin","orcid":null,"state":"active","is_sysadmin":true,"system_role":"admin","created_at":"2026-12-07T00:22:57.766000+00:00","identity":{"type":"local","username":"admin","name":"Understudy Admin","email":"admin@example.org","email_confirmed":true,"created_at":"2026-12-07T00:22:57.766000+00:00","last_modified":"2026-12-07T00:22:57.766000+00:00"},"_links":{"self":"http://127.0.0.1:18201/api/v1/users/1","identities":"http://127.0.0.1:18201/api/v1/users/1/identities","records":"http://127.0.0.1:18201/api/v1/users/1/records","collections":"http://127.0.0.1:18201/api/v1/users/1/collections","templates":"http://127.0.0.1:18201/api/v1/users/1/templates","groups":"http://127.0.0.1:18201/api/v1/users/1/groups","view":"http://127.0.0.1:18201/users/1"},"_actions":{}},"type":null,"license":null,"tags":["steel"],"extras":[],"_links":{"self":"http://127.0.0.1:18201/api/v1/records/1","files":"http://127.0.0.1:18201/api/v1/records/1/files","download_files":"http://127.0.0.1:18201/api/v1/records/1/files/download","uploads":"http://127.0.0.1:18201/api/v1/records/1/uploads","collections":"http://127.0.0.1:18201/api/v1/records/1/collections","records_to":"http://127.0.0.1:18201/api/v1/records/1/records?direction=out","records_from":"http://127.0.0.1:18201/api/v1/records/1/records?direction=in","user_roles":"http://127.0.0.1:18201/api/v1/records/1/roles/users","group_roles":"http://127.0.0.1:18201/api/v1/records/1/roles/groups","revisions":"http://127.0.0.1:18201/api/v1/records/1/revisions","file_revisions":"http://127.0.0.1:18201/api/v1/records/1/files/revisions","view":"http://127.0.0.1:18201/records/1"},"_actions":{"edit":"http://127.0.0.1:18201/api/v1/records/1","delete":"http://127.0.0.1:18201/api/v1/records/1","new_upload":"http://127.0.0.1:18201/api/v1/records/1/uploads","link_record":"http://127.0.0.1:18201/api/v1/records/1/records","link_collection":"http://127.0.0.1:18201/api/v1/records/1/collections","add_user_role":"http://127.0.0.1:18201/api/v1/records/1/roles/users","add_group_role":"http://127.0.0.1:18201/api/v1/records/1/roles/groups"}}"#;

#[handler]
fn record() -> impl IntoResponse {
    RECORD.with_header(header::CONTENT_TYPE, "application/json")
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::args().nth(1).unwrap_or_else(|| "18099".into());
    let app = Route::new().at("/api/v1/records/1", get(record));
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}")))
        .run(app)
        .await
}
