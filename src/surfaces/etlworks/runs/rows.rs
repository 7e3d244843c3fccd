//! Rows on the move: reading a batch from a database table or query, or from a CSV or
//! JSON file, and writing a batch into a database table (created when missing) or a
//! file. SQLite and PostgreSQL are the databases Understudy reaches; each value travels
//! as JSON, and PostgreSQL receives a batch as one JSON document it types itself
//! (`json_populate_recordset`), so text, numbers, dates and booleans land in their
//! columns' own types.

use std::path::Path;

use sea_orm::sea_query::{Alias, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, TransactionTrait};
use serde_json::{Map, Value};

/// A batch: column names in order and rows of values.
#[derive(Debug, Default, Clone)]
pub struct Batch {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Reads rows `[offset, offset + limit)` of `sql` (a table name or a query).
pub async fn read_database(
    db: &DatabaseConnection,
    sql: &str,
    offset: u64,
    limit: u64,
) -> Result<Batch, String> {
    let backend = db.get_database_backend();
    let from = if looks_like_query(sql) {
        format!("({}) q", sql.trim().trim_end_matches(';'))
    } else {
        format!("{} q", quoted(sql))
    };
    match backend {
        DatabaseBackend::Postgres => {
            let text = format!(
                "SELECT row_to_json(q)::text AS r FROM (SELECT * FROM {from} LIMIT {limit} OFFSET {offset}) q"
            );
            let rows = db
                .query_all(Statement::from_string(backend, text))
                .await
                .map_err(|e| e.to_string())?;
            let mut batch = Batch::default();
            for row in rows {
                let text: String = row.try_get("", "r").map_err(|e| e.to_string())?;
                let object: Map<String, Value> =
                    serde_json::from_str(&text).map_err(|e| e.to_string())?;
                if batch.columns.is_empty() {
                    batch.columns = object.keys().cloned().collect();
                }
                batch.rows.push(
                    batch
                        .columns
                        .iter()
                        .map(|c| object.get(c).cloned().unwrap_or(Value::Null))
                        .collect(),
                );
            }
            Ok(batch)
        }
        _ => {
            let text = format!("SELECT * FROM {from} LIMIT {limit} OFFSET {offset}");
            let rows = db
                .query_all(Statement::from_string(backend, text))
                .await
                .map_err(|e| e.to_string())?;
            let mut batch = Batch::default();
            for row in rows {
                if batch.columns.is_empty() {
                    batch.columns = row.column_names();
                }
                let values = (0..batch.columns.len())
                    .map(|i| sqlite_value(&row, i))
                    .collect();
                batch.rows.push(values);
            }
            Ok(batch)
        }
    }
}

/// A SQLite value as JSON, whatever its storage class.
fn sqlite_value(row: &sea_orm::QueryResult, i: usize) -> Value {
    if let Ok(v) = row.try_get_by_index::<Option<i64>>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = row.try_get_by_index::<Option<f64>>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = row.try_get_by_index::<Option<String>>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = row.try_get_by_index::<Option<Vec<u8>>>(i) {
        return v.map_or(Value::Null, |b| Value::from(hex::encode(b)));
    }
    Value::Null
}

fn looks_like_query(sql: &str) -> bool {
    let head = sql.trim_start().to_ascii_lowercase();
    head.starts_with("select ") || head.starts_with("with ") || head.starts_with("select\n")
}

/// `name` (`table` or `schema.table`) quoted; SQLite and PostgreSQL both quote
/// identifiers with double quotes.
pub fn quoted(name: &str) -> String {
    name.split('.')
        .map(|part| format!("\"{}\"", part.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(".")
}

/// Whether table `name` exists.
pub async fn table_exists(db: &DatabaseConnection, name: &str) -> Result<bool, String> {
    let backend = db.get_database_backend();
    let statement = match backend {
        DatabaseBackend::Postgres => Statement::from_sql_and_values(
            backend,
            "SELECT to_regclass($1) IS NOT NULL AS present",
            [quoted(name).into()],
        ),
        _ => Statement::from_sql_and_values(
            backend,
            "SELECT count(*) > 0 AS present FROM sqlite_master WHERE type = 'table' AND name = ?",
            [name.into()],
        ),
    };
    let row = db.query_one(statement).await.map_err(|e| e.to_string())?;
    Ok(row
        .and_then(|r| r.try_get::<bool>("", "present").ok())
        .unwrap_or(false))
}

/// Creates table `name` with `columns`, typed from the values of `sample`.
pub async fn create_table(
    db: &DatabaseConnection,
    name: &str,
    sample: &Batch,
) -> Result<(), String> {
    let backend = db.get_database_backend();
    let columns: Vec<String> = sample
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let kind = column_type(backend, sample.rows.iter().map(|r| &r[i]));
            format!("{} {kind}", quoted(c))
        })
        .collect();
    let text = format!("CREATE TABLE {} ({})", quoted(name), columns.join(", "));
    db.execute(Statement::from_string(backend, text))
        .await
        .map(drop)
        .map_err(|e| e.to_string())
}

fn column_type<'a>(
    backend: DatabaseBackend,
    values: impl Iterator<Item = &'a Value>,
) -> &'static str {
    let (mut ints, mut floats, mut bools, mut texts) = (0, 0, 0, 0);
    for v in values {
        match v {
            Value::Number(n) if n.is_i64() || n.is_u64() => ints += 1,
            Value::Number(_) => floats += 1,
            Value::Bool(_) => bools += 1,
            Value::Null => {}
            _ => texts += 1,
        }
    }
    let postgres = backend == DatabaseBackend::Postgres;
    match (texts, floats, ints, bools) {
        (0, 0, 0, b) if b > 0 => {
            if postgres {
                "BOOLEAN"
            } else {
                "INTEGER"
            }
        }
        (0, 0, i, 0) if i > 0 => {
            if postgres {
                "BIGINT"
            } else {
                "INTEGER"
            }
        }
        (0, f, _, 0) if f > 0 => {
            if postgres {
                "DOUBLE PRECISION"
            } else {
                "REAL"
            }
        }
        _ => "TEXT",
    }
}

/// Removes every row of table `name` (an action that replaces the data).
pub async fn truncate(db: &DatabaseConnection, name: &str) -> Result<(), String> {
    let backend = db.get_database_backend();
    let text = format!("DELETE FROM {}", quoted(name));
    db.execute(Statement::from_string(backend, text))
        .await
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Writes `batch` into table `name`; with `lookup` columns, a row replaces the rows
/// whose lookup values it shares (merge). A batch the database refuses is written row
/// by row, each in its own savepoint: the count of rows refused, with the first reason.
pub async fn write_database(
    db: &DatabaseConnection,
    name: &str,
    batch: &Batch,
    lookup: &[String],
) -> Result<(u64, Option<String>), String> {
    let tx = db.begin().await.map_err(|e| e.to_string())?;
    let whole = async {
        let sp = tx.begin().await?;
        for statement in statements(db.get_database_backend(), name, batch, &batch.rows, lookup) {
            sp.execute(statement).await?;
        }
        sp.commit().await
    }
    .await;
    let mut rejected = 0;
    let mut reason = None;
    if whole.is_err() {
        for row in &batch.rows {
            let one = async {
                let sp = tx.begin().await?;
                let rows = std::slice::from_ref(row);
                for statement in statements(db.get_database_backend(), name, batch, rows, lookup) {
                    sp.execute(statement).await?;
                }
                sp.commit().await
            }
            .await;
            if let Err(e) = one {
                rejected += 1;
                reason.get_or_insert(e.to_string());
            }
        }
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok((rejected, reason))
}

/// The statements that write `rows` (of `batch`'s columns) into `name`.
fn statements(
    backend: DatabaseBackend,
    name: &str,
    batch: &Batch,
    rows: &[Vec<Value>],
    lookup: &[String],
) -> Vec<Statement> {
    let mut out = Vec::new();
    let table = quoted(name);
    if !lookup.is_empty() {
        let keys: Vec<usize> = lookup
            .iter()
            .filter_map(|k| batch.columns.iter().position(|c| c == k))
            .collect();
        for row in rows {
            let mut text = format!("DELETE FROM {table} WHERE ");
            let mut values = Vec::new();
            for (n, &k) in keys.iter().enumerate() {
                if n > 0 {
                    text.push_str(" AND ");
                }
                let placeholder = match backend {
                    DatabaseBackend::Postgres => format!("${}::text", n + 1),
                    _ => "?".into(),
                };
                let column = quoted(&batch.columns[k]);
                match backend {
                    DatabaseBackend::Postgres => {
                        text.push_str(&format!("{column}::text = {placeholder}"))
                    }
                    _ => text.push_str(&format!("{column} = {placeholder}")),
                }
                values.push(match backend {
                    DatabaseBackend::Postgres => sea_orm::Value::from(plain_text(&row[k])),
                    _ => sea_value(&row[k]),
                });
            }
            out.push(Statement::from_sql_and_values(backend, text, values));
        }
    }
    let columns: Vec<String> = batch.columns.iter().map(|c| quoted(c)).collect();
    match backend {
        DatabaseBackend::Postgres => {
            let records: Vec<Value> = rows
                .iter()
                .map(|r| {
                    Value::Object(
                        batch
                            .columns
                            .iter()
                            .cloned()
                            .zip(r.iter().cloned())
                            .collect(),
                    )
                })
                .collect();
            let list = columns.join(", ");
            let text = format!(
                "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, $1::json)"
            );
            out.push(Statement::from_sql_and_values(
                backend,
                text,
                [Value::Array(records).to_string().into()],
            ));
        }
        _ => {
            for row in rows {
                let mut insert = Query::insert();
                insert
                    .into_table(Alias::new("__t"))
                    .columns(batch.columns.iter().map(|c| Alias::new(c.as_str())));
                let values: Vec<SimpleExpr> = row.iter().map(|v| sea_value(v).into()).collect();
                insert.values_panic(values);
                let (sql, values) = insert.build(sea_orm::sea_query::SqliteQueryBuilder);
                let sql = sql.replacen("\"__t\"", &table, 1);
                out.push(Statement::from_sql_and_values(backend, sql, values));
            }
        }
    }
    out
}

fn plain_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn sea_value(v: &Value) -> sea_orm::Value {
    match v {
        Value::Null => sea_orm::Value::String(None),
        Value::Bool(b) => sea_orm::Value::from(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => sea_orm::Value::from(i),
            None => sea_orm::Value::from(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => sea_orm::Value::from(s.clone()),
        other => sea_orm::Value::from(other.to_string()),
    }
}

/// Every row of a CSV (with a header line) or JSON (an array of objects, or one object
/// per line) file.
pub fn read_file(path: &Path) -> Result<Batch, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("ndjson"));
    if json {
        return read_json(&bytes);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let columns: Vec<String> = reader
        .headers()
        .map_err(|e| format!("not a CSV file: {e}"))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut batch = Batch {
        columns,
        rows: Vec::new(),
    };
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("line {}: {e}", n + 2))?;
        batch
            .rows
            .push(record.iter().map(|v| Value::from(v.to_string())).collect());
    }
    Ok(batch)
}

fn read_json(bytes: &[u8]) -> Result<Batch, String> {
    let objects: Vec<Map<String, Value>> = match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .map(|i| match i {
                Value::Object(o) => Ok(o),
                _ => Err("every element of the JSON array must be an object".to_string()),
            })
            .collect::<Result<_, _>>()?,
        Ok(Value::Object(o)) => vec![o],
        Ok(_) => return Err("the JSON file must hold objects".into()),
        Err(_) => std::str::from_utf8(bytes)
            .map_err(|_| "the file is not UTF-8 JSON".to_string())?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(n, l)| {
                serde_json::from_str::<Map<String, Value>>(l)
                    .map_err(|e| format!("line {}: {e}", n + 1))
            })
            .collect::<Result<_, _>>()?,
    };
    let mut columns: Vec<String> = Vec::new();
    for o in &objects {
        for k in o.keys() {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
    }
    let rows = objects
        .iter()
        .map(|o| {
            columns
                .iter()
                .map(|c| o.get(c).cloned().unwrap_or(Value::Null))
                .collect()
        })
        .collect();
    Ok(Batch { columns, rows })
}

/// Writes `batch` as a CSV or JSON file (by extension), replacing what was there.
pub fn write_file(path: &Path, batch: &Batch) -> Result<(), String> {
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let bytes = if json {
        let objects: Vec<Value> = batch
            .rows
            .iter()
            .map(|r| {
                Value::Object(
                    batch
                        .columns
                        .iter()
                        .cloned()
                        .zip(r.iter().cloned())
                        .collect(),
                )
            })
            .collect();
        serde_json::to_vec_pretty(&objects).map_err(|e| e.to_string())?
    } else {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record(&batch.columns)
            .map_err(|e| e.to_string())?;
        for row in &batch.rows {
            writer
                .write_record(row.iter().map(plain_text_or_empty))
                .map_err(|e| e.to_string())?;
        }
        writer.into_inner().map_err(|e| e.to_string())?
    };
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn plain_text_or_empty(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        other => plain_text(other),
    }
}
