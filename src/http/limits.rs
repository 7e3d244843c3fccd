//! Declared limits, in one place: request bodies and page sizes.

/// Largest request body accepted, in bytes (413 above it).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Largest Datawiza page size.
pub const DATAWIZA_MAX_PAGE_SIZE: u64 = 1000;
