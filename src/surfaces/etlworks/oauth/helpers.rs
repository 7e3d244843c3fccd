//! The provider-specific helpers: Salesforce's OAuth username-password login (the
//! session optionally kept on a connection) and Microsoft Entra tenant discovery from
//! the domain's OpenID configuration.

use generated::etlworks::v1 as api;
use serde_json::Value;

use super::providers::{self, MICROSOFT_AUTHORITY, SALESFORCE_SANDBOX};
use super::{tokens, upstream, upstream_error};
use crate::authz::etlworks::{Caller, Role};
use crate::state::AppState;
use crate::store::StoreError;
use crate::surfaces::etlworks::error::EtlworksError;

/// Signs in to Salesforce (`grant_type=password` on the login host, the sandbox's when
/// asked); with `connectionId`, the session is kept on that connection.
pub async fn salesforce_login(
    state: &AppState,
    caller: &Caller,
    body: api::SalesforceLoginRequest,
) -> Result<api::SalesforceLoginResult, EtlworksError> {
    caller.at_least(Role::Editor, "sign in to Salesforce")?;
    if body.username.trim().is_empty() {
        return Err(EtlworksError::BadRequest(
            "Field 'username': must not be empty".into(),
        ));
    }
    if body.password.is_empty() {
        return Err(EtlworksError::BadRequest(
            "Field 'password': must not be empty".into(),
        ));
    }
    if let Some(id) = body.connection_id {
        tokens::connection(&state.db, caller, id).await?;
    }
    let config = &state.config.etlworks_oauth;
    let login = if body.sandbox == Some(true) {
        SALESFORCE_SANDBOX
    } else {
        "https://login.salesforce.com"
    };
    let url = providers::based(
        config,
        "salesforce",
        &format!("{login}/services/oauth2/token"),
    );
    let password = format!(
        "{}{}",
        body.password,
        body.security_token.unwrap_or_default()
    );
    let secret = config
        .client_secret
        .as_ref()
        .map(|s| s.expose())
        .unwrap_or("");
    let answer = upstream::post_form(
        &url,
        &[
            ("grant_type", "password"),
            ("client_id", config.client_id.as_str()),
            ("client_secret", secret),
            ("username", body.username.trim()),
            ("password", password.as_str()),
        ],
    )
    .await
    .map_err(|f| upstream_error("salesforce", "the login", f))?;
    let text = |k: &str| answer.get(k).and_then(Value::as_str).map(str::to_string);
    let unusable =
        || EtlworksError::BadGateway("Salesforce answered the login without a session".into());
    let access = text("access_token").ok_or_else(unusable)?;
    let instance = text("instance_url").ok_or_else(unusable)?;
    // `id` is https://login.salesforce.com/id/<organization id>/<user id>.
    let identity = text("id").unwrap_or_default();
    let mut parts = identity.trim_end_matches('/').rsplit('/');
    let (user, organization) = match (parts.next(), parts.next()) {
        (Some(u), Some(o)) if !u.is_empty() && !o.is_empty() => (u.to_string(), o.to_string()),
        _ => return Err(unusable()),
    };
    if let Some(id) = body.connection_id {
        let tx = crate::store::begin(&state.db)
            .await
            .map_err(StoreError::from)?;
        let row = tokens::connection(&tx, caller, id).await?;
        let values = [
            ("accessToken", Some(Value::String(access))),
            ("instanceUrl", Some(Value::String(instance.clone()))),
            ("oauthProvider", Some(Value::String("salesforce".into()))),
        ];
        tokens::store(&tx, state.now_ms(), caller, &row, &values).await?;
        tx.commit().await.map_err(StoreError::from)?;
    }
    Ok(api::SalesforceLoginResult {
        instance_url: instance,
        organization_id: organization,
        user_id: user,
        connection_id: body.connection_id,
    })
}

/// The Microsoft Entra tenant of `domain`, from
/// `<authority>/<domain>/v2.0/.well-known/openid-configuration` (its `issuer` names the
/// tenant id); an unknown domain, or a text that is no domain name, is a 404.
pub async fn microsoft_tenant(
    state: &AppState,
    _caller: &Caller,
    domain: &str,
) -> Result<api::MicrosoftTenant, EtlworksError> {
    let domain = domain.trim().to_ascii_lowercase();
    let valid = !domain.is_empty()
        && domain.len() <= 253
        && domain.contains('.')
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    // A text that cannot be a domain names no tenant (the contract puts no pattern on
    // it); it is never sent to the provider.
    if !valid {
        return Err(EtlworksError::NotFound(format!(
            "No Microsoft tenant for domain '{domain}': not a domain name such as contoso.com"
        )));
    }
    let config = &state.config.etlworks_oauth;
    let authority = providers::based(config, "microsoft", MICROSOFT_AUTHORITY);
    let url = format!("{authority}/{domain}/v2.0/.well-known/openid-configuration");
    let answer = upstream::get(&url).await.map_err(|f| match f {
        upstream::Failure::Refused { message, .. } => EtlworksError::NotFound(format!(
            "No Microsoft tenant for domain '{domain}': {message}"
        )),
        other => upstream_error("microsoft", "the tenant lookup", other),
    })?;
    let issuer = answer
        .get("issuer")
        .and_then(Value::as_str)
        .unwrap_or_default();
    // https://login.microsoftonline.com/<tenant id>/v2.0
    let tenant = issuer
        .trim_end_matches('/')
        .rsplit('/')
        .nth(1)
        .and_then(|t| uuid::Uuid::parse_str(t).ok())
        .ok_or_else(|| {
            EtlworksError::BadGateway(format!(
                "Microsoft's OpenID configuration for '{domain}' names no tenant in its issuer"
            ))
        })?;
    Ok(api::MicrosoftTenant {
        domain,
        tenant_id: tenant,
        authority: format!("{authority}/{tenant}"),
    })
}
