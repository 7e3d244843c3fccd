//! Mechanics every surface shares: secrets, identifiers, time and paging.

pub mod ids;
pub mod paging;
pub mod secrets;
pub mod time;
