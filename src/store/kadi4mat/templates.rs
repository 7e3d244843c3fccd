//! Queries on templates (record and extras templates): their rows and lifecycle.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::access::Kind;
use super::revisions;
use crate::authz::kadi4mat::{Caller, Permitted, Trashed, Update};
use crate::store::entities::{kd_collection, kd_role, kd_template};
use crate::store::StoreError;

/// The templates with `ids`, in that order (ids without a row are left out).
pub async fn load<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<kd_template::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<i32, kd_template::Model> = kd_template::Entity::find()
        .filter(kd_template::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
}

/// The template with `id`, in any state.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<kd_template::Model>, StoreError> {
    Ok(kd_template::Entity::find_by_id(id).one(db).await?)
}

/// A template to create (validated by the service; `data` as stored JSON text).
#[derive(Debug, Clone)]
pub struct NewTemplate {
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub visibility: String,
    pub r#type: String,
    pub data: String,
}

/// The attributes a revision keeps.
pub fn revision_data(t: &kd_template::Model) -> serde_json::Value {
    serde_json::json!({
        "identifier": t.identifier,
        "title": t.title,
        "description": t.description,
        "visibility": t.visibility,
        "state": t.state,
        "type": t.r#type,
        "data": serde_json::from_str::<serde_json::Value>(&t.data).unwrap_or_default(),
    })
}

async fn revise<C: ConnectionTrait>(
    db: &C,
    t: &kd_template::Model,
    caller: &Caller,
    now: i64,
) -> Result<(), StoreError> {
    revisions::write(
        db,
        "template",
        &t.id.to_string(),
        caller.id(),
        now,
        &revision_data(t),
    )
    .await?;
    Ok(())
}

/// Creates a template whose creator holds its admin role, with its first revision.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    caller: &Caller,
    new: NewTemplate,
    now: i64,
) -> Result<kd_template::Model, StoreError> {
    let txn = db.begin().await?;
    let template = kd_template::ActiveModel {
        identifier: Set(new.identifier),
        title: Set(new.title),
        description: Set(new.description),
        visibility: Set(new.visibility),
        state: Set("active".into()),
        creator_id: Set(caller.id()),
        created_at: Set(now),
        last_modified: Set(now),
        r#type: Set(new.r#type),
        data: Set(new.data),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    kd_role::ActiveModel {
        resource_type: Set(Kind::Template.as_str().into()),
        resource_id: Set(template.id),
        subject_type: Set("user".into()),
        subject_id: Set(caller.id()),
        role: Set("admin".into()),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    revise(&txn, &template, caller, now).await?;
    txn.commit().await?;
    Ok(template)
}

/// The changes an edit makes; `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct TemplateChanges {
    pub identifier: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<String>,
    pub data: Option<String>,
}

/// Applies `changes`, with a revision, in one transaction (nothing when nothing changes).
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    template: &Permitted<Update>,
    caller: &Caller,
    changes: TemplateChanges,
    now: i64,
) -> Result<kd_template::Model, StoreError> {
    let txn = db.begin().await?;
    let current = one(&txn, template.id()).await?.ok_or_else(|| {
        StoreError::Internal(format!(
            "template {} vanished while being edited",
            template.id()
        ))
    })?;
    let mut next = current.clone();
    if let Some(v) = changes.identifier {
        next.identifier = v;
    }
    if let Some(v) = changes.title {
        next.title = v;
    }
    if let Some(v) = changes.description {
        next.description = v;
    }
    if let Some(v) = changes.visibility {
        next.visibility = v;
    }
    if let Some(v) = changes.data {
        next.data = v;
    }
    if revision_data(&next) == revision_data(&current) {
        txn.commit().await?;
        return Ok(current);
    }
    next.last_modified = now;
    let saved = kd_template::ActiveModel::from(next)
        .reset_all()
        .update(&txn)
        .await?;
    revise(&txn, &saved, caller, now).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Moves a template to the trash or back, with a revision.
pub async fn set_state<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<kd_template::Model, StoreError> {
    let txn = db.begin().await?;
    super::resources::set_state(&txn, Kind::Template, id, state, now).await?;
    let template = one(&txn, id)
        .await?
        .ok_or_else(|| StoreError::Internal(format!("template {id} vanished")))?;
    revise(&txn, &template, caller, now).await?;
    txn.commit().await?;
    Ok(template)
}

/// Deletes a trashed template for good: its roles and revisions; collections that
/// named it as their record template no longer do.
pub async fn purge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    template: &Trashed,
) -> Result<(), StoreError> {
    let id = template.id();
    let txn = db.begin().await?;
    kd_collection::Entity::update_many()
        .col_expr(
            kd_collection::Column::RecordTemplateId,
            sea_orm::sea_query::Expr::value(Option::<i32>::None),
        )
        .filter(kd_collection::Column::RecordTemplateId.eq(id))
        .exec(&txn)
        .await?;
    kd_role::Entity::delete_many()
        .filter(kd_role::Column::ResourceType.eq(Kind::Template.as_str()))
        .filter(kd_role::Column::ResourceId.eq(id))
        .exec(&txn)
        .await?;
    revisions::forget(&txn, "template", &id.to_string()).await?;
    kd_template::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}
