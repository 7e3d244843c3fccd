//! One transformation of a run: its source read in batches (a database table or query,
//! or a file of a server-storage connection), each row passed through the
//! transformation's mappings, and written to its destination (a database table, created
//! when missing, or a file), with the console, the running task and the metrics kept as
//! it goes. The transformation's `action` property says how the destination takes the
//! rows: `insert` (the default) appends, `replace` empties it first, `merge` replaces
//! the rows sharing the `lookupFields`.

use generated::etlworks::v1 as api;

use super::console;
use super::endpoints::{self, Destination, Source};
use super::execute::{Failure, Run};
use super::mapping::Mapper;
use super::rows::{self, Batch};
use super::variables::substitute;

/// Rows read and written at a time.
const BATCH: u64 = 1000;

/// Runs transformation `t` with its `mappings`.
pub async fn run(
    run: &mut Run<'_>,
    t: &api::FlowTransformation,
    mappings: &[&api::FlowMapping],
) -> Result<(), Failure> {
    let started = run.state.now_ms();
    let props = t.properties.clone().unwrap_or_default();
    let text = |key: &str| props.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let action = text("action")
        .unwrap_or_else(|| "insert".into())
        .to_ascii_lowercase();
    if !["insert", "replace", "merge"].contains(&action.as_str()) {
        return Err(Failure::Error(format!(
            "action '{action}' is not one of insert, replace, merge"
        )));
    }
    let lookup: Vec<String> = text("lookupFields")
        .map(|k| {
            k.split(',')
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if action == "merge" && lookup.is_empty() {
        return Err(Failure::Error("action merge needs lookupFields".into()));
    }
    let source_object = substitute(t.source_object.as_deref().unwrap_or(""), &run.variables);
    let destination_object = substitute(
        t.destination_object.as_deref().unwrap_or(""),
        &run.variables,
    );
    let source = endpoints::source(run, t.source_connection_id, &source_object).await?;
    let destination =
        endpoints::destination(run, t.destination_connection_id, &destination_object).await?;
    run.log(
        console::INFO,
        &format!(
            "{}: {} -> {} ({action})",
            t.name,
            source.describe(),
            destination.describe()
        ),
    )
    .await?;
    let mapper = Mapper::new(mappings).map_err(Failure::Error)?;
    let mut metric = api::FlowMetric {
        transformation: t.name.clone(),
        records_extracted: 0,
        records_loaded: 0,
        records_rejected: 0,
        duration_ms: 0,
    };
    run.task = Some(api::RunningTask {
        request_id: format!("{}-{}", run.execution.id, t.index),
        owner: run.execution.owner.clone(),
        name: t.name.clone(),
        started,
        duration: 0,
        code: looks_like_code(&source_object),
        type_: api::RunningTaskType::Stream,
        tenant: run.tenant.clone(),
        language: None,
        latency: None,
        max_latency: None,
        min_latency: None,
        avg_latency: None,
        records_processed: 0,
    });
    run.metrics.push(metric.clone());
    let mut first_write = true;
    let mut file_rows = Batch::default();
    let mut offset = 0u64;
    loop {
        run.checkpoint().await?;
        let batch =
            match &source {
                Source::Database { db, sql, .. } => rows::read_database(db, sql, offset, BATCH)
                    .await
                    .map_err(|e| Failure::Error(format!("reading {}: {e}", source.describe())))?,
                Source::File { batch, .. } => slice(batch, offset, BATCH),
            };
        if batch.rows.is_empty() {
            break;
        }
        let before = offset;
        offset += batch.rows.len() as u64;
        metric.records_extracted += batch.rows.len() as i64;
        let mapped = mapper.apply(&batch).map_err(Failure::Error)?;
        match &destination {
            Destination::Database { db, table } => {
                if first_write {
                    if !rows::table_exists(db, table)
                        .await
                        .map_err(Failure::Error)?
                    {
                        rows::create_table(db, table, &mapped)
                            .await
                            .map_err(|e| Failure::Error(format!("creating table {table}: {e}")))?;
                        run.log(console::INFO, &format!("{}: created table {table}", t.name))
                            .await?;
                    } else if action == "replace" {
                        rows::truncate(db, table).await.map_err(Failure::Error)?;
                    }
                    first_write = false;
                }
                let keys = if action == "merge" {
                    lookup.as_slice()
                } else {
                    &[]
                };
                let (rejected, reason) = rows::write_database(db, table, &mapped, keys)
                    .await
                    .map_err(|e| Failure::Error(format!("writing {table}: {e}")))?;
                if let Some(reason) = reason {
                    run.log(
                        console::WARN,
                        &format!("{}: {rejected} records rejected: {reason}", t.name),
                    )
                    .await?;
                }
                metric.records_rejected += rejected as i64;
                metric.records_loaded += mapped.rows.len() as i64 - rejected as i64;
            }
            Destination::File { .. } => {
                if file_rows.columns.is_empty() {
                    file_rows.columns = mapped.columns.clone();
                }
                metric.records_loaded += mapped.rows.len() as i64;
                file_rows.rows.extend(mapped.rows);
            }
        }
        run.records += batch.rows.len() as i64;
        if run
            .log_step
            .is_some_and(|step| offset / step > before / step)
        {
            let text = format!("{}: {offset} records processed", t.name);
            run.log(console::INFO, &text).await?;
        }
        if let Some(task) = run.task.as_mut() {
            task.records_processed = metric.records_extracted;
            task.duration = run.state.now_ms() - started;
        }
        metric.duration_ms = run.state.now_ms() - started;
        if let Some(last) = run.metrics.last_mut() {
            *last = metric.clone();
        }
    }
    if let Destination::File { path, .. } = &destination {
        let (path, rows) = (path.clone(), file_rows);
        tokio::task::spawn_blocking(move || rows::write_file(&path, &rows))
            .await
            .map_err(|e| Failure::Error(e.to_string()))?
            .map_err(Failure::Error)?;
    }
    metric.duration_ms = run.state.now_ms() - started;
    if let Some(last) = run.metrics.last_mut() {
        *last = metric.clone();
    }
    run.log(
        console::INFO,
        &format!(
            "{}: {} extracted, {} loaded, {} rejected",
            t.name, metric.records_extracted, metric.records_loaded, metric.records_rejected
        ),
    )
    .await?;
    Ok(())
}

fn slice(batch: &Batch, offset: u64, limit: u64) -> Batch {
    let start = (offset as usize).min(batch.rows.len());
    let end = (start + limit as usize).min(batch.rows.len());
    Batch {
        columns: batch.columns.clone(),
        rows: batch.rows[start..end].to_vec(),
    }
}

fn looks_like_code(object: &str) -> Option<String> {
    let head = object.trim_start().to_ascii_lowercase();
    (head.starts_with("select") || head.starts_with("with")).then(|| object.to_string())
}
