//! The commands on datasources: creating one from kywy's definition (any principal who
//! may work in the workspace; the creator owns it), adding indicators, sharing, deleting
//! the rows filters match, and archiving with its rows (those who may change it, see
//! [`crate::authz::kawa`]).

use std::collections::HashSet;

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::super::datasources::rewrite::Rewrite;
use super::super::datasources::{self as views, datasource, is_auto, is_key};
use super::super::error::KawaError;
use super::super::parts;
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller, InWorkspace, Sharing};
use crate::state::AppState;
use crate::store::entities::kw_datasource;
use crate::store::kawa::{datasources as store, scoped, to_text_list};

/// The loading adapter a datasource gets when its definition names none.
pub const DEFAULT_ADAPTER: &str = "CLICKHOUSE";

/// The workspace a data command acts in: one is needed.
pub async fn workspace(state: &AppState, caller: &Caller) -> Result<InWorkspace, KawaError> {
    authz::scope(state, caller).await?.ok_or_else(|| {
        KawaError::field(
            "x-kawa-workspace-id",
            "name the workspace (the caller has no current workspace)",
        )
    })
}

/// Checks indicators to add to a datasource that already holds `existing` ids: ids
/// unique, known types, at most one auto-increment (an integer). `field` prefixes the
/// 400's field name.
fn check_indicators(
    field: &str,
    indicators: &[api::Indicator],
    existing: &HashSet<String>,
) -> Result<(), KawaError> {
    let mut seen = existing.clone();
    let mut autos = 0;
    for (i, indicator) in indicators.iter().enumerate() {
        let at = |f: &str| format!("{field}[{i}].{f}");
        let id = indicator.indicator_id.trim();
        if id.is_empty() {
            return Err(KawaError::field(&at("indicatorId"), "must not be blank"));
        }
        if !seen.insert(id.to_string()) {
            return Err(KawaError::Conflict(format!(
                "The datasource already has an indicator {id}"
            )));
        }
        let Some(kind) = warehouse::Kind::parse(&indicator.type_) else {
            return Err(KawaError::field(
                &at("type"),
                format!("unknown indicator type {}", indicator.type_),
            ));
        };
        if is_auto(indicator) {
            autos += 1;
            if kind != warehouse::Kind::Integer {
                return Err(KawaError::field(
                    &at("storageConfig.automaticUniqueValue"),
                    "only an integer indicator can be numbered automatically",
                ));
            }
        }
    }
    if autos > 1 {
        return Err(KawaError::field(
            field,
            "at most one indicator can be numbered automatically",
        ));
    }
    Ok(())
}

/// `CreatePythonDataSource`'s rules on a new datasource's indicators (and the fixtures'):
/// ids not blank and not twice, known types, a primary key, at most one auto-increment
/// (an integer). `field` names the list in a refusal. Answers them key columns first, as
/// KAWA lists them.
pub fn new_indicators(
    field: &str,
    indicators: Vec<api::Indicator>,
) -> Result<Vec<api::Indicator>, KawaError> {
    // Duplicated ids inside one definition are a bad request, not a conflict.
    let mut ids = HashSet::new();
    for (i, indicator) in indicators.iter().enumerate() {
        if !ids.insert(indicator.indicator_id.trim()) {
            return Err(KawaError::field(
                &format!("{field}[{i}].indicatorId"),
                format!("{} appears twice", indicator.indicator_id),
            ));
        }
    }
    check_indicators(field, &indicators, &HashSet::new())?;
    if !indicators.iter().any(is_key) {
        return Err(KawaError::field(
            field,
            "name a primary key (kywy adds an automatic record_id when none is given)",
        ));
    }
    let (mut ordered, rest): (Vec<_>, Vec<_>) = indicators.into_iter().partition(is_key);
    ordered.extend(rest);
    Ok(ordered)
}

/// `CreatePythonDataSource`'s rule (and the fixtures'): a name the workspace has already
/// (also for a datasource the caller cannot see) is KAWA's 409.
pub async fn name_free<C: ConnectionTrait>(
    db: &C,
    scope: &InWorkspace,
    name: &str,
) -> Result<(), KawaError> {
    if scoped::by_name::<kw_datasource::Entity, _>(db, scope, name)
        .await?
        .is_some()
    {
        return Err(KawaError::Conflict(format!(
            "A datasource named {name} already exists in this workspace"
        )));
    }
    Ok(())
}

/// `CreatePythonDataSource`: 409 when the workspace has a datasource of that name
/// (also one the caller cannot see), 400 for indicators that do not fit.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreatePythonDataSourceParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let def = params.data_source;
    let indicators = new_indicators("dataSource.indicators", def.indicators)?;
    let name = def.display_information.display_name.trim().to_string();
    let txn = begin(state).await?;
    name_free(&txn, &scope, &name).await?;
    let new = store::NewDataSource {
        name,
        description: def.display_information.description.unwrap_or_default(),
        shared: def.shared.unwrap_or(false),
        loading_adapter: def
            .storage_configuration
            .map(|s| s.loading_adapter_name)
            .unwrap_or_else(|| DEFAULT_ADAPTER.into()),
        indicators: serde_json::to_string(&indicators).map_err(|_| KawaError::Internal)?,
        tags: to_text_list(&def.tags.unwrap_or_default()),
        created_at: state.now_ms(),
    };
    let created = store::create(&txn, &scope, caller.id(), new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::DataSource(datasource(&created)))
}

/// `AddIndicatorsToDataSource`: rows already loaded hold no value in the new columns.
pub async fn add_indicators(
    state: &AppState,
    caller: &Caller,
    params: api::AddIndicatorsToDataSourceParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let ds = authz::write_datasource(&txn, caller, &scope, &params.data_source_id).await?;
    let mut indicators = views::indicators(ds.model());
    let existing: HashSet<String> = indicators.iter().map(|i| i.indicator_id.clone()).collect();
    let field = "newIndicators";
    check_indicators(field, &params.new_indicators, &existing)?;
    for (i, indicator) in params.new_indicators.iter().enumerate() {
        if is_key(indicator) || is_auto(indicator) {
            return Err(KawaError::field(
                &format!("{field}[{i}].key"),
                "a primary key cannot be added to a datasource",
            ));
        }
    }
    indicators.extend(params.new_indicators);
    let stored = serde_json::to_string(&indicators).map_err(|_| KawaError::Internal)?;
    store::set_indicators(&txn, &ds, stored.clone()).await?;
    commit(state, txn, caller).await?;
    let mut changed = ds.model().clone();
    changed.indicators = stored;
    Ok(api::CommandResult::DataSource(datasource(&changed)))
}

/// An `advancedSharingConfiguration` as `kw_datasources.sharing` keeps it
/// (`UpdateDataSourceShareStatus`'s, and the fixtures').
pub fn stored_sharing(
    config: Option<api::AdvancedSharingConfiguration>,
) -> Result<Option<String>, KawaError> {
    let Some(c) = config else {
        return Ok(None);
    };
    let sharing = Sharing {
        shared_team_ids: c.shared_team_ids,
        team_ids_with_write_permission: c.team_ids_with_write_permission,
        general_access: c.general_access.as_str().to_string(),
    };
    serde_json::to_string(&sharing)
        .map(Some)
        .map_err(|_| KawaError::Internal)
}

/// `UpdateDataSourceShareStatus`.
pub async fn share(
    state: &AppState,
    caller: &Caller,
    params: api::UpdateDataSourceShareStatusParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let ds = authz::write_datasource(&txn, caller, &scope, &params.data_source_id).await?;
    let stored = stored_sharing(params.advanced_sharing_configuration)?;
    store::share(&txn, &ds, params.shared, stored.clone()).await?;
    commit(state, txn, caller).await?;
    let mut changed = ds.model().clone();
    changed.shared = params.shared;
    changed.sharing = stored;
    Ok(api::CommandResult::DataSource(datasource(&changed)))
}

/// `ArchiveDataSourceAndDeleteAssociatedData`: the datasource and its loads go, then its
/// Parquet parts.
pub async fn archive(
    state: &AppState,
    caller: &Caller,
    params: api::ArchiveDataSourceAndDeleteAssociatedDataParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let ds = authz::write_datasource(&txn, caller, &scope, &params.data_source_id).await?;
    store::delete(&txn, &ds).await?;
    commit(state, txn, caller).await?;
    parts::remove_all(state, ds.id()).await;
    Ok(api::CommandResult::EntityRemoval(api::EntityRemoval {
        kind: api::EntityRemovalKind::Datasources,
        id: ds.id().to_string(),
        deleted: true,
    }))
}

/// `DeleteData`'s filters refused by the warehouse, as a 400 naming them (a logged 500
/// for the engine's own failure).
fn bad_filters(err: warehouse::QueryError) -> KawaError {
    let field = "deleteDataFilters";
    match err {
        warehouse::QueryError::UnknownColumn(c) => {
            KawaError::field(field, format!("the datasource has no column named {c}"))
        }
        warehouse::QueryError::Unsupported(what) | warehouse::QueryError::Invalid(what) => {
            KawaError::field(field, what)
        }
        warehouse::QueryError::Engine(e) => {
            tracing::error!(error = %e, "kawa: reading rows to delete failed");
            KawaError::Internal
        }
    }
}

/// `DeleteData`: the rows every filter matches go, in one swap of the datasource's parts
/// (409 when a load committed while the rest was being rewritten; nothing changes then).
pub async fn delete_data(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteDataParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let ds = authz::write_datasource(&state.db, caller, &scope, &params.data_source_id).await?;
    if params.delete_data_filters.is_empty() {
        return Err(KawaError::field(
            "deleteDataFilters",
            "name at least one filter",
        ));
    }
    for (i, f) in params.delete_data_filters.iter().enumerate() {
        if f.clauses.as_ref().is_none_or(|c| c.is_empty()) {
            return Err(KawaError::field(
                &format!("deleteDataFilters[{i}].clauses"),
                "a filter of DeleteData needs a clause (without one it would match every row)",
            ));
        }
    }
    let filters: Vec<warehouse::Filter> = serde_json::to_value(&params.delete_data_filters)
        .and_then(serde_json::from_value)
        .map_err(|e| KawaError::field("deleteDataFilters", e))?;
    let kept = warehouse::read_json_unmatched(&parts::table(state, ds.model()), &filters)
        .await
        .map_err(bad_filters)?;
    let rewrite = Rewrite::stage(state, ds.model(), kept, true)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "kawa: the rows kept by DeleteData do not stage");
            KawaError::Internal
        })?;
    let swapped = async {
        let txn = begin(state).await?;
        if !rewrite.commit(&txn).await? {
            return Ok(false);
        }
        commit(state, txn, caller).await?;
        Ok::<_, KawaError>(true)
    }
    .await;
    match swapped {
        Ok(true) => {
            let changed = rewrite.applied(ds.model());
            rewrite.finish(state).await;
            Ok(api::CommandResult::DataSource(datasource(&changed)))
        }
        Ok(false) => {
            rewrite.discard(state).await;
            Err(KawaError::Conflict(format!(
                "Datasource {} was loaded while its rows were being deleted; try again",
                ds.model().name
            )))
        }
        Err(e) => {
            rewrite.discard(state).await;
            Err(e)
        }
    }
}
