//! `GET /health`, `/health/runner`, `/backoffice/application-environment`,
//! `/backoffice/configuration/{type}`, `/backoffice/usage`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::{runners, server, usage, Kawa};
use crate::authz::kawa as authz;

#[async_trait::async_trait]
impl api::ServerApi for Kawa {
    async fn get_health(&self, _req: &Request) -> poem::Result<api::GetHealthResponse> {
        Ok(match server::healthy(&self.state).await {
            true => api::GetHealthResponse::Ok(Json(server::health(true))),
            false => api::GetHealthResponse::ServiceUnavailable(Json(server::health(false))),
        })
    }

    async fn get_runner_health(
        &self,
        _req: &Request,
    ) -> poem::Result<api::GetRunnerHealthResponse> {
        let up = runners::up(&self.state).await;
        Ok(api::GetRunnerHealthResponse::Ok(Json(server::health(up))))
    }

    async fn get_configuration(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetConfigurationParams,
    ) -> poem::Result<api::GetConfigurationResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let admin = authz::admin(&caller, "read configurations")?;
        let configuration = server::configuration(&self.state, &admin, &params.type_).await?;
        Ok(api::GetConfigurationResponse::Ok(Json(configuration)))
    }

    async fn get_application_environment(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetApplicationEnvironmentParams,
    ) -> poem::Result<api::GetApplicationEnvironmentResponse> {
        self.caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        Ok(api::GetApplicationEnvironmentResponse::Ok(Json(
            server::environment(),
        )))
    }

    async fn get_usage(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetUsageParams,
    ) -> poem::Result<api::GetUsageResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let admin = authz::admin(&caller, "read usage statistics")?;
        let report = usage::report(
            &self.state,
            &admin,
            &params.from,
            &params.to,
            &params.zone_id,
        )
        .await?;
        Ok(api::GetUsageResponse::Ok(Json(report)))
    }
}
