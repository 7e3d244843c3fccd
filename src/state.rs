//! What every handler can reach: the database and the configuration.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::config::Config;

/// Shared, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
}
