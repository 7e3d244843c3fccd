//! Every operation of every contract: the canonical request's answer (snapshotted with
//! seed 42), every documented status through `Prefer: code=`, and determinism.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::{assert_fits, product_operations, spawn_mock, spec_of, Reply};

/// What a snapshot holds of an answer: status, the headers a client reads, the body.
/// Links to the mock name it `http://mock`, not the port this run happened to get.
fn recorded(method: &str, path: &str, reply: &Reply, base: &str) -> Value {
    let body = if reply.json.is_null() && !reply.bytes.is_empty() {
        json!({"bytes": reply.bytes.len(), "text": String::from_utf8_lossy(&reply.bytes)})
    } else {
        reply.json.clone()
    };
    let body: Value =
        serde_json::from_str(&body.to_string().replace(base, "http://mock")).expect("still JSON");
    json!({
        "request": format!("{method} {path}"),
        "status": reply.status,
        "content-type": reply.header("content-type"),
        "x-total-count": reply.header("x-total-count"),
        "body": body,
    })
}

fn snapshot_name(product: &str, operation_id: &str) -> String {
    format!("{product}__{operation_id}")
}

/// Operations the product itself refuses on the seeded world, and why: their canonical
/// answer is that refusal, in the product's shape.
const REFUSED_IN_THE_SEEDED_WORLD: &[(&str, &str, &str)] = &[(
    "kadi4mat",
    "finish_upload",
    "a seeded upload has not received its chunks (a direct one is never finished)",
)];

#[tokio::test]
async fn every_operation_answers_its_canonical_request_within_the_contract() {
    let mock = spawn_mock(42).await;
    let mut specs = std::collections::HashMap::new();
    for (contract, op) in product_operations() {
        let spec = specs
            .entry(contract.product)
            .or_insert_with(|| spec_of(contract));
        // Each operation meets the seeded world, not what earlier operations made of it.
        mock.call("POST", "/_understudy/v1/reset", &[], None).await;
        let req = mock.sample(contract, op);
        let reply = mock.send(&req, &[]).await;
        if let Some((_, _, why)) = REFUSED_IN_THE_SEEDED_WORLD
            .iter()
            .find(|(p, id, _)| *p == contract.product && *id == op.operation_id)
        {
            assert_eq!(
                reply.status,
                400,
                "{why}: {}",
                String::from_utf8_lossy(&reply.bytes)
            );
        } else {
            assert!(
                reply.status < 400,
                "{} {} {} → {}: {}",
                contract.product,
                req.method,
                req.path,
                reply.status,
                String::from_utf8_lossy(&reply.bytes)
            );
        }
        assert_fits(contract, spec, op, &reply);
        insta::assert_json_snapshot!(
            snapshot_name(contract.product, op.operation_id),
            recorded(&req.method, &req.path, &reply, &mock.base)
        );
    }
    mock.stop().await;
}

#[test]
fn every_operation_has_a_reviewed_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/mock/snapshots");
    let present: BTreeSet<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".snap"))
                .collect()
        })
        .unwrap_or_default();
    let missing: Vec<String> = product_operations()
        .into_iter()
        .map(|(c, op)| {
            format!(
                "it__mock__operations__{}.snap",
                snapshot_name(c.product, op.operation_id)
            )
        })
        .filter(|n| !present.contains(n))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a snapshot: {missing:#?}"
    );
}

#[tokio::test]
async fn every_documented_status_is_rendered_with_its_schema() {
    let mock = spawn_mock(42).await;
    let mut specs = std::collections::HashMap::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (contract, op) in product_operations() {
        let spec = specs
            .entry(contract.product)
            .or_insert_with(|| spec_of(contract))
            .clone();
        let item = &spec["paths"][op.path][op.method.to_ascii_lowercase()];
        let statuses: Vec<u16> = item["responses"]
            .as_object()
            .expect("responses")
            .keys()
            .filter_map(|k| k.parse().ok())
            .collect();
        for status in statuses {
            mock.call("POST", "/_understudy/v1/reset", &[], None).await;
            let req = mock.sample(contract, op);
            let prefer = format!("code={status}");
            let reply = mock.send(&req, &[("Prefer", &prefer)]).await;
            if reply.status != status {
                failures.push(format!(
                    "{} {} with Prefer: {prefer} → {}: {}",
                    contract.product,
                    op.operation_id,
                    reply.status,
                    String::from_utf8_lossy(&reply.bytes)
                ));
                continue;
            }
            assert_eq!(reply.header("preference-applied"), Some(prefer.as_str()));
            assert_fits(contract, &spec, op, &reply);
            checked += 1;
        }
    }
    assert!(
        checked > product_operations().len(),
        "every operation has at least one status"
    );
    mock.stop().await;
}

#[tokio::test]
async fn an_undocumented_or_unknown_preference_is_refused_in_the_product_shape() {
    let mock = spawn_mock(42).await;
    let (contract, op) = product_operations()
        .into_iter()
        .find(|(c, op)| c.product == "syntho" && op.operation_id == "workspaces_list")
        .expect("syntho lists workspaces");
    let req = mock.sample(contract, op);
    let reply = mock.send(&req, &[("Prefer", "code=418")]).await;
    assert_eq!(reply.status, 400);
    let text = reply.json.to_string();
    assert!(
        text.contains("code=418") && text.contains("200"),
        "names the documented codes: {text}"
    );
    let reply = mock.send(&req, &[("Prefer", "colour=blue")]).await;
    assert_eq!(reply.status, 400);
    assert!(
        reply.json.to_string().contains("code=<status>"),
        "{}",
        reply.json
    );
    let reply = mock.send(&req, &[("Prefer", "example=nope")]).await;
    assert_eq!(reply.status, 400);
    assert!(
        reply.json.to_string().contains("default"),
        "names the choices: {}",
        reply.json
    );
    mock.stop().await;
}

#[tokio::test]
async fn the_same_seed_gives_the_same_bytes_and_another_seed_does_not() {
    let (a, b, c) = (
        spawn_mock(42).await,
        spawn_mock(42).await,
        spawn_mock(7).await,
    );
    let mut differing = 0;
    let mut compared = 0;
    // Links carry the host a caller asked; the three mocks listen on three ports.
    let host = [("Host", "understudy.test")];
    for (contract, op) in product_operations()
        .into_iter()
        .filter(|(_, op)| op.method == "GET")
    {
        let ra = a.send(&a.sample(contract, op), &host).await;
        let rb = b.send(&b.sample(contract, op), &host).await;
        assert_eq!(ra.status, rb.status, "{}", op.operation_id);
        assert_eq!(
            ra.bytes, rb.bytes,
            "{} {}: same seed, other bytes",
            contract.product, op.operation_id
        );
        let rc = c.send(&c.sample(contract, op), &host).await;
        compared += 1;
        if rc.bytes != ra.bytes {
            differing += 1;
        }
    }
    // Answers with no generated content (fixed enums, empty lists) may agree by nature.
    assert!(
        differing * 2 > compared,
        "seed 7 differs from 42 in only {differing} of {compared} answers"
    );
    for m in [a, b, c] {
        m.stop().await;
    }
}

#[tokio::test]
async fn a_spec_example_is_served_on_request() {
    let mock = spawn_mock(42).await;
    let auth = [("Authorization", "Bearer any")];
    let flow = mock
        .call(
            "GET",
            "/rest/v1/flows/1",
            &[auth[0], ("Prefer", "example=default")],
            None,
        )
        .await;
    assert_eq!(flow.status, 200);
    assert_eq!(flow.header("preference-applied"), Some("example=default"));
    let spec = spec_of(&generated::etlworks::v1::CONTRACT);
    assert_eq!(
        flow.json, spec["components"]["schemas"]["Flow"]["example"],
        "the Flow schema's example"
    );
    let missing = mock
        .call(
            "GET",
            "/rest/v1/flows/1",
            &[auth[0], ("Prefer", "code=404, example=default")],
            None,
        )
        .await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.json["status"], 404,
        "the 404 answer's own example: {}",
        missing.json
    );
    mock.stop().await;
}
