//! `POST /commands/secured/run` (and kywy's `//commands/secured/run`, which the
//! dispatcher collapses).

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::commands::{self, Outcome};
use super::super::Kawa;

#[async_trait::async_trait]
impl api::CommandsApi for Kawa {
    async fn run_command(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::RunCommandParams,
        body: api::Command,
    ) -> poem::Result<api::RunCommandResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        Ok(match commands::run(&self.state, &caller, body).await? {
            Outcome::Done(result) => api::RunCommandResponse::Ok(Json(*result)),
            Outcome::Started(run) => api::RunCommandResponse::Accepted(Json(run)),
        })
    }
}
