//! KAWA's directory: teams (global), perimeters and attributes (in the workspace the
//! request acts in), listed with the `name` and `tag` filters and read by id. No command
//! of the contract creates them: they list what the store holds.

use generated::kawa::v1 as api;

use super::error::KawaError;
use super::kept;
use crate::authz::kawa::{self as authz, Caller};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store::entities::{kw_attribute, kw_perimeter, kw_team};
use crate::store::kawa::{directory as store, text_list};

fn display(name: &str, description: &str) -> api::DisplayInformation {
    api::DisplayInformation {
        display_name: name.to_string(),
        description: Some(description.to_string()),
    }
}

fn team(t: &kw_team::Model, members: &[(i32, bool)]) -> api::Team {
    api::Team {
        id: t.id.to_string(),
        display_information: display(&t.name, &t.description),
        team_type: t.team_type.clone(),
        members: members.iter().map(|(u, _)| u.to_string()).collect(),
        admins: members
            .iter()
            .filter(|(_, admin)| *admin)
            .map(|(u, _)| u.to_string())
            .collect(),
        // Teams nested in teams are not modelled: no command makes one.
        member_teams: Vec::new(),
        tags: text_list(&t.tags),
        created_at: iso_ms(t.created_at),
    }
}

fn perimeter(p: &kw_perimeter::Model, members: &[i32]) -> api::Perimeter {
    api::Perimeter {
        id: p.id.to_string(),
        display_information: display(&p.name, &p.description),
        workspace_id: p.workspace_id.to_string(),
        members: members.iter().map(|u| u.to_string()).collect(),
        tags: text_list(&p.tags),
        created_at: iso_ms(p.created_at),
    }
}

fn attribute(a: &kw_attribute::Model) -> api::Attribute {
    api::Attribute {
        id: a.id.to_string(),
        display_information: display(&a.name, &a.description),
        workspace_id: a.workspace_id.to_string(),
        type_: a.type_.clone(),
        tags: text_list(&a.tags),
        created_at: iso_ms(a.created_at),
    }
}

/// Every team, filtered.
pub async fn teams(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Team>, KawaError> {
    Ok(store::teams(&state.db, caller)
        .await?
        .iter()
        .map(|(t, m)| team(t, m))
        .filter(|t| kept(&t.display_information.display_name, &t.tags, name, tag))
        .collect())
}

/// The perimeters of the workspace the request acts in (none without one), filtered.
pub async fn perimeters(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Perimeter>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(store::perimeters(&state.db, &scope)
        .await?
        .iter()
        .map(|(p, m)| perimeter(p, m))
        .filter(|p| kept(&p.display_information.display_name, &p.tags, name, tag))
        .collect())
}

/// The attributes of the workspace the request acts in (none without one), filtered.
pub async fn attributes(
    state: &AppState,
    caller: &Caller,
    name: Option<&str>,
    tag: Option<&str>,
) -> Result<Vec<api::Attribute>, KawaError> {
    let Some(scope) = authz::scope(state, caller).await? else {
        return Ok(Vec::new());
    };
    Ok(store::attributes(&state.db, &scope)
        .await?
        .iter()
        .map(attribute)
        .filter(|a| kept(&a.display_information.display_name, &a.tags, name, tag))
        .collect())
}

/// The one entity of `all` whose id is `id`, or KAWA's 404 naming the `kind`.
pub fn by_id<T>(
    all: Vec<T>,
    id: &str,
    kind: &str,
    id_of: impl Fn(&T) -> &str,
) -> Result<T, KawaError> {
    all.into_iter()
        .find(|e| id_of(e) == id)
        .ok_or_else(|| KawaError::Missing(format!("No {kind} with id {id}")))
}
