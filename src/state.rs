//! What every handler and service can reach: the database, the configuration, the file
//! store, and the clock and id source every time and fresh identifier comes from.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::common::clock::{Clock, ManualClock, SystemClock};
use crate::common::files::{FileStore, InMemory, LocalDisk};
use crate::common::ids::{IdSource, OsIds, SeededIds};
use crate::config::Config;

/// Where a server's time and fresh identifiers come from.
#[derive(Clone)]
pub struct Environment {
    pub clock: Arc<dyn Clock>,
    pub ids: Arc<dyn IdSource>,
    /// Where uploaded bytes go; `None` for a `files` folder in the data dir.
    pub files: Option<Arc<dyn FileStore>>,
}

impl Environment {
    /// The system clock and the operating system's random source: `understudy serve`.
    pub fn system() -> Self {
        Environment {
            clock: Arc::new(SystemClock),
            ids: Arc::new(OsIds),
            files: None,
        }
    }

    /// A clock that moves only when told, starting at `start_ms`, ids drawn from `seed`
    /// and files kept in memory: the same seed and the same requests give the same
    /// answers. The clock is returned too, for the caller to move.
    pub fn seeded(seed: u64, start_ms: i64) -> (Self, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::new(start_ms));
        let env = Environment {
            clock: clock.clone(),
            ids: Arc::new(SeededIds::new(seed)),
            files: Some(Arc::new(InMemory::default())),
        };
        (env, clock)
    }
}

/// Shared, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    pub ids: Arc<dyn IdSource>,
    pub files: Arc<dyn FileStore>,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config, env: Environment) -> Self {
        let files = env
            .files
            .unwrap_or_else(|| Arc::new(LocalDisk::new(config.data_dir.join("files"))));
        AppState {
            db,
            config: Arc::new(config),
            clock: env.clock,
            ids: env.ids,
            files,
        }
    }

    /// The current time in epoch milliseconds, from the state's clock.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }
}
