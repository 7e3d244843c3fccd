//! Etlworks' queries: tenants, its side of users and their API keys, the JWT signing
//! key and signed-out tokens, password resets, in-app messages and the audit log.

pub mod audit;
pub mod bin;
pub mod executions;
pub mod flows;
pub mod messages;
pub mod schedules;
pub mod tags;
pub mod tenants;
pub mod tokens;
pub mod users;
