//! Beginning SSO: a redirect to the tenant's identity provider, when it has one.

use crate::state::AppState;
use crate::store::etlworks::tenants;
use crate::surfaces::etlworks::error::EtlworksError;

/// Where `GET /rest/v1/sso/login` sends the browser: the tenant's SSO URL with the
/// landing page as `RelayState` (SAML's name for it; OIDC providers pass it through).
pub async fn login_url(
    state: &AppState,
    tenant: Option<&str>,
    redirect: Option<&str>,
) -> Result<String, EtlworksError> {
    let tenant = match tenant.map(str::trim).filter(|t| !t.is_empty()) {
        Some(name) => tenants::by_name(&state.db, name)
            .await?
            .ok_or_else(|| EtlworksError::NotFound(format!("Tenant {name} not found")))?,
        // Without a name, the host's first tenant (the one every store starts with).
        None => tenants::first(&state.db)
            .await?
            .ok_or(EtlworksError::Internal)?,
    };
    let Some(sso) = tenant.sso_url.filter(|_| tenant.active) else {
        return Err(EtlworksError::NotFound(format!(
            "Single sign-on is not configured for tenant {}",
            tenant.name
        )));
    };
    let Some(landing) = redirect else {
        return Ok(sso);
    };
    if !is_absolute_uri(landing) {
        return Err(EtlworksError::BadRequest(
            "Parameter 'redirect' must be an absolute URI".into(),
        ));
    }
    let separator = if sso.contains('?') { '&' } else { '?' };
    Ok(format!("{sso}{separator}RelayState={}", encode(landing)))
}

/// Whether `uri` is an absolute URI (RFC 3986: a scheme, then `:`), as the contract's
/// `format: uri` asks; an identity provider's address may use any scheme it likes.
pub fn is_absolute_uri(uri: &str) -> bool {
    let Some((scheme, _)) = uri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !uri.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_uris_only() {
        assert!(is_absolute_uri("https://app.example.com/"));
        assert!(is_absolute_uri("urn:example:idp"));
        assert!(!is_absolute_uri("/relative/path"));
        assert!(!is_absolute_uri("1http://x"));
        assert_eq!(encode("https://a/b?c=d"), "https%3A%2F%2Fa%2Fb%3Fc%3Dd");
    }
}
