//! Parameter macros (`/rest/v1/macros*`): a tenant's named, reusable snippets — a
//! `value` whose `{name}` placeholders are its parameters — that flows reference by
//! name. A name is unique among the tenant's live macros (409); Editors and above
//! write, every role reads; deletes go to the recycle bin; tags live in `et_tags`.
//! Understudy stores and serves macros; its flow runner does not expand them (flow
//! variables, `{name}` in a transformation, are what a run substitutes).

use generated::etlworks::v1 as api;
use sea_orm::{ConnectionTrait, Set};

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::{fields, recycle_bin, tags as tag_names};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::entities::et_macro;
use crate::store::etlworks::{macros as store, tags};
use crate::store::StoreError;

/// The most characters of a name (`MacroInput.name`).
const MAX_NAME: usize = 255;
/// The most characters of a value or description.
const MAX_TEXT: usize = 64 * 1024;

/// One page of the tenant's macros by name, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListMacrosParams,
) -> Result<(Vec<api::Macro>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let q = params.q.as_deref();
    let (rows, total) = store::page(&state.db, caller.tenant_id(), q, offset, limit).await?;
    let ids: Vec<i32> = rows.iter().map(|m| m.id).collect();
    let mut tagged = tags::of(&state.db, "macro", &ids).await?;
    let views = rows
        .iter()
        .map(|m| view(m, tagged.remove(&m.id).unwrap_or_default()))
        .collect();
    Ok((views, total as i64))
}

/// The tenant's macro `id`.
pub async fn get(state: &AppState, caller: &Caller, id: i64) -> Result<api::Macro, EtlworksError> {
    let row = live(&state.db, caller, id).await?;
    let names = tags::of_one(&state.db, "macro", row.id).await?;
    Ok(view(&row, names))
}

/// Creates a macro. Editors and above; a name a live macro has is a 409.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::MacroInput,
) -> Result<api::Macro, EtlworksError> {
    caller.at_least(Role::Editor, "create macros")?;
    let (input, names) = checked(input)?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    unique_name(&tx, caller, &input.name, None).await?;
    let now = state.now_ms();
    let mut row = et_macro::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(caller.tenant_id()),
        created_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    };
    fill(&mut row, &input, now);
    let saved = store::insert(&tx, row).await?;
    tags::replace(&tx, caller.tenant_id(), "macro", saved.id, &names).await?;
    let after = view(&saved, tags::of_one(&tx, "macro", saved.id).await?);
    let write = Write::new("create", "macro", saved.id.to_string())
        .named(&saved.name)
        .after(&after);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(after)
}

/// Replaces macro `id`. Editors and above.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::MacroInput,
) -> Result<api::Macro, EtlworksError> {
    caller.at_least(Role::Editor, "edit macros")?;
    let (input, names) = checked(input)?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = live(&tx, caller, id).await?;
    let before = view(&row, tags::of_one(&tx, "macro", row.id).await?);
    unique_name(&tx, caller, &input.name, Some(row.id)).await?;
    let now = state.now_ms();
    let mut changed: et_macro::ActiveModel = row.into();
    fill(&mut changed, &input, now);
    let saved = store::update(&tx, changed).await?;
    tags::replace(&tx, caller.tenant_id(), "macro", saved.id, &names).await?;
    let after = view(&saved, tags::of_one(&tx, "macro", saved.id).await?);
    let write = Write::new("update", "macro", saved.id.to_string())
        .named(&saved.name)
        .before(&before)
        .after(&after);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(after)
}

/// Moves macro `id` to the recycle bin. Editors and above.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Editor, "delete macros")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = live(&tx, caller, id).await?;
    let before = view(&row, tags::of_one(&tx, "macro", row.id).await?);
    recycle_bin::delete(
        &tx,
        state.now_ms(),
        caller,
        "macro",
        row.id,
        &row.name,
        &before,
    )
    .await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// The parameters `value` names: each `{name}` (up to a `:` format, as in
/// `{lastRunDate:yyyy-MM-dd}`) once, in order.
pub fn parameters_of(value: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(['}', '{']) else {
            break;
        };
        if after.as_bytes()[close] == b'}' {
            let name = after[..close].split(':').next().unwrap_or_default().trim();
            if !name.is_empty() && !found.iter().any(|f| f == name) {
                found.push(name.to_string());
            }
        }
        rest = &after[close..];
    }
    found
}

/// The input checked (its parameters filled in from the value when not sent) and its
/// tags.
fn checked(mut input: api::MacroInput) -> Result<(api::MacroInput, Vec<String>), EtlworksError> {
    input.name = fields::name("name", &input.name, MAX_NAME)?;
    for (field, text) in [
        ("value", Some(&input.value)),
        ("description", input.description.as_ref()),
    ] {
        if text.is_some_and(|t| t.chars().count() > MAX_TEXT) {
            return Err(EtlworksError::BadRequest(format!(
                "Field '{field}': at most {MAX_TEXT} characters"
            )));
        }
    }
    if input.parameters.is_none() {
        input.parameters = Some(parameters_of(&input.value));
    }
    let names = tag_names::checked(input.tags.take().unwrap_or_default())?;
    Ok((input, names))
}

fn fill(row: &mut et_macro::ActiveModel, input: &api::MacroInput, now: i64) {
    let parameters = input.parameters.clone().unwrap_or_default();
    row.name = Set(input.name.clone());
    row.description = Set(input.description.clone());
    row.value = Set(input.value.clone());
    row.parameters = Set(serde_json::to_string(&parameters).unwrap_or_else(|_| "[]".into()));
    row.updated_at = Set(now);
}

async fn unique_name<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    name: &str,
    except: Option<i32>,
) -> Result<(), EtlworksError> {
    if store::name_taken(db, caller.tenant_id(), name, except).await? {
        return Err(EtlworksError::Conflict(format!(
            "A macro named '{name}' already exists"
        )));
    }
    Ok(())
}

async fn live<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<et_macro::Model, EtlworksError> {
    let missing = || EtlworksError::NotFound(format!("Macro {id} not found"));
    let id = i32::try_from(id).map_err(|_| missing())?;
    store::by_id(db, caller.tenant_id(), id)
        .await?
        .ok_or_else(missing)
}

fn view(row: &et_macro::Model, tags: Vec<String>) -> api::Macro {
    api::Macro {
        id: i64::from(row.id),
        name: row.name.clone(),
        description: row.description.clone(),
        value: row.value.clone(),
        parameters: serde_json::from_str(&row.parameters).unwrap_or_default(),
        tags,
    }
}

#[cfg(test)]
mod tests {
    use super::parameters_of;

    #[test]
    fn placeholders_are_the_parameters_once_each_without_their_format() {
        assert_eq!(
            parameters_of("{lastRunDate:yyyy-MM-dd} {region}_{region} {{x} {"),
            ["lastRunDate", "region", "x"]
        );
        assert!(parameters_of("no placeholders").is_empty());
    }
}
