//! Kadi4Mat's queries. Every function on a resource takes the caller (a proof from
//! [`crate::authz::kadi4mat`]) and filters by what that caller may do, through
//! [`access`].

pub mod access;
pub mod collections;
pub mod files;
pub mod groups;
pub mod lifecycle;
pub mod links;
pub mod members;
pub mod misc;
pub mod records;
pub mod resources;
pub mod restore;
pub mod revisions;
pub mod roles;
pub mod snapshot;
pub mod tags;
pub mod templates;
pub mod uploads;
pub mod users;
