//! `m0013_etlworks_webhooks`: Etlworks' outbound webhooks, the deliveries their events
//! queue (one per event and webhook, claimed by one replica at a time) and every attempt
//! to send one.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0013_etlworks_webhooks"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "et_webhooks",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    optional_text("description"),
                    text("events"),
                    text("url"),
                    text("method"),
                    text("content_type"),
                    flag("include_entity"),
                    text("headers"),
                    optional_text("secret"),
                    optional_text("basic_user"),
                    optional_text("basic_pass"),
                    flag("enabled"),
                    text("flow_includes"),
                    text("flow_excludes"),
                    big("created_at"),
                    big("updated_at"),
                    optional_big("deleted_at"),
                ],
            ),
            table(
                "et_webhook_deliveries",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    int("webhook_id"),
                    text("event_id"),
                    text("event_type"),
                    big("entity_id"),
                    text("entity_url"),
                    text("payload"),
                    text("state"),
                    int("attempts"),
                    big("next_attempt_at"),
                    optional_big("claimed_at"),
                    big("created_at"),
                ],
            ),
            table(
                "et_webhook_attempts",
                vec![
                    serial("id"),
                    int("delivery_id"),
                    int("webhook_id"),
                    text("event_id"),
                    text("event_type"),
                    big("entity_id"),
                    int("attempt"),
                    big("attempted_at"),
                    text("request_url"),
                    optional_int("response_status"),
                    optional_text("response_body"),
                    big("duration_ms"),
                    flag("success"),
                    optional_text("error"),
                    optional_big("next_attempt_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("et_webhooks_tenant", "et_webhooks", &["tenant_id", "id"]),
            index(
                "et_webhook_deliveries_due",
                "et_webhook_deliveries",
                &["state", "next_attempt_at"],
            ),
            index(
                "et_webhook_deliveries_webhook",
                "et_webhook_deliveries",
                &["webhook_id"],
            ),
            index(
                "et_webhook_attempts_webhook",
                "et_webhook_attempts",
                &["webhook_id", "id"],
            ),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        // A webhook's name is unique among the tenant's live webhooks; one in the recycle
        // bin keeps its row, so the rule is a partial index (as for flows).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX et_webhooks_live_name ON et_webhooks (tenant_id, name) \
                 WHERE deleted_at IS NULL",
            )
            .await?;
        Ok(())
    }
}
