//! One integration-test binary (one link): every test starts Understudy in-process on
//! an ephemeral loopback port with a fresh database and talks HTTP to it.

mod admin;
mod contract;
mod datawiza;
mod docs;
mod etlworks;
mod fixtures;
mod helpers;
mod kadi4mat;
mod kawa;
mod mock;
mod rate_limits;
mod routing;
mod served_spec;
mod store;
mod syntho;
mod unauthorized;
