//! Schema migrations, run at every start. Each migration is a frozen, explicit table
//! definition: a released migration is never edited (an existing data dir was made by
//! it), so a change is a new migration appended to [`Migrator::migrations`]. Entities
//! (`super::entities`) describe what the code reads; `tests/it/store/migrations.rs`
//! proves a database made by the released schema migrates forward and still serves.

mod columns;
mod m0001_initial;
mod m0002_syntho_indexes;
mod m0003_kadi4mat;
mod m0004_kawa;
mod m0005_kawa_data;
mod m0006_kawa_scripts;
mod m0007_kawa_dashboards;
mod m0008_kawa_workflows;
mod m0009_kawa_remainder;
mod m0010_etlworks_accounts;
mod m0011_etlworks_flows;
mod m0012_etlworks_connections;
mod m0013_etlworks_webhooks;
mod m0014_etlworks_schedules;
mod m0015_etlworks_macros;
mod m0016_etlworks_operations;
mod m0017_etlworks_composer;

use sea_orm_migration::prelude::*;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_initial::Migration),
            Box::new(m0002_syntho_indexes::Migration),
            Box::new(m0003_kadi4mat::Migration),
            Box::new(m0004_kawa::Migration),
            Box::new(m0005_kawa_data::Migration),
            Box::new(m0006_kawa_scripts::Migration),
            Box::new(m0007_kawa_dashboards::Migration),
            Box::new(m0008_kawa_workflows::Migration),
            Box::new(m0009_kawa_remainder::Migration),
            Box::new(m0010_etlworks_accounts::Migration),
            Box::new(m0011_etlworks_flows::Migration),
            Box::new(m0012_etlworks_connections::Migration),
            Box::new(m0013_etlworks_webhooks::Migration),
            Box::new(m0014_etlworks_schedules::Migration),
            Box::new(m0015_etlworks_macros::Migration),
            Box::new(m0016_etlworks_operations::Migration),
            Box::new(m0017_etlworks_composer::Migration),
        ]
    }
}
