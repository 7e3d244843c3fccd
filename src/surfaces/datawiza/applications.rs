//! Listing applications: paging, the name filter and the view of a stored row.

use generated::datawiza::v1 as api;
use generated::support::WireEnum;

use super::error::DatawizaError;
use super::text::reject_supplementary;
use crate::authz::datawiza::Admin;
use crate::common::paging::PageRequest;
use crate::http::limits::DATAWIZA_MAX_PAGE_SIZE;
use crate::state::AppState;
use crate::store;
use crate::store::entities::dw_application;

/// What a list asks for, from the JSON body or the query string.
#[derive(Debug, Clone)]
pub struct ListQuery {
    /// Zero-based.
    pub page: i64,
    pub size: i64,
    /// Part of the name, any case.
    pub name: Option<String>,
}

/// One page of applications, in Datawiza's envelope with its paging fields.
pub async fn list(
    state: &AppState,
    admin: &Admin,
    query: ListQuery,
) -> Result<api::ApplicationPage, DatawizaError> {
    let ListQuery { page, size, name } = query;
    if page < 0 {
        return Err(DatawizaError::Validation(
            "page must be 0 or more (pages count from 0)".into(),
        ));
    }
    if size < 1 || size as u64 > DATAWIZA_MAX_PAGE_SIZE {
        return Err(DatawizaError::Validation(format!(
            "size must be between 1 and {DATAWIZA_MAX_PAGE_SIZE}"
        )));
    }
    if let Some(name) = &name {
        reject_supplementary("name", name)?;
    }
    let request = PageRequest {
        page: page as u64,
        size: size as u64,
    };
    let (rows, total) = store::datawiza::list_applications(
        &state.db,
        admin,
        name.as_deref(),
        request.offset(),
        request.size,
    )
    .await?;
    Ok(api::ApplicationPage {
        err_code: 0,
        err_msg: "OK".into(),
        data: rows.into_iter().map(view).collect(),
        page_size: request.size as i64,
        page_num: request.page as i64 + 1,
        total_page: request.total_pages(total) as i64,
        total_elements: total as i64,
    })
}

/// The API view of a stored application.
pub fn view(row: dw_application::Model) -> api::Application {
    api::Application {
        id: row.id,
        creation_date: row.creation_date,
        last_update_date: row.last_update_date,
        deployment_id: row.deployment_id,
        name: row.name,
        platform: api::Platform::from_wire(&row.platform).unwrap_or(api::Platform::Web),
        public_domain: row.public_domain,
        listen_port: row.listen_port,
        upstreams: serde_json::from_str(&row.upstreams).unwrap_or_default(),
        upstream_switch: api::UpstreamSwitch::from_wire(&row.upstream_switch)
            .unwrap_or(api::UpstreamSwitch::Dummy),
        special_app: serde_json::from_str(&row.special_app).unwrap_or_default(),
        profile_select: row.profile_select,
        enabled: row.enabled,
    }
}
