//! Revisions of records, collections, templates, groups and a record's files: every
//! change wrote one (who, when, the revisioned attributes after it); here they are
//! listed newest first and shown with their `diff` against the revision before (or
//! one the caller names), each needing read access to the resource.

use std::collections::BTreeMap;

use generated::kadi4mat::v1 as api;
use poem::Request;
use serde_json::Value;

use super::error::KadiError;
use super::links::Base;
use super::paging::Page;
use super::users;
use crate::authz::kadi4mat::{self as authz, Caller, Read};
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store;
use crate::store::entities::kd_revision;
use crate::store::kadi4mat::access::Kind;

/// Whose revisions: a resource's own, or those of a record's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Of {
    Resource(Kind),
    RecordFiles,
}

impl Of {
    fn kind(self) -> Kind {
        match self {
            Of::Resource(kind) => kind,
            Of::RecordFiles => Kind::Record,
        }
    }

    fn object_type(self) -> &'static str {
        match self {
            Of::Resource(kind) => kind.as_str(),
            Of::RecordFiles => "file",
        }
    }

    /// `/records/1/revisions` or `/records/1/files/revisions`.
    fn path(self, id: i32) -> String {
        match self {
            Of::Resource(kind) => format!("/{}/{id}/revisions", kind.plural()),
            Of::RecordFiles => format!("/records/{id}/files/revisions"),
        }
    }
}

/// The resource (read access checked) and the object ids its revisions carry.
async fn objects(
    state: &AppState,
    caller: &Caller,
    of: Of,
    id: i64,
) -> Result<(i32, Vec<String>), KadiError> {
    let resource = authz::resource::<Read>(state, caller, of.kind(), id).await?;
    let ids = match of {
        Of::Resource(_) => vec![resource.id().to_string()],
        Of::RecordFiles => store::kadi4mat::files::ids_of_record(&state.db, resource.id()).await?,
    };
    Ok((resource.id(), ids))
}

fn data_of(r: &kd_revision::Model) -> BTreeMap<String, Value> {
    serde_json::from_str(&r.data).unwrap_or_default()
}

/// What differs from `older`: each attribute of either whose value changed, with the
/// older value (null where it was absent).
fn diff(now: &BTreeMap<String, Value>, older: &BTreeMap<String, Value>) -> BTreeMap<String, Value> {
    now.keys()
        .chain(older.keys())
        .filter(|k| now.get(*k) != older.get(*k))
        .map(|k| (k.clone(), older.get(k).cloned().unwrap_or(Value::Null)))
        .collect()
}

async fn view(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    of: Of,
    owner: i32,
    r: &kd_revision::Model,
    compared: Option<&kd_revision::Model>,
) -> Result<api::Revision, KadiError> {
    let (parent, child) = store::kadi4mat::revisions::neighbours(&state.db, r).await?;
    let older = compared
        .or(parent.as_ref())
        .map(data_of)
        .unwrap_or_default();
    let data = data_of(r);
    let user = match r.user_id {
        Some(id) => store::accounts::user_by_id(&state.db, id).await?,
        None => None,
    };
    let at = |rev: &kd_revision::Model| base.url(&format!("{}/{}", of.path(owner), rev.id));
    let object_id = match of {
        Of::Resource(_) => r.object_id.parse::<i64>().map(Value::from).ok(),
        Of::RecordFiles => Some(Value::from(r.object_id.clone())),
    };
    Ok(api::Revision {
        id: i64::from(r.id),
        timestamp: iso_micros(r.created_at),
        user: user.and_then(|u| users::creator(&u, caller, base)),
        object_id,
        diff: diff(&data, &older),
        data,
        links: Some(api::RevisionLinks {
            self_: at(r),
            parent: parent.as_ref().map(at),
            child: child.as_ref().map(at),
        }),
    })
}

/// `GET /{kind}/{id}/revisions` and `/records/{id}/files/revisions`: newest first.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    of: Of,
    id: i64,
    page: Page,
) -> Result<api::RevisionPage, KadiError> {
    let (owner, ids) = objects(state, caller, of, id).await?;
    let (rows, total) = store::kadi4mat::revisions::page(
        &state.db,
        of.object_type(),
        &ids,
        page.offset(),
        page.limit(),
    )
    .await?;
    let base = Base::of(req);
    let mut items = Vec::with_capacity(rows.len());
    for r in &rows {
        items.push(view(state, caller, &base, of, owner, r, None).await?);
    }
    Ok(api::RevisionPage {
        items,
        pagination: page.pagination(total, &base, req),
    })
}

/// `GET …/revisions/{revision_id}`, its diff against `compare_with` when given (a
/// revision of the same object) or else the one before it.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    of: Of,
    id: i64,
    revision_id: i64,
    compare_with: Option<i64>,
) -> Result<api::Revision, KadiError> {
    let (owner, ids) = objects(state, caller, of, id).await?;
    let find = |rid: i64| {
        let ids = ids.clone();
        async move {
            let rid = i32::try_from(rid).ok();
            match rid {
                Some(rid) => {
                    store::kadi4mat::revisions::one(&state.db, of.object_type(), &ids, rid)
                        .await
                        .map_err(KadiError::from)
                }
                None => Ok(None),
            }
        }
    };
    let revision = find(revision_id).await?.ok_or(KadiError::NotFound)?;
    let compared = match compare_with {
        Some(other) => Some(
            find(other)
                .await?
                .filter(|c| c.object_id == revision.object_id)
                .ok_or_else(|| {
                    KadiError::field("revision", "Not a revision of the same object.")
                })?,
        ),
        None => None,
    };
    view(state, caller, base, of, owner, &revision, compared.as_ref()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_diff_names_what_changed_with_its_older_value() {
        let now: BTreeMap<String, Value> =
            serde_json::from_value(json!({"title": "New", "tags": ["a"], "added": 1})).unwrap();
        let older: BTreeMap<String, Value> =
            serde_json::from_value(json!({"title": "Old", "tags": ["a"], "gone": true})).unwrap();
        let d = diff(&now, &older);
        assert_eq!(d["title"], "Old");
        assert_eq!(d["added"], Value::Null);
        assert_eq!(d["gone"], true);
        assert!(!d.contains_key("tags"));
    }
}
