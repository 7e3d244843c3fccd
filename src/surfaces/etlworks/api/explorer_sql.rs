//! `/rest/v1/explorer/*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::error::EtlworksError;
use crate::surfaces::etlworks::explorer;

#[async_trait::async_trait]
impl api::ExplorerSqlApi for Etlworks {
    async fn list_explorer_schemas(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListExplorerSchemasParams,
    ) -> poem::Result<api::ListExplorerSchemasResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = explorer::schemas(&self.state, &caller, params).await?;
        Ok(api::ListExplorerSchemasResponse::Ok(Json(page), total))
    }

    async fn list_explorer_tables(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListExplorerTablesParams,
    ) -> poem::Result<api::ListExplorerTablesResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = explorer::tables(&self.state, &caller, params).await?;
        Ok(api::ListExplorerTablesResponse::Ok(Json(page), total))
    }

    async fn list_explorer_columns(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListExplorerColumnsParams,
    ) -> poem::Result<api::ListExplorerColumnsResponse> {
        let caller = self.caller(&auth).await?;
        let columns = explorer::columns(&self.state, &caller, params).await?;
        Ok(api::ListExplorerColumnsResponse::Ok(Json(columns)))
    }

    async fn sample_explorer_table(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::SampleExplorerTableParams,
    ) -> poem::Result<api::SampleExplorerTableResponse> {
        let caller = self.caller(&auth).await?;
        let rows = explorer::sample(&self.state, &caller, params).await?;
        Ok(api::SampleExplorerTableResponse::Ok(Json(rows)))
    }

    async fn upload_file_to_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UploadFileToConnectionParams,
        body: api::UploadForm,
    ) -> poem::Result<api::UploadFileToConnectionResponse> {
        let caller = self.caller(&auth).await?;
        let file_name = body.file.file_name().map(str::to_string);
        let bytes = body.file.into_vec().await.map_err(|_| {
            EtlworksError::BadRequest("Field 'file': the upload could not be read".into())
        })?;
        let upload = explorer::Upload {
            file_name,
            bytes,
            path: body.path,
        };
        let stored = explorer::upload(&self.state, &caller, params.connection_id, upload).await?;
        Ok(api::UploadFileToConnectionResponse::Created(Json(stored)))
    }

    async fn execute_sql(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::SqlRequest,
    ) -> poem::Result<api::ExecuteSqlResponse> {
        let caller = self.caller(&auth).await?;
        let result = explorer::execute(&self.state, &caller, body).await?;
        Ok(api::ExecuteSqlResponse::Ok(Json(result)))
    }
}
