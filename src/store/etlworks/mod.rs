//! Etlworks' queries: tenants, its side of users and their API keys, the JWT signing
//! key and signed-out tokens, password resets, in-app messages, the audit log, the
//! recycle bin, tags, and webhooks with their deliveries.

pub mod audit;
pub mod bin;
pub mod deliveries;
pub mod messages;
pub mod tags;
pub mod tenants;
pub mod tokens;
pub mod users;
pub mod webhooks;
