//! `CreateLayoutFromDsl` (kywy's `as_grid()` / `as_chart()`): a layout on the sheet the
//! DSL names, showing the columns it selects and aggregates, grouped as it groups them.
//! Anyone who sees the sheet may make one; it is the caller's and private.

use generated::kawa::v1 as api;

use super::super::error::KawaError;
use super::super::sheets::{self, LayoutDefinition};
use super::{begin, commit};
use crate::authz::kawa::{self as authz, Caller, InWorkspace};
use crate::state::AppState;
use crate::store::entities::kw_sheet;
use crate::store::kawa::sheets::{self as store, NewLayout};
use crate::store::kawa::{datasources, scoped};

fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The sheet the DSL names, by `sheetId`, else `sheetName` (the first such sheet the
/// caller sees).
async fn sheet_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    scope: &InWorkspace,
    dsl: &api::ComputationRequest,
) -> Result<kw_sheet::Model, KawaError> {
    if let Some(id) = given(&dsl.sheet_id) {
        return Ok(authz::read_sheet(db, caller, scope, &id)
            .await?
            .model()
            .clone());
    }
    if let Some(name) = given(&dsl.sheet_name) {
        return scoped::all::<kw_sheet::Entity, _>(db, scope)
            .await?
            .into_iter()
            .find(|s| s.name == name && authz::sees_sheet(caller, s))
            .ok_or_else(|| KawaError::Missing(format!("No sheet named {name}")));
    }
    Err(KawaError::field(
        "dsl.sheetId",
        "name the sheet the layout shows: sheetId or sheetName",
    ))
}

/// The fields the DSL selects, then those it aggregates, each a column of the sheet
/// (`names`: its columns' display names and ids); 400 naming the entry otherwise.
fn fields(
    dsl: &api::ComputationRequest,
    names: &[(String, String)],
) -> Result<Vec<api::LayoutField>, KawaError> {
    let lists = [("select", &dsl.select), ("aggregation", &dsl.aggregation)];
    let mut out = Vec::new();
    for (list, columns) in lists {
        for (i, c) in columns.iter().flat_map(|c| c.columns.iter()).enumerate() {
            let at = format!("dsl.{list}.columns[{i}].columnName");
            let Some(name) = given(&c.column_name) else {
                return Err(KawaError::field(&at, "a layout field names its column"));
            };
            if !names.iter().any(|(n, id)| *n == name || *id == name) {
                return Err(KawaError::field(
                    &at,
                    format!("the sheet has no column named {name}"),
                ));
            }
            out.push(api::LayoutField {
                column_name: name,
                column_alias: given(&c.column_alias),
                aggregation_method: given(&c.aggregation_method).map(|m| m.to_uppercase()),
            });
        }
    }
    Ok(out)
}

/// `CreateLayoutFromDsl`: answers the layout (kywy reads `id`).
pub async fn create_from_dsl(
    state: &AppState,
    caller: &Caller,
    params: api::CreateLayoutFromDslParameters,
) -> Result<api::CommandResult, KawaError> {
    let scope = super::datasources::workspace(state, caller).await?;
    let name = params.chart_name.trim().to_string();
    if name.is_empty() {
        return Err(KawaError::field("chartName", "must not be blank"));
    }
    let dsl = &params.dsl;
    let txn = begin(state).await?;
    let sheet = sheet_of(&txn, caller, &scope, dsl).await?;
    let source = match sheets::primary(&sheet) {
        Some(id) => datasources::by_id(&txn, id).await?,
        None => None,
    };
    let names: Vec<(String, String)> = source
        .as_ref()
        .map(super::super::datasources::columns)
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.name, c.id))
        .collect();
    let fields = fields(dsl, &names)?;
    let group_by = dsl.group_by.clone().unwrap_or_default();
    for (i, g) in group_by.iter().enumerate() {
        let known = names.iter().any(|(n, id)| n == g || id == g)
            || fields.iter().any(|f| f.column_alias.as_deref() == Some(g));
        if !known {
            return Err(KawaError::field(
                &format!("dsl.groupBy[{i}]"),
                format!("the sheet has no column named {g}"),
            ));
        }
    }
    let definition = LayoutDefinition { fields, group_by };
    let new = NewLayout {
        sheet_id: sheet.id,
        owner_id: caller.id(),
        name,
        layout_type: match params.layout_type {
            Some(api::CreateLayoutFromDslParametersLayoutType::Grid) => "GRID",
            _ => "CHART",
        },
        standalone: params.standalone.unwrap_or(false),
        definition: serde_json::to_string(&definition).map_err(|_| KawaError::Internal)?,
        created_at: state.now_ms(),
    };
    let layout = store::create_layout(&txn, &scope, new).await?;
    commit(state, txn, caller).await?;
    Ok(api::CommandResult::Layout(sheets::layout(&layout)))
}
