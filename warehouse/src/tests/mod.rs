//! The crate's tests: staging, row and grouped queries, filters and profiles, on the data
//! sets of kywy's end-to-end tests, answers decoded from their Arrow IPC streams.

mod datasets;
mod filtering;
mod fixtures;
mod grouping;
mod json;
mod profiling;
mod selecting;
mod staging;
mod volume;
