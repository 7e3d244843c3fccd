//! Etlworks' queries: tenants, its side of users and their API keys, the JWT signing
//! key and signed-out tokens, password resets, in-app messages, the audit log, the
//! recycle bin, tags, flows and their executions, schedules, connections, formats and
//! listeners, webhooks with their deliveries, macros, the search across them, and the
//! tenant's settings, agents, backups and execution metrics.

pub mod agents;
pub mod audit;
pub mod backups;
pub mod bin;
pub mod composer;
pub mod connections;
pub mod definitions;
pub mod deliveries;
pub mod executions;
pub mod flows;
pub mod macros;
pub mod messages;
pub mod metrics;
pub mod retention;
pub mod schedules;
pub mod search;
pub mod settings;
pub mod tags;
pub mod tenants;
pub mod tokens;
pub mod users;
pub mod webhooks;
