//! The ClickHouse DDL KAWA shows for a datasource (`/backoffice/datasources/{id}/schema`),
//! in the form kywy's partition-management tests inspect:
//! `CREATE TABLE t (record_id Int64, amount Nullable(Float64), …) ENGINE = MergeTree
//! [PARTITION BY …] PRIMARY KEY (k1, k2) ORDER BY (k1, k2)`.
//!
//! Types: `integer` Int64, `decimal` Float64, `boolean` Bool, `text` / `any` String,
//! `date` Int32 (KAWA keeps dates as day numbers: its partition expressions read them
//! through `addDays(toDate32(0), …)`), `date_time` DateTime64(3, 'UTC'), lists Array(…).
//! Numbers and booleans are Nullable unless in the primary key; text and temporal columns
//! never hold nulls (see [`crate::stage`]) and lists cannot be Nullable in ClickHouse.

use crate::columns::{Column, Kind};

/// How a partition key is bucketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartitionSampler {
    /// One partition per day (the key itself).
    Day,
    /// One partition per month.
    Month,
    /// One partition per year.
    Year,
}

/// A datasource's partition key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    /// The indicator id of the (date or date_time) partition column.
    pub column: String,
    /// The bucketing (`Day`: the column as is).
    pub sampler: PartitionSampler,
}

fn quoted(identifier: &str) -> String {
    let simple = identifier
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && identifier
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    if simple {
        identifier.to_string()
    } else {
        format!("`{}`", identifier.replace('\\', "\\\\").replace('`', "\\`"))
    }
}

fn clickhouse_type(column: &Column, in_key: bool) -> String {
    let base = match column.kind {
        Kind::Integer => "Int64",
        Kind::Decimal => "Float64",
        Kind::Boolean => "Bool",
        Kind::Text | Kind::Any => "String",
        Kind::Date => "Int32",
        Kind::DateTime => "DateTime64(3, 'UTC')",
        Kind::ListInteger => "Array(Int64)",
        Kind::ListDecimal => "Array(Float64)",
        Kind::ListText => "Array(String)",
    };
    let nullable = matches!(column.kind, Kind::Integer | Kind::Decimal | Kind::Boolean) && !in_key;
    if nullable {
        format!("Nullable({base})")
    } else {
        base.to_string()
    }
}

fn partition_expression(columns: &[Column], partition: &Partition) -> String {
    let name = quoted(&partition.column);
    let is_date = columns
        .iter()
        .any(|c| c.id == partition.column && c.kind == Kind::Date);
    let as_date = if is_date {
        format!("addDays(toDate32(0), {name})")
    } else {
        name.clone()
    };
    match partition.sampler {
        PartitionSampler::Day => name,
        PartitionSampler::Month => format!("toString(toYYYYMM({as_date}))"),
        PartitionSampler::Year => format!("toString(toYear({as_date}))"),
    }
}

/// The `CREATE TABLE` statement of `table_name` holding `columns`. `primary_key` lists the
/// key's indicator ids in key order; empty, the columns flagged `primary_key` are used, in
/// column order (no key at all: `ORDER BY tuple()`).
pub fn ddl(
    table_name: &str,
    columns: &[Column],
    primary_key: &[String],
    partition: Option<&Partition>,
) -> String {
    let key: Vec<&str> = if primary_key.is_empty() {
        columns
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| c.id.as_str())
            .collect()
    } else {
        primary_key.iter().map(String::as_str).collect()
    };
    let fields: Vec<String> = columns
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                quoted(&c.id),
                clickhouse_type(c, key.contains(&c.id.as_str()))
            )
        })
        .collect();
    let mut out = format!(
        "CREATE TABLE {} ({}) ENGINE = MergeTree",
        quoted(table_name),
        fields.join(", ")
    );
    if let Some(p) = partition {
        out.push_str(&format!(
            " PARTITION BY {}",
            partition_expression(columns, p)
        ));
    }
    if key.is_empty() {
        out.push_str(" ORDER BY tuple()");
    } else {
        let key = key.iter().map(|k| quoted(k)).collect::<Vec<_>>().join(", ");
        out.push_str(&format!(" PRIMARY KEY ({key}) ORDER BY ({key})"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Vec<Column> {
        let mut record_id = Column::new("record_id", "record_id", Kind::Integer);
        record_id.primary_key = true;
        record_id.auto_increment = true;
        vec![
            record_id,
            Column::new("amount", "Amount", Kind::Decimal),
            Column::new("date", "date", Kind::Date),
            Column::new("my col", "label", Kind::Text),
            Column::new("tags", "tags", Kind::ListText),
        ]
    }

    #[test]
    fn flagged_keys_and_types() {
        assert_eq!(
            ddl("ds_1", &columns(), &[], None),
            "CREATE TABLE ds_1 (record_id Int64, amount Nullable(Float64), date Int32, `my col` String, \
             tags Array(String)) ENGINE = MergeTree PRIMARY KEY (record_id) ORDER BY (record_id)"
        );
    }

    #[test]
    fn key_order_and_partitions_as_kywy_checks_them() {
        let key = vec!["date".to_string(), "record_id".to_string()];
        let by_day = Partition {
            column: "date".into(),
            sampler: PartitionSampler::Day,
        };
        let text = ddl("t", &columns(), &key, Some(&by_day));
        assert!(text.contains("PARTITION BY date"), "{text}");
        assert!(text.contains("PRIMARY KEY (date, record_id)"), "{text}");
        assert!(text.contains("ORDER BY (date, record_id)"), "{text}");
        let by_year = Partition {
            column: "date".into(),
            sampler: PartitionSampler::Year,
        };
        let text = ddl("t", &columns(), &key, Some(&by_year));
        assert!(
            text.contains("PARTITION BY toString(toYear(addDays(toDate32(0), date)))"),
            "{text}"
        );
        let amount_in_key = ddl("t", &columns(), &["amount".to_string()], None);
        assert!(amount_in_key.contains("amount Float64,"), "{amount_in_key}");
    }

    #[test]
    fn no_key() {
        let text = ddl("t", &columns()[1..2], &[], None);
        assert_eq!(
            text,
            "CREATE TABLE t (amount Nullable(Float64)) ENGINE = MergeTree ORDER BY tuple()"
        );
    }
}
