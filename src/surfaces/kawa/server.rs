//! KAWA's server endpoints: health (the database answers; the script runner's is probed
//! in [`super::runners`]), the version kywy's `get_server_version()` parses, and the
//! server-wide configurations (`ReplaceConfiguration` stores one per type).

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::commands::{begin, commit};
use super::error::KawaError;
use crate::authz::kawa::{self as authz, Admin, Caller};
use crate::state::AppState;
use crate::store::kawa::configurations;

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

/// The stored configuration of `kind`: an empty document when none was stored.
pub async fn configuration(
    state: &AppState,
    _admin: &Admin<'_>,
    kind: &str,
) -> Result<api::Configuration, KawaError> {
    match configurations::one(&state.db, kind).await? {
        Some(stored) => serde_json::from_str(&stored.content).map_err(|_| KawaError::Internal),
        None => Ok(api::Configuration::new()),
    }
}

/// `ReplaceConfiguration`: administrators only; the document replaces the stored one.
// TODO-security: a configuration may hold a provider's API key (kywy's
// `configure_llm_api`); it is kept as given and shown to administrators, as they set it.
pub async fn replace_configuration(
    state: &AppState,
    caller: &Caller,
    params: api::ReplaceConfigurationParameters,
) -> Result<api::CommandResult, KawaError> {
    let admin = authz::admin(caller, "replace configurations")?;
    let kind = params.configuration_class_simple_name;
    let simple = kind.len() <= 100
        && kind.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && kind.chars().all(|c| c.is_ascii_alphanumeric());
    if !simple {
        return Err(KawaError::field(
            "configurationClassSimpleName",
            "a class's simple name: a letter, then letters and digits",
        ));
    }
    let content =
        serde_json::to_string(&params.configuration_content).map_err(|_| KawaError::Internal)?;
    let txn = begin(state).await?;
    configurations::replace(&txn, &admin, &kind, content, state.now_ms()).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::StoredConfiguration(
        api::StoredConfiguration {
            configuration_class_simple_name: kind,
            configuration_content: params.configuration_content,
        },
    ))
}
