//! The authorization matrix over every Kadi4Mat operation (taken from the generated
//! operation list, so a new one is covered without editing this file): no token, a
//! malformed one, an expired one and one without the scopes are Kadi's 401; another
//! user without a role on Ada's private resources is Kadi's 403 (404 where the resource
//! must be in the trash first); and after every refusal the data is as it was.

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};

use super::records::new_record;
use super::FIXTURES;
use crate::helpers::{spawn_app_with, TestApp};

/// Ada's private world: one of each resource, linked, with a file and an open upload.
struct World {
    ids: Vec<(&'static str, String)>,
}

async fn made(app: &TestApp, token: &str, path: &str, body: Value) -> Value {
    let r = app.kadi_json(Method::POST, path, token, Some(body)).await;
    assert!(r.status.is_success(), "{path}: {}", r.text);
    r.json
}

async fn build(app: &TestApp, ada: &str, bob_id: i64) -> World {
    let record = new_record(app, ada, json!({"identifier": "guarded", "title": "G"})).await;
    let other = new_record(app, ada, json!({"identifier": "guarded-2", "title": "G2"})).await;
    let rid = record["id"].as_i64().unwrap();
    let link = made(
        app,
        ada,
        &format!("/api/v1/records/{rid}/records"),
        json!({"name": "next", "record_to": {"id": other["id"]}}),
    )
    .await;
    let collection = made(
        app,
        ada,
        "/api/v1/collections",
        json!({"identifier": "gc", "title": "C"}),
    )
    .await;
    let child = made(
        app,
        ada,
        "/api/v1/collections",
        json!({"identifier": "gc-2", "title": "C2"}),
    )
    .await;
    let template = made(
        app,
        ada,
        "/api/v1/templates",
        json!({"identifier": "gt", "title": "T", "type": "extras", "data": []}),
    )
    .await;
    let group = made(
        app,
        ada,
        "/api/v1/groups",
        json!({"identifier": "gg", "title": "G"}),
    )
    .await;
    let upload = made(
        app,
        ada,
        &format!("/api/v1/records/{rid}/uploads"),
        json!({"name": "f.txt", "size": 1}),
    )
    .await;
    let target = upload["_actions"]["upload_data"].as_str().unwrap();
    let target = format!("/api/v1{}", target.split_once("/api/v1").unwrap().1);
    let file = app
        .send_with(&app.http, Method::PUT, &target, |b| {
            b.bearer_auth(ada).body("x")
        })
        .await
        .json;
    let open = made(
        app,
        ada,
        &format!("/api/v1/records/{rid}/uploads"),
        json!({"name": "g.txt", "size": 1}),
    )
    .await;
    let revisions = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{rid}/revisions"),
            ada,
        )
        .await;
    let s = |v: &Value| {
        v.as_i64()
            .map(|n| n.to_string())
            .unwrap_or_else(|| v.as_str().unwrap().to_string())
    };
    World {
        ids: vec![
            ("record_id", s(&other["id"])),
            ("collection_id", s(&child["id"])),
            ("child_id", s(&child["id"])),
            ("group_id", s(&group["id"])),
            ("user_id", bob_id.to_string()),
            ("link_id", s(&link["id"])),
            ("file_id", s(&file["id"])),
            ("upload_id", s(&open["id"])),
            ("revision_id", s(&revisions.json["items"][0]["id"])),
            ("filename", "f.txt".into()),
            ("export_type", "json".into()),
            ("username", "ada".into()),
            // `{id}` depends on the path's resource type (below).
            ("records", s(&record["id"])),
            ("collections", s(&collection["id"])),
            ("templates", s(&template["id"])),
            ("groups", s(&group["id"])),
            ("files", s(&file["id"])),
            ("identifier", "guarded".into()),
        ],
    }
}

impl World {
    fn get(&self, key: &str) -> &str {
        &self.ids.iter().find(|(k, _)| *k == key).expect(key).1
    }

    /// The operation's path with Ada's ids in it.
    fn path(&self, op: &generated::support::Operation) -> String {
        let resource = op
            .path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("");
        let mut path = op.path.to_string();
        // `/records/files/{id}` is a file; `/users/{id}/{username}` an identity type.
        let id = match (resource, op.operation_id) {
            ("records", "get_file_by_id") => self.get("files").to_string(),
            ("users", "get_user_by_identity") => "local".into(),
            ("users", _) => self.get("user_id").to_string(),
            (r, _) if ["records", "collections", "templates", "groups"].contains(&r) => {
                self.get(r).to_string()
            }
            _ => "1".into(),
        };
        path = path.replace("{id}", &id);
        if op.operation_id.contains("_by_identifier") {
            let identifier = match resource {
                "collections" => "gc",
                "templates" => "gt",
                "groups" => "gg",
                _ => "guarded",
            };
            path = path.replace("{identifier}", identifier);
        }
        for (key, value) in &self.ids {
            path = path.replace(&format!("{{{key}}}"), value);
        }
        format!("/api/v1{path}")
    }
}

/// A body the operation accepts, so a refusal is about who asks, not what was sent.
fn body_for(op: &generated::support::Operation, world: &World) -> Option<Value> {
    let user = world.get("user_id").parse::<i64>().unwrap();
    let group = world.get("group_id").parse::<i64>().unwrap();
    let record = world.get("record_id").parse::<i64>().unwrap();
    let collection = world.get("collection_id").parse::<i64>().unwrap();
    let id = op.operation_id;
    Some(match op.method {
        "PATCH" if id.ends_with("_role") || id == "change_group_member" => {
            json!({"name": "member"})
        }
        "PATCH" if id == "edit_file_metadata" => json!({"name": "renamed.txt"}),
        "PATCH" if id == "edit_record_link" => json!({"name": "renamed"}),
        "PATCH" => json!({"title": "Taken over"}),
        "POST" if id.ends_with("_user_role") || id == "add_group_member" => {
            json!({"user": {"id": user}, "role": {"name": "member"}})
        }
        "POST" if id.ends_with("_group_role") => {
            json!({"group": {"id": group}, "role": {"name": "member"}})
        }
        "POST" if id == "new_record_link" => json!({"name": "n", "record_to": {"id": record}}),
        "POST" if id == "new_upload" => json!({"name": "n.txt", "size": 1}),
        "POST" if op.path.ends_with("/records") || op.path.ends_with("/collections") => {
            let target = if op.path.ends_with("/records") {
                record
            } else {
                collection
            };
            match id {
                "new_record" => json!({"identifier": "intruder", "title": "I"}),
                "new_collection" => json!({"identifier": "intruder", "title": "I"}),
                _ => json!({"id": target}),
            }
        }
        "POST" if id == "new_template" => {
            json!({"identifier": "intruder", "title": "I", "type": "record", "data": {}})
        }
        "POST" if id == "new_group" => json!({"identifier": "intruder", "title": "I"}),
        "PUT" if id == "edit_file_data" => json!({"size": 1}),
        _ => return None,
    })
}

async fn send(
    app: &TestApp,
    op: &generated::support::Operation,
    world: &World,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let method = Method::from_bytes(op.method.as_bytes()).unwrap();
    let path = world.path(op);
    let body = body_for(op, world);
    let answer = app
        .send_with(&app.http, method, &path, |b| {
            let b = match token {
                Some(t) => b.bearer_auth(t),
                None => b,
            };
            match (&body, op.operation_id) {
                (_, "upload_data") => b.body("x"),
                (Some(v), _) => b.json(v),
                (None, _) => b,
            }
        })
        .await;
    (answer.status, answer.json)
}

/// Every Kadi4Mat table's rows, as text: what "nothing changed" compares.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let db = &app.state().db;
    let mut out = Vec::new();
    for table in [
        "kd_records",
        "kd_record_tags",
        "kd_record_links",
        "kd_collections",
        "kd_collection_records",
        "kd_templates",
        "kd_groups",
        "kd_group_members",
        "kd_roles",
        "kd_files",
        "kd_uploads",
        "kd_upload_chunks",
        "kd_revisions",
    ] {
        let sql = format!("SELECT COUNT(*) AS n FROM {table}");
        let row = db
            .query_one(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        let n: i64 = row.try_get("", "n").unwrap();
        out.push(format!("{table}: {n}"));
    }
    for resource in ["records", "collections", "templates", "groups"] {
        let r = app
            .kadi(
                Method::GET,
                &format!("/api/v1/{resource}?per_page=100"),
                crate::helpers::ADMIN_TOKEN,
            )
            .await;
        out.push(r.text);
    }
    out
}

#[tokio::test]
async fn every_operation_refuses_who_may_not_and_nothing_changes() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let bob_id = app.kadi(Method::GET, "/api/v1/users/me", &bob).await.json["id"]
        .as_i64()
        .unwrap();
    let world = build(&app, &ada, bob_id).await;
    let expired = app
        .kadi_token("ada@example.com", &[], Some(app.state().now_ms() - 1000))
        .await;
    let unrelated = app
        .kadi_token("ada@example.com", &["misc.manage_trash"], None)
        .await;
    let before = snapshot(&app).await;
    let mut checked = 0;
    for op in generated::kadi4mat::v1::OPERATIONS
        .iter()
        .filter(|op| op.secured)
    {
        let what = format!("{} {}", op.method, world.path(op));
        for (token, description) in [
            (None, "No valid access token was supplied."),
            (Some("pat_malformed"), "No valid access token was supplied."),
            (Some(expired.as_str()), "Access token has expired."),
        ] {
            let (status, body) = send(&app, op, &world, token).await;
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED,
                "{what} with {token:?}: {body}"
            );
            assert_eq!(body["description"], description, "{what}");
            checked += 1;
        }
        if !op.scopes.is_empty() && !op.scopes.iter().all(|s| *s == "misc.manage_trash") {
            let (status, body) = send(&app, op, &world, Some(&unrelated)).await;
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED,
                "{what} without its scopes"
            );
            let wanted: Vec<&str> = op.scopes.to_vec();
            assert_eq!(body["scopes"], json!(wanted), "{what}");
            checked += 1;
        }
        // Another user, on Ada's private resources: only what is bound to one of them.
        let bound = ["records", "collections", "templates", "groups"]
            .iter()
            .any(|r| op.path.starts_with(&format!("/{r}/{{id}}")))
            || op.operation_id == "get_file_by_id";
        if bound {
            let (status, body) = send(&app, op, &world, Some(&bob)).await;
            let expected = if op.path.ends_with("/purge") || op.path.ends_with("/restore") {
                StatusCode::NOT_FOUND // not in the trash: nothing to purge, for anyone
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{what} as Bob: {body}");
            assert_eq!(body["code"], expected.as_u16(), "{what}: Kadi's shape");
            checked += 1;
        }
    }
    assert!(checked > 3 * 123, "every operation was tried ({checked})");
    assert_eq!(snapshot(&app).await, before, "no refusal changed anything");
    app.stop().await;
}
