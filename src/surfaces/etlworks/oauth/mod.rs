//! Etlworks' OAuth helpers (`/rest/v1/io/oauth/*`, `/rest/v1/salesforce/login`,
//! `/rest/v1/microsoft/tenant`), talking to the real providers or to the base URLs the
//! configuration names instead ([`providers`]). The consent URL carries a `state` signed
//! with the server's JWT key that binds the provider, tenant, user, connection and
//! redirect URI for ten minutes; the callback refuses any other (400) before it calls
//! the provider. Tokens land on the connection as secrets ([`tokens`]). A provider's
//! refusal is a 400 with its message; an unreachable provider a 502. Editors and above
//! use the helpers that touch connections; resolving a Microsoft tenant is a read.

pub mod helpers;
pub mod providers;
pub mod tokens;
pub mod upstream;

use generated::etlworks::v1 as api;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use self::upstream::Failure;
use super::auth::jwt::Keys;
use super::error::EtlworksError;
use crate::authz::etlworks::{Caller, Role};
use crate::common::time::iso_seconds;
use crate::state::AppState;
use crate::store::StoreError;

/// How long a consent's `state` stays good.
const STATE_LIFETIME_MS: i64 = 10 * 60 * 1000;
/// Where the provider sends the user back when the client names no redirect URI.
pub const DEFAULT_REDIRECT: &str = "https://app.etlworks.com/oauth/callback";

/// What a consent's `state` binds.
#[derive(Debug, Serialize, Deserialize)]
struct State {
    /// Always `oauth-consent`: keeps these apart from sign-in tokens.
    purpose: String,
    provider: String,
    tenant: i32,
    user: i32,
    connection: Option<i64>,
    redirect: String,
    scopes: Vec<String>,
    nonce: String,
    /// Epoch milliseconds.
    expires: i64,
}

const PURPOSE: &str = "oauth-consent";

/// The consent URL of `provider` for connection `connection_id` (404 if it is not the
/// tenant's), with a fresh signed `state`.
pub async fn consent_url(
    state: &AppState,
    keys: &Keys,
    caller: &Caller,
    params: api::GetOauthConsentUrlParams,
) -> Result<api::OAuthConsentUrl, EtlworksError> {
    caller.at_least(Role::Editor, "connect OAuth providers")?;
    let provider = providers::provider(params.provider);
    let redirect = redirect_uri(params.redirect_uri.as_deref())?;
    if let Some(id) = params.connection_id {
        tokens::connection(&state.db, caller, id).await?;
    }
    let config = &state.config.etlworks_oauth;
    let scopes: Vec<String> = provider.scopes.iter().map(|s| s.to_string()).collect();
    let signed = keys.sign_other(&State {
        purpose: PURPOSE.into(),
        provider: provider.name.into(),
        tenant: caller.tenant_id(),
        user: caller.id(),
        connection: params.connection_id,
        redirect: redirect.clone(),
        scopes: scopes.clone(),
        nonce: state.ids.hex(16),
        expires: state.now_ms() + STATE_LIFETIME_MS,
    })?;
    let mut url = reqwest::Url::parse(&provider.authorize_url(config)).map_err(|_| {
        EtlworksError::BadGateway(format!(
            "The configured endpoint of provider {} is not a URL",
            provider.name
        ))
    })?;
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &config.client_id)
        .append_pair("redirect_uri", &redirect)
        .append_pair("scope", &scopes.join(" "))
        .append_pair("access_type", "offline")
        .append_pair("state", &signed);
    Ok(api::OAuthConsentUrl {
        provider: params.provider,
        url: url.to_string(),
        state: signed,
    })
}

/// Exchanges the code of a consent for tokens and stores them on the connection the
/// consent was for.
pub async fn callback(
    state: &AppState,
    keys: &Keys,
    caller: &Caller,
    provider: api::OAuthProvider,
    body: api::OAuthCallbackRequest,
) -> Result<api::OAuthTokenResult, EtlworksError> {
    caller.at_least(Role::Editor, "connect OAuth providers")?;
    let p = providers::provider(provider);
    let consent = verified(state, keys, caller, p.name, &body)?;
    if body.code.trim().is_empty() {
        return Err(EtlworksError::BadRequest(
            "Field 'code': must not be empty".into(),
        ));
    }
    tokens::connection(&state.db, caller, body.connection_id).await?;
    let config = &state.config.etlworks_oauth;
    let secret = config
        .client_secret
        .as_ref()
        .map(|s| s.expose())
        .unwrap_or("");
    let answer = upstream::post_form(
        &p.token_url(config),
        &[
            ("grant_type", "authorization_code"),
            ("code", body.code.as_str()),
            ("redirect_uri", consent.redirect.as_str()),
            ("client_id", config.client_id.as_str()),
            ("client_secret", secret),
        ],
    )
    .await
    .map_err(|f| upstream_error(p.name, "the code", f))?;
    save(
        state,
        caller,
        provider,
        body.connection_id,
        answer,
        &consent.scopes,
    )
    .await
}

/// Refreshes the access token of connection `connection_id` with its refresh token.
pub async fn refresh(
    state: &AppState,
    caller: &Caller,
    provider: api::OAuthProvider,
    body: api::OAuthRefreshRequest,
) -> Result<api::OAuthTokenResult, EtlworksError> {
    caller.at_least(Role::Editor, "refresh OAuth tokens")?;
    let p = providers::provider(provider);
    let row = tokens::connection(&state.db, caller, body.connection_id).await?;
    let stored = tokens::properties(&row);
    let text = |k: &str| stored.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(other) = text(PROVIDER_KEY).filter(|o| o != p.name) {
        return Err(EtlworksError::BadRequest(format!(
            "Connection {} holds tokens of provider {other}, not {}",
            row.id, p.name
        )));
    }
    let Some(refresh_token) = text(REFRESH_KEY).filter(|t| !t.is_empty()) else {
        return Err(EtlworksError::BadRequest(format!(
            "Connection {} has no refresh token: complete the provider's consent first",
            row.id
        )));
    };
    let scopes: Vec<String> = text(SCOPES_KEY)
        .map(|s| s.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let config = &state.config.etlworks_oauth;
    let secret = config
        .client_secret
        .as_ref()
        .map(|s| s.expose())
        .unwrap_or("");
    let answer = upstream::post_form(
        &p.token_url(config),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.as_str()),
            ("client_id", config.client_id.as_str()),
            ("client_secret", secret),
        ],
    )
    .await
    .map_err(|f| upstream_error(p.name, "the refresh token", f))?;
    save(state, caller, provider, body.connection_id, answer, &scopes).await
}

/// Property keys on the connection; those holding tokens contain "token" (secrets).
const ACCESS_KEY: &str = "accessToken";
const REFRESH_KEY: &str = "refreshToken";
const PROVIDER_KEY: &str = "oauthProvider";
const SCOPES_KEY: &str = "oauthScopes";
const EXPIRES_KEY: &str = "oauthExpiresAt";

/// Stores a token answer on connection `id` in one audited transaction.
async fn save(
    state: &AppState,
    caller: &Caller,
    provider: api::OAuthProvider,
    id: i64,
    answer: Map<String, Value>,
    asked: &[String],
) -> Result<api::OAuthTokenResult, EtlworksError> {
    let name = providers::name_of(provider);
    let text = |k: &str| answer.get(k).and_then(Value::as_str).map(str::to_string);
    let Some(access) = text("access_token").filter(|t| !t.is_empty()) else {
        return Err(EtlworksError::BadGateway(format!(
            "Provider {name} answered without an access_token"
        )));
    };
    let now = state.now_ms();
    let expires_at = answer
        .get("expires_in")
        .and_then(|v| {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        })
        .map(|s| now.saturating_add(s.saturating_mul(1000)));
    let scopes: Vec<String> = match text("scope") {
        Some(s) => s
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        None => asked.to_vec(),
    };
    let tx = crate::store::begin(&state.db)
        .await
        .map_err(StoreError::from)?;
    let row = tokens::connection(&tx, caller, id).await?;
    let mut values = vec![
        (ACCESS_KEY, Some(Value::String(access))),
        (PROVIDER_KEY, Some(Value::String(name.into()))),
        (SCOPES_KEY, Some(Value::String(scopes.join(" ")))),
        (
            EXPIRES_KEY,
            expires_at.map(|e| Value::String(iso_seconds(e))),
        ),
    ];
    // A refresh answer without a new refresh token keeps the old one.
    if let Some(r) = text("refresh_token").filter(|t| !t.is_empty()) {
        values.push((REFRESH_KEY, Some(Value::String(r))));
    }
    if let Some(instance) = text("instance_url") {
        values.push(("instanceUrl", Some(Value::String(instance))));
    }
    tokens::store(&tx, now, caller, &row, &values).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(api::OAuthTokenResult {
        provider,
        connection_id: id,
        expires_at: expires_at.map(iso_seconds),
        scopes,
    })
}

/// The consent `body.state` binds, if this server signed it for this provider, caller
/// and connection and it has not expired; else a 400.
fn verified(
    state: &AppState,
    keys: &Keys,
    caller: &Caller,
    provider: &str,
    body: &api::OAuthCallbackRequest,
) -> Result<State, EtlworksError> {
    let bad = |why: &str| EtlworksError::BadRequest(format!("Field 'state': {why}"));
    let consent: State = keys
        .verify_other(&body.state)
        .filter(|s: &State| s.purpose == PURPOSE)
        .ok_or_else(|| bad("not a state this server issued"))?;
    if consent.expires <= state.now_ms() {
        return Err(bad("expired; ask for a new consent URL"));
    }
    if consent.provider != provider {
        return Err(bad(&format!("issued for provider {}", consent.provider)));
    }
    if consent.tenant != caller.tenant_id() || consent.user != caller.id() {
        return Err(bad("issued to another user or tenant"));
    }
    if consent.connection.is_some_and(|c| c != body.connection_id) {
        return Err(bad("issued for another connection"));
    }
    if let Some(uri) = &body.redirect_uri {
        if uri != &consent.redirect {
            return Err(EtlworksError::BadRequest(
                "Field 'redirectUri': not the one the consent URL was made for".into(),
            ));
        }
    }
    Ok(consent)
}

/// A redirect URI: an absolute http(s) URL, Etlworks' callback by default.
fn redirect_uri(given: Option<&str>) -> Result<String, EtlworksError> {
    let Some(uri) = given else {
        return Ok(DEFAULT_REDIRECT.into());
    };
    match reqwest::Url::parse(uri) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(uri.into()),
        _ => Err(EtlworksError::BadRequest(
            "Field 'redirectUri': an absolute http or https URL".into(),
        )),
    }
}

/// The answer for a failed call to `provider` about `what`.
pub fn upstream_error(provider: &str, what: &str, failure: Failure) -> EtlworksError {
    match failure {
        Failure::Refused { message, .. } => {
            EtlworksError::BadRequest(format!("Provider {provider} refused {what}: {message}"))
        }
        Failure::Unreachable(why) => {
            EtlworksError::BadGateway(format!("Provider {provider} could not be reached: {why}"))
        }
    }
}
