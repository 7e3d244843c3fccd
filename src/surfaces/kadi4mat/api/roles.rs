//! `/{records,collections,templates}/{id}/roles/{users,groups}…` and `/roles`: each
//! handler names its resource type and calls the shared roles services.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::paging::Page;
use super::super::roles::{catalog, groups, users};
use super::super::Kadi4Mat;
use crate::store::kadi4mat::access::Kind;

#[async_trait::async_trait]
impl api::RolesApi for Kadi4Mat {
    async fn get_collection_group_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionGroupRolesParams,
    ) -> poem::Result<api::GetCollectionGroupRolesResponse> {
        let caller = self.caller(&auth, "get_collection_group_roles").await?;
        let page = Page::new(params.page, params.per_page);
        let filter = params.filter.as_deref();
        let list = groups::list(
            &self.state,
            &caller,
            req,
            Kind::Collection,
            params.id,
            page,
            filter,
        )
        .await?;
        Ok(api::GetCollectionGroupRolesResponse::Ok(Json(list)))
    }

    async fn add_collection_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddCollectionGroupRoleParams,
        body: api::GroupRoleAssignment,
    ) -> poem::Result<api::AddCollectionGroupRoleResponse> {
        let caller = self.caller(&auth, "add_collection_group_role").await?;
        groups::add(&self.state, &caller, Kind::Collection, params.id, body).await?;
        Ok(api::AddCollectionGroupRoleResponse::Created)
    }

    async fn remove_collection_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveCollectionGroupRoleParams,
    ) -> poem::Result<api::RemoveCollectionGroupRoleResponse> {
        let caller = self.caller(&auth, "remove_collection_group_role").await?;
        groups::remove(
            &self.state,
            &caller,
            Kind::Collection,
            params.id,
            params.group_id,
        )
        .await?;
        Ok(api::RemoveCollectionGroupRoleResponse::NoContent)
    }

    async fn change_collection_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeCollectionGroupRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeCollectionGroupRoleResponse> {
        let caller = self.caller(&auth, "change_collection_group_role").await?;
        let (id, group) = (params.id, params.group_id);
        groups::change(&self.state, &caller, Kind::Collection, id, group, body).await?;
        Ok(api::ChangeCollectionGroupRoleResponse::NoContent)
    }

    async fn get_collection_user_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionUserRolesParams,
    ) -> poem::Result<api::GetCollectionUserRolesResponse> {
        let caller = self.caller(&auth, "get_collection_user_roles").await?;
        let listing = users::Listing {
            page: Page::new(params.page, params.per_page),
            filter: params.filter.as_deref(),
            exclude: params.exclude.as_deref().unwrap_or_default(),
        };
        let list = users::list(
            &self.state,
            &caller,
            req,
            Kind::Collection,
            params.id,
            listing,
        )
        .await?;
        Ok(api::GetCollectionUserRolesResponse::Ok(Json(list)))
    }

    async fn add_collection_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddCollectionUserRoleParams,
        body: api::UserRoleAssignment,
    ) -> poem::Result<api::AddCollectionUserRoleResponse> {
        let caller = self.caller(&auth, "add_collection_user_role").await?;
        users::add(&self.state, &caller, Kind::Collection, params.id, body).await?;
        Ok(api::AddCollectionUserRoleResponse::Created)
    }

    async fn remove_collection_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveCollectionUserRoleParams,
    ) -> poem::Result<api::RemoveCollectionUserRoleResponse> {
        let caller = self.caller(&auth, "remove_collection_user_role").await?;
        users::remove(
            &self.state,
            &caller,
            Kind::Collection,
            params.id,
            params.user_id,
        )
        .await?;
        Ok(api::RemoveCollectionUserRoleResponse::NoContent)
    }

    async fn change_collection_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeCollectionUserRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeCollectionUserRoleResponse> {
        let caller = self.caller(&auth, "change_collection_user_role").await?;
        let (id, user) = (params.id, params.user_id);
        users::change(&self.state, &caller, Kind::Collection, id, user, body).await?;
        Ok(api::ChangeCollectionUserRoleResponse::NoContent)
    }

    async fn get_record_group_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordGroupRolesParams,
    ) -> poem::Result<api::GetRecordGroupRolesResponse> {
        let caller = self.caller(&auth, "get_record_group_roles").await?;
        let page = Page::new(params.page, params.per_page);
        let filter = params.filter.as_deref();
        let list = groups::list(
            &self.state,
            &caller,
            req,
            Kind::Record,
            params.id,
            page,
            filter,
        )
        .await?;
        Ok(api::GetRecordGroupRolesResponse::Ok(Json(list)))
    }

    async fn add_record_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddRecordGroupRoleParams,
        body: api::GroupRoleAssignment,
    ) -> poem::Result<api::AddRecordGroupRoleResponse> {
        let caller = self.caller(&auth, "add_record_group_role").await?;
        groups::add(&self.state, &caller, Kind::Record, params.id, body).await?;
        Ok(api::AddRecordGroupRoleResponse::Created)
    }

    async fn remove_record_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveRecordGroupRoleParams,
    ) -> poem::Result<api::RemoveRecordGroupRoleResponse> {
        let caller = self.caller(&auth, "remove_record_group_role").await?;
        groups::remove(
            &self.state,
            &caller,
            Kind::Record,
            params.id,
            params.group_id,
        )
        .await?;
        Ok(api::RemoveRecordGroupRoleResponse::NoContent)
    }

    async fn change_record_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeRecordGroupRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeRecordGroupRoleResponse> {
        let caller = self.caller(&auth, "change_record_group_role").await?;
        let (id, group) = (params.id, params.group_id);
        groups::change(&self.state, &caller, Kind::Record, id, group, body).await?;
        Ok(api::ChangeRecordGroupRoleResponse::NoContent)
    }

    async fn get_record_user_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordUserRolesParams,
    ) -> poem::Result<api::GetRecordUserRolesResponse> {
        let caller = self.caller(&auth, "get_record_user_roles").await?;
        let listing = users::Listing {
            page: Page::new(params.page, params.per_page),
            filter: params.filter.as_deref(),
            exclude: params.exclude.as_deref().unwrap_or_default(),
        };
        let list = users::list(&self.state, &caller, req, Kind::Record, params.id, listing).await?;
        Ok(api::GetRecordUserRolesResponse::Ok(Json(list)))
    }

    async fn add_record_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddRecordUserRoleParams,
        body: api::UserRoleAssignment,
    ) -> poem::Result<api::AddRecordUserRoleResponse> {
        let caller = self.caller(&auth, "add_record_user_role").await?;
        users::add(&self.state, &caller, Kind::Record, params.id, body).await?;
        Ok(api::AddRecordUserRoleResponse::Created)
    }

    async fn remove_record_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveRecordUserRoleParams,
    ) -> poem::Result<api::RemoveRecordUserRoleResponse> {
        let caller = self.caller(&auth, "remove_record_user_role").await?;
        users::remove(
            &self.state,
            &caller,
            Kind::Record,
            params.id,
            params.user_id,
        )
        .await?;
        Ok(api::RemoveRecordUserRoleResponse::NoContent)
    }

    async fn change_record_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeRecordUserRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeRecordUserRoleResponse> {
        let caller = self.caller(&auth, "change_record_user_role").await?;
        let (id, user) = (params.id, params.user_id);
        users::change(&self.state, &caller, Kind::Record, id, user, body).await?;
        Ok(api::ChangeRecordUserRoleResponse::NoContent)
    }

    async fn get_template_group_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateGroupRolesParams,
    ) -> poem::Result<api::GetTemplateGroupRolesResponse> {
        let caller = self.caller(&auth, "get_template_group_roles").await?;
        let page = Page::new(params.page, params.per_page);
        let filter = params.filter.as_deref();
        let list = groups::list(
            &self.state,
            &caller,
            req,
            Kind::Template,
            params.id,
            page,
            filter,
        )
        .await?;
        Ok(api::GetTemplateGroupRolesResponse::Ok(Json(list)))
    }

    async fn add_template_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddTemplateGroupRoleParams,
        body: api::GroupRoleAssignment,
    ) -> poem::Result<api::AddTemplateGroupRoleResponse> {
        let caller = self.caller(&auth, "add_template_group_role").await?;
        groups::add(&self.state, &caller, Kind::Template, params.id, body).await?;
        Ok(api::AddTemplateGroupRoleResponse::Created)
    }

    async fn remove_template_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveTemplateGroupRoleParams,
    ) -> poem::Result<api::RemoveTemplateGroupRoleResponse> {
        let caller = self.caller(&auth, "remove_template_group_role").await?;
        groups::remove(
            &self.state,
            &caller,
            Kind::Template,
            params.id,
            params.group_id,
        )
        .await?;
        Ok(api::RemoveTemplateGroupRoleResponse::NoContent)
    }

    async fn change_template_group_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeTemplateGroupRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeTemplateGroupRoleResponse> {
        let caller = self.caller(&auth, "change_template_group_role").await?;
        let (id, group) = (params.id, params.group_id);
        groups::change(&self.state, &caller, Kind::Template, id, group, body).await?;
        Ok(api::ChangeTemplateGroupRoleResponse::NoContent)
    }

    async fn get_template_user_roles(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateUserRolesParams,
    ) -> poem::Result<api::GetTemplateUserRolesResponse> {
        let caller = self.caller(&auth, "get_template_user_roles").await?;
        let listing = users::Listing {
            page: Page::new(params.page, params.per_page),
            filter: params.filter.as_deref(),
            exclude: params.exclude.as_deref().unwrap_or_default(),
        };
        let list = users::list(
            &self.state,
            &caller,
            req,
            Kind::Template,
            params.id,
            listing,
        )
        .await?;
        Ok(api::GetTemplateUserRolesResponse::Ok(Json(list)))
    }

    async fn add_template_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddTemplateUserRoleParams,
        body: api::UserRoleAssignment,
    ) -> poem::Result<api::AddTemplateUserRoleResponse> {
        let caller = self.caller(&auth, "add_template_user_role").await?;
        users::add(&self.state, &caller, Kind::Template, params.id, body).await?;
        Ok(api::AddTemplateUserRoleResponse::Created)
    }

    async fn remove_template_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveTemplateUserRoleParams,
    ) -> poem::Result<api::RemoveTemplateUserRoleResponse> {
        let caller = self.caller(&auth, "remove_template_user_role").await?;
        users::remove(
            &self.state,
            &caller,
            Kind::Template,
            params.id,
            params.user_id,
        )
        .await?;
        Ok(api::RemoveTemplateUserRoleResponse::NoContent)
    }

    async fn change_template_user_role(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeTemplateUserRoleParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeTemplateUserRoleResponse> {
        let caller = self.caller(&auth, "change_template_user_role").await?;
        let (id, user) = (params.id, params.user_id);
        users::change(&self.state, &caller, Kind::Template, id, user, body).await?;
        Ok(api::ChangeTemplateUserRoleResponse::NoContent)
    }

    async fn get_roles(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
    ) -> poem::Result<api::GetRolesResponse> {
        self.caller(&auth, "get_roles").await?;
        Ok(api::GetRolesResponse::Ok(Json(catalog::catalog())))
    }
}
