//! `/rest/v1/system/*`, `/settings`, `/modules`, `/metrics/executions*`, `/agents*`,
//! `/billing/*` and `/maintenance/*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::operations::{
    self, agents, backups, billing, metrics, modules, settings,
};

#[async_trait::async_trait]
impl api::SystemOperationsApi for Etlworks {
    async fn get_system_info(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetSystemInfoResponse> {
        self.caller(&auth).await?;
        let info = operations::info(&self.state, self.started);
        Ok(api::GetSystemInfoResponse::Ok(Json(info)))
    }

    async fn get_system_health(
        &self,
        _req: &Request,
    ) -> poem::Result<api::GetSystemHealthResponse> {
        let health = operations::health(&self.state).await;
        Ok(match health.status {
            api::HealthStatus::Up => api::GetSystemHealthResponse::Ok(Json(health)),
            api::HealthStatus::Down => {
                api::GetSystemHealthResponse::ServiceUnavailable(Json(health))
            }
        })
    }

    async fn get_settings(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetSettingsResponse> {
        let caller = self.caller(&auth).await?;
        let found = settings::get(&self.state, &caller).await?;
        Ok(api::GetSettingsResponse::Ok(Json(found)))
    }

    async fn update_settings(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::TenantSettings,
    ) -> poem::Result<api::UpdateSettingsResponse> {
        let caller = self.caller(&auth).await?;
        let saved = settings::update(&self.state, &caller, body).await?;
        Ok(api::UpdateSettingsResponse::Ok(Json(saved)))
    }

    async fn list_modules(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::ListModulesResponse> {
        self.caller(&auth).await?;
        Ok(api::ListModulesResponse::Ok(Json(modules::list())))
    }

    async fn get_execution_summary(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetExecutionSummaryParams,
    ) -> poem::Result<api::GetExecutionSummaryResponse> {
        let caller = self.caller(&auth).await?;
        let summary = metrics::summary(&self.state, &caller, params).await?;
        Ok(api::GetExecutionSummaryResponse::Ok(Json(summary)))
    }

    async fn get_execution_report(
        &self,
        req: &Request,
        auth: api::BearerAuth,
        params: api::GetExecutionReportParams,
    ) -> poem::Result<api::GetExecutionReportResponse> {
        let caller = self.caller(&auth).await?;
        let rows = metrics::report(&self.state, &caller, params, req.uri().query()).await?;
        Ok(api::GetExecutionReportResponse::Ok(Json(rows)))
    }

    async fn list_agents(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListAgentsParams,
    ) -> poem::Result<api::ListAgentsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = agents::list(&self.state, &caller, params).await?;
        Ok(api::ListAgentsResponse::Ok(Json(page), total))
    }

    async fn get_agent(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetAgentParams,
    ) -> poem::Result<api::GetAgentResponse> {
        let caller = self.caller(&auth).await?;
        let agent = agents::get(&self.state, &caller, params.agent_id).await?;
        Ok(api::GetAgentResponse::Ok(Json(agent)))
    }

    async fn restart_agent(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RestartAgentParams,
    ) -> poem::Result<api::RestartAgentResponse> {
        let caller = self.caller(&auth).await?;
        let agent = agents::restart(&self.state, &caller, params.agent_id).await?;
        Ok(api::RestartAgentResponse::Accepted(Json(agent)))
    }

    async fn get_subscription(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::GetSubscriptionResponse> {
        let caller = self.caller(&auth).await?;
        let subscription = billing::subscription(&self.state, &caller).await?;
        Ok(api::GetSubscriptionResponse::Ok(Json(subscription)))
    }

    async fn list_invoices(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListInvoicesParams,
    ) -> poem::Result<api::ListInvoicesResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = billing::invoices(&self.state, &caller, params).await?;
        Ok(api::ListInvoicesResponse::Ok(Json(page), total))
    }

    async fn create_backup(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::BackupRequest,
    ) -> poem::Result<api::CreateBackupResponse> {
        let caller = self.caller(&auth).await?;
        let queued = backups::create(&self.state, &caller, body).await?;
        Ok(api::CreateBackupResponse::Accepted(Json(queued)))
    }

    async fn list_backups(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListBackupsParams,
    ) -> poem::Result<api::ListBackupsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = backups::list(&self.state, &caller, params).await?;
        Ok(api::ListBackupsResponse::Ok(Json(page), total))
    }
}
