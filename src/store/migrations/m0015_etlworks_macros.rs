//! `m0015_etlworks_macros`: Etlworks' parameter macros, one tenant's reusable snippets,
//! a name unique among the tenant's live ones (checked by the service, since deleted
//! macros keep their row in the recycle bin).

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0015_etlworks_macros"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "et_macros",
                vec![
                    serial("id"),
                    int("tenant_id"),
                    text("name"),
                    optional_text("description"),
                    text("value"),
                    text("parameters"),
                    big("created_at"),
                    big("updated_at"),
                    optional_big("deleted_at"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "et_macros_tenant",
                "et_macros",
                &["tenant_id", "name"],
            ))
            .await?;
        Ok(())
    }
}
