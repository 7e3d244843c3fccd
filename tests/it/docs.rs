//! Swagger UI and the raw specs.

use reqwest::{Method, StatusCode};

use crate::helpers::{client, spawn_app};

#[tokio::test]
async fn swagger_ui_lists_every_spec() {
    let app = spawn_app().await;
    let page = app.json(&client(), Method::GET, "/docs/", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("swagger-ui"), "the UI page");
    let init = app
        .json(&client(), Method::GET, "/docs/swagger-initializer.js", None)
        .await;
    assert_eq!(init.status, StatusCode::OK);
    // Every contract, implemented in real mode or not: the five products and the
    // control API (and the list is derived, so a new spec cannot be forgotten).
    assert!(generated::CONTRACTS.len() >= 3);
    for contract in generated::CONTRACTS {
        let spec = format!("/openapi/{}/{}.yaml", contract.product, contract.version);
        assert!(
            init.text.contains(&spec),
            "{spec} in the drop-down: {}",
            init.text
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn specs_are_served_verbatim_and_as_json() {
    let app = spawn_app().await;
    for (product, yaml) in generated::CONTRACTS
        .iter()
        .map(|c| (c.product, c.spec_yaml))
    {
        let raw = app
            .json(
                &client(),
                Method::GET,
                &format!("/openapi/{product}/v1.yaml"),
                None,
            )
            .await;
        assert_eq!(raw.status, StatusCode::OK);
        assert_eq!(raw.text, yaml);
        let json = app
            .json(
                &client(),
                Method::GET,
                &format!("/openapi/{product}/v1.json"),
                None,
            )
            .await;
        assert_eq!(json.json["openapi"], "3.0.3");
    }
    let missing = app
        .json(&client(), Method::GET, "/openapi/datawiza/v9.yaml", None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    app.stop().await;
}
