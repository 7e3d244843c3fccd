//! `m0011_etlworks_flows`: Etlworks' flows with their saved versions and the flows each
//! user opened last, executions (the "audit records" of runs) with their console lines,
//! the recycle bin every deletable resource goes to, and tags on any resource.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0011_etlworks_flows"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "et_flows",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    optional_text("description"),
                    text("flow_type"),
                    text("properties"),
                    text("transformations"),
                    text("mappings"),
                    text("connections"),
                    text("nested_flows"),
                    text("owner"),
                    int("version"),
                    big("created_at"),
                    big("updated_at"),
                    optional_big("deleted_at"),
                ],
            ),
            table(
                "et_flow_versions",
                vec![
                    serial("id"),
                    int("flow_id"),
                    int("version"),
                    text("action"),
                    text("snapshot"),
                    text("modified_by"),
                    optional_text("comment"),
                    big("modified_at"),
                ],
            ),
            table_keyed_by(
                "et_recent_flows",
                vec![int("user_id"), int("flow_id"), big("opened_at")],
                &["user_id", "flow_id"],
            ),
            table(
                "et_executions",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    int("flow_id"),
                    text("flow_name"),
                    text("status"),
                    text("parameters"),
                    optional_int("event_id"),
                    optional_text("event_name"),
                    optional_text("message_id"),
                    optional_int("parent_audit_id"),
                    optional_int("retries"),
                    int("started_by"),
                    text("owner"),
                    big("queued_at"),
                    optional_big("started_at"),
                    optional_big("finished_at"),
                    optional_text("exception"),
                    big("records_processed"),
                    text("metrics"),
                    text("tasks"),
                    optional_big("claimed_at"),
                    flag("cancel_requested"),
                    flag("exclusive"),
                    optional_big("due_at"),
                ],
            ),
            table(
                "et_console_lines",
                vec![
                    serial("id"),
                    int("execution_id"),
                    big("at"),
                    text("level"),
                    text("line"),
                ],
            ),
            table(
                "et_recycle_bin",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("resource_type"),
                    int("resource_id"),
                    text("name"),
                    big("deleted_at"),
                    text("deleted_by"),
                    big("expires_at"),
                ],
            ),
            table_keyed_by(
                "et_tags",
                vec![
                    text("resource_type"),
                    int("resource_id"),
                    text("name"),
                    int("tenant_id"),
                ],
                &["resource_type", "resource_id", "name"],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("et_flows_tenant", "et_flows", &["tenant_id", "id"]),
            index(
                "et_flow_versions_flow",
                "et_flow_versions",
                &["flow_id", "version"],
            ),
            index(
                "et_executions_flow",
                "et_executions",
                &["tenant_id", "flow_id", "id"],
            ),
            index("et_executions_status", "et_executions", &["status"]),
            index(
                "et_console_lines_execution",
                "et_console_lines",
                &["execution_id", "id"],
            ),
            index(
                "et_recycle_bin_tenant",
                "et_recycle_bin",
                &["tenant_id", "id"],
            ),
            index(
                "et_recycle_bin_resource",
                "et_recycle_bin",
                &["resource_type", "resource_id"],
            ),
            index("et_tags_tenant", "et_tags", &["tenant_id", "name"]),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        // A flow's name identifies it (run by name) among the tenant's live flows; one in
        // the recycle bin keeps its row, so the rule is a partial index (SQLite and
        // PostgreSQL both have them; sea-query cannot write one).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX et_flows_live_name ON et_flows (tenant_id, name) \
                 WHERE deleted_at IS NULL",
            )
            .await?;
        // One instance of a flow at a time unless a run asks for parallel: two requests
        // racing to start the same flow cannot both queue an exclusive run.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX et_executions_one_active ON et_executions (flow_id) \
                 WHERE exclusive AND status IN ('queued', 'running')",
            )
            .await?;
        Ok(())
    }
}
