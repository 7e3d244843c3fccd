//! `m0001_initial` (released in v0.1): accounts, Datawiza and Syntho tables. Frozen: it
//! builds exactly the tables v0.1 derived from its entities, column for column.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0001_initial"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "users",
                vec![
                    serial("id"),
                    unique_text("email"),
                    text("password_hash"),
                    text("first_name"),
                    text("last_name"),
                    int("organization"),
                    flag("is_admin"),
                    big("created_at"),
                ],
            ),
            table(
                "api_tokens",
                vec![
                    serial("id"),
                    int("user_id"),
                    text("product"),
                    text("name"),
                    text("token_digest"),
                    big("created_at"),
                    optional_big("expires_at"),
                ],
            ),
            table(
                "sessions",
                vec![
                    serial("id"),
                    int("user_id"),
                    text("product"),
                    unique_text("session_digest"),
                    big("created_at"),
                    big("expires_at"),
                ],
            ),
            table(
                "dw_applications",
                vec![
                    text_key("id"),
                    big("creation_date"),
                    big("last_update_date"),
                    text("deployment_id"),
                    unique_text("name"),
                    text("platform"),
                    text("public_domain"),
                    int("listen_port"),
                    text("upstreams"),
                    text("upstream_switch"),
                    text("special_app"),
                    optional_text("profile_select"),
                    flag("enabled"),
                ],
            ),
            table(
                "dw_ssl",
                vec![
                    text_key("application_id"),
                    unique_text("id"),
                    big("creation_date"),
                    big("last_update_date"),
                    flag("is_ssl"),
                    text("mode"),
                    optional_text("cert_pem"),
                    optional_text("subject"),
                    optional_text("finger_print"),
                    optional_big("expiration_time"),
                ],
            ),
            table(
                "sy_workspaces",
                vec![
                    serial("pk"),
                    text("name"),
                    int("organization"),
                    int("owner_id"),
                    big("created_at"),
                    text("engine_id"),
                    text("connector_type"),
                    text("source_connection"),
                    text("target_connection"),
                    optional_text("initialization_mode"),
                    optional_text("key_generation_method"),
                    optional_text("default_locale"),
                    text("source_database_status"),
                    optional_text("sample_db"),
                ],
            ),
            table(
                "sy_members",
                vec![
                    serial("pk"),
                    int("workspace"),
                    int("user_id"),
                    text("role"),
                    flag("data_access"),
                ],
            ),
            table(
                "sy_jobs",
                vec![
                    text_key("id"),
                    text("engine_id"),
                    int("workspace"),
                    text("job_type"),
                    text("status"),
                    optional_text("reason"),
                    big("created"),
                    big("last_updated"),
                    big("due_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index(
                "api_tokens_product_digest",
                "api_tokens",
                &["product", "token_digest"],
            )
            .unique()
            .to_owned(),
            index(
                "sy_members_workspace_user",
                "sy_members",
                &["workspace", "user_id"],
            )
            .unique()
            .to_owned(),
            index("sy_jobs_status_due", "sy_jobs", &["status", "due_at"]),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
