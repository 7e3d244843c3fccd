//! `m0005_kawa_data`: KAWA's data tier. Datasources (indicators as JSON, the committed
//! Parquet parts as a JSON list of file names: the rows themselves live in the data
//! dir, never in the database), the loads that fill them (one row per ingestion
//! session and its outcome: the health report; one row per staged part, so concurrent
//! uploads of a session never overwrite each other), sheets over datasources and their
//! layouts; data providers (the external systems datasources load from); uploaded
//! files (their bytes in the file store, under `storage_key`).

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0005_kawa_data"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "kw_datasources",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("shared"),
                    optional_text("sharing"),
                    text("loading_adapter"),
                    text("indicators"),
                    text("tags"),
                    text("parts"),
                    big("row_count"),
                    big("auto_increment"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_loads",
                vec![
                    serial("id"),
                    int("datasource_id"),
                    text("session"),
                    flag("reset"),
                    text("state"),
                    big("rows"),
                    text("client"),
                    text("log"),
                    big("started_at"),
                    optional_big("ended_at"),
                ],
            ),
            table(
                "kw_load_parts",
                vec![
                    serial("id"),
                    int("load_id"),
                    text("name"),
                    big("rows"),
                    big("max_auto"),
                ],
            ),
            table(
                "kw_sheets",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("shared"),
                    text("links"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_layouts",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    int("sheet_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    text("layout_type"),
                    flag("standalone"),
                    flag("shared"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_data_providers",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    text("provider_type"),
                    flag("restricted"),
                    text("connection"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_files",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("file_id"),
                    text("name"),
                    text("content_type"),
                    big("size"),
                    text("storage_key"),
                    int("owner_id"),
                    big("created_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            // KAWA refuses a second datasource of one name in a workspace (409).
            index(
                "kw_datasources_name",
                "kw_datasources",
                &["workspace_id", "name"],
            )
            .unique()
            .to_owned(),
            index(
                "kw_loads_session",
                "kw_loads",
                &["datasource_id", "session"],
            )
            .unique()
            .to_owned(),
            index("kw_load_parts_load", "kw_load_parts", &["load_id"]),
            index("kw_sheets_name", "kw_sheets", &["workspace_id", "name"]),
            index("kw_layouts_sheet", "kw_layouts", &["sheet_id"]),
            index("kw_files_id", "kw_files", &["workspace_id", "file_id"])
                .unique()
                .to_owned(),
            index(
                "kw_data_providers_name",
                "kw_data_providers",
                &["workspace_id", "name"],
            )
            .unique()
            .to_owned(),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
