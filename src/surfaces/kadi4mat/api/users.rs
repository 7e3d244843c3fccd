//! `/users`, `/users/me`, `/users/{id}` and what a user's profile lists.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::links::Base;
use super::super::users::{self, directory, profile};
use super::super::Kadi4Mat;

#[async_trait::async_trait]
impl api::UsersApi for Kadi4Mat {
    async fn get_users(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUsersParams,
    ) -> poem::Result<api::GetUsersResponse> {
        let caller = self.caller(&auth, "get_users").await?;
        let page = directory::list(&self.state, &caller, req, &params).await?;
        Ok(api::GetUsersResponse::Ok(Json(page)))
    }

    async fn get_current_user(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
    ) -> poem::Result<api::GetCurrentUserResponse> {
        let caller = self.caller(&auth, "get_current_user").await?;
        let me = users::view(caller.user(), &caller, &Base::of(req));
        Ok(api::GetCurrentUserResponse::Ok(Json(me)))
    }

    async fn get_user(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserParams,
    ) -> poem::Result<api::GetUserResponse> {
        let caller = self.caller(&auth, "get_user").await?;
        let user = directory::get(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetUserResponse::Ok(Json(user)))
    }

    async fn get_user_collections(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserCollectionsParams,
    ) -> poem::Result<api::GetUserCollectionsResponse> {
        let caller = self.caller(&auth, "get_user_collections").await?;
        let page = profile::collections(&self.state, &caller, req, &params).await?;
        Ok(api::GetUserCollectionsResponse::Ok(Json(page)))
    }

    async fn get_user_groups(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserGroupsParams,
    ) -> poem::Result<api::GetUserGroupsResponse> {
        let caller = self.caller(&auth, "get_user_groups").await?;
        let page = profile::groups(&self.state, &caller, req, &params).await?;
        Ok(api::GetUserGroupsResponse::Ok(Json(page)))
    }

    async fn get_user_identities(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserIdentitiesParams,
    ) -> poem::Result<api::GetUserIdentitiesResponse> {
        let caller = self.caller(&auth, "get_user_identities").await?;
        let list = directory::identities(&self.state, &caller, params.id).await?;
        Ok(api::GetUserIdentitiesResponse::Ok(Json(list)))
    }

    async fn get_user_records(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserRecordsParams,
    ) -> poem::Result<api::GetUserRecordsResponse> {
        let caller = self.caller(&auth, "get_user_records").await?;
        let page = profile::records(&self.state, &caller, req, &params).await?;
        Ok(api::GetUserRecordsResponse::Ok(Json(page)))
    }

    async fn get_user_templates(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserTemplatesParams,
    ) -> poem::Result<api::GetUserTemplatesResponse> {
        let caller = self.caller(&auth, "get_user_templates").await?;
        let page = profile::templates(&self.state, &caller, req, &params).await?;
        Ok(api::GetUserTemplatesResponse::Ok(Json(page)))
    }

    async fn get_user_by_identity(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUserByIdentityParams,
    ) -> poem::Result<api::GetUserByIdentityResponse> {
        let caller = self.caller(&auth, "get_user_by_identity").await?;
        let base = Base::of(req);
        let user =
            directory::by_identity(&self.state, &caller, &base, &params.id, &params.username)
                .await?;
        Ok(api::GetUserByIdentityResponse::Ok(Json(user)))
    }
}
