//! `/rest/v1/token-auth*`, `/passreset*`, `/passupdate`, `/sso/login`, `/2fa*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::authz::etlworks::Pending;
use crate::surfaces::etlworks::auth::{self, passwords, sso, two_factor};

fn token(token: String, two_factor_required: bool) -> Json<api::TokenResponse> {
    Json(api::TokenResponse {
        token,
        two_factor_required: Some(two_factor_required),
    })
}

#[async_trait::async_trait]
impl api::AuthenticationApi for Etlworks {
    async fn issue_token(
        &self,
        _req: &Request,
        body: api::TokenAuthRequest,
    ) -> poem::Result<api::IssueTokenResponse> {
        let keys = self.keys().await?;
        let issued = auth::sign_in(&self.state, keys, &body.login, body.password).await?;
        Ok(api::IssueTokenResponse::Ok(token(
            issued.token,
            issued.two_factor_required,
        )))
    }

    async fn issue_token_legacy(
        &self,
        _req: &Request,
        body: api::TokenAuthRequest,
    ) -> poem::Result<api::IssueTokenLegacyResponse> {
        let keys = self.keys().await?;
        let issued = auth::sign_in(&self.state, keys, &body.login, body.password).await?;
        Ok(api::IssueTokenLegacyResponse::Ok(token(
            issued.token,
            issued.two_factor_required,
        )))
    }

    async fn refresh_token(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::RefreshTokenResponse> {
        let caller = self.caller(&auth).await?;
        let fresh = auth::refresh(&self.state, self.keys().await?, &caller)?;
        Ok(api::RefreshTokenResponse::Ok(token(fresh, false)))
    }

    async fn logout(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::LogoutResponse> {
        let caller = self.caller_pending(&auth).await?;
        auth::sign_out(&self.state, &caller).await?;
        Ok(api::LogoutResponse::NoContent)
    }

    async fn issue_tenant_token(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::IssueTenantTokenParams,
    ) -> poem::Result<api::IssueTenantTokenResponse> {
        let caller = self.caller(&auth).await?;
        let keys = self.keys().await?;
        let fresh = auth::tenant_token(&self.state, keys, &caller, params.tenant_id).await?;
        Ok(api::IssueTenantTokenResponse::Ok(token(fresh, false)))
    }

    async fn request_password_reset(
        &self,
        _req: &Request,
        body: api::PasswordResetRequest,
    ) -> poem::Result<api::RequestPasswordResetResponse> {
        passwords::request_reset(&self.state, &body.email).await?;
        Ok(api::RequestPasswordResetResponse::Accepted)
    }

    async fn confirm_password_reset(
        &self,
        _req: &Request,
        body: api::PasswordResetConfirm,
    ) -> poem::Result<api::ConfirmPasswordResetResponse> {
        passwords::confirm_reset(&self.state, &body.token, body.new_password).await?;
        Ok(api::ConfirmPasswordResetResponse::NoContent)
    }

    async fn update_password(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::PasswordUpdate,
    ) -> poem::Result<api::UpdatePasswordResponse> {
        let caller = self.caller(&auth).await?;
        passwords::update(
            &self.state,
            &caller,
            body.current_password,
            body.new_password,
        )
        .await?;
        Ok(api::UpdatePasswordResponse::NoContent)
    }

    async fn sso_login(
        &self,
        _req: &Request,
        params: api::SsoLoginParams,
    ) -> poem::Result<api::SsoLoginResponse> {
        let url = sso::login_url(
            &self.state,
            params.tenant.as_deref(),
            params.redirect.as_deref(),
        )
        .await?;
        Ok(api::SsoLoginResponse::Found(url))
    }

    async fn get_totp_status(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetTotpStatusResponse> {
        let caller = self.caller(&auth).await?;
        let etl = &caller.account().etl;
        Ok(api::GetTotpStatusResponse::Ok(Json(api::TotpStatus {
            enabled: etl.totp_secret.is_some(),
            enrolled_at: etl.totp_enabled_at.map(crate::common::time::iso_seconds),
        })))
    }

    async fn disable_totp(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::DisableTotpResponse> {
        let caller = self.caller(&auth).await?;
        two_factor::disable(&self.state, &caller).await?;
        Ok(api::DisableTotpResponse::NoContent)
    }

    async fn enroll_totp(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::EnrollTotpResponse> {
        let caller = self.caller(&auth).await?;
        let e = two_factor::enroll(&self.state, &caller).await?;
        Ok(api::EnrollTotpResponse::Ok(Json(api::TotpEnrollment {
            secret: e.secret,
            otpauth_url: e.otpauth_url,
            qr_code: e.qr_code,
        })))
    }

    async fn verify_totp(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::TotpVerifyRequest,
    ) -> poem::Result<api::VerifyTotpResponse> {
        let caller = self.caller_with(&auth, Pending::Allowed).await?;
        let keys = self.keys().await?;
        let v = two_factor::verify(&self.state, keys, &caller, &body.code).await?;
        Ok(api::VerifyTotpResponse::Ok(Json(api::TotpVerification {
            verified: v.verified,
            enabled: v.enabled,
            token: v.token,
        })))
    }
}
