//! Queries across Kadi4Mat's resource types: the tags in use and the caller's trash.

use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder};

use super::access::{permitted, Action, Kind};
use crate::authz::kadi4mat::Caller;
use crate::store::entities::{kd_collection, kd_group, kd_record, kd_template};
use crate::store::like::containing;
use crate::store::StoreError;

/// Which resources' tags to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagSource {
    Records,
    Collections,
    Both,
}

#[derive(Debug, FromQueryResult)]
struct TagRow {
    tag: String,
}

/// The distinct tags on active records and collections `caller` may read whose name
/// contains `filter`, by name.
pub async fn tags<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    filter: &str,
    source: TagSource,
) -> Result<Vec<String>, StoreError> {
    let mut all = Vec::new();
    let kinds = match source {
        TagSource::Records => vec![Kind::Record],
        TagSource::Collections => vec![Kind::Collection],
        TagSource::Both => vec![Kind::Record, Kind::Collection],
    };
    for kind in kinds {
        let (tags, resources, key) = match kind {
            Kind::Record => ("kd_record_tags", "kd_records", "record_id"),
            _ => ("kd_collection_tags", "kd_collections", "collection_id"),
        };
        let (t, r) = (Alias::new(tags), Alias::new(resources));
        let query = Query::select()
            .distinct()
            .column((t.clone(), Alias::new("tag")))
            .from(t.clone())
            .inner_join(
                r.clone(),
                Expr::col((r.clone(), Alias::new("id"))).equals((t.clone(), Alias::new(key))),
            )
            .and_where(Expr::col((r.clone(), Alias::new("state"))).eq("active"))
            .and_where(permitted(
                kind,
                Action::Read,
                (r.clone(), Alias::new("id")),
                (r.clone(), Alias::new("visibility")),
                caller,
            ))
            .and_where(Expr::col((t.clone(), Alias::new("tag"))).like(containing(filter)))
            .to_owned();
        let rows = TagRow::find_by_statement(db.get_database_backend().build(&query))
            .all(db)
            .await?;
        all.extend(rows.into_iter().map(|r| r.tag));
    }
    all.sort();
    all.dedup();
    Ok(all)
}

/// One deleted resource of the trash.
#[derive(Debug, Clone)]
pub struct Trashed {
    pub kind: Kind,
    pub id: i32,
    pub identifier: String,
    pub title: String,
    pub visibility: String,
    pub created_at: i64,
    pub last_modified: i64,
}

/// The deleted records, collections, templates and groups `caller` created whose title
/// or identifier contains `filter`, most recently deleted first.
pub async fn trash<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    filter: &str,
) -> Result<Vec<Trashed>, StoreError> {
    let pattern = containing(&filter.to_lowercase());
    macro_rules! deleted {
        ($entity:ident, $kind:expr) => {{
            $entity::Entity::find()
                .filter($entity::Column::State.eq("deleted"))
                .filter($entity::Column::CreatorId.eq(caller.id()))
                .filter(
                    sea_orm::Condition::any()
                        .add(
                            Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(
                                $entity::Column::Title,
                            )))
                            .like(pattern.clone()),
                        )
                        .add(Expr::col($entity::Column::Identifier).like(pattern.clone())),
                )
                .order_by_desc($entity::Column::LastModified)
                .all(db)
                .await?
                .into_iter()
                .map(|r| Trashed {
                    kind: $kind,
                    id: r.id,
                    identifier: r.identifier,
                    title: r.title,
                    visibility: r.visibility,
                    created_at: r.created_at,
                    last_modified: r.last_modified,
                })
                .collect::<Vec<_>>()
        }};
    }
    use sea_orm::ColumnTrait;
    let mut all = deleted!(kd_record, Kind::Record);
    all.extend(deleted!(kd_collection, Kind::Collection));
    all.extend(deleted!(kd_template, Kind::Template));
    all.extend(deleted!(kd_group, Kind::Group));
    all.sort_by(|a, b| b.last_modified.cmp(&a.last_modified).then(a.id.cmp(&b.id)));
    Ok(all)
}
