//! `spawn_app()` and a test client that checks the contract on every response: error
//! bodies in the product's shape, 204 without a body, and bodies that validate against
//! the source spec's schema for that operation and status.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::Value;
use understudy::common::secrets::Secret;
use understudy::config::Config;
use understudy::server::{self, Running};
use understudy::state::Environment;

use crate::contract::Contract;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "correct-horse-battery";
pub const ADMIN_TOKEN: &str = "us_test_admin_token_0123456789";

/// How long a test server's Syntho engine job takes.
pub const SYNTHO_JOB: Duration = Duration::from_millis(400);

/// Names the PostgreSQL server the real-mode suite runs on instead of SQLite: an admin
/// URL such as `postgres://postgres@127.0.0.1:5433/postgres`. Each test gets a fresh
/// database on it, dropped when the test stops its server.
pub const POSTGRES_VAR: &str = "UNDERSTUDY_TEST_POSTGRES";

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server [`POSTGRES_VAR`] names.
pub struct TestDatabase {
    /// `None` for SQLite: the server opens the file in its data dir.
    pub url: Option<String>,
    /// For SQLite: a database file the server starts from instead of an empty one.
    pub sqlite_file: Option<PathBuf>,
    /// The PostgreSQL admin URL and the database's name, to drop it afterwards.
    postgres: Option<(String, String)>,
    /// The folder of a SQLite file named by `url`.
    _folder: Option<Arc<tempfile::TempDir>>,
}

impl TestDatabase {
    /// The backend the environment asks for.
    pub async fn create() -> TestDatabase {
        match std::env::var(POSTGRES_VAR).ok().filter(|v| !v.is_empty()) {
            Some(admin) => TestDatabase::on_postgres(&admin).await,
            None => TestDatabase {
                url: None,
                sqlite_file: None,
                postgres: None,
                _folder: None,
            },
        }
    }

    /// A database several servers can open at once: on SQLite, a file named by its URL
    /// rather than one inside a server's own data dir.
    pub async fn shareable() -> TestDatabase {
        let mut db = TestDatabase::create().await;
        if db.url.is_none() {
            let folder = tempfile::tempdir().expect("a temporary folder");
            db.url = Some(format!(
                "sqlite://{}?mode=rwc",
                folder.path().join("shared.db").display()
            ));
            db._folder = Some(Arc::new(folder));
        }
        db
    }

    /// A SQLite database in memory, gone when its server stops: the store the mock will
    /// seed for each world.
    pub fn in_memory() -> TestDatabase {
        TestDatabase {
            url: Some("sqlite::memory:".into()),
            sqlite_file: None,
            postgres: None,
            _folder: None,
        }
    }

    /// The same database for another server; only the original drops it.
    pub fn share(&self) -> TestDatabase {
        TestDatabase {
            url: self.url.clone(),
            sqlite_file: None,
            postgres: None,
            _folder: self._folder.clone(),
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// A database as a released version left it: `released` names the pair of files
    /// under `tests/fixtures/released/` (`<released>.sqlite`, `<released>.postgres.sql`).
    pub async fn released(released: &str) -> TestDatabase {
        use sea_orm::ConnectionTrait;
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/released");
        let mut db = TestDatabase::create().await;
        match &db.url {
            Some(url) => {
                let sql = std::fs::read_to_string(dir.join(format!("{released}.postgres.sql")))
                    .expect("the released PostgreSQL dump");
                let conn = sea_orm::Database::connect(url.as_str())
                    .await
                    .expect("connect");
                conn.execute_unprepared(&sql).await.expect("the dump loads");
                let _ = conn.close().await;
            }
            None => db.sqlite_file = Some(dir.join(format!("{released}.sqlite"))),
        }
        db
    }

    /// A new database on the PostgreSQL server `admin` reaches.
    pub async fn on_postgres(admin: &str) -> TestDatabase {
        use sea_orm::ConnectionTrait;
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let name = format!("us_test_{}_{n}", std::process::id());
        let conn = sea_orm::Database::connect(admin)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_VAR}={admin}: cannot connect: {e}"));
        conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .expect("a test database is created");
        let _ = conn.close().await;
        let (base, _) = admin
            .rsplit_once('/')
            .unwrap_or_else(|| panic!("{POSTGRES_VAR}={admin} names no database"));
        TestDatabase {
            url: Some(format!("{base}/{name}")),
            sqlite_file: None,
            postgres: Some((admin.to_string(), name)),
            _folder: None,
        }
    }

    /// Drops a PostgreSQL test database (a SQLite one goes with its folder).
    pub async fn drop_database(&self) {
        use sea_orm::ConnectionTrait;
        if let Some((admin, name)) = &self.postgres {
            if let Ok(conn) = sea_orm::Database::connect(admin.as_str()).await {
                let _ = conn
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await;
                let _ = conn.close().await;
            }
        }
    }
}

/// A running server with a fresh database, and a client for it.
pub struct TestApp {
    pub base: String,
    pub running: Option<Running>,
    pub http: reqwest::Client,
    pub contract: Contract,
    pub database: TestDatabase,
    _dir: tempfile::TempDir,
}

/// What a test server starts with; [`Spawn::start`] starts it.
pub struct Spawn {
    pub fixtures: Option<String>,
    /// The clock and id source; the system's unless a test drives them.
    pub env: Environment,
    /// Whether the background job runner runs (a test may step jobs by hand instead).
    pub run_jobs: bool,
    /// Declared rate limits; none unless a test is about them.
    pub rate_limits: Vec<understudy::http::limits::RateLimit>,
    /// Etlworks' OAuth client and provider bases (a test's fake provider).
    pub etlworks_oauth: understudy::config::EtlworksOAuth,
}

impl Default for Spawn {
    fn default() -> Self {
        Spawn {
            fixtures: None,
            env: Environment::system(),
            run_jobs: true,
            rate_limits: Vec::new(),
            etlworks_oauth: Default::default(),
        }
    }
}

impl Spawn {
    /// The server's configuration, in `dir`, on `database`.
    pub fn config(&self, dir: &std::path::Path, database: &TestDatabase) -> Config {
        let fixtures = self.fixtures.as_ref().map(|text| {
            let path: PathBuf = dir.join("fixtures.yaml");
            std::fs::write(&path, text).expect("fixtures written");
            path
        });
        Config {
            port: 0,
            data_dir: dir.join("data"),
            database_url: database.url.clone(),
            fixtures,
            admin_email: Some(ADMIN_EMAIL.into()),
            admin_password: Some(Secret::new(ADMIN_PASSWORD)),
            admin_token: Some(Secret::new(ADMIN_TOKEN)),
            syntho_job_duration: SYNTHO_JOB,
            run_jobs: self.run_jobs,
            rate_limits: self.rate_limits.clone(),
            etlworks_oauth: self.etlworks_oauth.clone(),
            ..Config::default()
        }
    }

    /// Starts the server on a fresh database of the backend the environment names.
    pub async fn start(self) -> TestApp {
        let database = TestDatabase::create().await;
        self.start_on(database).await
    }

    /// Starts the server on `database`.
    pub async fn start_on(self, database: TestDatabase) -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let config = self.config(dir.path(), &database);
        if let Some(file) = &database.sqlite_file {
            std::fs::create_dir_all(&config.data_dir).expect("the data dir");
            std::fs::copy(file, config.data_dir.join("understudy.db")).expect("the file copied");
        }
        let running = server::start_with(config, self.env)
            .await
            .expect("the server starts");
        TestApp {
            base: format!("http://{}", running.addr),
            running: Some(running),
            http: client(),
            contract: Contract::load(),
            database,
            _dir: dir,
        }
    }
}

/// 2025-11-27T07:42:00.997Z: where a test's manual clock starts.
pub const START_MS: i64 = 1_764_229_320_997;

/// A server whose clock stands still at [`START_MS`] until the test moves it, whose ids
/// come from `seed`, and whose job runner is off (the test steps it).
pub async fn spawn_stopped_clock(
    seed: u64,
    fixtures: Option<&str>,
) -> (
    TestApp,
    std::sync::Arc<understudy::common::clock::ManualClock>,
) {
    let (env, clock) = Environment::seeded(seed, START_MS);
    let app = Spawn {
        fixtures: fixtures.map(str::to_string),
        env,
        run_jobs: false,
        ..Spawn::default()
    }
    .start()
    .await;
    (app, clock)
}

/// Starts Understudy with the test admin and, optionally, a fixtures file.
pub async fn spawn_app_with(fixtures: Option<&str>) -> TestApp {
    Spawn {
        fixtures: fixtures.map(str::to_string),
        ..Spawn::default()
    }
    .start()
    .await
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(None).await
}

/// A client with its own cookie jar (one per simulated user).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("a client")
}

/// A response with its body read and the contract already checked.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub json: Value,
    /// The body as sent (a download's bytes).
    pub bytes: bytes::Bytes,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Sends a request built by `build` and checks the answer against the contract.
    pub async fn send_with(
        &self,
        client: &reqwest::Client,
        method: Method,
        path: &str,
        build: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Answer {
        let resp = build(client.request(method.clone(), self.url(path)))
            .send()
            .await
            .expect("the server answers");
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.expect("a body");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::Null)
        };
        let answer = Answer {
            status,
            headers,
            text,
            json,
            bytes,
        };
        self.contract.check(method.as_str(), path, &answer);
        answer
    }

    /// A Datawiza call with the admin token.
    pub async fn datawiza(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        self.send_with(&self.http, method, path, |b| {
            let b = b.bearer_auth(ADMIN_TOKEN);
            match body {
                Some(v) => b.json(&v),
                None => b,
            }
        })
        .await
    }

    /// A JSON call with `client`'s cookies.
    pub async fn json(
        &self,
        client: &reqwest::Client,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        self.send_with(client, method, path, |b| match body {
            Some(v) => b.json(&v),
            None => b,
        })
        .await
    }

    /// Signs `client` in to Syntho.
    pub async fn syntho_login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> Answer {
        let answer = self
            .json(
                client,
                Method::POST,
                "/api/v1/auth/",
                Some(serde_json::json!({"email": email, "password": password})),
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::CREATED,
            "login failed: {}",
            answer.text
        );
        answer
    }

    /// A client signed in to Syntho as the admin.
    pub async fn syntho_admin(&self) -> reqwest::Client {
        let c = client();
        self.syntho_login(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await;
        c
    }

    /// Stops the server, waits for it to drain, and drops its database.
    pub async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        self.database.drop_database().await;
    }

    pub fn state(&self) -> &understudy::state::AppState {
        &self.running.as_ref().expect("running").state
    }
}
