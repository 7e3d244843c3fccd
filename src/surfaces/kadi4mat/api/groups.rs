//! `/groups`, `/groups/{id}`, their trash operations, members, and what is shared with
//! a group.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::groups::{self, members, shared};
use super::super::lifecycle;
use super::super::links::Base;
use super::super::Kadi4Mat;
use crate::store::entities::kd_group::Model as Group;

#[async_trait::async_trait]
impl api::GroupsApi for Kadi4Mat {
    async fn get_groups(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupsParams,
    ) -> poem::Result<api::GetGroupsResponse> {
        let caller = self.caller(&auth, "get_groups").await?;
        let page = groups::search(&self.state, &caller, req, params).await?;
        Ok(api::GetGroupsResponse::Ok(Json(page)))
    }

    async fn new_group(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        body: api::GroupCreate,
    ) -> poem::Result<api::NewGroupResponse> {
        let caller = self.caller(&auth, "new_group").await?;
        let group = groups::create(&self.state, &caller, &Base::of(req), body).await?;
        Ok(api::NewGroupResponse::Created(Json(group)))
    }

    async fn get_group_by_identifier(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupByIdentifierParams,
    ) -> poem::Result<api::GetGroupByIdentifierResponse> {
        let caller = self.caller(&auth, "get_group_by_identifier").await?;
        let base = Base::of(req);
        let group =
            lifecycle::get_by_identifier::<Group>(&self.state, &caller, &base, &params.identifier)
                .await?;
        Ok(api::GetGroupByIdentifierResponse::Ok(Json(group)))
    }

    async fn get_group(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupParams,
    ) -> poem::Result<api::GetGroupResponse> {
        let caller = self.caller(&auth, "get_group").await?;
        let group =
            lifecycle::get::<Group>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetGroupResponse::Ok(Json(group)))
    }

    async fn delete_group(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteGroupParams,
    ) -> poem::Result<api::DeleteGroupResponse> {
        let caller = self.caller(&auth, "delete_group").await?;
        lifecycle::delete::<Group>(&self.state, &caller, params.id).await?;
        Ok(api::DeleteGroupResponse::NoContent)
    }

    async fn edit_group(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditGroupParams,
        body: api::GroupUpdate,
    ) -> poem::Result<api::EditGroupResponse> {
        let caller = self.caller(&auth, "edit_group").await?;
        let group = groups::edit(&self.state, &caller, &Base::of(req), params.id, body).await?;
        Ok(api::EditGroupResponse::Ok(Json(group)))
    }

    async fn get_group_collections(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupCollectionsParams,
    ) -> poem::Result<api::GetGroupCollectionsResponse> {
        let caller = self.caller(&auth, "get_group_collections").await?;
        let page = shared::collections(&self.state, &caller, req, &params).await?;
        Ok(api::GetGroupCollectionsResponse::Ok(Json(page)))
    }

    async fn get_group_members(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupMembersParams,
    ) -> poem::Result<api::GetGroupMembersResponse> {
        let caller = self.caller(&auth, "get_group_members").await?;
        let page = members::list(&self.state, &caller, req, &params).await?;
        Ok(api::GetGroupMembersResponse::Ok(Json(page)))
    }

    async fn add_group_member(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddGroupMemberParams,
        body: api::UserRoleAssignment,
    ) -> poem::Result<api::AddGroupMemberResponse> {
        let caller = self.caller(&auth, "add_group_member").await?;
        members::add(&self.state, &caller, params.id, body).await?;
        Ok(api::AddGroupMemberResponse::Created)
    }

    async fn remove_group_member(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveGroupMemberParams,
    ) -> poem::Result<api::RemoveGroupMemberResponse> {
        let caller = self.caller(&auth, "remove_group_member").await?;
        members::remove(&self.state, &caller, params.id, params.user_id).await?;
        Ok(api::RemoveGroupMemberResponse::NoContent)
    }

    async fn change_group_member(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::ChangeGroupMemberParams,
        body: api::RoleName,
    ) -> poem::Result<api::ChangeGroupMemberResponse> {
        let caller = self.caller(&auth, "change_group_member").await?;
        members::change(&self.state, &caller, params.id, params.user_id, body).await?;
        Ok(api::ChangeGroupMemberResponse::NoContent)
    }

    async fn purge_group(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::PurgeGroupParams,
    ) -> poem::Result<api::PurgeGroupResponse> {
        let caller = self.caller(&auth, "purge_group").await?;
        groups::purge(&self.state, &caller, params.id).await?;
        Ok(api::PurgeGroupResponse::NoContent)
    }

    async fn get_group_records(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupRecordsParams,
    ) -> poem::Result<api::GetGroupRecordsResponse> {
        let caller = self.caller(&auth, "get_group_records").await?;
        let page = shared::records(&self.state, &caller, req, &params).await?;
        Ok(api::GetGroupRecordsResponse::Ok(Json(page)))
    }

    async fn restore_group(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RestoreGroupParams,
    ) -> poem::Result<api::RestoreGroupResponse> {
        let caller = self.caller(&auth, "restore_group").await?;
        let group =
            lifecycle::restore::<Group>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::RestoreGroupResponse::Ok(Json(group)))
    }

    async fn get_group_templates(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupTemplatesParams,
    ) -> poem::Result<api::GetGroupTemplatesResponse> {
        let caller = self.caller(&auth, "get_group_templates").await?;
        let page = shared::templates(&self.state, &caller, req, &params).await?;
        Ok(api::GetGroupTemplatesResponse::Ok(Json(page)))
    }
}
