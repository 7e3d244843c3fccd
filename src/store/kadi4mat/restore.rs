//! How a fixtures file (or an export) brings Kadi4Mat's groups, templates, records and
//! collections back, and reads them all for an export. A restored resource is written as
//! the API would have left it: its creator holds its admin role (a group's creator is its
//! admin member), and it has one revision, by its creator at its last modification,
//! holding its attributes as loaded. Ids and times are the caller's (the file's).
//! Only the operator (startup, the CLI) calls these: there is no request to authorize.
//! What an export reads is in [`super::snapshot`].

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, NotSet, Set, TransactionTrait};

use super::access::Kind;
use super::collections::{NewCollection, Stored as StoredCollection};
use super::groups::NewGroup;
use super::records::{NewRecord, Stored as StoredRecord};
use super::roles::Subject;
use super::templates::NewTemplate;
use super::{lifecycle, resources, tags};
use crate::authz::Operator;
use crate::store::entities::{
    kd_collection, kd_collection_record, kd_group, kd_group_member, kd_record, kd_record_link,
    kd_template,
};
use crate::store::StoreError;

/// A resource to bring back: what the API's create would write (`new`, checked by the
/// service), and what only a restore sets.
#[derive(Debug, Clone)]
pub struct Restored<N> {
    /// Kept when given; the database assigns one otherwise.
    pub id: Option<i32>,
    pub new: N,
    pub creator_id: i32,
    /// `active`, or `deleted` for one in the trash.
    pub state: String,
    pub created_at: i64,
    pub last_modified: i64,
}

/// Whether a resource of `kind` has `id` or `identifier` (in any state): a fixtures entry
/// that names one is left alone.
pub async fn taken<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    kind: Kind,
    id: Option<i32>,
    identifier: &str,
) -> Result<bool, StoreError> {
    if let Some(id) = id {
        if resources::by_id(db, kind, id).await?.is_some() {
            return Ok(true);
        }
    }
    Ok(resources::by_identifier(db, kind, identifier)
        .await?
        .is_some())
}

/// Brings a group back with its members (user id, role; the creator is its admin member
/// whatever `members` says).
pub async fn group<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _operator: &Operator,
    r: Restored<NewGroup>,
    members: &[(i32, &str)],
) -> Result<kd_group::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
    let group = kd_group::ActiveModel {
        id: r.id.map_or(NotSet, Set),
        identifier: Set(r.new.identifier),
        title: Set(r.new.title),
        description: Set(r.new.description),
        visibility: Set(r.new.visibility),
        state: Set(r.state),
        creator_id: Set(r.creator_id),
        created_at: Set(r.created_at),
        last_modified: Set(r.last_modified),
    }
    .insert(&txn)
    .await?;
    let creator = [(r.creator_id, "admin")];
    let others = members.iter().filter(|(user, _)| *user != r.creator_id);
    for (user, role) in creator.iter().chain(others) {
        kd_group_member::ActiveModel {
            group_id: Set(group.id),
            user_id: Set(*user),
            role: Set(role.to_string()),
            created_at: Set(r.created_at),
        }
        .insert(&txn)
        .await?;
    }
    lifecycle::revise(&txn, &group, r.creator_id, r.last_modified).await?;
    txn.commit().await?;
    Ok(group)
}

/// Brings a template back with the roles users and groups hold on it.
pub async fn template<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _operator: &Operator,
    r: Restored<NewTemplate>,
    roles: &[(Subject, &str)],
) -> Result<kd_template::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
    let template = kd_template::ActiveModel {
        id: r.id.map_or(NotSet, Set),
        identifier: Set(r.new.identifier),
        title: Set(r.new.title),
        description: Set(r.new.description),
        visibility: Set(r.new.visibility),
        state: Set(r.state),
        creator_id: Set(r.creator_id),
        created_at: Set(r.created_at),
        last_modified: Set(r.last_modified),
        r#type: Set(r.new.r#type),
        data: Set(r.new.data),
    }
    .insert(&txn)
    .await?;
    grant(
        &txn,
        Kind::Template,
        template.id,
        r.creator_id,
        r.created_at,
        roles,
    )
    .await?;
    lifecycle::revise(&txn, &template, r.creator_id, r.last_modified).await?;
    txn.commit().await?;
    Ok(template)
}

/// Brings a record back with its tags and roles (its links come after every record).
pub async fn record<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _operator: &Operator,
    r: Restored<NewRecord>,
    roles: &[(Subject, &str)],
) -> Result<kd_record::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
    let record = kd_record::ActiveModel {
        id: r.id.map_or(NotSet, Set),
        identifier: Set(r.new.identifier),
        title: Set(r.new.title),
        description: Set(r.new.description),
        visibility: Set(r.new.visibility),
        state: Set(r.state),
        creator_id: Set(r.creator_id),
        created_at: Set(r.created_at),
        last_modified: Set(r.last_modified),
        r#type: Set(r.new.r#type),
        license: Set(r.new.license),
        extras: Set(r.new.extras),
    }
    .insert(&txn)
    .await?;
    tags::set(&txn, Kind::Record, record.id, &r.new.tags).await?;
    grant(
        &txn,
        Kind::Record,
        record.id,
        r.creator_id,
        r.created_at,
        roles,
    )
    .await?;
    let stored = StoredRecord {
        record,
        tags: r.new.tags,
    };
    lifecycle::revise(&txn, &stored, r.creator_id, r.last_modified).await?;
    txn.commit().await?;
    Ok(stored.record)
}

/// Brings a collection back with its tags, default record template, records (joined at
/// `now`: the file does not keep when) and roles (its parent comes after every
/// collection).
pub async fn collection<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    _operator: &Operator,
    r: Restored<NewCollection>,
    record_template: Option<i32>,
    records: &[i32],
    roles: &[(Subject, &str)],
    now: i64,
) -> Result<kd_collection::Model, StoreError> {
    let txn = crate::store::begin(db).await?;
    let collection = kd_collection::ActiveModel {
        id: r.id.map_or(NotSet, Set),
        identifier: Set(r.new.identifier),
        title: Set(r.new.title),
        description: Set(r.new.description),
        visibility: Set(r.new.visibility),
        state: Set(r.state),
        creator_id: Set(r.creator_id),
        created_at: Set(r.created_at),
        last_modified: Set(r.last_modified),
        parent_id: Set(None),
        record_template_id: Set(record_template),
    }
    .insert(&txn)
    .await?;
    tags::set(&txn, Kind::Collection, collection.id, &r.new.tags).await?;
    for record in records {
        kd_collection_record::ActiveModel {
            collection_id: Set(collection.id),
            record_id: Set(*record),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    grant(
        &txn,
        Kind::Collection,
        collection.id,
        r.creator_id,
        r.created_at,
        roles,
    )
    .await?;
    let stored = StoredCollection {
        collection,
        tags: r.new.tags,
    };
    lifecycle::revise(&txn, &stored, r.creator_id, r.last_modified).await?;
    txn.commit().await?;
    Ok(stored.collection)
}

/// Makes a restored collection a child of `parent`, leaving its last modification as the
/// file gives it (the API's link would move it).
pub async fn set_parent<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    child: i32,
    parent: i32,
) -> Result<(), StoreError> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};
    kd_collection::Entity::update_many()
        .col_expr(kd_collection::Column::ParentId, Expr::value(parent))
        .filter(kd_collection::Column::Id.eq(child))
        .exec(db)
        .await?;
    Ok(())
}

/// Brings a link between two records back (`id` kept when set, else assigned).
pub async fn link<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
    id: Option<i32>,
    link: kd_record_link::Model,
) -> Result<kd_record_link::Model, StoreError> {
    let mut row = kd_record_link::ActiveModel::from(link).reset_all();
    row.id = id.map_or(NotSet, Set);
    Ok(row.insert(db).await?)
}

/// The creator's admin role, then `roles` (a role the creator is given again is theirs
/// already: the creator stays admin, as in the API).
async fn grant<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    resource: i32,
    creator: i32,
    at: i64,
    roles: &[(Subject, &str)],
) -> Result<(), StoreError> {
    let admin = [(Subject::User(creator), "admin")];
    let others = roles.iter().filter(|(s, _)| *s != Subject::User(creator));
    for (subject, role) in admin.iter().chain(others) {
        super::roles::grant(db, kind, resource, *subject, role, at).await?;
    }
    Ok(())
}
