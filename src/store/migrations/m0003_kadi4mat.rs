//! `m0003_kadi4mat`: Kadi4Mat's accounts (a username and Kadi's fields on every user,
//! scopes on tokens) and its resources: records with tags and links, collections,
//! templates, groups with members, user and group roles, files, uploads with their
//! chunks, and revisions. Existing users get a username from their email, and the
//! bootstrap admin's token works for Kadi4Mat too.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

use super::columns::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0003_kadi4mat"
    }
}

/// The columns every Kadi resource (record, collection, template, group) has.
fn resource(mut own: Vec<ColumnDef>) -> Vec<ColumnDef> {
    let mut columns = vec![
        serial("id"),
        text("identifier"),
        text("title"),
        text("description"),
        text("visibility"),
        text("state"),
        int("creator_id"),
        big("created_at"),
        big("last_modified"),
    ];
    columns.append(&mut own);
    columns
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for definition in [
            optional_text("username"),
            optional_text("displayname"),
            optional_text("orcid"),
            optional_text("system_role"),
            optional_text("state"),
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
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("api_tokens"))
                    .add_column(optional_text("scopes"))
                    .to_owned(),
            )
            .await?;
        backfill_usernames(manager).await?;
        // The bootstrap admin's token is its credential on every token product: the one
        // made before Kadi4Mat took tokens works there too.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO api_tokens (user_id, product, name, token_digest, created_at, expires_at) \
                 SELECT user_id, 'kadi4mat', name, token_digest, created_at, expires_at \
                 FROM api_tokens WHERE product = 'datawiza' AND name = 'bootstrap'",
            )
            .await?;

        let tables = [
            table(
                "kd_records",
                resource(vec![
                    optional_text("type"),
                    optional_text("license"),
                    text("extras"),
                ]),
            ),
            table_keyed_by(
                "kd_record_tags",
                vec![int("record_id"), text("tag")],
                &["record_id", "tag"],
            ),
            table(
                "kd_record_links",
                vec![
                    serial("id"),
                    int("record_from"),
                    int("record_to"),
                    text("name"),
                    optional_text("term"),
                    int("creator_id"),
                    big("created_at"),
                    big("last_modified"),
                ],
            ),
            table(
                "kd_collections",
                resource(vec![
                    optional_int("parent_id"),
                    optional_int("record_template_id"),
                ]),
            ),
            table_keyed_by(
                "kd_collection_tags",
                vec![int("collection_id"), text("tag")],
                &["collection_id", "tag"],
            ),
            table_keyed_by(
                "kd_collection_records",
                vec![int("collection_id"), int("record_id"), big("created_at")],
                &["collection_id", "record_id"],
            ),
            table("kd_templates", resource(vec![text("type"), text("data")])),
            table("kd_groups", resource(vec![])),
            table_keyed_by(
                "kd_group_members",
                vec![
                    int("group_id"),
                    int("user_id"),
                    text("role"),
                    big("created_at"),
                ],
                &["group_id", "user_id"],
            ),
            table_keyed_by(
                "kd_roles",
                vec![
                    text("resource_type"),
                    int("resource_id"),
                    text("subject_type"),
                    int("subject_id"),
                    text("role"),
                    big("created_at"),
                ],
                &["resource_type", "resource_id", "subject_type", "subject_id"],
            ),
            table(
                "kd_files",
                vec![
                    text_key("id"),
                    int("record_id"),
                    text("name"),
                    text("description"),
                    text("mimetype"),
                    text("magic_mimetype"),
                    big("size"),
                    text("checksum"),
                    text("storage_type"),
                    text("storage_key"),
                    text("state"),
                    int("creator_id"),
                    big("created_at"),
                    big("last_modified"),
                ],
            ),
            table(
                "kd_uploads",
                vec![
                    text_key("id"),
                    int("record_id"),
                    optional_text("file_id"),
                    text("name"),
                    text("description"),
                    text("mimetype"),
                    big("size"),
                    optional_text("checksum"),
                    int("chunk_count"),
                    text("upload_type"),
                    text("storage_type"),
                    text("state"),
                    optional_text("task_state"),
                    optional_text("task_error"),
                    optional_text("result_file_id"),
                    int("creator_id"),
                    big("created_at"),
                    big("last_modified"),
                ],
            ),
            table_keyed_by(
                "kd_upload_chunks",
                vec![
                    text("upload_id"),
                    int("idx"),
                    big("size"),
                    optional_text("checksum"),
                ],
                &["upload_id", "idx"],
            ),
            table(
                "kd_revisions",
                vec![
                    serial("id"),
                    text("object_type"),
                    text("object_id"),
                    optional_int("user_id"),
                    big("created_at"),
                    text("data"),
                ],
            ),
        ];
        for t in tables {
            manager.create_table(t).await?;
        }
        let indexes = [
            index("users_username", "users", &["username"])
                .unique()
                .to_owned(),
            index("kd_records_identifier", "kd_records", &["identifier"])
                .unique()
                .to_owned(),
            index(
                "kd_records_state_modified",
                "kd_records",
                &["state", "last_modified"],
            ),
            index("kd_records_creator", "kd_records", &["creator_id"]),
            index("kd_record_tags_tag", "kd_record_tags", &["tag"]),
            index(
                "kd_record_links_unique",
                "kd_record_links",
                &["record_from", "record_to", "name"],
            )
            .unique()
            .to_owned(),
            index("kd_record_links_to", "kd_record_links", &["record_to"]),
            index(
                "kd_collections_identifier",
                "kd_collections",
                &["identifier"],
            )
            .unique()
            .to_owned(),
            index("kd_collections_parent", "kd_collections", &["parent_id"]),
            index("kd_collection_tags_tag", "kd_collection_tags", &["tag"]),
            index(
                "kd_collection_records_record",
                "kd_collection_records",
                &["record_id"],
            ),
            index("kd_templates_identifier", "kd_templates", &["identifier"])
                .unique()
                .to_owned(),
            index("kd_groups_identifier", "kd_groups", &["identifier"])
                .unique()
                .to_owned(),
            index("kd_group_members_user", "kd_group_members", &["user_id"]),
            index(
                "kd_roles_subject",
                "kd_roles",
                &["subject_type", "subject_id"],
            ),
            index("kd_files_record", "kd_files", &["record_id", "state"]),
            index("kd_uploads_record", "kd_uploads", &["record_id", "state"]),
            index(
                "kd_revisions_object",
                "kd_revisions",
                &["object_type", "object_id", "id"],
            ),
        ];
        for i in indexes {
            manager.create_index(i).await?;
        }
        // An active file's name is unique in its record; deleted files keep theirs. Both
        // engines take a partial index in the same words.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX kd_files_active_name ON kd_files (record_id, name) \
                 WHERE state = 'active'",
            )
            .await?;
        Ok(())
    }
}

/// Gives every existing user a username: the local part of the email, made of Kadi's
/// username characters, numbered when taken.
async fn backfill_usernames(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = db.get_database_backend();
    let rows = db
        .query_all(Statement::from_string(
            backend,
            "SELECT id, email FROM users ORDER BY id",
        ))
        .await?;
    let mut taken = std::collections::HashSet::new();
    for row in rows {
        let id: i32 = row.try_get_by_index(0)?;
        let email: String = row.try_get_by_index(1)?;
        let username = unique_username(&email, &mut taken);
        db.execute(Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm_migration::sea_orm::DatabaseBackend::Postgres => {
                    "UPDATE users SET username = $1, state = 'active' WHERE id = $2"
                }
                _ => "UPDATE users SET username = ?, state = 'active' WHERE id = ?",
            },
            [username.into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// `Ada.Lovelace+x@example.com` → `ada.lovelace-x`, then `…-2` if taken.
fn unique_username(email: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    let mut base: String = local
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if base.is_empty() {
        base = "user".into();
    }
    let mut candidate = base.clone();
    let mut n = 1;
    while !taken.insert(candidate.clone()) {
        n += 1;
        candidate = format!("{base}-{n}");
    }
    candidate
}
