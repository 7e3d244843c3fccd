//! KAWA's data tier for Understudy.
//!
//! A datasource's rows are kept as Parquet files ("parts"), each written by [`stage`] from
//! one uploaded body (a Parquet file as pandas writes it, or an Arrow IPC stream as kywy's
//! Arrow loader sends it), every column cast to its indicator's canonical Arrow type (see
//! [`Kind`]). [`compute`] runs a query in kywy's JSON DSL ([`Query`]) over a [`Table`]'s
//! parts with DataFusion's DataFrame API and answers an Arrow IPC stream; [`profile`]
//! answers `compute-sheet-stats`; [`ddl`] renders the ClickHouse DDL KAWA shows for a
//! datasource. [`stage_json`] and [`read_json`] write and read a datasource's rows as JSON
//! objects (Understudy's fixtures file holds them so); [`read_json_unmatched`] reads those
//! a set of filters does not match (what deleting the matched rows leaves).
//!
//! Time: `date_time` values are stored and answered as UTC instants (milliseconds,
//! `Timestamp(ms, "UTC")`); `date` values are calendar days. The query's `timeZone` (an IANA
//! name; UTC when absent) is where samplers, day ranges and time-of-day / weekday filters
//! of `date_time` columns are read: `HOUR` of 13:14 US/Eastern is 13:00 US/Eastern
//! (answered as its UTC instant), `DAY` is the local day.
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
mod error;
mod filter;
mod json_rows;
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
pub use json_rows::{read_json, read_json_unmatched, stage_json, JsonRow};
pub use plan::{compute, empty_answer};
pub use profile::{profile, NumberProfile, Profile, ValueProfile};
pub use stage::{stage, Format, Staged};

/// The Arrow and Parquet crates the warehouse reads and writes with, for callers that
/// build or read bodies (the server's tests, benchmarks) without a second copy.
pub use datafusion::{arrow, parquet};
