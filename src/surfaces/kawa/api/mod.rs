//! The generated `Api` traits of KAWA, one file per served tag: each handler
//! authenticates (the workspace header included), calls a service and wraps its answer.
//! The tags not served yet are declared unmounted: the dispatcher never routes to them.

mod authentication;
mod commands;
mod computation;
mod datasources;
mod entities;
mod ingestion;
mod scripts;
mod server;
mod sheets;
mod uploads;
mod users;
mod workspaces;

use super::Kawa;

generated::kawa_v1_unmounted_dashboards_and_applications_api!(Kawa);
generated::kawa_v1_unmounted_workflows_api!(Kawa);
