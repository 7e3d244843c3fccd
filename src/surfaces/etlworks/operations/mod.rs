//! System and operations (`/rest/v1/system/*`, `/settings`, `/modules`, `/metrics/*`,
//! `/agents*`, `/billing/*`, `/maintenance/*`): what the deployment is and whether it
//! is healthy, the tenant's settings (which drive retention), the modules Understudy
//! serves, execution metrics computed from the executions, on-prem agents, a billing
//! view computed from the tenant, and tenant backups written in the background.

pub mod agents;
pub mod backups;
pub mod billing;
pub mod document;
pub mod fixtures;
pub mod metrics;
pub mod modules;
pub mod retention;
pub mod settings;

use generated::etlworks::v1 as api;

use crate::common::time::iso_seconds;
use crate::state::AppState;

/// The version every module and the system info report: Understudy's own.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Version, build and deployment mode, and how long this server has been up; `started`
/// is when it started, on the state's clock.
pub fn info(state: &AppState, started: i64) -> api::SystemInfo {
    let now = state.now_ms();
    api::SystemInfo {
        version: VERSION.into(),
        build: format!("understudy-{VERSION}"),
        // Whoever runs Understudy runs it on their own machines.
        deployment_mode: api::SystemInfoDeploymentMode::OnPrem,
        build_time: None,
        started_at: Some(iso_seconds(started)),
        uptime_seconds: Some((now - started).max(0) / 1000),
    }
}

/// `UP` when the database answers a ping, else `DOWN` (the caller answers 503).
pub async fn health(state: &AppState) -> api::Health {
    let status = match state.db.ping().await {
        Ok(()) => api::HealthStatus::Up,
        Err(e) => {
            tracing::warn!(error = %e, "etlworks: the database does not answer");
            api::HealthStatus::Down
        }
    };
    api::Health {
        status,
        timestamp: iso_seconds(state.now_ms()),
    }
}
