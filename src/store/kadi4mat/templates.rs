//! Queries on templates (record and extras templates): their rows and lifecycle.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::access::Kind;
use super::lifecycle::{self, revisioned_row};
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

revisioned_row!(
    kd_template::Model,
    kd_template::ActiveModel,
    Kind::Template,
    revision_data,
    one
);

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

/// Creates a template whose creator holds its admin role, with its first revision.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    caller: &Caller,
    new: NewTemplate,
    now: i64,
) -> Result<kd_template::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
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
    lifecycle::grant_creator(&txn, Kind::Template, template.id, caller.id(), now).await?;
    lifecycle::revise(&txn, &template, caller.id(), now).await?;
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
    lifecycle::edit(
        db,
        template.id(),
        caller,
        now,
        |t: &mut kd_template::Model| {
            if let Some(v) = changes.identifier {
                t.identifier = v;
            }
            if let Some(v) = changes.title {
                t.title = v;
            }
            if let Some(v) = changes.description {
                t.description = v;
            }
            if let Some(v) = changes.visibility {
                t.visibility = v;
            }
            if let Some(v) = changes.data {
                t.data = v;
            }
        },
    )
    .await
}

/// Moves a template to the trash or back, with a revision.
pub async fn set_state<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<kd_template::Model, StoreError> {
    lifecycle::set_state(db, id, caller, state, now).await
}

/// Deletes a trashed template for good: its roles and revisions; collections that
/// named it as their record template no longer do.
pub async fn purge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    template: &Trashed,
) -> Result<(), StoreError> {
    let id = template.id();
    let txn = crate::store::begin(db).await?;
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
