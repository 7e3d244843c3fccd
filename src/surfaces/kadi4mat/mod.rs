//! Kadi4Mat: its conventions (errors); real mode does not serve it yet, mock mode does.

pub mod error;
pub mod scopes;
