//! Kadi4Mat's queries. Every function on a resource takes the caller (a proof from
//! [`crate::authz::kadi4mat`]) and filters by what that caller may do, through
//! [`access`].

pub mod access;
pub mod misc;
