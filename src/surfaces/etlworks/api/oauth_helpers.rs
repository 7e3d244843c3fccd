//! `/rest/v1/io/oauth/*`, `/rest/v1/salesforce/login` and `/rest/v1/microsoft/tenant`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::oauth::{self, helpers};

#[async_trait::async_trait]
impl api::OAuthHelpersApi for Etlworks {
    async fn get_oauth_consent_url(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetOauthConsentUrlParams,
    ) -> poem::Result<api::GetOauthConsentUrlResponse> {
        let caller = self.caller(&auth).await?;
        let keys = self.keys().await?;
        let url = oauth::consent_url(&self.state, keys, &caller, params).await?;
        Ok(api::GetOauthConsentUrlResponse::Ok(Json(url)))
    }

    async fn exchange_oauth_code(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ExchangeOauthCodeParams,
        body: api::OAuthCallbackRequest,
    ) -> poem::Result<api::ExchangeOauthCodeResponse> {
        let caller = self.caller(&auth).await?;
        let keys = self.keys().await?;
        let done = oauth::callback(&self.state, keys, &caller, params.provider, body).await?;
        Ok(api::ExchangeOauthCodeResponse::Ok(Json(done)))
    }

    async fn refresh_oauth_tokens(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RefreshOauthTokensParams,
        body: api::OAuthRefreshRequest,
    ) -> poem::Result<api::RefreshOauthTokensResponse> {
        let caller = self.caller(&auth).await?;
        let done = oauth::refresh(&self.state, &caller, params.provider, body).await?;
        Ok(api::RefreshOauthTokensResponse::Ok(Json(done)))
    }

    async fn salesforce_login(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::SalesforceLoginRequest,
    ) -> poem::Result<api::SalesforceLoginResponse> {
        let caller = self.caller(&auth).await?;
        let session = helpers::salesforce_login(&self.state, &caller, body).await?;
        Ok(api::SalesforceLoginResponse::Ok(Json(session)))
    }

    async fn resolve_microsoft_tenant(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ResolveMicrosoftTenantParams,
    ) -> poem::Result<api::ResolveMicrosoftTenantResponse> {
        let caller = self.caller(&auth).await?;
        let tenant = helpers::microsoft_tenant(&self.state, &caller, &params.domain).await?;
        Ok(api::ResolveMicrosoftTenantResponse::Ok(Json(tenant)))
    }
}
