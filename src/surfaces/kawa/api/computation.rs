//! `POST /computation/compute-from-dsl` (an Arrow IPC stream) and
//! `/computation/compute-sheet-stats`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;
use poem_openapi::payload::Binary;

use super::super::{computation, Kawa};

#[async_trait::async_trait]
impl api::ComputationApi for Kawa {
    async fn compute_from_dsl(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ComputeFromDslParams,
        body: api::ComputationRequest,
    ) -> poem::Result<api::ComputeFromDslResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let stream = computation::compute(&self.state, &caller, body).await?;
        Ok(api::ComputeFromDslResponse::Ok(Binary(stream)))
    }

    async fn compute_sheet_stats(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ComputeSheetStatsParams,
        body: api::SheetStatsRequest,
    ) -> poem::Result<api::ComputeSheetStatsResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let profiles = computation::profile(&self.state, &caller, body).await?;
        Ok(api::ComputeSheetStatsResponse::Ok(Json(profiles)))
    }
}
