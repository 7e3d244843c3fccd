//! `/records`: create, read, edit, trash, restore, purge, search; links between records;
//! a record's collections; exports. Rules as Kadi applies them, permissions as it checks
//! them, and nothing changed by a refusal.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::FIXTURES;
use crate::helpers::{spawn_app_with, Answer, TestApp, ADMIN_TOKEN};

pub async fn new_record(app: &TestApp, token: &str, body: Value) -> Value {
    let r = app
        .kadi_json(Method::POST, "/api/v1/records", token, Some(body))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json
}

async fn count(app: &TestApp) -> i64 {
    app.kadi(Method::GET, "/api/v1/records", ADMIN_TOKEN)
        .await
        .json["_pagination"]["total_items"]
        .as_i64()
        .unwrap()
}

fn identifiers(r: &Answer) -> Vec<String> {
    r.json["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a page: {}", r.text))
        .iter()
        .map(|i| i["identifier"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_record_is_created_as_kadi_normalises_it_and_read_back_by_id_and_identifier() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let created = new_record(
        &app,
        &ada,
        json!({
            "identifier": "  Tensile-Test-001 ", "title": " Tensile test ", "type": "Sample",
            "tags": ["Steel", "steel", " alloy "], "license": "CC-BY-4.0",
            "description": "# Heading\nSome **bold** text",
            "extras": [{"type": "float", "key": "temperature", "value": 293, "unit": "K"},
                       {"type": "str", "key": "note", "value": "x", "unit": "dropped"}]
        }),
    )
    .await;
    assert_eq!(created["identifier"], "tensile-test-001");
    assert_eq!(created["title"], "Tensile test");
    assert_eq!(created["type"], "sample");
    assert_eq!(created["tags"], json!(["alloy", "steel"]));
    assert_eq!(created["visibility"], "private");
    assert_eq!(created["state"], "active");
    assert_eq!(created["plain_description"], "Heading Some bold text");
    assert_eq!(created["extras"][0]["value"], 293.0);
    assert!(created["extras"][1].get("unit").is_none_or(Value::is_null));
    assert_eq!(created["creator"]["identity"]["username"], "ada");
    let id = created["id"].as_i64().unwrap();
    assert!(created["_links"]["self"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/api/v1/records/{id}")));
    assert!(created["_links"]["records_to"]
        .as_str()
        .unwrap()
        .ends_with("?direction=out"));
    let by_id = app
        .kadi(Method::GET, &format!("/api/records/{id}"), &ada)
        .await;
    assert_eq!(by_id.status, StatusCode::OK);
    assert!(
        by_id.json["_links"]["self"]
            .as_str()
            .unwrap()
            .contains("/api/records/"),
        "the alias keeps its prefix"
    );
    let by_identifier = app
        .kadi(
            Method::GET,
            "/api/v1/records/identifier/tensile-test-001",
            &ada,
        )
        .await;
    assert_eq!(by_identifier.json["id"], id);
    // Without user.read the creator is left out.
    let narrow = app
        .kadi_token("ada@example.com", &["record.read"], None)
        .await;
    let r = app
        .kadi(Method::GET, &format!("/api/v1/records/{id}"), &narrow)
        .await;
    assert!(r.json.get("creator").is_none(), "{}", r.text);
    app.stop().await;
}

#[tokio::test]
async fn bad_input_names_every_field_and_creates_nothing() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    new_record(&app, &ada, json!({"identifier": "taken", "title": "T"})).await;
    let before = count(&app).await;
    let taken = app
        .kadi_json(
            Method::POST,
            "/api/v1/records",
            &ada,
            Some(json!({"identifier": "TAKEN", "title": "T"})),
        )
        .await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        taken.json["errors"],
        json!({"identifier": ["Identifier is already in use."]})
    );
    // A rule the contract states is refused in Kadi's words, naming the field.
    let spaced = app
        .kadi_json(
            Method::POST,
            "/api/v1/records",
            &ada,
            Some(json!({"identifier": "no spaces allowed", "title": "T"})),
        )
        .await;
    assert_eq!(spaced.status, StatusCode::BAD_REQUEST, "{}", spaced.text);
    assert_eq!(
        spaced.json["errors"],
        json!({"identifier": ["Must only contain lowercase alphanumeric characters, hyphens and underscores."]})
    );
    // Kadi's own rules (a license from its catalogue) come after, named the same way.
    let license = app
        .kadi_json(
            Method::POST,
            "/api/v1/records",
            &ada,
            Some(json!({"identifier": "licensed", "title": "T", "license": "not-a-license"})),
        )
        .await;
    assert_eq!(license.status, StatusCode::BAD_REQUEST, "{}", license.text);
    assert!(
        license.json["errors"]["license"].is_array(),
        "{}",
        license.text
    );
    // Limits the contract states are refused before, naming the field too.
    let long = app
        .kadi_json(
            Method::POST,
            "/api/v1/records",
            &ada,
            Some(json!({"identifier": "long", "title": "x".repeat(151)})),
        )
        .await;
    assert_eq!(
        long.json["errors"]["title"],
        json!(["Longer than maximum length 150."]),
        "marshmallow's words, as Kadi answers"
    );
    let extras = app.kadi_json(Method::POST, "/api/v1/records", &ada, Some(json!({
        "identifier": "extras", "title": "T",
        "extras": [{"type": "dict", "key": "d", "value": [{"type": "int", "key": "n", "value": "x"}]}]
    }))).await;
    assert_eq!(extras.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        extras.json["errors"],
        json!({"extras": {"0": {"value": {"0": {"value": ["Not a valid integer."]}}}}})
    );
    let garbage = app
        .send_with(&app.http, Method::POST, "/api/v1/records", |b| {
            b.bearer_auth(&ada)
                .header("content-type", "application/json")
                .body("{not json")
        })
        .await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST);
    assert_eq!(garbage.json["description"], "Failed to decode JSON object.");
    assert_eq!(count(&app).await, before, "nothing was created");
    app.stop().await;
}

#[tokio::test]
async fn editing_changes_what_it_names_and_refuses_a_taken_identifier() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let one = new_record(
        &app,
        &ada,
        json!({"identifier": "one", "title": "One", "tags": ["a"]}),
    )
    .await;
    new_record(&app, &ada, json!({"identifier": "two", "title": "Two"})).await;
    let path = format!("/api/v1/records/{}", one["id"]);
    let r = app
        .kadi_json(
            Method::PATCH,
            &path,
            &ada,
            Some(json!({"title": "First", "tags": ["B", "a"], "visibility": "public"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["title"], "First");
    assert_eq!(r.json["tags"], json!(["a", "b"]));
    assert_eq!(r.json["visibility"], "public");
    assert_eq!(r.json["identifier"], "one", "untouched");
    let clash = app
        .kadi_json(
            Method::PATCH,
            &path,
            &ada,
            Some(json!({"identifier": "two"})),
        )
        .await;
    assert_eq!(clash.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        clash.json["errors"]["identifier"],
        json!(["Identifier is already in use."])
    );
    let after = app.kadi(Method::GET, &path, &ada).await;
    assert_eq!(after.json["identifier"], "one");
    app.stop().await;
}

#[tokio::test]
async fn others_may_read_a_public_record_but_not_change_it_and_not_see_a_private_one() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let private = new_record(
        &app,
        &ada,
        json!({"identifier": "secret", "title": "Secret"}),
    )
    .await;
    let public = new_record(
        &app,
        &ada,
        json!({"identifier": "open-data", "title": "Open", "visibility": "public"}),
    )
    .await;
    let secret = format!("/api/v1/records/{}", private["id"]);
    let open = format!("/api/v1/records/{}", public["id"]);
    assert_eq!(
        app.kadi(Method::GET, &secret, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/records/identifier/secret", &bob)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.kadi(Method::GET, &open, &bob).await.status,
        StatusCode::OK
    );
    let edit = app
        .kadi_json(Method::PATCH, &open, &bob, Some(json!({"title": "Mine"})))
        .await;
    assert_eq!(edit.status, StatusCode::FORBIDDEN);
    assert_eq!(
        edit.json["description"],
        "You do not have the permission to access this resource."
    );
    assert_eq!(
        app.kadi(Method::DELETE, &open, &bob).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.kadi(Method::GET, &open, &ada).await.json["title"],
        "Open",
        "nothing changed"
    );
    // Bob's search shows the public record only.
    let found = app.kadi(Method::GET, "/api/v1/records", &bob).await;
    assert_eq!(identifiers(&found), ["open-data"]);
    // A missing record is a 404; a token without record.update a 401 naming the scope.
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/records/9999", &ada)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let read_only = app
        .kadi_token("ada@example.com", &["record.read"], None)
        .await;
    let r = app
        .kadi_json(
            Method::PATCH,
            &secret,
            &read_only,
            Some(json!({"title": "x"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json["scopes"], json!(["record.update"]));
    app.stop().await;
}

#[tokio::test]
async fn delete_restore_and_purge_move_a_record_through_the_trash() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let bob = app.kadi_token("bob@example.com", &[], None).await;
    let r = new_record(&app, &ada, json!({"identifier": "binned", "title": "B"})).await;
    let path = format!("/api/v1/records/{}", r["id"]);
    assert_eq!(
        app.kadi(Method::DELETE, &path, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    let trash = app.kadi(Method::GET, "/api/v1/trash", &ada).await;
    assert_eq!(identifiers(&trash), ["binned"]);
    // The identifier stays taken while the record is in the trash.
    let again = app
        .kadi_json(
            Method::POST,
            "/api/v1/records",
            &ada,
            Some(json!({"identifier": "binned", "title": "B"})),
        )
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/restore"), &bob)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let restored = app
        .kadi(Method::POST, &format!("{path}/restore"), &ada)
        .await;
    assert_eq!(restored.status, StatusCode::OK, "{}", restored.text);
    assert_eq!(restored.json["state"], "active");
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/purge"), &ada)
            .await
            .status,
        StatusCode::NOT_FOUND,
        "only what is in the trash"
    );
    app.kadi(Method::DELETE, &path, &ada).await;
    assert_eq!(
        app.kadi(Method::POST, &format!("{path}/purge"), &ada)
            .await
            .status,
        StatusCode::ACCEPTED
    );
    assert_eq!(
        app.kadi(Method::GET, "/api/v1/trash", &ada).await.json["_pagination"]["total_items"],
        0
    );
    new_record(
        &app,
        &ada,
        json!({"identifier": "binned", "title": "Again"}),
    )
    .await;
    app.stop().await;
}

#[tokio::test]
async fn search_filters_sorts_and_pages_as_kadi_does() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    for (identifier, title, tags, kind, extras) in [
        (
            "steel-1",
            "Steel bar",
            vec!["steel", "bar"],
            "sample",
            json!([{"type": "float", "key": "t", "value": 300.0}]),
        ),
        (
            "steel-2",
            "Steel sheet",
            vec!["steel"],
            "sample",
            json!([{"type": "float", "key": "t", "value": 500.0}]),
        ),
        (
            "copper-1",
            "Copper wire",
            vec!["copper", "bar"],
            "measurement",
            json!([]),
        ),
    ] {
        new_record(&app, &ada, json!({"identifier": identifier, "title": title, "tags": tags, "type": kind, "extras": extras})).await;
    }
    let get = |q: &'static str| {
        let (app, ada) = (&app, &ada);
        async move {
            app.kadi(Method::GET, &format!("/api/v1/records?{q}"), ada)
                .await
        }
    };
    assert_eq!(
        identifiers(&get("query=STEEL&sort=identifier").await),
        ["steel-1", "steel-2"]
    );
    assert_eq!(
        identifiers(&get("tag=bar&sort=identifier").await),
        ["copper-1", "steel-1"]
    );
    assert_eq!(
        identifiers(&get("tag=bar&tag=steel&tag_operator=and").await),
        ["steel-1"]
    );
    assert_eq!(
        identifiers(&get("tag=bar&tag=steel&tag_operator=or&sort=identifier").await),
        ["copper-1", "steel-1", "steel-2"]
    );
    assert_eq!(identifiers(&get("type=measurement").await), ["copper-1"]);
    assert_eq!(
        identifiers(&get("sort=-title").await),
        ["steel-2", "steel-1", "copper-1"]
    );
    let extras = "extras=%5B%7B%22type%22%3A%22numeric%22%2C%22key%22%3A%22t%22%2C%22numeric%22%3A%7B%22min%22%3A400%7D%7D%5D";
    assert_eq!(identifiers(&get(extras).await), ["steel-2"]);
    let page = get("per_page=2&page=2&sort=identifier").await;
    assert_eq!(identifiers(&page), ["steel-2"]);
    assert_eq!(page.json["_pagination"]["total_items"], 3);
    assert!(page.json["_pagination"]["_links"]["prev"]
        .as_str()
        .unwrap()
        .contains("page=1"));
    assert!(page.json["_actions"]["new_record"]
        .as_str()
        .unwrap()
        .ends_with("/api/v1/records"));
    let ada_id = get("").await.json["items"][0]["creator"]["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        get(&*Box::leak(format!("user={ada_id}").into_boxed_str()))
            .await
            .json["_pagination"]["total_items"],
        3
    );
    assert_eq!(get("user=9999").await.json["_pagination"]["total_items"], 0);
    app.stop().await;
}

#[tokio::test]
async fn records_link_to_each_other_by_name_once_and_never_to_themselves() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let a = new_record(&app, &ada, json!({"identifier": "a", "title": "A"})).await;
    let b = new_record(&app, &ada, json!({"identifier": "b", "title": "B"})).await;
    let links = format!("/api/v1/records/{}/records", a["id"]);
    let made = app.kadi_json(Method::POST, &links, &ada, Some(json!({"name": "derived from", "record_to": {"id": b["id"]}, "term": "http://purl.org/dc/terms/source"}))).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text);
    assert!(made.json.get("record_from").is_none());
    assert_eq!(made.json["record_to"]["identifier"], "b");
    let dup = app
        .kadi_json(
            Method::POST,
            &links,
            &ada,
            Some(json!({"name": "derived from", "record_to": {"id": b["id"]}})),
        )
        .await;
    assert_eq!(dup.status, StatusCode::CONFLICT);
    let own = app
        .kadi_json(
            Method::POST,
            &links,
            &ada,
            Some(json!({"name": "self", "record_to": {"id": a["id"]}})),
        )
        .await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    let out = app
        .kadi(Method::GET, &format!("{links}?direction=out"), &ada)
        .await;
    assert_eq!(out.json["items"][0]["record_to"]["identifier"], "b");
    let incoming = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/records?direction=in", b["id"]),
            &ada,
        )
        .await;
    assert_eq!(incoming.json["items"][0]["record_from"]["identifier"], "a");
    let link_id = made.json["id"].as_i64().unwrap();
    let one = format!("{links}/{link_id}");
    let renamed = app
        .kadi_json(
            Method::PATCH,
            &one,
            &ada,
            Some(json!({"name": "measured on"})),
        )
        .await;
    assert_eq!(renamed.json["name"], "measured on");
    let by_id = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/records/{link_id}"),
            &ada,
        )
        .await;
    assert_eq!(by_id.json["name"], "measured on");
    assert_eq!(
        app.kadi(Method::DELETE, &one, &ada).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &one, &ada).await.status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn a_record_joins_and_leaves_collections() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let r = new_record(&app, &ada, json!({"identifier": "member", "title": "M"})).await;
    let c = app
        .kadi_json(
            Method::POST,
            "/api/v1/collections",
            &ada,
            Some(json!({"identifier": "batch", "title": "Batch"})),
        )
        .await;
    assert_eq!(c.status, StatusCode::CREATED, "{}", c.text);
    let path = format!("/api/v1/records/{}/collections", r["id"]);
    let add = app
        .kadi_json(Method::POST, &path, &ada, Some(json!({"id": c.json["id"]})))
        .await;
    assert_eq!(add.status, StatusCode::CREATED, "{}", add.text);
    assert_eq!(
        app.kadi_json(Method::POST, &path, &ada, Some(json!({"id": c.json["id"]})))
            .await
            .status,
        StatusCode::CONFLICT
    );
    let listed = app.kadi(Method::GET, &path, &ada).await;
    assert_eq!(identifiers(&listed), ["batch"]);
    assert!(listed.json["items"][0]["_actions"]["remove_link"]
        .as_str()
        .unwrap()
        .ends_with(&format!("{path}/{}", c.json["id"]).replace("/api/v1", "")));
    let in_collection = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records?collection={}", c.json["id"]),
            &ada,
        )
        .await;
    assert_eq!(identifiers(&in_collection), ["member"]);
    assert_eq!(
        app.kadi(Method::DELETE, &format!("{path}/{}", c.json["id"]), &ada)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.kadi(Method::GET, &path, &ada).await.json["_pagination"]["total_items"],
        0
    );
    app.stop().await;
}

#[tokio::test]
async fn exports_are_attachments_in_their_media_type() {
    let app = spawn_app_with(Some(FIXTURES)).await;
    let ada = app.kadi_token("ada@example.com", &[], None).await;
    let r = new_record(&app, &ada, json!({"identifier": "exported", "title": "Exported", "tags": ["x"],
        "extras": [{"type": "int", "key": "n", "value": 3}, {"type": "dict", "key": "d", "value": [{"type": "str", "key": "s", "value": "v"}]}]})).await;
    let base = format!("/api/v1/records/{}/export", r["id"]);
    let json_export = app.kadi(Method::GET, &format!("{base}/json"), &ada).await;
    assert_eq!(json_export.status, StatusCode::OK);
    assert!(json_export.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("exported.json"));
    assert_eq!(json_export.json["identifier"], "exported");
    assert!(json_export.json.get("_links").is_none());
    let no_users = app
        .kadi(
            Method::GET,
            &format!("{base}/json?filter=%7B%22user%22%3Atrue%7D"),
            &ada,
        )
        .await;
    assert!(no_users.json.get("creator").is_none());
    let rdf = app.kadi(Method::GET, &format!("{base}/rdf"), &ada).await;
    assert_eq!(rdf.headers["content-type"], "text/turtle");
    assert!(
        rdf.text.contains("dcterms:identifier \"exported\""),
        "{}",
        rdf.text
    );
    let crate_ = app
        .kadi(Method::GET, &format!("{base}/ro-crate"), &ada)
        .await;
    assert_eq!(
        crate_.json["@context"],
        "https://w3id.org/ro/crate/1.1/context"
    );
    let extras = app
        .kadi(
            Method::GET,
            &format!("/api/v1/records/{}/extras/export/json", r["id"]),
            &ada,
        )
        .await;
    assert_eq!(extras.json, json!({"n": 3, "d": {"s": "v"}}));
    app.stop().await;
}
