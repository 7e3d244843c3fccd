//! Syntho workspaces (with members and engine jobs) in a fixtures file, both ways. A
//! hand-written workspace is ready at once; an export keeps every job, so a workspace
//! reads back in the state it had. Users are the shared `users` section (`syntho.users`
//! is read too, as before); a workspace whose pk or name exists already is left alone.

use generated::support::{with_write_only, WireEnum};
use generated::syntho::v1 as api;
use schemars::JsonSchema;
use sea_orm::{ConnectionTrait, Set, TransactionTrait};
use serde::{Deserialize, Serialize};

use super::connections;
use crate::authz::{syntho as authz, Operator};
use crate::fixtures::accounts::UserFixture;
use crate::fixtures::{at, schema, user_by_email, Loaded};
use crate::state::AppState;
use crate::store;
use crate::store::entities::{sy_job, sy_member, sy_workspace, user};
use crate::store::syntho::NewMember;

/// The `syntho` section.
#[derive(Debug, Default, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SynthoFixtures {
    /// Users, as in the top-level `users` (kept for files written before it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<UserFixture>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workspaces: Vec<WorkspaceFixture>,
}

impl SynthoFixtures {
    pub fn is_empty(&self) -> bool {
        self.users.is_empty() && self.workspaces.is_empty()
    }
}

/// A workspace, in the API's field names; its organization is its owner's.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceFixture {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<i32>,
    /// Unique in the owner's organization.
    pub name: String,
    /// Email of the owning user (in `users`, or the bootstrap admin).
    pub owner: String,
    /// Epoch milliseconds; now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine_id: Option<uuid::Uuid>,
    /// Passwords and keys are write-only: an export leaves them out.
    #[schemars(schema_with = "connection")]
    pub source_connection: api::Connection,
    #[schemars(schema_with = "connection")]
    pub target_connection: api::Connection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "initialization_mode")]
    pub initialization_mode: Option<api::InitializationMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "key_generation_method")]
    pub key_generation_method: Option<api::KeyGenerationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "default_locale")]
    pub default_locale: Option<api::DefaultLocale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "source_database_status")]
    pub source_database_status: Option<api::SourceDatabaseStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_db: Option<String>,
    /// Besides the owner (an `OWNER` with data access unless listed here).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberFixture>,
    /// The engine's jobs, oldest first; one finished creation job when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jobs: Vec<JobFixture>,
}

/// A member of a workspace.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberFixture {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<i32>,
    pub email: String,
    #[schemars(schema_with = "member_role")]
    pub role: api::MemberRole,
    #[serde(default)]
    pub data_access: bool,
}

/// An engine job of a workspace.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JobFixture {
    pub id: uuid::Uuid,
    #[serde(default = "creation")]
    pub job_type: String,
    #[schemars(schema_with = "job_status")]
    pub status: api::JobStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Epoch milliseconds.
    pub created: i64,
    pub last_updated: i64,
    /// When the runner moves an unfinished job on.
    pub due_at: i64,
}

fn creation() -> String {
    "create_engine".into()
}

macro_rules! contract_schema {
    ($($fn:ident => $name:literal),* $(,)?) => {$(
        fn $fn(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schema::component(g, "syntho", $name)
        }
    )*};
}

contract_schema! {
    connection => "Connection",
    initialization_mode => "InitializationMode",
    key_generation_method => "KeyGenerationMethod",
    default_locale => "DefaultLocale",
    source_database_status => "SourceDatabaseStatus",
    member_role => "MemberRole",
    job_status => "JobStatus",
}

/// Loads the workspaces of the section at `path` (its users were loaded with the rest).
pub async fn load<C: ConnectionTrait + TransactionTrait>(
    state: &AppState,
    db: &C,
    operator: &Operator,
    path: &str,
    fixtures: &SynthoFixtures,
    loaded: &mut Loaded,
) -> Result<(), String> {
    for (i, w) in fixtures.workspaces.iter().enumerate() {
        let here = at(&format!("{path}.workspaces"), i);
        let failed = |e: store::StoreError| format!("{here}: {e}");
        let errors = connections::check_pair(&w.source_connection, &w.target_connection);
        if let Some((field, messages)) = errors.iter().next() {
            return Err(format!("{here}.{field}: {}", messages.join(" ")));
        }
        let owner = user_by_email(db, &format!("{here}.owner"), &w.owner).await?;
        if store::syntho::workspace_by_pk_or_name(db, operator, w.pk, owner.organization, &w.name)
            .await
            .map_err(failed)?
            .is_some()
        {
            continue;
        }
        let mut members = vec![NewMember {
            pk: None,
            user_id: owner.id,
            role: api::MemberRole::Owner.wire().into(),
            data_access: true,
        }];
        for (m, member) in w.members.iter().enumerate() {
            let here = format!("{here}.members[{m}]");
            let user = user_by_email(db, &format!("{here}.email"), &member.email).await?;
            let new = NewMember {
                pk: member.pk,
                user_id: user.id,
                role: member.role.wire().into(),
                data_access: member.data_access,
            };
            match members.iter_mut().find(|n| n.user_id == user.id) {
                Some(existing) => *existing = new,
                None => members.push(new),
            }
        }
        let workspace = row(state, w, &owner)?;
        let jobs = jobs(state, w, &workspace);
        let owner = authz::act_as(operator, owner);
        store::syntho::restore_workspace(db, &owner, workspace, members, jobs)
            .await
            .map_err(failed)?;
        loaded.syntho_workspaces += 1;
    }
    Ok(())
}

fn row(
    state: &AppState,
    w: &WorkspaceFixture,
    owner: &user::Model,
) -> Result<sy_workspace::ActiveModel, String> {
    let stored = |c: &api::Connection| {
        with_write_only(|| serde_json::to_string(c)).map_err(|e| e.to_string())
    };
    let mut row = sy_workspace::ActiveModel {
        name: Set(w.name.trim().to_string()),
        organization: Set(owner.organization),
        created_at: Set(w.created_at.unwrap_or_else(|| state.now_ms())),
        engine_id: Set(w.engine_id.unwrap_or_else(|| state.ids.uuid()).to_string()),
        connector_type: Set(w.source_connection.connector_type.wire().into()),
        source_connection: Set(stored(&w.source_connection)?),
        target_connection: Set(stored(&w.target_connection)?),
        initialization_mode: Set(Some(
            w.initialization_mode
                .unwrap_or(api::InitializationMode::Scratch)
                .wire()
                .into(),
        )),
        key_generation_method: Set(Some(
            w.key_generation_method
                .unwrap_or(api::KeyGenerationMethod::Duplicate)
                .wire()
                .into(),
        )),
        default_locale: Set(Some(
            w.default_locale
                .unwrap_or(api::DefaultLocale::En)
                .wire()
                .into(),
        )),
        source_database_status: Set(w
            .source_database_status
            .unwrap_or(api::SourceDatabaseStatus::Current)
            .wire()
            .into()),
        sample_db: Set(w.sample_db.clone()),
        ..Default::default()
    };
    if let Some(pk) = w.pk {
        row.pk = Set(pk);
    }
    Ok(row)
}

/// The fixture's jobs, or a finished creation job: a workspace described by a fixture
/// is ready from the start.
fn jobs(
    state: &AppState,
    w: &WorkspaceFixture,
    workspace: &sy_workspace::ActiveModel,
) -> Vec<sy_job::Model> {
    let engine_id = workspace.engine_id.clone().unwrap();
    if w.jobs.is_empty() {
        let mut job = super::jobs::creation_job(state, &engine_id, std::time::Duration::ZERO);
        job.status = api::JobStatus::Success.wire().into();
        return vec![job];
    }
    w.jobs
        .iter()
        .map(|j| sy_job::Model {
            id: j.id.to_string(),
            engine_id: engine_id.clone(),
            workspace: 0,
            job_type: j.job_type.clone(),
            status: j.status.wire().into(),
            reason: j.reason.clone(),
            created: j.created,
            last_updated: j.last_updated,
            due_at: j.due_at,
        })
        .collect()
}

/// Every workspace with its members and jobs, as a fixtures section.
pub fn export(
    workspaces: Vec<store::syntho::StoredWorkspace>,
    users: &std::collections::HashMap<i32, user::Model>,
) -> Result<SynthoFixtures, String> {
    let email = |id: i32| users.get(&id).map(|u| u.email.clone()).unwrap_or_default();
    let workspaces = workspaces
        .into_iter()
        .map(|(w, members, jobs)| {
            let settings = super::workspaces::Settings::of(&w);
            Ok(WorkspaceFixture {
                pk: Some(w.pk),
                name: w.name,
                owner: email(w.owner_id),
                created_at: Some(w.created_at),
                engine_id: w.engine_id.parse().ok(),
                // A serialized Connection leaves its write-only secrets out.
                source_connection: connection_of(w.pk, "source_connection", &w.source_connection)?,
                target_connection: connection_of(w.pk, "target_connection", &w.target_connection)?,
                initialization_mode: settings.initialization_mode,
                key_generation_method: settings.key_generation_method,
                default_locale: settings.default_locale,
                source_database_status: api::SourceDatabaseStatus::from_wire(
                    &w.source_database_status,
                ),
                sample_db: w.sample_db,
                members: members.into_iter().map(|m| member(m, &email)).collect(),
                jobs: jobs
                    .into_iter()
                    .filter_map(|j| {
                        Some(JobFixture {
                            id: j.id.parse().ok()?,
                            job_type: j.job_type,
                            status: api::JobStatus::from_wire(&j.status)?,
                            reason: j.reason,
                            created: j.created,
                            last_updated: j.last_updated,
                            due_at: j.due_at,
                        })
                    })
                    .collect(),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(SynthoFixtures {
        users: Vec::new(),
        workspaces,
    })
}

fn member(m: sy_member::Model, email: &dyn Fn(i32) -> String) -> MemberFixture {
    MemberFixture {
        pk: Some(m.pk),
        email: email(m.user_id),
        role: api::MemberRole::from_wire(&m.role).unwrap_or(api::MemberRole::Reader),
        data_access: m.data_access,
    }
}

fn connection_of(pk: i32, field: &str, stored: &str) -> Result<api::Connection, String> {
    serde_json::from_str(stored)
        .map_err(|e| format!("syntho workspace {pk}: the stored {field} does not parse: {e}"))
}
