//! First start: the admin of every product, from `UNDERSTUDY_ADMIN_*` or generated and
//! printed once; then `--fixtures`, loaded idempotently on every start.

use serde::Deserialize;

use crate::authz::Operator;
use crate::common::secrets::{self, Secret};
use crate::state::AppState;
use crate::store::accounts::{self, NewToken, NewUser};
use crate::surfaces::accounts::Product;
use crate::surfaces::{datawiza, syntho};

/// What the first start created; the clear-text values exist only here.
#[derive(Debug)]
pub struct Bootstrap {
    pub email: String,
    pub password: Secret,
    pub token: Secret,
    /// Which of the three were generated (and so must be shown).
    pub generated: Vec<&'static str>,
}

/// Creates the admin when the store has no administrator yet (users made earlier with
/// `understudy admin` do not count), then loads fixtures.
pub async fn run(state: &AppState) -> Result<Option<Bootstrap>, String> {
    let config = &state.config;
    let created = if accounts::admin_count(&state.db)
        .await
        .map_err(|e| e.to_string())?
        == 0
    {
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
        let user = accounts::insert_user(
            &state.db,
            NewUser {
                id: None,
                email: email.clone(),
                password_hash: hash,
                first_name: "Understudy".into(),
                last_name: "Admin".into(),
                organization: 1,
                is_admin: true,
                created_at: now,
            },
        )
        .await
        .map_err(|e| e.to_string())?;
        for product in Product::ALL {
            accounts::insert_token(
                &state.db,
                NewToken {
                    id: None,
                    user_id: user.id,
                    product: product.as_str().into(),
                    name: "bootstrap".into(),
                    token_digest: secrets::token_digest(token.expose()),
                    created_at: now,
                    expires_at: None,
                },
            )
            .await
            .map_err(|e| e.to_string())?;
        }
        Some(Bootstrap {
            email,
            password,
            token,
            generated,
        })
    } else {
        None
    };
    if let Some(path) = &config.fixtures {
        load_fixtures(state, path).await?;
    }
    Ok(created)
}

/// The fixtures file: each product's section is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixtures {
    #[serde(default)]
    pub datawiza: datawiza::fixtures::DatawizaFixtures,
    #[serde(default)]
    pub syntho: syntho::fixtures::SynthoFixtures,
}

async fn load_fixtures(state: &AppState, path: &std::path::Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // YAML is a superset of JSON, so one parser reads both.
    let fixtures: Fixtures =
        serde_yaml_ng::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let operator = Operator::outside_requests();
    let dw = datawiza::fixtures::load(state, &operator, &fixtures.datawiza).await?;
    let sy = syntho::fixtures::load(state, &operator, &fixtures.syntho).await?;
    tracing::info!(file = %path.display(), datawiza_applications = dw, syntho_records = sy, "fixtures loaded");
    Ok(())
}
