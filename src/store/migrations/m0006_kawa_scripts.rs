//! `m0006_kawa_scripts`: KAWA's scripts and agents. Script runners are global (a name is
//! unique among them; the private key is kept as a digest only); scripts and agents
//! belong to a workspace (a name unique in it). A script created with its content keeps
//! the source in the workspace's file store (`kw_files`), and its metadata, read from
//! the source's `@kawa_tool` decorator, as JSON.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0006_kawa_scripts"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "kw_script_runners",
                vec![
                    serial("id"),
                    text("name"),
                    text("description"),
                    text("host"),
                    int("port"),
                    flag("use_tls"),
                    flag("enabled"),
                    optional_text("key_digest"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_scripts",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    optional_text("tool_kit"),
                    text("tool_name"),
                    text("metadata"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_agents",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    int("owner_id"),
                    flag("shared"),
                    text("instructions"),
                    text("settings"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        // KAWA refuses a second runner of one name (kywy's add_script_runner reads it
        // back), and a second script or agent of one name in a workspace (409).
        let indexes = [
            index("kw_script_runners_name", "kw_script_runners", &["name"])
                .unique()
                .to_owned(),
            index("kw_scripts_name", "kw_scripts", &["workspace_id", "name"])
                .unique()
                .to_owned(),
            index("kw_agents_name", "kw_agents", &["workspace_id", "name"])
                .unique()
                .to_owned(),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
