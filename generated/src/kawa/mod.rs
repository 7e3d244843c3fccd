//! The kawa contract, one module per released version.

pub mod v1;
