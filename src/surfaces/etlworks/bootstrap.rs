//! What Etlworks needs in every store, made at each start under bootstrap's lock after the
//! fixtures file: a tenant (bootstrap makes the default one before the file; this is the
//! fallback), a super admin side for every server administrator, the JWT signing key.

use sea_orm::ConnectionTrait;

use super::users::new_side;
use crate::authz::etlworks::Role;
use crate::state::AppState;
use crate::store::etlworks::{tenants, tokens, users};
use crate::store::StoreError;

pub async fn ensure<C: ConnectionTrait>(state: &AppState, db: &C) -> Result<(), StoreError> {
    let now = state.now_ms();
    tenants::ensure_default(db, now).await?;
    users::ensure_super_admins(db, |admin| {
        new_side(admin.id, admin.email.clone(), Role::SuperAdmin, None, now)
    })
    .await?;
    tokens::ensure_signing_key(db, state.ids.hex(32), now).await
}
