//! The kadi4mat contract, one module per released version.

pub mod v1;
