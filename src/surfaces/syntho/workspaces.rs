//! Workspace rules: who may see and change what, creation with its engine job,
//! duplication with members, deletion that revokes a running job.

use std::collections::HashMap;

use generated::support::WireEnum;
use generated::syntho::v1 as api;
use sea_orm::Set;

use super::connections;
use super::error::SynthoError;
use super::jobs;
use crate::authz::syntho::{self as authz, Caller, Change, Delete, Duplicate, Read};
use crate::common::time::iso_ms;
use crate::state::AppState;
use crate::store;
use crate::store::entities::{sy_job, sy_workspace, user};
use crate::store::syntho::NewMember;
use crate::store::StoreError;

pub async fn list(state: &AppState, caller: &Caller) -> Result<api::WorkspaceList, SynthoError> {
    let rows = store::syntho::workspaces_of(&state.db, caller).await?;
    Ok(api::WorkspaceList {
        workspaces: views(state, rows).await?,
    })
}

pub async fn get(
    state: &AppState,
    caller: &Caller,
    pk: i32,
) -> Result<api::Workspace, SynthoError> {
    let workspace = authz::workspace::<Read>(state, caller, pk).await?;
    one_view(state, workspace.row().clone()).await
}

pub async fn create(
    state: &AppState,
    caller: &Caller,
    body: api::WorkspaceCreate,
    sample_db: Option<String>,
) -> Result<api::Workspace, SynthoError> {
    if body.organization != caller.user().organization {
        return Err(SynthoError::Forbidden(
            "You are not a member of this organization.".into(),
        ));
    }
    check_name(state, body.organization, &body.name, None).await?;
    connections::validate_pair(&body.source_connection, &body.target_connection)?;
    let members = vec![NewMember {
        pk: None,
        user_id: caller.id(),
        role: "OWNER".into(),
        data_access: true,
    }];
    let workspace = new_workspace(
        state,
        body.organization,
        &body.name,
        &body.source_connection,
        &body.target_connection,
        body.initialization_mode
            .or(Some(api::InitializationMode::Scratch)),
        body.key_generation_method
            .or(Some(api::KeyGenerationMethod::Duplicate)),
        body.default_locale.or(Some(api::DefaultLocale::En)),
        sample_db,
    )?;
    insert(state, caller, workspace, members).await
}

pub async fn update(
    state: &AppState,
    caller: &Caller,
    pk: i32,
    mut body: api::WorkspaceUpdate,
) -> Result<api::Workspace, SynthoError> {
    let workspace = authz::workspace::<Change>(state, caller, pk).await?;
    let organization = workspace.row().organization;
    check_name(state, organization, &body.name, Some(pk)).await?;
    complete_connections(workspace.row(), &mut body)?;
    let mut row = workspace.row().clone();
    row.name = body.name.trim().to_string();
    row.connector_type = body.source_connection.connector_type.wire().to_string();
    row.source_connection = to_json(&body.source_connection)?;
    row.target_connection = to_json(&body.target_connection)?;
    if let Some(k) = body.key_generation_method {
        row.key_generation_method = Some(k.wire().into());
    }
    if let Some(l) = body.default_locale {
        row.default_locale = Some(l.wire().into());
    }
    let saved = store::syntho::update_workspace(&state.db, &workspace, row)
        .await
        .map_err(name_clash)?;
    one_view(state, saved).await
}

pub async fn delete(state: &AppState, caller: &Caller, pk: i32) -> Result<(), SynthoError> {
    let workspace = authz::workspace::<Delete>(state, caller, pk).await?;
    store::syntho::delete_workspace(&state.db, workspace, state.now_ms()).await?;
    Ok(())
}

pub async fn duplicate(
    state: &AppState,
    caller: &Caller,
    pk: i32,
    mut body: api::WorkspaceUpdate,
) -> Result<api::Workspace, SynthoError> {
    let workspace = authz::workspace::<Duplicate>(state, caller, pk).await?;
    let original = workspace.row();
    check_name(state, original.organization, &body.name, None).await?;
    complete_connections(original, &mut body)?;
    let members = store::syntho::members(&state.db, &workspace)
        .await?
        .into_iter()
        .map(|(m, _)| NewMember {
            pk: None,
            user_id: m.user_id,
            role: m.role,
            data_access: m.data_access,
        })
        .collect();
    let copy = new_workspace(
        state,
        original.organization,
        &body.name,
        &body.source_connection,
        &body.target_connection,
        original
            .initialization_mode
            .as_deref()
            .and_then(api::InitializationMode::from_wire),
        body.key_generation_method.or_else(|| {
            original
                .key_generation_method
                .as_deref()
                .and_then(api::KeyGenerationMethod::from_wire)
        }),
        body.default_locale.or_else(|| {
            original
                .default_locale
                .as_deref()
                .and_then(api::DefaultLocale::from_wire)
        }),
        original.sample_db.clone(),
    )?;
    insert(state, caller, copy, members).await
}

pub async fn members(
    state: &AppState,
    caller: &Caller,
    pk: i32,
) -> Result<Vec<api::WorkspaceMember>, SynthoError> {
    let workspace = authz::workspace::<Read>(state, caller, pk).await?;
    let rows = store::syntho::members(&state.db, &workspace).await?;
    Ok(rows
        .into_iter()
        .map(|(m, u)| api::WorkspaceMember {
            pk: m.pk,
            workspace: m.workspace,
            role: api::MemberRole::from_wire(&m.role).unwrap_or(api::MemberRole::Reader),
            data_access: m.data_access,
            user: api::MemberUser {
                pk: u.id,
                full_name: full_name(&u),
                first_name: u.first_name,
                last_name: u.last_name,
                email: u.email,
            },
        })
        .collect())
}

async fn check_name(
    state: &AppState,
    organization: i32,
    name: &str,
    except: Option<i32>,
) -> Result<(), SynthoError> {
    if name.trim().is_empty() {
        return Err(SynthoError::field("name", "This field may not be blank."));
    }
    if store::syntho::name_taken(&state.db, organization, name.trim(), except).await? {
        return Err(name_taken());
    }
    Ok(())
}

fn name_taken() -> SynthoError {
    SynthoError::field("name", "A workspace with this name already exists.")
}

/// A workspace's one unique rule is its name within the organization, so a write the
/// unique index refused (a concurrent create got past [`check_name`] first) is that
/// same answer.
fn name_clash(err: StoreError) -> SynthoError {
    match err {
        StoreError::Conflict(_) => name_taken(),
        other => other.into(),
    }
}

/// Fills the secrets an update or duplicate left out from `row`, then validates the pair.
fn complete_connections(
    row: &sy_workspace::Model,
    body: &mut api::WorkspaceUpdate,
) -> Result<(), SynthoError> {
    let old_source: api::Connection = from_json(&row.source_connection)?;
    let old_target: api::Connection = from_json(&row.target_connection)?;
    connections::keep_secrets(&mut body.source_connection, &old_source);
    connections::keep_secrets(&mut body.target_connection, &old_target);
    connections::validate_pair(&body.source_connection, &body.target_connection)
}

#[allow(clippy::too_many_arguments)]
fn new_workspace(
    state: &AppState,
    organization: i32,
    name: &str,
    source: &api::Connection,
    target: &api::Connection,
    initialization_mode: Option<api::InitializationMode>,
    key_generation_method: Option<api::KeyGenerationMethod>,
    default_locale: Option<api::DefaultLocale>,
    sample_db: Option<String>,
) -> Result<sy_workspace::ActiveModel, SynthoError> {
    Ok(sy_workspace::ActiveModel {
        name: Set(name.trim().to_string()),
        organization: Set(organization),
        created_at: Set(state.now_ms()),
        connector_type: Set(source.connector_type.wire().to_string()),
        source_connection: Set(to_json(source)?),
        target_connection: Set(to_json(target)?),
        initialization_mode: Set(initialization_mode.map(|m| m.wire().to_string())),
        key_generation_method: Set(key_generation_method.map(|m| m.wire().to_string())),
        default_locale: Set(default_locale.map(|m| m.wire().to_string())),
        source_database_status: Set(api::SourceDatabaseStatus::Current.wire().to_string()),
        sample_db: Set(sample_db),
        ..Default::default()
    })
}

async fn insert(
    state: &AppState,
    owner: &Caller,
    mut workspace: sy_workspace::ActiveModel,
    members: Vec<NewMember>,
) -> Result<api::Workspace, SynthoError> {
    // The engine and its creation job are born together, here.
    let engine_id = state.ids.uuid().to_string();
    workspace.engine_id = Set(engine_id.clone());
    let job = jobs::creation_job(state, &engine_id, state.config.syntho_job_duration);
    let created = store::syntho::create_workspace(&state.db, owner, workspace, members, job)
        .await
        .map_err(name_clash)?;
    one_view(state, created).await
}

async fn one_view(
    state: &AppState,
    row: sy_workspace::Model,
) -> Result<api::Workspace, SynthoError> {
    views(state, vec![row])
        .await?
        .pop()
        .ok_or(SynthoError::Internal)
}

/// The API view of stored workspaces: status and engine state come from each one's
/// newest job, so they never disagree.
async fn views(
    state: &AppState,
    rows: Vec<sy_workspace::Model>,
) -> Result<Vec<api::Workspace>, SynthoError> {
    let jobs: HashMap<i32, sy_job::Model> = store::syntho::latest_jobs(&state.db, &rows).await?;
    let users = store::syntho::owners(&state.db, &rows).await?;
    rows.into_iter()
        .map(|w| {
            let settings = Settings::of(&w);
            let job_status = jobs
                .get(&w.pk)
                .and_then(|j| api::JobStatus::from_wire(&j.status))
                .unwrap_or(api::JobStatus::Success);
            Ok(api::Workspace {
                pk: w.pk,
                name: w.name,
                organization: w.organization,
                engine_id: w.engine_id.clone(),
                owner_name: users.get(&w.owner_id).map(full_name).unwrap_or_default(),
                created_at: iso_ms(w.created_at),
                status: status_of(job_status).to_string(),
                engine: api::Engine {
                    id: w.engine_id.parse().map_err(|_| SynthoError::Internal)?,
                    latest_job_status: job_status,
                    connector_type: w.connector_type,
                    source_database_status: api::SourceDatabaseStatus::from_wire(
                        &w.source_database_status,
                    )
                    .unwrap_or(api::SourceDatabaseStatus::Current),
                },
                initialization_mode: settings.initialization_mode,
                key_generation_method: settings.key_generation_method,
                default_locale: settings.default_locale,
            })
        })
        .collect()
}

/// A stored workspace's engine settings, as the API names them.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub initialization_mode: Option<api::InitializationMode>,
    pub key_generation_method: Option<api::KeyGenerationMethod>,
    pub default_locale: Option<api::DefaultLocale>,
}

impl Settings {
    pub fn of(w: &sy_workspace::Model) -> Settings {
        Settings {
            initialization_mode: w
                .initialization_mode
                .as_deref()
                .and_then(api::InitializationMode::from_wire),
            key_generation_method: w
                .key_generation_method
                .as_deref()
                .and_then(api::KeyGenerationMethod::from_wire),
            default_locale: w
                .default_locale
                .as_deref()
                .and_then(api::DefaultLocale::from_wire),
        }
    }
}

/// The workspace `status` that follows its engine job.
pub fn status_of(job: api::JobStatus) -> &'static str {
    match job {
        api::JobStatus::Started | api::JobStatus::InProgress => "creating",
        api::JobStatus::Success => "ready",
        api::JobStatus::Failure => "failed",
        api::JobStatus::Revoked => "canceled",
    }
}

fn full_name(u: &user::Model) -> String {
    let name = format!("{} {}", u.first_name, u.last_name)
        .trim()
        .to_string();
    if name.is_empty() {
        u.email.clone()
    } else {
        name
    }
}

/// A connection as stored: with its write-only secrets, which answers never show.
fn to_json(c: &api::Connection) -> Result<String, SynthoError> {
    generated::support::with_write_only(|| serde_json::to_string(c))
        .map_err(|_| SynthoError::Internal)
}

pub fn from_json(text: &str) -> Result<api::Connection, SynthoError> {
    serde_json::from_str(text).map_err(|e| {
        tracing::error!(error = %e, "syntho: a stored connection does not parse");
        SynthoError::Internal
    })
}
