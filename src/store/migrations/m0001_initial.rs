//! `m0001_initial` (released in v0.1): accounts, Datawiza and Syntho tables. Frozen: it
//! builds exactly the tables v0.1 derived from its entities, column for column.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0001_initial"
    }
}

/// An auto-incrementing integer key.
fn serial(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

/// A text key the application chooses.
fn text_key(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .string()
        .not_null()
        .primary_key()
        .to_owned()
}

fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .string()
        .not_null()
        .to_owned()
}

fn unique_text(name: &'static str) -> ColumnDef {
    text(name).unique_key().to_owned()
}

/// Nullable, written without `NULL` as v0.1's derived tables were.
fn optional_text(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).string().to_owned()
}

fn int(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .integer()
        .not_null()
        .to_owned()
}

fn big(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .big_integer()
        .not_null()
        .to_owned()
}

fn optional_big(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).big_integer().to_owned()
}

fn flag(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .boolean()
        .not_null()
        .to_owned()
}

fn table(name: &'static str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name));
    for mut c in columns {
        t.col(&mut c);
    }
    t.to_owned()
}

fn index(name: &'static str, on: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(Alias::new(on));
    for c in columns {
        i.col(Alias::new(*c));
    }
    i.to_owned()
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
