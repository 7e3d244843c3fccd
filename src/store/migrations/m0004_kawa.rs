//! `m0004_kawa`: KAWA's principals (a role, a status and a current workspace on every
//! user, unset meaning "as the user's admin flag says", active, none), workspaces with
//! their members, teams, perimeters, attributes, and the activity the usage report
//! aggregates. The bootstrap admin's token becomes its KAWA API key too.

use sea_orm_migration::prelude::*;

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0004_kawa"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for definition in [
            optional_text("kawa_role"),
            optional_text("kawa_status"),
            optional_int("kawa_workspace_id"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("users"))
                        .add_column(definition)
                        .to_owned(),
                )
                .await?;
        }
        // The bootstrap admin's token is its credential on every token product.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO api_tokens (user_id, product, name, token_digest, created_at, expires_at) \
                 SELECT user_id, 'kawa', name, token_digest, created_at, expires_at \
                 FROM api_tokens WHERE product = 'datawiza' AND name = 'bootstrap'",
            )
            .await?;
        let tables = [
            table(
                "kw_workspaces",
                vec![
                    serial("id"),
                    text("name"),
                    text("description"),
                    flag("is_public"),
                    int("owner_id"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table_keyed_by(
                "kw_workspace_members",
                vec![
                    int("workspace_id"),
                    int("user_id"),
                    text("permissions"),
                    big("created_at"),
                ],
                &["workspace_id", "user_id"],
            ),
            table(
                "kw_teams",
                vec![
                    serial("id"),
                    text("name"),
                    text("description"),
                    text("team_type"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table_keyed_by(
                "kw_team_members",
                vec![int("team_id"), int("user_id"), flag("is_admin")],
                &["team_id", "user_id"],
            ),
            table(
                "kw_perimeters",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table_keyed_by(
                "kw_perimeter_members",
                vec![int("perimeter_id"), int("user_id")],
                &["perimeter_id", "user_id"],
            ),
            table(
                "kw_attributes",
                vec![
                    serial("id"),
                    int("workspace_id"),
                    text("name"),
                    text("description"),
                    text("type"),
                    text("tags"),
                    big("created_at"),
                ],
            ),
            table(
                "kw_activity",
                vec![serial("id"), int("user_id"), text("kind"), big("at")],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("kw_workspaces_name", "kw_workspaces", &["name"])
                .unique()
                .to_owned(),
            index(
                "kw_workspace_members_user",
                "kw_workspace_members",
                &["user_id"],
            ),
            index("kw_teams_name", "kw_teams", &["name"]),
            index(
                "kw_perimeters_name",
                "kw_perimeters",
                &["workspace_id", "name"],
            )
            .unique()
            .to_owned(),
            index(
                "kw_perimeter_members_user",
                "kw_perimeter_members",
                &["user_id"],
            ),
            index(
                "kw_attributes_name",
                "kw_attributes",
                &["workspace_id", "name"],
            ),
            index("kw_activity_at", "kw_activity", &["at"]),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        Ok(())
    }
}
