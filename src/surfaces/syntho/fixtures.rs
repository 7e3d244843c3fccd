//! Syntho records from a `--fixtures` file: users, then workspaces (ready, with their
//! members). Existing emails and workspace names are left alone, so loading twice
//! changes nothing.

use generated::support::{with_write_only, WireEnum};
use generated::syntho::v1 as api;
use sea_orm::Set;
use serde::Deserialize;

use super::connections;
use crate::authz::{syntho as authz, Operator};
use crate::common::secrets::Secret;
use crate::state::AppState;
use crate::store;
use crate::store::entities::sy_workspace;
use crate::store::syntho::NewMember;
use crate::surfaces::accounts;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynthoFixtures {
    #[serde(default)]
    pub users: Vec<UserFixture>,
    #[serde(default)]
    pub workspaces: Vec<WorkspaceFixture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserFixture {
    pub email: String,
    pub password: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default = "default_org")]
    pub organization: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceFixture {
    pub name: String,
    /// Email of the owning user (created above, or the bootstrap admin).
    pub owner: String,
    pub source_connection: api::Connection,
    pub target_connection: api::Connection,
    pub initialization_mode: Option<api::InitializationMode>,
    pub key_generation_method: Option<api::KeyGenerationMethod>,
    pub default_locale: Option<api::DefaultLocale>,
    #[serde(default)]
    pub members: Vec<MemberFixture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberFixture {
    pub email: String,
    pub role: api::MemberRole,
    #[serde(default)]
    pub data_access: bool,
}

fn default_org() -> i32 {
    1
}

/// Loads users and workspaces; returns how many records were new.
pub async fn load(
    state: &AppState,
    operator: &Operator,
    fixtures: &SynthoFixtures,
) -> Result<usize, String> {
    let mut created = 0;
    for u in &fixtures.users {
        if store::accounts::user_by_email(&state.db, &u.email)
            .await
            .map_err(|e| e.to_string())?
            .is_some()
        {
            continue;
        }
        let spec = accounts::UserSpec {
            email: &u.email,
            password: Secret::new(u.password.clone()),
            first_name: &u.first_name,
            last_name: &u.last_name,
            organization: u.organization,
        };
        accounts::create_user(state, spec).await?;
        created += 1;
    }
    for w in &fixtures.workspaces {
        let owner = store::accounts::user_by_email(&state.db, &w.owner)
            .await
            .map_err(|e| e.to_string())?
            .ok_or_else(|| {
                format!(
                    "syntho workspace {:?}: no user has email {}",
                    w.name, w.owner
                )
            })?;
        if store::syntho::name_taken(&state.db, owner.organization, &w.name, None)
            .await
            .map_err(|e| e.to_string())?
        {
            continue;
        }
        let errors = connections::check_pair(&w.source_connection, &w.target_connection);
        if !errors.is_empty() {
            return Err(format!(
                "syntho workspace {:?}: {}",
                w.name,
                serde_json::to_string(&errors).unwrap_or_default()
            ));
        }
        let mut members = vec![NewMember {
            user_id: owner.id,
            role: "OWNER".into(),
            data_access: true,
        }];
        for m in &w.members {
            let user = store::accounts::user_by_email(&state.db, &m.email)
                .await
                .map_err(|e| e.to_string())?
                .ok_or_else(|| {
                    format!(
                        "syntho workspace {:?}: no user has email {}",
                        w.name, m.email
                    )
                })?;
            if user.id != owner.id {
                members.push(NewMember {
                    user_id: user.id,
                    role: m.role.wire().into(),
                    data_access: m.data_access,
                });
            }
        }
        let engine_id = state.ids.uuid().to_string();
        let workspace = sy_workspace::ActiveModel {
            name: Set(w.name.clone()),
            organization: Set(owner.organization),
            created_at: Set(state.now_ms()),
            engine_id: Set(engine_id.clone()),
            connector_type: Set(w.source_connection.connector_type.wire().into()),
            source_connection: Set(
                with_write_only(|| serde_json::to_string(&w.source_connection))
                    .map_err(|e| e.to_string())?,
            ),
            target_connection: Set(
                with_write_only(|| serde_json::to_string(&w.target_connection))
                    .map_err(|e| e.to_string())?,
            ),
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
            source_database_status: Set("CURRENT".into()),
            sample_db: Set(None),
            ..Default::default()
        };
        // A fixture describes a known state: its engine is ready from the start.
        let mut job = super::jobs::creation_job(state, &engine_id, std::time::Duration::ZERO);
        job.status = "SUCCESS".into();
        let owner = authz::act_as(operator, owner);
        store::syntho::create_workspace(&state.db, &owner, workspace, members, job)
            .await
            .map_err(|e| e.to_string())?;
        created += 1;
    }
    Ok(created)
}
