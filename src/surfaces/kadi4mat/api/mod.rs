//! The generated `Api` traits of Kadi4Mat, one file per tag: each handler authenticates
//! (scopes included), calls a service and wraps its answer.

mod collections;
mod files;
mod groups;
mod misc;
mod records;
mod revisions;
mod roles;
mod templates;
mod uploads;
mod users;
