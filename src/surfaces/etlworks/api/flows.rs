//! `/rest/v1/flows*`: flows, their history, usage and documentation, and running and
//! stopping them.

use std::collections::BTreeMap;

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;
use poem_openapi::payload::PlainText;

use super::Etlworks;
use crate::surfaces::etlworks::flows::{self, documentation, inspect, usage, versions};
use crate::surfaces::etlworks::runs::{self, Start};

/// Query parameters of run-by-name that are not flow variables.
const RUN_OPTIONS: [&str; 3] = ["parallel", "wait", "timeout"];

#[async_trait::async_trait]
impl api::FlowsApi for Etlworks {
    async fn list_flows(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListFlowsParams,
    ) -> poem::Result<api::ListFlowsResponse> {
        let caller = self.caller(&auth).await?;
        let query = flows::ListQuery {
            limit: params.limit,
            offset: params.offset,
            q: params.q,
            tag: params.tag,
            flow_type: params.type_,
            since: params.since,
        };
        let (page, total) = flows::list(&self.state, &caller, query).await?;
        Ok(api::ListFlowsResponse::Ok(Json(page), total))
    }

    async fn create_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::FlowInput,
    ) -> poem::Result<api::CreateFlowResponse> {
        let caller = self.caller(&auth).await?;
        let flow = flows::create(&self.state, &caller, body).await?;
        Ok(api::CreateFlowResponse::Created(Json(flow)))
    }

    async fn list_recent_flows(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::ListRecentFlowsResponse> {
        let caller = self.caller(&auth).await?;
        let recent = flows::recent(&self.state, &caller).await?;
        Ok(api::ListRecentFlowsResponse::Ok(Json(recent)))
    }

    async fn inspect_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::FlowInput,
    ) -> poem::Result<api::InspectFlowResponse> {
        let caller = self.caller(&auth).await?;
        let inspection = inspect::inspect(&self.state, &caller, body).await?;
        Ok(api::InspectFlowResponse::Ok(Json(inspection)))
    }

    async fn get_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetFlowParams,
    ) -> poem::Result<api::GetFlowResponse> {
        let caller = self.caller(&auth).await?;
        let flow = flows::get(&self.state, &caller, params.flow_id).await?;
        Ok(api::GetFlowResponse::Ok(Json(flow)))
    }

    async fn update_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateFlowParams,
        body: api::FlowInput,
    ) -> poem::Result<api::UpdateFlowResponse> {
        let caller = self.caller(&auth).await?;
        let flow = flows::update(&self.state, &caller, params.flow_id, body).await?;
        Ok(api::UpdateFlowResponse::Ok(Json(flow)))
    }

    async fn delete_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteFlowParams,
    ) -> poem::Result<api::DeleteFlowResponse> {
        let caller = self.caller(&auth).await?;
        flows::delete(&self.state, &caller, params.flow_id).await?;
        Ok(api::DeleteFlowResponse::NoContent)
    }

    async fn run_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RunFlowParams,
        body: api::RunParameters,
    ) -> poem::Result<api::RunFlowResponse> {
        let caller = self.caller(&auth).await?;
        let start = Start {
            parameters: body,
            parallel: params.parallel,
            wait: params.wait,
            timeout_seconds: params.timeout,
        };
        let answer = runs::run_by_id(&self.state, &caller, params.flow_id, start).await?;
        Ok(api::RunFlowResponse::Ok(Json(answer)))
    }

    async fn stop_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::StopFlowParams,
    ) -> poem::Result<api::StopFlowResponse> {
        let caller = self.caller(&auth).await?;
        let answer = runs::stop(&self.state, &caller, params.flow_id, params.audit_id).await?;
        Ok(api::StopFlowResponse::Ok(Json(answer)))
    }

    async fn run_flow_by_name(
        &self,
        req: &Request,
        auth: api::BearerAuth,
        params: api::RunFlowByNameParams,
    ) -> poem::Result<api::RunFlowByNameResponse> {
        let caller = self.caller(&auth).await?;
        let start = Start {
            parameters: variables_in_query(req),
            parallel: params.parallel,
            wait: params.wait,
            timeout_seconds: params.timeout,
        };
        let answer = runs::run_by_name(&self.state, &caller, &params.flow_name, start).await?;
        Ok(api::RunFlowByNameResponse::Ok(Json(answer)))
    }

    async fn get_flow_usage(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetFlowUsageParams,
    ) -> poem::Result<api::GetFlowUsageResponse> {
        let caller = self.caller(&auth).await?;
        let used = usage::get(&self.state, &caller, params.flow_id).await?;
        Ok(api::GetFlowUsageResponse::Ok(Json(used)))
    }

    async fn list_flow_versions(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListFlowVersionsParams,
    ) -> poem::Result<api::ListFlowVersionsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = versions::list(
            &self.state,
            &caller,
            params.flow_id,
            params.offset,
            params.limit,
        )
        .await?;
        Ok(api::ListFlowVersionsResponse::Ok(Json(page), total))
    }

    async fn get_flow_documentation(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetFlowDocumentationParams,
    ) -> poem::Result<api::GetFlowDocumentationResponse> {
        let caller = self.caller(&auth).await?;
        let text = documentation::get(&self.state, &caller, params.flow_id).await?;
        Ok(api::GetFlowDocumentationResponse::Ok(PlainText(text)))
    }
}

/// The flow variables of a run-by-name: every query parameter but the run's options
/// (the product passes them this way, since that request has no body).
fn variables_in_query(req: &Request) -> BTreeMap<String, String> {
    let mut all: BTreeMap<String, String> = req.params().unwrap_or_default();
    all.retain(|k, _| !RUN_OPTIONS.contains(&k.as_str()));
    all
}
