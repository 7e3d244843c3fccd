//! Schema migrations, run at every start. A released migration is never edited: a
//! change is a new migration appended to the list.

use sea_orm::{EntityTrait, Schema};
use sea_orm_migration::prelude::*;

use super::entities::*;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(M0001Initial)]
    }
}

/// The first schema: accounts, Datawiza and Syntho tables.
struct M0001Initial;

impl MigrationName for M0001Initial {
    fn name(&self) -> &str {
        "m0001_initial"
    }
}

async fn create<E: EntityTrait>(manager: &SchemaManager<'_>, entity: E) -> Result<(), DbErr> {
    let schema = Schema::new(manager.get_database_backend());
    manager
        .create_table(schema.create_table_from_entity(entity))
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for M0001Initial {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create(manager, user::Entity).await?;
        create(manager, api_token::Entity).await?;
        create(manager, session::Entity).await?;
        create(manager, dw_application::Entity).await?;
        create(manager, dw_ssl::Entity).await?;
        create(manager, sy_workspace::Entity).await?;
        create(manager, sy_member::Entity).await?;
        create(manager, sy_job::Entity).await?;
        manager
            .create_index(
                Index::create()
                    .name("api_tokens_product_digest")
                    .table(api_token::Entity)
                    .col(api_token::Column::Product)
                    .col(api_token::Column::TokenDigest)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sy_members_workspace_user")
                    .table(sy_member::Entity)
                    .col(sy_member::Column::Workspace)
                    .col(sy_member::Column::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sy_jobs_status_due")
                    .table(sy_job::Entity)
                    .col(sy_job::Column::Status)
                    .col(sy_job::Column::DueAt)
                    .to_owned(),
            )
            .await
    }
}
