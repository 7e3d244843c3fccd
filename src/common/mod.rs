//! Mechanics every surface shares: secrets, identifiers, time, paging and reading specs.

pub mod ids;
pub mod openapi;
pub mod paging;
pub mod secrets;
pub mod time;
