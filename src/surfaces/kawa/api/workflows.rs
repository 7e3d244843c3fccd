//! `GET /backoffice/workflows` (listed, by id, `/run-history`) and
//! `/backoffice/workflows-last-run-details`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::{workflows, Kawa};

#[async_trait::async_trait]
impl api::WorkflowsApi for Kawa {
    async fn list_workflows(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListWorkflowsParams,
    ) -> poem::Result<api::ListWorkflowsResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = workflows::list(&self.state, &caller, name, tag).await?;
        Ok(api::ListWorkflowsResponse::Ok(Json(found)))
    }

    async fn get_workflow(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetWorkflowParams,
    ) -> poem::Result<api::GetWorkflowResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = workflows::get(&self.state, &caller, &params.id).await?;
        Ok(api::GetWorkflowResponse::Ok(Json(found)))
    }

    async fn get_workflow_run_history(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetWorkflowRunHistoryParams,
    ) -> poem::Result<api::GetWorkflowRunHistoryResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = workflows::history(&self.state, &caller, &params.id).await?;
        Ok(api::GetWorkflowRunHistoryResponse::Ok(Json(found)))
    }

    async fn get_workflows_last_run_details(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetWorkflowsLastRunDetailsParams,
    ) -> poem::Result<api::GetWorkflowsLastRunDetailsResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = workflows::last_runs(&self.state, &caller).await?;
        Ok(api::GetWorkflowsLastRunDetailsResponse::Ok(Json(found)))
    }
}
