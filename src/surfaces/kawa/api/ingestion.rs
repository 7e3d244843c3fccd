//! `POST /ingestion/prepare`, `/upload`, `/finalize`, `/stop-with-failure`: kywy's
//! shared query string becomes one [`ingestion::Load`], then the service acts.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::ingestion::{self, truthy, Load};
use super::super::Kawa;

/// The [`Load`] of an ingestion call's query (the four operations share it).
macro_rules! load_of {
    ($params:expr) => {{
        let p = &$params;
        Load {
            datasource: p.datasource.trim().to_string(),
            session: p.session.clone(),
            arrow: p
                .format
                .as_ref()
                .is_some_and(|f| f.as_str() == "ArrowStream"),
            reset: truthy(p.reset.as_ref().map(|r| r.as_str())),
            client: format!(
                "{} ({})",
                p.hostname.as_deref().unwrap_or("an unnamed host"),
                p.system.as_deref().unwrap_or("an unnamed system")
            ),
            rows: p.nb_rows,
        }
    }};
}

#[async_trait::async_trait]
impl api::IngestionApi for Kawa {
    async fn prepare_ingestion(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::PrepareIngestionParams,
        _body: api::EmptyObject,
    ) -> poem::Result<api::PrepareIngestionResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let prepared = ingestion::prepare(&self.state, &caller, load_of!(params)).await?;
        Ok(api::PrepareIngestionResponse::Ok(Json(prepared)))
    }

    async fn upload_ingestion(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::UploadIngestionParams,
        body: Vec<u8>,
    ) -> poem::Result<api::UploadIngestionResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let staged = ingestion::upload(&self.state, &caller, load_of!(params), body).await?;
        Ok(api::UploadIngestionResponse::Ok(Json(staged)))
    }

    async fn finalize_ingestion(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::FinalizeIngestionParams,
        _body: api::EmptyObject,
    ) -> poem::Result<api::FinalizeIngestionResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let ended = ingestion::finalize(&self.state, &caller, load_of!(params)).await?;
        Ok(api::FinalizeIngestionResponse::Ok(Json(ended)))
    }

    async fn fail_ingestion(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::FailIngestionParams,
        _body: api::EmptyObject,
    ) -> poem::Result<api::FailIngestionResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let ended = ingestion::fail(&self.state, &caller, load_of!(params)).await?;
        Ok(api::FailIngestionResponse::Ok(Json(ended)))
    }
}
