//! `/records/{id}/uploads…`: direct and chunked uploads into a record.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::links::Base;
use super::super::records::uploads::{self, Sent};
use super::super::Kadi4Mat;

#[async_trait::async_trait]
impl api::UploadsApi for Kadi4Mat {
    async fn get_uploads(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUploadsParams,
    ) -> poem::Result<api::GetUploadsResponse> {
        let caller = self.caller(&auth, "get_uploads").await?;
        let list = uploads::list(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetUploadsResponse::Ok(Json(list)))
    }

    async fn new_upload(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::NewUploadParams,
        body: api::UploadCreate,
    ) -> poem::Result<api::NewUploadResponse> {
        let caller = self.caller(&auth, "new_upload").await?;
        let base = Base::of(req);
        let upload = uploads::create(&self.state, &caller, &base, params.id, body).await?;
        Ok(api::NewUploadResponse::Created(Json(upload)))
    }

    async fn get_upload(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetUploadParams,
    ) -> poem::Result<api::GetUploadResponse> {
        let caller = self.caller(&auth, "get_upload").await?;
        let upload = uploads::get(&self.state, &caller, &Base::of(req), &params).await?;
        Ok(api::GetUploadResponse::Ok(Json(upload)))
    }

    async fn upload_data(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::UploadDataParams,
        body: Vec<u8>,
    ) -> poem::Result<api::UploadDataResponse> {
        let caller = self.caller(&auth, "upload_data").await?;
        let base = Base::of(req);
        Ok(
            match uploads::send(&self.state, &caller, &base, &params, body).await? {
                Sent::Chunk(upload) => api::UploadDataResponse::Ok(Json(*upload)),
                Sent::File(file) => api::UploadDataResponse::Created(Json(*file)),
            },
        )
    }

    async fn finish_upload(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::FinishUploadParams,
    ) -> poem::Result<api::FinishUploadResponse> {
        let caller = self.caller(&auth, "finish_upload").await?;
        let upload = uploads::finish(&self.state, &caller, &Base::of(req), &params).await?;
        Ok(api::FinishUploadResponse::Accepted(Json(upload)))
    }

    async fn delete_upload(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteUploadParams,
    ) -> poem::Result<api::DeleteUploadResponse> {
        let caller = self.caller(&auth, "delete_upload").await?;
        uploads::delete(&self.state, &caller, &params).await?;
        Ok(api::DeleteUploadResponse::NoContent)
    }
}
