//! Tags (`/rest/v1/tags*`): the tenant's tags with how many live resources carry each,
//! and one resource's tags, read and replaced. A resource is any kind the recycle bin
//! holds (flows, connections, formats, listeners, schedules, webhooks, macros); they
//! keep their tags in `et_tags`, so a resource's own `tags` field and these answers
//! are the same rows. Reads are open to every role; replacing is an edit of the
//! resource: Editors and above (webhooks: Administrators, who alone manage them).

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::etlworks::bin::{self, Kind};
use crate::store::etlworks::search::{self, Named};
use crate::store::etlworks::tags;
use crate::store::StoreError;

/// The most characters a tag has (`TagList`).
const MAX_TAG: usize = 64;

/// A page of the tenant's tags whose name starts with `q` (ignoring case), by name,
/// and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    params: api::ListTagsParams,
) -> Result<(Vec<api::Tag>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let prefix = params.q.unwrap_or_default().to_lowercase();
    let matching: Vec<api::Tag> = tags::counts(&state.db, caller.tenant_id())
        .await?
        .into_iter()
        .filter(|(name, _)| name.to_lowercase().starts_with(&prefix))
        .map(|(name, count)| api::Tag { name, count })
        .collect();
    let total = matching.len() as i64;
    let page = matching
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    Ok((page, total))
}

/// The tags of the tenant's live resource `id` of `resource_type`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    resource_type: api::ResourceType,
    id: i64,
) -> Result<api::ResourceTags, EtlworksError> {
    let kind = kind(resource_type)?;
    let found = resource(&state.db, caller, kind, id).await?;
    let names = tags::of_one(&state.db, kind.resource_type, found.id).await?;
    Ok(view(resource_type, found.id, names))
}

/// Replaces the tags of resource `id`: trimmed, blank ones dropped, duplicates
/// collapsed. Audited as an update of the resource.
pub async fn replace(
    state: &AppState,
    caller: &Caller,
    resource_type: api::ResourceType,
    id: i64,
    body: api::TagList,
) -> Result<api::ResourceTags, EtlworksError> {
    let kind = kind(resource_type)?;
    let least = if kind.resource_type == "webhook" {
        Role::Administrator
    } else {
        Role::Editor
    };
    caller.at_least(least, &format!("tag {}s", kind.resource_type))?;
    let names = checked(body.tags)?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let found = resource(&tx, caller, kind, id).await?;
    let before = view(
        resource_type,
        found.id,
        tags::of_one(&tx, kind.resource_type, found.id).await?,
    );
    tags::replace(
        &tx,
        caller.tenant_id(),
        kind.resource_type,
        found.id,
        &names,
    )
    .await?;
    let after = view(
        resource_type,
        found.id,
        tags::of_one(&tx, kind.resource_type, found.id).await?,
    );
    let write = Write::new("update", kind.resource_type, found.id.to_string())
        .named(&found.name)
        .before(serde_json::json!({ "tags": before.tags }))
        .after(serde_json::json!({ "tags": after.tags }));
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(after)
}

/// The tag names of a request: each 1 to 64 characters once trimmed (blank ones carry
/// nothing and are dropped), in the order sent; a 400 naming the first that is longer.
pub fn checked(names: Vec<String>) -> Result<Vec<String>, EtlworksError> {
    kept(names).map_err(|i| EtlworksError::BadRequest(format!("Field 'tags[{i}]': {TOO_LONG}")))
}

/// Why a tag is refused: the one rule tags have. 64 characters keep a tag (at most 256
/// bytes) far inside what PostgreSQL can index in `et_tags`' unique key.
pub const TOO_LONG: &str = "at most 64 characters";

/// [`checked`]'s names, or the index of the first one that is too long.
pub fn kept(names: Vec<String>) -> Result<Vec<String>, usize> {
    let mut kept: Vec<String> = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let name = name.trim();
        if name.chars().count() > MAX_TAG {
            return Err(i);
        }
        if !name.is_empty() && !kept.iter().any(|k| k == name) {
            kept.push(name.to_string());
        }
    }
    Ok(kept)
}

/// The recycle bin's kind for a taggable type (every one of them is binnable).
fn kind(resource_type: api::ResourceType) -> Result<&'static Kind, EtlworksError> {
    bin::kind(resource_type.wire()).ok_or_else(|| {
        EtlworksError::BadRequest(format!(
            "Field 'resourceType': '{}' cannot be tagged",
            resource_type.wire()
        ))
    })
}

async fn resource<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    kind: &Kind,
    id: i64,
) -> Result<Named, EtlworksError> {
    let missing = || {
        let mut title = kind.resource_type.to_string();
        title[..1].make_ascii_uppercase();
        EtlworksError::NotFound(format!("{title} {id} not found"))
    };
    let id = i32::try_from(id).map_err(|_| missing())?;
    search::live_one(db, kind, caller.tenant_id(), id)
        .await?
        .ok_or_else(missing)
}

fn view(resource_type: api::ResourceType, id: i32, names: Vec<String>) -> api::ResourceTags {
    api::ResourceTags {
        resource_type,
        resource_id: i64::from(id),
        tags: names,
    }
}
