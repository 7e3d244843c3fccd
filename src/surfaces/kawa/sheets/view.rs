//! How a stored sheet and its layouts answer. A sheet's indicator columns are its
//! datasource's indicators, read when it is shown (a later `AddIndicatorsToDataSource`
//! shows at once); a sheet whose datasource was archived shows none.

use std::collections::HashMap;

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::super::datasources::indicators;
use super::super::error::KawaError;
use crate::common::time::iso_ms;
use crate::store::entities::{kw_datasource, kw_layout, kw_sheet};
use crate::store::kawa::{sheets as store, text_list};

fn display(name: &str, description: &str) -> api::DisplayInformation {
    api::DisplayInformation {
        display_name: name.to_string(),
        description: Some(description.to_string()),
    }
}

/// The datasource links `sheet` stores.
pub fn links(sheet: &kw_sheet::Model) -> Vec<api::DataSourceLink> {
    serde_json::from_str(&sheet.links).unwrap_or_default()
}

/// The id of the datasource `sheet` reads (its primary link).
pub fn primary(sheet: &kw_sheet::Model) -> Option<i32> {
    links(sheet)
        .first()
        .and_then(|l| crate::authz::kawa::parse_id(&l.target_data_source_id))
}

/// The columns of `ds` as a sheet shows them.
pub fn columns(ds: Option<&kw_datasource::Model>) -> Vec<api::SheetColumn> {
    let Some(ds) = ds else {
        return Vec::new();
    };
    indicators(ds)
        .into_iter()
        .map(|i| api::SheetColumn {
            column_id: i.indicator_id.clone(),
            column_type: api::ColumnType::Indicator,
            display_information: i.display_information,
            type_: i.type_,
            data_source_id: Some(ds.id.to_string()),
            indicator_id: Some(i.indicator_id),
        })
        .collect()
}

/// `sheet` as the contract shows it, with its layouts and its datasource's columns.
pub fn sheet(
    sheet: &kw_sheet::Model,
    layouts: &[i32],
    ds: Option<&kw_datasource::Model>,
) -> api::Sheet {
    api::Sheet {
        id: sheet.id.to_string(),
        display_information: display(&sheet.name, &sheet.description),
        workspace_id: sheet.workspace_id.to_string(),
        owner_id: sheet.owner_id.to_string(),
        shared: sheet.shared,
        layout_ids: layouts.iter().map(i32::to_string).collect(),
        data_source_links: links(sheet),
        indicator_columns: columns(ds),
        // Formula columns are made in KAWA's GUI; no command of the contract adds one.
        computed_columns: Vec::new(),
        tags: text_list(&sheet.tags),
        created_at: iso_ms(sheet.created_at),
    }
}

/// `sheets` as the contract shows them, reading their layouts and datasources.
pub async fn sheets<C: ConnectionTrait>(
    db: &C,
    all: &[kw_sheet::Model],
) -> Result<Vec<api::Sheet>, KawaError> {
    let ids: Vec<i32> = all.iter().map(|s| s.id).collect();
    let mut layouts: HashMap<i32, Vec<i32>> = HashMap::new();
    for layout in store::layouts_of(db, &ids).await? {
        layouts.entry(layout.sheet_id).or_default().push(layout.id);
    }
    let mut sources: HashMap<i32, Option<kw_datasource::Model>> = HashMap::new();
    let mut out = Vec::with_capacity(all.len());
    for s in all {
        let ds = match primary(s) {
            Some(id) => {
                if let std::collections::hash_map::Entry::Vacant(slot) = sources.entry(id) {
                    slot.insert(crate::store::kawa::datasources::by_id(db, id).await?);
                }
                sources.get(&id).and_then(Option::as_ref)
            }
            None => None,
        };
        let mine = layouts.get(&s.id).map(Vec::as_slice).unwrap_or(&[]);
        out.push(sheet(s, mine, ds));
    }
    Ok(out)
}

/// `layout` as the contract shows it.
pub fn layout(layout: &kw_layout::Model) -> api::Layout {
    let definition: Option<LayoutDefinition> = layout
        .definition
        .as_deref()
        .and_then(|d| serde_json::from_str(d).ok());
    api::Layout {
        id: layout.id.to_string(),
        display_information: display(&layout.name, &layout.description),
        workspace_id: layout.workspace_id.to_string(),
        owner_id: layout.owner_id.to_string(),
        sheet_id: layout.sheet_id.to_string(),
        layout_type: layout.layout_type.clone(),
        standalone: layout.standalone,
        shared: layout.shared,
        tags: text_list(&layout.tags),
        created_at: iso_ms(layout.created_at),
        fields: definition.as_ref().map(|d| d.fields.clone()),
        group_by: definition.map(|d| d.group_by),
    }
}

/// What a layout made from kywy's DSL shows, as `kw_layouts.definition` keeps it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LayoutDefinition {
    pub fields: Vec<api::LayoutField>,
    #[serde(rename = "groupBy")]
    pub group_by: Vec<String>,
}
