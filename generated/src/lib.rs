//! Generated from `openapi/` by `cargo xtask codegen`; never edit by hand.
//! One module per product and version: models, a response enum per operation,
//! the `Api` trait an implementation provides, and the poem-openapi `Routes` glue.

pub mod control;
pub mod datawiza;
pub mod support;
pub mod syntho;

/// Every contract this crate was generated from, sorted by product and version.
pub const CONTRACTS: &[&support::Contract] = &[
    &control::v1::CONTRACT,
    &datawiza::v1::CONTRACT,
    &syntho::v1::CONTRACT,
];
