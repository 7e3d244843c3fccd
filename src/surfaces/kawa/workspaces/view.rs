//! A workspace as KAWA shows it, with its members.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::super::error::KawaError;
use crate::common::time::iso_ms;
use crate::store::entities::{kw_workspace, kw_workspace_member};
use crate::store::kawa::{text_list, workspaces as store};

/// `rows` as KAWA shows them, their members read in one query.
pub async fn workspaces<C: ConnectionTrait>(
    db: &C,
    rows: &[kw_workspace::Model],
) -> Result<Vec<api::Workspace>, KawaError> {
    let ids: Vec<i32> = rows.iter().map(|w| w.id).collect();
    let mut members = store::members_of(db, &ids).await?;
    Ok(rows
        .iter()
        .map(|w| view(w, members.remove(&w.id).unwrap_or_default()))
        .collect())
}

/// One workspace as KAWA shows it.
pub async fn workspace<C: ConnectionTrait>(
    db: &C,
    row: &kw_workspace::Model,
) -> Result<api::Workspace, KawaError> {
    let mut all = workspaces(db, std::slice::from_ref(row)).await?;
    Ok(all.remove(0))
}

fn view(w: &kw_workspace::Model, members: Vec<kw_workspace_member::Model>) -> api::Workspace {
    api::Workspace {
        id: w.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: w.name.clone(),
            description: Some(w.description.clone()),
        },
        is_public: w.is_public,
        owner_id: w.owner_id.to_string(),
        members: members
            .iter()
            .map(|m| api::WorkspaceMember {
                principal_id: m.user_id.to_string(),
                permissions: store::permissions(m),
            })
            .collect(),
        tags: text_list(&w.tags),
        created_at: iso_ms(w.created_at),
    }
}
