//! `stage_json` and `read_json`: every kind written from JSON values and read back as
//! the same JSON, the auto-increment high mark, and misfits named by row and key with
//! no file left.

use serde_json::{json, Value};

use super::datasets::record_id;
use crate::{read_json, stage_json, Column, JsonRow, Kind, LoadError, Table};

fn columns() -> Vec<Column> {
    vec![
        record_id(),
        Column::new("n", "number", Kind::Integer),
        Column::new("x", "amount", Kind::Decimal),
        Column::new("t", "label", Kind::Text),
        Column::new("b", "flag", Kind::Boolean),
        Column::new("day", "day", Kind::Date),
        Column::new("at", "at", Kind::DateTime),
        Column::new("li", "ints", Kind::ListInteger),
        Column::new("lt", "texts", Kind::ListText),
        // A display name that is another column's id: reading must not mix them up.
        Column::new("a", "t", Kind::Any),
    ]
}

fn rows(value: Value) -> Vec<JsonRow> {
    serde_json::from_value(value).unwrap()
}

fn files_in(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[tokio::test]
async fn rows_written_from_json_read_back_as_the_same_json() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("part.parquet");
    let given = rows(json!([
        {"record_id": 1, "n": 7, "x": 1.5, "t": "a", "b": true, "day": "2024-01-31",
         "at": "2024-01-31T10:15:00.250Z", "li": [1, 2], "lt": ["p", "q"], "a": "z"},
        // Another zone, epoch milliseconds, integral floats, text from a number, gaps.
        {"record_id": 3, "n": 2.0, "t": 42, "at": "2024-02-01T01:00:00+01:00", "day": null},
        {"record_id": 2, "at": 86_400_000},
    ]));
    let staged = stage_json(&given, &columns(), &dest).unwrap();
    assert_eq!(staged.rows, 3);
    assert_eq!(staged.max_auto_increment, Some(3));
    let table = Table {
        columns: columns(),
        parts: vec![dest],
    };
    let read = read_json(&table).await.unwrap();
    // Text, dates and date-times hold no nulls (KAWA's empty values); the rest are left
    // out when null.
    let expected = rows(json!([
        {"record_id": 1, "n": 7, "x": 1.5, "t": "a", "b": true, "day": "2024-01-31",
         "at": "2024-01-31T10:15:00.250Z", "li": [1, 2], "lt": ["p", "q"], "a": "z"},
        {"record_id": 3, "n": 2, "t": "42", "day": "1970-01-01",
         "at": "2024-02-01T00:00:00Z", "a": ""},
        {"record_id": 2, "t": "", "day": "1970-01-01", "at": "1970-01-02T00:00:00Z", "a": ""},
    ]));
    assert_eq!(read, expected);
    // And what was read writes back to the same rows.
    let again = dir.path().join("again.parquet");
    stage_json(&read, &columns(), &again).unwrap();
    let table = Table {
        columns: columns(),
        parts: vec![again],
    };
    assert_eq!(read_json(&table).await.unwrap(), expected);
}

#[tokio::test]
async fn no_rows_write_no_file_and_an_empty_table_reads_none() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("part.parquet");
    let staged = stage_json(&[], &columns(), &dest).unwrap();
    assert_eq!((staged.rows, staged.max_auto_increment), (0, None));
    assert!(files_in(dir.path()).is_empty());
    let table = Table {
        columns: columns(),
        parts: vec![],
    };
    assert!(read_json(&table).await.unwrap().is_empty());
}

#[test]
fn a_row_that_does_not_fit_is_named_by_index_and_key_and_nothing_is_written() {
    let cases = [
        (
            json!({"n": "abc"}),
            "n",
            "does not fit integer: failed to parse \"abc\" as Int64",
        ),
        (json!({"n": 1.5}), "n", "1.5 is not a 64-bit integer"),
        (json!({"li": [1, 2.5]}), "li", "2.5 is not a 64-bit integer"),
        (json!({"day": "31/01/2024"}), "day", "31/01/2024"),
        (json!({"at": "yesterday"}), "at", "yesterday"),
        (json!({"b": "maybe"}), "b", ""),
        (json!({"li": "1"}), "li", ""),
        (
            json!({"colour": "red"}),
            "colour",
            "no indicator has this id",
        ),
    ];
    for (bad, key, said) in cases {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("part.parquet");
        let given = rows(json!([{"record_id": 1, "n": 1}, {"record_id": 2}, bad]));
        let err = stage_json(&given, &columns(), &dest).unwrap_err();
        match &err {
            LoadError::Row {
                row,
                column,
                message,
            } => {
                assert_eq!((*row, column.as_str()), (2, key), "{err}");
                assert!(message.contains(said), "{said:?} not in {message:?}");
            }
            other => panic!("{bad}: {other:?}"),
        }
        assert!(files_in(dir.path()).is_empty(), "{bad}: a file stayed");
    }
}
