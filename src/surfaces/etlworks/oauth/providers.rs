//! The built-in OAuth providers: each one's real authorize and token endpoints and the
//! scopes Etlworks asks for. A configured base URL (`Config::etlworks_oauth`) replaces
//! the scheme and host of both endpoints, so a test's fake provider on 127.0.0.1 (or a
//! sandbox) answers instead of the real one.

use generated::etlworks::v1 as api;

use crate::config::EtlworksOAuth;

/// One provider's endpoints and default scopes.
pub struct Provider {
    pub name: &'static str,
    authorize: &'static str,
    token: &'static str,
    pub scopes: &'static [&'static str],
}

const PROVIDERS: &[Provider] = &[
    Provider {
        name: "amazon-seller",
        authorize: "https://sellercentral.amazon.com/apps/authorize/consent",
        token: "https://api.amazon.com/auth/o2/token",
        scopes: &[],
    },
    Provider {
        name: "atlassian",
        authorize: "https://auth.atlassian.com/authorize",
        token: "https://auth.atlassian.com/oauth/token",
        scopes: &["read:jira-work", "offline_access"],
    },
    Provider {
        name: "dropbox",
        authorize: "https://www.dropbox.com/oauth2/authorize",
        token: "https://api.dropboxapi.com/oauth2/token",
        scopes: &["files.content.read"],
    },
    Provider {
        name: "facebook",
        authorize: "https://www.facebook.com/v19.0/dialog/oauth",
        token: "https://graph.facebook.com/v19.0/oauth/access_token",
        scopes: &["ads_read"],
    },
    Provider {
        name: "google",
        authorize: "https://accounts.google.com/o/oauth2/v2/auth",
        token: "https://oauth2.googleapis.com/token",
        scopes: &["https://www.googleapis.com/auth/drive.readonly"],
    },
    Provider {
        name: "hubspot",
        authorize: "https://app.hubspot.com/oauth/authorize",
        token: "https://api.hubapi.com/oauth/v1/token",
        scopes: &["crm.objects.contacts.read"],
    },
    Provider {
        name: "mailchimp",
        authorize: "https://login.mailchimp.com/oauth2/authorize",
        token: "https://login.mailchimp.com/oauth2/token",
        scopes: &[],
    },
    Provider {
        name: "microsoft",
        authorize: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        scopes: &["offline_access", "https://graph.microsoft.com/.default"],
    },
    Provider {
        name: "quickbooks",
        authorize: "https://appcenter.intuit.com/connect/oauth2",
        token: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
        scopes: &["com.intuit.quickbooks.accounting"],
    },
    Provider {
        name: "salesforce",
        authorize: "https://login.salesforce.com/services/oauth2/authorize",
        token: "https://login.salesforce.com/services/oauth2/token",
        scopes: &["api", "refresh_token"],
    },
    Provider {
        name: "zoho",
        authorize: "https://accounts.zoho.com/oauth/v2/auth",
        token: "https://accounts.zoho.com/oauth/v2/token",
        scopes: &["ZohoCRM.modules.ALL"],
    },
];

/// Where Salesforce sandboxes sign in.
pub const SALESFORCE_SANDBOX: &str = "https://test.salesforce.com";
/// Where Microsoft Entra answers tenant discovery.
pub const MICROSOFT_AUTHORITY: &str = "https://login.microsoftonline.com";

/// The API's name of `provider`.
pub fn name_of(provider: api::OAuthProvider) -> &'static str {
    match provider {
        api::OAuthProvider::AmazonSeller => "amazon-seller",
        api::OAuthProvider::Atlassian => "atlassian",
        api::OAuthProvider::Dropbox => "dropbox",
        api::OAuthProvider::Facebook => "facebook",
        api::OAuthProvider::Google => "google",
        api::OAuthProvider::Hubspot => "hubspot",
        api::OAuthProvider::Mailchimp => "mailchimp",
        api::OAuthProvider::Microsoft => "microsoft",
        api::OAuthProvider::Quickbooks => "quickbooks",
        api::OAuthProvider::Salesforce => "salesforce",
        api::OAuthProvider::Zoho => "zoho",
    }
}

/// The provider the API names `provider`.
pub fn provider(provider: api::OAuthProvider) -> &'static Provider {
    let name = name_of(provider);
    PROVIDERS
        .iter()
        .find(|p| p.name == name)
        .expect("every provider of the contract is listed")
}

impl Provider {
    pub fn authorize_url(&self, config: &EtlworksOAuth) -> String {
        based(config, self.name, self.authorize)
    }

    pub fn token_url(&self, config: &EtlworksOAuth) -> String {
        based(config, self.name, self.token)
    }
}

/// `url` with its scheme and host replaced by `provider`'s configured base, if any.
pub fn based(config: &EtlworksOAuth, provider: &str, url: &str) -> String {
    match config.bases.get(provider) {
        Some(base) => {
            let path = url
                .split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
                .unwrap_or("");
            format!("{base}{path}")
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_replaces_scheme_and_host_only() {
        let mut config = EtlworksOAuth::default();
        let google = provider(api::OAuthProvider::Google);
        assert_eq!(
            google.token_url(&config),
            "https://oauth2.googleapis.com/token"
        );
        config
            .bases
            .insert("google".into(), "http://127.0.0.1:9".into());
        assert_eq!(google.token_url(&config), "http://127.0.0.1:9/token");
        assert_eq!(
            google.authorize_url(&config),
            "http://127.0.0.1:9/o/oauth2/v2/auth"
        );
    }
}
