//! The generated `Api` traits of KAWA, one file per served tag: each handler
//! authenticates (the workspace header included), calls a service and wraps its answer.

mod authentication;
mod commands;
mod computation;
mod dashboards;
mod datasources;
mod entities;
mod ingestion;
mod scripts;
mod server;
mod sheets;
mod uploads;
mod users;
mod workflows;
mod workspaces;
