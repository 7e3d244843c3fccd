//! Staging one uploaded body as a Parquet part: decode (Parquet or Arrow IPC stream), keep
//! the indicator columns, cast each to its canonical type, write zstd Parquet.

use std::fs::{self, File};
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use arrow_ipc::reader::StreamReader;
use datafusion::arrow::array::{ArrayRef, AsArray, RecordBatch};
use datafusion::arrow::compute::max;
use datafusion::arrow::datatypes::{Int64Type, SchemaRef};
use datafusion::arrow::error::ArrowError;
use datafusion::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use datafusion::parquet::arrow::{ArrowWriter, ProjectionMask};
use datafusion::parquet::basic::{Compression, ZstdLevel};
use datafusion::parquet::file::properties::WriterProperties;

use crate::columns::{schema_of, Column};
use crate::conform::{conform, missing};
use crate::error::LoadError;

/// Rows per decoded batch (Parquet) and per row group of a written part: a million-row
/// part gets several row groups, so a query can scan it on every core.
pub(crate) const BATCH_ROWS: usize = 8192;
const ROW_GROUP_ROWS: usize = 128 * 1024;

/// The encoding of an uploaded body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A Parquet file (pandas writes gzip; any codec the reader knows is accepted).
    Parquet,
    /// An Arrow IPC stream (kywy's Arrow loader; zstd/lz4 buffer compression accepted).
    ArrowStream,
}

/// What [`stage`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staged {
    /// Rows written (0: no file was written).
    pub rows: u64,
    /// The largest value of the auto-increment column in this body, if any.
    pub max_auto_increment: Option<i64>,
}

/// Decodes one uploaded body, keeps the indicator columns (extra columns dropped, missing
/// ones null, or KAWA's empty value for text and temporal columns), casts each to its
/// canonical type, and writes it as one zstd Parquet file at `dest` (written to a temporary
/// name beside it, then renamed; no file at all when the body holds no rows). Streams batch
/// by batch, so memory stays bounded by a batch (plus the body itself).
///
/// Synchronous and CPU-bound: call it from `spawn_blocking`. A decoder panic on a corrupt
/// body is caught and answered as [`LoadError::Format`].
pub fn stage(
    body: &[u8],
    format: Format,
    columns: &[Column],
    dest: &Path,
) -> Result<Staged, LoadError> {
    write_atomically(dest, |temp| write_part(body, format, columns, temp))
}

/// Runs `write` on a temporary file beside `dest`, then renames it to `dest` when rows
/// were written; removes it otherwise (no rows, an error). A panic in `write` (a decoder
/// giving up on a corrupt body) is answered as [`LoadError::Format`].
pub(crate) fn write_atomically(
    dest: &Path,
    write: impl FnOnce(&Path) -> Result<Staged, LoadError>,
) -> Result<Staged, LoadError> {
    let temp = temporary_beside(dest);
    let outcome = catch_unwind(AssertUnwindSafe(|| write(&temp))).unwrap_or_else(|_| {
        Err(LoadError::Format(
            "corrupt body: the decoder gave up".into(),
        ))
    });
    match outcome {
        Ok(staged) if staged.rows > 0 => {
            fs::rename(&temp, dest).inspect_err(|_| {
                let _ = fs::remove_file(&temp);
            })?;
            Ok(staged)
        }
        Ok(staged) => Ok(staged),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}

fn temporary_beside(dest: &Path) -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    dest.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

type Batches<'a> = Box<dyn Iterator<Item = Result<RecordBatch, ArrowError>> + 'a>;

fn format_error(e: impl std::fmt::Display) -> LoadError {
    LoadError::Format(e.to_string())
}

/// The body's batches, decoding only the fields named like an indicator id.
fn decode<'a>(
    body: &'a [u8],
    format: Format,
    columns: &[Column],
) -> Result<Batches<'a>, LoadError> {
    let wanted = |name: &str| columns.iter().any(|c| c.id == name);
    match format {
        Format::Parquet => {
            let builder =
                ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::copy_from_slice(body))
                    .map_err(|e| format_error(format!("not a Parquet file: {e}")))?;
            let roots: Vec<usize> = builder
                .schema()
                .fields()
                .iter()
                .enumerate()
                .filter(|(_, f)| wanted(f.name()))
                .map(|(i, _)| i)
                .collect();
            let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
            let reader = builder
                .with_projection(mask)
                .with_batch_size(BATCH_ROWS)
                .build()
                .map_err(format_error)?;
            Ok(Box::new(reader))
        }
        Format::ArrowStream => {
            let probe = StreamReader::try_new(Cursor::new(body), None)
                .map_err(|e| format_error(format!("not an Arrow IPC stream: {e}")))?;
            let projection: Vec<usize> = probe
                .schema()
                .fields()
                .iter()
                .enumerate()
                .filter(|(_, f)| wanted(f.name()))
                .map(|(i, _)| i)
                .collect();
            let reader =
                StreamReader::try_new(Cursor::new(body), Some(projection)).map_err(format_error)?;
            Ok(Box::new(reader))
        }
    }
}

/// `batch`'s columns in indicator order, each cast to its canonical type.
fn conform_batch(
    batch: &RecordBatch,
    columns: &[Column],
    schema: &SchemaRef,
) -> Result<RecordBatch, LoadError> {
    let arrays = columns
        .iter()
        .map(|c| match batch.column_by_name(&c.id) {
            Some(array) => conform(array, c.kind).map_err(|message| LoadError::Column {
                column: c.id.clone(),
                message,
            }),
            None => Ok(missing(c.kind, batch.num_rows())),
        })
        .collect::<Result<Vec<ArrayRef>, _>>()?;
    RecordBatch::try_new(schema.clone(), arrays).map_err(|e| LoadError::Io(e.to_string()))
}

fn write_part(
    body: &[u8],
    format: Format,
    columns: &[Column],
    temp: &Path,
) -> Result<Staged, LoadError> {
    let batches = decode(body, format, columns)?
        .map(|batch| batch.map_err(|e| format_error(format!("corrupt body: {e}"))));
    write_batches(batches, columns, temp)
}

/// Writes `batches`, each conformed to `columns`, as one zstd Parquet file at `temp`
/// (none when they hold no rows).
pub(crate) fn write_batches(
    batches: impl Iterator<Item = Result<RecordBatch, LoadError>>,
    columns: &[Column],
    temp: &Path,
) -> Result<Staged, LoadError> {
    let schema = schema_of(columns);
    let auto_increment = columns
        .iter()
        .position(|c| c.auto_increment && c.kind.is_number());
    let properties = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .build();
    let mut writer: Option<ArrowWriter<File>> = None;
    let mut staged = Staged {
        rows: 0,
        max_auto_increment: None,
    };
    for batch in batches {
        let batch = batch?;
        if batch.num_rows() == 0 {
            continue;
        }
        let batch = conform_batch(&batch, columns, &schema)?;
        if let Some(i) = auto_increment {
            let ids = batch.column(i).as_primitive::<Int64Type>();
            staged.max_auto_increment = staged.max_auto_increment.max(max(ids));
        }
        staged.rows += batch.num_rows() as u64;
        let writer = match &mut writer {
            Some(w) => w,
            None => {
                let file = File::create(temp)?;
                let w = ArrowWriter::try_new(file, schema.clone(), Some(properties.clone()))
                    .map_err(|e| LoadError::Io(e.to_string()))?;
                writer.insert(w)
            }
        };
        writer
            .write(&batch)
            .map_err(|e| LoadError::Io(e.to_string()))?;
    }
    if let Some(writer) = writer {
        writer.close().map_err(|e| LoadError::Io(e.to_string()))?;
    }
    Ok(staged)
}
