//! `m0010_etlworks_accounts`: Etlworks' tenants, its side of a user (login, role, tenant,
//! profile, two-factor secret, token version), the JWT signing key every replica shares,
//! signed-out tokens, password resets, in-app messages and the audit log of writes.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0010_etlworks_accounts"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "et_tenants",
                vec![
                    serial("id"),
                    unique_text("name"),
                    optional_text("description"),
                    optional_text("sso_url"),
                    flag("active"),
                    big("created_at"),
                ],
            ),
            table_keyed_by(
                "et_users",
                vec![
                    int("user_id"),
                    unique_text("login"),
                    text("role"),
                    optional_int("tenant_id"),
                    optional_int("current_tenant_id"),
                    flag("enabled"),
                    text("locale"),
                    text("time_zone"),
                    text("settings"),
                    text("notifications"),
                    optional_text("totp_secret"),
                    optional_big("totp_enabled_at"),
                    optional_text("totp_pending"),
                    int("token_version"),
                    optional_big("last_login_at"),
                    big("created_at"),
                ],
                &["user_id"],
            ),
            table(
                "et_signing_keys",
                vec![serial("id"), text("secret"), big("created_at")],
            ),
            table(
                "et_revoked_tokens",
                vec![text_key("jti"), big("expires_at")],
            ),
            table(
                "et_password_resets",
                vec![text_key("digest"), int("user_id"), big("expires_at")],
            ),
            table(
                "et_messages",
                vec![
                    serial("id"),
                    int("user_id"),
                    text("subject"),
                    text("body"),
                    text("severity"),
                    optional_text("link"),
                    flag("read"),
                    big("created_at"),
                ],
            ),
            table(
                "et_audit_events",
                vec![
                    serial("id"),
                    optional_int("tenant_id"),
                    optional_int("user_id"),
                    text("user_login"),
                    text("action"),
                    text("resource_type"),
                    text("resource_id"),
                    optional_text("resource_name"),
                    optional_text("before"),
                    optional_text("after"),
                    big("created_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("et_users_tenant", "et_users", &["tenant_id"]),
            index("et_messages_user", "et_messages", &["user_id"]),
            index(
                "et_audit_events_tenant",
                "et_audit_events",
                &["tenant_id", "created_at"],
            ),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
