//! The server's configuration: one typed struct with safe defaults, filled by the CLI.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::common::secrets::Secret;
use crate::http::limits::RateLimit;

/// Everything `understudy serve` needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind; loopback unless told otherwise.
    pub host: IpAddr,
    /// Port to bind; 0 picks a free one (tests).
    pub port: u16,
    /// Where the embedded SQLite file lives when no database URL is given.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; overrides `data_dir`.
    pub database_url: Option<String>,
    /// A YAML or JSON file of records loaded idempotently at start.
    pub fixtures: Option<PathBuf>,
    /// The bootstrap admin's email, password and token; generated when unset.
    pub admin_email: Option<String>,
    pub admin_password: Option<Secret>,
    pub admin_token: Option<Secret>,
    /// How long a Syntho engine job takes from STARTED to its final state.
    pub syntho_job_duration: Duration,
    /// How long a Syntho session cookie lives.
    pub session_timeout: Duration,
    /// Whether this instance runs background work (engine jobs). A replica that only
    /// answers requests, or a test that steps jobs by hand, turns it off.
    pub run_jobs: bool,
    /// Declared rate limits (`--rate-limit`); none by default.
    pub rate_limits: Vec<RateLimit>,
    /// Etlworks' built-in OAuth client and where its providers answer.
    pub etlworks_oauth: EtlworksOAuth,
}

/// Etlworks' own OAuth client (`UNDERSTUDY_ETLWORKS_OAUTH_CLIENT_ID`, `..._CLIENT_SECRET`)
/// and per-provider base URLs (`UNDERSTUDY_ETLWORKS_OAUTH_<PROVIDER>_BASE`, e.g.
/// `..._GOOGLE_BASE=http://127.0.0.1:9000`) that replace the scheme and host of the
/// provider's real endpoints, so a test or a sandbox can stand in for the provider.
#[derive(Debug, Clone)]
pub struct EtlworksOAuth {
    pub client_id: String,
    pub client_secret: Option<Secret>,
    /// Provider as the API names it (`google`, `amazon-seller`) → base URL.
    pub bases: BTreeMap<String, String>,
}

impl Default for EtlworksOAuth {
    fn default() -> Self {
        EtlworksOAuth {
            client_id: "understudy-etlworks".into(),
            client_secret: None,
            bases: BTreeMap::new(),
        }
    }
}

impl EtlworksOAuth {
    /// The settings among environment variables `vars` (defaults for the rest).
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Self {
        const PREFIX: &str = "UNDERSTUDY_ETLWORKS_OAUTH_";
        let mut out = EtlworksOAuth::default();
        for (key, value) in vars {
            let Some(rest) = key.strip_prefix(PREFIX) else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            match rest {
                "CLIENT_ID" => out.client_id = value,
                "CLIENT_SECRET" => out.client_secret = Some(Secret::new(value)),
                _ => {
                    if let Some(provider) = rest.strip_suffix("_BASE") {
                        let name = provider.to_ascii_lowercase().replace('_', "-");
                        out.bases
                            .insert(name, value.trim_end_matches('/').to_string());
                    }
                }
            }
        }
        out
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 8080,
            data_dir: PathBuf::from("understudy-data"),
            database_url: None,
            fixtures: None,
            admin_email: None,
            admin_password: None,
            admin_token: None,
            syntho_job_duration: Duration::from_secs(3),
            session_timeout: Duration::from_secs(14 * 24 * 3600),
            run_jobs: true,
            rate_limits: Vec::new(),
            etlworks_oauth: EtlworksOAuth::default(),
        }
    }
}

impl Config {
    /// The database URL to open: the explicit one, else SQLite inside `data_dir`.
    pub fn resolved_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("understudy.db").display()
            ),
        }
    }
}
