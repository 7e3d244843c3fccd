//! Queries on collections: their own columns, tags, records, children and lifecycle.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::access::Kind;
use super::lifecycle::{self, revisioned_tagged};
use super::revisions;
use super::tags;
use crate::authz::kadi4mat::{Caller, Link, Permitted, Trashed, Update};
use crate::store::entities::{kd_collection, kd_collection_record, kd_role};
use crate::store::StoreError;

/// `ids` and, when `children` is set, every collection below them.
pub async fn with_children<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
    children: bool,
) -> Result<Vec<i32>, StoreError> {
    let mut all: HashSet<i32> = ids.iter().copied().collect();
    if !children {
        return Ok(all.into_iter().collect());
    }
    let mut frontier: Vec<i32> = ids.to_vec();
    // Bounded: a collection has one parent and cycles are refused when linking.
    for _ in 0..64 {
        if frontier.is_empty() {
            break;
        }
        let next: Vec<i32> = kd_collection::Entity::find()
            .filter(kd_collection::Column::ParentId.is_in(frontier.clone()))
            .filter(kd_collection::Column::State.eq("active"))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .filter(|id| all.insert(*id))
            .collect();
        frontier = next;
    }
    Ok(all.into_iter().collect())
}

/// Records that belong to one of `collections` (a condition on `kd_records.id`).
pub fn holds_records(collections: &[i32]) -> SimpleExpr {
    Expr::col((Alias::new("kd_records"), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("record_id"))
            .from(Alias::new("kd_collection_records"))
            .and_where(Expr::col(Alias::new("collection_id")).is_in(collections.to_vec()))
            .to_owned(),
    )
}

/// Collections that hold `record` (a condition on `kd_collections.id`).
pub fn holding_record(record: i32) -> SimpleExpr {
    Expr::col((Alias::new("kd_collections"), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("collection_id"))
            .from(Alias::new("kd_collection_records"))
            .and_where(Expr::col(Alias::new("record_id")).eq(record))
            .to_owned(),
    )
}

/// Collections whose parent is `parent` (a condition on `kd_collections.parent_id`).
pub fn children_of(parent: i32) -> SimpleExpr {
    Expr::col((Alias::new("kd_collections"), Alias::new("parent_id"))).eq(parent)
}

/// A collection to create (validated by the service).
#[derive(Debug, Clone)]
pub struct NewCollection {
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub visibility: String,
    pub tags: Vec<String>,
}

/// A collection with its tags.
#[derive(Debug, Clone)]
pub struct Stored {
    pub collection: kd_collection::Model,
    pub tags: Vec<String>,
}

revisioned_tagged!(
    Stored,
    collection,
    kd_collection::ActiveModel,
    Kind::Collection,
    one
);

impl Stored {
    /// The attributes a revision keeps.
    pub fn revision_data(&self) -> serde_json::Value {
        let c = &self.collection;
        serde_json::json!({
            "identifier": c.identifier,
            "title": c.title,
            "description": c.description,
            "visibility": c.visibility,
            "state": c.state,
            "tags": self.tags,
        })
    }
}

/// Creates a collection whose creator holds its admin role, with its first revision.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    caller: &Caller,
    new: NewCollection,
    now: i64,
) -> Result<Stored, StoreError> {
    let txn = crate::store::begin(db).await?;
    let collection = kd_collection::ActiveModel {
        identifier: Set(new.identifier),
        title: Set(new.title),
        description: Set(new.description),
        visibility: Set(new.visibility),
        state: Set("active".into()),
        creator_id: Set(caller.id()),
        created_at: Set(now),
        last_modified: Set(now),
        parent_id: Set(None),
        record_template_id: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    tags::set(&txn, Kind::Collection, collection.id, &new.tags).await?;
    lifecycle::grant_creator(&txn, Kind::Collection, collection.id, caller.id(), now).await?;
    let stored = Stored {
        collection,
        tags: new.tags,
    };
    lifecycle::revise(&txn, &stored, caller.id(), now).await?;
    txn.commit().await?;
    Ok(stored)
}

/// The collections with `ids`, with their tags, in the order of `ids`.
pub async fn load<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<Vec<Stored>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<i32, kd_collection::Model> = kd_collection::Entity::find()
        .filter(kd_collection::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut tags = tags::of(db, Kind::Collection, ids).await?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            rows.remove(id).map(|collection| Stored {
                tags: tags.remove(id).unwrap_or_default(),
                collection,
            })
        })
        .collect())
}

pub async fn one<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Stored>, StoreError> {
    Ok(load(db, &[id]).await?.pop())
}

/// The changes an edit makes; `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct CollectionChanges {
    pub identifier: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<String>,
    pub tags: Option<Vec<String>>,
}

/// Applies `changes`, with a revision, in one transaction (nothing when nothing changes).
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    collection: &Permitted<Update>,
    caller: &Caller,
    changes: CollectionChanges,
    now: i64,
) -> Result<Stored, StoreError> {
    lifecycle::edit(db, collection.id(), caller, now, |next: &mut Stored| {
        let c = &mut next.collection;
        if let Some(v) = changes.identifier {
            c.identifier = v;
        }
        if let Some(v) = changes.title {
            c.title = v;
        }
        if let Some(v) = changes.description {
            c.description = v;
        }
        if let Some(v) = changes.visibility {
            c.visibility = v;
        }
        if let Some(tags) = changes.tags {
            next.tags = tags;
        }
    })
    .await
}

/// Moves a collection to the trash or back, with a revision.
pub async fn set_state<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<Stored, StoreError> {
    lifecycle::set_state(db, id, caller, state, now).await
}

/// Deletes a trashed collection for good: its tags, roles, record memberships and
/// revisions; its children lose their parent.
pub async fn purge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    collection: &Trashed,
) -> Result<(), StoreError> {
    let id = collection.id();
    let txn = crate::store::begin(db).await?;
    kd_collection::Entity::update_many()
        .col_expr(
            kd_collection::Column::ParentId,
            Expr::value(Option::<i32>::None),
        )
        .filter(kd_collection::Column::ParentId.eq(id))
        .exec(&txn)
        .await?;
    kd_collection_record::Entity::delete_many()
        .filter(kd_collection_record::Column::CollectionId.eq(id))
        .exec(&txn)
        .await?;
    kd_role::Entity::delete_many()
        .filter(kd_role::Column::ResourceType.eq("collection"))
        .filter(kd_role::Column::ResourceId.eq(id))
        .exec(&txn)
        .await?;
    tags::forget(&txn, Kind::Collection, id).await?;
    revisions::forget(&txn, "collection", &id.to_string()).await?;
    kd_collection::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Whether `record` is in `collection`.
pub async fn holds<C: ConnectionTrait>(
    db: &C,
    collection: i32,
    record: i32,
) -> Result<bool, StoreError> {
    Ok(
        kd_collection_record::Entity::find_by_id((collection, record))
            .one(db)
            .await?
            .is_some(),
    )
}

/// Puts a record into a collection; the caller may link both.
pub async fn add_record<C: ConnectionTrait>(
    db: &C,
    collection: &Permitted<Link>,
    record: &Permitted<Link>,
    now: i64,
) -> Result<(), StoreError> {
    kd_collection_record::ActiveModel {
        collection_id: Set(collection.id()),
        record_id: Set(record.id()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Takes a record out of a collection; whether it was in it.
pub async fn remove_record<C: ConnectionTrait>(
    db: &C,
    collection: &Permitted<Link>,
    record: &Permitted<Link>,
) -> Result<bool, StoreError> {
    let result = kd_collection_record::Entity::delete_by_id((collection.id(), record.id()))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Makes `child` a child of `parent` (a collection has at most one parent).
pub async fn set_parent<C: ConnectionTrait>(
    db: &C,
    child: &Permitted<Link>,
    parent: Option<&Permitted<Link>>,
    now: i64,
) -> Result<(), StoreError> {
    kd_collection::Entity::update_many()
        .col_expr(
            kd_collection::Column::ParentId,
            Expr::value(parent.map(|p| p.id())),
        )
        .col_expr(kd_collection::Column::LastModified, Expr::value(now))
        .filter(kd_collection::Column::Id.eq(child.id()))
        .exec(db)
        .await?;
    Ok(())
}

/// The chain of parents above `id`, nearest first (bounded, as cycles are refused).
pub async fn ancestors<C: ConnectionTrait>(db: &C, id: i32) -> Result<Vec<i32>, StoreError> {
    let mut chain = Vec::new();
    let mut current = id;
    for _ in 0..64 {
        let Some(row) = kd_collection::Entity::find_by_id(current).one(db).await? else {
            break;
        };
        match row.parent_id {
            Some(parent) if !chain.contains(&parent) => {
                chain.push(parent);
                current = parent;
            }
            _ => break,
        }
    }
    Ok(chain)
}

/// The common columns of a collection row.
pub fn parent_of(c: &kd_collection::Model) -> Option<i32> {
    c.parent_id
}
