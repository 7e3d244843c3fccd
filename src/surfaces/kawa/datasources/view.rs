//! How a stored datasource answers: the contract's `DataSource`, its health reports
//! (one per load) and the warehouse's view of its columns.

use generated::kawa::v1 as api;

use crate::authz::kawa::Sharing;
use crate::common::time::iso_ms;
use crate::store::entities::{kw_datasource, kw_load};
use crate::store::kawa::{loads, text_list};

/// The indicators `ds` stores (an unreadable value reads as none).
pub fn indicators(ds: &kw_datasource::Model) -> Vec<api::Indicator> {
    serde_json::from_str(&ds.indicators).unwrap_or_default()
}

/// Whether `indicator` is part of the primary key.
pub fn is_key(indicator: &api::Indicator) -> bool {
    indicator.key.is_some()
}

/// Whether the server numbers `indicator` (kywy's `record_id`).
pub fn is_auto(indicator: &api::Indicator) -> bool {
    indicator
        .storage_config
        .as_ref()
        .and_then(|c| c.automatic_unique_value)
        .unwrap_or(false)
}

/// The `advancedSharingConfiguration` `ds` keeps, if any.
pub fn sharing(ds: &kw_datasource::Model) -> Option<api::AdvancedSharingConfiguration> {
    Sharing::of(ds).map(|s| api::AdvancedSharingConfiguration {
        shared_team_ids: s.shared_team_ids,
        team_ids_with_write_permission: s.team_ids_with_write_permission,
        general_access: match s.general_access.as_str() {
            "READ" => api::GeneralAccess::Read,
            "EDIT" => api::GeneralAccess::Edit,
            _ => api::GeneralAccess::Restricted,
        },
    })
}

/// `ds` as the contract shows it.
pub fn datasource(ds: &kw_datasource::Model) -> api::DataSource {
    api::DataSource {
        id: ds.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: ds.name.clone(),
            description: Some(ds.description.clone()),
        },
        workspace_id: ds.workspace_id.to_string(),
        owner_id: ds.owner_id.to_string(),
        shared: ds.shared,
        advanced_sharing_configuration: sharing(ds),
        storage_configuration: api::StorageConfiguration {
            loading_adapter_name: ds.loading_adapter.clone(),
        },
        indicators: indicators(ds),
        tags: text_list(&ds.tags),
        created_at: iso_ms(ds.created_at),
    }
}

/// The columns of `ds` as the warehouse reads them (types were checked on the way in).
pub fn columns(ds: &kw_datasource::Model) -> Vec<warehouse::Column> {
    indicators(ds)
        .iter()
        .map(|i| warehouse::Column {
            id: i.indicator_id.clone(),
            name: i.display_information.display_name.clone(),
            kind: warehouse::Kind::parse(&i.type_).unwrap_or(warehouse::Kind::Any),
            primary_key: is_key(i),
            auto_increment: is_auto(i),
            in_default_layout: i.included_in_default_layout.unwrap_or(true),
        })
        .collect()
}

/// One load as a health report.
pub fn health_report(
    ds: &kw_datasource::Model,
    load: &kw_load::Model,
) -> api::DataSourceHealthReport {
    let status = match load.state.as_str() {
        loads::OPEN => api::SynchronizationStateStatus::Running,
        loads::SUCCESS => api::SynchronizationStateStatus::Success,
        _ => api::SynchronizationStateStatus::Failure,
    };
    let ended = load.ended_at.is_some();
    api::DataSourceHealthReport {
        data_source_id: ds.id.to_string(),
        synchronization_state: api::SynchronizationState {
            status,
            start_time: iso_ms(load.started_at),
            end_time: load.ended_at.map(iso_ms),
            log_answer: ended.then(|| api::LogAnswer {
                log: load.log.clone(),
            }),
        },
        number_of_rows: (load.state == loads::SUCCESS).then_some(load.rows),
    }
}
