//! `GET /backoffice/workspaces`, `/backoffice/workspaces/{id}`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::{workspaces, Kawa};

#[async_trait::async_trait]
impl api::WorkspacesApi for Kawa {
    async fn list_workspaces(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListWorkspacesParams,
    ) -> poem::Result<api::ListWorkspacesResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = workspaces::list(&self.state, &caller, name, tag).await?;
        Ok(api::ListWorkspacesResponse::Ok(Json(found)))
    }

    async fn get_workspace(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetWorkspaceParams,
    ) -> poem::Result<api::GetWorkspaceResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = workspaces::get(&self.state, &caller, &params.id).await?;
        Ok(api::GetWorkspaceResponse::Ok(Json(found)))
    }
}
