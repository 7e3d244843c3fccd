//! `m0009_kawa_remainder`: KAWA's server-wide configurations (one document per
//! configuration type, `ReplaceConfiguration`) and the definition of a layout made from
//! kywy's DSL (`CreateLayoutFromDsl`: its fields and grouping, JSON; absent on a sheet's
//! default layout).

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0009_kawa_remainder"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "kw_configurations",
                vec![
                    text_key("kind"),
                    text("content"),
                    int("updated_by"),
                    big("updated_at"),
                ],
            ))
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("kw_layouts"))
                    .add_column(optional_text("definition"))
                    .to_owned(),
            )
            .await
    }
}
