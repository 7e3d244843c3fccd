//! The `understudy` command: `serve` runs real mode, `mock` mock mode; `admin` mints
//! users and tokens.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use understudy::common::secrets::Secret;
use understudy::config::Config;
use understudy::state::{AppState, Environment};
use understudy::surfaces::accounts::{self, UserSpec};

#[derive(Parser)]
#[command(
    name = "understudy",
    version,
    about = "A contract-first stand-in for five data-platform APIs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Real mode: every product backed by a database.
    Serve(ServeArgs),
    /// Mock mode: every contract served from seeded, stateful fake data.
    Mock(MockArgs),
    /// Create users and tokens for scripts; clear text is printed once.
    Admin {
        #[command(flatten)]
        store: StoreArgs,
        #[command(subcommand)]
        action: AdminAction,
    },
    /// The `--fixtures` file: its JSON Schema, and an instance's state written as one.
    Fixtures {
        #[command(subcommand)]
        action: FixturesAction,
    },
}

#[derive(Subcommand)]
enum FixturesAction {
    /// Print the fixtures file's JSON Schema (what /openapi/fixtures.schema.json serves).
    Schema,
    /// Write the whole state of a data dir or database as a fixtures file that loads into
    /// an empty instance to the same state (secrets only as their hashes).
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// Where to write it; standard output when not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Args, Clone)]
struct StoreArgs {
    /// Folder for the embedded SQLite database.
    #[arg(long, default_value = "understudy-data", env = "UNDERSTUDY_DATA_DIR")]
    data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; overrides --data-dir.
    #[arg(long, env = "UNDERSTUDY_DATABASE_URL")]
    database_url: Option<String>,
}

#[derive(Args)]
struct ServeArgs {
    #[arg(long, default_value_t = 8080, env = "UNDERSTUDY_PORT")]
    port: u16,
    /// Address to bind (use 0.0.0.0 inside a container).
    #[arg(long, default_value = "127.0.0.1", env = "UNDERSTUDY_HOST")]
    host: IpAddr,
    #[command(flatten)]
    store: StoreArgs,
    /// YAML or JSON records to load (idempotently) at start.
    #[arg(long, env = "UNDERSTUDY_FIXTURES")]
    fixtures: Option<PathBuf>,
    /// Milliseconds a Syntho engine job takes to finish.
    #[arg(long, default_value_t = 3000, env = "UNDERSTUDY_SYNTHO_JOB_MS")]
    syntho_job_ms: u64,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Args, Clone)]
struct LimitArgs {
    /// A rate limit per credential, where the product documents one (Datawiza,
    /// Kadi4Mat): `kadi4mat=100/min`, `datawiza:write=10/s` (repeatable; none by default).
    #[arg(
        long = "rate-limit",
        env = "UNDERSTUDY_RATE_LIMIT",
        value_delimiter = ','
    )]
    rate_limits: Vec<understudy::http::limits::RateLimit>,
}

#[derive(Args)]
struct MockArgs {
    #[arg(long, default_value_t = 8090, env = "UNDERSTUDY_MOCK_PORT")]
    port: u16,
    /// Address to bind (use 0.0.0.0 inside a container).
    #[arg(long, default_value = "127.0.0.1", env = "UNDERSTUDY_HOST")]
    host: IpAddr,
    /// World seed: the same seed gives the same data, run after run.
    #[arg(long, default_value_t = understudy::mock::DEFAULT_SEED, env = "UNDERSTUDY_MOCK_SEED")]
    seed: u64,
    /// Items each collection holds when it is first generated.
    #[arg(long, default_value_t = understudy::mock::DEFAULT_POPULATION as u64, value_parser = clap::value_parser!(u64).range(0..=1000))]
    population: u64,
    /// Added to every answer: `50ms`, `1s`, or a range `20ms..200ms`.
    #[arg(long, default_value = "0ms")]
    latency: understudy::mock::Latency,
    /// Accept only UNDERSTUDY_ADMIN_TOKEN as token or key, and only
    /// UNDERSTUDY_ADMIN_EMAIL / UNDERSTUDY_ADMIN_PASSWORD at logins (whose sessions are
    /// then accepted). Without it any well-formed credential is accepted.
    #[arg(long)]
    strict_auth: bool,
    /// Allow only this browser origin (repeatable); any origin by default.
    #[arg(long = "cors-origin")]
    cors_origins: Vec<String>,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Subcommand)]
enum AdminAction {
    /// Create a user who can sign in to Syntho (and own tokens).
    CreateUser {
        #[arg(long)]
        email: String,
        /// Read from UNDERSTUDY_NEW_PASSWORD when not given; generated when neither is.
        #[arg(long, env = "UNDERSTUDY_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        #[arg(long, default_value = "")]
        first_name: String,
        #[arg(long, default_value = "")]
        last_name: String,
        /// The Syntho organization the user belongs to.
        #[arg(long, default_value_t = 1)]
        organization: i32,
        /// Kadi4Mat's username (local identity); from the email when not given.
        #[arg(long)]
        username: Option<String>,
    },
    /// Mint an API token for a user on a token-authenticated product.
    CreateToken {
        #[arg(long)]
        email: String,
        /// Product the token is for.
        #[arg(long, default_value = "datawiza")]
        product: String,
        #[arg(long, default_value = "cli")]
        name: String,
        /// A Kadi4Mat scope such as `record.read` (repeatable); none gives full access.
        #[arg(long = "scope")]
        scopes: Vec<String>,
        /// When the token stops working: a date (`2027-06-30`, the end of that day, UTC)
        /// or an RFC 3339 time; never when not given.
        #[arg(long)]
        expires_at: Option<String>,
    },
}

/// Answers are trees of many small JSON nodes built and dropped per request, a pattern
/// glibc's allocator handles poorly (it was half of the mock's time under load).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Logs go to standard error: standard output carries what a command produces (an
    // export, a schema, a token, the first start's credentials). sqlx's notices (a
    // migration table that exists already) are not news.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        // Colour codes only where someone reads them; a log file gets plain lines.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("understudy: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => serve(args).await,
            Command::Mock(args) => mock(args).await,
            Command::Admin { store, action } => admin(store, action).await,
            Command::Fixtures { action } => fixtures(action).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("understudy: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: ServeArgs) -> Result<(), String> {
    let env_secret = |name: &str| {
        std::env::var(name)
            .ok()
            .filter(|v| !v.is_empty())
            .map(Secret::new)
    };
    let config = Config {
        host: args.host,
        port: args.port,
        data_dir: args.store.data_dir,
        database_url: args.store.database_url,
        fixtures: args.fixtures,
        admin_email: std::env::var("UNDERSTUDY_ADMIN_EMAIL")
            .ok()
            .filter(|v| !v.is_empty()),
        admin_password: env_secret("UNDERSTUDY_ADMIN_PASSWORD"),
        admin_token: env_secret("UNDERSTUDY_ADMIN_TOKEN"),
        syntho_job_duration: Duration::from_millis(args.syntho_job_ms),
        rate_limits: args.limits.rate_limits,
        etlworks_oauth: understudy::config::EtlworksOAuth::from_vars(std::env::vars()),
        ..Config::default()
    };
    let running = understudy::server::start(config).await?;
    if let Some(created) = &running.bootstrap {
        // Printed to stdout once, on first start only; never logged.
        println!("First start: created the admin of every product.");
        println!("  email:    {}", created.email);
        if created.generated.contains(&"password") {
            println!(
                "  password: {}   (generated; shown once)",
                created.password.expose()
            );
        } else {
            println!("  password: (from UNDERSTUDY_ADMIN_PASSWORD)");
        }
        if created.generated.contains(&"token") {
            println!(
                "  token:    {}   (generated; shown once)",
                created.token.expose()
            );
        } else {
            println!("  token:    (from UNDERSTUDY_ADMIN_TOKEN)");
        }
    }
    tracing::info!(addr = %running.addr, docs = %format!("http://{}/docs/", running.addr), "understudy is serving");
    shutdown_signal().await;
    tracing::info!("shutting down: draining requests and jobs");
    running.stop().await;
    Ok(())
}

async fn mock(args: MockArgs) -> Result<(), String> {
    let strict_auth = if args.strict_auth {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.is_empty())
                .ok_or_else(|| format!("--strict-auth needs {name}"))
        };
        Some(understudy::mock::StrictAuth {
            token: var("UNDERSTUDY_ADMIN_TOKEN")?,
            email: var("UNDERSTUDY_ADMIN_EMAIL")?,
            password: var("UNDERSTUDY_ADMIN_PASSWORD")?,
        })
    } else {
        None
    };
    let config = understudy::mock::MockConfig {
        host: args.host,
        port: args.port,
        seed: args.seed,
        population: args.population as usize,
        latency: args.latency,
        strict_auth,
        cors_origins: args.cors_origins,
        rate_limits: args.limits.rate_limits,
    };
    let running = understudy::mock::start(config).await?;
    tracing::info!(addr = %running.addr, docs = %format!("http://{}/docs/", running.addr), seed = args.seed, "understudy mock is serving");
    shutdown_signal().await;
    running.stop().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// The store a CLI command works on, opened (and migrated) like `serve` opens it.
async fn open_store(store: StoreArgs) -> Result<AppState, String> {
    let config = Config {
        data_dir: store.data_dir,
        database_url: store.database_url,
        ..Config::default()
    };
    if config.database_url.is_none() {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| e.to_string())?;
    }
    let db = understudy::store::connect(&config.resolved_database_url())
        .await
        .map_err(|e| e.to_string())?;
    Ok(AppState::new(db, config, Environment::system()))
}

async fn fixtures(action: FixturesAction) -> Result<(), String> {
    match action {
        FixturesAction::Schema => {
            let schema = understudy::fixtures::schema::json_schema();
            let text = serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?;
            write_stdout(&format!("{text}\n"))?;
        }
        FixturesAction::Export { store, output } => {
            let state = open_store(store).await?;
            let operator = understudy::authz::Operator::outside_requests();
            let state_now = understudy::fixtures::export(&state, &operator).await?;
            let text = understudy::fixtures::to_yaml(&state_now)?;
            match output {
                Some(path) => {
                    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?
                }
                None => write_stdout(&text)?,
            }
        }
    }
    Ok(())
}

/// `2027-06-30` (the end of that day, UTC) or an RFC 3339 time, in epoch milliseconds.
fn expiry(text: &str) -> Result<i64, String> {
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        let end = day
            .and_hms_milli_opt(23, 59, 59, 999)
            .ok_or_else(|| format!("{text}: not a day"))?;
        return Ok(end.and_utc().timestamp_millis());
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp_millis())
        .map_err(|_| format!("--expires-at {text}: write a date (2027-06-30) or an RFC 3339 time"))
}

/// Writes `text` to standard output; a reader that stopped early (`| head`) is no error.
fn write_stdout(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

async fn admin(store: StoreArgs, action: AdminAction) -> Result<(), String> {
    let state = open_store(store).await?;
    match action {
        AdminAction::CreateUser {
            email,
            password,
            first_name,
            last_name,
            organization,
            username,
        } => {
            let (password, generated) = match password {
                Some(p) => (Secret::new(p), false),
                None => (Secret::new(state.ids.hex(12)), true),
            };
            let spec = UserSpec {
                email: &email,
                password: password.clone(),
                first_name: &first_name,
                last_name: &last_name,
                organization,
                username: username.as_deref(),
            };
            accounts::create_user(&state, spec).await?;
            println!("created user {email}");
            if generated {
                println!("password: {}   (shown once)", password.expose());
            }
        }
        AdminAction::CreateToken {
            email,
            product,
            name,
            scopes,
            expires_at,
        } => {
            let product = accounts::Product::parse(&product)?;
            let spec = accounts::TokenSpec {
                name,
                scopes,
                expires_at: expires_at.as_deref().map(expiry).transpose()?,
            };
            let token = accounts::create_token(&state, &email, product, spec).await?;
            println!("{}", token.expose());
        }
    }
    Ok(())
}
