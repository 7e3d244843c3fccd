//! Mock mode (`understudy mock`): every contract under `openapi/` served from seeded,
//! stateful fake data, through the same generated routes, validation and error shapes as
//! real mode. The engine is spec-driven; the generated `Backed` adapters type its answers.

pub mod commands;
pub mod control;
pub mod engine;
pub mod journal;
pub mod links;
pub mod model;
pub mod prefer;
pub mod replay;
pub mod samples;
pub mod spec;
pub mod values;
pub mod world;

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use generated::support::Contract;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Endpoint, EndpointExt, IntoEndpoint, Response};

use crate::http::dispatch::{Dispatcher, ErrorShape, Surface};
use crate::http::mounting::{absolute_operations, mount};
use crate::mock::engine::{Engine, MockBackend};
use crate::mock::journal::{Journal, MockLayer};
use crate::mock::model::Model;

/// The default world seed: the same data every run unless asked otherwise.
pub const DEFAULT_SEED: u64 = 42;
/// Items per collection when it is first generated.
pub const DEFAULT_POPULATION: usize = 10;

/// Latency added to every product answer: fixed (`min == max`) or uniform in a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Latency {
    pub min: Duration,
    pub max: Duration,
}

impl std::str::FromStr for Latency {
    type Err = String;

    /// `50ms`, `1s`, `20ms..200ms`.
    fn from_str(s: &str) -> Result<Self, String> {
        let one = |t: &str| -> Result<Duration, String> {
            let t = t.trim();
            let (num, unit) = t
                .find(|c: char| !c.is_ascii_digit())
                .map(|i| t.split_at(i))
                .unwrap_or((t, "ms"));
            let n: u64 = num
                .parse()
                .map_err(|_| format!("{t}: expected a number such as 50ms"))?;
            match unit {
                "ms" => Ok(Duration::from_millis(n)),
                "s" => Ok(Duration::from_secs(n)),
                other => Err(format!("{t}: unit {other} is not ms or s")),
            }
        };
        let (min, max) = match s.split_once("..") {
            Some((a, b)) => (one(a)?, one(b)?),
            None => {
                let d = one(s)?;
                (d, d)
            }
        };
        if min > max {
            return Err(format!("{s}: the lower bound exceeds the upper one"));
        }
        if max > Duration::from_secs(60) {
            return Err(format!("{s}: latency is capped at 60s"));
        }
        Ok(Latency { min, max })
    }
}

/// The bootstrap credentials `--strict-auth` applies.
#[derive(Clone)]
pub struct StrictAuth {
    pub token: String,
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for StrictAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StrictAuth(…)")
    }
}

/// What the control API can change at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub seed: u64,
    pub population: usize,
    pub latency: Latency,
}

/// How `understudy mock` is started.
#[derive(Debug, Clone)]
pub struct MockConfig {
    pub host: IpAddr,
    pub port: u16,
    pub seed: u64,
    pub population: usize,
    pub latency: Latency,
    /// Accept only the bootstrap credentials (and sessions from mock logins).
    pub strict_auth: Option<StrictAuth>,
    /// CORS origins; empty means any origin.
    pub cors_origins: Vec<String>,
    /// Declared rate limits, as in real mode.
    pub rate_limits: Vec<crate::http::limits::RateLimit>,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8090,
            seed: DEFAULT_SEED,
            population: DEFAULT_POPULATION,
            latency: Latency::default(),
            strict_auth: None,
            cors_origins: Vec::new(),
            rate_limits: Vec::new(),
        }
    }
}

/// Everything a running mock shares.
pub struct MockState {
    pub engine: Arc<Engine>,
    pub journal: Arc<Journal>,
}

impl MockState {
    pub fn new(config: &MockConfig) -> Self {
        let mut models = HashMap::new();
        let mut shapes: HashMap<&'static str, Arc<dyn ErrorShape>> = HashMap::new();
        for contract in product_contracts() {
            models.insert(contract.product, Arc::new(Model::new(contract)));
            shapes.insert(contract.product, shape_of(contract.product));
        }
        let engine = Engine {
            models,
            shapes,
            worlds: Mutex::new(HashMap::new()),
            memo: Mutex::new(HashMap::new()),
            replay: Default::default(),
            settings: RwLock::new(Settings {
                seed: config.seed,
                population: config.population,
                latency: config.latency,
            }),
            strict: config.strict_auth.clone(),
            sessions: Mutex::new(HashSet::new()),
        };
        MockState {
            engine: Arc::new(engine),
            journal: Arc::new(Journal::default()),
        }
    }
}

/// The product contracts (everything but Understudy's own control API).
pub fn product_contracts() -> impl Iterator<Item = &'static Contract> {
    generated::CONTRACTS
        .iter()
        .copied()
        .filter(|c| c.product != generated::control::v1::PRODUCT)
}

fn shape_of(product: &str) -> Arc<dyn ErrorShape> {
    use crate::surfaces;
    match product {
        "datawiza" => Arc::new(surfaces::datawiza::error::Shape),
        "syntho" => Arc::new(surfaces::syntho::error::Shape),
        "etlworks" => Arc::new(surfaces::etlworks::error::Shape),
        "kawa" => Arc::new(surfaces::kawa::error::Shape),
        "kadi4mat" => Arc::new(surfaces::kadi4mat::error::Shape),
        _ => Arc::new(control::Shape),
    }
}

/// Unknown paths under these prefixes get the product's 404; Kadi4Mat owns `/api/` in
/// the mock, where Syntho's `/api/v1/...` paths are matched by their templates first.
fn owned_prefixes(product: &str) -> &'static [&'static str] {
    match product {
        "datawiza" => &["/admin/api/"],
        "syntho" => &["/api/v1/auth/", "/api/v1/workspaces/"],
        "etlworks" => &["/rest/"],
        "kadi4mat" => &["/api/"],
        "kawa" => &["/backoffice/", "/commands/", "/authentication/"],
        _ => &["/_understudy/"],
    }
}

fn surfaces(state: &MockState) -> Vec<Surface> {
    let backend = MockBackend(state.engine.clone());
    let mut out = Vec::new();
    for contract in generated::CONTRACTS.iter().copied() {
        let endpoint = if contract.product == generated::control::v1::PRODUCT {
            let api = Arc::new(crate::mock::control::Control {
                engine: state.engine.clone(),
                journal: state.journal.clone(),
            });
            mount(contract, || {
                generated::control::v1::service(api.clone())
                    .into_endpoint()
                    .map_to_response()
                    .boxed()
            })
        } else {
            // Every product contract, through its generated glue: a new spec is served
            // as soon as it is generated.
            let b = backend.clone();
            mount(contract, || {
                generated::backed_endpoint(contract, b.clone())
                    .expect("every contract in CONTRACTS has a backed endpoint")
            })
        };
        out.push(Surface {
            product: contract.product,
            operations: absolute_operations(contract),
            owned_prefixes: owned_prefixes(contract.product),
            endpoint,
            shape: Box::new(SharedShape(shape_of(contract.product))),
            spec: serde_yaml_ng::from_str(contract.spec_yaml).ok(),
            guard: None,
            conventions: Default::default(),
        });
    }
    // Syntho's exact templates before Kadi4Mat's `/api/` catch-all ownership.
    out.sort_by_key(|s| match s.product {
        "kadi4mat" => 1,
        _ => 0,
    });
    out
}

struct SharedShape(Arc<dyn ErrorShape>);

impl ErrorShape for SharedShape {
    fn body(&self, rejection: &crate::http::dispatch::Rejection) -> serde_json::Value {
        self.0.body(rejection)
    }

    fn body_at(
        &self,
        rejection: &crate::http::dispatch::Rejection,
        path: &str,
    ) -> serde_json::Value {
        self.0.body_at(rejection, path)
    }

    fn text_from(&self) -> crate::http::dispatch::TextFrom {
        self.0.text_from()
    }
}

/// The mock's whole HTTP application.
pub fn app(
    state: &MockState,
    cors_origins: &[String],
    rate_limits: &[crate::http::limits::RateLimit],
) -> impl Endpoint<Output = Response> {
    let fallback = crate::http::fallback_routes().map_to_response().boxed();
    let mut cors = poem::middleware::Cors::new()
        .allow_credentials(true)
        .expose_headers([
            "Preference-Applied",
            "X-Total-Count",
            "Retry-After",
            "Location",
        ]);
    for origin in cors_origins {
        cors = cors.allow_origin(origin.as_str());
    }
    Dispatcher::new(surfaces(state), fallback)
        .with_rate_limits(crate::http::rate_limits::RateLimits::new(rate_limits))
        .with(MockLayer {
            engine: state.engine.clone(),
            journal: state.journal.clone(),
        })
        .with(cors)
        .with(poem::middleware::Tracing)
}

/// A mock serving on its port until stopped.
pub struct RunningMock {
    pub addr: SocketAddr,
    pub state: Arc<MockState>,
    shutdown: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningMock {
    /// Stops accepting, lets in-flight requests finish, and waits for the server.
    pub async fn stop(self) {
        let _ = self.shutdown.send(());
        let _ = self.task.await;
    }

    /// Waits until the server ends (Ctrl-C or SIGTERM handled by the caller's signal).
    pub async fn wait(self) {
        let _ = self.task.await;
    }
}

/// Binds and serves the mock; `config.port` 0 picks a free port.
pub async fn start(config: MockConfig) -> Result<RunningMock, String> {
    let state = Arc::new(MockState::new(&config));
    let acceptor = TcpListener::bind(SocketAddr::new(config.host, config.port))
        .into_acceptor()
        .await
        .map_err(|e| format!("cannot listen on {}:{}: {e}", config.host, config.port))?;
    let addr = acceptor
        .local_addr()
        .first()
        .and_then(|a| a.as_socket_addr().copied())
        .ok_or("the listener has no address")?;
    let app = app(&state, &config.cors_origins, &config.rate_limits);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let result = poem::Server::new_with_acceptor(acceptor)
            .run_with_graceful_shutdown(
                app,
                async {
                    let _ = rx.await;
                },
                Some(Duration::from_secs(5)),
            )
            .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "mock server stopped with an error");
        }
    });
    Ok(RunningMock {
        addr,
        state,
        shutdown: tx,
        task,
    })
}
