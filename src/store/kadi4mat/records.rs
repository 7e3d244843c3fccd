//! Queries on records: their own columns, tags and lifecycle. Finding, listing and the
//! trash are shared with the other kinds ([`super::resources`]).

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::access::Kind;
use super::lifecycle::{self, revisioned_tagged};
use super::revisions;
use super::tags;
use crate::authz::kadi4mat::{Caller, Permitted, Trashed, Update};
use crate::store::entities::{
    kd_collection_record, kd_file, kd_record, kd_record_link, kd_role, kd_upload, kd_upload_chunk,
};
use crate::store::StoreError;

/// A record to create (validated by the service).
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub visibility: String,
    pub r#type: Option<String>,
    pub license: Option<String>,
    /// The extras as JSON text.
    pub extras: String,
    pub tags: Vec<String>,
}

/// A record with its tags.
#[derive(Debug, Clone)]
pub struct Stored {
    pub record: kd_record::Model,
    pub tags: Vec<String>,
}

revisioned_tagged!(Stored, record, kd_record::ActiveModel, Kind::Record, one);

impl Stored {
    /// The attributes a revision keeps.
    pub fn revision_data(&self) -> serde_json::Value {
        let r = &self.record;
        serde_json::json!({
            "identifier": r.identifier,
            "title": r.title,
            "description": r.description,
            "visibility": r.visibility,
            "state": r.state,
            "type": r.r#type,
            "license": r.license,
            "tags": self.tags,
            "extras": serde_json::from_str::<serde_json::Value>(&r.extras).unwrap_or_default(),
        })
    }
}

/// Creates a record whose creator (the caller) holds its admin role, with its first
/// revision, in one transaction.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    caller: &Caller,
    new: NewRecord,
    now: i64,
) -> Result<Stored, StoreError> {
    let txn = crate::store::begin(db).await?;
    let record = kd_record::ActiveModel {
        identifier: Set(new.identifier),
        title: Set(new.title),
        description: Set(new.description),
        visibility: Set(new.visibility),
        state: Set("active".into()),
        creator_id: Set(caller.id()),
        created_at: Set(now),
        last_modified: Set(now),
        r#type: Set(new.r#type),
        license: Set(new.license),
        extras: Set(new.extras),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    tags::set(&txn, Kind::Record, record.id, &new.tags).await?;
    lifecycle::grant_creator(&txn, Kind::Record, record.id, caller.id(), now).await?;
    let stored = Stored {
        record,
        tags: new.tags,
    };
    lifecycle::revise(&txn, &stored, caller.id(), now).await?;
    txn.commit().await?;
    Ok(stored)
}

/// The records with `ids`, with their tags, in the order of `ids` (missing ones left out).
pub async fn load<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<Vec<Stored>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut records: HashMap<i32, kd_record::Model> = kd_record::Entity::find()
        .filter(kd_record::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut tags = tags::of(db, Kind::Record, ids).await?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            records.remove(id).map(|record| Stored {
                tags: tags.remove(id).unwrap_or_default(),
                record,
            })
        })
        .collect())
}

/// One record with its tags, in any state.
pub async fn one<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Stored>, StoreError> {
    Ok(load(db, &[id]).await?.pop())
}

/// The changes an edit makes (validated by the service); `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct RecordChanges {
    pub identifier: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<String>,
    pub r#type: Option<Option<String>>,
    pub license: Option<Option<String>>,
    pub extras: Option<String>,
    pub tags: Option<Vec<String>>,
}

/// Applies `changes` to the record the proof names, with a revision, in one transaction;
/// nothing is written (no revision either) when nothing changes.
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    record: &Permitted<Update>,
    caller: &Caller,
    changes: RecordChanges,
    now: i64,
) -> Result<Stored, StoreError> {
    lifecycle::edit(db, record.id(), caller, now, |next: &mut Stored| {
        let r = &mut next.record;
        if let Some(v) = changes.identifier {
            r.identifier = v;
        }
        if let Some(v) = changes.title {
            r.title = v;
        }
        if let Some(v) = changes.description {
            r.description = v;
        }
        if let Some(v) = changes.visibility {
            r.visibility = v;
        }
        if let Some(v) = changes.r#type {
            r.r#type = v;
        }
        if let Some(v) = changes.license {
            r.license = v;
        }
        if let Some(v) = changes.extras {
            r.extras = v;
        }
        if let Some(tags) = changes.tags {
            next.tags = tags;
        }
    })
    .await
}

/// Moves a record to the trash or back (`deleted` / `active`), with a revision.
pub async fn set_state<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<Stored, StoreError> {
    lifecycle::set_state(db, id, caller, state, now).await
}

/// Deletes a trashed record for good with everything that belongs to it; returns the
/// storage keys of its files and uploads, whose bytes the caller removes.
pub async fn purge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    record: &Trashed,
) -> Result<Vec<String>, StoreError> {
    let id = record.id();
    let txn = crate::store::begin(db).await?;
    let files = kd_file::Entity::find()
        .filter(kd_file::Column::RecordId.eq(id))
        .all(&txn)
        .await?;
    let uploads = kd_upload::Entity::find()
        .filter(kd_upload::Column::RecordId.eq(id))
        .all(&txn)
        .await?;
    let mut keys: Vec<String> = files.iter().map(|f| f.storage_key.clone()).collect();
    keys.extend(uploads.iter().map(|u| format!("uploads/{}", u.id)));
    for f in &files {
        revisions::forget(&txn, "file", &f.id).await?;
    }
    let upload_ids: Vec<String> = uploads.iter().map(|u| u.id.clone()).collect();
    kd_upload_chunk::Entity::delete_many()
        .filter(kd_upload_chunk::Column::UploadId.is_in(upload_ids))
        .exec(&txn)
        .await?;
    kd_upload::Entity::delete_many()
        .filter(kd_upload::Column::RecordId.eq(id))
        .exec(&txn)
        .await?;
    kd_file::Entity::delete_many()
        .filter(kd_file::Column::RecordId.eq(id))
        .exec(&txn)
        .await?;
    kd_record_link::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(kd_record_link::Column::RecordFrom.eq(id))
                .add(kd_record_link::Column::RecordTo.eq(id)),
        )
        .exec(&txn)
        .await?;
    kd_collection_record::Entity::delete_many()
        .filter(kd_collection_record::Column::RecordId.eq(id))
        .exec(&txn)
        .await?;
    kd_role::Entity::delete_many()
        .filter(kd_role::Column::ResourceType.eq("record"))
        .filter(kd_role::Column::ResourceId.eq(id))
        .exec(&txn)
        .await?;
    tags::forget(&txn, Kind::Record, id).await?;
    revisions::forget(&txn, "record", &id.to_string()).await?;
    kd_record::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(keys)
}

/// The extras of every active record `caller` may read, by id (for Kadi's extras
/// search, which the service evaluates).
pub async fn extras_of_readable<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
) -> Result<Vec<(i32, String)>, StoreError> {
    use sea_orm::QuerySelect;
    let rows = kd_record::Entity::find()
        .select_only()
        .column(kd_record::Column::Id)
        .column(kd_record::Column::Extras)
        .filter(kd_record::Column::State.eq("active"))
        .filter(super::access::permitted(
            super::access::Kind::Record,
            super::access::Action::Read,
            (kd_record::Entity, kd_record::Column::Id),
            (kd_record::Entity, kd_record::Column::Visibility),
            caller,
        ))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?;
    Ok(rows)
}
