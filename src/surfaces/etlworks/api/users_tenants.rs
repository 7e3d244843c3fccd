//! `/rest/v1/users*`, `/rest/v1/tenants*` and `/rest/v1/userprofile*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::{auth, profile, tenants, users};

#[async_trait::async_trait]
impl api::UsersTenantsApi for Etlworks {
    async fn list_users(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListUsersParams,
    ) -> poem::Result<api::ListUsersResponse> {
        let caller = self.caller(&auth).await?;
        let query = users::ListQuery {
            limit: params.limit,
            offset: params.offset,
            q: params.q,
            role: params.role,
        };
        let (page, total) = users::list(&self.state, &caller, query).await?;
        Ok(api::ListUsersResponse::Ok(Json(page), total))
    }

    async fn create_user(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::UserInput,
    ) -> poem::Result<api::CreateUserResponse> {
        let caller = self.caller(&auth).await?;
        let user = users::create(&self.state, &caller, body).await?;
        Ok(api::CreateUserResponse::Created(Json(user)))
    }

    async fn get_user(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetUserParams,
    ) -> poem::Result<api::GetUserResponse> {
        let caller = self.caller(&auth).await?;
        let user = users::get(&self.state, &caller, params.user_id).await?;
        Ok(api::GetUserResponse::Ok(Json(user)))
    }

    async fn update_user(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateUserParams,
        body: api::UserUpdate,
    ) -> poem::Result<api::UpdateUserResponse> {
        let caller = self.caller(&auth).await?;
        let user = users::update(&self.state, &caller, params.user_id, body).await?;
        Ok(api::UpdateUserResponse::Ok(Json(user)))
    }

    async fn delete_user(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteUserParams,
    ) -> poem::Result<api::DeleteUserResponse> {
        let caller = self.caller(&auth).await?;
        users::delete(&self.state, &caller, params.user_id).await?;
        Ok(api::DeleteUserResponse::NoContent)
    }

    async fn rotate_user_api_key(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RotateUserApiKeyParams,
        body: api::ApiKeyRequest,
    ) -> poem::Result<api::RotateUserApiKeyResponse> {
        let caller = self.caller(&auth).await?;
        let key = users::rotate_key(
            &self.state,
            &caller,
            params.user_id,
            body.expires_at.as_deref(),
        )
        .await?;
        Ok(api::RotateUserApiKeyResponse::Ok(Json(key)))
    }

    async fn revoke_user_api_key(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RevokeUserApiKeyParams,
    ) -> poem::Result<api::RevokeUserApiKeyResponse> {
        let caller = self.caller(&auth).await?;
        users::revoke_key(&self.state, &caller, params.user_id).await?;
        Ok(api::RevokeUserApiKeyResponse::NoContent)
    }

    async fn list_tenants(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListTenantsParams,
    ) -> poem::Result<api::ListTenantsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) =
            tenants::list(&self.state, &caller, params.offset, params.limit).await?;
        Ok(api::ListTenantsResponse::Ok(Json(page), total))
    }

    async fn create_tenant(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::TenantInput,
    ) -> poem::Result<api::CreateTenantResponse> {
        let caller = self.caller(&auth).await?;
        let tenant = tenants::create(&self.state, &caller, body).await?;
        Ok(api::CreateTenantResponse::Created(Json(tenant)))
    }

    async fn get_tenant(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetTenantParams,
    ) -> poem::Result<api::GetTenantResponse> {
        let caller = self.caller(&auth).await?;
        let tenant = tenants::get(&self.state, &caller, params.tenant_id).await?;
        Ok(api::GetTenantResponse::Ok(Json(tenant)))
    }

    async fn update_tenant(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateTenantParams,
        body: api::TenantUpdate,
    ) -> poem::Result<api::UpdateTenantResponse> {
        let caller = self.caller(&auth).await?;
        let tenant = tenants::update(&self.state, &caller, params.tenant_id, body).await?;
        Ok(api::UpdateTenantResponse::Ok(Json(tenant)))
    }

    async fn switch_tenant(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::SwitchTenantParams,
    ) -> poem::Result<api::SwitchTenantResponse> {
        let caller = self.caller(&auth).await?;
        let keys = self.keys().await?;
        let token = auth::tenant_token(&self.state, keys, &caller, params.tenant_id).await?;
        Ok(api::SwitchTenantResponse::Ok(Json(api::TokenResponse {
            token,
            two_factor_required: Some(false),
        })))
    }

    async fn get_user_profile(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetUserProfileResponse> {
        let caller = self.caller(&auth).await?;
        Ok(api::GetUserProfileResponse::Ok(Json(profile::get(&caller))))
    }

    async fn update_user_profile(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::UserProfileUpdate,
    ) -> poem::Result<api::UpdateUserProfileResponse> {
        let caller = self.caller(&auth).await?;
        let updated = profile::update(&self.state, &caller, body).await?;
        Ok(api::UpdateUserProfileResponse::Ok(Json(updated)))
    }

    async fn get_notification_preferences(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetNotificationPreferencesResponse> {
        let caller = self.caller(&auth).await?;
        let prefs = profile::notifications(&caller);
        Ok(api::GetNotificationPreferencesResponse::Ok(Json(prefs)))
    }

    async fn update_notification_preferences(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::NotificationPreferences,
    ) -> poem::Result<api::UpdateNotificationPreferencesResponse> {
        let caller = self.caller(&auth).await?;
        let prefs = profile::set_notifications(&self.state, &caller, body).await?;
        Ok(api::UpdateNotificationPreferencesResponse::Ok(Json(prefs)))
    }
}
