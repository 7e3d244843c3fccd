//! Connections, formats and listeners: listing, reading, creating, editing and
//! deleting them (to the recycle bin), one set of rules for the three. Reads are open to
//! every role, writes to Editors and above; another tenant's resource is a 404; a name
//! identifies a resource among its tenant's live ones (409); the discriminator must be
//! one of the connector library's (400); secrets are write-only (`super::connectors::secrets`).

pub mod check;
pub mod keys;
pub mod transfer;
pub mod views;

use sea_orm::ConnectionTrait;

use super::audit::{self, Write};
use super::connectors::catalog::{self, Category, Reach};
use super::connectors::secrets::{self, Properties};
use super::connectors::storage;
use super::error::EtlworksError;
use super::fields;
use super::recycle_bin;
use super::tags as tag_names;
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::etlworks::connections::{self as usage, Used};
use crate::store::etlworks::definitions::{self as store, Fields, Filter, Row, Table};
use crate::store::etlworks::tags;

pub use crate::store::etlworks::definitions::{CONNECTIONS, FORMATS, LISTENERS};

/// The most characters a description may have.
const MAX_DESCRIPTION: usize = 4000;

/// A resource as the client writes it, whatever its kind.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub name: String,
    pub description: Option<String>,
    /// `connectionType` or `formatType`.
    pub kind: String,
    pub properties: Option<Properties>,
    pub tags: Option<Vec<String>>,
}

/// A stored resource with its tags.
#[derive(Debug, Clone)]
pub struct Saved {
    pub row: Row,
    pub tags: Vec<String>,
}

impl Saved {
    /// Its properties as a client may read them (secrets redacted).
    pub fn shown_properties(&self) -> Properties {
        secrets::redact(
            catalog::connector(&self.row.kind),
            &secrets::parse(&self.row.properties),
        )
    }
}

/// A page of the tenant's live resources of `t`, newest first, and how many match.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    t: Table,
    filter: Filter<'_>,
    offset: i32,
    limit: i32,
) -> Result<(Vec<Saved>, i64), EtlworksError> {
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) =
        store::page(&state.db, t, caller.tenant_id(), filter, offset, limit).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut found = tags::of(&state.db, t.resource_type, &ids).await?;
    let saved = rows
        .into_iter()
        .map(|row| Saved {
            tags: found.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect();
    Ok((saved, total as i64))
}

/// The tenant's live resource `id` of `t`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    t: Table,
    id: i64,
) -> Result<Saved, EtlworksError> {
    let row = found(state, caller, t, id).await?;
    let tags = tags::of_one(&state.db, t.resource_type, row.id).await?;
    Ok(Saved { row, tags })
}

/// Creates a resource of `t` in the caller's tenant. Editors and above.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    t: Table,
    draft: Draft,
) -> Result<Saved, EtlworksError> {
    caller.at_least(Role::Editor, &format!("create {}s", t.resource_type))?;
    let (fields, tag_names) = checked(state, caller, t, draft, None)?;
    let tx = crate::store::begin(&state.db).await?;
    let saved = write_new(&tx, state.now_ms(), caller, t, fields, tag_names).await?;
    tx.commit().await?;
    Ok(saved)
}

/// Replaces resource `id` of `t`. A secret sent back as `********` keeps its value.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    t: Table,
    id: i64,
    draft: Draft,
) -> Result<Saved, EtlworksError> {
    caller.at_least(Role::Editor, &format!("edit {}s", t.resource_type))?;
    let before = get(state, caller, t, id).await?;
    let (fields, tag_names) = checked(state, caller, t, draft, Some(&before.row))?;
    let tx = crate::store::begin(&state.db).await?;
    let saved = write_over(&tx, state.now_ms(), caller, t, &before, fields, tag_names).await?;
    tx.commit().await?;
    Ok(saved)
}

/// Inserts a checked resource in transaction `db` and records the write; a 409 if the
/// name is taken.
async fn write_new<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    t: Table,
    fields: Fields,
    tag_names: Option<Vec<String>>,
) -> Result<Saved, EtlworksError> {
    if store::named(db, t, caller.tenant_id(), &fields.name)
        .await?
        .is_some()
    {
        return Err(taken(t, &fields.name));
    }
    let id = store::insert(db, t, caller.tenant_id(), fields, now).await?;
    let names = tag_names.unwrap_or_default();
    tags::replace(db, caller.tenant_id(), t.resource_type, id, &names).await?;
    let saved = reread(db, caller, t, id).await?;
    let write = Write::new("create", t.resource_type, id.to_string())
        .named(&saved.row.name)
        .after(views::json(t, &saved));
    audit::record(db, now, caller, write).await?;
    Ok(saved)
}

/// Replaces `before` with checked fields in transaction `db` and records the write; a
/// 409 if another live resource has the name.
async fn write_over<C: ConnectionTrait>(
    db: &C,
    now: i64,
    caller: &Caller,
    t: Table,
    before: &Saved,
    fields: Fields,
    tag_names: Option<Vec<String>>,
) -> Result<Saved, EtlworksError> {
    let other = store::named(db, t, caller.tenant_id(), &fields.name).await?;
    if other.is_some_and(|o| o.id != before.row.id) {
        return Err(taken(t, &fields.name));
    }
    let id = before.row.id;
    if !store::update(db, t, caller.tenant_id(), id, fields, now).await? {
        return Err(not_found(t, id.into()));
    }
    if let Some(names) = tag_names {
        tags::replace(db, caller.tenant_id(), t.resource_type, id, &names).await?;
    }
    let saved = reread(db, caller, t, id).await?;
    let write = Write::new("update", t.resource_type, id.to_string())
        .named(&saved.row.name)
        .before(views::json(t, before))
        .after(views::json(t, &saved));
    audit::record(db, now, caller, write).await?;
    Ok(saved)
}

/// Moves resource `id` of `t` to the recycle bin; a connection or format a live flow
/// uses is refused (409).
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    t: Table,
    id: i64,
) -> Result<(), EtlworksError> {
    caller.at_least(Role::Editor, &format!("delete {}s", t.resource_type))?;
    let saved = get(state, caller, t, id).await?;
    let tx = crate::store::begin(&state.db).await?;
    let used = match t.resource_type {
        "connection" => Some(Used::Connection),
        "format" => Some(Used::Format),
        _ => None,
    };
    if let Some(used) = used {
        let flows = usage::flows_using(&tx, caller.tenant_id(), used, saved.row.id).await?;
        if !flows.is_empty() {
            return Err(EtlworksError::Conflict(format!(
                "{} {} is used by flows: {}",
                views::title(t),
                saved.row.id,
                flows.join(", ")
            )));
        }
    }
    let before = views::json(t, &saved);
    let now = state.now_ms();
    recycle_bin::delete(
        &tx,
        now,
        caller,
        t.resource_type,
        saved.row.id,
        &saved.row.name,
        before,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The draft's fields and tags as stored, or the 400 naming the field. `before` is the
/// stored resource an edit replaces (its secrets are kept where `********` is sent).
/// Tags are `None` when the draft leaves them as they are.
fn checked(
    state: &AppState,
    caller: &Caller,
    t: Table,
    draft: Draft,
    before: Option<&Row>,
) -> Result<(Fields, Option<Vec<String>>), EtlworksError> {
    checked_at(state, caller, t, draft, before, "").map(|c| (c.fields, c.tags))
}

/// A draft as it will be stored.
struct Checked {
    fields: Fields,
    /// `None`: the tags stay as they are.
    tags: Option<Vec<String>>,
    /// Secrets sent redacted with no stored value to keep (left unset).
    missing: Vec<String>,
}

/// [`checked`] for an entry at `at` of a bundle (`connections[2].`, prefixed to the
/// field a refusal names); also answers the secrets sent redacted with nothing stored
/// to keep (left unset: to be set again).
fn checked_at(
    state: &AppState,
    caller: &Caller,
    t: Table,
    draft: Draft,
    before: Option<&Row>,
    at: &str,
) -> Result<Checked, EtlworksError> {
    let name = fields::name(&format!("{at}name"), draft.name.trim(), 255)?;
    if let Some(d) = &draft.description {
        if d.chars().count() > MAX_DESCRIPTION {
            return Err(EtlworksError::BadRequest(format!(
                "Field '{at}description': at most {MAX_DESCRIPTION} characters"
            )));
        }
    }
    let connector = kind_at(t, &draft.kind, at)?;
    let sent = draft.properties.unwrap_or_default();
    let stored = before.map(|b| secrets::parse(&b.properties));
    let (properties, missing) = secrets::merge(connector, sent, stored.as_ref());
    if connector.is_some_and(|c| c.reach == Reach::ServerStorage) {
        storage::folder(state, caller.tenant_id(), &properties).map_err(|e| {
            EtlworksError::BadRequest(format!(
                "Field '{at}properties.{}': {e}",
                storage::DIRECTORY
            ))
        })?;
    }
    let tags = draft
        .tags
        .map(|names| tag_names::checked(names).map_err(|e| e.at_field(at)))
        .transpose()?;
    let tags = match (tags, before) {
        (Some(t), _) => Some(t),
        // A new resource without tags has none.
        (None, None) => Some(vec![]),
        (None, Some(_)) => None,
    };
    let fields = Fields {
        name,
        description: draft.description,
        kind: draft.kind,
        properties: secrets::to_text(&properties),
    };
    Ok(Checked {
        fields,
        tags,
        missing,
    })
}

/// The connector `kind` names for a resource of `t` (formats have none), or a 400.
pub fn kind_of(t: Table, kind: &str) -> Result<Option<&'static catalog::Connector>, EtlworksError> {
    kind_at(t, kind, "")
}

fn kind_at(
    t: Table,
    kind: &str,
    at: &str,
) -> Result<Option<&'static catalog::Connector>, EtlworksError> {
    let field = format!("{at}{}", views::kind_field(t));
    if t == FORMATS {
        return if catalog::is_format(kind) {
            Ok(None)
        } else {
            Err(EtlworksError::BadRequest(format!(
                "Field '{field}': {kind:?} is not a format of the connector library"
            )))
        };
    }
    let listener = t == LISTENERS;
    match catalog::connector(kind) {
        Some(c) if (c.category == Category::Listener) == listener => Ok(Some(c)),
        _ => Err(EtlworksError::BadRequest(format!(
            "Field '{field}': {kind:?} is not a {} of the connector library (GET /rest/v1/connections/types lists them)",
            if listener { "listener" } else { "connector" }
        ))),
    }
}

/// The caller's tenant's live row `id` of `t`, or a 404.
async fn found(state: &AppState, caller: &Caller, t: Table, id: i64) -> Result<Row, EtlworksError> {
    let row = match i32::try_from(id) {
        Ok(id) => store::one(&state.db, t, caller.tenant_id(), id).await?,
        Err(_) => None,
    };
    row.ok_or_else(|| not_found(t, id))
}

async fn reread<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    t: Table,
    id: i32,
) -> Result<Saved, EtlworksError> {
    let row = store::one(db, t, caller.tenant_id(), id)
        .await?
        .ok_or_else(|| not_found(t, id.into()))?;
    let tags = tags::of_one(db, t.resource_type, id).await?;
    Ok(Saved { row, tags })
}

/// The 404 for resource `id` of `t`.
pub fn not_found(t: Table, id: i64) -> EtlworksError {
    EtlworksError::NotFound(format!("{} {id} not found", views::title(t)))
}

fn taken(t: Table, name: &str) -> EtlworksError {
    EtlworksError::Conflict(format!(
        "{} with name '{name}' already exists",
        views::title(t)
    ))
}
