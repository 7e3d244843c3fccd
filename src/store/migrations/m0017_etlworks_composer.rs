//! `m0017_etlworks_composer`: Etlworks Composer drafts (one user's flow in progress, the
//! plan the composer built so far) and the messages of each draft's conversation.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0017_etlworks_composer"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "et_composer_drafts",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    int("user_id"),
                    text("name"),
                    optional_text("description"),
                    text("status"),
                    text("plan"),
                    optional_int("flow_id"),
                    big("created_at"),
                    big("updated_at"),
                ],
            ))
            .await?;
        manager
            .create_table(table(
                "et_composer_messages",
                vec![
                    serial("id"),
                    int("draft_id"),
                    text("role"),
                    text("content"),
                    big("created_at"),
                ],
            ))
            .await?;
        for i in [
            index(
                "et_composer_drafts_owner",
                "et_composer_drafts",
                &["tenant_id", "user_id", "updated_at"],
            ),
            index(
                "et_composer_messages_draft",
                "et_composer_messages",
                &["draft_id", "id"],
            ),
        ] {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
