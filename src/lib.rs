//! Understudy: a contract-first stand-in for KAWA, Datawiza, Etlworks, Syntho and
//! Kadi4Mat. The binary's `serve` runs real mode and `mock` mock mode; this library is
//! what tests start in-process.

pub mod authz;
pub mod bootstrap;
pub mod common;
pub mod config;
pub mod fixtures;
pub mod http;
pub mod mock;
pub mod server;
pub mod state;
pub mod store;
pub mod surfaces;
