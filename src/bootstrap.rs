//! Every start: read `--fixtures` (refused whole, naming the entry, when it does not
//! fit), then in one transaction load its users, create the admin of every product when
//! the store has none (from `UNDERSTUDY_ADMIN_*`, or generated and printed once), and
//! load the products' records (a refused load also removes the files it wrote).
//! Replicas starting together on PostgreSQL take turns.

use sea_orm::ConnectionTrait;

use crate::authz::Operator;
use crate::common::secrets::{self, Secret};
use crate::fixtures::{self, Loaded};
use crate::state::AppState;
use crate::store::accounts::{self, NewToken, NewUser};
use crate::store::StoreError;
use crate::surfaces::accounts::Product;

/// What the first start created; the clear-text values exist only here.
#[derive(Debug)]
pub struct Bootstrap {
    pub email: String,
    pub password: Secret,
    pub token: Secret,
    /// Which of the three were generated (and so must be shown).
    pub generated: Vec<&'static str>,
}

/// The advisory lock key bootstrap holds on PostgreSQL ("US" "boot").
const BOOTSTRAP_LOCK: i64 = 0x5553_626f_6f74;

/// Loads the fixtures and creates the admin when the store has no administrator yet
/// (users made earlier with `understudy admin` do not count); all or nothing.
pub async fn run(state: &AppState) -> Result<Option<Bootstrap>, String> {
    let fixtures = match &state.config.fixtures {
        Some(path) => Some(fixtures::read(path)?),
        None => None,
    };
    let failed = |e: sea_orm::DbErr| format!("bootstrap: {}", StoreError::from(e));
    let txn = crate::store::begin(&state.db).await.map_err(failed)?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({BOOTSTRAP_LOCK})"))
            .await
            .map_err(failed)?;
    }
    let operator = Operator::outside_requests();
    let mut loaded = Loaded::default();
    if let Some(f) = &fixtures {
        fixtures::load_users(state, &txn, f, &mut loaded).await?;
    }
    let created = if accounts::admin_count(&txn)
        .await
        .map_err(|e| e.to_string())?
        == 0
    {
        Some(create_admin(state, &txn).await?)
    } else {
        None
    };
    // KAWA's default workspace (kywy's `KAWA_WORKSPACE` is `1` unless told otherwise),
    // on the first start and on a store made before KAWA was served: made before the
    // file's workspaces, so that it is `1` and theirs follow, unless the file brings a
    // workspace `1` itself (an export does: the exported instance's default), which then
    // takes its place.
    let default_from_file = fixtures
        .as_ref()
        .is_some_and(|f| f.kawa.holds_first_workspace());
    if !default_from_file {
        crate::store::kawa::workspaces::ensure_default(&txn, &operator, state.now_ms())
            .await
            .map_err(|e| e.to_string())?;
    }
    // Etlworks' default tenant likewise: tenant 1 unless the file brings a tenant 1 (an
    // export does).
    let tenant_from_file = fixtures
        .as_ref()
        .is_some_and(|f| f.etlworks.holds_first_tenant());
    if !tenant_from_file {
        crate::store::etlworks::tenants::ensure_default(&txn, state.now_ms())
            .await
            .map_err(|e| e.to_string())?;
    }
    // Files the products' load writes (KAWA's parts) go with a refused start, as its
    // rows go with the rollback.
    let finished = async {
        if let Some(f) = &fixtures {
            fixtures::load_products(state, &txn, &operator, f, &mut loaded).await?;
        }
        // Etlworks: a super admin side for every server administrator without one (the
        // bootstrap admin signs in with their email) and the JWT signing key every
        // replica verifies with. After the file, so that an export's own admin takes
        // their place.
        crate::surfaces::etlworks::bootstrap::ensure(state, &txn)
            .await
            .map_err(|e| e.to_string())?;
        crate::store::sync_sequences(&txn)
            .await
            .map_err(|e| e.to_string())?;
        txn.commit().await.map_err(failed)
    }
    .await;
    if let Err(e) = finished {
        loaded.remove_written();
        for key in &loaded.stored {
            // As for the parts above: a failure is logged; no row names the bytes.
            if let Err(e) = state.files.remove(key).await {
                tracing::warn!(key = %key, error = %e, "fixtures: stored bytes stay");
            }
        }
        return Err(e);
    }
    if let Some(path) = &state.config.fixtures {
        tracing::info!(
            file = %path.display(),
            users = loaded.users,
            datawiza_applications = loaded.datawiza_applications,
            syntho_workspaces = loaded.syntho_workspaces,
            kadi4mat_groups = loaded.kadi4mat_groups,
            kadi4mat_templates = loaded.kadi4mat_templates,
            kadi4mat_records = loaded.kadi4mat_records,
            kadi4mat_collections = loaded.kadi4mat_collections,
            kawa_workspaces = loaded.kawa_workspaces,
            kawa_teams = loaded.kawa_teams,
            kawa_perimeters = loaded.kawa_perimeters,
            kawa_attributes = loaded.kawa_attributes,
            kawa_principals = loaded.kawa_principals,
            kawa_datasources = loaded.kawa_datasources,
            kawa_sheets = loaded.kawa_sheets,
            kawa_data_providers = loaded.kawa_data_providers,
            kawa_workflows = loaded.kawa_workflows,
            kawa_script_runners = loaded.kawa_script_runners,
            kawa_scripts = loaded.kawa_scripts,
            kawa_agents = loaded.kawa_agents,
            etlworks_tenants = loaded.etlworks_tenants,
            etlworks_users = loaded.etlworks_users,
            etlworks_resources = loaded.etlworks_resources,
            "fixtures loaded"
        );
    }
    Ok(created)
}

/// The admin of every product, with a token for each token product.
async fn create_admin<C: ConnectionTrait>(state: &AppState, db: &C) -> Result<Bootstrap, String> {
    let config = &state.config;
    let mut generated = Vec::new();
    let email = config.admin_email.clone().unwrap_or_else(|| {
        generated.push("email");
        "admin@understudy.local".to_string()
    });
    let password = config.admin_password.clone().unwrap_or_else(|| {
        generated.push("password");
        Secret::new(state.ids.hex(12))
    });
    let token = config.admin_token.clone().unwrap_or_else(|| {
        generated.push("token");
        state.ids.token("us_")
    });
    let hash = secrets::hash_password(password.clone()).await?;
    let now = state.now_ms();
    let new = NewUser {
        id: None,
        email: email.clone(),
        password_hash: hash,
        first_name: "Understudy".into(),
        last_name: "Admin".into(),
        organization: 1,
        is_admin: true,
        created_at: now,
        username: accounts::free_username(
            db,
            &crate::surfaces::accounts::username_from_email(&email),
        )
        .await
        .map_err(|e| e.to_string())?,
        displayname: None,
        orcid: None,
        system_role: Some("admin".into()),
        state: "active".into(),
    };
    let user = accounts::insert_user(db, new).await.map_err(|e| match e {
        StoreError::Conflict(_) => format!(
            "the admin's email {email} belongs to a user who is not an administrator; \
             set UNDERSTUDY_ADMIN_EMAIL to another address"
        ),
        other => other.to_string(),
    })?;
    for product in Product::ALL {
        let new = NewToken {
            id: None,
            user_id: user.id,
            product: product.as_str().into(),
            name: "bootstrap".into(),
            token_digest: secrets::token_digest(token.expose()),
            created_at: now,
            expires_at: None,
            scopes: None,
        };
        accounts::insert_token(db, new)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(Bootstrap {
        email,
        password,
        token,
        generated,
    })
}
