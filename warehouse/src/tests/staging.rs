//! `stage`: both formats, casts, dropped and missing columns, empty and garbage bodies.

use std::fs;
use std::sync::Arc;

use datafusion::arrow::array::{
    ArrayRef, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray,
    TimestampMicrosecondArray,
};
use datafusion::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use super::datasets::record_id;
use super::fixtures::{arrow_stream, batch, days, floats, ints, millis, parquet_gzip, strs};
use crate::{stage, Column, Format, Kind, LoadError};

fn arc(a: impl datafusion::arrow::array::Array + 'static) -> ArrayRef {
    Arc::new(a)
}

fn columns() -> Vec<Column> {
    vec![
        record_id(),
        Column::new("n", "number", Kind::Integer),
        Column::new("t", "label", Kind::Text),
        Column::new("when", "when", Kind::DateTime),
        Column::new("day", "day", Kind::Date),
        Column::new("absent_amount", "amount", Kind::Decimal),
        Column::new("absent_label", "other", Kind::Text),
    ]
}

fn upload() -> RecordBatch {
    batch(vec![
        ("extra", arc(StringArray::from(vec!["x", "y", "z"]))),
        ("n", arc(Int32Array::from(vec![Some(7), None, Some(-2)]))),
        (
            "t",
            arc(StringArray::from(vec![Some("a"), None, Some("c")])),
        ),
        // Microseconds, naive: read as UTC.
        (
            "when",
            arc(TimestampMicrosecondArray::from(vec![1_500_999, -1, 0])),
        ),
        (
            "day",
            arc(
                TimestampMicrosecondArray::from(vec![86_400_000_000 * 2, 0, 0])
                    .with_timezone("Europe/Paris"),
            ),
        ),
        ("record_id", arc(Int64Array::from(vec![11, 13, 12]))),
    ])
}

/// The rows of a written part.
fn read_back(path: &std::path::Path) -> RecordBatch {
    let file = fs::File::open(path).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
    datafusion::arrow::compute::concat_batches(&batches[0].schema(), &batches).unwrap()
}

fn assert_conformed(part: &RecordBatch) {
    let got: Vec<String> = part
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect();
    assert_eq!(
        got,
        [
            "record_id",
            "n",
            "t",
            "when",
            "day",
            "absent_amount",
            "absent_label"
        ]
    );
    for (field, column) in part.schema().fields().iter().zip(columns()) {
        assert_eq!(
            field.data_type(),
            &column.kind.data_type(),
            "{}",
            field.name()
        );
    }
    assert_eq!(ints(part, "n"), [Some(7), None, Some(-2)]);
    assert_eq!(strs(part, "t"), ["a", "", "c"]);
    assert_eq!(millis(part, "when"), [Some(1_500), Some(-1), Some(0)]);
    assert_eq!(days(part, "day"), [Some(2), Some(0), Some(0)]);
    assert_eq!(floats(part, "absent_amount"), [None, None, None]);
    assert_eq!(strs(part, "absent_label"), ["", "", ""]);
}

#[test]
fn a_pandas_gzip_parquet_is_conformed_and_written_as_zstd() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("p.parquet");
    let staged = stage(&parquet_gzip(&upload()), Format::Parquet, &columns(), &dest).unwrap();
    assert_eq!(staged.rows, 3);
    assert_eq!(staged.max_auto_increment, Some(13));
    assert_conformed(&read_back(&dest));
    let meta = ParquetRecordBatchReaderBuilder::try_new(fs::File::open(&dest).unwrap()).unwrap();
    let codec = meta.metadata().row_group(0).column(0).compression();
    assert_eq!(codec.to_string().to_uppercase(), "ZSTD(ZSTDLEVEL(1))");
    // Only the part is left in the directory: the temporary file was renamed.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_zstd_arrow_stream_of_several_batches_is_conformed() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("a.parquet");
    let whole = upload();
    let body = arrow_stream(
        &whole.schema(),
        &[whole.slice(0, 2), whole.slice(2, 1)],
        true,
    );
    let staged = stage(&body, Format::ArrowStream, &columns(), &dest).unwrap();
    assert_eq!(staged.rows, 3);
    assert_conformed(&read_back(&dest));
}

#[test]
fn an_empty_stream_writes_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("e.parquet");
    let schema = upload().schema();
    let body = arrow_stream(&schema, &[], true);
    let staged = stage(&body, Format::ArrowStream, &columns(), &dest).unwrap();
    assert_eq!(staged.rows, 0);
    assert_eq!(staged.max_auto_increment, None);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    let zero_rows = parquet_gzip(&upload().slice(0, 0));
    assert_eq!(
        stage(&zero_rows, Format::Parquet, &columns(), &dest)
            .unwrap()
            .rows,
        0
    );
    assert!(!dest.exists());
}

#[test]
fn a_value_that_does_not_cast_names_its_indicator() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("c.parquet");
    let body = parquet_gzip(&batch(vec![(
        "n",
        arc(StringArray::from(vec!["1", "abc"])),
    )]));
    let err = stage(&body, Format::Parquet, &columns(), &dest).unwrap_err();
    assert!(
        matches!(&err, LoadError::Column { column, .. } if column == "n"),
        "{err}"
    );
    let body = parquet_gzip(&batch(vec![("n", arc(Float64Array::from(vec![1.5])))]));
    assert!(matches!(
        stage(&body, Format::Parquet, &columns(), &dest),
        Err(LoadError::Column { .. })
    ));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn garbage_bodies_are_format_errors_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("g.parquet");
    let parquet = parquet_gzip(&upload());
    let whole = upload();
    let stream = arrow_stream(&whole.schema(), &[whole], true);
    let mut flipped = parquet.clone();
    for b in flipped.iter_mut().skip(8).take(200) {
        *b ^= 0x5a;
    }
    let mut stream_flipped = stream.clone();
    let len = stream_flipped.len();
    for b in stream_flipped.iter_mut().skip(len / 2).take(64) {
        *b ^= 0xff;
    }
    let bodies: Vec<(Vec<u8>, Format)> = vec![
        (b"hello, world".to_vec(), Format::Parquet),
        (Vec::new(), Format::Parquet),
        (b"PAR1garbagegarbagePAR1".to_vec(), Format::Parquet),
        (parquet[..parquet.len() / 2].to_vec(), Format::Parquet),
        (flipped, Format::Parquet),
        (b"hello, world".to_vec(), Format::ArrowStream),
        (vec![0xff; 64], Format::ArrowStream),
        (stream[..stream.len() - 40].to_vec(), Format::ArrowStream),
        (stream_flipped, Format::ArrowStream),
        (parquet.clone(), Format::ArrowStream),
    ];
    for (i, (body, format)) in bodies.iter().enumerate() {
        match stage(body, *format, &columns(), &dest) {
            Err(LoadError::Format(_)) => {}
            // A flipped byte may land in the values rather than the structure.
            Err(LoadError::Column { .. }) | Ok(_) if i == 4 || i == 8 => {}
            other => panic!("body {i}: {other:?}"),
        }
        let _ = fs::remove_file(&dest);
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert!(leftovers.is_empty(), "body {i} left {leftovers:?}");
    }
}
