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
    // Every contract, implemented in real mode or not: the five products by their
    // titles, the first selected, and the control API last (the list is derived, so a
    // new spec cannot be forgotten).
    let listed = understudy::http::docs::drop_down();
    assert_eq!(listed.len(), generated::CONTRACTS.len());
    let names: Vec<&str> = listed.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "KAWA API (v1)",
            "Datawiza Admin API (v1)",
            "Etlworks REST API (v1)",
            "Syntho Backend API (v1)",
            "Kadi4Mat HTTP API (v1)",
            "Understudy control API (v1)",
        ]
    );
    let mut at = 0;
    for (name, url) in &listed {
        let found = init.text[at..]
            .find(url.as_str())
            .unwrap_or_else(|| panic!("{url} in the drop-down, in order: {}", init.text));
        at += found;
        assert!(init.text.contains(name.as_str()), "{name}");
    }
    assert!(
        init.text.contains(r#""urls.primaryName": "KAWA API (v1)""#),
        "the first product is selected: {}",
        init.text
    );
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
