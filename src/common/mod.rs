//! Mechanics every surface shares: the clock, file storage, secrets, identifiers, the
//! background job loop, time formats, paging and reading specs.

pub mod archive;
pub mod clock;
pub mod files;
pub mod ids;
pub mod jobs;
pub mod mimetype;
pub mod openapi;
pub mod paging;
pub mod secrets;
pub mod time;
