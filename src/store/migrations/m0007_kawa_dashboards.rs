//! `m0007_kawa_dashboards`: KAWA's dashboards and applications. A dashboard keeps its
//! widgets, their places on its grid and a report's blocks as JSON (they are read and
//! replaced whole, each command in one transaction); an application keeps its sheets
//! (ids), its pages (components) and how it is drawn, as JSON too.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0007_kawa_dashboards"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "kw_dashboards",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("shared"),
                    text("layout_type"),
                    text("widgets"),
                    text("positions"),
                    optional_text("blocks"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_applications",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("shared"),
                    text("sheet_ids"),
                    text("components"),
                    text("display_parameters"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index(
                "kw_dashboards_workspace",
                "kw_dashboards",
                &["workspace_id"],
            ),
            index(
                "kw_applications_workspace",
                "kw_applications",
                &["workspace_id"],
            ),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
