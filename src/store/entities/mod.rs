//! sea-orm entities: one module per table. Storage types only; views live with surfaces.

pub mod api_token;
pub mod dw_application;
pub mod dw_ssl;
pub mod session;
pub mod sy_job;
pub mod sy_member;
pub mod sy_workspace;
pub mod user;
