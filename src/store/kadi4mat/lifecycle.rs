//! The writes the four resource kinds share, written once over [`Revisioned`]: an edit
//! that writes a revision only when something changed, moving to and from the trash, the
//! revision itself, and the admin role a creator holds on what it made.

use std::future::Future;

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionTrait};

use super::access::Kind;
use super::resources::Common;
use super::revisions;
use crate::authz::kadi4mat::Caller;
use crate::store::entities::kd_role;
use crate::store::StoreError;

/// A resource as its kind's module keeps it (its row, with its tags where it has them).
pub trait Revisioned: Clone + Send + Sync + Sized {
    /// The kind, which names the revisions' object type too.
    const KIND: Kind;

    fn id(&self) -> i32;

    /// The columns every resource has, for a permission check on this row.
    fn common(&self) -> Common;

    /// The attributes a revision keeps; an edit that leaves them equal writes nothing.
    fn revision_data(&self) -> serde_json::Value;

    fn set_last_modified(&mut self, now: i64);

    /// The resource with `id`, in any state.
    fn reload<C: ConnectionTrait>(
        db: &C,
        id: i32,
    ) -> impl Future<Output = Result<Option<Self>, StoreError>> + Send;

    /// Writes this edited resource over `before` (the row, and what else changed).
    fn save<C: ConnectionTrait>(
        &self,
        db: &C,
        before: &Self,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Writes a revision of `resource` by user `author` (the caller, or a fixture's creator).
pub async fn revise<R: Revisioned, C: ConnectionTrait>(
    db: &C,
    resource: &R,
    author: i32,
    now: i64,
) -> Result<(), StoreError> {
    revisions::write(
        db,
        R::KIND.as_str(),
        &resource.id().to_string(),
        author,
        now,
        &resource.revision_data(),
    )
    .await?;
    Ok(())
}

/// Applies `change` to resource `id` and saves it with a revision, in one transaction;
/// nothing is written (no revision either) when the change changes nothing.
pub async fn edit<R: Revisioned, C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    now: i64,
    change: impl FnOnce(&mut R) + Send,
) -> Result<R, StoreError> {
    let txn = crate::store::begin(db).await?;
    let current = R::reload(&txn, id).await?.ok_or_else(|| {
        StoreError::Internal(format!(
            "{} {id} vanished while being edited",
            R::KIND.as_str()
        ))
    })?;
    let mut next = current.clone();
    change(&mut next);
    if next.revision_data() == current.revision_data() {
        txn.commit().await?;
        return Ok(current);
    }
    next.set_last_modified(now);
    next.save(&txn, &current).await?;
    revise(&txn, &next, caller.id(), now).await?;
    txn.commit().await?;
    Ok(next)
}

/// Moves resource `id` to the trash or back (`deleted` / `active`), with a revision.
pub async fn set_state<R: Revisioned, C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    caller: &Caller,
    state: &str,
    now: i64,
) -> Result<R, StoreError> {
    let txn = crate::store::begin(db).await?;
    super::resources::set_state(&txn, R::KIND, id, state, now).await?;
    let resource = R::reload(&txn, id)
        .await?
        .ok_or_else(|| StoreError::Internal(format!("{} {id} vanished", R::KIND.as_str())))?;
    revise(&txn, &resource, caller.id(), now).await?;
    txn.commit().await?;
    Ok(resource)
}

/// Gives the creator of record, collection or template `id` its admin role (a group's
/// creator is its admin member instead).
pub async fn grant_creator<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    id: i32,
    creator_id: i32,
    now: i64,
) -> Result<(), StoreError> {
    kd_role::ActiveModel {
        resource_type: Set(kind.as_str().into()),
        resource_id: Set(id),
        subject_type: Set("user".into()),
        subject_id: Set(creator_id),
        role: Set("admin".into()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// [`Revisioned`] for a kind kept as its bare row (groups, templates): `$revision_data`
/// and `$one` are the kind module's functions.
macro_rules! revisioned_row {
    ($model:ty, $entity:ty, $kind:expr, $revision_data:path, $one:path) => {
        impl $crate::store::kadi4mat::lifecycle::Revisioned for $model {
            const KIND: $crate::store::kadi4mat::access::Kind = $kind;

            fn id(&self) -> i32 {
                self.id
            }

            fn common(&self) -> $crate::store::kadi4mat::resources::Common {
                $crate::store::kadi4mat::resources::common_of!(self)
            }

            fn revision_data(&self) -> serde_json::Value {
                $revision_data(self)
            }

            fn set_last_modified(&mut self, now: i64) {
                self.last_modified = now;
            }

            async fn reload<C: sea_orm::ConnectionTrait>(
                db: &C,
                id: i32,
            ) -> Result<Option<Self>, $crate::store::StoreError> {
                $one(db, id).await
            }

            async fn save<C: sea_orm::ConnectionTrait>(
                &self,
                db: &C,
                _before: &Self,
            ) -> Result<(), $crate::store::StoreError> {
                use sea_orm::ActiveModelTrait;
                <$entity>::from(self.clone()).reset_all().update(db).await?;
                Ok(())
            }
        }
    };
}
pub(crate) use revisioned_row;

/// [`Revisioned`] for a kind kept as its row (in field `$row`) with its tags (records,
/// collections): an edit rewrites the tags only when they changed.
macro_rules! revisioned_tagged {
    ($stored:ty, $row:ident, $entity:ty, $kind:expr, $one:path) => {
        impl $crate::store::kadi4mat::lifecycle::Revisioned for $stored {
            const KIND: $crate::store::kadi4mat::access::Kind = $kind;

            fn id(&self) -> i32 {
                self.$row.id
            }

            fn common(&self) -> $crate::store::kadi4mat::resources::Common {
                $crate::store::kadi4mat::resources::common_of!(&self.$row)
            }

            fn revision_data(&self) -> serde_json::Value {
                <$stored>::revision_data(self)
            }

            fn set_last_modified(&mut self, now: i64) {
                self.$row.last_modified = now;
            }

            async fn reload<C: sea_orm::ConnectionTrait>(
                db: &C,
                id: i32,
            ) -> Result<Option<Self>, $crate::store::StoreError> {
                $one(db, id).await
            }

            async fn save<C: sea_orm::ConnectionTrait>(
                &self,
                db: &C,
                before: &Self,
            ) -> Result<(), $crate::store::StoreError> {
                use sea_orm::ActiveModelTrait;
                <$entity>::from(self.$row.clone())
                    .reset_all()
                    .update(db)
                    .await?;
                if self.tags != before.tags {
                    $crate::store::kadi4mat::tags::set(db, $kind, self.$row.id, &self.tags).await?;
                }
                Ok(())
            }
        }
    };
}
pub(crate) use revisioned_tagged;
