//! `m0008_kawa_workflows`: KAWA's workflows (trigger variables, tasks and schedule as
//! JSON, kept as the client sent them) and their runs. A run carries the tasks it was
//! started with, so editing the workflow never changes a run under way, and its runner
//! phase (`queued`, `running`, `done`, claimed through the database so one replica runs
//! it once) apart from the status clients read.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0008_kawa_workflows"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "kw_workflows",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("enabled"),
                    text("trigger_type"),
                    text("trigger_variables"),
                    text("datasource_ids"),
                    text("tasks"),
                    text("control_panels"),
                    optional_text("schedule"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_workflow_runs",
                vec![
                    serial("id"),
                    int("workflow_id"),
                    int("workspace_id"),
                    text("status"),
                    text("phase"),
                    optional_big("claimed_at"),
                    big("start_time"),
                    optional_big("end_time"),
                    int("triggered_by"),
                    text("parameter_values"),
                    text("tasks"),
                    text("results"),
                    optional_text("error_message"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("kw_workflows_workspace", "kw_workflows", &["workspace_id"]),
            index(
                "kw_workflow_runs_workflow",
                "kw_workflow_runs",
                &["workflow_id"],
            ),
            index("kw_workflow_runs_phase", "kw_workflow_runs", &["phase"]),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
