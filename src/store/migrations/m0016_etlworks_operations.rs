//! `m0016_etlworks_operations`: what Etlworks' system and operations API keeps — each
//! tenant's settings (with its subscription tier), the on-prem agents (workers) the
//! tenant knows, and its backups with their progress.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0016_etlworks_operations"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table_keyed_by(
                "et_tenant_settings",
                vec![
                    int("tenant_id"),
                    int("audit_retention_days"),
                    int("execution_retention_days"),
                    int("recycle_bin_retention_days"),
                    text("default_time_zone"),
                    text("default_locale"),
                    int("max_parallel_flows"),
                    text("company_name"),
                    optional_text("logo_url"),
                    text("primary_color"),
                    text("tier"),
                    big("updated_at"),
                ],
                &["tenant_id"],
            ),
            table(
                "et_agents",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    text("hostname"),
                    text("version"),
                    text("status"),
                    optional_big("last_seen_at"),
                    int("running_flows"),
                    optional_big("restart_due_at"),
                    big("created_at"),
                ],
            ),
            table(
                "et_backups",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("status"),
                    big("requested_at"),
                    text("requested_by"),
                    flag("include_history"),
                    optional_text("note"),
                    optional_big("claimed_at"),
                    optional_big("completed_at"),
                    optional_big("size_bytes"),
                    optional_text("file_name"),
                    optional_text("error"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        for i in [
            index("et_agents_tenant", "et_agents", &["tenant_id", "id"]),
            index(
                "et_agents_restart",
                "et_agents",
                &["status", "restart_due_at"],
            ),
            index("et_backups_tenant", "et_backups", &["tenant_id", "id"]),
            index("et_backups_status", "et_backups", &["status"]),
        ] {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
