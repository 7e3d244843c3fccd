//! State over HTTP: create → read → list → update → delete → 404, for every collection
//! the specs define; pagination and filters over the current state.

use serde_json::{json, Value};
use understudy::mock::model::{Effect, Role};
use understudy::mock::world::id_text;

use super::{product_operations, spawn_mock};

/// The id of a created item as the answer carries it (at the top or one level down).
fn id_in(answer: &Value, field: &str) -> Option<String> {
    answer.get(field).map(id_text).or_else(|| {
        answer
            .as_object()?
            .values()
            .find_map(|v| v.get(field).map(id_text))
    })
}

#[tokio::test]
async fn every_collection_supports_create_read_update_delete() {
    let mock = spawn_mock(42).await;
    let engine = mock.running.as_ref().expect("running").state.engine.clone();
    let ops = product_operations();
    let mut exercised = std::collections::BTreeSet::new();
    for (contract, create) in &ops {
        let model = engine.models[contract.product].clone();
        let Role::Create(ci) = model.role(create) else {
            continue;
        };
        let collection = &model.collections[ci];
        let Some(item_template) = collection.item_template.clone() else {
            continue;
        };
        let of = |want: fn(Role) -> bool| {
            ops.iter()
                .find(|(c, op)| {
                    c.product == contract.product && want(model.role(op)) && {
                        let t = op.path.trim_end_matches('/');
                        t == item_template
                    }
                })
                .map(|(_, op)| *op)
        };
        let Some(read) = of(|r| matches!(r, Role::Read(_))) else {
            continue;
        };

        let req = mock.sample(contract, create);
        let created = mock.send(&req, &[]).await;
        assert!(
            created.status < 300,
            "{} {} {}: {} {}",
            contract.product,
            create.operation_id,
            req.path,
            created.status,
            created.json
        );
        let Some(id) = id_in(&created.json, &collection.id_field) else {
            panic!(
                "{} {}: no {} in {}",
                contract.product, create.operation_id, collection.id_field, created.json
            )
        };
        // The item's path: the create path (its collection) plus the new id.
        let collection_path = req
            .path
            .split('?')
            .next()
            .unwrap_or("")
            .trim_end_matches('/')
            .to_string();
        let slash = if read.path.ends_with('/') { "/" } else { "" };
        let item_path = format!("{collection_path}/{id}{slash}");
        let mut get = mock.sample(contract, read);
        get.path = item_path.clone();
        let got = mock.send(&get, &[]).await;
        assert_eq!(
            got.status, 200,
            "{} read {item_path}: {}",
            contract.product, got.json
        );
        assert_eq!(
            id_in(&got.json, &collection.id_field).as_deref(),
            Some(id.as_str())
        );

        if let Some(update) = of(|r| matches!(r, Role::Update(_))) {
            let mut put = mock.sample(contract, update);
            put.path = item_path.clone();
            let updated = mock.send(&put, &[]).await;
            assert!(
                updated.status < 300,
                "{} update: {} {}",
                contract.product,
                updated.status,
                updated.json
            );
        }
        if let Some(delete) = of(|r| matches!(r, Role::Delete(_))) {
            let mut del = mock.sample(contract, delete);
            del.path = item_path.clone();
            let deleted = mock.send(&del, &[]).await;
            assert!(
                deleted.status < 300,
                "{} delete: {}",
                contract.product,
                deleted.status
            );
            let gone = mock.send(&get, &[]).await;
            assert_eq!(gone.status, 404, "{} read after delete", contract.product);
        }
        exercised.insert(contract.product);
    }
    for product in ["etlworks", "kadi4mat", "syntho"] {
        assert!(
            exercised.contains(product),
            "no {product} collection was exercised: {exercised:?}"
        );
    }
    mock.stop().await;
}

#[tokio::test]
async fn syntho_workspaces_follow_state_and_conflicts() {
    let mock = spawn_mock(42).await;
    let cookie = [("Cookie", "sessionid=anything")];
    let list = mock.call("GET", "/api/v1/workspaces/", &cookie, None).await;
    let before = list.json["workspaces"].as_array().expect("a list").len();
    assert_eq!(before, 10, "the default population");
    let taken = list.json["workspaces"][0]["name"]
        .as_str()
        .expect("a name")
        .to_string();
    let body = json!({
        "name": "Quarterly synthetic copy",
        "organization": 1,
        "source_connection": {"connector_type": "postgres", "is_source": true, "host": "db.example.com", "port": 5432, "database": "src", "username": "u", "password": "p"},
        "target_connection": {"connector_type": "postgres", "is_source": false, "host": "db.example.com", "port": 5432, "database": "dst", "username": "u", "password": "p"}
    });
    let created = mock
        .call("POST", "/api/v1/workspaces/", &cookie, Some(body.clone()))
        .await;
    assert_eq!(
        created.status, 200,
        "Syntho documents 200 for a create: {}",
        created.json
    );
    assert_eq!(created.json["name"], "Quarterly synthetic copy");
    let after = mock.call("GET", "/api/v1/workspaces/", &cookie, None).await;
    assert_eq!(
        after.json["workspaces"].as_array().expect("a list").len(),
        before + 1
    );
    let mut dup = body;
    dup["name"] = json!(taken);
    let conflict = mock
        .call("POST", "/api/v1/workspaces/", &cookie, Some(dup))
        .await;
    assert_eq!(
        conflict.status, 400,
        "Syntho answers a taken name with a field error: {}",
        conflict.json
    );
    assert!(conflict.json.get("name").is_some(), "{}", conflict.json);
    mock.stop().await;
}

/// The model reads each product's resources off its contract as a client sees them.
#[test]
fn the_resource_model_finds_each_products_collections() {
    let state = understudy::mock::MockState::new(&understudy::mock::MockConfig::default());
    let role_of = |product: &str, operation_id: &str| {
        let (_, op) = product_operations()
            .into_iter()
            .find(|(c, op)| c.product == product && op.operation_id == operation_id)
            .unwrap_or_else(|| panic!("{product} {operation_id} exists"));
        let model = &state.engine.models[product];
        match model.role(op) {
            Role::List(i) => ("list", model.collections[i].template.clone()),
            Role::Create(i) => ("create", model.collections[i].template.clone()),
            Role::Read(i) => ("read", model.collections[i].template.clone()),
            Role::Update(i) => ("update", model.collections[i].template.clone()),
            Role::Delete(i) => ("delete", model.collections[i].template.clone()),
            Role::Action => ("action", String::new()),
        }
    };
    let flows = "/rest/v1/flows".to_string();
    assert_eq!(role_of("etlworks", "list_flows"), ("list", flows.clone()));
    assert_eq!(
        role_of("etlworks", "create_flow"),
        ("create", flows.clone())
    );
    assert_eq!(role_of("etlworks", "get_flow"), ("read", flows.clone()));
    assert_eq!(
        role_of("etlworks", "update_flow"),
        ("update", flows.clone())
    );
    assert_eq!(role_of("etlworks", "delete_flow"), ("delete", flows));
    assert_eq!(role_of("etlworks", "run_flow").0, "action");
    // Datawiza lists with a POST; it must not be taken for a create.
    let apps = "/admin/api/v1/applications".to_string();
    assert_eq!(
        role_of("datawiza", "list_applications"),
        ("list", apps.clone())
    );
    assert_eq!(
        role_of("datawiza", "list_applications_by_query"),
        ("list", apps)
    );
    assert_eq!(
        role_of("syntho", "workspaces_destroy"),
        ("delete", "/api/v1/workspaces".to_string())
    );
    assert_eq!(
        role_of("kawa", "get_workspace"),
        ("read", "/backoffice/workspaces".to_string())
    );
    assert_eq!(role_of("kawa", "run_command").0, "action");
    assert_eq!(
        role_of("kadi4mat", "get_files"),
        ("list", "/records/{id}/files".to_string())
    );
    let records = &state.engine.models["kadi4mat"].collections;
    let files = records
        .iter()
        .find(|c| c.template == "/records/{id}/files")
        .expect("files");
    assert_eq!(files.id_field, "id");
    assert_eq!(files.id_kind, understudy::mock::model::IdKind::Uuid);

    // Actions with an effect on a collection they do not address by path.
    let effects: Vec<(String, String, String)> = product_operations()
        .into_iter()
        .filter_map(|(c, op)| {
            let model = &state.engine.models[c.product];
            let (kind, i) = match model.effect(op)? {
                Effect::Records(i) => ("records", i),
                Effect::Reads(i) => ("reads", i),
            };
            Some((
                op.operation_id.to_string(),
                kind.to_string(),
                model.collections[i].template.clone(),
            ))
        })
        .collect();
    let history = "/rest/v1/executions/{flowId}/history".to_string();
    assert_eq!(
        effects,
        [
            (
                "run_flow".to_string(),
                "records".to_string(),
                history.clone()
            ),
            (
                "get_flow_execution".to_string(),
                "reads".to_string(),
                history.clone()
            ),
            (
                "run_scheduled_flow".to_string(),
                "records".to_string(),
                history
            ),
        ],
        "a flow's stop answers like its run but starts nothing"
    );
}

#[tokio::test]
async fn a_flow_run_is_recorded_and_read_back_as_that_flows_execution() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-token")];
    let run = mock
        .call("POST", "/rest/v1/flows/3/run", &auth, Some(json!({})))
        .await;
    assert_eq!(run.status, 200, "{}", run.json);
    assert_eq!(run.json["flowId"], 3);
    let audit_id = run.json["auditId"].as_i64().expect("an auditId");
    assert_eq!(audit_id, 11, "the next record after the seeded ten");

    let one = mock
        .call(
            "GET",
            &format!("/rest/v1/executions/3?auditId={audit_id}"),
            &auth,
            None,
        )
        .await;
    assert_eq!(one.status, 200, "{}", one.json);
    assert_eq!(one.json["auditId"], audit_id);
    assert_eq!(one.json["flowId"], 3, "the record points at its flow");
    let latest = mock.call("GET", "/rest/v1/executions/3", &auth, None).await;
    assert_eq!(latest.json, one.json, "without auditId: the newest record");

    let history = mock
        .call(
            "GET",
            "/rest/v1/executions/3/history?limit=200",
            &auth,
            None,
        )
        .await;
    assert_eq!(history.header("x-total-count"), Some("11"));
    let records = history.json.as_array().expect("an array");
    assert!(records.iter().all(|r| r["flowId"] == 3), "{}", history.json);
    assert!(records.iter().any(|r| r["auditId"] == audit_id));

    let other_status = if one.json["status"] == "success" {
        "error"
    } else {
        "success"
    };
    let filtered = mock
        .call(
            "GET",
            &format!("/rest/v1/executions/3?auditId={audit_id}&status={other_status}"),
            &auth,
            None,
        )
        .await;
    assert_eq!(
        filtered.status, 404,
        "status must match too: {}",
        filtered.json
    );
    let unknown = mock
        .call("GET", "/rest/v1/executions/3?auditId=999999", &auth, None)
        .await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json["status"], 404);
    let no_flow = mock
        .call("POST", "/rest/v1/flows/999/run", &auth, Some(json!({})))
        .await;
    assert_eq!(no_flow.status, 404, "no flow 999, no run");
    mock.stop().await;
}

#[tokio::test]
async fn etlworks_pages_with_limit_offset_and_counts_in_a_header() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-token")];
    let page = mock
        .call("GET", "/rest/v1/flows?limit=4&offset=8", &auth, None)
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("x-total-count"), Some("10"));
    let ids: Vec<i64> = page
        .json
        .as_array()
        .expect("an array")
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [9, 10], "the last page holds what is left");
    let created = mock
        .call("POST", "/rest/v1/flows", &auth, Some(json!({"name": "Nightly orders", "flowType": "flow.db.to.db", "properties": {}, "transformations": [], "mappings": [], "connections": [], "nestedFlows": [], "tags": ["orders"]})))
        .await;
    assert_eq!(created.status, 201, "{}", created.json);
    assert_eq!(created.json["id"], 11);
    let all = mock
        .call("GET", "/rest/v1/flows?limit=200", &auth, None)
        .await;
    assert_eq!(all.header("x-total-count"), Some("11"));
    let tagged = mock
        .call("GET", "/rest/v1/flows?tag=orders", &auth, None)
        .await;
    assert!(
        tagged
            .json
            .as_array()
            .expect("an array")
            .iter()
            .any(|f| f["id"] == 11),
        "{}",
        tagged.json
    );
    let too_many = mock
        .call("GET", "/rest/v1/flows?limit=500", &auth, None)
        .await;
    assert_eq!(too_many.status, 400, "limit is at most 200");
    assert_eq!(too_many.json["path"], "/rest/v1/flows");
    let missing = mock.call("GET", "/rest/v1/flows/999", &auth, None).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json["status"], 404);
    let unauthorized = mock.call("GET", "/rest/v1/flows", &[], None).await;
    assert_eq!(unauthorized.status, 401);
    assert_eq!(unauthorized.json["status"], 401);
    mock.stop().await;
}

#[tokio::test]
async fn kawa_serves_what_kywy_reads() {
    let mock = spawn_mock(42).await;
    let key = [("x-kawa-api-key", "any-key")];
    let login = mock
        .call(
            "POST",
            "/authentication/login",
            &[],
            Some(json!({"credentialType": "LOGIN_AND_PASSWORD", "credentials": {"email": "ada@example.org", "password": "secret-pass"}})),
        )
        .await;
    assert_eq!(login.status, 200, "{}", login.json);
    assert_eq!(
        login.json["email"], "ada@example.org",
        "the signed-in account is the one that signed in"
    );
    assert!(login
        .header("set-cookie")
        .is_some_and(|c| c.starts_with("accessToken=")));
    let all = mock.call("GET", "/backoffice/workspaces", &key, None).await;
    assert_eq!(all.status, 200);
    let third = &all.json[2];
    let name = third["displayInformation"]["displayName"]
        .as_str()
        .expect("a display name");
    let by_name = mock
        .call(
            "GET",
            &format!("/backoffice/workspaces?name={}", name.replace(' ', "%20")),
            &key,
            None,
        )
        .await;
    let found = by_name.json.as_array().expect("an array");
    assert!(
        !found.is_empty()
            && found
                .iter()
                .all(|w| w["displayInformation"]["displayName"] == name),
        "{}",
        by_name.json
    );
    let id = third["id"].as_str().expect("a string id");
    assert!(
        id.bytes().all(|b| b.is_ascii_digit()),
        "KAWA ids are digit strings: {id}"
    );
    let one = mock
        .call("GET", &format!("/backoffice/workspaces/{id}"), &key, None)
        .await;
    assert_eq!(one.json, *third);
    // kywy posts commands to `//commands/secured/run`.
    let command = json!({"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": "Finance", "description": ""}}});
    let ran = mock
        .call("POST", "//commands/secured/run", &key, Some(command))
        .await;
    assert!(
        ran.status == 200 || ran.status == 202,
        "{} {}",
        ran.status,
        ran.json
    );
    let unknown = mock
        .call(
            "POST",
            "/commands/secured/run",
            &key,
            Some(json!({"command": "LaunchRocket", "parameters": {}})),
        )
        .await;
    assert_eq!(unknown.status, 400, "{}", unknown.json);
    let no_key = mock.call("GET", "/backoffice/workspaces", &[], None).await;
    assert_eq!(no_key.status, 401);
    mock.stop().await;
}

/// A KAWA command, posted where kywy posts it (`//commands/secured/run`).
async fn kawa_command(mock: &super::Mock, command: Value) -> super::Reply {
    let key = [("x-kawa-api-key", "any-key")];
    mock.call("POST", "//commands/secured/run", &key, Some(command))
        .await
}

#[tokio::test]
async fn kawa_commands_create_and_change_what_kywy_reads_back() {
    let mock = spawn_mock(42).await;
    let key = [("x-kawa-api-key", "any-key")];
    let run = |command: Value| kawa_command(&mock, command);
    // kywy's create_workspace: look the name up, then create; the answer is the workspace.
    let lookup = mock
        .call("GET", "/backoffice/workspaces?name=Finance", &key, None)
        .await;
    assert_eq!(lookup.json, json!([]));
    let create = json!({"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": "Finance", "description": ""}}});
    let created = run(create.clone()).await;
    assert_eq!(created.status, 200, "{}", created.json);
    assert_eq!(created.json["displayInformation"]["displayName"], "Finance");
    let id = created.json["id"].as_str().expect("a digit-string id");
    let found = mock
        .call("GET", "/backoffice/workspaces?name=finance", &key, None)
        .await;
    assert_eq!(found.json, json!([created.json.clone()]));
    let read = mock
        .call("GET", &format!("/backoffice/workspaces/{id}"), &key, None)
        .await;
    assert_eq!(read.json, created.json);
    // A taken name is KAWA's 409, and nothing is added.
    let again = run(create).await;
    assert_eq!(again.status, 409, "{}", again.json);
    let all = mock.call("GET", "/backoffice/workspaces", &key, None).await;
    assert_eq!(all.json.as_array().map(Vec::len), Some(11));

    // An update changes the item; the answer is the changed item.
    let toggled = run(json!({"command": "ToggleWorkspaceVisibility", "parameters": {"workspaceId": id, "isPublic": true}})).await;
    assert_eq!(
        (toggled.status, &toggled.json["isPublic"]),
        (200, &json!(true))
    );
    let read = mock
        .call("GET", &format!("/backoffice/workspaces/{id}"), &key, None)
        .await;
    assert_eq!(read.json["isPublic"], true);

    // A new principal is active and answers as itself; its email is taken afterwards.
    let principal = json!({"command": "CreateActivePrincipalWithPassword", "parameters": {"email": "ada@example.com", "password": "secret-pass", "firstName": "Ada", "lastName": "Lovelace"}});
    let made = run(principal.clone()).await;
    assert_eq!(
        (
            &made.json["email"],
            &made.json["status"],
            &made.json["firstName"]
        ),
        (&json!("ada@example.com"), &json!("ACTIVE"), &json!("Ada"))
    );
    assert_eq!(run(principal).await.status, 409);
    mock.stop().await;
}

#[tokio::test]
async fn kawa_commands_edit_members_and_user_status() {
    let mock = spawn_mock(42).await;
    let key = [("x-kawa-api-key", "any-key")];
    let run = |command: Value| kawa_command(&mock, command);
    let created = run(json!({"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": "Ops", "description": ""}}})).await;
    let ws = created.json["id"].as_str().expect("an id").to_string();
    let seeded = created.json["members"].as_array().expect("members").clone();
    let member =
        |id: &str, permissions: Value| json!({"principalId": id, "permissions": permissions});
    let added = run(json!({"command": "AddMembersToWorkspace", "parameters": {"workspaceId": ws, "members": [member("7", json!(["MANAGE_USERS"])), member("8", json!([]))]}})).await;
    assert_eq!(added.status, 200, "{}", added.json);
    let mut want = seeded.clone();
    want.extend([member("7", json!(["MANAGE_USERS"])), member("8", json!([]))]);
    assert_eq!(added.json["members"], Value::Array(want.clone()));
    // A member already present gets the new permissions, not a second entry.
    let again = run(json!({"command": "AddMembersToWorkspace", "parameters": {"workspaceId": ws, "members": [member("7", json!([]))]}})).await;
    want[seeded.len()] = member("7", json!([]));
    assert_eq!(again.json["members"], Value::Array(want.clone()));
    let removed = run(json!({"command": "RemoveWorkspaceMembers", "parameters": {"workspaceId": ws, "principalIds": ["8"]}})).await;
    want.pop();
    assert_eq!(removed.json["members"], Value::Array(want.clone()));
    let read = mock
        .call("GET", &format!("/backoffice/workspaces/{ws}"), &key, None)
        .await;
    assert_eq!(
        read.json["members"],
        Value::Array(want),
        "the change is kept"
    );

    // `active: false` deactivates a user, `true` brings it back.
    let principals = mock.call("GET", "/backoffice/principals", &key, None).await;
    let user = principals.json[0]["id"]
        .as_str()
        .expect("a user")
        .to_string();
    for (active, status) in [(false, "INACTIVE"), (true, "ACTIVE")] {
        let changed = run(json!({"command": "ReplaceUserStatus", "parameters": {"principalId": user, "active": active}})).await;
        assert_eq!(changed.json["status"], status, "{}", changed.json);
        let read = mock
            .call("GET", &format!("/backoffice/principals/{user}"), &key, None)
            .await;
        assert_eq!(read.json["status"], status);
    }
    let missing = run(json!({"command": "RemoveWorkspaceMembers", "parameters": {"workspaceId": "999999", "principalIds": ["8"]}})).await;
    assert_eq!(missing.status, 404, "{}", missing.json);
    // A user who does not exist is KAWA's 404, and the members stay as they were.
    let before = mock
        .call("GET", &format!("/backoffice/workspaces/{ws}"), &key, None)
        .await;
    let stranger = run(json!({"command": "AddMembersToWorkspace", "parameters": {"workspaceId": ws, "members": [member("8", json!([])), member("999999", json!([]))]}})).await;
    assert_eq!(stranger.status, 404, "{}", stranger.json);
    let gone = run(json!({"command": "RemoveWorkspaceMembers", "parameters": {"workspaceId": ws, "principalIds": ["7", "999999"]}})).await;
    assert_eq!(gone.status, 404, "{}", gone.json);
    let after = mock
        .call("GET", &format!("/backoffice/workspaces/{ws}"), &key, None)
        .await;
    assert_eq!(after.json["members"], before.json["members"]);
    mock.stop().await;
}

/// kywy's `SetCurrentWorkspaceForPrincipals` makes a workspace the current one of every
/// user it names, and a user's `currentWorkspaceId` says so afterwards; one unknown user
/// changes nobody.
#[tokio::test]
async fn kawa_sets_the_current_workspace_of_every_user_named() {
    let mock = spawn_mock(42).await;
    let key = [("x-kawa-api-key", "any-key")];
    let run = |command: Value| kawa_command(&mock, command);
    let current = |id: String| {
        let mock = &mock;
        async move {
            let read = mock
                .call("GET", &format!("/backoffice/principals/{id}"), &key, None)
                .await;
            assert_eq!(read.status, 200, "{}", read.json);
            read.json["currentWorkspaceId"].clone()
        }
    };
    let created = run(json!({"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": "Research", "description": ""}}})).await;
    let ws = created.json["id"].as_str().expect("an id").to_string();
    let principals = mock.call("GET", "/backoffice/principals", &key, None).await;
    let ids: Vec<String> = principals.json.as_array().expect("principals")[..3]
        .iter()
        .map(|p| p["id"].as_str().expect("an id").to_string())
        .collect();
    let untouched = current(ids[2].clone()).await;
    assert_ne!(untouched, json!(ws));

    let set = run(json!({"command": "SetCurrentWorkspaceForPrincipals", "parameters": {"workspaceId": ws, "principalIds": [ids[0], ids[1]]}})).await;
    assert_eq!(set.status, 200, "{}", set.json);
    assert_eq!(
        set.json,
        json!({"workspaceId": ws, "principalIds": [ids[0], ids[1]]})
    );
    for id in &ids[..2] {
        assert_eq!(current(id.clone()).await, json!(ws), "user {id}");
    }
    assert_eq!(current(ids[2].clone()).await, untouched, "a user not named");

    // One unknown user: 404, and the named user who exists keeps the workspace it had.
    let other = run(json!({"command": "CreateWorkspace", "parameters": {"displayInformation": {"displayName": "Elsewhere", "description": ""}}})).await;
    let other = other.json["id"].as_str().expect("an id").to_string();
    let refused = run(json!({"command": "SetCurrentWorkspaceForPrincipals", "parameters": {"workspaceId": other, "principalIds": [ids[0], "999999"]}})).await;
    assert_eq!(refused.status, 404, "{}", refused.json);
    assert_eq!(current(ids[0].clone()).await, json!(ws));
    // So does an unknown workspace, and a list that is not one.
    let no_workspace = run(json!({"command": "SetCurrentWorkspaceForPrincipals", "parameters": {"workspaceId": "999999", "principalIds": [ids[2]]}})).await;
    assert_eq!(no_workspace.status, 404, "{}", no_workspace.json);
    assert_eq!(current(ids[2].clone()).await, untouched);
    let not_a_list = run(json!({"command": "SetCurrentWorkspaceForPrincipals", "parameters": {"workspaceId": ws, "principalIds": ids[2]}})).await;
    assert_eq!(not_a_list.status, 400, "{}", not_a_list.json);
    assert_eq!(current(ids[2].clone()).await, untouched);
    mock.stop().await;
}

#[tokio::test]
async fn kawa_commands_delete_and_run_what_they_name() {
    let mock = spawn_mock(42).await;
    let key = [("x-kawa-api-key", "any-key")];
    let run = |command: Value| kawa_command(&mock, command);
    // kywy reads `id` and `layoutIds[0]` from a new sheet.
    let sheet = run(json!({"command": "CreateSimpleSheet", "parameters": {"shared": false, "createDefaultLayout": true, "displayInformation": {"displayName": "Orders", "description": ""}, "datasourceId": []}})).await;
    assert_eq!(sheet.status, 200, "{}", sheet.json);
    assert!(sheet.json["layoutIds"][0].is_string(), "{}", sheet.json);
    let sheet_id = sheet.json["id"].as_str().expect("an id").to_string();
    let removed = run(json!({"command": "DeleteSheet", "parameters": {"sheetId": sheet_id}})).await;
    assert_eq!(
        removed.json,
        json!({"kind": "sheets", "id": sheet_id, "deleted": true})
    );
    let gone = mock
        .call("GET", &format!("/backoffice/sheets/{sheet_id}"), &key, None)
        .await;
    assert_eq!(gone.status, 404);
    let twice = run(json!({"command": "DeleteSheet", "parameters": {"sheetId": sheet_id}})).await;
    assert_eq!(twice.status, 404, "{}", twice.json);
    // An id that would name another path is refused in KAWA's shape, saying which.
    let escaping =
        run(json!({"command": "DeleteSheet", "parameters": {"sheetId": "../workspaces"}})).await;
    assert_eq!(escaping.status, 400, "{}", escaping.json);
    assert!(
        escaping.json["message"]
            .as_str()
            .is_some_and(|m| m.contains("sheetId")),
        "{}",
        escaping.json
    );

    // A workflow run is 202, RUNNING, and the first entry of the workflow's history.
    let started = run(json!({"command": "RunWorkflow", "parameters": {"workflowId": "2", "parameterValues": {"taskVariable_region": "EMEA"}}})).await;
    assert_eq!(started.status, 202, "{}", started.json);
    assert_eq!(
        (
            &started.json["workflowId"],
            &started.json["status"],
            &started.json["endTime"]
        ),
        (&json!("2"), &json!("RUNNING"), &Value::Null)
    );
    let history = mock
        .call("GET", "/backoffice/workflows/2/run-history", &key, None)
        .await;
    let runs = history.json.as_array().expect("runs");
    assert!(runs.contains(&started.json), "{}", history.json);
    let missing = run(json!({"command": "RunWorkflow", "parameters": {"workflowId": "999"}})).await;
    assert_eq!(missing.status, 404, "no workflow 999: {}", missing.json);
    mock.stop().await;
}

#[tokio::test]
async fn kadi4mat_pages_with_page_and_per_page_under_both_prefixes() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-pat")];
    let page = mock
        .call("GET", "/api/v1/records?page=2&per_page=3", &auth, None)
        .await;
    assert_eq!(page.status, 200, "{}", page.json);
    let ids: Vec<i64> = page.json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [4, 5, 6]);
    let p = &page.json["_pagination"];
    assert_eq!(
        (
            p["page"].as_i64(),
            p["per_page"].as_i64(),
            p["total_items"].as_i64(),
            p["total_pages"].as_i64()
        ),
        (Some(2), Some(3), Some(10), Some(4))
    );
    // The unversioned alias answers the same, its links under its own prefix.
    let alias = mock
        .call("GET", "/api/records?page=2&per_page=3", &auth, None)
        .await;
    assert_eq!(
        String::from_utf8_lossy(&alias.bytes),
        String::from_utf8_lossy(&page.bytes).replace(
            &format!("{}/api/v1/", mock.base),
            &format!("{}/api/", mock.base)
        )
    );
    let missing = mock.call("GET", "/api/v1/records/77", &auth, None).await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.json["code"], 404,
        "Kadi4Mat's error shape: {}",
        missing.json
    );
    let files = mock
        .call("GET", "/api/v1/records/77/files", &auth, None)
        .await;
    assert_eq!(files.status, 404, "a missing record has no files");
    mock.stop().await;
}

/// kadi-apy's `upload_file`: start an upload, PUT the bytes, then find the file.
#[tokio::test]
async fn a_direct_kadi4mat_upload_becomes_a_file_of_its_record() {
    let owned = spawn_mock(42).await;
    let mock = &owned;
    let auth = [("Authorization", "Bearer any-pat")];
    let files = |m: &'static str| async move {
        let list = mock
            .call("GET", "/api/v1/records/1/files?per_page=100", &auth, None)
            .await;
        assert_eq!(list.status, 200, "{m}: {}", list.json);
        list.json["items"].as_array().expect("items").clone()
    };
    let before = files("before").await;
    let start = |name: &str, size: u64| {
        let body = json!({"name": name, "size": size, "mimetype": "text/csv"});
        async move {
            mock.call("POST", "/api/v1/records/1/uploads", &auth, Some(body))
                .await
        }
    };
    let put = |upload: &str, bytes: &[u8]| {
        let req = understudy::mock::samples::SampleRequest {
            method: "PUT".into(),
            path: format!("/api/v1/records/1/uploads/{upload}"),
            headers: Vec::new(),
            body: Some(("application/octet-stream".into(), bytes.to_vec())),
        };
        async move { mock.send(&req, &auth).await }
    };
    let get_upload = |upload: String| async move {
        let path = format!("/api/v1/records/1/uploads/{upload}");
        mock.call("GET", &path, &auth, None).await
    };

    // Up to 50 MB an upload is direct: one chunk, nothing received yet.
    let upload = start("orders.csv", 12).await;
    assert_eq!(upload.status, 201, "{}", upload.json);
    for (field, want) in [
        ("upload_type", json!("direct")),
        ("chunk_count", json!(1)),
        ("state", json!("active")),
        ("chunks", json!([])),
        ("size", json!(12)),
    ] {
        assert_eq!(upload.json[field], want, "{field}: {}", upload.json);
    }
    let upload_id = upload.json["id"].as_str().expect("an id").to_string();
    let file = put(&upload_id, b"a,b\n1,2\n3,4\n").await;
    assert_eq!(
        file.status, 201,
        "a direct PUT answers the new File: {}",
        file.json
    );
    assert_eq!(file.json["name"], "orders.csv");
    assert_eq!(file.json["size"], 12);
    assert_eq!(file.json["mimetype"], "text/csv");
    assert_eq!(file.json["state"], "active");
    let after = files("after").await;
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.contains(&file.json), "the record lists the new file");
    let read = mock
        .call(
            "GET",
            &format!(
                "/api/v1/records/1/files/{}",
                file.json["id"].as_str().unwrap_or("")
            ),
            &auth,
            None,
        )
        .await;
    assert_eq!(read.json, file.json);
    let gone = get_upload(upload_id.clone()).await;
    assert_eq!(gone.status, 404, "the finished upload is gone");

    // A new upload named like a file of the record is refused at once, as Kadi4Mat does:
    // 409 in its error shape with that file under `file` (kadi-apy's `force` reads its
    // id there), and no upload is made.
    let uploads = || async {
        let list = mock
            .call("GET", "/api/v1/records/1/uploads", &auth, None)
            .await;
        list.json["items"].as_array().map_or(0, Vec::len)
    };
    let pending = uploads().await;
    let clash = start("orders.csv", 3).await;
    assert_eq!(clash.status, 409, "{}", clash.json);
    let keys = |v: &Value| v.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>());
    assert_eq!(
        keys(&clash.json),
        Some(vec![
            "code".into(),
            "message".into(),
            "description".into(),
            "file".into()
        ])
    );
    assert_eq!(clash.json["code"], 409);
    assert_eq!(
        clash.json["description"],
        "A file with this name already exists."
    );
    assert_eq!(clash.json["file"], file.json, "the file it clashes with");
    assert_eq!(uploads().await, pending, "no upload is made");

    // kadi-apy's `force` then replaces that file's data: PUT of the file starts an upload
    // that refers to it, and the upload's bytes give the file (same id, same name and
    // description) its new size and type instead of adding a file.
    let file_id = clash.json["file"]["id"]
        .as_str()
        .expect("an id")
        .to_string();
    let replacing = mock
        .call(
            "PUT",
            &format!("/api/v1/records/1/files/{file_id}"),
            &auth,
            Some(json!({"size": 5, "mimetype": "text/plain"})),
        )
        .await;
    assert_eq!(replacing.status, 201, "{}", replacing.json);
    assert_eq!(replacing.json["file"]["id"], file_id.as_str());
    assert_eq!(replacing.json["name"], "orders.csv");
    assert_eq!(replacing.json["upload_type"], "direct");
    assert_eq!(replacing.json["size"], 5);
    let replacing_id = replacing.json["id"].as_str().expect("an id").to_string();
    // Uploads may share a name (a rerun after a crash starts another one).
    let again = mock
        .call(
            "PUT",
            &format!("/api/v1/records/1/files/{file_id}"),
            &auth,
            Some(json!({"size": 5})),
        )
        .await;
    assert_eq!(again.status, 201, "{}", again.json);
    assert_ne!(again.json["id"], replacing.json["id"]);
    let replaced = put(&replacing_id, b"hello").await;
    assert_eq!(replaced.status, 201, "{}", replaced.json);
    assert_eq!(replaced.json["id"], file_id.as_str());
    assert_eq!(replaced.json["name"], "orders.csv");
    assert_eq!(replaced.json["size"], 5);
    assert_eq!(replaced.json["mimetype"], "text/plain");
    assert_eq!(replaced.json["description"], file.json["description"]);
    let now = files("after replacing").await;
    assert_eq!(now.len(), after.len(), "no file is added");
    assert!(
        now.contains(&replaced.json),
        "the record lists the new data"
    );
    let finished = get_upload(replacing_id.clone()).await;
    assert_eq!(finished.status, 404, "the finished upload is gone");

    // A file that takes the name while an upload is pending makes its PUT conflict: the
    // upload stays and no file is added. No generated `errors`, `scopes` or `file` that
    // would name something else.
    let later = start("later.csv", 3).await;
    assert_eq!(later.status, 201, "{}", later.json);
    let later_id = later.json["id"].as_str().expect("an id").to_string();
    let renamed = mock
        .call(
            "PATCH",
            &format!(
                "/api/v1/records/1/files/{}",
                before[0]["id"].as_str().unwrap_or("")
            ),
            &auth,
            Some(json!({"name": "later.csv"})),
        )
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.json);
    let conflict = put(&later_id, b"abc").await;
    assert_eq!(conflict.status, 409, "{}", conflict.json);
    let plain = Some(vec!["code".into(), "message".into(), "description".into()]);
    assert_eq!(keys(&conflict.json), plain, "{}", conflict.json);
    assert_eq!(conflict.json["code"], 409);
    assert_eq!(conflict.json["message"], "Conflict", "Kadi's reason phrase");
    assert_eq!(
        conflict.json["description"],
        "A resource with this name already exists."
    );
    assert_eq!(keys(&gone.json), plain, "{}", gone.json);
    assert_eq!(files("after the conflict").await.len(), after.len());
    let kept = get_upload(later_id.clone()).await;
    assert_eq!(kept.status, 200, "the refused upload is kept");

    owned.stop().await;
}

/// Above 50 MB an upload is chunked, and kadi-apy's `upload_file` sends it as Kadi4Mat
/// wants: `chunk_count` chunks of `_meta.chunk_size` bytes to `_actions.upload_data`,
/// then a POST to the last answer's `_actions.finish`, then GETs of `_links.self` until
/// `_meta.task` holds the file. The same, from a file's `edit_data`, replaces its data.
#[tokio::test]
async fn a_chunked_kadi4mat_upload_is_finished_into_a_file_as_kadi_apy_polls_for_it() {
    let owned = spawn_mock(42).await;
    let mock = &owned;
    let auth = [("Authorization", "Bearer any-pat")];
    let path_of = |url: &Value| mock.path_of(url);
    let files = || async move {
        let list = mock
            .call("GET", "/api/v1/records/1/files?per_page=100", &auth, None)
            .await;
        list.json["items"].as_array().expect("items").clone()
    };
    let chunk = |url: String, index: Option<u64>, size: u64| {
        let mut headers = vec![("Kadi-Chunk-Size".to_string(), size.to_string())];
        if let Some(index) = index {
            headers.push(("Kadi-Chunk-Index".to_string(), index.to_string()));
        }
        let req = understudy::mock::samples::SampleRequest {
            method: "PUT".into(),
            path: url,
            headers,
            body: Some(("application/octet-stream".into(), b"chunk".to_vec())),
        };
        async move { mock.send(&req, &auth).await }
    };
    let before = files().await;
    let started = mock
        .call(
            "POST",
            "/api/v1/records/1/uploads",
            &auth,
            Some(json!({"name": "volume.h5", "size": 123_000_000, "description": "A volume."})),
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.json);
    let upload = &started.json;
    assert_eq!(upload["upload_type"], "chunked");
    assert_eq!(upload["chunk_count"], 13, "123 MB in 10 MB chunks");
    assert_eq!(
        upload["_meta"],
        json!({"chunk_size": 10_000_000}),
        "no task yet"
    );
    assert_eq!(upload["checksum"], Value::Null);
    let data_url = path_of(&upload["_actions"]["upload_data"]);

    // Finishing early, a chunk without its index or past the count: Kadi's 400, no change.
    let finish_url = path_of(&upload["_actions"]["finish"]);
    let early = mock.call("POST", &finish_url, &auth, None).await;
    assert_eq!(early.status, 400, "{}", early.json);
    assert_eq!(
        early.json["description"],
        "0 of 13 chunks have been received."
    );
    let unindexed = chunk(data_url.clone(), None, 10).await;
    assert_eq!(unindexed.status, 400, "{}", unindexed.json);
    assert_eq!(
        unindexed.json["description"],
        "Kadi-Chunk-Index is required."
    );
    let past = chunk(data_url.clone(), Some(13), 10).await;
    assert_eq!(past.status, 400, "{}", past.json);

    let mut last = None;
    for index in 0..13u64 {
        let size = if index == 12 { 3_000_000 } else { 10_000_000 };
        let sent = chunk(data_url.clone(), Some(index), size).await;
        assert_eq!(sent.status, 200, "chunk {index}: {}", sent.json);
        assert_eq!(
            sent.json["chunks"].as_array().map(Vec::len),
            Some(index as usize + 1)
        );
        last = Some(sent.json);
    }
    let again = chunk(data_url.clone(), Some(0), 10_000_000).await;
    assert_eq!(
        again.json["chunks"].as_array().map(Vec::len),
        Some(13),
        "kept by index"
    );
    assert_eq!(
        again.json["chunks"][12],
        json!({"index": 12, "size": 3_000_000, "checksum": null})
    );
    assert_eq!(
        files().await.len(),
        before.len(),
        "no file before the finish"
    );

    let last = last.expect("chunks were sent");
    let finished = mock
        .call("POST", &path_of(&last["_actions"]["finish"]), &auth, None)
        .await;
    assert_eq!(finished.status, 202, "{}", finished.json);
    assert_eq!(finished.json["state"], "processing");
    let polled = mock
        .call(
            "GET",
            &path_of(&finished.json["_links"]["self"]),
            &auth,
            None,
        )
        .await;
    assert_eq!(polled.status, 200, "{}", polled.json);
    let task = &polled.json["_meta"]["task"];
    assert_eq!(task["state"], "success", "{}", polled.json);
    assert!(task.get("error").is_none(), "{task}");
    let file = &task["file"];
    assert_eq!(file["name"], "volume.h5");
    assert_eq!(file["size"], 123_000_000);
    assert_eq!(file["description"], "A volume.");
    let after = files().await;
    assert_eq!(after.len(), before.len() + 1);
    assert!(
        after
            .iter()
            .any(|f| f["id"] == file["id"] && f["size"] == 123_000_000),
        "the record lists the file"
    );

    // A direct upload is not finished: its data PUT makes the file.
    let direct = mock
        .call(
            "POST",
            "/api/v1/records/1/uploads",
            &auth,
            Some(json!({"name": "small.txt", "size": 5})),
        )
        .await;
    assert_eq!(direct.json["_meta"], json!({"chunk_size": 5}));
    let actions = direct.json["_actions"].as_object().expect("actions");
    assert!(
        actions.contains_key("upload_data") && !actions.contains_key("finish"),
        "only a chunked upload offers finish: {actions:?}"
    );
    let direct_path = format!(
        "/api/v1/records/1/uploads/{}",
        direct.json["id"].as_str().expect("an id")
    );
    let refused = mock.call("POST", &direct_path, &auth, None).await;
    assert_eq!(refused.status, 400, "{}", refused.json);
    assert_eq!(
        refused.json["description"],
        "Only chunked uploads can be finished."
    );

    // Replacing the volume's data with 25 MB more: a chunked upload that refers to it,
    // whose finish gives the same file its new size.
    let edit = path_of(&file["_actions"]["edit_data"]);
    let replacing = mock
        .call("PUT", &edit, &auth, Some(json!({"size": 60_000_001})))
        .await;
    assert_eq!(replacing.status, 201, "{}", replacing.json);
    assert_eq!(replacing.json["upload_type"], "chunked");
    assert_eq!(replacing.json["chunk_count"], 7);
    assert_eq!(replacing.json["file"]["id"], file["id"]);
    let data_url = path_of(&replacing.json["_actions"]["upload_data"]);
    for index in 0..7u64 {
        let sent = chunk(data_url.clone(), Some(index), 10).await;
        assert_eq!(sent.status, 200, "{}", sent.json);
    }
    let finished = mock
        .call(
            "POST",
            &path_of(&replacing.json["_actions"]["finish"]),
            &auth,
            None,
        )
        .await;
    assert_eq!(finished.status, 202, "{}", finished.json);
    let polled = mock
        .call(
            "GET",
            &path_of(&finished.json["_links"]["self"]),
            &auth,
            None,
        )
        .await;
    let replaced = &polled.json["_meta"]["task"]["file"];
    assert_eq!(replaced["id"], file["id"], "the same file");
    assert_eq!(replaced["size"], 60_000_001);
    assert_eq!(replaced["description"], "A volume.");
    assert_eq!(files().await.len(), after.len(), "no file is added");
    owned.stop().await;
}

#[tokio::test]
async fn kadi4mat_links_lead_back_to_the_mock_under_the_callers_prefix() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-pat")];
    let path_of = |url: &Value| mock.path_of(url);
    let created = mock
        .call(
            "POST",
            "/api/v1/records",
            &auth,
            Some(json!({"identifier": "linked", "title": "Linked"})),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.json);
    let id = created.json["id"].as_i64().expect("an id");
    assert_eq!(
        created.json["_links"]["self"],
        format!("{}/api/v1/records/{id}", mock.base)
    );
    // Every API link of the new record answers; `view` is the web UI, not the API.
    let links = created.json["_links"].as_object().expect("_links");
    assert!(links.len() >= 10, "{links:?}");
    for (name, url) in links {
        let path = path_of(url);
        if name == "view" {
            assert_eq!(path, format!("/records/{id}"));
            continue;
        }
        let answer = mock.call("GET", &path, &auth, None).await;
        assert_eq!(
            answer.status, 200,
            "_links.{name} → {path}: {}",
            answer.json
        );
    }
    let itself = mock
        .call(
            "GET",
            &path_of(&created.json["_links"]["self"]),
            &auth,
            None,
        )
        .await;
    assert_eq!(itself.json["identifier"], "linked");
    assert_eq!(
        created.json["_actions"]["edit"],
        created.json["_links"]["self"]
    );

    // Links keep the prefix the caller used.
    let alias = mock
        .call("GET", &format!("/api/records/{id}"), &auth, None)
        .await;
    assert_eq!(
        alias.json["_links"]["files"],
        format!("{}/api/records/{id}/files", mock.base)
    );

    // A file names the record it was listed under, and its own link reads it back.
    let files = mock
        .call("GET", "/api/v1/records/3/files", &auth, None)
        .await;
    let file = &files.json["items"][0];
    assert_eq!(
        file["_links"]["record"],
        format!("{}/api/v1/records/3", mock.base)
    );
    let again = mock
        .call("GET", &path_of(&file["_links"]["self"]), &auth, None)
        .await;
    assert_eq!((again.status, &again.json["id"]), (200, &file["id"]));

    // Page links: `next` and `prev` only where such a page exists, the query kept.
    let first = mock
        .call(
            "GET",
            "/api/v1/records?per_page=4&sort=-created_at",
            &auth,
            None,
        )
        .await;
    let paging = &first.json["_pagination"]["_links"];
    assert_eq!(
        paging["self"],
        format!(
            "{}/api/v1/records?sort=-created_at&page=1&per_page=4",
            mock.base
        )
    );
    assert!(paging.get("prev").is_none(), "{paging}");
    let second = mock
        .call("GET", &path_of(&paging["next"]), &auth, None)
        .await;
    assert_eq!(second.json["_pagination"]["page"], 2, "{}", second.json);
    let last = mock
        .call(
            "GET",
            &path_of(&second.json["_pagination"]["_links"]["next"]),
            &auth,
            None,
        )
        .await;
    let last_links = &last.json["_pagination"]["_links"];
    assert_eq!(last.json["_pagination"]["page"], 3, "11 records, 4 a page");
    assert!(last_links.get("next").is_none(), "{last_links}");
    assert_eq!(
        path_of(&last_links["prev"]),
        "/api/v1/records?sort=-created_at&page=2&per_page=4"
    );
    mock.stop().await;
}

#[tokio::test]
async fn a_read_is_replayed_only_until_something_is_written() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-token")];
    let first = mock.call("GET", "/rest/v1/flows/2", &auth, None).await;
    let again = mock.call("GET", "/rest/v1/flows/2", &auth, None).await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.bytes, again.bytes,
        "the same state gives the same bytes"
    );

    let flow = json!({"name": "Renamed nightly export", "flowType": "flow.db.to.db", "properties": {}, "transformations": [], "mappings": [], "connections": [], "nestedFlows": [], "tags": []});
    let updated = mock
        .call("PUT", "/rest/v1/flows/2", &auth, Some(flow))
        .await;
    assert_eq!(updated.status, 200, "{}", updated.json);
    let after = mock.call("GET", "/rest/v1/flows/2", &auth, None).await;
    assert_eq!(
        after.json["name"], "Renamed nightly export",
        "a write ends the replay"
    );

    // Settings are writes too: another seed is another world.
    let reseeded = mock
        .call(
            "PATCH",
            "/_understudy/v1/settings",
            &[],
            Some(json!({"seed": 7})),
        )
        .await;
    assert_eq!(reseeded.status, 200, "{}", reseeded.json);
    let other_world = mock.call("GET", "/rest/v1/flows/2", &auth, None).await;
    assert_ne!(other_world.json, after.json);
    assert_ne!(other_world.json, first.json);
    let journal = mock
        .call(
            "GET",
            "/_understudy/v1/journal?path=/rest/v1/flows/2",
            &[],
            None,
        )
        .await;
    assert_eq!(
        journal.json["entries"].as_array().map(Vec::len),
        Some(5),
        "replayed reads are journaled like any other: {}",
        journal.json
    );
    mock.stop().await;
}

/// Kadi4Mat refuses a taken identifier as a validation error (kadi-apy's import reads
/// `errors.identifier` off a 400); KAWA and Etlworks read a number as text, the others
/// refuse it.
#[tokio::test]
async fn taken_identifiers_and_numbers_for_text_are_refused_as_the_products_do() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any-pat")];
    let count = |path: &'static str| {
        let mock = &mock;
        async move {
            let list = mock.call("GET", path, &auth, None).await;
            list.json["_pagination"]["total_items"].clone()
        }
    };
    let before = count("/api/v1/records").await;
    let body = json!({"identifier": "twice", "title": "Twice"});
    let first = mock
        .call("POST", "/api/v1/records", &auth, Some(body.clone()))
        .await;
    assert_eq!(first.status, 201, "{}", first.json);
    for path in ["/api/v1/records", "/api/records"] {
        let again = mock.call("POST", path, &auth, Some(body.clone())).await;
        assert_eq!(again.status, 400, "{}", again.json);
        assert_eq!(
            again.json["errors"],
            json!({"identifier": ["Identifier is already in use."]})
        );
    }
    let renamed = mock
        .call(
            "PATCH",
            "/api/v1/records/1",
            &auth,
            Some(json!({"identifier": "twice"})),
        )
        .await;
    assert_eq!(renamed.status, 400, "{}", renamed.json);
    assert_eq!(
        renamed.json["errors"]["identifier"],
        json!(["Identifier is already in use."])
    );
    let after = count("/api/v1/records").await;
    assert_eq!(after.as_u64(), before.as_u64().map(|n| n + 1));

    // poem-openapi would read 5 as "5"; the products' validators do not.
    let uploads = || async {
        let list = mock
            .call("GET", "/api/v1/records/1/uploads", &auth, None)
            .await;
        list.json["items"].as_array().map(Vec::len)
    };
    let pending = uploads().await;
    let numeric = json!({"name": 5, "size": 12});
    let refused = mock
        .call(
            "POST",
            "/api/v1/records/1/uploads",
            &auth,
            Some(numeric.clone()),
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.json);
    assert_eq!(
        refused.json["errors"],
        json!({"name": ["Not a valid string."]})
    );
    assert_eq!(uploads().await, pending, "nothing was made");
    let anonymous = mock
        .call("POST", "/api/v1/records/1/uploads", &[], Some(numeric))
        .await;
    assert_eq!(anonymous.status, 401, "credentials are checked first");
    // Etlworks' Jackson reads a scalar as text, as KAWA's does.
    let flow = mock
        .call(
            "POST",
            "/rest/v1/flows",
            &[("Authorization", "Bearer any")],
            Some(json!({"name": 2024, "flowType": "file-to-file"})),
        )
        .await;
    assert_eq!(flow.status, 201, "{}", flow.json);
    assert_eq!(flow.json["name"], "2024");
    // Syntho's contract types text as a string, and nothing in its documentation says a
    // number is read as text: a number is refused like a boolean.
    let cookie = [("Cookie", "sessionid=anything")];
    let workspace = |name: Value| {
        let body = json!({
            "name": name,
            "organization": 1,
            "source_connection": {"connector_type": "postgres", "is_source": true, "host": "db.example.com", "port": 5432, "database": "src", "username": "u", "password": "p"},
            "target_connection": {"connector_type": "postgres", "is_source": false, "host": "db.example.com", "port": 5432, "database": "dst", "username": "u", "password": "p"}
        });
        let mock = &mock;
        async move {
            mock.call("POST", "/api/v1/workspaces/", &cookie, Some(body))
                .await
        }
    };
    let boolean = workspace(json!(true)).await;
    assert_eq!(boolean.status, 400, "{}", boolean.json);
    assert_eq!(boolean.json["name"], json!(["Not a valid string."]));
    let number = workspace(json!(2024)).await;
    assert_eq!(number.status, 400, "{}", number.json);
    assert_eq!(number.json["name"], json!(["Not a valid string."]));
    mock.stop().await;
}

/// Kadi4Mat lists only active records, collections, templates, groups and files (deleted
/// ones are in the trash), so neither a seeded nor a created one may be anything else.
#[tokio::test]
async fn kadi4mat_resources_outside_the_trash_are_active() {
    let auth = [("Authorization", "Bearer any-pat")];
    for seed in [42, 7, 1234] {
        let mock = spawn_mock(seed).await;
        for kind in [
            "records",
            "collections",
            "templates",
            "groups",
            "records/1/files",
        ] {
            let path = format!("/api/v1/{kind}?per_page=100");
            let list = mock.call("GET", &path, &auth, None).await;
            assert_eq!(list.status, 200, "{}", list.json);
            let items = list.json["items"].as_array().cloned().unwrap_or_default();
            assert!(!items.is_empty(), "seed {seed}: no {kind}");
            for item in items {
                assert_eq!(item["state"], "active", "seed {seed}, {kind}: {item}");
            }
        }
        mock.stop().await;
    }
    let mock = spawn_mock(42).await;
    let made = mock
        .call(
            "POST",
            "/api/v1/records",
            &auth,
            Some(json!({"identifier": "fresh-one", "title": "Fresh"})),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.json);
    assert_eq!(made.json["state"], "active");
    mock.stop().await;
}
