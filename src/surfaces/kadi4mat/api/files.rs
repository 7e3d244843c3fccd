//! `/records/{id}/files…` and `/records/files/{id}`: a record's files.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::links::Base;
use super::super::records::{files, uploads};
use super::super::Kadi4Mat;

#[async_trait::async_trait]
impl api::FilesApi for Kadi4Mat {
    async fn get_file_by_id(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFileByIdParams,
    ) -> poem::Result<api::GetFileByIdResponse> {
        let caller = self.caller(&auth, "get_file_by_id").await?;
        let id = params.id.to_string();
        let file = files::get_by_id(&self.state, &caller, &Base::of(req), &id).await?;
        Ok(api::GetFileByIdResponse::Ok(Json(file)))
    }

    async fn get_files(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFilesParams,
    ) -> poem::Result<api::GetFilesResponse> {
        let caller = self.caller(&auth, "get_files").await?;
        let page = files::list(&self.state, &caller, req, &params).await?;
        Ok(api::GetFilesResponse::Ok(Json(page)))
    }

    async fn download_files(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DownloadFilesParams,
    ) -> poem::Result<api::DownloadFilesResponse> {
        let caller = self.caller(&auth, "download_files").await?;
        let archive = files::download_all(&self.state, &caller, params.id).await?;
        // Sent as the attachment it is, with its name.
        Err(poem::Error::from_response(archive.into_response()))
    }

    async fn get_file_by_name(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFileByNameParams,
    ) -> poem::Result<api::GetFileByNameResponse> {
        let caller = self.caller(&auth, "get_file_by_name").await?;
        let base = Base::of(req);
        let file =
            files::get_by_name(&self.state, &caller, &base, params.id, &params.filename).await?;
        Ok(api::GetFileByNameResponse::Ok(Json(file)))
    }

    async fn get_file(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFileParams,
    ) -> poem::Result<api::GetFileResponse> {
        let caller = self.caller(&auth, "get_file").await?;
        let base = Base::of(req);
        let id = params.file_id.to_string();
        let file = files::get(&self.state, &caller, &base, params.id, &id).await?;
        Ok(api::GetFileResponse::Ok(Json(file)))
    }

    async fn edit_file_data(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditFileDataParams,
        body: api::FileDataUpdate,
    ) -> poem::Result<api::EditFileDataResponse> {
        let caller = self.caller(&auth, "edit_file_data").await?;
        let base = Base::of(req);
        let upload = uploads::replace(&self.state, &caller, &base, &params, body).await?;
        Ok(api::EditFileDataResponse::Created(Json(upload)))
    }

    async fn delete_file(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteFileParams,
    ) -> poem::Result<api::DeleteFileResponse> {
        let caller = self.caller(&auth, "delete_file").await?;
        let id = params.file_id.to_string();
        files::delete(&self.state, &caller, params.id, &id).await?;
        Ok(api::DeleteFileResponse::NoContent)
    }

    async fn edit_file_metadata(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditFileMetadataParams,
        body: api::FileMetadataUpdate,
    ) -> poem::Result<api::EditFileMetadataResponse> {
        let caller = self.caller(&auth, "edit_file_metadata").await?;
        let base = Base::of(req);
        let file = files::edit_metadata(&self.state, &caller, &base, &params, body).await?;
        Ok(api::EditFileMetadataResponse::Ok(Json(file)))
    }

    async fn download_file(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DownloadFileParams,
    ) -> poem::Result<api::DownloadFileResponse> {
        let caller = self.caller(&auth, "download_file").await?;
        let id = params.file_id.to_string();
        let download = files::download(&self.state, &caller, params.id, &id).await?;
        // Sent in the file's own media type, under its name.
        Err(poem::Error::from_response(download.into_response()))
    }
}
