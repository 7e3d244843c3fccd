//! `/{records,collections,templates}/{id}/roles/{users,groups}…` and `/roles`: the eight
//! role operations have one shape for every resource type, so one macro writes them per
//! type, each naming its type and calling the shared roles services.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::paging::Page;
use super::super::roles::{catalog, groups, users};
use super::super::Kadi4Mat;
use crate::store::kadi4mat::access::Kind;

/// The `RolesApi` implementation: for each resource type, the names the contract gives
/// its eight operations (`operation(Params) -> Response`) in a fixed order.
macro_rules! roles_api {
    ($(
        $kind:expr => {
            $get_groups:ident($GetGroups:ident) -> $GetGroupsResponse:ident,
            $add_group:ident($AddGroup:ident) -> $AddGroupResponse:ident,
            $remove_group:ident($RemoveGroup:ident) -> $RemoveGroupResponse:ident,
            $change_group:ident($ChangeGroup:ident) -> $ChangeGroupResponse:ident,
            $get_users:ident($GetUsers:ident) -> $GetUsersResponse:ident,
            $add_user:ident($AddUser:ident) -> $AddUserResponse:ident,
            $remove_user:ident($RemoveUser:ident) -> $RemoveUserResponse:ident,
            $change_user:ident($ChangeUser:ident) -> $ChangeUserResponse:ident $(,)?
        }
    ),* $(,)?) => {
        #[async_trait::async_trait]
        impl api::RolesApi for Kadi4Mat {
            $(
            async fn $get_groups(
                &self,
                req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$GetGroups,
            ) -> poem::Result<api::$GetGroupsResponse> {
                let caller = self.caller(&auth, stringify!($get_groups)).await?;
                let page = Page::new(params.page, params.per_page);
                let filter = params.filter.as_deref();
                let list =
                    groups::list(&self.state, &caller, req, $kind, params.id, page, filter).await?;
                Ok(api::$GetGroupsResponse::Ok(Json(list)))
            }

            async fn $add_group(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$AddGroup,
                body: api::GroupRoleAssignment,
            ) -> poem::Result<api::$AddGroupResponse> {
                let caller = self.caller(&auth, stringify!($add_group)).await?;
                groups::add(&self.state, &caller, $kind, params.id, body).await?;
                Ok(api::$AddGroupResponse::Created)
            }

            async fn $remove_group(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$RemoveGroup,
            ) -> poem::Result<api::$RemoveGroupResponse> {
                let caller = self.caller(&auth, stringify!($remove_group)).await?;
                groups::remove(&self.state, &caller, $kind, params.id, params.group_id).await?;
                Ok(api::$RemoveGroupResponse::NoContent)
            }

            async fn $change_group(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$ChangeGroup,
                body: api::RoleName,
            ) -> poem::Result<api::$ChangeGroupResponse> {
                let caller = self.caller(&auth, stringify!($change_group)).await?;
                let (id, group) = (params.id, params.group_id);
                groups::change(&self.state, &caller, $kind, id, group, body).await?;
                Ok(api::$ChangeGroupResponse::NoContent)
            }

            async fn $get_users(
                &self,
                req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$GetUsers,
            ) -> poem::Result<api::$GetUsersResponse> {
                let caller = self.caller(&auth, stringify!($get_users)).await?;
                let listing = users::Listing {
                    page: Page::new(params.page, params.per_page),
                    filter: params.filter.as_deref(),
                    exclude: params.exclude.as_deref().unwrap_or_default(),
                };
                let list =
                    users::list(&self.state, &caller, req, $kind, params.id, listing).await?;
                Ok(api::$GetUsersResponse::Ok(Json(list)))
            }

            async fn $add_user(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$AddUser,
                body: api::UserRoleAssignment,
            ) -> poem::Result<api::$AddUserResponse> {
                let caller = self.caller(&auth, stringify!($add_user)).await?;
                users::add(&self.state, &caller, $kind, params.id, body).await?;
                Ok(api::$AddUserResponse::Created)
            }

            async fn $remove_user(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$RemoveUser,
            ) -> poem::Result<api::$RemoveUserResponse> {
                let caller = self.caller(&auth, stringify!($remove_user)).await?;
                users::remove(&self.state, &caller, $kind, params.id, params.user_id).await?;
                Ok(api::$RemoveUserResponse::NoContent)
            }

            async fn $change_user(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
                params: api::$ChangeUser,
                body: api::RoleName,
            ) -> poem::Result<api::$ChangeUserResponse> {
                let caller = self.caller(&auth, stringify!($change_user)).await?;
                let (id, user) = (params.id, params.user_id);
                users::change(&self.state, &caller, $kind, id, user, body).await?;
                Ok(api::$ChangeUserResponse::NoContent)
            }
            )*

            async fn get_roles(
                &self,
                _req: &Request,
                auth: api::PersonalAccessToken,
            ) -> poem::Result<api::GetRolesResponse> {
                self.caller(&auth, "get_roles").await?;
                Ok(api::GetRolesResponse::Ok(Json(catalog::catalog())))
            }
        }
    };
}

roles_api! {
    Kind::Record => {
        get_record_group_roles(GetRecordGroupRolesParams) -> GetRecordGroupRolesResponse,
        add_record_group_role(AddRecordGroupRoleParams) -> AddRecordGroupRoleResponse,
        remove_record_group_role(RemoveRecordGroupRoleParams) -> RemoveRecordGroupRoleResponse,
        change_record_group_role(ChangeRecordGroupRoleParams) -> ChangeRecordGroupRoleResponse,
        get_record_user_roles(GetRecordUserRolesParams) -> GetRecordUserRolesResponse,
        add_record_user_role(AddRecordUserRoleParams) -> AddRecordUserRoleResponse,
        remove_record_user_role(RemoveRecordUserRoleParams) -> RemoveRecordUserRoleResponse,
        change_record_user_role(ChangeRecordUserRoleParams) -> ChangeRecordUserRoleResponse,
    },
    Kind::Collection => {
        get_collection_group_roles(GetCollectionGroupRolesParams) -> GetCollectionGroupRolesResponse,
        add_collection_group_role(AddCollectionGroupRoleParams) -> AddCollectionGroupRoleResponse,
        remove_collection_group_role(RemoveCollectionGroupRoleParams) -> RemoveCollectionGroupRoleResponse,
        change_collection_group_role(ChangeCollectionGroupRoleParams) -> ChangeCollectionGroupRoleResponse,
        get_collection_user_roles(GetCollectionUserRolesParams) -> GetCollectionUserRolesResponse,
        add_collection_user_role(AddCollectionUserRoleParams) -> AddCollectionUserRoleResponse,
        remove_collection_user_role(RemoveCollectionUserRoleParams) -> RemoveCollectionUserRoleResponse,
        change_collection_user_role(ChangeCollectionUserRoleParams) -> ChangeCollectionUserRoleResponse,
    },
    Kind::Template => {
        get_template_group_roles(GetTemplateGroupRolesParams) -> GetTemplateGroupRolesResponse,
        add_template_group_role(AddTemplateGroupRoleParams) -> AddTemplateGroupRoleResponse,
        remove_template_group_role(RemoveTemplateGroupRoleParams) -> RemoveTemplateGroupRoleResponse,
        change_template_group_role(ChangeTemplateGroupRoleParams) -> ChangeTemplateGroupRoleResponse,
        get_template_user_roles(GetTemplateUserRolesParams) -> GetTemplateUserRolesResponse,
        add_template_user_role(AddTemplateUserRoleParams) -> AddTemplateUserRoleResponse,
        remove_template_user_role(RemoveTemplateUserRoleParams) -> RemoveTemplateUserRoleResponse,
        change_template_user_role(ChangeTemplateUserRoleParams) -> ChangeTemplateUserRoleResponse,
    },
}
