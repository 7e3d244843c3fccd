//! Tags on any taggable resource (`et_tags`): a resource's names, replacing them, the
//! tenant's tags with how many live resources carry each, and the condition that picks
//! the resources carrying one.

use std::collections::HashMap;

use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::store::entities::{et_recycle_bin_item as bin, et_tag as tag};
use crate::store::StoreError;

/// Replaces the tags of `resource_type` `id` with `names` (deduplicated, in order).
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
    resource_type: &str,
    id: i32,
    names: &[String],
) -> Result<(), StoreError> {
    tag::Entity::delete_many()
        .filter(tag::Column::ResourceType.eq(resource_type))
        .filter(tag::Column::ResourceId.eq(id))
        .exec(db)
        .await?;
    let mut seen = std::collections::HashSet::new();
    let rows: Vec<tag::ActiveModel> = names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .map(|n| tag::ActiveModel {
            resource_type: Set(resource_type.into()),
            resource_id: Set(id),
            name: Set(n.clone()),
            tenant_id: Set(tenant_id),
        })
        .collect();
    if !rows.is_empty() {
        tag::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// The tags of each of `ids` (of `resource_type`), sorted by name.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    resource_type: &str,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<String>>, StoreError> {
    let mut found: HashMap<i32, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(found);
    }
    for chunk in ids.chunks(500) {
        let rows = tag::Entity::find()
            .filter(tag::Column::ResourceType.eq(resource_type))
            .filter(tag::Column::ResourceId.is_in(chunk.iter().copied()))
            .order_by_asc(tag::Column::Name)
            .all(db)
            .await?;
        for row in rows {
            found.entry(row.resource_id).or_default().push(row.name);
        }
    }
    Ok(found)
}

/// The tags of one resource.
pub async fn of_one<C: ConnectionTrait>(
    db: &C,
    resource_type: &str,
    id: i32,
) -> Result<Vec<String>, StoreError> {
    Ok(of(db, resource_type, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default())
}

/// A condition on a resource table's `id`: the resource carries tag `name`.
pub fn carrying(resource_type: &str, name: &str) -> SimpleExpr {
    Expr::col(Alias::new("id")).in_subquery(
        Query::select()
            .column(tag::Column::ResourceId)
            .from(tag::Entity)
            .and_where(tag::Column::ResourceType.eq(resource_type))
            .and_where(tag::Column::Name.eq(name))
            .to_owned(),
    )
}

/// The tenant's tags and how many resources outside the recycle bin carry each, by
/// name.
pub async fn counts<C: ConnectionTrait>(
    db: &C,
    tenant_id: i32,
) -> Result<Vec<(String, i64)>, StoreError> {
    let rows = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(
            Expr::tuple([
                Expr::col((tag::Entity, tag::Column::ResourceType)).into(),
                Expr::col((tag::Entity, tag::Column::ResourceId)).into(),
            ])
            .not_in_subquery(
                Query::select()
                    .columns([bin::Column::ResourceType, bin::Column::ResourceId])
                    .from(bin::Entity)
                    .and_where(bin::Column::TenantId.eq(tenant_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(tag::Column::Name)
        .all(db)
        .await?;
    let mut counts: Vec<(String, i64)> = Vec::new();
    for row in rows {
        match counts.last_mut() {
            Some((name, n)) if *name == row.name => *n += 1,
            _ => counts.push((row.name, 1)),
        }
    }
    Ok(counts)
}
