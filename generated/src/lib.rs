//! Generated from `openapi/` by `cargo xtask codegen`; never edit by hand.
//! One module per product and version: models, a response enum per operation,
//! the `Api` trait an implementation provides, and the poem-openapi `Routes` glue.

pub mod datawiza;
pub mod support;
pub mod syntho;

/// Every spec this crate was generated from: (product, version, spec path).
pub const SPECS: &[(&str, &str, &str)] = &[
    ("datawiza", "v1", "openapi/datawiza/v1.yaml"),
    ("syntho", "v1", "openapi/syntho/v1.yaml"),
];
