//! KAWA's data tier for Understudy.
//!
//! A datasource's rows are kept as Parquet files ("parts"), each written by [`stage`] from
//! one uploaded body (a Parquet file as pandas writes it, or an Arrow IPC stream as kywy's
//! Arrow loader sends it), every column cast to its indicator's canonical Arrow type (see
//! [`Kind`]). [`compute`] runs a query in kywy's JSON DSL ([`Query`]) over a [`Table`]'s
//! parts with DataFusion's DataFrame API and answers an Arrow IPC stream; [`profile`]
//! answers `compute-sheet-stats`; [`ddl`] renders the ClickHouse DDL KAWA shows for a
//! datasource.
//!
//! Runtime: [`stage`] is synchronous and CPU-bound (decode, cast, zstd): call it from
//! `tokio::task::spawn_blocking`. [`compute`] and [`profile`] are `async` and need a Tokio
//! runtime (DataFusion spawns its scan tasks on the current runtime; a multi-threaded one
//! lets it use every core).

mod aggregate;
mod columns;
mod conform;
mod ddl;
mod dsl;
mod encode;
mod error;
mod filter;
mod plan;
mod profile;
mod select;
mod stage;
mod temporal;

#[cfg(test)]
mod tests;

pub use columns::{Column, Kind, Table};
pub use ddl::{ddl, Partition, PartitionSampler};
pub use dsl::{Arguments, Clause, ColumnList, Filter, OrderBy, Query, Sample, SelectColumn};
pub use error::{LoadError, QueryError};
pub use plan::compute;
pub use profile::{profile, NumberProfile, Profile, ValueProfile};
pub use stage::{stage, Format, Staged};
