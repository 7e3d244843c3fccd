//! Datasources and data providers: created by command (409 on a taken name, also one the
//! caller cannot see; 400 naming the field), read and listed as their owner shares them,
//! widened, shared, archived with their files; nothing changes after a refusal.

use reqwest::StatusCode;
use serde_json::json;

use super::super::{refused, user_with_key, ADMIN};
use super::{create_datasource, data_rows, get, load, orders};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_datasource_is_created_listed_and_read_by_id() {
    let app = spawn_app().await;
    let r = create_datasource(&app, ADMIN, "Orders").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(r.json["displayInformation"]["displayName"], "Orders");
    assert_eq!(r.json["workspaceId"], "1");
    assert_eq!(r.json["ownerId"], "1");
    let ids: Vec<&str> = r.json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["indicatorId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["record_id", "country", "city", "amount"]);

    let listed = get(&app, "/backoffice/datasources?name=Orders", ADMIN).await;
    assert_eq!(listed.json.as_array().unwrap().len(), 1, "{}", listed.text);
    assert_eq!(listed.json[0]["id"], id.as_str());
    let none = get(&app, "/backoffice/datasources?name=Order", ADMIN).await;
    assert_eq!(none.json, json!([]));
    let by_id = get(&app, &format!("/backoffice/datasources/{id}"), ADMIN).await;
    assert_eq!(by_id.json, r.json);
    // kywy's get_entity probes the name as an id: a non-200 is what it needs.
    let probe = get(&app, "/backoffice/datasources/Orders", ADMIN).await;
    refused(
        &probe,
        StatusCode::NOT_FOUND,
        "No datasource with id Orders",
    );

    let schema = get(&app, &format!("/backoffice/datasources/{id}/schema"), ADMIN).await;
    let ddl = schema.json["schema"].as_str().unwrap();
    assert!(ddl.contains(&format!("CREATE TABLE ds_{id}")), "{ddl}");
    assert!(ddl.contains("PRIMARY KEY (record_id)"), "{ddl}");
    let health = get(
        &app,
        &format!("/backoffice/datasources/health-report/v2/{id}"),
        ADMIN,
    )
    .await;
    assert_eq!(health.json, json!([]), "no load yet");
    app.stop().await;
}

#[tokio::test]
async fn refused_definitions_name_the_field_and_write_nothing() {
    let app = spawn_app().await;
    orders(&app, "Orders").await;
    let before = data_rows(&app).await;
    let taken = create_datasource(&app, ADMIN, "Orders").await;
    refused(
        &taken,
        StatusCode::CONFLICT,
        "A datasource named Orders already exists",
    );

    let define = |indicators: serde_json::Value| json!({"dataSource": {"displayInformation": {"displayName": "Other"}, "indicators": indicators}});
    let key = json!({"keyType": "PRIMARY_SHARDING_KEY"});
    let cases = [
        (
            define(
                json!([{"indicatorId": "id", "displayInformation": {"displayName": "id"}, "type": "text", "key": key},
                          {"indicatorId": "x", "displayInformation": {"displayName": "x"}, "type": "money"}]),
            ),
            "dataSource.indicators[1].type: unknown indicator type money",
        ),
        (
            define(
                json!([{"indicatorId": "x", "displayInformation": {"displayName": "x"}, "type": "text"}]),
            ),
            "dataSource.indicators: name a primary key",
        ),
        (
            define(
                json!([{"indicatorId": "id", "displayInformation": {"displayName": "id"}, "type": "text", "key": key},
                          {"indicatorId": "id", "displayInformation": {"displayName": "id"}, "type": "text"}]),
            ),
            "dataSource.indicators[1].indicatorId: id appears twice",
        ),
        (
            define(
                json!([{"indicatorId": "id", "displayInformation": {"displayName": "id"}, "type": "text", "key": key,
                           "storageConfig": {"indexed": true, "automaticUniqueValue": true}}]),
            ),
            "only an integer indicator can be numbered automatically",
        ),
    ];
    for (params, message) in cases {
        let r = app.command(ADMIN, "CreatePythonDataSource", params).await;
        refused(&r, StatusCode::BAD_REQUEST, message);
    }
    let missing = app
        .command(
            ADMIN,
            "AddIndicatorsToDataSource",
            json!({"dataSourceId": "999", "newIndicators": []}),
        )
        .await;
    refused(&missing, StatusCode::NOT_FOUND, "No datasource with id 999");
    assert_eq!(data_rows(&app).await, before, "nothing changed");
    app.stop().await;
}

#[tokio::test]
async fn a_private_datasource_is_its_owners_until_shared() {
    let app = spawn_app().await;
    let (_, ada) = user_with_key(&app, "ada@example.com").await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let r = create_datasource(&app, &ada, "Ada's orders").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let id = r.json["id"].as_str().unwrap().to_string();
    let path = format!("/backoffice/datasources/{id}");

    // Bob does not see it, yet its name is taken for him too (kywy says so).
    let listed = get(&app, "/backoffice/datasources", &bob).await;
    assert_eq!(listed.json, json!([]));
    refused(
        &get(&app, &path, &bob).await,
        StatusCode::NOT_FOUND,
        "No datasource",
    );
    let taken = create_datasource(&app, &bob, "Ada's orders").await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    // The administrator sees every datasource.
    assert_eq!(get(&app, &path, ADMIN).await.status, StatusCode::OK);

    let share = |access: &str| {
        json!({"dataSourceId": id, "shared": true, "advancedSharingConfiguration":
               {"sharedTeamIds": [], "teamIdsWithWritePermission": [], "generalAccess": access}})
    };
    let r = app
        .command(&ada, "UpdateDataSourceShareStatus", share("READ"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json["advancedSharingConfiguration"]["generalAccess"],
        "READ"
    );
    assert_eq!(get(&app, &path, &bob).await.status, StatusCode::OK);
    let widen = json!({"dataSourceId": id, "newIndicators": [
        {"indicatorId": "region", "displayInformation": {"displayName": "region"}, "type": "text"}]});
    let before = super::data_rows(&app).await;
    let r = app
        .command(&bob, "AddIndicatorsToDataSource", widen.clone())
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        &format!("You may not change datasource {id}"),
    );
    let r = app
        .command(
            &bob,
            "ArchiveDataSourceAndDeleteAssociatedData",
            json!({"dataSourceId": id}),
        )
        .await;
    refused(&r, StatusCode::FORBIDDEN, "You may not change");
    assert_eq!(super::data_rows(&app).await, before, "nothing changed");

    app.command(&ada, "UpdateDataSourceShareStatus", share("EDIT"))
        .await;
    let r = app
        .command(&bob, "AddIndicatorsToDataSource", widen.clone())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let last = r.json["indicators"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["indicatorId"], "region");
    let again = app.command(&ada, "AddIndicatorsToDataSource", widen).await;
    refused(
        &again,
        StatusCode::CONFLICT,
        "already has an indicator region",
    );
    let key = json!({"dataSourceId": id, "newIndicators": [
        {"indicatorId": "k2", "displayInformation": {"displayName": "k2"}, "type": "text",
         "key": {"keyType": "PRIMARY_SHARDING_KEY"}}]});
    let r = app.command(&ada, "AddIndicatorsToDataSource", key).await;
    refused(&r, StatusCode::BAD_REQUEST, "newIndicators[0].key");
    app.stop().await;
}

#[tokio::test]
async fn archiving_removes_the_datasource_its_loads_and_its_files() {
    let app = spawn_app().await;
    let id = orders(&app, "Orders").await;
    let done = load(&app, &id, &[(1, "FR", "Paris", 10.0)], true, false).await;
    assert_eq!(done.json["status"], "SUCCESS", "{}", done.text);
    let folder = app
        .state()
        .config
        .data_dir
        .join("warehouse/kawa")
        .join(format!("ds_{id}"));
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1, "one part");

    let r = app
        .command(
            ADMIN,
            "ArchiveDataSourceAndDeleteAssociatedData",
            json!({"dataSourceId": id}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.json,
        json!({"kind": "datasources", "id": id, "deleted": true})
    );
    let gone = get(&app, &format!("/backoffice/datasources/{id}"), ADMIN).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(!folder.exists(), "its parts are gone");
    let rows = data_rows(&app).await;
    assert!(rows[1].ends_with("[]"), "its loads are gone: {}", rows[1]);
    let again = app
        .command(
            ADMIN,
            "ArchiveDataSourceAndDeleteAssociatedData",
            json!({"dataSourceId": id}),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn data_providers_are_created_listed_restricted_and_deleted() {
    let app = spawn_app().await;
    let (_, bob) = user_with_key(&app, "bob@example.com").await;
    let provider = |name: &str, restricted: bool| {
        json!({"displayInformation": {"displayName": name, "description": ""},
               "dataProviderType": "JDBC", "restricted": restricted,
               "connectionParameters": {"url": "jdbc:postgresql://db/sales", "password": "secret"},
               "connectionSecurityParameters": {"useSsl": false, "useKerberos": false}})
    };
    let r = app
        .command(ADMIN, "CreateDataProvider", provider("Warehouse", false))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["type"], "JDBC");
    assert_eq!(r.json["shared"], true);
    assert!(
        !r.text.contains("secret"),
        "connection parameters are never shown"
    );
    let id = r.json["id"].as_str().unwrap().to_string();
    let taken = app
        .command(ADMIN, "CreateDataProvider", provider("Warehouse", false))
        .await;
    refused(
        &taken,
        StatusCode::CONFLICT,
        "A data provider named Warehouse already exists",
    );
    let hidden = app
        .command(ADMIN, "CreateDataProvider", provider("Private", true))
        .await;
    let hidden_id = hidden.json["id"].as_str().unwrap().to_string();

    let seen = get(&app, "/backoffice/data-providers", &bob).await;
    let names: Vec<&str> = seen
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["displayInformation"]["displayName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Warehouse"]);
    let by_name = get(&app, "/backoffice/data-providers?name=Warehouse", ADMIN).await;
    assert_eq!(by_name.json[0]["id"], id.as_str());
    let r = get(
        &app,
        &format!("/backoffice/data-providers/{hidden_id}"),
        &bob,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let r = app
        .command(&bob, "DeleteDataProvider", json!({"dataProviderId": id}))
        .await;
    refused(
        &r,
        StatusCode::FORBIDDEN,
        "You may not delete data provider",
    );
    let r = app
        .command(ADMIN, "DeleteDataProvider", json!({"dataProviderId": id}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let gone = get(&app, &format!("/backoffice/data-providers/{id}"), ADMIN).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    app.stop().await;
}
