//! Every Kadi4Mat group, template, record and collection, in any state, with what belongs
//! to them (members, roles, links, a collection's records): what `understudy fixtures
//! export` writes. Files and revisions are not read: an export leaves them out.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use super::collections::Stored as StoredCollection;
use super::records::Stored as StoredRecord;
use crate::authz::Operator;
use crate::store::entities::{
    kd_collection, kd_collection_record, kd_group, kd_group_member, kd_record, kd_record_link,
    kd_role, kd_template,
};
use crate::store::StoreError;

/// Every group, template, record and collection, in any state, by id, with what belongs
/// to them: what an export writes.
#[derive(Debug, Default)]
pub struct Everything {
    pub groups: Vec<kd_group::Model>,
    /// By group id, then user id.
    pub members: HashMap<i32, Vec<kd_group_member::Model>>,
    pub templates: Vec<kd_template::Model>,
    pub records: Vec<StoredRecord>,
    pub collections: Vec<StoredCollection>,
    /// By (resource type, resource id), each list by subject type, then subject id.
    pub roles: HashMap<(String, i32), Vec<kd_role::Model>>,
    /// By the record they start from, each list by id.
    pub links: HashMap<i32, Vec<kd_record_link::Model>>,
    /// The records of each collection, by record id.
    pub collection_records: HashMap<i32, Vec<i32>>,
}

/// Reads [`Everything`].
pub async fn everything<C: ConnectionTrait>(
    db: &C,
    _operator: &Operator,
) -> Result<Everything, StoreError> {
    let mut all = Everything {
        groups: kd_group::Entity::find()
            .order_by_asc(kd_group::Column::Id)
            .all(db)
            .await?,
        templates: kd_template::Entity::find()
            .order_by_asc(kd_template::Column::Id)
            .all(db)
            .await?,
        ..Everything::default()
    };
    let record_ids: Vec<i32> = kd_record::Entity::find()
        .order_by_asc(kd_record::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    all.records = super::records::load(db, &record_ids).await?;
    let collection_ids: Vec<i32> = kd_collection::Entity::find()
        .order_by_asc(kd_collection::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    all.collections = super::collections::load(db, &collection_ids).await?;
    for m in kd_group_member::Entity::find()
        .order_by_asc(kd_group_member::Column::GroupId)
        .order_by_asc(kd_group_member::Column::UserId)
        .all(db)
        .await?
    {
        all.members.entry(m.group_id).or_default().push(m);
    }
    for r in kd_role::Entity::find()
        .order_by_asc(kd_role::Column::SubjectType)
        .order_by_asc(kd_role::Column::SubjectId)
        .all(db)
        .await?
    {
        let key = (r.resource_type.clone(), r.resource_id);
        all.roles.entry(key).or_default().push(r);
    }
    for l in kd_record_link::Entity::find()
        .order_by_asc(kd_record_link::Column::Id)
        .all(db)
        .await?
    {
        all.links.entry(l.record_from).or_default().push(l);
    }
    for c in kd_collection_record::Entity::find()
        .order_by_asc(kd_collection_record::Column::RecordId)
        .all(db)
        .await?
    {
        let held = all.collection_records.entry(c.collection_id).or_default();
        held.push(c.record_id);
    }
    Ok(all)
}
