//! Loading rows into a datasource, as kywy's `KawaDataLoader` drives it: `prepare` opens
//! a load (one per datasource at a time) and gives the auto-increment offset, each
//! `upload` stages one Parquet part (decoded and typed by the warehouse), `finalize`
//! commits the staged parts in one database step (replacing or appending), and
//! `stop-with-failure` discards them. Until the commit no query sees a staged row; a
//! failed load leaves the datasource as it was.

use generated::kawa::v1 as api;

use super::commands::{begin, commit};
use super::error::KawaError;
use super::parts;
use crate::authz::kawa::{self as authz, Caller, WriteDataSource};
use crate::state::AppState;
use crate::store::entities::{kw_datasource, kw_load};
use crate::store::kawa::{datasources, loads, text_list, to_text_list};

/// An open load older than this no longer blocks a new one: its client is gone.
const STALE_MS: i64 = 60 * 60 * 1000;

/// The query every ingestion call carries (kywy's, see the contract).
pub struct Load {
    pub datasource: String,
    pub session: String,
    /// `ArrowStream` when the format says so; Parquet otherwise.
    pub arrow: bool,
    pub reset: bool,
    pub client: String,
    /// The rows the client says it sends in the whole load.
    pub rows: Option<i64>,
}

/// kywy's booleans are Python's (`True`); lower case is accepted too.
pub fn truthy(value: Option<&str>) -> bool {
    value.is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

/// The datasource the load fills, which the caller must be allowed to change.
async fn target(
    state: &AppState,
    caller: &Caller,
    load: &Load,
) -> Result<WriteDataSource, KawaError> {
    let scope = super::commands::datasources::workspace(state, caller).await?;
    authz::write_datasource(&state.db, caller, &scope, &load.datasource).await
}

/// The load `session` of `ds`, which must have been prepared (409 otherwise).
async fn session(
    state: &AppState,
    ds: &WriteDataSource,
    load: &Load,
) -> Result<kw_load::Model, KawaError> {
    loads::by_session(&state.db, ds.id(), &load.session)
        .await?
        .ok_or_else(|| {
            KawaError::Conflict(format!(
                "No load {} of datasource {}: prepare it first",
                load.session,
                ds.id()
            ))
        })
}

/// `POST /ingestion/prepare`.
pub async fn prepare(
    state: &AppState,
    caller: &Caller,
    load: Load,
) -> Result<api::IngestionPreparation, KawaError> {
    let ds = target(state, caller, &load).await?;
    let answer = |can: bool, reason: Option<String>, offset: i64| api::IngestionPreparation {
        can_run_loading: can,
        raison_it_cannot_start: reason,
        use_clickhouse_native_temporal_format: true,
        offset_to_apply_to_auto_increment_index: offset,
        session: load.session.clone(),
        data_source_id: ds.id().to_string(),
    };
    let offset = |reset: bool| if reset { 0 } else { ds.model().auto_increment };
    if let Some(existing) = loads::by_session(&state.db, ds.id(), &load.session).await? {
        if existing.state == loads::OPEN {
            return Ok(answer(true, None, offset(existing.reset)));
        }
        return Err(KawaError::Conflict(format!(
            "Load {} has ended ({})",
            load.session, existing.state
        )));
    }
    let now = state.now_ms();
    for open in loads::open_of(&state.db, ds.id()).await? {
        if now - open.started_at < STALE_MS {
            let reason = format!(
                "Another load ({}) of this datasource is in progress",
                open.session
            );
            return Ok(answer(false, Some(reason), 0));
        }
        abandon(
            state,
            ds.id(),
            &open,
            "Abandoned: no finalize within an hour",
        )
        .await?;
    }
    let txn = begin(state).await?;
    let new = loads::NewLoad {
        datasource_id: ds.id(),
        session: load.session.clone(),
        reset: load.reset,
        client: load.client.clone(),
        started_at: now,
    };
    loads::open(&txn, new).await?;
    commit(state, txn, caller).await?;
    Ok(answer(true, None, offset(load.reset)))
}

/// Ends `open` as failed and removes what it staged.
async fn abandon(
    state: &AppState,
    ds: i32,
    open: &kw_load::Model,
    why: &str,
) -> Result<bool, KawaError> {
    let ending = loads::Ending {
        state: loads::FAILURE,
        rows: 0,
        log: why.to_string(),
        ended_at: state.now_ms(),
    };
    if !loads::end(&state.db, open.id, ending).await? {
        return Ok(false);
    }
    let staged = loads::parts(&state.db, open.id).await?;
    loads::drop_parts(&state.db, open.id).await?;
    let names: Vec<String> = staged.into_iter().map(|p| p.name).collect();
    parts::remove(state, ds, &names).await;
    Ok(true)
}

/// Which decoder reads `body`: its magic bytes decide, the declared format otherwise
/// (kywy labels Parquet `application/json`, so labels are not trusted).
fn format_of(body: &[u8], arrow: bool) -> warehouse::Format {
    if body.starts_with(b"PAR1") {
        warehouse::Format::Parquet
    } else if body.starts_with(&[0xFF, 0xFF, 0xFF, 0xFF]) || arrow {
        warehouse::Format::ArrowStream
    } else {
        warehouse::Format::Parquet
    }
}

/// `POST /ingestion/upload`: stages `body` as one part of the open load.
pub async fn upload(
    state: &AppState,
    caller: &Caller,
    load: Load,
    body: Vec<u8>,
) -> Result<api::IngestionUpload, KawaError> {
    let ds = target(state, caller, &load).await?;
    let open = session(state, &ds, &load).await?;
    if open.state != loads::OPEN {
        return Err(KawaError::Conflict(format!(
            "Load {} has ended ({})",
            load.session, open.state
        )));
    }
    let name = parts::new_name(state);
    let dest = parts::path(state, ds.id(), &name);
    let columns = super::datasources::columns(ds.model());
    let format = format_of(&body, load.arrow);
    let staged = tokio::task::spawn_blocking(move || {
        if let Some(folder) = dest.parent() {
            std::fs::create_dir_all(folder).map_err(|e| warehouse::LoadError::Io(e.to_string()))?;
        }
        warehouse::stage(&body, format, &columns, &dest)
    })
    .await
    .map_err(|_| KawaError::Internal)?
    .map_err(refused_load)?;
    if staged.rows > 0 {
        let rows = i64::try_from(staged.rows).unwrap_or(i64::MAX);
        let max_auto = staged.max_auto_increment.unwrap_or(0);
        loads::add_part(&state.db, open.id, &name, rows, max_auto).await?;
        // A finalize that ran meanwhile did not see this part: take it back.
        let now = loads::by_session(&state.db, ds.id(), &load.session).await?;
        if now.is_none_or(|l| l.state != loads::OPEN) {
            loads::drop_part(&state.db, open.id, &name).await?;
            parts::remove(state, ds.id(), &[name]).await;
            return Err(KawaError::Conflict(format!(
                "Load {} ended during the upload",
                load.session
            )));
        }
    }
    let in_session: i64 = loads::parts(&state.db, open.id)
        .await?
        .iter()
        .map(|p| p.rows)
        .sum();
    Ok(api::IngestionUpload {
        session: load.session,
        data_source_id: ds.id().to_string(),
        rows_received: i64::try_from(staged.rows).unwrap_or(i64::MAX),
        rows_in_session: in_session,
    })
}

/// A body the warehouse could not take, as KAWA's 400.
fn refused_load(err: warehouse::LoadError) -> KawaError {
    match err {
        // `Row` is the JSON rows' refusal (fixtures); an upload's names its column alone.
        warehouse::LoadError::Column { column, message }
        | warehouse::LoadError::Row {
            column, message, ..
        } => KawaError::field(&column, message),
        warehouse::LoadError::Format(message) => KawaError::BadRequest(format!(
            "The body is neither a Parquet file nor an Arrow IPC stream: {message}"
        )),
        warehouse::LoadError::Io(message) => {
            tracing::error!(error = %message, "kawa: a part could not be written");
            KawaError::Internal
        }
    }
}

/// What an ended load answers.
fn outcome(ds: &kw_datasource::Model, load: &kw_load::Model, loaded: i64) -> api::IngestionOutcome {
    let success = load.state == loads::SUCCESS;
    api::IngestionOutcome {
        session: load.session.clone(),
        data_source_id: ds.id.to_string(),
        status: if success {
            api::IngestionOutcomeStatus::Success
        } else {
            api::IngestionOutcomeStatus::Failure
        },
        rows_loaded: if success { loaded } else { 0 },
        number_of_rows: ds.row_count,
        log: load.log.clone(),
    }
}

/// The answer for a load that has ended, read afresh.
async fn ended(state: &AppState, ds: i32, load: &Load) -> Result<api::IngestionOutcome, KawaError> {
    let row = datasources::by_id(&state.db, ds)
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No datasource with id {ds}")))?;
    let done = loads::by_session(&state.db, ds, &load.session)
        .await?
        .ok_or(KawaError::Internal)?;
    let loaded = loads::parts(&state.db, done.id)
        .await?
        .iter()
        .map(|p| p.rows)
        .sum();
    Ok(outcome(&row, &done, loaded))
}

/// `POST /ingestion/finalize`: commits the load when it received what the client sent.
pub async fn finalize(
    state: &AppState,
    caller: &Caller,
    load: Load,
) -> Result<api::IngestionOutcome, KawaError> {
    let ds = target(state, caller, &load).await?;
    let open = session(state, &ds, &load).await?;
    if open.state != loads::OPEN {
        return ended(state, ds.id(), &load).await;
    }
    let staged = loads::parts(&state.db, open.id).await?;
    let received: i64 = staged.iter().map(|p| p.rows).sum();
    if let Some(expected) = load.rows.filter(|n| *n != received) {
        let why = format!("Failed: {expected} rows were announced, {received} arrived");
        abandon(state, ds.id(), &open, &why).await?;
        return ended(state, ds.id(), &load).await;
    }
    let mut names: Vec<String> = staged.iter().map(|p| p.name.clone()).collect();
    let high = staged.iter().map(|p| p.max_auto).max().unwrap_or(0);
    let txn = begin(state).await?;
    let current = datasources::by_id(&txn, ds.id())
        .await?
        .ok_or_else(|| KawaError::Missing(format!("No datasource with id {}", ds.id())))?;
    let before = text_list(&current.parts);
    let committed = if open.reset {
        datasources::Committed {
            parts: to_text_list(&names),
            row_count: received,
            auto_increment: high,
        }
    } else {
        let mut all = before.clone();
        all.append(&mut names);
        datasources::Committed {
            parts: to_text_list(&all),
            row_count: current.row_count + received,
            auto_increment: current.auto_increment.max(high),
        }
    };
    let total = committed.row_count;
    if !datasources::commit(&txn, ds.id(), &current.parts, committed).await? {
        return Err(KawaError::Conflict(
            "Another load of this datasource committed meanwhile; retry".into(),
        ));
    }
    let how = if open.reset { "replacing" } else { "appending" };
    let ending = loads::Ending {
        state: loads::SUCCESS,
        rows: total,
        log: format!("Loaded {received} rows ({how}) from {}", open.client),
        ended_at: state.now_ms(),
    };
    if !loads::end(&txn, open.id, ending).await? {
        // Another call ended it first; this transaction changes nothing.
        drop(txn);
        return ended(state, ds.id(), &load).await;
    }
    commit(state, txn, caller).await?;
    if open.reset {
        parts::remove(state, ds.id(), &before).await;
    }
    ended(state, ds.id(), &load).await
}

/// `POST /ingestion/stop-with-failure`: discards the load.
pub async fn fail(
    state: &AppState,
    caller: &Caller,
    load: Load,
) -> Result<api::IngestionOutcome, KawaError> {
    let ds = target(state, caller, &load).await?;
    let open = session(state, &ds, &load).await?;
    if open.state == loads::SUCCESS {
        return Err(KawaError::Conflict(format!(
            "Load {} was committed already",
            load.session
        )));
    }
    if open.state == loads::OPEN {
        abandon(state, ds.id(), &open, "Stopped by the client").await?;
    }
    ended(state, ds.id(), &load).await
}
