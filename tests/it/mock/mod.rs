//! Mock mode: a mock started in-process per test, the canonical request of every
//! operation, and the contract as the oracle.

mod control;
mod operations;
mod state;

use std::time::Duration;

use generated::support::{Contract, Operation};
use reqwest::Method;
use serde_json::Value;
use understudy::mock::samples::SampleRequest;
use understudy::mock::spec::resolve;
use understudy::mock::{MockConfig, RunningMock};

pub struct Mock {
    pub base: String,
    pub running: Option<RunningMock>,
    pub http: reqwest::Client,
}

/// One answer, parsed.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub bytes: Vec<u8>,
    pub json: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn spawn_mock_with(config: MockConfig) -> Mock {
    // A mock answer that does not fit its contract is logged with the reason; show it
    // beside the failing test.
    let _ = tracing_subscriber::fmt()
        .with_test_writer()
        .with_env_filter(tracing_subscriber::EnvFilter::new("understudy=error"))
        .try_init();
    let running = understudy::mock::start(MockConfig { port: 0, ..config })
        .await
        .expect("the mock starts");
    Mock {
        base: format!("http://{}", running.addr),
        running: Some(running),
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(20))
            .build()
            .expect("a client"),
    }
}

pub async fn spawn_mock(seed: u64) -> Mock {
    spawn_mock_with(MockConfig {
        seed,
        ..MockConfig::default()
    })
    .await
}

/// Every (contract, operation) of the product contracts, in spec order.
pub fn product_operations() -> Vec<(&'static Contract, &'static Operation)> {
    understudy::mock::product_contracts()
        .flat_map(|c| c.operations.iter().map(move |op| (c, op)))
        .collect()
}

impl Mock {
    pub async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
    }

    pub fn sample(&self, contract: &'static Contract, op: &'static Operation) -> SampleRequest {
        self.running
            .as_ref()
            .expect("running")
            .state
            .engine
            .sample(contract, op)
    }

    /// Sends a request; `extra` headers are added after the sample's.
    pub async fn send(&self, req: &SampleRequest, extra: &[(&str, &str)]) -> Reply {
        let method = Method::from_bytes(req.method.as_bytes()).expect("a method");
        let mut b = self
            .http
            .request(method, format!("{}{}", self.base, req.path));
        for (k, v) in &req.headers {
            b = b.header(k, v);
        }
        for (k, v) in extra {
            b = b.header(*k, *v);
        }
        if let Some((ct, bytes)) = &req.body {
            b = b.header("content-type", ct).body(bytes.clone());
        }
        let resp = b.send().await.expect("the mock answers");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.expect("a body").to_vec();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            bytes,
            json,
        }
    }

    /// The path of a URL the mock put in an answer (a link), to request it.
    pub fn path_of(&self, url: &Value) -> String {
        let url = url.as_str().unwrap_or_else(|| panic!("a URL, not {url}"));
        url.strip_prefix(self.base.as_str())
            .unwrap_or_else(|| panic!("{url} is not on the mock ({})", self.base))
            .to_string()
    }

    /// A JSON request with optional body.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<Value>,
    ) -> Reply {
        let req = SampleRequest {
            method: method.to_string(),
            path: path.to_string(),
            headers: Vec::new(),
            body: body.map(|b| ("application/json".to_string(), b.to_string().into_bytes())),
        };
        self.send(&req, headers).await
    }
}

/// The spec of a contract, parsed.
pub fn spec_of(contract: &Contract) -> Value {
    serde_yaml_ng::from_str(contract.spec_yaml).expect("the spec parses")
}

/// Panics unless `reply` is what `op` documents for its status (schema included).
pub fn assert_fits(contract: &Contract, spec: &Value, op: &Operation, reply: &Reply) {
    let item = spec
        .pointer(&format!(
            "/paths/{}",
            op.path.replace('~', "~0").replace('/', "~1")
        ))
        .expect("the operation's path");
    let operation = &item[op.method.to_ascii_lowercase()];
    let Some(response) = operation.pointer(&format!("/responses/{}", reply.status)) else {
        panic!(
            "{} {}: status {} is not documented: {}",
            contract.product,
            op.operation_id,
            reply.status,
            String::from_utf8_lossy(&reply.bytes)
        );
    };
    let response = resolve(spec, response);
    let Some((media, m)) = response
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.iter().next())
    else {
        assert!(
            reply.bytes.is_empty() || reply.status != 204,
            "{}: 204 with a body",
            op.operation_id
        );
        return;
    };
    if media.contains("json") {
        let schema = m.get("schema").expect("a schema");
        crate::contract::validate(spec, schema, &reply.json).unwrap_or_else(|e| {
            panic!(
                "{} {} → {} does not fit its schema:\n{e}\nbody: {}",
                contract.product,
                op.operation_id,
                reply.status,
                String::from_utf8_lossy(&reply.bytes)
            )
        });
    }
    if let Some(headers) = response.get("headers").and_then(Value::as_object) {
        for (name, h) in headers {
            let h = resolve(spec, h);
            if h.get("required").and_then(Value::as_bool) == Some(true) {
                assert!(
                    reply.header(name).is_some(),
                    "{} {} → {}: required header {name} missing",
                    contract.product,
                    op.operation_id,
                    reply.status
                );
            }
        }
    }
}
