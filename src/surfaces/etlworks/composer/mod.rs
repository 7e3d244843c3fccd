//! The Composer (`/rest/v1/composer/flows*`): drafts of flows built by conversation,
//! private to their author. Each user message goes through the rule-based [`agent`],
//! which updates the draft's [`plan::Plan`] and answers; promoting a ready draft creates
//! a regular flow through the flows service. Every role reads its own drafts; writing
//! them is flow management, for Editors and above. A draft is discarded for good when
//! deleted (the recycle bin holds no drafts: the contract's bin lists no such kind).

pub mod agent;
pub mod grammar;
pub mod plan;

use generated::etlworks::v1 as api;
use sea_orm::Set;

use self::plan::Plan;
use super::audit::{self, Write};
use super::error::EtlworksError;
use super::{fields, flows};
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::entities::et_composer_draft as draft;
use crate::store::etlworks::composer as store;
use crate::store::etlworks::definitions::{self, CONNECTIONS};
use crate::store::StoreError;

/// The most characters a draft's name may have.
const MAX_NAME: usize = 255;
/// The most characters a message may have.
const MAX_MESSAGE: usize = 4000;
const DRAFT: &str = "draft";
const PROMOTED: &str = "promoted";

/// A page of the caller's drafts, most recently updated first, and how many they have.
pub async fn recent(
    state: &AppState,
    caller: &Caller,
    offset: i32,
    limit: i32,
) -> Result<(Vec<api::ComposerDraft>, i64), EtlworksError> {
    let (offset, limit) = fields::page(offset, limit);
    let (rows, total) =
        store::recent(&state.db, caller.tenant_id(), caller.id(), offset, limit).await?;
    Ok((rows.iter().map(view).collect(), total as i64))
}

/// Starts a draft; a prompt is its first message, answered by the composer.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    input: api::ComposerDraftInput,
) -> Result<api::ComposerDraft, EtlworksError> {
    caller.at_least(Role::Editor, "compose flows")?;
    let name = input.name.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(EtlworksError::BadRequest(format!(
            "Field 'name': 1 to {MAX_NAME} characters, not only spaces"
        )));
    }
    let prompt = input.prompt.filter(|p| !p.trim().is_empty());
    if let Some(p) = &prompt {
        message_text("prompt", p)?;
    }
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let now = state.now_ms();
    let mut plan = Plan::default();
    let reply = match &prompt {
        Some(p) => Some(agent::respond(&tx, caller, &mut plan, p).await?),
        None => None,
    };
    let row = draft::ActiveModel {
        id: sea_orm::NotSet,
        tenant_id: Set(caller.tenant_id()),
        user_id: Set(caller.id()),
        name: Set(name),
        description: Set(input.description),
        status: Set(DRAFT.into()),
        plan: Set(plan.to_text()),
        flow_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let saved = store::insert(&tx, row).await?;
    if let (Some(p), Some(r)) = (&prompt, &reply) {
        store::say(&tx, saved.id, "user", p, now).await?;
        store::say(&tx, saved.id, "agent", r, now).await?;
    }
    let shown = view(&saved);
    let write = Write::new("create", "composer_draft", saved.id.to_string())
        .named(&saved.name)
        .after(&shown);
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(shown)
}

/// The caller's draft `id`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::ComposerDraft, EtlworksError> {
    Ok(view(&owned(&state.db, caller, id).await?))
}

/// Discards the caller's draft `id` and its conversation.
pub async fn delete(state: &AppState, caller: &Caller, id: i64) -> Result<(), EtlworksError> {
    caller.at_least(Role::Editor, "discard Composer drafts")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = owned(&tx, caller, id).await?;
    store::remove(&tx, row.id).await?;
    let write = Write::new("delete", "composer_draft", row.id.to_string())
        .named(&row.name)
        .before(view(&row));
    audit::record(&tx, state.now_ms(), caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// The conversation of the caller's draft `id`, oldest first.
pub async fn conversation(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::ComposerConversation, EtlworksError> {
    let row = owned(&state.db, caller, id).await?;
    conversation_of(&state.db, &row).await
}

/// Adds the caller's message to draft `id` with the composer's reply; a promoted draft
/// takes no more (409).
pub async fn append(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: api::ComposerMessageInput,
) -> Result<api::ComposerConversation, EtlworksError> {
    caller.at_least(Role::Editor, "compose flows")?;
    message_text("content", &input.content)?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = owned(&tx, caller, id).await?;
    if row.status == PROMOTED {
        return Err(promoted(&row));
    }
    let now = state.now_ms();
    let before = view(&row);
    let mut plan = Plan::parse(&row.plan);
    let reply = agent::respond(&tx, caller, &mut plan, &input.content).await?;
    store::say(&tx, row.id, "user", &input.content, now).await?;
    store::say(&tx, row.id, "agent", &reply, now).await?;
    let mut active: draft::ActiveModel = row.into();
    active.plan = Set(plan.to_text());
    active.updated_at = Set(now);
    let saved = store::update(&tx, active).await?;
    let write = Write::new("update", "composer_draft", saved.id.to_string())
        .named(&saved.name)
        .before(before)
        .after(view(&saved));
    audit::record(&tx, now, caller, write).await?;
    let answer = conversation_of(&tx, &saved).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(answer)
}

/// Creates the flow draft `id` describes (through the flows service: a name a flow has
/// is a 409) and marks the draft promoted; a draft promoted already, one still missing
/// something, or one whose connection is gone is a 409.
pub async fn promote(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<api::Flow, EtlworksError> {
    caller.at_least(Role::Editor, "create flows")?;
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = owned(&tx, caller, id).await?;
    if row.status == PROMOTED {
        return Err(promoted(&row));
    }
    let plan = Plan::parse(&row.plan);
    let missing = plan.missing();
    if !missing.is_empty() {
        return Err(EtlworksError::Conflict(format!(
            "Draft {} is not ready to promote: missing {}",
            row.id,
            missing.join(", ")
        )));
    }
    for linked in [&plan.source.connection, &plan.destination.connection]
        .into_iter()
        .flatten()
    {
        let live = match i32::try_from(linked.id) {
            Ok(c) => definitions::one(&tx, CONNECTIONS, caller.tenant_id(), c).await?,
            Err(_) => None,
        };
        if live.is_none() {
            return Err(EtlworksError::Conflict(format!(
                "Draft {}: connection '{}' ({}) no longer exists; name another one",
                row.id, linked.name, linked.id
            )));
        }
    }
    let input = plan.definition(&row.name, row.description.as_deref());
    let definition = flows::definition::checked(input)?;
    let flow = flows::create_in(&tx, state, caller, &definition).await?;
    let now = state.now_ms();
    let flow_id = i32::try_from(flow.id).map_err(|_| EtlworksError::Internal)?;
    if !store::mark_promoted(&tx, row.id, flow_id, now).await? {
        return Err(EtlworksError::Conflict(format!(
            "Draft {} was promoted already",
            row.id
        )));
    }
    let saved = owned(&tx, caller, id).await?;
    let before = view(&row);
    let write = Write::new("update", "composer_draft", saved.id.to_string())
        .named(&saved.name)
        .before(before)
        .after(view(&saved));
    audit::record(&tx, now, caller, write).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(flow)
}

/// The caller's draft `id`, or a 404 (another user's draft included).
async fn owned<C: sea_orm::ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: i64,
) -> Result<draft::Model, EtlworksError> {
    let found = match i32::try_from(id) {
        Ok(id) => store::by_id(db, caller.tenant_id(), caller.id(), id).await?,
        Err(_) => None,
    };
    found.ok_or_else(|| EtlworksError::NotFound(format!("Composer draft {id} not found")))
}

fn promoted(row: &draft::Model) -> EtlworksError {
    EtlworksError::Conflict(format!(
        "Draft {} was promoted to flow {} already",
        row.id,
        row.flow_id.map_or_else(|| "?".into(), |f| f.to_string())
    ))
}

fn message_text(field: &str, text: &str) -> Result<(), EtlworksError> {
    let length = text.chars().count();
    if text.trim().is_empty() || length > MAX_MESSAGE {
        return Err(EtlworksError::BadRequest(format!(
            "Field '{field}': 1 to {MAX_MESSAGE} characters, not only spaces"
        )));
    }
    Ok(())
}

async fn conversation_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    row: &draft::Model,
) -> Result<api::ComposerConversation, EtlworksError> {
    let messages = store::conversation(db, row.id).await?;
    Ok(api::ComposerConversation {
        draft_id: i64::from(row.id),
        messages: messages
            .into_iter()
            .map(|m| api::ComposerMessage {
                id: i64::from(m.id),
                role: if m.role == "agent" {
                    api::ComposerMessageRole::Agent
                } else {
                    api::ComposerMessageRole::User
                },
                content: m.content,
                created_at: iso_seconds(m.created_at),
            })
            .collect(),
    })
}

/// A draft as the API answers it.
fn view(row: &draft::Model) -> api::ComposerDraft {
    let plan = Plan::parse(&row.plan);
    api::ComposerDraft {
        id: i64::from(row.id),
        name: row.name.clone(),
        description: row.description.clone(),
        status: if row.status == PROMOTED {
            api::ComposerDraftStatus::Promoted
        } else {
            api::ComposerDraftStatus::Draft
        },
        flow_type: Some(plan.flow_type()),
        flow_id: row.flow_id.map(i64::from),
        created_at: iso_seconds(row.created_at),
        updated_at: iso_seconds(row.updated_at),
        definition: Some(plan.definition(&row.name, row.description.as_deref())),
        missing: Some(plan.missing()),
    }
}
