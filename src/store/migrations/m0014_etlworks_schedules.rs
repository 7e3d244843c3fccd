//! `m0014_etlworks_schedules`: Etlworks' schedules ("events"), each with when it fires
//! next, so one replica's conditional update claims each firing.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0014_etlworks_schedules"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "et_schedules",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    optional_text("description"),
                    int("flow_id"),
                    text("schedule"),
                    flag("enabled"),
                    flag("email_success"),
                    flag("email_failure"),
                    optional_text("emails"),
                    int("retries"),
                    int("delay_between_retries"),
                    optional_int("expected_time"),
                    flag("debug"),
                    optional_int("log_step"),
                    flag("keep_message"),
                    flag("keep_empty_audit"),
                    int("owner_id"),
                    text("owner"),
                    optional_big("next_fire_at"),
                    big("created_at"),
                    big("updated_at"),
                    optional_big("deleted_at"),
                ],
            ))
            .await?;
        for i in [
            index("et_schedules_tenant", "et_schedules", &["tenant_id", "id"]),
            index("et_schedules_due", "et_schedules", &["next_fire_at"]),
            index("et_schedules_flow", "et_schedules", &["flow_id"]),
        ] {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
