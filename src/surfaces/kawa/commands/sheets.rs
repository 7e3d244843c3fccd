//! The commands on sheets: creating a sheet over a datasource of the workspace (with
//! its default grid layout, whose id kywy reads) and deleting one with its layouts.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use super::super::sheets::sheet;
use super::datasources::workspace;
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller};
use crate::state::AppState;
use crate::store::entities::kw_datasource;
use crate::store::kawa::sheets as store;

/// The links of a sheet over `ds` as `kw_sheets.links` keeps them: the one primary link,
/// its id derived from the datasource's (`CreateSimpleSheet`'s, and the fixtures').
pub fn stored_links(
    ds: &kw_datasource::Model,
    foreign_key_names: Vec<String>,
    default_value_for_attributes: Vec<api::AttributeDefaultValue>,
) -> Result<String, KawaError> {
    let links = vec![api::DataSourceLink {
        unique_id: format!("l_{}", ds.id),
        target_data_source_id: ds.id.to_string(),
        foreign_key_names,
        default_value_for_attributes,
    }];
    serde_json::to_string(&links).map_err(|_| KawaError::Internal)
}

/// `CreateSimpleSheet`: the datasource must be one the caller may see in the workspace.
/// A sheet joining several datasources is refused (400): the warehouse queries one.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    params: api::CreateSimpleSheetParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let link = match params.datasource_id.as_slice() {
        [] => {
            return Err(KawaError::field(
                "datasourceId",
                "a sheet needs one datasource",
            ))
        }
        [one] => one,
        _ => {
            return Err(KawaError::field(
                "datasourceId",
                "sheets joining several datasources are not supported here: link one",
            ))
        }
    };
    let txn = begin(state).await?;
    let ds = authz::read_datasource(&txn, caller, &scope, &link.target_data_source_id).await?;
    let links = stored_links(
        ds.model(),
        link.foreign_key_names.clone().unwrap_or_default(),
        link.default_value_for_attributes
            .clone()
            .unwrap_or_default(),
    )?;
    let info = params.display_information;
    let new = store::NewSheet {
        name: info.display_name.trim().to_string(),
        description: info.description.unwrap_or_default(),
        shared: params.shared.unwrap_or(false),
        links,
        created_at: state.now_ms(),
    };
    let layout = params.create_default_layout.unwrap_or(true);
    let created = store::create(&txn, &scope, caller.id(), new, layout).await?;
    let layouts: Vec<i32> = store::layouts_of(&txn, &[created.id])
        .await?
        .iter()
        .map(|l| l.id)
        .collect();
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Sheet(sheet(
        &created,
        &layouts,
        Some(ds.model()),
    )))
}

/// `DeleteSheet`.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    params: api::DeleteSheetParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = workspace(state, caller).await?;
    let txn = begin(state).await?;
    let found = authz::write_sheet(&txn, caller, &scope, &params.sheet_id).await?;
    store::delete(&txn, &found).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::EntityRemoval(api::EntityRemoval {
        kind: api::EntityRemovalKind::Sheets,
        id: found.id().to_string(),
        deleted: true,
    }))
}
