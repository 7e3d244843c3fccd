//! The etlworks contract, one module per released version.

pub mod v1;
