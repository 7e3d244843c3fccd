//! Authorization proofs: values only this module makes. The store's functions that read
//! or change a protected resource take one, so a query on it cannot be written without
//! the check that must come first (omicron's `authz` types; STYLE.md, habit 4).
//!
//! Each product has its own proofs: a Datawiza [`datawiza::Admin`], a Syntho
//! [`syntho::Caller`] and [`syntho::Workspace`] per action. The [`Operator`] is the
//! instance itself: startup (bootstrap and fixtures), the `understudy` CLI and
//! background jobs act as it, never a request.

pub mod datawiza;
pub mod etlworks;
pub mod kadi4mat;
pub mod kawa;
pub mod syntho;

/// The instance acting on its own behalf, outside any request.
#[derive(Debug)]
pub struct Operator(());

impl Operator {
    /// For startup, the CLI and background jobs only: a handler that called this would
    /// skip every check, which a reviewer greps for.
    pub fn outside_requests() -> Self {
        Operator(())
    }
}
