//! KAWA's server endpoints: health (the database answers; the script runner's is probed
//! in [`super::runners`]), the version kywy's `get_server_version()` parses, and configurations.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::error::KawaError;
use crate::authz::kawa::Admin;
use crate::state::AppState;

/// The KAWA release whose API the contract reproduces (the one kywy 0.37 talks to);
/// Understudy's own version follows the suffix.
const KAWA_VERSION: &str = "1.40.0";

/// Whether the database answers.
pub async fn healthy(state: &AppState) -> bool {
    state.db.execute_unprepared("SELECT 1").await.is_ok()
}

/// `UP` or `DOWN`.
pub fn health(up: bool) -> api::HealthStatus {
    api::HealthStatus {
        status: if up {
            api::HealthStatusStatus::Up
        } else {
            api::HealthStatusStatus::Down
        },
    }
}

/// The version (`v1.40.0-understudy.0.1.0`: kywy reads `1.40.0`) and time zone.
pub fn environment() -> api::ApplicationEnvironment {
    api::ApplicationEnvironment {
        version: api::ServerVersion {
            version: format!("v{KAWA_VERSION}-understudy.{}", env!("CARGO_PKG_VERSION")),
            commit_id: None,
        },
        server_time_zone: "UTC".into(),
    }
}

/// The stored configuration of `kind`. No command of the contract stores one yet
/// (`ReplaceConfiguration` is not in it), so every type reads as empty.
pub fn configuration(_admin: &Admin<'_>, _kind: &str) -> Result<api::Configuration, KawaError> {
    Ok(api::Configuration::new())
}
