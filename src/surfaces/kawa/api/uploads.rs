//! `POST /uploads/files`, `GET /uploads/files/{fileId}/metadata`,
//! `GET /uploads/files/{fileId}`, `DELETE /uploads/files/{fileId}`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;
use poem_openapi::payload::Binary;

use super::super::{files, Kawa};

#[async_trait::async_trait]
impl api::UploadsApi for Kawa {
    async fn upload_file(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::UploadFileParams,
        body: api::FileUploadForm,
    ) -> poem::Result<api::UploadFileResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let stored = files::upload(&self.state, &caller, params.file_id, body.file_0).await?;
        Ok(api::UploadFileResponse::Ok(Json(stored)))
    }

    async fn get_file_metadata(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetFileMetadataParams,
    ) -> poem::Result<api::GetFileMetadataResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = files::metadata(&self.state, &caller, &params.file_id).await?;
        Ok(api::GetFileMetadataResponse::Ok(Json(found)))
    }

    async fn download_file(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::DownloadFileParams,
    ) -> poem::Result<api::DownloadFileResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (bytes, name) = files::download(&self.state, &caller, &params.file_id).await?;
        let disposition = format!("attachment; filename=\"{}\"", name.replace('"', "'"));
        Ok(api::DownloadFileResponse::Ok(
            Binary(bytes),
            Some(disposition),
        ))
    }

    async fn delete_file(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::DeleteFileParams,
    ) -> poem::Result<api::DeleteFileResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let removed = files::delete(&self.state, &caller, &params.file_id).await?;
        Ok(api::DeleteFileResponse::Ok(Json(removed)))
    }
}
