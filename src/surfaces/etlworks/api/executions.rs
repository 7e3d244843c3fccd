//! `/rest/v1/executions/*`: flow audit records, their counts, running tasks and consoles.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;
use poem_openapi::payload::{Binary, PlainText};

use super::Etlworks;
use crate::surfaces::etlworks::executions::{self, console, Lookup};

#[async_trait::async_trait]
impl api::ExecutionsApi for Etlworks {
    async fn get_flow_execution(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetFlowExecutionParams,
    ) -> poem::Result<api::GetFlowExecutionResponse> {
        let caller = self.caller(&auth).await?;
        let lookup = Lookup {
            audit_id: params.audit_id,
            message_id: params.message_id,
            status: params.status,
        };
        let record = executions::get(&self.state, &caller, params.flow_id, lookup).await?;
        Ok(api::GetFlowExecutionResponse::Ok(Json(record)))
    }

    async fn list_flow_executions(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListFlowExecutionsParams,
    ) -> poem::Result<api::ListFlowExecutionsResponse> {
        let caller = self.caller(&auth).await?;
        let flow_id = params.flow_id;
        let (page, total) = executions::history(&self.state, &caller, flow_id, params).await?;
        Ok(api::ListFlowExecutionsResponse::Ok(Json(page), total))
    }

    async fn count_flow_execution_statuses(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::CountFlowExecutionStatusesParams,
    ) -> poem::Result<api::CountFlowExecutionStatusesResponse> {
        let caller = self.caller(&auth).await?;
        let counts =
            executions::statuses(&self.state, &caller, params.flow_id, params.from, params.to)
                .await?;
        Ok(api::CountFlowExecutionStatusesResponse::Ok(Json(counts)))
    }

    async fn get_execution_console(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetExecutionConsoleParams,
    ) -> poem::Result<api::GetExecutionConsoleResponse> {
        let caller = self.caller(&auth).await?;
        let text = console::full(&self.state, &caller, params.flow_id, params.audit_id).await?;
        Ok(api::GetExecutionConsoleResponse::Ok(PlainText(text)))
    }

    async fn tail_execution_console(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::TailExecutionConsoleParams,
    ) -> poem::Result<api::TailExecutionConsoleResponse> {
        let caller = self.caller(&auth).await?;
        let (flow, audit) = (params.flow_id, params.audit_id);
        let tail = console::tail(&self.state, &caller, flow, audit, params.position).await?;
        Ok(api::TailExecutionConsoleResponse::Ok(
            PlainText(tail.text),
            tail.position,
            tail.running,
        ))
    }

    async fn list_running_tasks(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListRunningTasksParams,
    ) -> poem::Result<api::ListRunningTasksResponse> {
        let caller = self.caller(&auth).await?;
        let (flow, audit) = (params.flow_id, params.audit_id);
        let tasks =
            executions::running_tasks(&self.state, &caller, flow, audit, params.type_).await?;
        Ok(api::ListRunningTasksResponse::Ok(Json(tasks)))
    }

    async fn download_execution_consoles(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DownloadExecutionConsolesParams,
    ) -> poem::Result<api::DownloadExecutionConsolesResponse> {
        let caller = self.caller(&auth).await?;
        let download =
            console::download(&self.state, &caller, params.flow_id, params.audit_id).await?;
        Ok(api::DownloadExecutionConsolesResponse::Ok(
            Binary(download.bytes),
            download.disposition,
        ))
    }
}
