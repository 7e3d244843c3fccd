//! What a reachable database holds: its schemas, tables and views, and their columns
//! (SQLite from `sqlite_master` and `pragma_table_info`, PostgreSQL from
//! `information_schema`). Errors are the database's own message.

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, QueryResult, Statement, Value,
};

/// A schema and its catalog (the database name on PostgreSQL).
#[derive(Debug, Clone)]
pub struct SchemaInfo {
    pub name: String,
    pub catalog: Option<String>,
}

/// A table or view.
#[derive(Debug, Clone)]
pub struct TableInfo {
    pub schema: Option<String>,
    pub name: String,
    pub view: bool,
}

/// A column, 1-based `position`.
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    pub name: String,
    pub data_type: String,
    pub nullable: bool,
    pub primary_key: bool,
    pub position: i32,
}

/// PostgreSQL's own schemas, never listed.
const PG_SYSTEM: &str = "table_schema NOT IN ('pg_catalog', 'information_schema') \
     AND table_schema NOT LIKE 'pg_toast%' AND table_schema NOT LIKE 'pg_temp%'";

async fn rows(
    db: &DatabaseConnection,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<QueryResult>, String> {
    let backend = db.get_database_backend();
    db.query_all(Statement::from_sql_and_values(backend, sql, values))
        .await
        .map_err(|e| e.to_string())
}

fn get<T: sea_orm::TryGetable>(row: &QueryResult, column: &str) -> Result<T, String> {
    row.try_get("", column).map_err(|e| e.to_string())
}

/// The database's schemas (SQLite has one: `main`).
pub async fn schemas(db: &DatabaseConnection) -> Result<Vec<SchemaInfo>, String> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        return Ok(vec![SchemaInfo {
            name: "main".into(),
            catalog: None,
        }]);
    }
    let sql = format!(
        "SELECT schema_name::text AS name, catalog_name::text AS catalog \
         FROM information_schema.schemata WHERE {} ORDER BY schema_name",
        PG_SYSTEM.replace("table_schema", "schema_name")
    );
    rows(db, &sql, vec![])
        .await?
        .iter()
        .map(|r| {
            Ok(SchemaInfo {
                name: get(r, "name")?,
                catalog: get(r, "catalog")?,
            })
        })
        .collect()
}

/// Tables and views, in `schema` if named, by schema and name.
pub async fn tables(
    db: &DatabaseConnection,
    schema: Option<&str>,
) -> Result<Vec<TableInfo>, String> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        if schema.is_some_and(|s| s != "main") {
            return Ok(vec![]);
        }
        let found = rows(
            db,
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') \
             AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
            vec![],
        )
        .await?;
        return found
            .iter()
            .map(|r| {
                Ok(TableInfo {
                    schema: Some("main".into()),
                    name: get(r, "name")?,
                    view: get::<String>(r, "type")? == "view",
                })
            })
            .collect();
    }
    let (filter, values) = match schema {
        Some(s) => ("AND table_schema = $1", vec![Value::from(s)]),
        None => ("", vec![]),
    };
    let sql = format!(
        "SELECT table_schema::text AS schema, table_name::text AS name, table_type::text AS kind \
         FROM information_schema.tables WHERE {PG_SYSTEM} {filter} ORDER BY table_schema, table_name"
    );
    rows(db, &sql, values)
        .await?
        .iter()
        .map(|r| {
            Ok(TableInfo {
                schema: get(r, "schema")?,
                name: get(r, "name")?,
                view: get::<String>(r, "kind")? == "VIEW",
            })
        })
        .collect()
}

/// The columns of `table` (in `schema`, `public`/`main` by default), in ordinal order;
/// empty when there is no such table.
pub async fn columns(
    db: &DatabaseConnection,
    schema: Option<&str>,
    table: &str,
) -> Result<Vec<ColumnInfo>, String> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        if schema.is_some_and(|s| s != "main") {
            return Ok(vec![]);
        }
        let found = rows(
            db,
            "SELECT name, type, \"notnull\" AS required, pk, cid FROM pragma_table_info(?) ORDER BY cid",
            vec![Value::from(table)],
        )
        .await?;
        return found
            .iter()
            .map(|r| {
                Ok(ColumnInfo {
                    name: get(r, "name")?,
                    data_type: get(r, "type")?,
                    nullable: get::<i32>(r, "required")? == 0,
                    primary_key: get::<i32>(r, "pk")? > 0,
                    position: get::<i32>(r, "cid")? + 1,
                })
            })
            .collect();
    }
    let sql = "SELECT c.column_name::text AS name, c.data_type::text AS data_type, \
         c.is_nullable::text AS nullable, c.ordinal_position::int AS position, \
         EXISTS (SELECT 1 FROM information_schema.table_constraints t \
           JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name \
           AND k.constraint_schema = t.constraint_schema \
           WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema \
           AND k.table_name = c.table_name AND k.column_name = c.column_name) AS pk \
         FROM information_schema.columns c WHERE c.table_schema = $1 AND c.table_name = $2 \
         ORDER BY c.ordinal_position";
    let values = vec![Value::from(schema.unwrap_or("public")), Value::from(table)];
    rows(db, sql, values)
        .await?
        .iter()
        .map(|r| {
            Ok(ColumnInfo {
                name: get(r, "name")?,
                data_type: get(r, "data_type")?,
                nullable: get::<String>(r, "nullable")? == "YES",
                primary_key: get(r, "pk")?,
                position: get(r, "position")?,
            })
        })
        .collect()
}

/// `schema.table` quoted for SQL (double quotes, doubled inside), for a sample query.
pub fn qualified(schema: Option<&str>, table: &str) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    match schema {
        Some(s) => format!("{}.{}", quote(s), quote(table)),
        None => quote(table),
    }
}
