//! `m0012_etlworks_connections`: Etlworks' connections, formats and listeners. The three
//! share one layout (a connector discriminator and its property bag as JSON) and, like
//! every binnable resource, `id`, `tenant_id`, `name` and `deleted_at`.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0012_etlworks_connections"
    }
}

/// Each table and the name of its discriminator column.
const TABLES: [(&str, &str); 3] = [
    ("et_connections", "connection_type"),
    ("et_formats", "format_type"),
    ("et_listeners", "connection_type"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, discriminator) in TABLES {
            let t = table(
                name,
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    optional_text("description"),
                    text(discriminator),
                    text("properties"),
                    big("created_at"),
                    big("updated_at"),
                    optional_big("deleted_at"),
                ],
            );
            manager.create_table(t).await?;
        }
        let indexes = [
            index(
                "et_connections_tenant",
                "et_connections",
                &["tenant_id", "id"],
            ),
            index("et_formats_tenant", "et_formats", &["tenant_id", "id"]),
            index("et_listeners_tenant", "et_listeners", &["tenant_id", "id"]),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        // A name identifies a resource among the tenant's live ones; one in the recycle
        // bin keeps its row, so the rule is a partial index (as for flows in m0011).
        for (name, _) in TABLES {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "CREATE UNIQUE INDEX {name}_live_name ON {name} (tenant_id, name) \
                     WHERE deleted_at IS NULL"
                ))
                .await?;
        }
        Ok(())
    }
}
