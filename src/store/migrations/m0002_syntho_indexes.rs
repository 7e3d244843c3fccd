//! `m0002_syntho_indexes`: a workspace name is unique per organization by index, not
//! only by the service's check, so two concurrent creates cannot both succeed; and the
//! lookups by member and by job's workspace stop scanning.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0002_syntho_indexes"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("sy_workspaces_organization_name")
                    .table(Alias::new("sy_workspaces"))
                    .col(Alias::new("organization"))
                    .col(Alias::new("name"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sy_members_user")
                    .table(Alias::new("sy_members"))
                    .col(Alias::new("user_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sy_jobs_workspace")
                    .table(Alias::new("sy_jobs"))
                    .col(Alias::new("workspace"))
                    .to_owned(),
            )
            .await
    }
}
